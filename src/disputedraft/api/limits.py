"""A bound on concurrent model-backed drafts, so the model endpoint is never flooded.

Up to `limit` drafts run at once; up to `max_waiting` more wait for a slot, each at most
`wait_seconds`. Anything beyond is refused at once: a quick 503 + Retry-After lets a client
(or its load balancer) go elsewhere instead of piling up sockets here.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class Busy(Exception):
    """No slot within the wait budget, or too many already waiting."""


class DraftLimiter:
    def __init__(self, limit: int, max_waiting: int, wait_seconds: float) -> None:
        self.limit = limit
        self.max_waiting = max_waiting
        self.wait_seconds = wait_seconds
        self._slots = asyncio.Semaphore(limit)
        self._waiting = 0
        self.running = 0
        self.peak = 0  # highest `running` seen; tests and operators read it

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        if not self._slots.locked():
            await self._slots.acquire()  # a free slot: taken at once, no timer to arm
        else:
            if self._waiting >= self.max_waiting:
                raise Busy(f"{self._waiting} drafts are already waiting")
            self._waiting += 1
            try:
                async with asyncio.timeout(self.wait_seconds):
                    await self._slots.acquire()
            except TimeoutError:
                raise Busy(f"no draft slot free within {self.wait_seconds:g} s") from None
            finally:
                self._waiting -= 1
        self.running += 1
        self.peak = max(self.peak, self.running)
        try:
            yield
        finally:
            self.running -= 1
            self._slots.release()
