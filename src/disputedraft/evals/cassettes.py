"""Recorded model answers (vcrpy cassettes): the shared settings, and one cassette per case run.

The settings (canonical address, secret filtering, JSON-body matching) are the same ones
the unit tests use, so `tests/conftest.py` can import `vcr_config` and `json_body` from here.

Why not `vcr.use_cassette` per case: vcrpy patches the HTTP transport globally, so two
cassettes open at once (cases running concurrently) would steal each other's requests.
Instead one patch is installed for the whole run and routes every request to the cassette
of the case whose asyncio task made it (a ContextVar, copied into each task).
"""

from __future__ import annotations

import contextlib
import importlib
import json
from collections.abc import Awaitable, Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Literal
from unittest import mock
from urllib.parse import urlsplit, urlunsplit

# vcrpy ships no type information; everything it hands back is typed Any here.
import vcr
from vcr.cassette import Cassette
from vcr.errors import CannotOverwriteExistingCassetteException
from vcr.persisters.filesystem import FilesystemPersister
from vcr.serializers import yamlserializer
from vcr.stubs.httpx_stubs import vcr_handle_async_request, vcr_handle_request

from disputedraft.errors import FieldProblem, InvalidInput

# Cassettes are recorded against the embedded server on a random port (or any endpoint);
# requests are rewritten to this address so replays match whatever recorded them.
CANONICAL_BASE_URL = "http://127.0.0.1:8089/v1"
SECRET_HEADERS = ["authorization", "api-key", "x-api-key", "openai-organization", "openai-project", "cookie"]
SECRET_QUERY = ["api-key", "key", "api_key"]
_SECRET_RESPONSE_HEADERS = {"set-cookie", "openai-organization", "openai-project"}
MATCH_ON = ["method", "path", "json_body"]

Mode = Literal["replay", "record"]


def canonical_request(request: Any) -> Any:
    """Same scheme and host:port for every recording; the path (e.g. /v1/...) is kept."""
    parts = urlsplit(request.uri)
    canon = urlsplit(CANONICAL_BASE_URL)
    request.uri = urlunsplit((canon.scheme, canon.netloc, parts.path, parts.query, parts.fragment))
    return request


def canonical_base_url(base_url: str) -> str:
    """`base_url` as replay must send it: canonical host, the recorded path."""
    canon = urlsplit(CANONICAL_BASE_URL)
    return urlunsplit((canon.scheme, canon.netloc, urlsplit(base_url).path.rstrip("/"), "", ""))


def drop_response_secrets(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in _SECRET_RESPONSE_HEADERS:
            headers.pop(name)
    return response


def _load_body(body: Any) -> Any:
    if isinstance(body, bytes):
        body = body.decode("utf-8", errors="replace")
    try:
        return json.loads(body) if body else None
    except (TypeError, ValueError):
        return body


def first_difference(now: Any, recorded: Any, where: str = "") -> str | None:
    """Where two JSON values first differ, as a path a person can look up; None if equal."""
    if isinstance(now, dict) and isinstance(recorded, dict):
        for key in sorted(now.keys() | recorded.keys()):
            if key not in now or key not in recorded:
                return f"{where}.{key}: {'added' if key in now else 'removed'}"
            found = first_difference(now[key], recorded[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(now, list) and isinstance(recorded, list):
        for i, (a, b) in enumerate(zip(now, recorded, strict=False)):
            found = first_difference(a, b, f"{where}[{i}]")
            if found:
                return found
        if len(now) != len(recorded):
            return f"{where}: {len(now)} items now, {len(recorded)} recorded"
        return None
    if isinstance(now, str) and isinstance(recorded, str) and now != recorded:
        # Prompts are long: show where the texts part ways, not their (equal) beginnings.
        at = next(
            (i for i, (a, b) in enumerate(zip(now, recorded, strict=False)) if a != b), min(len(now), len(recorded))
        )
        start = max(0, at - 30)
        return (
            f"{where or 'body'} (from character {at}): now {now[start : at + 40]!r}, "
            f"recorded {recorded[start : at + 40]!r}"
        )
    if now != recorded:
        return f"{where or 'body'}: now {_short(now)}, recorded {_short(recorded)}"
    return None


def _short(value: Any, limit: int = 90) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + "..."


def _closest(request: Any, similar: list[Any]) -> Any:
    """Of vcr's equally similar candidates, the recorded body sharing the longest prefix with
    this one: the judge request changed, not the drafter's (which differs from the start)."""
    now = json.dumps(_load_body(request.body), sort_keys=True, ensure_ascii=False)

    def shared(candidate: Any) -> int:
        old = json.dumps(_load_body(candidate[0].body), sort_keys=True, ensure_ascii=False)
        return next((i for i, (a, b) in enumerate(zip(now, old, strict=False)) if a != b), min(len(now), len(old)))

    return max(similar, key=shared)


def json_body(r1: Any, r2: Any) -> None:
    """Bodies match when their JSON is equal, whatever the key order or whitespace."""
    found = first_difference(_load_body(r1.body), _load_body(r2.body))
    assert found is None, f"request body differs from the recorded one (stale cassette?) at {found}"


def vcr_config() -> dict[str, Any]:
    """The pytest-recording `vcr_config` fixture's value (register `json_body` beside it)."""
    return {
        "filter_headers": SECRET_HEADERS,
        "filter_query_parameters": SECRET_QUERY,
        "before_record_request": canonical_request,
        "before_record_response": drop_response_secrets,
        "match_on": MATCH_ON,
        "decode_compressed_response": True,
    }


def make_vcr(record_mode: str = "none") -> vcr.VCR:
    recorder = vcr.VCR(record_mode=record_mode, **vcr_config())
    recorder.register_matcher("json_body", json_body)
    return recorder


class ReplayNetworkBlocked(RuntimeError):
    """Replay never reaches the network: a request that no cassette answers ends here."""


@dataclass
class Tape:
    """One case run's cassette, and what went wrong with it (a stale or missing recording)."""

    name: str
    record_hint: str  # the command that records this cassette again
    path: Path
    cassette: Cassette
    existed: bool
    mode: Mode
    requests: int = 0
    problems: list[str] = field(default_factory=list)
    # A refresh: how many interactions came from the earlier recording. Those not replayed
    # are answers nobody asks for any more, and are dropped on save.
    loaded: int | None = None

    @property
    def unused(self) -> int:
        return len(self.cassette) - self.cassette.play_count if self.mode == "replay" else 0

    def miss(self, exc: CannotOverwriteExistingCassetteException) -> None:
        rel = self.path.name
        if not self.existed:
            self.problems.append(f"missing cassette {rel}: record it with `{self.record_hint}`")
            return
        detail = exc.reason
        if exc.similar_requests:
            fails = _closest(exc.failed_request, exc.similar_requests)[2]
            detail = "; ".join(f"{name}: {msg}" for name, msg in fails) or "already played back"
        self.problems.append(f"stale cassette {rel}: request {self.requests} was not recorded ({detail})")

    def _kept(self) -> list[tuple[Any, Any]]:
        data: list[tuple[Any, Any]] = list(self.cassette.data)
        if self.loaded is None:
            return data
        played = self.cassette.play_counts
        return [pair for i, pair in enumerate(data) if i >= self.loaded or played[i]]

    def save(self) -> None:
        if self.mode != "record":
            return
        kept = self._kept()
        if self.requests > len(kept):
            # A request that never got a response (timeout, dropped connection; an HTTP error
            # status is recorded like any answer) leaves nothing to replay: say so now,
            # rather than have the next replay call this cassette stale.
            self.problems.append(
                f"incomplete recording {self.path.name}: {self.requests - len(kept)} of "
                f"{self.requests} requests got no answer; re-record with `{self.record_hint}`"
            )
        if not kept and self.loaded:
            self.path.unlink(missing_ok=True)  # a refreshed run that asks nothing needs no cassette
        if kept:
            # The persister directly (not Cassette._save): vcr's private API stays untouched.
            FilesystemPersister.save_cassette(
                str(self.path),
                {"requests": [q for q, _ in kept], "responses": [r for _, r in kept]},
                yamlserializer,
            )


_current: ContextVar[Tape | None] = ContextVar("disputedraft_eval_tape", default=None)


def _http_modules() -> list[ModuleType]:
    """httpx2 (openai 3.x) and httpx (openai 2.x, other clients): whichever is installed."""
    found = []
    for name in ("httpx2", "httpx"):
        try:
            found.append(importlib.import_module(name))
        except ImportError:
            continue
    return found


# The unpatched transports, captured once: a router must never wrap another router.
_REAL = {
    m.__name__: (m.AsyncHTTPTransport.handle_async_request, m.HTTPTransport.handle_request) for m in _http_modules()
}


async def _blocked_async(self: Any, request: Any) -> Any:
    raise ReplayNetworkBlocked(f"replay must not reach the network ({request.method} {request.url})")


def _blocked_sync(self: Any, request: Any) -> Any:
    raise ReplayNetworkBlocked(f"replay must not reach the network ({request.method} {request.url})")


class CassetteDeck:
    """The cassettes of one eval run under `directory`: `<name>.yaml`, one per case run."""

    def __init__(self, directory: Path, mode: Mode) -> None:
        self.directory = directory
        self.mode = mode
        self._vcr = make_vcr("none" if mode == "replay" else "all")

    def path(self, name: str) -> Path:
        return self.directory / f"{name}.yaml"

    def _load(self, name: str, record_hint: str) -> Tape:
        path = self.path(name)
        existed = path.is_file()
        if self.mode == "record" and existed:
            path.unlink()  # a re-recording replaces the old answers, never merges with them
        return Tape(
            name=name,
            record_hint=record_hint,
            path=path,
            cassette=self._cassette(path),
            existed=existed,
            mode=self.mode,
        )

    def _cassette(self, path: Path) -> Cassette:
        config = self._vcr.get_merged_config(path=str(path))
        for key in ("path_transformer", "func_path_generator", "record_on_exception"):
            config.pop(key, None)
        return Cassette.load(**config)

    @contextlib.contextmanager
    def tape(self, name: str, record_hint: str) -> Iterator[Tape]:
        """Routes this task's model requests (and the tasks it starts) to cassette `name`."""
        tape = self._load(name, record_hint)
        token = _current.set(tape)
        try:
            yield tape
        finally:
            _current.reset(token)
            tape.save()

    def _route_async(self, module: ModuleType) -> Callable[[Any, Any], Awaitable[Any]]:
        real = _blocked_async if self.mode == "replay" else _REAL[module.__name__][0]

        async def handle(transport: Any, request: Any) -> Any:
            tape = _current.get()
            if tape is None:  # outside any case: straight through when live, blocked in replay
                return await real(transport, request)
            tape.requests += 1
            try:
                return await vcr_handle_async_request(tape.cassette, real, module)(transport, request)
            except CannotOverwriteExistingCassetteException as exc:
                tape.miss(exc)
                raise

        return handle

    def _route_sync(self, module: ModuleType) -> Callable[[Any, Any], Any]:
        real = _blocked_sync if self.mode == "replay" else _REAL[module.__name__][1]

        def handle(transport: Any, request: Any) -> Any:
            tape = _current.get()
            if tape is None:
                return real(transport, request)
            tape.requests += 1
            try:
                return vcr_handle_request(tape.cassette, real, module)(transport, request)
            except CannotOverwriteExistingCassetteException as exc:
                tape.miss(exc)
                raise

        return handle

    @contextlib.contextmanager
    def installed(self) -> Iterator[CassetteDeck]:
        """Patches the httpx transports (what the openai SDK speaks) for the duration of the run."""
        with contextlib.ExitStack() as stack:
            for module in _http_modules():
                stack.enter_context(
                    mock.patch.object(module.AsyncHTTPTransport, "handle_async_request", self._route_async(module))
                )
                stack.enter_context(mock.patch.object(module.HTTPTransport, "handle_request", self._route_sync(module)))
            yield self


class RefreshDeck(CassetteDeck):
    """Brings the cassettes up to date after a change that touches only some requests (the
    judge quotes the assembled reply, so a new signature changes its request and nothing
    else): a request the cassette holds is replayed, only one it does not hold reaches the
    model and is recorded ("new_episodes"), and the answers no request asked for are dropped.
    A run's later requests follow from the earlier answers, so a refreshed cassette replays
    exactly like a fresh recording of the same run; a case with no cassette is recorded whole."""

    def __init__(self, directory: Path) -> None:
        super().__init__(directory, "record")
        self._vcr = make_vcr("new_episodes")

    def _load(self, name: str, record_hint: str) -> Tape:
        path = self.path(name)
        cassette = self._cassette(path)
        return Tape(
            name=name,
            record_hint=record_hint,
            path=path,
            cassette=cassette,
            existed=path.is_file(),
            mode="record",
            loaded=len(cassette),
        )


class AppendDeck(CassetteDeck):
    """Records into existing cassettes without touching what they hold, except the calls
    `replaced` selects: those an earlier recording made are dropped first, then recorded anew
    and appended ("new_episodes"). Every other request replays from the cassette as recorded.
    The judge's yes/no questions are re-recorded this way beside the rubric calls they follow."""

    def __init__(self, directory: Path, replaced: Callable[[Any], bool]) -> None:
        super().__init__(directory, "record")
        self._vcr = make_vcr("new_episodes")
        self._replaced = replaced

    def _load(self, name: str, record_hint: str) -> Tape:
        path = self.path(name)
        if not path.is_file():
            raise InvalidInput(str(path), [FieldProblem("", "no cassette to append to: record the eval first")])
        requests, responses = FilesystemPersister.load_cassette(str(path), yamlserializer)
        kept = [(q, r) for q, r in zip(requests, responses, strict=True) if not self._replaced(q)]
        if len(kept) != len(requests):  # an earlier recording's answers: replaced, never mixed
            data = {"requests": [q for q, _ in kept], "responses": [r for _, r in kept]}
            FilesystemPersister.save_cassette(str(path), data, yamlserializer)
        return Tape(
            name=name, record_hint=record_hint, path=path, cassette=self._cassette(path), existed=True, mode="record"
        )
