"""A ChatModel wrapper for batch runs: every call passes the AIMD limiter, overloads retry here.

The wrapped client is built with a single attempt (no tenacity loop of its own), so every
429 reaches this layer, which is the one that can act on it for the whole batch: lower the
shared limit, honour Retry-After for every caller, then retry the call. Retrying per call
(not per draft) keeps a repair attempt's progress when one of its calls meets a 429.
"""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass

from disputedraft.batch.limiter import AdaptiveLimiter
from disputedraft.errors import ModelError
from disputedraft.llm.retry import RetryPolicy
from disputedraft.llm.types import ChatModel, ChatRequest, ChatResult

# Statuses that mean "too much load", as opposed to a server bug (500) worth a plain retry.
OVERLOAD_STATUS = frozenset({429, 503, 504, 529})
# More than the interactive client's 4 tries: with the limiter backing off, a retry is cheap,
# and a dispute given up on costs a rerun.
DEFAULT_TRIES = 8


def is_overload(exc: ModelError) -> bool:
    """Does this retryable failure say the endpoint is saturated?"""
    status = exc.status_code  # set by the model client when the endpoint answered one
    if status is None:
        # Timeouts and refused connections are what a saturated server looks like; so is any
        # retryable failure we cannot classify (a fake model's, say): err on the side of backing off.
        return True
    return int(status) in OVERLOAD_STATUS


@dataclass
class RetryStats:
    retries: int = 0
    gave_up: int = 0


class AdaptiveModel:
    def __init__(
        self,
        inner: ChatModel,
        limiter: AdaptiveLimiter,
        *,
        max_tries: int = DEFAULT_TRIES,
        policy: RetryPolicy | None = None,
    ) -> None:
        self.inner = inner
        self.limiter = limiter
        self.max_tries = max_tries
        self._policy = policy or RetryPolicy.from_env()  # DISPUTEDRAFT_RETRY_WAIT=0: no waits
        self.stats = RetryStats()

    @property
    def name(self) -> str:
        return self.inner.name

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        if self._policy.max_wait == 0:
            return 0.0
        if retry_after is not None:
            return min(retry_after, self._policy.max_wait)
        # Full jitter: spreads the retries of a whole window that failed together.
        return random.uniform(0, min(self._policy.max_wait, self._policy.initial_wait * 2 ** (attempt - 1)))

    async def complete(self, request: ChatRequest) -> ChatResult:
        attempt = 0
        while True:
            attempt += 1
            await self.limiter.acquire()
            started = time.monotonic()
            try:
                result = await self.inner.complete(request)
            except ModelError as exc:
                if not exc.retryable or attempt >= self.max_tries:
                    self.stats.gave_up += exc.retryable
                    raise
                if is_overload(exc):
                    self.limiter.on_overload(exc.retry_after)
                self.stats.retries += 1
                wait = self._backoff(attempt, exc.retry_after)
            else:
                self.limiter.on_success(time.monotonic() - started)
                return result
            finally:
                self.limiter.release()
            if wait > 0:
                await asyncio.sleep(wait)

    async def aclose(self) -> None:
        await self.inner.aclose()
