"""The chat request body and its answer exactly as the model client sends and reads them.

Batch engines take the request bodies ahead of time and hand back the raw completions, so
export and collect need the client's own translation both ways, not a copy of it that could
drift: both come from OpenAIChatModel's own request_body / to_result.
"""

from __future__ import annotations

import time
from functools import cache
from typing import Any, Final, Literal

from disputedraft.llm.completion import parse_completion
from disputedraft.llm.openai_model import EndpointConfig, OpenAIChatModel
from disputedraft.llm.types import ChatRequest, ChatResult

CHAT_URL: Final[Literal["/v1/chat/completions"]] = "/v1/chat/completions"


@cache
def _client(model: str) -> OpenAIChatModel:
    # Never sends anything: only its request/response translation is used. json_schema,
    # strict: what OpenAI's Batch API and `vllm run-batch` both accept.
    return OpenAIChatModel(EndpointConfig(base_url="http://127.0.0.1:9/unused", model=model, structured="json_schema"))


def request_body(request: ChatRequest, model: str) -> dict[str, Any]:
    return _client(model).request_body(request)


def chat_result(body: dict[str, Any], model: str) -> ChatResult:
    """A completion body from a batch output file, as the drafting service sees a live answer."""
    result = _client(model).to_result(parse_completion(body), time.perf_counter())
    return result.model_copy(update={"latency_ms": 0.0})  # the engine's time is not ours to report
