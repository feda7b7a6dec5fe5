"""The LLM judge: a written rubric (prompts/judge.j2), a pydantic verdict, structured output.

The judge only grades tone (friendliness, empathy, clarity, professionalism, 1-5 each with
a reason). Policy compliance is the deterministic checks' job: a model grading whether a
refund was allowed would be a second, weaker copy of the policy.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from disputedraft.contract import Dispute
from disputedraft.errors import ModelError
from disputedraft.evals.config import CRITERIA
from disputedraft.language import language_name
from disputedraft.llm.types import ChatModel, ChatRequest, Usage
from disputedraft.policy.decision import Decision
from disputedraft.prompting import PromptSet, buyer_messages, prompt_set

TEMPLATE = "judge.j2"
SCHEMA_NAME = "verdict"
JUDGE_SEED = 7  # fixed: the judge should grade the same draft the same way every run


class Criterion(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # The reason comes first in the schema so a small model argues before it scores.
    reason: str = Field(min_length=1)
    score: int = Field(ge=1, le=5)


class Verdict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    friendliness: Criterion
    empathy: Criterion
    clarity: Criterion
    professionalism: Criterion

    def scores(self) -> dict[str, int]:
        return {name: getattr(self, name).score for name in CRITERIA}

    @property
    def mean(self) -> float:
        return sum(self.scores().values()) / len(CRITERIA)

    def flags(self, at_or_below: int) -> bool:
        return min(self.scores().values()) <= at_or_below


def _criterion_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {"reason": {"type": "string"}, "score": {"type": "integer", "enum": [1, 2, 3, 4, 5]}},
        "required": ["reason", "score"],
        "additionalProperties": False,
    }


# Written out rather than taken from Verdict.model_json_schema(): strict json_schema (OpenAI)
# and llama.cpp's grammar both want it flat (no $ref), closed, and scores as an enum.
VERDICT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {name: _criterion_schema() for name in CRITERIA},
    "required": list(CRITERIA),
    "additionalProperties": False,
}


class JudgeResult(BaseModel):
    verdict: Verdict | None = None
    error: str | None = None
    raw: str | None = None  # the answer that did not parse, for the report
    model: str | None = None
    usage: Usage = Field(default_factory=Usage)
    latency_ms: float = 0.0


def parse_verdict(content: str) -> Verdict:
    """Raises ValueError with a readable reason when the answer is not a verdict."""
    text = content.strip()
    if text.startswith("```"):  # servers without structured output like to fence JSON
        text = text.strip("`").removeprefix("json").strip()
    try:
        return Verdict.model_validate(json.loads(text))
    except json.JSONDecodeError as exc:
        raise ValueError(f"verdict is not JSON ({exc.msg})") from None
    except ValidationError as exc:
        where = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:4])
        raise ValueError(f"verdict does not match the rubric ({where})") from None


def template_hash(prompts: PromptSet | None = None) -> str:
    """The judge's own hash: the drafting template hash covers system/draft/repair only."""
    env = (prompts or prompt_set()).env
    assert env.loader is not None
    source, _, _ = env.loader.get_source(env, TEMPLATE)
    return hashlib.sha256(source.encode()).hexdigest()[:16]


@dataclass
class Judge:
    model: ChatModel
    temperature: float = 0.0
    max_tokens: int = 400
    prompts: PromptSet = field(default_factory=prompt_set)

    def messages(self, dispute: Dispute, decision: Decision, message: str, language: str) -> list[dict[str, str]]:
        # Buyer text and the draft are variables, never template source: a buyer writing
        # "{{ ... }}" or "ignore the rubric" is graded, not obeyed.
        prompt = self.prompts.render(
            TEMPLATE,
            language=language,
            language_name=language_name(language),
            remedy_title=decision.title,
            points=[p.say for p in decision.required_points],
            buyer_name=decision.facts.buyer_name or "(unknown)",
            buyer_messages=buyer_messages(dispute) or ["(no message)"],
            draft=message,
        )
        return [{"role": "user", "content": prompt}]

    async def judge(self, dispute: Dispute, decision: Decision, message: str, language: str) -> JudgeResult:
        """Never raises for model trouble: the result carries the error instead."""
        request = ChatRequest(
            messages=self.messages(dispute, decision, message, language),
            schema=VERDICT_SCHEMA,
            schema_name=SCHEMA_NAME,
            temperature=self.temperature,
            max_tokens=self.max_tokens,
            seed=JUDGE_SEED,
            language=language,
        )
        started = time.perf_counter()
        try:
            result = await self.model.complete(request)
        except ModelError as exc:
            return JudgeResult(
                error=f"judge model failed: {exc}",
                model=self.model.name,
                latency_ms=(time.perf_counter() - started) * 1000,
            )
        out = JudgeResult(model=result.model, usage=result.usage, latency_ms=result.latency_ms)
        try:
            return out.model_copy(update={"verdict": parse_verdict(result.content)})
        except ValueError as exc:
            return out.model_copy(update={"error": str(exc), "raw": result.content[:2000]})
