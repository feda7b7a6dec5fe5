"""When to retry a model call and how long to wait: tenacity, with an explicit predicate.

The openai SDK is built with max_retries=0 so that this is the only retry loop; otherwise
its two default retries would multiply with ours.
"""

from __future__ import annotations

import email.utils
import os
import time
from dataclasses import dataclass

import openai
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    stop_after_delay,
    wait_exponential_jitter,
)

RETRYABLE_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})


def is_retryable(exc: BaseException) -> bool:
    if isinstance(exc, openai.APIConnectionError):  # includes APITimeoutError
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in RETRYABLE_STATUS
    return False


def retry_after_seconds(exc: BaseException | None) -> float | None:
    """The server's own wish (Retry-After / retry-after-ms), when it stated one."""
    if not isinstance(exc, openai.APIStatusError):
        return None
    headers = exc.response.headers
    if (ms := headers.get("retry-after-ms")) is not None:
        try:
            return float(ms) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
        return max(0.0, parsed.timestamp() - time.time()) if parsed else None


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 4
    initial_wait: float = 0.5
    max_wait: float = 20.0
    jitter: float = 0.5
    deadline: float = 120.0  # total seconds spent retrying one call, waits included

    @classmethod
    def from_env(cls) -> RetryPolicy:
        # DISPUTEDRAFT_RETRY_WAIT=0 makes retries immediate (tests, benchmarks).
        if os.environ.get("DISPUTEDRAFT_RETRY_WAIT") == "0":
            return cls.immediate()
        return cls()

    @classmethod
    def immediate(cls, max_attempts: int = 4) -> RetryPolicy:
        return cls(max_attempts=max_attempts, initial_wait=0, max_wait=0, jitter=0, deadline=60)

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        asked = retry_after_seconds(exc)
        if asked is not None:
            return min(asked, self.max_wait)
        if self.max_wait == 0:
            return 0.0
        backoff = wait_exponential_jitter(initial=self.initial_wait, max=self.max_wait, jitter=self.jitter)
        return float(backoff(state))

    def _kwargs(self) -> dict[str, object]:
        return {
            "retry": retry_if_exception(is_retryable),
            "wait": self._wait,
            "stop": stop_after_attempt(self.max_attempts) | stop_after_delay(self.deadline),
            "reraise": True,
        }

    def sync(self) -> Retrying:
        return Retrying(**self._kwargs())  # type: ignore[arg-type]

    def asyncio(self) -> AsyncRetrying:
        return AsyncRetrying(**self._kwargs())  # type: ignore[arg-type]
