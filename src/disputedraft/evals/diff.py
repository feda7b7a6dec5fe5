"""`disputedraft eval diff A B`: what got better and what got worse between two report.json files."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ValidationError

from disputedraft.errors import FieldProblem, InvalidInput, pydantic_problems
from disputedraft.evals.config import CRITERIA
from disputedraft.evals.render_md import gate_mark, pct
from disputedraft.evals.report import SCHEMA_VERSION, CaseResult, SuiteReport

Direction = Literal["better", "worse", "same"]


class MetricChange(BaseModel):
    name: str
    before: float | None
    after: float | None
    direction: Direction
    unit: Literal["ratio", "score", "count"] = "ratio"


class CaseChange(BaseModel):
    id: str
    before: str
    after: str
    direction: Direction
    details: list[str]


class ReportDiff(BaseModel):
    metrics: list[MetricChange]
    better: list[CaseChange]
    worse: list[CaseChange]
    added: list[str]
    removed: list[str]
    gates: list[str]  # gates whose verdict changed

    @property
    def regressed(self) -> bool:
        return bool(self.worse) or any(m.direction == "worse" for m in self.metrics)


def load_report(path: Path) -> SuiteReport:
    try:
        report = SuiteReport.model_validate_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidInput(str(path), [FieldProblem("", "report not found")]) from None
    except ValidationError as exc:
        raise InvalidInput(str(path), pydantic_problems(exc.errors())) from None
    if report.schema_version != SCHEMA_VERSION:
        raise InvalidInput(
            str(path), [FieldProblem("schema_version", f"{report.schema_version}, this version reads {SCHEMA_VERSION}")]
        )
    return report


def _direction(before: float | None, after: float | None, higher_is_better: bool, tolerance: float) -> Direction:
    if before is None or after is None or abs(after - before) <= tolerance:
        return "same"
    return "better" if (after > before) == higher_is_better else "worse"


def _metrics(a: SuiteReport, b: SuiteReport) -> list[MetricChange]:
    sa, sb = a.summary, b.summary
    k = min(max(sa.pass_hat, default=1), max(sb.pass_hat, default=1))
    rows: list[tuple[str, float | None, float | None, bool, Literal["ratio", "score", "count"]]] = [
        ("pass rate", sa.overall.pass_rate, sb.overall.pass_rate, True, "ratio"),
        (f"pass^{k}", sa.pass_hat.get(k), sb.pass_hat.get(k), True, "ratio"),
        ("remedy accuracy", sa.remedy_accuracy, sb.remedy_accuracy, True, "ratio"),
        ("ready rate", sa.ready_rate, sb.ready_rate, True, "ratio"),
        ("ready drafts with a hard violation", sa.ready_hard_violations, sb.ready_hard_violations, False, "count"),
        ("errors", sa.errors, sb.errors, False, "count"),
        *(
            (f"judge {c}", sa.overall.judge_means.get(c), sb.overall.judge_means.get(c), True, "score")
            for c in CRITERIA
        ),
        (
            "drafter completion tokens",
            sa.usage_drafter.completion_tokens,
            sb.usage_drafter.completion_tokens,
            False,
            "count",
        ),
        ("draft latency p50 (ms)", sa.latency_ms_p50, sb.latency_ms_p50, False, "count"),
    ]
    if a.checker and b.checker:
        rows += [
            ("checker recall", a.checker.recall, b.checker.recall, True, "ratio"),
            (
                "checker false-positive rate",
                a.checker.false_positive_rate,
                b.checker.false_positive_rate,
                False,
                "ratio",
            ),
            ("judge agreement", a.checker.judge_agreement, b.checker.judge_agreement, True, "ratio"),
        ]
    tolerance = {"ratio": 1e-9, "score": 0.05, "count": 0.0}
    out = []
    for name, before, after, higher, unit in rows:
        # Token counts and latency move a little on every live run; only report real shifts.
        tol = tolerance[unit] if "tokens" not in name and "latency" not in name else 0.05 * (before or 0)
        out.append(
            MetricChange(
                name=name, before=before, after=after, unit=unit, direction=_direction(before, after, higher, tol)
            )
        )
    return out


def _scorer_shares(case: CaseResult) -> dict[str, float]:
    shares: dict[str, float] = {}
    for name in dict.fromkeys(s.name for r in case.runs for s in r.scores if s.decides):
        applied = [s.passed for r in case.runs if (s := r.score(name)) is not None and s.passed is not None]
        if applied:
            shares[name] = sum(applied) / len(applied)
    return shares


def _case_change(a: CaseResult, b: CaseResult) -> CaseChange:
    share_a = a.passed_runs / len(a.runs) if a.runs else 0.0
    share_b = b.passed_runs / len(b.runs) if b.runs else 0.0
    details = []
    before, after = _scorer_shares(a), _scorer_shares(b)
    for name in dict.fromkeys([*before, *after]):
        if before.get(name) != after.get(name):
            details.append(f"{name}: {pct(before.get(name))} → {pct(after.get(name))}")
    statuses_a = ",".join(r.status for r in a.runs)
    statuses_b = ",".join(r.status for r in b.runs)
    if statuses_a != statuses_b:
        details.append(f"status: {statuses_a} → {statuses_b}")
    return CaseChange(
        id=a.id,
        before=f"{a.passed_runs}/{len(a.runs)}",
        after=f"{b.passed_runs}/{len(b.runs)}",
        direction=_direction(share_a, share_b, True, 1e-9),
        details=details,
    )


def diff_reports(a: SuiteReport, b: SuiteReport) -> ReportDiff:
    cases_a = {c.id: c for c in a.cases}
    cases_b = {c.id: c for c in b.cases}
    changes = [_case_change(cases_a[i], cases_b[i]) for i in cases_a if i in cases_b]
    gates_a = {g.name: g for g in a.gates}
    gate_notes = [
        f"{g.name}: {gate_mark(gates_a[g.name])} → {gate_mark(g)}"
        for g in b.gates
        if g.name in gates_a and gates_a[g.name].passed != g.passed
    ]
    return ReportDiff(
        metrics=_metrics(a, b),
        better=[c for c in changes if c.direction == "better"],
        worse=[c for c in changes if c.direction == "worse"],
        added=sorted(cases_b.keys() - cases_a.keys()),
        removed=sorted(cases_a.keys() - cases_b.keys()),
        gates=gate_notes,
    )


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    return pct(value) if unit == "ratio" else f"{value:.2f}" if unit == "score" else f"{value:.0f}"


def render_diff(d: ReportDiff, a: str, b: str) -> str:
    arrows = {"better": "better", "worse": "WORSE", "same": ""}
    lines = [f"# Eval diff: {a} → {b}", "", "| metric | before | after | |", "| --- | --- | --- | --- |"]
    lines += [
        f"| {m.name} | {_fmt(m.before, m.unit)} | {_fmt(m.after, m.unit)} | {arrows[m.direction]} |" for m in d.metrics
    ]
    for title, changes in (("Worse", d.worse), ("Better", d.better)):
        lines += ["", f"## {title} ({len(changes)})", ""]
        lines += [
            f"- `{c.id}` passed {c.before} → {c.after}" + (f": {'; '.join(c.details)}" if c.details else "")
            for c in changes
        ] or ["None."]
    if d.gates:
        lines += ["", "## Gates that changed", "", *(f"- {g}" for g in d.gates)]
    if d.added or d.removed:
        lines += ["", f"Cases added: {', '.join(d.added) or 'none'}; removed: {', '.join(d.removed) or 'none'}."]
    return "\n".join(lines) + "\n"
