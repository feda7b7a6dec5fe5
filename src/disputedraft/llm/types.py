"""The one interface the drafting service talks to, whatever serves the model."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel

if TYPE_CHECKING:
    from disputedraft.policy.decision import Decision


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    calls: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            cached_tokens=self.cached_tokens + other.cached_tokens,
            calls=self.calls + other.calls,
        )


@dataclass(frozen=True)
class ChatRequest:
    messages: list[dict[str, str]]
    schema: dict[str, Any] | None = None
    schema_name: str = "reply"
    temperature: float = 0.2
    max_tokens: int = 400
    seed: int | None = None
    # Ask for the first answer token's most likely alternatives (OpenAI `top_logprobs`): a
    # one-token yes/no question then gives P(yes), not just "yes". 0: not asked.
    top_logprobs: int = 0
    # Never sent to an endpoint: lets fake models answer in the decision's terms.
    decision: Decision | None = field(default=None, compare=False)
    language: str | None = None


class ChatResult(BaseModel):
    content: str
    model: str
    usage: Usage
    latency_ms: float
    # llama.cpp reports its own split; other servers leave these unset.
    prompt_ms: float | None = None
    generation_ms: float | None = None
    finish_reason: str | None = None
    # {token: logprob} of the first answer token's alternatives, when asked and served.
    top_logprobs: dict[str, float] | None = None


class ChatModel(Protocol):
    @property
    def name(self) -> str: ...

    async def complete(self, request: ChatRequest) -> ChatResult: ...

    async def aclose(self) -> None: ...


# Tests flip this off (as pydantic-ai's ALLOW_MODEL_REQUESTS) so that only a cassette
# replay or an explicit opt-in can reach a real model endpoint.
_allow_requests = True


def allow_model_requests(allowed: bool) -> None:
    global _allow_requests
    _allow_requests = allowed


def model_requests_allowed() -> bool:
    return _allow_requests
