"""`summary.md`: the report for people (and CI job summaries): gates, rates, failures with drafts."""

from __future__ import annotations

from disputedraft.evals.checker import CheckerReport
from disputedraft.evals.config import CRITERIA
from disputedraft.evals.report import Aggregate, CaseRun, Gate, SuiteReport


def pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%"


def num(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def gate_mark(gate: Gate) -> str:
    return {True: "pass", False: "FAIL", None: "skipped"}[gate.passed]


def _in_unit(value: float, unit: str) -> str:
    if unit == "ratio":
        return pct(value)
    return str(round(value)) if unit == "count" else num(value)


def gate_value(gate: Gate) -> str:
    return "–" if gate.value is None else _in_unit(gate.value, gate.unit)


def gate_threshold(gate: Gate) -> str:
    if gate.threshold is None:
        return ""
    return f"{'≥' if gate.bound == 'min' else '≤'} {_in_unit(gate.threshold, gate.unit)}"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return [_row(header), _row(["---"] * len(header)), *(_row(r) for r in rows)]


def _agg_rows(groups: dict[str, Aggregate]) -> list[list[str]]:
    return [
        [
            name,
            str(a.cases),
            str(a.runs),
            pct(a.pass_rate),
            pct(a.pass_hat_k),
            *(num(a.judge_means.get(c)) for c in CRITERIA),
        ]
        for name, a in groups.items()
    ]


def _agg_header(first: str) -> list[str]:
    return [first, "cases", "runs", "pass rate", "pass^k", *CRITERIA]


def _quote(message: str | None) -> list[str]:
    if not message:
        return ["_(no message)_"]
    return ["```text", *message.replace("```", "'''").splitlines(), "```"]


def failure_lines(run: CaseRun, description: str) -> list[str]:
    lines = [f"### {run.case_id} (run {run.repeat}): {description}".rstrip(": "), ""]
    lines.append(
        f"- status **{run.status}**, remedy `{run.remedy}`, language `{run.language}`, attempts {run.attempts}"
    )
    if run.error:
        lines.append(f"- eval error: {run.error}")
    lines += [f"- cassette: {p}" for p in run.cassette_problems]
    lines += [f"- **{s.name}** failed: {s.reason}" for s in run.scores if s.passed is False and s.decides]
    judge = run.score("judge")
    if judge and judge.value is not None:
        lines.append(f"- judge {judge.value:.2f}: {judge.reason}")
    return [*lines, "", *_quote(run.message), ""]


def checker_lines(checker: CheckerReport) -> list[str]:
    lines = [
        "## Checker accuracy",
        "",
        f"{checker.bad} bad and {checker.good} good labelled drafts ({checker.source}); a draft is flagged "
        f"on {checker.flag_on} violations.",
        "",
        *_table(
            ["measure", "flag rule", "hard only", "any check"],
            [
                ["recall on bad drafts", pct(checker.recall), pct(checker.recall_hard), pct(checker.recall_any)],
                [
                    "false-positive rate on good drafts",
                    pct(checker.false_positive_rate),
                    pct(checker.false_positive_rate_hard),
                    pct(checker.false_positive_rate_any),
                ],
            ],
        ),
        "",
        *_table(
            ["labelled set", "bad", "recall", "good", "false positives"],
            [
                [source, str(s.bad), pct(s.recall), str(s.good), pct(s.false_positive_rate)]
                for source, s in checker.by_source.items()
            ],
        ),
        "",
        f"Judge agreement with the labels: {pct(checker.judge_agreement)} over {checker.judge_considered} "
        f"drafts, balanced {pct(checker.judge_balanced_agreement)} ({checker.judge_errors} judge errors; "
        f"{checker.judge_good_flagged} good drafts flagged).",
        "",
        *_table(
            ["defect", "drafts", "caught", "recall", "judge flagged"],
            [
                [d, str(s.n), str(s.caught), pct(s.recall), num(s.judge_flagged, 0)]
                for d, s in checker.by_defect.items()
            ],
        ),
        "",
    ]
    for title, items in (("Missed bad drafts", checker.missed), ("Flagged good drafts", checker.false_positives)):
        if items:
            lines += [f"**{title}:**", ""]
            lines += [f"- `{i.id}` ({i.defect or 'good'}): {'; '.join(i.violations) or 'no violation'}" for i in items]
            lines.append("")
    return lines


def render_markdown(report: SuiteReport) -> str:
    m, s = report.meta, report.summary
    lines = [
        f"# Eval: {'PASS' if report.passed else 'FAIL'}",
        "",
        f"{s.overall.cases} cases × {m.repeat} run(s), mode **{m.mode}**, drafter `{m.drafter}`, "
        f"judge `{m.judge}`; {m.wall_s:.1f} s wall; templates {m.template_hash}, judge "
        f"{m.judge_template_hash}, policy {m.policy_version}.",
        "",
        "## Gates",
        "",
        *_table(
            ["gate", "result", "value", "threshold", "note"],
            [[g.name, gate_mark(g), gate_value(g), gate_threshold(g), g.detail] for g in report.gates],
        ),
        "",
        "## Overall",
        "",
        f"- pass rate {pct(s.overall.pass_rate)} ({s.overall.passed_runs}/{s.overall.runs} runs); "
        + ", ".join(f"pass^{k} {pct(v)}" for k, v in s.pass_hat.items()),
        f"- remedy accuracy {pct(s.remedy_accuracy)}; ready rate {pct(s.ready_rate)} of runs expected ready; "
        f"ready drafts with a hard violation: {s.ready_hard_violations}",
        "- statuses: " + ", ".join(f"{k} {v}" for k, v in sorted(s.status_counts.items())),
        "- scorers: " + ", ".join(f"{k} {pct(v)}" for k, v in s.scorer_pass_rates.items()),
        "- judge means: "
        + (", ".join(f"{k} {num(v)}" for k, v in s.overall.judge_means.items()) or "–")
        + f" ({s.overall.judged} judged, {s.judge_errors} judge errors)",
        f"- tokens: drafter {s.usage_drafter.prompt_tokens} prompt + {s.usage_drafter.completion_tokens} "
        f"completion (cached {s.usage_drafter.cached_tokens}, {s.usage_drafter.calls} calls); judge "
        f"{s.usage_judge.prompt_tokens} + {s.usage_judge.completion_tokens} ({s.usage_judge.calls} calls)",
        f"- draft latency: mean {s.latency_ms_mean:.0f} ms, p50 {s.latency_ms_p50:.0f} ms, "
        f"p95 {s.latency_ms_p95:.0f} ms; drafting time the server reported (kept in replay): prompt "
        f"{s.server_prompt_s:.1f} s, generation {s.server_generation_s:.1f} s",
        "",
        "## By remedy",
        "",
        *_table(_agg_header("remedy"), _agg_rows(s.by_remedy)),
        "",
        "## By language",
        "",
        *_table(_agg_header("language"), _agg_rows(s.by_language)),
        "",
    ]
    if report.checker:
        lines += checker_lines(report.checker)
    failures = report.failures()
    lines += [f"## Failures ({len(failures)})", ""]
    descriptions = {c.id: c.description for c in report.cases}
    for run in failures:
        lines += failure_lines(run, descriptions.get(run.case_id, ""))
    if not failures:
        lines += ["None.", ""]
    return "\n".join(lines)
