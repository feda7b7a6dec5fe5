"""`Idempotency-Key` for POST /v1/drafts: a retried request gets the Draft already made.

In memory, per process: an LRU of at most `max_entries` keys, each kept `ttl` seconds. A key
whose computation is still running is shared, so concurrent duplicates cost one model call.
A failed computation (model down) is forgotten at once, so the retry really retries.
Behind a load balancer this holds per instance: route by the key (sticky) to make it global.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from disputedraft.api.problems import ApiProblem
from disputedraft.errors import FieldProblem

T = TypeVar("T")
HEADER = "Idempotency-Key"
MAX_KEY_LENGTH = 255
# Visible ASCII only: the key is echoed in a response header (validated by FastAPI, so a bad
# key is a 422 naming the header, and the rule is in the OpenAPI document).
KEY_PATTERN = r"^[\x21-\x7e]+$"


def fingerprint(canonical: str) -> str:
    return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass
class _Entry(Generic[T]):
    fingerprint: str
    task: asyncio.Task[T]
    expires: float


class IdempotencyStore(Generic[T]):
    def __init__(self, ttl: float, max_entries: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self._clock = clock
        self._entries: OrderedDict[str, _Entry[T]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    async def run(self, key: str, print_: str, compute: Callable[[], Awaitable[T]]) -> tuple[T, bool]:
        """The result for `key` and whether it was replayed (computed by an earlier request)."""
        now = self._clock()
        entry = self._entries.get(key)
        if entry is not None and entry.expires <= now:
            del self._entries[key]
            entry = None
        if entry is not None:
            if entry.fingerprint != print_:
                raise ApiProblem(
                    422,
                    "idempotency-key-reused",
                    f"this {HEADER} was already used with a different dispute; use a new key for a new request",
                    errors=[FieldProblem(f"header.{HEADER}", "already used with a different body")],
                    title="Idempotency-Key reused",
                )
            self._entries.move_to_end(key)
            # shield: a caller that goes away must not cancel the work others are waiting for.
            return await asyncio.shield(entry.task), True
        task: asyncio.Task[T] = asyncio.ensure_future(compute())
        self._entries[key] = _Entry(print_, task, now + self.ttl)
        task.add_done_callback(lambda t: self._settled(key, t))
        self._evict(now)
        return await asyncio.shield(task), False

    def _settled(self, key: str, task: asyncio.Task[T]) -> None:
        failed = task.cancelled() or task.exception() is not None  # also marks the exception retrieved
        entry = self._entries.get(key)
        if failed and entry is not None and entry.task is task:
            del self._entries[key]

    def _evict(self, now: float) -> None:
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
        # The least recently used end is also where expired keys gather: drop them as we pass.
        while self._entries:
            first = next(iter(self._entries.values()))
            if first.expires > now:
                break
            self._entries.popitem(last=False)
