"""What the front ends serve from: a DraftingService and a way to tell the model is up.

A backend is opened by an async context manager (a "factory") for the lifetime of the
server, so the embedded model starts with the app and stops with it. Tests, benchmarks and
the MCP stdio test pick a zero-latency fake with DISPUTEDRAFT_FAKE_MODEL instead.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass

import httpx

from disputedraft.defaults import MAX_ATTEMPTS
from disputedraft.drafting import DraftingService
from disputedraft.errors import ModelError
from disputedraft.llm.fake import FAKE_MODELS, FunctionModel, fake_name
from disputedraft.llm.openai_model import OpenAIChatModel
from disputedraft.llm.select import ModelChoice, open_model
from disputedraft.llm.types import ChatModel, ChatRequest
from disputedraft.policy import default_policy

# Seconds a fake "overloaded" model asks callers to wait; tests assert it comes through.
FAKE_RETRY_AFTER = 7.0

Probe = Callable[[], Awaitable[bool]]


@dataclass(frozen=True)
class Backend:
    service: DraftingService
    # Answers "does the model endpoint answer?"; None when there is nothing to wait for.
    probe: Probe | None = None


BackendFactory = Callable[[], AbstractAsyncContextManager[Backend]]


def _service(model: ChatModel, max_attempts: int) -> DraftingService:
    # The policy is fixed for the server's life: resolving it once spares a file lookup per decide().
    return DraftingService(model=model, policy=default_policy(), max_attempts=max_attempts)


def static_backend(service: DraftingService, probe: Probe | None = None) -> BackendFactory:
    @asynccontextmanager
    async def factory() -> AsyncIterator[Backend]:
        yield Backend(service, probe)

    return factory


def _overloaded(_: ChatRequest) -> str:
    raise ModelError("model endpoint answered HTTP 429", retryable=True, retry_after=FAKE_RETRY_AFTER)


_FAKES: dict[str, Callable[[], ChatModel]] = {
    **FAKE_MODELS,
    "overloaded": lambda: FunctionModel(_overloaded, name="overloaded"),
}


def fake_model_from_env(env: Mapping[str, str] | None = None) -> ChatModel | None:
    """DISPUTEDRAFT_FAKE_MODEL=test (TestModel), =phrasebook (PhrasebookModel) or =overloaded
    (always 429); unset: None."""
    name = fake_name(os.environ if env is None else env, _FAKES)
    return None if name is None else _FAKES[name]()


def endpoint_probe(base_url: str, api_key: str, timeout: float = 2.0) -> Probe:
    """Ready when the endpoint answers HTTP at all below 500 (a 401 still means it is up)."""
    url = base_url.rstrip("/") + "/models"

    async def probe() -> bool:
        try:
            async with httpx.AsyncClient(timeout=timeout) as client:
                response = await client.get(url, headers={"Authorization": f"Bearer {api_key}"})
        except httpx.HTTPError:
            return False
        return response.status_code < 500

    return probe


def model_backend(choice: ModelChoice, max_attempts: int = MAX_ATTEMPTS) -> BackendFactory:
    """A configured endpoint, or the embedded model (started here, stopped on exit)."""

    @asynccontextmanager
    async def factory() -> AsyncIterator[Backend]:
        async with open_model(choice) as model:
            probe = None  # a fake (or any other in-process model) is always there
            if isinstance(model, OpenAIChatModel):
                probe = endpoint_probe(model.config.base_url, model.config.api_key)
            yield Backend(_service(model, max_attempts), probe)

    return factory


def backend_from_args(args: argparse.Namespace, *, slots: int, max_attempts: int = MAX_ATTEMPTS) -> BackendFactory:
    """The fake named by DISPUTEDRAFT_FAKE_MODEL, else the model the usual flags/env choose.

    `slots` is kept for callers; the embedded server always decodes one request at a time
    (llama.cpp's prompt cache is per slot, so more slots were measured 3.5x slower here).
    """
    del slots
    fake = fake_model_from_env()
    if fake is not None:
        return static_backend(_service(fake, max_attempts))
    return model_backend(ModelChoice.from_args(args), max_attempts)
