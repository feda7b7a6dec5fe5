"""The parts of a chat completion the drafting service reads, parsed from the bytes in one pass.

The SDK's ChatCompletion is built field by field in Python (about 0.2 ms of CPU a call, a
fifth of the SDK's cost per batch draft); pydantic-core reads these few fields at once.
Every field is optional and unknown ones are ignored: OpenAI, vLLM, Ollama and llama.cpp
each send a little more or less.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, ValidationError

from disputedraft.errors import ModelError


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class TopLogprob(_Lenient):
    token: str
    logprob: float


class TokenLogprob(_Lenient):
    top_logprobs: list[TopLogprob] = []


class Logprobs(_Lenient):
    content: list[TokenLogprob] | None = None


class Message(_Lenient):
    content: str | None = None


class Choice(_Lenient):
    message: Message = Message()
    finish_reason: str | None = None
    logprobs: Logprobs | None = None


class PromptTokensDetails(_Lenient):
    cached_tokens: int | None = None


class CompletionUsage(_Lenient):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    prompt_tokens_details: PromptTokensDetails | None = None


class Timings(_Lenient):
    """llama.cpp's own per-request timings (not part of the OpenAI format)."""

    prompt_ms: float | None = None
    predicted_ms: float | None = None
    cache_n: int | None = None


class Completion(_Lenient):
    model: str | None = None
    choices: list[Choice] = []
    usage: CompletionUsage | None = None
    timings: Timings | None = None


def parse_completion(raw: bytes | str | dict[str, object]) -> Completion:
    """A completion body as the endpoint sent it; a body that is not one is a ModelError."""
    try:
        return Completion.model_validate(raw) if isinstance(raw, dict) else Completion.model_validate_json(raw)
    except ValidationError as exc:
        where = ", ".join(".".join(str(p) for p in e["loc"]) or "body" for e in exc.errors()[:3])
        raise ModelError(f"the model endpoint's answer is not a chat completion ({where})", retryable=False) from None
