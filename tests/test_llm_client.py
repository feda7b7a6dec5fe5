"""The OpenAI-compatible client against a scripted server on loopback: retries, fallback, errors."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from disputedraft.errors import ModelError
from disputedraft.llm.openai_model import EndpointConfig, OpenAIChatModel
from disputedraft.llm.retry import RetryPolicy
from disputedraft.llm.types import ChatRequest, allow_model_requests

SECRET = "sk-test-SECRET-never-shown"
COMPLETION = {
    "id": "c1",
    "object": "chat.completion",
    "created": 0,
    "model": "m",
    "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": '{"a": "b"}'}}],
    "usage": {
        "prompt_tokens": 10,
        "completion_tokens": 3,
        "total_tokens": 13,
        "prompt_tokens_details": {"cached_tokens": 8},
    },
}


@pytest.fixture(autouse=True)
def _scripted_server_is_no_model() -> None:
    # These tests talk to a scripted loopback server, not a model: the guard may let them through.
    allow_model_requests(True)


class Script:
    def __init__(self) -> None:
        self.answers: list[tuple[int, dict[str, Any], dict[str, str]]] = []
        self.bodies: list[dict[str, Any]] = []


@pytest.fixture
def server() -> Iterator[tuple[str, Script]]:
    script = Script()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            script.bodies.append(json.loads(self.rfile.read(length)))
            status, body, headers = script.answers.pop(0) if script.answers else (200, COMPLETION, {})
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1", script
    httpd.shutdown()


def model(base_url: str, structured: str = "auto") -> OpenAIChatModel:
    config = EndpointConfig(base_url=base_url, model="m", api_key=SECRET, timeout=10, structured=structured)
    return OpenAIChatModel(config, RetryPolicy.immediate(max_attempts=4))


REQUEST = ChatRequest(messages=[{"role": "user", "content": "hi"}], schema={"type": "object"})
ERROR = {"error": {"message": "busy", "type": "x"}}


async def test_429_is_retried_and_usage_recorded(server: tuple[str, Script]) -> None:
    url, script = server
    script.answers = [(429, ERROR, {"Retry-After": "0"}), (503, ERROR, {})]
    result = await model(url).complete(REQUEST)
    assert len(script.bodies) == 3
    assert result.content == '{"a": "b"}'
    assert (result.usage.prompt_tokens, result.usage.cached_tokens, result.usage.calls) == (10, 8, 1)
    assert script.bodies[0]["response_format"]["type"] == "json_schema"


async def test_retries_are_bounded_and_the_error_says_why_without_the_key(server: tuple[str, Script]) -> None:
    url, script = server
    script.answers = [(500, ERROR, {})] * 6
    with pytest.raises(ModelError) as err:
        await model(url).complete(REQUEST)
    assert len(script.bodies) == 4  # our 4 attempts; the SDK's own retries are off
    assert err.value.status_code == 500
    assert err.value.retryable
    assert "HTTP 500" in str(err.value)
    assert SECRET not in str(err.value)
    assert SECRET not in repr(model(url).config)


async def test_a_client_error_is_not_retried(server: tuple[str, Script]) -> None:
    url, script = server
    script.answers = [(401, ERROR, {})]
    with pytest.raises(ModelError) as err:
        await model(url).complete(REQUEST)
    assert len(script.bodies) == 1
    assert not err.value.retryable


async def test_servers_without_json_schema_fall_back_to_json_object(server: tuple[str, Script]) -> None:
    url, script = server
    script.answers = [(400, {"error": {"message": "response_format json_schema is not supported"}}, {})]
    client = model(url)
    await client.complete(REQUEST)
    await client.complete(REQUEST)
    assert [b["response_format"]["type"] for b in script.bodies] == ["json_schema", "json_object", "json_object"]
    assert "JSON schema" in script.bodies[1]["messages"][-1]["content"]


def test_sync_client_shares_the_same_retry_loop(server: tuple[str, Script]) -> None:
    url, script = server
    script.answers = [(429, ERROR, {"retry-after-ms": "0"})]
    assert model(url).complete_sync(REQUEST).content == '{"a": "b"}'
    assert len(script.bodies) == 2


def test_real_requests_are_blocked_outside_cassettes(server: tuple[str, Script]) -> None:
    url, _ = server
    allow_model_requests(False)
    with pytest.raises(RuntimeError, match="blocked"):
        model(url).complete_sync(REQUEST)


async def test_top_logprobs_are_asked_for_and_read_back(server: tuple[str, Script]) -> None:
    url, script = server
    alternatives = [{"token": "Yes", "logprob": -0.2, "bytes": None}, {"token": "No", "logprob": -1.7, "bytes": None}]
    choice = {
        "index": 0,
        "finish_reason": "length",
        "message": {"role": "assistant", "content": "Yes"},
        "logprobs": {"content": [{"token": "Yes", "logprob": -0.2, "bytes": None, "top_logprobs": alternatives}]},
    }
    script.answers = [(200, {**COMPLETION, "choices": [choice]}, {})]
    request = ChatRequest(messages=[{"role": "user", "content": "Shouting?"}], max_tokens=1, top_logprobs=5)
    result = await model(url).complete(request)
    assert (script.bodies[0]["logprobs"], script.bodies[0]["top_logprobs"]) == (True, 5)
    assert result.top_logprobs == {"Yes": -0.2, "No": -1.7}
    plain = await model(url).complete(REQUEST)
    assert plain.top_logprobs is None
    assert "logprobs" not in script.bodies[1]


async def test_llama_cpp_timings_and_its_model_path_are_read(server: tuple[str, Script]) -> None:
    url, script = server
    body = {
        **COMPLETION,
        "model": "/home/someone/.cache/qwen.gguf",
        "usage": {"prompt_tokens": 900, "completion_tokens": 40, "total_tokens": 940},
        "timings": {"prompt_ms": 812.5, "predicted_ms": 3077.0, "cache_n": 850, "prompt_n": 50},
    }
    script.answers = [(200, body, {})]
    result = await model(url).complete(REQUEST)
    assert (result.prompt_ms, result.generation_ms) == (812.5, 3077.0)
    assert result.usage.cached_tokens == 850  # llama.cpp says it in timings, not in usage
    assert result.model == "m"  # the name asked for, not a path with a home directory in it
    assert result.finish_reason == "stop"


async def test_an_answer_that_is_not_a_completion_is_a_clear_model_error(server: tuple[str, Script]) -> None:
    url, script = server
    script.answers = [(200, {"choices": "none today"}, {})]
    with pytest.raises(ModelError, match="not a chat completion") as err:
        await model(url).complete(REQUEST)
    assert "choices" in str(err.value)
    assert not err.value.retryable
