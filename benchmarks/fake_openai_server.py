"""A fake OpenAI-compatible chat completions server: fixed latency, injected 429s and 500s.

Used by `benchmarks/bench_batch.py` and the batch subprocess tests. It answers
`POST /v1/chat/completions` with a valid structured reply built from the request alone: the
JSON keys come from `response_format` (json_schema, or the schema text appended in json_object
mode) and the text of each key from the drafting prompt's "Points to make" lines, the way
`disputedraft.llm.fake.TestModel` builds its replies from the Decision. English buyers' drafts
therefore pass the checks; anything else may end `needs_review`, which is fine here: the
batch machinery is what is measured.

Why stdlib asyncio and no web framework: on a 2-core machine this server shares the CPU with
the client being measured at 600+ requests/s, so the server must cost as little as possible.

Bounded and loopback only: it refuses to bind anything but 127.0.0.1/::1/localhost, caps
concurrent connections, header and body sizes.

Run:  python benchmarks/fake_openai_server.py --port 0 --latency-ms 100 --rate-429 0.1 --rate-500 0.05
The first stdout line is `listening on http://127.0.0.1:PORT/v1` (parse it when --port 0).
`GET /stats` returns the request counters as JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import random
import re
import signal
import sys
import time
from dataclasses import dataclass, field
from typing import Any

LOOPBACK = {"127.0.0.1", "::1", "localhost"}
MAX_HEADER_BYTES = 16 * 1024
MAX_BODY_BYTES = 2 * 1024 * 1024
_POINT = re.compile(r'^- "([A-Za-z0-9_]+)": (.*)$', re.M)
_NAME = re.compile(r"^Buyer's name: (.*)$", re.M)
_INCLUDE = re.compile(r"\s*Include exactly: (.*?)\.(?: |$)")
_EXAMPLE = re.compile(r'Example(?: in English, to write in [^:]*)?: "(.*)"$')
_FOR_EXAMPLE = re.compile(r'^for example "(.*)"$')
_QUOTED = re.compile(r'"([^"]*)"')
_JSON_OBJECT_HINT = "Answer with one JSON object matching this JSON schema:\n"
_REASONS = {
    200: "OK",
    400: "Bad Request",
    404: "Not Found",
    411: "Length Required",
    413: "Payload Too Large",
    429: "Too Many Requests",
    500: "Internal Server Error",
}


@dataclass
class Config:
    latency: float = 0.1
    rate_429: float = 0.0
    rate_500: float = 0.0
    retry_after: float | None = None
    seed: int | None = None
    max_connections: int = 1024


@dataclass
class Stats:
    requests: int = 0
    ok: int = 0
    status_429: int = 0
    status_500: int = 0
    bad: int = 0
    connections: int = 0
    started: float = field(default_factory=time.monotonic)

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "started"} | {
            "uptime_s": round(time.monotonic() - self.started, 3),
            # The server shares the two cores with the batch it serves: its CPU is reported too.
            "cpu_s": round(time.process_time(), 3),
        }


def _schema_keys(body: dict[str, Any]) -> list[str]:
    fmt = body.get("response_format") or {}
    schema: dict[str, Any] = {}
    if fmt.get("type") == "json_schema":
        schema = (fmt.get("json_schema") or {}).get("schema") or {}
    elif fmt.get("type") == "json_object":
        last = str((body.get("messages") or [{}])[-1].get("content", ""))
        if _JSON_OBJECT_HINT in last:
            with contextlib.suppress(json.JSONDecodeError):
                schema = json.loads(last.split(_JSON_OBJECT_HINT, 1)[1])
    keys = list((schema.get("properties") or {}).keys())
    return keys or ["greeting", "closing"]


def _first_user_prompt(messages: list[dict[str, Any]]) -> str:
    # Repairs keep the first user message (the drafting prompt) in place: it is always the first one.
    for m in messages:
        if m.get("role") == "user":
            return str(m.get("content", ""))
    return ""


def _say(text: str) -> str:
    """What a model that follows the prompt writes for one key: the example sentence given
    (the embedded model copies it nearly always), with the facts to quote put in."""
    example = _EXAMPLE.search(text) or _FOR_EXAMPLE.search(text)
    include = _INCLUDE.search(text)
    quoted = _QUOTED.findall(include.group(1)) if include else []
    say = (example.group(1) if example else text[: include.start()] if include else text).strip()
    missing = [q for q in quoted if q not in say]
    if missing:
        say = say.rstrip(".") + ": " + ", ".join(missing) + "."
    return say


def build_reply(body: dict[str, Any]) -> str:
    """The JSON reply text: for each schema key, the prompt's example sentence with its facts.
    Like a real draft of the embedded model (336 characters median in the eval), not the
    prompt's instruction lines pasted (twice that, and twice the checking work)."""
    prompt = _first_user_prompt(body.get("messages") or [])
    lines = dict(_POINT.findall(prompt))
    reply: dict[str, str] = {}
    for key in _schema_keys(body):
        if key in lines:
            reply[key] = _say(lines[key])
        elif key == "greeting":
            name_match = _NAME.search(prompt)
            name = name_match.group(1).strip() if name_match else ""
            reply[key] = f"Hello {name}," if name and not name.startswith("(") else "Hello,"
        elif key == "closing":
            reply[key] = "Thank you for your patience and understanding."
        else:
            reply[key] = "Thank you for your message, we are looking into it."
    return json.dumps(reply)


def completion(body: dict[str, Any], counter: int) -> dict[str, Any]:
    content = build_reply(body)
    messages = body.get("messages") or []
    prompt_chars = sum(len(str(m.get("content", ""))) for m in messages)
    system_chars = sum(len(str(m.get("content", ""))) for m in messages[:1] if m.get("role") == "system")
    prompt_tokens, completion_tokens = prompt_chars // 4, len(content) // 4
    return {
        "id": f"chatcmpl-fake-{counter}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "fake"),
        "system_fingerprint": "fp_fake",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": None},
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
            # The system prompt is the same for every dispute: a real server's prefix cache serves it.
            "prompt_tokens_details": {"cached_tokens": system_chars // 4},
        },
    }


def _error(message: str, kind: str, code: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}


class FakeServer:
    def __init__(self, config: Config) -> None:
        self.config = config
        self.stats = Stats()
        self._rng = random.Random(config.seed)
        self._ids = itertools.count(1)
        self._slots = asyncio.Semaphore(config.max_connections)
        self.writers: set[asyncio.StreamWriter] = set()  # open connections, closed on shutdown

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self._slots.locked():  # over the connection cap: close rather than queue unboundedly
            writer.close()
            return
        async with self._slots:
            self.stats.connections += 1
            self.writers.add(writer)
            try:
                while await self._one_request(reader, writer):
                    pass
            except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError, ValueError):
                pass
            finally:
                self.writers.discard(writer)
                writer.close()
                with contextlib.suppress(Exception):
                    await writer.wait_closed()

    async def _one_request(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        """Serve one request on a keep-alive connection; False when the connection should close."""
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _version = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                k, v = line.split(":", 1)
                headers[k.strip().lower()] = v.strip()
        keep_alive = headers.get("connection", "").lower() != "close"
        length = headers.get("content-length")
        if length is None and method == "POST":
            await self._send(writer, 411, _error("Content-Length required", "invalid_request_error"), False)
            return False
        size = int(length or 0)
        if size > MAX_BODY_BYTES:
            await self._send(writer, 413, _error("body too large", "invalid_request_error"), False)
            return False
        raw = await reader.readexactly(size) if size else b""
        status, payload, extra = await self._route(method, target.split("?", 1)[0], raw)
        await self._send(writer, status, payload, keep_alive, extra)
        return keep_alive

    async def _route(self, method: str, path: str, raw: bytes) -> tuple[int, Any, dict[str, str]]:
        if method == "GET" and path in ("/health", "/v1/health"):
            return 200, {"status": "ok"}, {}
        if method == "GET" and path == "/stats":
            return 200, self.stats.as_dict(), {}
        if method == "GET" and path == "/v1/models":
            return 200, {"object": "list", "data": [{"id": "fake", "object": "model", "owned_by": "fake"}]}, {}
        if method != "POST" or path != "/v1/chat/completions":
            self.stats.bad += 1
            return 404, _error(f"no route {method} {path}", "invalid_request_error"), {}
        self.stats.requests += 1
        try:
            body = json.loads(raw)
        except json.JSONDecodeError:
            self.stats.bad += 1
            return 400, _error("body is not JSON", "invalid_request_error"), {}
        roll = self._rng.random()
        if roll < self.config.rate_429:
            self.stats.status_429 += 1
            extra = {} if self.config.retry_after is None else {"retry-after": f"{self.config.retry_after:g}"}
            return 429, _error("Rate limit reached (fake server)", "requests", "rate_limit_exceeded"), extra
        await asyncio.sleep(self.config.latency)
        if roll < self.config.rate_429 + self.config.rate_500:
            self.stats.status_500 += 1
            return 500, _error("The server had an error (fake server)", "server_error"), {}
        self.stats.ok += 1
        return 200, completion(body, next(self._ids)), {}

    @staticmethod
    async def _send(
        writer: asyncio.StreamWriter, status: int, payload: Any, keep_alive: bool, extra: dict[str, str] | None = None
    ) -> None:
        data = json.dumps(payload).encode()
        head = [
            f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}",
            "content-type: application/json",
            f"content-length: {len(data)}",
            f"connection: {'keep-alive' if keep_alive else 'close'}",
        ]
        head += [f"{k}: {v}" for k, v in (extra or {}).items()]
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + data)
        await writer.drain()


async def serve(host: str, port: int, config: Config) -> None:
    if host not in LOOPBACK:
        raise SystemExit(f"refusing to bind {host!r}: the fake server is loopback only")
    app = FakeServer(config)
    server = await asyncio.start_server(app.handle, host, port, limit=MAX_HEADER_BYTES, backlog=2048)
    bound = server.sockets[0].getsockname()
    print(f"listening on http://{bound[0]}:{bound[1]}/v1", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with server:
        await stop.wait()
        # Idle keep-alive connections would keep wait_closed() waiting: close them first.
        for writer in list(app.writers):
            writer.close()
    print(json.dumps(app.stats.as_dict()), file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0, help="0 picks a free port (printed on stdout)")
    p.add_argument("--latency-ms", type=float, default=100.0, help="fixed latency of each answered call")
    p.add_argument("--rate-429", type=float, default=0.0, help="share of calls answered 429 at once")
    p.add_argument("--rate-500", type=float, default=0.0, help="share of calls answered 500 after the latency")
    p.add_argument("--retry-after", type=float, help="Retry-After seconds sent with each 429")
    p.add_argument("--seed", type=int, help="seed the failure dice (reproducible runs)")
    p.add_argument("--max-connections", type=int, default=1024)
    args = p.parse_args(argv)
    config = Config(
        latency=args.latency_ms / 1000,
        rate_429=args.rate_429,
        rate_500=args.rate_500,
        retry_after=args.retry_after,
        seed=args.seed,
        max_connections=args.max_connections,
    )
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.host, args.port, config))


if __name__ == "__main__":
    main()
