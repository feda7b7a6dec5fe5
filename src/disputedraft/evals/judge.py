"""The LLM judge: a written rubric (prompts/judge.j2), a pydantic verdict, structured output;
and yes/no questions (prompts/judge_question.j2) that decide whether it flags a draft.

The judge only grades tone (friendliness, empathy, clarity, professionalism, 1-5 each with
a reason). Policy compliance is the deterministic checks' job: a model grading whether a
refund was allowed would be a second, weaker copy of the policy.

The embedded 1.5B model gives 5/5 to nearly every draft, blaming and shouting ones included,
so the rubric cannot flag anything. It is asked instead whether a sentence blames someone
and whether it shouts, one sentence of the draft at a time (asked about a whole draft, it
could not find the one blaming sentence), and answers with one token; the judge reads P(yes)
from that token's log-probabilities. A draft's P(yes) is its most likely sentence's, compared
with a threshold per question (`checker.judge_questions` in evals/config.yaml), calibrated on
labelled sets other than the one the agreement gate reports on. A server that returns no
log-probabilities (or a fake model) gives P(yes) 1 or 0 from the answer's text.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from disputedraft.checks.text import sentences
from disputedraft.contract import Dispute
from disputedraft.errors import ModelError
from disputedraft.evals.config import CRITERIA, QUESTIONS
from disputedraft.language import language_name
from disputedraft.llm.types import ChatModel, ChatRequest, Usage
from disputedraft.policy.decision import Decision
from disputedraft.prompting import PromptSet, buyer_messages, prompt_set

TEMPLATE = "judge.j2"
QUESTION_TEMPLATE = "judge_question.j2"
SCHEMA_NAME = "verdict"
JUDGE_SEED = 7  # fixed: the judge should grade the same draft the same way every run
TOP_LOGPROBS = 10  # enough to see both "Yes" and "No" (and their lower-case twins)


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


class Answer(BaseModel):
    """One yes/no question about a draft, asked of each of its sentences."""

    question: str
    answer: str = ""  # the token the model answered with, on the sentence below
    p_yes: float | None = None  # the highest over the draft's sentences; None: no answer (see error)
    sentence: str | None = None  # the sentence that P(yes) belongs to: the judge's evidence
    asked: int = 0  # sentences asked about
    threshold: float
    flagged: bool | None = None  # p_yes >= threshold
    error: str | None = None


class JudgeResult(BaseModel):
    verdict: Verdict | None = None
    error: str | None = None
    raw: str | None = None  # the answer that did not parse, for the report
    answers: list[Answer] = Field(default_factory=list)
    model: str | None = None
    usage: Usage = Field(default_factory=Usage)
    latency_ms: float = 0.0

    def flags(self, at_or_below: int) -> bool | None:
        """Whether the judge flags the draft; None when it could not tell.

        With questions asked, they decide (any answer at or over its threshold); without, the
        rubric does (any criterion at or below `at_or_below`)."""
        if self.answers:
            if any(a.flagged for a in self.answers):
                return True
            return None if any(a.flagged is None for a in self.answers) else False
        return self.verdict.flags(at_or_below) if self.verdict else None


def p_yes(top: Mapping[str, float]) -> float | None:
    """P(yes) from an answer token's top log-probabilities ({token: logprob}), renormalised
    over the yes and no tokens; None when neither is among them."""
    yes = no = 0.0
    for token, logprob in top.items():
        word = token.strip().lower()
        if word == "yes":
            yes += math.exp(logprob)
        elif word == "no":
            no += math.exp(logprob)
    return yes / (yes + no) if yes + no > 0 else None


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
    """The judge's own hash (rubric and questions): the drafting hash covers system/draft/repair only."""
    env = (prompts or prompt_set()).env
    assert env.loader is not None
    digest = hashlib.sha256()
    for name in (TEMPLATE, QUESTION_TEMPLATE):
        source, _, _ = env.loader.get_source(env, name)
        digest.update(source.encode())
    return digest.hexdigest()[:16]


@dataclass
class Judge:
    model: ChatModel
    temperature: float = 0.0
    max_tokens: int = 400
    prompts: PromptSet = field(default_factory=prompt_set)
    # question -> P(yes) threshold; empty: no questions, the rubric flags.
    questions: Mapping[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = [q for q in self.questions if q not in QUESTIONS]
        if unknown:
            raise ValueError(f"unknown judge question(s) {unknown} (known: {', '.join(QUESTIONS)})")

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

    def question_messages(self, question: str, sentence: str) -> list[dict[str, str]]:
        # The static instructions first, the sentence last: llama.cpp reuses the cached
        # prefix, so each sentence costs only its own tokens.
        content = self.prompts.render(QUESTION_TEMPLATE, question=question, sentence=sentence)
        return [{"role": "user", "content": content}]

    async def ask(self, question: str, message: str, threshold: float) -> tuple[Answer, Usage]:
        """One yes/no question about each sentence of the draft, answered in one token; the
        draft's P(yes) is its most likely sentence's. Never raises."""
        best: Answer | None = None
        usage = Usage()
        parts = sentences(message) or [message]
        for sentence in parts:
            answer, used = await self._ask_sentence(question, sentence, threshold)
            usage += used
            if answer.p_yes is None:  # one unanswered sentence leaves the whole draft unknown
                return answer.model_copy(update={"asked": len(parts)}), usage
            if best is None or answer.p_yes > (best.p_yes or 0.0):
                best = answer
        assert best is not None
        return best.model_copy(update={"asked": len(parts)}), usage

    async def _ask_sentence(self, question: str, sentence: str, threshold: float) -> tuple[Answer, Usage]:
        request = ChatRequest(
            messages=self.question_messages(question, sentence),
            temperature=0.0,
            max_tokens=1,
            seed=JUDGE_SEED,
            top_logprobs=TOP_LOGPROBS,
        )
        asked = Answer(question=question, sentence=sentence, threshold=threshold)
        try:
            result = await self.model.complete(request)
        except ModelError as exc:
            return asked.model_copy(update={"error": f"judge model failed: {exc}"}), Usage()
        text, usage = result.content, result.usage
        # Fakes and servers without log-probabilities: the answer's text alone, P(yes) 1 or 0.
        top = result.top_logprobs or {text: 0.0}
        p = p_yes(top)
        if p is None:
            return asked.model_copy(update={"answer": text, "error": f"answered {text!r}, neither yes nor no"}), usage
        return asked.model_copy(update={"answer": text, "p_yes": p, "flagged": p >= threshold}), usage

    async def judge(self, dispute: Dispute, decision: Decision, message: str, language: str) -> JudgeResult:
        """Never raises for model trouble: the result carries the error instead."""
        out = await self._grade(dispute, decision, message, language)
        if not self.questions:
            return out
        started = time.perf_counter()
        answers, usage = [], out.usage
        for question, threshold in self.questions.items():  # one question at a time: its prefix stays cached
            answer, used = await self.ask(question, message, threshold)
            answers.append(answer)
            usage += used
        latency = out.latency_ms + (time.perf_counter() - started) * 1000
        return out.model_copy(update={"answers": answers, "usage": usage, "latency_ms": latency})

    async def _grade(self, dispute: Dispute, decision: Decision, message: str, language: str) -> JudgeResult:
        """The 1-5 rubric."""
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
