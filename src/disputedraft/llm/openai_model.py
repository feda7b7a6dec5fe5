"""Any OpenAI-compatible endpoint (OpenAI, Azure, vLLM, Ollama, llama.cpp) through the openai SDK."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any, Literal

import openai

from disputedraft.errors import ModelError
from disputedraft.llm.completion import Choice, Completion, parse_completion
from disputedraft.llm.retry import RetryPolicy, is_retryable, retry_after_seconds
from disputedraft.llm.types import ChatRequest, ChatResult, Usage, model_requests_allowed

# The SDK's own request path, without `chat.completions.create`'s typed-parameter transform:
# that walks the whole body, JSON schema included, on every call (1 ms of CPU each, a third of
# a batch draft's budget), and our body is plain JSON already. Errors, retries off and auth
# are the SDK's either way; the answer comes back as bytes for `completion.py` to read.
CHAT_PATH = "/chat/completions"


@dataclass(frozen=True)
class EndpointConfig:
    base_url: str
    model: str
    api_key: str = "sk-no-key-required"
    timeout: float = 120.0
    # "json_schema" (strict structured output), "json_object" (older servers), or "auto":
    # start with json_schema and fall back for good the first time the server refuses it.
    structured: str = "auto"
    # "aiohttp" for many requests in flight (the batch path): httpx's connection pool checks
    # every pooled connection on each request, about 0.7 ms of CPU per call with 64 open,
    # and aiohttp's pool does not. The default stays httpx: the test cassettes replay through it.
    transport: Literal["httpx", "aiohttp"] = "httpx"

    def __repr__(self) -> str:  # the key must never reach a log line or an error message
        return f"EndpointConfig(base_url={self.base_url!r}, model={self.model!r}, api_key='***')"


def _schema_refused(exc: openai.BadRequestError) -> bool:
    text = str(exc).lower()
    return "response_format" in text or "json_schema" in text


def _describe(exc: BaseException) -> str:
    if isinstance(exc, openai.APIStatusError):
        return f"model endpoint answered HTTP {exc.status_code}"
    if isinstance(exc, openai.APITimeoutError):
        return "model endpoint timed out"
    if isinstance(exc, openai.APIConnectionError):
        return "could not connect to the model endpoint"
    return f"model call failed: {type(exc).__name__}"


def _first_token_alternatives(choice: Choice | None) -> dict[str, float] | None:
    tokens = choice.logprobs.content if choice and choice.logprobs and choice.logprobs.content else None
    return {t.token: t.logprob for t in tokens[0].top_logprobs} if tokens else None


class OpenAIChatModel:
    def __init__(self, config: EndpointConfig, retry: RetryPolicy | None = None) -> None:
        self.config = config
        self.retry = retry or RetryPolicy.from_env()
        self._json_schema_ok = config.structured != "json_object"
        common: dict[str, Any] = {
            "base_url": config.base_url,
            "api_key": config.api_key,
            "timeout": config.timeout,
            "max_retries": 0,  # tenacity (RetryPolicy) is the one retry loop
        }
        http_client = openai.DefaultAioHttpClient() if config.transport == "aiohttp" else None
        self._async = openai.AsyncOpenAI(**common, http_client=http_client)
        self._sync = openai.OpenAI(**common)

    @property
    def name(self) -> str:
        return self.config.model

    def request_body(self, request: ChatRequest) -> dict[str, Any]:
        messages = [dict(m) for m in request.messages]
        kwargs: dict[str, Any] = {
            "model": self.config.model,
            "temperature": request.temperature,
            "max_tokens": request.max_tokens,
        }
        if request.seed is not None:
            kwargs["seed"] = request.seed
        if request.schema is not None:
            if self._json_schema_ok:
                kwargs["response_format"] = {
                    "type": "json_schema",
                    "json_schema": {"name": request.schema_name, "schema": request.schema, "strict": True},
                }
            else:
                kwargs["response_format"] = {"type": "json_object"}
                messages[-1]["content"] += "\n\nAnswer with one JSON object matching this JSON schema:\n" + json.dumps(
                    request.schema
                )
        kwargs["messages"] = messages
        if request.top_logprobs:
            kwargs["logprobs"] = True
            kwargs["top_logprobs"] = request.top_logprobs
        return kwargs

    def to_result(self, completion: Completion, started: float) -> ChatResult:
        choice = completion.choices[0] if completion.choices else None
        usage = completion.usage
        cached = 0
        if usage and usage.prompt_tokens_details and usage.prompt_tokens_details.cached_tokens:
            cached = usage.prompt_tokens_details.cached_tokens
        timings = completion.timings
        return ChatResult(
            content=(choice.message.content or "") if choice else "",
            # llama.cpp answers with the GGUF's path: the name we asked for says the same without
            # putting a home directory into every draft.
            model=self.config.model if not completion.model or completion.model.startswith("/") else completion.model,
            usage=Usage(
                prompt_tokens=usage.prompt_tokens if usage else 0,
                completion_tokens=usage.completion_tokens if usage else 0,
                cached_tokens=cached or (timings.cache_n or 0 if timings else 0),
                calls=1,
            ),
            latency_ms=(time.perf_counter() - started) * 1000,
            prompt_ms=timings.prompt_ms if timings else None,
            generation_ms=timings.predicted_ms if timings else None,
            finish_reason=choice.finish_reason if choice else None,
            top_logprobs=_first_token_alternatives(choice),
        )

    def _guard(self) -> None:
        if not model_requests_allowed():
            raise RuntimeError("real model requests are blocked (tests): record a cassette or use a fake model")

    def _fall_back(self, exc: openai.BadRequestError) -> bool:
        """Switch to json_object for good when a server refuses json_schema (auto mode only)."""
        if self._json_schema_ok and self.config.structured == "auto" and _schema_refused(exc):
            self._json_schema_ok = False
            return True
        return False

    def _fail(self, exc: BaseException) -> ModelError:
        status = exc.status_code if isinstance(exc, openai.APIStatusError) else None
        return ModelError(
            _describe(exc), retryable=is_retryable(exc), retry_after=retry_after_seconds(exc), status_code=status
        )

    async def complete(self, request: ChatRequest) -> ChatResult:
        self._guard()
        started = time.perf_counter()
        try:
            async for attempt in self.retry.asyncio():
                with attempt:
                    try:
                        raw = await self._async.post(CHAT_PATH, body=self.request_body(request), cast_to=bytes)
                    except openai.BadRequestError as exc:
                        if not self._fall_back(exc):
                            raise
                        self._json_schema_ok = False
                        raw = await self._async.post(CHAT_PATH, body=self.request_body(request), cast_to=bytes)
        except openai.OpenAIError as exc:
            raise self._fail(exc) from None
        return self.to_result(parse_completion(raw), started)

    def complete_sync(self, request: ChatRequest) -> ChatResult:
        self._guard()
        started = time.perf_counter()
        try:
            for attempt in self.retry.sync():
                with attempt:
                    try:
                        raw = self._sync.post(CHAT_PATH, body=self.request_body(request), cast_to=bytes)
                    except openai.BadRequestError as exc:
                        if not self._fall_back(exc):
                            raise
                        self._json_schema_ok = False
                        raw = self._sync.post(CHAT_PATH, body=self.request_body(request), cast_to=bytes)
        except openai.OpenAIError as exc:
            raise self._fail(exc) from None
        return self.to_result(parse_completion(raw), started)

    async def aclose(self) -> None:
        await self._async.close()
        self._sync.close()
