"""The model a batch run drafts with: opened lazily, wrapped in the AIMD limiter.

Lazily, because a resumed run whose remaining disputes are all done (or all human_review)
should not start the embedded model server at all.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Any

from disputedraft.batch.adaptive import AdaptiveModel
from disputedraft.batch.limiter import AdaptiveLimiter
from disputedraft.llm.retry import RetryPolicy
from disputedraft.llm.select import ModelChoice, open_model
from disputedraft.llm.types import ChatModel, ChatRequest, ChatResult

# With DISPUTEDRAFT_FAKE_MODEL=test, each call of the zero-latency TestModel takes this long:
# subprocess tests and benchmarks get a batch that runs long enough to be killed mid-way.
FAKE_LATENCY_ENV = "DISPUTEDRAFT_FAKE_LATENCY_MS"


class LazyModel:
    def __init__(self, choice: ModelChoice) -> None:
        self._choice = choice
        self._model: ChatModel | None = None
        self._stack = AsyncExitStack()
        self._lock = asyncio.Lock()

    @property
    def name(self) -> str:
        return self._model.name if self._model else (self._choice.model or "pending")

    async def _open(self) -> ChatModel:
        async with self._lock:
            if self._model is None:
                # One attempt per call: the AdaptiveModel around us does the retrying (and
                # must see every 429 to adapt), so the client's own loop is switched off.
                self._model = await self._stack.enter_async_context(
                    open_model(self._choice, RetryPolicy(max_attempts=1))
                )
        return self._model

    async def complete(self, request: ChatRequest) -> ChatResult:
        model = self._model or await self._open()
        return await model.complete(request)

    async def aclose(self) -> None:
        await self._stack.aclose()


class DelayedModel:
    """A model whose every call takes `latency` seconds longer (fake models only)."""

    def __init__(self, inner: ChatModel, latency: float) -> None:
        self._inner = inner
        self._latency = latency

    @property
    def name(self) -> str:
        return self._inner.name

    async def complete(self, request: ChatRequest) -> ChatResult:
        await asyncio.sleep(self._latency)
        return await self._inner.complete(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def limit_stats(model: AdaptiveModel) -> dict[str, Any]:
    s = model.limiter.stats
    return {
        "max": model.limiter.max_limit,
        "final": model.limiter.limit,
        "lowest": s.lowest,
        "overloads": s.overloads,
        "decreases": s.decreases,
        "peak_in_use": s.peak_in_use,
        "retries": model.stats.retries,
        "gave_up": model.stats.gave_up,
    }


@asynccontextmanager
async def batch_model(choice: ModelChoice, concurrency: int) -> AsyncIterator[AdaptiveModel]:
    # Dozens of requests in flight: aiohttp's connection pool costs a third of httpx's CPU here.
    inner: ChatModel = LazyModel(dataclasses.replace(choice, transport="aiohttp"))
    if choice.fake and os.environ.get(FAKE_LATENCY_ENV):
        inner = DelayedModel(inner, float(os.environ[FAKE_LATENCY_ENV]) / 1000)
    model = AdaptiveModel(inner, AdaptiveLimiter(concurrency))
    try:
        yield model
    finally:
        with contextlib.suppress(Exception):  # closing must not hide the run's own outcome
            await model.aclose()
