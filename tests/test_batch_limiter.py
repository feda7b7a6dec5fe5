"""AIMD concurrency: cuts on overload (once per round trip), pauses for Retry-After, recovers."""

from __future__ import annotations

import asyncio

import pytest

from disputedraft.batch.adaptive import AdaptiveModel, is_overload
from disputedraft.batch.limiter import AdaptiveLimiter
from disputedraft.errors import ModelError
from disputedraft.llm.fake import FunctionModel
from disputedraft.llm.types import ChatRequest


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_overload_halves_the_limit_once_per_round_trip_and_successes_bring_it_back() -> None:
    clock = Clock()
    limiter = AdaptiveLimiter(64, clock=clock)
    limiter.on_success(latency=0.1)  # the round trip is now 0.1 s
    limiter.on_overload()
    assert limiter.limit == 32
    limiter.on_overload()  # same window: these 429s answer calls sent under the old limit
    limiter.on_overload()
    assert limiter.limit == 32
    clock.now += 0.2
    limiter.on_overload()
    assert limiter.limit == 16
    assert limiter.stats.overloads == 4
    assert limiter.stats.decreases == 2
    assert limiter.stats.lowest == 16
    for _ in range(2000):  # additive increase: about one per window of successes
        limiter.on_success(0.1)
    assert limiter.limit == 64  # never above what the user asked for


def test_the_limit_never_drops_below_the_minimum() -> None:
    clock = Clock()
    limiter = AdaptiveLimiter(4, min_limit=2, clock=clock)
    for _ in range(10):
        clock.now += 1
        limiter.on_overload()
    assert limiter.limit == 2


async def test_slots_are_granted_in_order_up_to_the_limit() -> None:
    limiter = AdaptiveLimiter(2)
    await limiter.acquire()
    await limiter.acquire()
    order: list[int] = []

    async def wait(i: int) -> None:
        await limiter.acquire()
        order.append(i)

    tasks = [asyncio.create_task(wait(i)) for i in range(3)]
    await asyncio.sleep(0)
    assert order == []
    assert limiter.in_use == 2
    limiter.release()
    await asyncio.sleep(0)
    assert order == [0]
    limiter.release()
    limiter.release()
    await asyncio.gather(*tasks)
    assert order == [0, 1, 2]


async def test_a_cancelled_waiter_does_not_leak_its_slot() -> None:
    limiter = AdaptiveLimiter(1)
    await limiter.acquire()
    waiter = asyncio.create_task(limiter.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    limiter.release()
    assert limiter.in_use == 0
    await asyncio.wait_for(limiter.acquire(), 1)


async def test_retry_after_pauses_every_new_call() -> None:
    clock = Clock()
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.now += seconds

    limiter = AdaptiveLimiter(8, clock=clock, sleep=sleep)
    limiter.on_overload(retry_after=2.5)
    await limiter.acquire()
    assert slept == [2.5]
    limiter.release()
    await limiter.acquire()  # the pause is over
    assert slept == [2.5]


def _status_error(status: int) -> ModelError:
    """A ModelError the way OpenAIChatModel raises it for an HTTP answer: with its status code."""
    return ModelError(f"model endpoint answered HTTP {status}", retryable=True, status_code=status)


def test_overload_classification() -> None:
    assert is_overload(_status_error(429))
    assert not is_overload(_status_error(500))  # a server bug: retried, but no reason to slow down
    assert is_overload(ModelError("timed out", retryable=True))  # unknown cause: back off


async def test_adaptive_model_retries_429s_and_lowers_the_limit() -> None:
    calls = 0

    def answer(request: ChatRequest) -> str:
        nonlocal calls
        calls += 1
        if calls <= 3:
            raise _status_error(429)
        return "{}"

    limiter = AdaptiveLimiter(16)
    model = AdaptiveModel(FunctionModel(answer), limiter)
    result = await model.complete(ChatRequest(messages=[{"role": "user", "content": "hi"}]))
    assert result.content == "{}"
    assert model.stats.retries == 3
    assert limiter.stats.overloads == 3
    assert limiter.limit < 16
    assert limiter.in_use == 0


async def test_adaptive_model_gives_up_after_its_budget_and_never_retries_a_4xx() -> None:
    def always(request: ChatRequest) -> str:
        raise _status_error(500)

    model = AdaptiveModel(FunctionModel(always), AdaptiveLimiter(4), max_tries=3)
    with pytest.raises(ModelError):
        await model.complete(ChatRequest(messages=[]))
    assert model.stats.retries == 2
    assert model.stats.gave_up == 1
    assert model.limiter.stats.overloads == 0

    def bad_request(request: ChatRequest) -> str:
        raise ModelError("model endpoint answered HTTP 400", retryable=False)

    model = AdaptiveModel(FunctionModel(bad_request), AdaptiveLimiter(4))
    with pytest.raises(ModelError):
        await model.complete(ChatRequest(messages=[]))
    assert model.stats.retries == 0
