"""Which model a command talks to: a configured endpoint, or else the embedded default.

Flags win over the environment: --base-url / OPENAI_BASE_URL, --model / DISPUTEDRAFT_MODEL,
OPENAI_API_KEY, --model-path (a GGUF for the embedded server). With no base URL the bundled
Qwen2.5-Coder-1.5B-Instruct is assembled, verified and served on loopback.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from disputedraft.errors import ModelError
from disputedraft.llm.fake import FAKE_MODEL_ENV, FAKE_MODELS, fake_name, unknown_fake
from disputedraft.llm.types import ChatModel

if TYPE_CHECKING:
    from disputedraft.llm.retry import RetryPolicy

DEFAULT_REMOTE_MODEL = "gpt-4o-mini"


@dataclass(frozen=True)
class ModelChoice:
    base_url: str | None = None
    model: str | None = None
    api_key: str | None = None
    model_path: Path | None = None
    timeout: float = 180.0
    structured: str = "auto"
    transport: Literal["httpx", "aiohttp"] = "httpx"  # see EndpointConfig.transport
    # DISPUTEDRAFT_FAKE_MODEL=test serves the zero-latency TestModel (=phrasebook: PhrasebookModel,
    # which answers in the buyer's language): subprocess tests and benchmarks of the shells
    # (API, MCP, batch) without any model endpoint.
    fake: str | None = None

    def __repr__(self) -> str:
        return f"ModelChoice(base_url={self.base_url!r}, model={self.model!r}, api_key='***')"

    @property
    def embedded(self) -> bool:
        return self.base_url is None

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> ModelChoice:
        """The model the flags and environment choose; an unknown fake is refused here, once,
        rather than failing every draft of a batch the same way."""
        path = getattr(args, "model_path", None)
        fake = fake_name(os.environ)
        return cls(
            base_url=getattr(args, "base_url", None) or os.environ.get("OPENAI_BASE_URL") or None,
            model=getattr(args, "model", None) or os.environ.get("DISPUTEDRAFT_MODEL") or None,
            api_key=os.environ.get("OPENAI_API_KEY") or None,
            model_path=Path(path) if path else None,
            timeout=float(getattr(args, "timeout", None) or 180.0),
            fake=fake,
        )


def add_model_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("model (default: the embedded Qwen2.5-Coder-1.5B on loopback)")
    group.add_argument("--base-url", help="OpenAI-compatible endpoint (env OPENAI_BASE_URL); key from OPENAI_API_KEY")
    group.add_argument("--model", help="model name at that endpoint (env DISPUTEDRAFT_MODEL)")
    group.add_argument("--model-path", help="serve this GGUF file with the embedded server instead")
    group.add_argument("--timeout", type=float, help="seconds per model call (default 180)")


@asynccontextmanager
async def open_model(choice: ModelChoice, retry: RetryPolicy | None = None) -> AsyncIterator[ChatModel]:
    """Yields a ready chat model; starts (and finally stops) the embedded server when needed."""
    # Imported here: the openai SDK builds some thousand pydantic models on import (about
    # 3 s of CPU here), which `disputedraft check` and `decide` never need.
    from disputedraft.llm.openai_model import EndpointConfig, OpenAIChatModel

    if choice.fake:
        if choice.fake not in FAKE_MODELS:
            raise ModelError(f"{FAKE_MODEL_ENV}: {unknown_fake(choice.fake)}")
        yield FAKE_MODELS[choice.fake]()
        return
    if not choice.embedded:
        assert choice.base_url is not None
        config = EndpointConfig(
            base_url=choice.base_url,
            model=choice.model or DEFAULT_REMOTE_MODEL,
            api_key=choice.api_key or "sk-no-key-required",
            timeout=choice.timeout,
            structured=choice.structured,
            transport=choice.transport,
        )
        model = OpenAIChatModel(config, retry)
        try:
            yield model
        finally:
            await model.aclose()
        return
    from disputedraft.llm.embedded import start_embedded_server  # only the [local] extra needs it

    # One slot: llama.cpp keeps a prompt cache per slot, so extra slots each re-process the
    # shared prefix; measured 33.8 s (1 slot) vs 118 s (4 slots) for a burst of 8 drafts.
    # Concurrent requests still work: the server queues them and each one hits the cache.
    server = start_embedded_server(choice.model_path, n_parallel=1)
    try:
        config = EndpointConfig(
            base_url=server.base_url,
            model=choice.model or server.model_name,
            api_key=server.api_key,
            timeout=choice.timeout,
            structured="json_schema",
            transport=choice.transport,
        )
        model = OpenAIChatModel(config, retry)
        try:
            yield model
        finally:
            await model.aclose()
    finally:
        server.stop()
