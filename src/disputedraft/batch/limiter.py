"""An AIMD limit on concurrent model calls: additive increase, multiplicative decrease.

TCP's congestion control applied to an API's rate limit. Each success raises the limit by
1/limit (so by one per full window of successes), each overload signal (429, 503, a timeout)
halves it, but at most once per round trip: the calls already in flight when the first 429
arrived were sent under the old limit, and their 429s say nothing new. A Retry-After pauses
every new call until then. The limit never goes below `min_limit` nor above `max_limit`
(the `--concurrency` the user asked for), and climbs back once the endpoint copes again.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

MAX_PAUSE = 60.0  # a Retry-After larger than this is more likely a bug than a wish


@dataclass
class LimiterStats:
    overloads: int = 0  # overload signals seen
    decreases: int = 0  # times the limit was cut
    lowest: int = 0  # the lowest limit reached
    peak_in_use: int = 0


class AdaptiveLimiter:
    def __init__(
        self,
        max_limit: int,
        *,
        min_limit: int = 1,
        decrease: float = 0.5,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if max_limit < 1 or not 1 <= min_limit <= max_limit:
            raise ValueError("need 1 <= min_limit <= max_limit")
        self.max_limit = max_limit
        self.min_limit = min_limit
        self._decrease = decrease
        self._limit = float(max_limit)
        self._in_use = 0
        self._waiters: deque[asyncio.Future[None]] = deque()
        self._paused_until = 0.0
        self._last_decrease = -float("inf")
        self._rtt = 0.0  # moving average of call latency: the "round trip" for the cooldown
        self._clock = clock
        self._sleep = sleep
        self.stats = LimiterStats(lowest=max_limit)

    @property
    def limit(self) -> int:
        return max(self.min_limit, int(self._limit))

    @property
    def in_use(self) -> int:
        return self._in_use

    async def acquire(self) -> None:
        """Wait for a slot (FIFO) and for any pause the endpoint asked for."""
        if self._in_use < self.limit and not self._waiters:
            self._in_use += 1
        else:
            waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            try:
                await waiter
            except asyncio.CancelledError:
                if waiter.done() and not waiter.cancelled():
                    self.release()  # granted just as we were cancelled: hand the slot on
                elif waiter in self._waiters:  # _wake may have dropped it already
                    self._waiters.remove(waiter)
                raise
        self.stats.peak_in_use = max(self.stats.peak_in_use, self._in_use)
        delay = self._paused_until - self._clock()
        if delay > 0:
            try:
                await self._sleep(delay)
            except BaseException:
                self.release()
                raise

    def release(self) -> None:
        self._in_use -= 1
        self._wake()

    def _wake(self) -> None:
        while self._waiters and self._in_use < self.limit:
            waiter = self._waiters.popleft()
            if not waiter.done():
                self._in_use += 1  # the slot is granted on the waiter's behalf
                waiter.set_result(None)

    def on_success(self, latency: float) -> None:
        self._rtt = latency if self._rtt == 0 else 0.9 * self._rtt + 0.1 * latency
        self._limit = min(float(self.max_limit), self._limit + 1.0 / max(self._limit, 1.0))
        self._wake()

    def on_overload(self, retry_after: float | None = None) -> None:
        now = self._clock()
        self.stats.overloads += 1
        if now - self._last_decrease >= self._rtt:
            self._limit = max(float(self.min_limit), self._limit * self._decrease)
            self._last_decrease = now
            self.stats.decreases += 1
            self.stats.lowest = min(self.stats.lowest, self.limit)
        if retry_after is not None and retry_after > 0:
            self._paused_until = max(self._paused_until, now + min(retry_after, MAX_PAUSE))
