"""POST /v1/drafts under pressure: idempotency, the concurrency bound, a failing model, secrets."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import pytest

from disputedraft.api.backend import static_backend
from disputedraft.drafting import DraftingService
from disputedraft.errors import ModelError
from disputedraft.llm.fake import FunctionModel
from disputedraft.llm.types import ChatRequest
from test_api_support import AUTH, TOKEN, CountingModel, example, live_api, wait_ready

DOC = example("not_as_described_en")
SECRET = "sk-test-MARKER-7f3a9c1e5d2b8a6f"


async def _post_many(url: str, bodies: list[dict[str, Any]], headers: list[dict[str, str]]) -> list[httpx.Response]:
    async with httpx.AsyncClient(base_url=url, headers=AUTH, timeout=30) as client:
        return list(
            await asyncio.gather(
                *(client.post("/v1/drafts", json=b, headers=h) for b, h in zip(bodies, headers, strict=True))
            )
        )


def _no_timing(draft: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in draft.items() if k != "timing"}


def test_same_key_twice_gives_the_same_draft_and_one_model_call() -> None:
    model = CountingModel()
    with live_api(DraftingService(model=model, max_attempts=1)) as client:
        first = client.post("/v1/drafts", json=DOC, headers={"Idempotency-Key": "order-8190005566778899-1"})
        second = client.post("/v1/drafts", json=DOC, headers={"Idempotency-Key": "order-8190005566778899-1"})
        assert first.status_code == second.status_code == 200
        assert first.content == second.content  # the very same Draft, timing included
        assert first.headers["idempotent-replayed"] == "false"
        assert second.headers["idempotent-replayed"] == "true"
        assert model.calls == 1
        third = client.post("/v1/drafts", json=DOC, headers={"Idempotency-Key": "another-key"})
        assert model.calls == 2
        assert _no_timing(third.json()) == _no_timing(first.json())


def test_same_key_different_body_is_422() -> None:
    with live_api(DraftingService(model=CountingModel(), max_attempts=1)) as client:
        assert client.post("/v1/drafts", json=DOC, headers={"Idempotency-Key": "k-1"}).status_code == 200
        response = client.post("/v1/drafts", json=DOC | {"id": "DSP-other"}, headers={"Idempotency-Key": "k-1"})
        assert response.status_code == 422
        body = response.json()
        assert body["type"].endswith(":idempotency-key-reused")
        assert body["errors"] == [{"path": "header.Idempotency-Key", "problem": "already used with a different body"}]


def test_same_body_reformatted_is_the_same_request() -> None:
    model = CountingModel()
    with live_api(DraftingService(model=model, max_attempts=1)) as client:
        import json

        compact = json.dumps(DOC, separators=(",", ":")).encode()
        pretty = json.dumps(dict(reversed(list(DOC.items()))), indent=4).encode()
        for raw in (compact, pretty):
            r = client.post(
                "/v1/drafts", content=raw, headers={"Idempotency-Key": "fmt", "Content-Type": "application/json"}
            )
            assert r.status_code == 200
        assert model.calls == 1


def test_concurrent_duplicates_share_one_computation() -> None:
    gate = threading.Event()
    model = CountingModel(gate)
    with live_api(DraftingService(model=model, max_attempts=1)) as client:
        url = str(client.base_url)
        threading.Timer(0.3, gate.set).start()
        responses = asyncio.run(_post_many(url, [DOC] * 5, [{"Idempotency-Key": "dup"}] * 5))
    assert [r.status_code for r in responses] == [200] * 5
    assert len({r.content for r in responses}) == 1
    assert model.calls == 1
    assert sorted(r.headers["idempotent-replayed"] for r in responses) == ["false"] + ["true"] * 4


def test_failed_draft_is_not_remembered() -> None:
    calls: list[int] = []

    def flaky(request: ChatRequest) -> str:
        calls.append(1)
        if len(calls) == 1:
            raise ModelError("model endpoint answered HTTP 503", retryable=True, retry_after=2)
        from disputedraft.llm.fake import TestModel

        return TestModel._reply(request)

    with live_api(DraftingService(model=FunctionModel(flaky), max_attempts=1)) as client:
        first = client.post("/v1/drafts", json=DOC, headers={"Idempotency-Key": "retry-me"})
        assert first.status_code == 503
        assert first.headers["retry-after"] == "2"
        second = client.post("/v1/drafts", json=DOC, headers={"Idempotency-Key": "retry-me"})
        assert second.status_code == 200
        assert second.headers["idempotent-replayed"] == "false"


def test_concurrent_drafts_are_bounded() -> None:
    gate = threading.Event()
    model = CountingModel(gate)
    service = DraftingService(model=model, max_attempts=1)
    with live_api(service, max_concurrent_drafts=2, queue_wait_seconds=10) as client:
        threading.Timer(0.5, gate.set).start()
        responses = asyncio.run(_post_many(str(client.base_url), [DOC] * 6, [{}] * 6))
    assert [r.status_code for r in responses] == [200] * 6
    assert model.calls == 6
    assert model.peak == 2  # never more than the bound at the model, however many wait


def test_full_queue_is_503_with_retry_after() -> None:
    gate = threading.Event()
    model = CountingModel(gate)
    service = DraftingService(model=model, max_attempts=1)
    try:
        with live_api(service, max_concurrent_drafts=1, queue_wait_seconds=0.3, retry_after_seconds=3) as client:
            threading.Timer(1.0, gate.set).start()
            responses = asyncio.run(_post_many(str(client.base_url), [DOC] * 3, [{}] * 3))
            # The one that got the slot was held by the gate; the two waiting ran out of budget.
            statuses = sorted(r.status_code for r in responses)
            assert statuses == [200, 503, 503]
            for r in responses:
                if r.status_code == 503:
                    assert r.headers["retry-after"] == "3"
                    assert r.headers["content-type"] == "application/problem+json"
                    assert r.json()["type"].endswith(":busy")
    finally:
        gate.set()


def test_human_review_drafts_skip_the_bound() -> None:
    gate = threading.Event()
    with live_api(
        DraftingService(model=CountingModel(gate), max_attempts=1), max_concurrent_drafts=1, queue_wait_seconds=0.2
    ) as client:

        async def both() -> list[httpx.Response]:
            async with httpx.AsyncClient(base_url=str(client.base_url), headers=AUTH, timeout=30) as c:
                held = asyncio.ensure_future(c.post("/v1/drafts", json=DOC))
                await asyncio.sleep(0.1)
                free = await c.post("/v1/drafts", json=example("human_review_delivered"))
                gate.set()
                return [await held, free]

        held, free = asyncio.run(both())
    assert held.status_code == 200
    assert free.status_code == 200
    assert free.json()["status"] == "human_review"


def test_overloaded_model_is_503_with_its_retry_after() -> None:
    def overloaded(_: ChatRequest) -> str:
        raise ModelError("model endpoint answered HTTP 429", retryable=True, retry_after=7)

    with live_api(DraftingService(model=FunctionModel(overloaded))) as client:
        response = client.post("/v1/drafts", json=DOC)
        assert response.status_code == 503
        assert response.headers["retry-after"] == "7"
        body = response.json()
        assert body["type"].endswith(":model-unavailable")
        assert "429" in body["detail"]
        # Decisions need no model: they keep working while the model is down.
        assert client.post("/v1/decisions", json=DOC).status_code == 200


def test_down_model_without_a_hint_still_gets_retry_after() -> None:
    def down(_: ChatRequest) -> str:
        raise ModelError("could not connect to the model endpoint", retryable=True)

    with live_api(DraftingService(model=FunctionModel(down)), retry_after_seconds=4) as client:
        response = client.post("/v1/drafts", json=DOC)
        assert response.status_code == 503
        assert response.headers["retry-after"] == "4"


def test_draft_that_never_passes_is_200_needs_review_or_error() -> None:
    with live_api(DraftingService(model=FunctionModel(lambda _: "not json at all"), max_attempts=2)) as client:
        response = client.post("/v1/drafts", json=DOC)
        assert response.status_code == 200
        draft = response.json()
        assert draft["status"] == "error"
        assert draft["attempts"] == 2
        assert draft["violations"][0]["check"] == "reply_format"


def test_readyz_waits_for_the_model_endpoint() -> None:
    up = {"value": False}

    async def probe() -> bool:
        return up["value"]

    factory = static_backend(DraftingService(model=CountingModel()), probe)
    with live_api(factory, retry_after_seconds=2) as client:
        response = client.get("/readyz")
        assert response.status_code == 503
        assert response.headers["retry-after"] == "2"
        assert response.headers["content-type"] == "application/problem+json"
        up["value"] = True
        assert wait_ready(client).status_code == 200


def test_no_secret_or_traceback_in_any_response(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)

    def leaky(request: ChatRequest) -> str:
        text = request.messages[-1]["content"]
        if "boom" in text:
            raise RuntimeError(f"exploded with key {SECRET} at /home/app/secret.py")
        raise ModelError(f"endpoint said: invalid api key {SECRET}", retryable=True)

    seen: list[httpx.Response] = []
    with live_api(DraftingService(model=FunctionModel(leaky), max_attempts=1)) as client:
        seen.append(client.post("/v1/drafts", json=DOC))
        boom = DOC | {"messages": [{"author": "buyer", "text": "boom boom boom"}]}
        seen.append(client.post("/v1/drafts", json=boom))
        seen.append(client.post("/v1/decisions", json=DOC | {"reason": SECRET}))
        seen.append(client.post("/v1/decisions", content=SECRET.encode(), headers={"Content-Type": "application/json"}))
        seen.append(
            httpx.post(str(client.base_url) + "/v1/drafts", json=DOC, headers={"Authorization": f"Bearer {SECRET}"})
        )
        seen.append(client.get("/readyz"))
        seen.append(client.get("/openapi.json"))
    assert [r.status_code for r in seen] == [503, 500, 422, 400, 401, 200, 200]
    assert seen[1].json()["detail"] == "an internal error occurred; it has been logged"
    for response in seen:
        text = response.text + str(response.headers)
        assert SECRET not in text
        assert TOKEN not in text
        assert "Traceback" not in text
        assert "secret.py" not in text
