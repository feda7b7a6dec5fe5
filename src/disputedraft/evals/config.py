"""`evals/config.yaml`: which scorers decide a case, and the thresholds of every suite gate.

Kept out of code so a threshold change is a reviewed one-line diff, and validated strictly
(unknown keys rejected) because a misspelt gate would otherwise silently stop gating.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from disputedraft.errors import FieldProblem, InvalidInput, pydantic_problems

CRITERIA = ("friendliness", "empathy", "clarity", "professionalism")
# Yes/no questions the judge answers about a draft (prompts/judge_question.j2); a small model
# tells these apart far better than it places a draft on a 1-5 scale.
QUESTIONS = ("blame", "shouting")
DECIDING_SCORERS = ("remedy", "status", "hard_checks", "must_mention", "must_not_mention", "tone")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Gates(_Strict):
    remedy_accuracy_min: float = Field(1.0, ge=0, le=1)
    pass_rate_min: float = Field(0.8, ge=0, le=1)
    pass_hat_k_min: float = Field(0.7, ge=0, le=1)  # only gated when --repeat > 1
    ready_rate_min: float = Field(0.8, ge=0, le=1)  # of the runs expected to end ready
    ready_hard_violations_max: int = Field(0, ge=0)  # ready drafts the re-run checks reject
    errors_max: int = Field(0, ge=0)  # crashed runs and cassette problems


class JudgeConfig(_Strict):
    mean_min: dict[str, float] = Field(default_factory=lambda: dict.fromkeys(CRITERIA, 3.5))
    error_rate_max: float = Field(0.1, ge=0, le=1)
    # A verdict "flags" a draft when any criterion scores at or below this (unless
    # checker.judge_questions are set: then those decide).
    flag_at_or_below: int = Field(2, ge=1, le=5)
    temperature: float = Field(0.0, ge=0, le=2)
    max_tokens: int = Field(400, ge=50)


class CheckerConfig(_Strict):
    # Relative to the evals directory; several sets are measured together and reported apart.
    labelled: list[str] = Field(default_factory=lambda: ["checker/labelled.jsonl"], min_length=1)

    @field_validator("labelled", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value

    # "any": a violation of any check counts as a catch (tone defects such as blame are
    # tone checks); "hard": only hard checks count, as `disputedraft check`'s exit code does.
    flag_on: Literal["any", "hard"] = "any"
    recall_min: float = Field(0.95, ge=0, le=1)
    false_positive_rate_max: float = Field(0.10, ge=0, le=1)
    judge_agreement_min: float = Field(0.7, ge=0, le=1)
    # Defects the judge is expected to notice (low scores); the rest are policy defects it
    # cannot know about, so they are reported but do not count toward its agreement.
    judge_defects: list[str] = Field(default_factory=lambda: ["blame", "shouting", "rude", "cold"])
    # Yes/no questions the judge answers about each labelled draft, each with the P(yes) (read
    # from the answer token's log-probabilities) at or above which it flags the draft. Empty:
    # the 1-5 rubric flags (judge.flag_at_or_below).
    judge_questions: dict[str, float] = Field(default_factory=dict)


class EvalConfig(_Strict):
    deciding: list[str] = Field(default_factory=lambda: list(DECIDING_SCORERS))
    gates: Gates = Field(default_factory=Gates)
    judge: JudgeConfig = Field(default_factory=JudgeConfig)
    checker: CheckerConfig = Field(default_factory=CheckerConfig)


def _problems(config: EvalConfig) -> list[FieldProblem]:
    out = [
        FieldProblem("deciding", f"unknown scorer {name!r} (known: {', '.join(DECIDING_SCORERS)})")
        for name in config.deciding
        if name not in DECIDING_SCORERS
    ]
    out += [
        FieldProblem(f"judge.mean_min.{name}", f"unknown criterion (known: {', '.join(CRITERIA)})")
        for name in config.judge.mean_min
        if name not in CRITERIA
    ]
    out += [
        FieldProblem(f"checker.judge_questions.{name}", f"unknown question (known: {', '.join(QUESTIONS)})")
        for name in config.checker.judge_questions
        if name not in QUESTIONS
    ]
    out += [
        FieldProblem(f"checker.judge_questions.{name}", "a P(yes) threshold is between 0 and 1")
        for name, threshold in config.checker.judge_questions.items()
        if not 0 <= threshold <= 1
    ]
    return out


def load_config(path: Path | None) -> EvalConfig:
    """The file's settings over the defaults; no file at all means the defaults."""
    if path is None or not path.exists():
        return EvalConfig()
    what = str(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise InvalidInput(what, [FieldProblem("", f"not valid YAML: {exc}")]) from None
    try:
        config = EvalConfig.model_validate(raw)
    except ValidationError as exc:
        raise InvalidInput(what, pydantic_problems(exc.errors())) from None
    problems = _problems(config)
    if problems:
        raise InvalidInput(what, problems)
    return config
