"""Aggregates over runs (pass rates, tau-bench pass^k, judge means) and the suite's gates."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Iterable
from math import comb
from typing import Literal

from disputedraft.evals.checker import CheckerReport
from disputedraft.evals.config import CRITERIA, EvalConfig
from disputedraft.evals.report import Aggregate, CaseResult, CaseRun, Gate, Summary
from disputedraft.llm.types import Usage

Unit = Literal["ratio", "count", "score"]


def pass_hat_k(n: int, c: int, k: int) -> float:
    """tau-bench's unbiased pass^k for one case: c of n runs passed; chance k draws all pass."""
    if not 1 <= k <= n:
        raise ValueError(f"pass^k needs 1 <= k <= n (k={k}, n={n})")
    return comb(c, k) / comb(n, k)


def suite_pass_hat(cases: list[CaseResult], k: int) -> float:
    """Mean over cases; with exactly k runs per case it is the share that passed all k."""
    if not cases:
        return 0.0
    return sum(pass_hat_k(len(c.runs), c.passed_runs, k) for c in cases) / len(cases)


def _judge_means(runs: Iterable[CaseRun]) -> tuple[int, dict[str, float]]:
    verdicts = [r.judge.verdict for r in runs if r.judge and r.judge.verdict]
    if not verdicts:
        return 0, {}
    return len(verdicts), {name: statistics.fmean(v.scores()[name] for v in verdicts) for name in CRITERIA}


def aggregate(cases: list[CaseResult]) -> Aggregate:
    runs = [r for c in cases for r in c.runs]
    if not runs:
        return Aggregate(cases=len(cases))
    k = min(len(c.runs) for c in cases)
    judged, means = _judge_means(runs)
    passed = sum(r.passed for r in runs)
    return Aggregate(
        cases=len(cases),
        runs=len(runs),
        passed_runs=passed,
        pass_rate=passed / len(runs),
        pass_hat_k=suite_pass_hat(cases, k),
        judged=judged,
        judge_means=means,
    )


def _grouped(cases: list[CaseResult], key: Callable[[CaseResult], str]) -> dict[str, Aggregate]:
    groups: dict[str, list[CaseResult]] = {}
    for case in cases:
        groups.setdefault(key(case), []).append(case)
    return {name: aggregate(group) for name, group in sorted(groups.items())}


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _sum_usage(items: Iterable[Usage]) -> Usage:
    total = Usage()
    for usage in items:
        total += usage
    return total


def summarize(cases: list[CaseResult]) -> Summary:
    runs = [r for c in cases for r in c.runs]
    k = min((len(c.runs) for c in cases), default=1)
    expected_ready = [r for c in cases if c.expect.status == "ready" for r in c.runs]
    remedy_scores = [s for r in runs if (s := r.score("remedy")) is not None]
    judged = [r for r in runs if r.judge is not None]
    scorer_rates: dict[str, float] = {}
    for name in dict.fromkeys(s.name for r in runs for s in r.scores):
        applied = [s.passed for r in runs if (s := r.score(name)) is not None and s.passed is not None]
        if applied:
            scorer_rates[name] = sum(applied) / len(applied)
    latencies = [r.latency_ms for r in runs if r.model_ms > 0]
    return Summary(
        overall=aggregate(cases),
        by_remedy=_grouped(cases, lambda c: c.expect.remedy),
        by_language=_grouped(cases, lambda c: c.language),
        pass_hat={j: suite_pass_hat(cases, j) for j in range(1, k + 1)} if cases else {},
        remedy_accuracy=(sum(bool(s.passed) for s in remedy_scores) / len(remedy_scores)) if remedy_scores else 0.0,
        ready_rate=(sum(r.status == "ready" for r in expected_ready) / len(expected_ready)) if expected_ready else None,
        ready_hard_violations=sum(
            1 for r in runs if r.status == "ready" and any(not o.passed and o.hard for o in r.checks)
        ),
        status_counts=dict(Counter(r.status for r in runs)),
        scorer_pass_rates=scorer_rates,
        judge_errors=sum(1 for r in judged if r.judge and r.judge.verdict is None),
        judge_error_rate=(sum(1 for r in judged if r.judge and r.judge.verdict is None) / len(judged))
        if judged
        else 0.0,
        errors=sum(r.broken for r in runs),
        usage_drafter=_sum_usage(r.usage for r in runs),
        usage_judge=_sum_usage(r.judge.usage for r in judged if r.judge),
        latency_ms_mean=statistics.fmean(latencies) if latencies else 0.0,
        latency_ms_p50=_percentile(latencies, 0.5),
        latency_ms_p95=_percentile(latencies, 0.95),
        server_prompt_s=sum(r.prompt_ms or 0.0 for r in runs) / 1000,
        server_generation_s=sum(r.generation_ms or 0.0 for r in runs) / 1000,
    )


def _min_gate(name: str, value: float | None, threshold: float, detail: str = "", unit: Unit = "ratio") -> Gate:
    if value is None:
        return Gate(
            name=name, passed=None, threshold=threshold, bound="min", unit=unit, detail=detail or "nothing to measure"
        )
    return Gate(
        name=name,
        passed=value >= threshold - 1e-9,
        value=value,
        threshold=threshold,
        bound="min",
        unit=unit,
        detail=detail,
    )


def _max_gate(name: str, value: float | None, threshold: float, detail: str = "", unit: Unit = "ratio") -> Gate:
    if value is None:
        return Gate(
            name=name, passed=None, threshold=threshold, bound="max", unit=unit, detail=detail or "nothing to measure"
        )
    return Gate(
        name=name,
        passed=value <= threshold + 1e-9,
        value=value,
        threshold=threshold,
        bound="max",
        unit=unit,
        detail=detail,
    )


def gates(
    summary: Summary,
    config: EvalConfig,
    *,
    repeat: int,
    judged: bool,
    checker: CheckerReport | None,
    checker_wanted: bool,
    checker_judged: bool | None = None,
) -> list[Gate]:
    g = config.gates
    out = [
        _min_gate("remedy_accuracy", summary.remedy_accuracy, g.remedy_accuracy_min),
        _min_gate("pass_rate", summary.overall.pass_rate, g.pass_rate_min),
        _min_gate("ready_rate", summary.ready_rate, g.ready_rate_min, "runs expected ready that ended ready"),
        _max_gate(
            "ready_hard_violations",
            summary.ready_hard_violations,
            g.ready_hard_violations_max,
            "ready drafts the re-run hard checks reject",
            "count",
        ),
        _max_gate("errors", summary.errors, g.errors_max, "crashed runs and stale or missing cassettes", "count"),
    ]
    if repeat > 1:
        out.append(_min_gate(f"pass^{repeat}", summary.pass_hat.get(repeat), g.pass_hat_k_min))
    else:
        out.append(
            Gate(name="pass^k", passed=None, threshold=g.pass_hat_k_min, bound="min", detail="needs --repeat > 1")
        )
    j = config.judge
    if judged:
        means = summary.overall.judge_means
        for name, threshold in j.mean_min.items():
            out.append(_min_gate(f"judge_{name}_mean", means.get(name), threshold, unit="score"))
        out.append(_max_gate("judge_error_rate", summary.judge_error_rate, j.error_rate_max))
    else:
        out.append(Gate(name="judge", passed=None, detail="judge turned off"))
    out += checker_gates(checker, config, checker_wanted, judged if checker_judged is None else checker_judged)
    return out


def checker_gates(checker: CheckerReport | None, config: EvalConfig, wanted: bool, judged: bool) -> list[Gate]:
    c = config.checker
    if checker is None:
        return [
            Gate(
                name="checker",
                passed=None if not wanted else False,
                detail="checker accuracy not measured" if not wanted else "labelled drafts missing",
            )
        ]
    out = [
        _min_gate("checker_recall", checker.recall, c.recall_min, f"flag on {c.flag_on} violations"),
        _max_gate("checker_false_positive_rate", checker.false_positive_rate, c.false_positive_rate_max),
    ]
    if judged:
        out.append(
            _min_gate(
                "judge_agreement",
                checker.judge_balanced_agreement,
                c.judge_agreement_min,
                f"balanced (flags {', '.join(c.judge_defects)} defects, passes good drafts)",
            )
        )
    return out


def suite_passed(all_gates: list[Gate]) -> bool:
    return all(g.passed is not False for g in all_gates)
