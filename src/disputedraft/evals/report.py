"""The shape of `report.json`: every case, every run, every check and score, usage, latency.

`disputedraft eval diff` reads two of these, so fields are only ever added (bump
SCHEMA_VERSION if one has to change meaning).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from disputedraft.checks.types import CheckOutcome, Violation
from disputedraft.evals.cases import Expect, Tags
from disputedraft.evals.checker import CheckerReport
from disputedraft.evals.config import EvalConfig
from disputedraft.evals.judge import JudgeResult
from disputedraft.evals.scorers import Score
from disputedraft.llm.types import Usage

SCHEMA_VERSION = 1


class CaseRun(BaseModel):
    case_id: str
    repeat: int  # 1-based
    passed: bool
    status: str
    remedy: str
    language: str
    message: str | None = None
    attempts: int = 0
    draft_violations: list[Violation] = Field(default_factory=list)
    checks: list[CheckOutcome] = Field(default_factory=list)  # the re-run on the final message
    scores: list[Score] = Field(default_factory=list)
    judge: JudgeResult | None = None
    model: str | None = None
    usage: Usage = Field(default_factory=Usage)  # the drafter's; the judge's is in `judge`
    latency_ms: float = 0.0
    model_ms: float = 0.0
    prompt_ms: float | None = None
    generation_ms: float | None = None
    draft_error: str | None = None  # the model failed or never answered usably
    error: str | None = None  # the eval itself crashed on this run
    cassette: str | None = None
    cassette_problems: list[str] = Field(default_factory=list)
    cassette_unused: int = 0  # recorded answers replay did not need (informational)

    def score(self, name: str) -> Score | None:
        return next((s for s in self.scores if s.name == name), None)

    @property
    def broken(self) -> bool:
        """The run says nothing about the drafts: it crashed or its recording is bad."""
        return self.error is not None or bool(self.cassette_problems)


class CaseResult(BaseModel):
    id: str
    description: str
    source: str
    language: str
    tags: Tags
    expect: Expect
    runs: list[CaseRun]

    @property
    def passed_runs(self) -> int:
        return sum(r.passed for r in self.runs)

    @property
    def all_passed(self) -> bool:
        return bool(self.runs) and all(r.passed for r in self.runs)


class Aggregate(BaseModel):
    cases: int = 0
    runs: int = 0
    passed_runs: int = 0
    pass_rate: float = 0.0  # share of runs that pass
    pass_hat_k: float = 0.0  # share of cases whose every run passes
    judged: int = 0
    judge_means: dict[str, float] = Field(default_factory=dict)


class Summary(BaseModel):
    overall: Aggregate
    by_remedy: dict[str, Aggregate]
    by_language: dict[str, Aggregate]
    pass_hat: dict[int, float]  # tau-bench pass^j for j = 1..k
    remedy_accuracy: float
    ready_rate: float | None  # of the runs expected to end ready
    ready_hard_violations: int
    status_counts: dict[str, int]
    scorer_pass_rates: dict[str, float]  # per scorer, over the runs it applies to
    judge_errors: int
    judge_error_rate: float
    errors: int
    usage_drafter: Usage
    usage_judge: Usage
    latency_ms_mean: float
    latency_ms_p50: float
    latency_ms_p95: float
    # llama.cpp's own timings ride in the response bodies, so unlike latency they survive replay.
    server_prompt_s: float = 0.0
    server_generation_s: float = 0.0


class Gate(BaseModel):
    name: str
    passed: bool | None  # None: skipped (e.g. pass^k with one repeat, the judge turned off)
    value: float | None = None
    threshold: float | None = None
    bound: Literal["min", "max"] | None = None
    unit: Literal["ratio", "count", "score"] = "ratio"
    detail: str = ""


class RunMeta(BaseModel):
    started_at: str
    finished_at: str
    wall_s: float
    mode: str  # replay | live | live+record
    repeat: int
    concurrency: int
    max_attempts: int
    cases_dir: str
    drafter: str | None
    judge: str | None
    template_hash: str
    judge_template_hash: str
    policy_version: str
    version: str
    config: EvalConfig


class SuiteReport(BaseModel):
    schema_version: int = SCHEMA_VERSION
    meta: RunMeta
    summary: Summary
    cases: list[CaseResult]
    checker: CheckerReport | None = None
    gates: list[Gate]
    passed: bool

    def failures(self) -> list[CaseRun]:
        return [r for c in self.cases for r in c.runs if not r.passed]
