"""Fake models that ship with the package (as pydantic-ai's TestModel and FunctionModel).

They implement the same ChatModel interface as the real client, so the whole drafting
pipeline (prompts, parsing, checks, repairs) runs for real around them: the API, batch,
benchmarks and unit tests use them instead of a model endpoint.
"""

from __future__ import annotations

import inspect
import json
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence

from disputedraft.errors import FieldProblem, InvalidInput
from disputedraft.llm.types import ChatRequest, ChatResult, Usage
from disputedraft.policy.decision import Decision
from disputedraft.policy.phrasebook import localized


def _result(content: str, name: str, request: ChatRequest, latency_ms: float) -> ChatResult:
    prompt_tokens = sum(len(m["content"]) for m in request.messages) // 4
    return ChatResult(
        content=content,
        model=name,
        latency_ms=latency_ms,
        usage=Usage(prompt_tokens=prompt_tokens, completion_tokens=len(content) // 4, calls=1),
    )


Handler = Callable[[ChatRequest], "str | Awaitable[str]"]


class FunctionModel:
    """Answers by calling `fn(request)`, sync or async; it may raise to simulate failures."""

    def __init__(self, fn: Handler, name: str = "function") -> None:
        self._fn = fn
        self._name = name
        self.requests: list[ChatRequest] = []

    @property
    def name(self) -> str:
        return self._name

    async def complete(self, request: ChatRequest) -> ChatResult:
        self.requests.append(request)
        # The fake is the model: the time it takes (a sleep simulating latency, or building a
        # reply) is the model call's, as the SDK call is for a real endpoint, not our overhead.
        started = time.perf_counter()
        out = self._fn(request)
        content = await out if inspect.isawaitable(out) else out
        return _result(str(content), self._name, request, (time.perf_counter() - started) * 1000)

    async def aclose(self) -> None:
        return None


class StaticModel(FunctionModel):
    """Answers with the given contents in order, repeating the last one."""

    def __init__(self, contents: str | Sequence[str], name: str = "static") -> None:
        self._contents = [contents] if isinstance(contents, str) else list(contents)
        if not self._contents:
            raise ValueError("StaticModel needs at least one content")
        super().__init__(self._next, name)

    def _next(self, request: ChatRequest) -> str:
        # `requests` already holds this request: the first call answers contents[0].
        return self._contents[min(len(self.requests), len(self._contents)) - 1]


class TestModel(FunctionModel):
    """Zero-latency model that writes a plain English reply from the decision it was given.

    Good enough to pass the checks for English-speaking buyers; useful wherever the model
    is not what is being tested (API, batch, overhead benchmarks).
    """

    __test__ = False  # not a pytest test class despite the name

    def __init__(self, name: str = "test") -> None:
        super().__init__(self._reply, name)

    @staticmethod
    def greeting(decision: Decision) -> str:
        return f"Hello {decision.facts.buyer_name or 'there'},"

    @staticmethod
    def _reply(request: ChatRequest) -> str:
        decision = request.decision
        if decision is None:
            return "{}"
        reply = {"greeting": TestModel.greeting(decision)}
        for point in decision.required_points:
            text = point.say.rstrip(".")
            quoted = [v for v in point.mention.values() if v not in text]
            reply[point.id] = text + (": " + ", ".join(quoted) if quoted else "") + "."
        reply["closing"] = "Thank you for your patience and understanding."
        return json.dumps(reply)


class PhrasebookModel(FunctionModel):
    """Zero-latency model that writes the reply in the buyer's language, from the example
    sentences of `policies/phrasebook/` (TestModel's English where the phrasebook has no such
    language). A multilingual stand-in: the overhead benchmark measures the checks of every
    language's draft, not only of the English ones, without repairs in the way."""

    __test__ = False

    def __init__(self, name: str = "phrasebook") -> None:
        super().__init__(self._reply, name)

    @staticmethod
    def _reply(request: ChatRequest) -> str:
        decision = request.decision
        local = localized(decision, request.language) if decision and request.language else None
        if decision is None or local is None:
            return TestModel._reply(request)
        reply = {"greeting": local.greeting or TestModel.greeting(decision)}
        reply |= local.points
        reply["closing"] = local.closing
        return json.dumps(reply, ensure_ascii=False)


# The fakes a process can be told to serve instead of a model (DISPUTEDRAFT_FAKE_MODEL): the
# shells (API, MCP, batch) run end to end on them without any endpoint.
FAKE_MODEL_ENV = "DISPUTEDRAFT_FAKE_MODEL"
FAKE_MODELS: dict[str, Callable[[], FunctionModel]] = {"test": TestModel, "phrasebook": PhrasebookModel}


def unknown_fake(name: str, known: Iterable[str] = FAKE_MODELS) -> str:
    return f"{name!r} is not one of " + ", ".join(repr(k) for k in known)


def fake_name(env: Mapping[str, str], known: Iterable[str] = FAKE_MODELS) -> str | None:
    """The fake DISPUTEDRAFT_FAKE_MODEL names (None when unset); a name not in `known` is bad
    input naming the variable, refused once rather than by every draft."""
    name = env.get(FAKE_MODEL_ENV, "").strip()
    if name and name not in known:
        raise InvalidInput("environment", [FieldProblem(FAKE_MODEL_ENV, unknown_fake(name, known))])
    return name or None
