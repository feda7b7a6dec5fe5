"""Load on the HTTP API: /v1/decisions throughput and latency, /v1/drafts overhead.

A real uvicorn (a subprocess, as deployed: `uvicorn --factory disputedraft.api:create_app_from_env`)
on loopback, drafting with the zero-latency TestModel (DISPUTEDRAFT_FAKE_MODEL=test), so every
millisecond measured is ours: HTTP, auth, validation, policy, prompts, checks, serialization.
The load comes from wrk when installed (`apt-get install wrk`), else from an httpx load loop.

Run: .venv/bin/python benchmarks/bench_api.py [--workers 1] [--duration 10] [--concurrency 1,8,32,64]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "src" / "disputedraft" / "api" / "examples"
TOKEN = "bench-token-0123456789"
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and its children (uvicorn workers), from /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / ticks
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return total
    return total + sum(cpu_seconds(int(child)) for child in children)


@contextmanager
def server(workers: int, extra: list[str]) -> Iterator[tuple[str, int]]:
    port = free_port()
    env = os.environ | {"DISPUTEDRAFT_FAKE_MODEL": "test", "DISPUTEDRAFT_API_TOKEN": TOKEN}
    cmd = [
        sys.executable,
        "-m",
        "uvicorn",
        "--factory",
        "disputedraft.api:create_app_from_env",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--no-access-log",
        "--log-level",
        "warning",
        "--workers",
        str(workers),
        *extra,
    ]
    if workers > 1:  # a worker warming up holds the GIL (lingua) longer than uvicorn's default 5 s ping
        cmd += ["--timeout-worker-healthcheck", "300"]
    proc = subprocess.Popen(cmd, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300  # each worker warms up (lingua's models) before listening
        while True:
            try:
                if httpx.get(url + "/readyz").status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("server did not start")
            time.sleep(0.1)
        yield url, proc.pid
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _ms(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(url: str, body: bytes, concurrency: int, duration: int) -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        script, payload = Path(tmp) / "post.lua", Path(tmp) / "body.json"
        payload.write_bytes(body)  # read by Lua as bytes: no escaping of non-ASCII text to get wrong
        headers = "".join(f'wrk.headers["{k}"] = "{v}"\n' for k, v in HEADERS.items())
        script.write_text(
            f'wrk.method = "POST"\nlocal f = io.open("{payload}", "rb")\nwrk.body = f:read("*a")\nf:close()\n{headers}'
        )
        threads = min(2, concurrency)
        out = subprocess.run(
            ["wrk", f"-t{threads}", f"-c{concurrency}", f"-d{duration}s", "--latency", "-s", str(script), url],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    if "Non-2xx" in out:
        raise RuntimeError("wrk saw errors:\n" + out)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p50 = _ms(re.search(r"\s50%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"\s99%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    return rps, p50, p99


async def _httpx_load(url: str, body: bytes, concurrency: int, duration: int) -> tuple[float, float, float]:
    latencies: list[float] = []
    stop = time.perf_counter() + duration

    async def worker(client: httpx.AsyncClient) -> None:
        while time.perf_counter() < stop:
            started = time.perf_counter()
            response = await client.post(url, content=body, headers=HEADERS)
            latencies.append((time.perf_counter() - started) * 1000)
            response.raise_for_status()

    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        began = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        elapsed = time.perf_counter() - began
    latencies.sort()
    return len(latencies) / elapsed, latencies[len(latencies) // 2], latencies[int(len(latencies) * 0.99)]


def load(url: str, body: bytes, concurrency: int, duration: int) -> tuple[float, float, float]:
    if shutil.which("wrk"):
        return wrk(url, body, concurrency, duration)
    return asyncio.run(_httpx_load(url, body, concurrency, duration))


def draft_overhead(base: str, pid: int, body: bytes, n: int) -> None:
    """Sequential drafts on one keep-alive connection: with a zero-latency model, all overhead.
    The client here is Python's httpx, which adds about half a millisecond of its own per
    request (see the /healthz floor); wrk above is the measure of the server."""
    with httpx.Client(base_url=base, headers=HEADERS, timeout=30) as client:
        for _ in range(50):  # warm up: lingua's models, templates, connection
            client.post("/v1/drafts", content=body).raise_for_status()
        round_trips, in_service, floor = [], [], []
        cpu_before = cpu_seconds(pid)
        for _ in range(n):
            started = time.perf_counter()
            response = client.post("/v1/drafts", content=body)
            round_trips.append((time.perf_counter() - started) * 1000)
            draft = response.json()
            in_service.append(draft["timing"]["total_ms"])
            started = time.perf_counter()
            client.get("/healthz")
            floor.append((time.perf_counter() - started) * 1000)
        cpu_ms = (cpu_seconds(pid) - cpu_before) * 1000 / n  # per draft + one /healthz
    beyond = sorted(rt - svc for rt, svc in zip(round_trips, in_service, strict=True))
    round_trips.sort()
    print(f"/v1/drafts (status {draft['status']}, {draft['attempts']} model call(s) per draft, n={n}):")
    print(f"  round trip      p50 {statistics.median(round_trips):6.2f} ms   p99 {round_trips[int(n * 0.99)]:6.2f} ms")
    print(f"  beyond service  p50 {statistics.median(beyond):6.2f} ms   (round trip - service time, per request)")
    print(f"  in the service  p50 {statistics.median(in_service):6.2f} ms   (DraftingService.draft, model 0 ms)")
    print(f"  HTTP floor      p50 {statistics.median(floor):6.2f} ms   (GET /healthz on the same connection)")
    print(f"  server CPU      {cpu_ms:6.2f} ms per draft (+ one /healthz), whatever else runs on the machine")


def cpu_split(body: bytes, n: int = 300, rounds: int = 5) -> None:
    """CPU per draft in one process, so other load on the machine hardly matters:
    the DraftingService alone, the API alone (a stub service hands back a finished Draft), and
    both together through the ASGI app (HTTP parsing by uvicorn excluded)."""
    from disputedraft.api import ApiSettings, create_app
    from disputedraft.contract import Dispute
    from disputedraft.draft import Draft
    from disputedraft.drafting import DraftingService
    from disputedraft.llm.fake import TestModel
    from disputedraft.policy import Decision, default_policy

    dispute = Dispute.model_validate_json(body)
    service = DraftingService(model=TestModel(), policy=default_policy())
    finished = asyncio.run(service.draft(dispute))

    class Stub(DraftingService):
        def decide(self, dispute: Dispute) -> Decision:
            return finished.decision

        async def draft_or_raise(self, dispute: Dispute) -> Draft:
            return finished

    headers = [(k.lower().encode(), v.encode()) for k, v in HEADERS.items()]
    headers.append((b"content-length", str(len(body)).encode()))

    def caller(app: object, path: str) -> Callable[[], Awaitable[None]]:
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "POST",
            "scheme": "http",
            "path": path,
            "raw_path": path.encode(),
            "root_path": "",
            "query_string": b"",
            "headers": headers,
            "server": ("127.0.0.1", 80),
            "client": ("127.0.0.1", 1),
        }

        async def receive() -> dict[str, object]:
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: dict[str, object]) -> None:
            assert message.get("status", 200) == 200, message

        async def call() -> None:
            await app(dict(scope), receive, send)  # type: ignore[operator]

        return call

    async def cpu_ms(fn: Callable[[], Awaitable[object]]) -> float:
        for _ in range(50):
            await fn()
        samples = []
        for _ in range(rounds):
            started = time.process_time()
            for _ in range(n):
                await fn()
            samples.append((time.process_time() - started) / n * 1000)
        return statistics.median(samples)

    async def run() -> None:
        full = create_app(service, ApiSettings(token=TOKEN))
        stub = create_app(Stub(model=TestModel(), policy=default_policy()), ApiSettings(token=TOKEN), warm=False)
        async with full.router.lifespan_context(full), stub.router.lifespan_context(stub):
            alone = await cpu_ms(lambda: service.draft(dispute))
            api_draft = await cpu_ms(caller(stub, "/v1/drafts"))
            api_decision = await cpu_ms(caller(stub, "/v1/decisions"))
            together = await cpu_ms(caller(full, "/v1/drafts"))
        print(f"CPU, in process (median of {rounds} x {n}):")
        print(f"  DraftingService.draft alone          {alone:6.2f} ms")
        print(f"  the API alone, POST /v1/drafts       {api_draft:6.2f} ms   (service stubbed)")
        print(f"  the API alone, POST /v1/decisions    {api_decision:6.2f} ms   (decide stubbed)")
        print(f"  POST /v1/drafts through the ASGI app {together:6.2f} ms")

    asyncio.run(run())


def steps(url: str, pid: int, body: bytes, concurrencies: list[int], duration: int) -> None:
    for concurrency in concurrencies:
        before = cpu_seconds(pid)
        rps, p50, p99 = load(url, body, concurrency, duration)
        # Server CPU per request does not depend on what else shares the machine: capacity per core.
        per_request = (cpu_seconds(pid) - before) / (rps * duration)
        print(
            f"  concurrency {concurrency:3d}: {rps:8.0f} req/s   p50 {p50:6.2f} ms   p99 {p99:6.2f} ms"
            f"   server CPU {per_request * 1e6:5.0f} us/req (= {1 / per_request:5.0f} req/s per core)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--duration", type=int, default=10, help="seconds per load step")
    parser.add_argument("--concurrency", default="1,8,32,64")
    parser.add_argument("--drafts", type=int, default=500)
    parser.add_argument("--uvicorn-arg", action="append", default=[], help="extra uvicorn flag, e.g. --http=h11")
    args = parser.parse_args()
    decision_body = (EXAMPLES / "in_transit_es.json").read_bytes()
    draft_body = (EXAMPLES / "not_as_described_en.json").read_bytes()
    tool = "wrk" if shutil.which("wrk") else "httpx"
    with server(args.workers, args.uvicorn_arg) as (base, pid):
        print(
            f"uvicorn workers={args.workers} {' '.join(args.uvicorn_arg)}; load from {tool}; "
            f"{os.cpu_count()} CPUs shared by server and load generator"
        )
        print("POST /v1/decisions:")
        steps(base + "/v1/decisions", pid, decision_body, [int(c) for c in args.concurrency.split(",")], args.duration)
        print("POST /v1/drafts (zero-latency model; wrk's p50 at concurrency 1 is the overhead a caller sees):")
        steps(base + "/v1/drafts", pid, draft_body, [1, 2], args.duration)
        draft_overhead(base, pid, draft_body, args.drafts)
    cpu_split(draft_body)


if __name__ == "__main__":
    main()
