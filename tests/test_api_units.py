"""The API's small parts on their own: idempotency store, draft limiter, settings, redaction."""

from __future__ import annotations

import asyncio

import pytest

from disputedraft.api.idempotency import IdempotencyStore
from disputedraft.api.limits import Busy, DraftLimiter
from disputedraft.api.problems import ApiProblem, redact
from disputedraft.api.settings import ApiSettings
from disputedraft.errors import InvalidInput


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_idempotency_ttl_and_lru() -> None:
    clock = Clock()
    store: IdempotencyStore[int] = IdempotencyStore(ttl=10, max_entries=2, clock=clock)
    calls: list[str] = []

    async def compute(tag: str) -> int:
        calls.append(tag)
        return len(calls)

    async def scenario() -> None:
        assert await store.run("a", "fa", lambda: compute("a")) == (1, False)
        assert await store.run("a", "fa", lambda: compute("a")) == (1, True)
        await store.run("b", "fb", lambda: compute("b"))
        await store.run("a", "fa", lambda: compute("a"))  # touch a: b is now least recently used
        await store.run("c", "fc", lambda: compute("c"))  # evicts b
        assert len(store) == 2
        assert (await store.run("b", "fb", lambda: compute("b")))[1] is False
        clock.now = 11  # everything expired
        assert (await store.run("c", "fc", lambda: compute("c")))[1] is False

    asyncio.run(scenario())
    assert calls == ["a", "b", "c", "b", "c"]


def test_idempotency_reuse_with_other_body_is_refused() -> None:
    store: IdempotencyStore[int] = IdempotencyStore(ttl=10, max_entries=10)

    async def one() -> int:
        return 1

    async def scenario() -> None:
        await store.run("k", "first", one)
        with pytest.raises(ApiProblem) as caught:
            await store.run("k", "second", one)
        assert caught.value.status == 422

    asyncio.run(scenario())


def test_idempotency_forgets_failures() -> None:
    store: IdempotencyStore[int] = IdempotencyStore(ttl=10, max_entries=10)

    async def boom() -> int:
        raise RuntimeError("down")

    async def fine() -> int:
        return 5

    async def scenario() -> None:
        with pytest.raises(RuntimeError):
            await store.run("k", "f", boom)
        await asyncio.sleep(0)  # let the done-callback run
        assert await store.run("k", "f", fine) == (5, False)

    asyncio.run(scenario())


def test_limiter_refuses_beyond_the_queue_and_the_wait() -> None:
    async def scenario() -> None:
        limiter = DraftLimiter(limit=1, max_waiting=1, wait_seconds=0.05)
        release = asyncio.Event()

        async def hold() -> None:
            async with limiter.slot():
                await release.wait()

        holder = asyncio.ensure_future(hold())
        await asyncio.sleep(0)
        waiter = asyncio.ensure_future(limiter.slot().__aenter__())
        await asyncio.sleep(0)
        with pytest.raises(Busy):  # one already waiting: refused at once
            async with limiter.slot():
                pass
        with pytest.raises(Busy):  # the waiter's budget runs out
            await waiter
        release.set()
        await holder
        async with limiter.slot():  # free again, and no slot leaked
            assert limiter.running == 1
        assert limiter.running == 0
        assert limiter.peak == 1

    asyncio.run(scenario())


def test_settings_validate_and_hide_the_token() -> None:
    with pytest.raises(InvalidInput):
        ApiSettings(max_concurrent_drafts=0)
    with pytest.raises(InvalidInput):
        ApiSettings(token="  ")
    with pytest.raises(InvalidInput):
        ApiSettings.from_env({"DISPUTEDRAFT_API_QUEUE_WAIT_SECONDS": "soon"})
    env = {"DISPUTEDRAFT_API_TOKEN": "tok-secret", "DISPUTEDRAFT_API_QUEUE_WAIT_SECONDS": "2.5"}
    settings = ApiSettings.from_env(env, max_body_bytes=100, queue_wait_seconds=None)
    assert settings.queue_wait_seconds == 2.5
    assert settings.max_body_bytes == 100
    assert "tok-secret" not in repr(settings)


def test_redact(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "my-very-own-key")
    text = redact("key my-very-own-key, sk-abcdefghijklmnop, Bearer abcdefghijklmnopqrstuvwxyz, bearer token")
    assert "my-very-own-key" not in text
    assert "sk-abc" not in text
    assert "abcdefghijklmnopqrstuvwxyz" not in text
    assert "bearer token" in text  # ordinary words survive
    assert len(redact("x" * 5000)) <= 300
