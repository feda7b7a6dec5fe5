"""`report.html`: one static page, the summary's content plus charts; every value escaped."""

from __future__ import annotations

from html import escape

from disputedraft.evals.config import CRITERIA
from disputedraft.evals.render_md import gate_mark, gate_threshold, gate_value, num, pct
from disputedraft.evals.report import Aggregate, CaseRun, Gate, SuiteReport
from disputedraft.evals.svg import grouped_bars

CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}
table{border-collapse:collapse;margin:.6em 0}th,td{border:1px solid #ccc;padding:3px 8px;text-align:left}
th{background:#f3f3f3}.pass{color:#1a7f37}.fail{color:#c62828;font-weight:bold}.skip{color:#888}
pre{background:#f7f7f7;padding:.6em;white-space:pre-wrap;border-left:3px solid #ccc}
.verdict{font-size:1.6em}details{margin:.4em 0}
"""


def _table(header: list[str], rows: list[list[str]]) -> str:
    """Cells are HTML already (escaped by the caller), so marks and links survive."""
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _mark(passed: bool | None) -> str:
    cls, text = {True: ("pass", "pass"), False: ("fail", "FAIL"), None: ("skip", "–")}[passed]
    return f'<span class="{cls}">{text}</span>'


def _gate_mark(gate: Gate) -> str:
    return f'<span class="skip">{gate_mark(gate)}</span>' if gate.passed is None else _mark(gate.passed)


def _agg_table(first: str, groups: dict[str, Aggregate]) -> str:
    rows = [
        [
            escape(name),
            str(a.cases),
            str(a.runs),
            pct(a.pass_rate),
            pct(a.pass_hat_k),
            *(num(a.judge_means.get(c)) for c in CRITERIA),
        ]
        for name, a in groups.items()
    ]
    return _table([escape(first), "cases", "runs", "pass rate", "pass^k", *CRITERIA], rows)


def _charts(report: SuiteReport) -> str:
    by_remedy = report.summary.by_remedy
    rates = {r: {"pass rate": a.pass_rate * 100, "pass^k": a.pass_hat_k * 100} for r, a in by_remedy.items()}
    passing = grouped_bars(
        "Pass rate per remedy (%)",
        rates,
        ["pass rate", "pass^k"],
        maximum=100,
        ticks=[0, 25, 50, 75, 100],
        fmt="{:.0f}",
    )
    judged = {r: dict(a.judge_means) for r, a in by_remedy.items() if a.judge_means}
    scores = (
        grouped_bars("Mean judge scores per remedy (1-5)", judged, list(CRITERIA), maximum=5, ticks=[1, 2, 3, 4, 5])
        if judged
        else "<p>No judge scores.</p>"
    )
    return f"<div>{passing}</div><div>{scores}</div>"


def _run_html(run: CaseRun, description: str) -> str:
    items = [
        f"status <b>{escape(run.status)}</b>, remedy <code>{escape(run.remedy)}</code>, language "
        f"<code>{escape(run.language)}</code>, attempts {run.attempts}"
    ]
    if run.error:
        items.append(f"eval error: {escape(run.error)}")
    items += [f"cassette: {escape(p)}" for p in run.cassette_problems]
    items += [
        f"{_mark(s.passed)} <b>{escape(s.name)}</b>: {escape(s.reason)}"
        for s in run.scores
        if s.passed is not None or s.name == "judge"
    ]
    message = escape(run.message) if run.message else "<i>(no message)</i>"
    lis = "".join(f"<li>{i}</li>" for i in items)
    return (
        f"<h3>{escape(run.case_id)} (run {run.repeat})</h3><p>{escape(description)}</p>"
        f"<ul>{lis}</ul><pre>{message}</pre>"
    )


def _checker_html(report: SuiteReport) -> str:
    c = report.checker
    if c is None:
        return ""
    rows = [
        ["recall on bad drafts", pct(c.recall), pct(c.recall_hard), pct(c.recall_any)],
        [
            "false-positive rate on good drafts",
            pct(c.false_positive_rate),
            pct(c.false_positive_rate_hard),
            pct(c.false_positive_rate_any),
        ],
    ]
    defects = [
        [escape(d), str(s.n), str(s.caught), pct(s.recall), num(s.judge_flagged, 0)] for d, s in c.by_defect.items()
    ]
    missed = "".join(
        f"<li><code>{escape(i.id)}</code> ({escape(i.defect or 'good')}): "
        f"{escape('; '.join(i.violations) or 'no violation')}</li>"
        for i in [*c.missed, *c.false_positives]
    )
    return (
        f"<h2>Checker accuracy</h2><p>{c.bad} bad and {c.good} good labelled drafts; flagged on "
        f"{escape(c.flag_on)} violations. Judge agreement {pct(c.judge_agreement)} over {c.judge_considered} "
        f"drafts, balanced {pct(c.judge_balanced_agreement)} ({c.judge_errors} judge errors; "
        f"{c.judge_good_flagged} good drafts flagged).</p>"
        + _table(["measure", "flag rule", "hard only", "any check"], rows)
        + _table(["defect", "drafts", "caught", "recall", "judge flagged"], defects)
        + (f"<p>Missed bad drafts and flagged good ones:</p><ul>{missed}</ul>" if missed else "")
    )


def _all_cases(report: SuiteReport) -> str:
    rows = []
    for case in report.cases:
        for run in case.runs:
            judge = run.score("judge")
            rows.append(
                [
                    escape(case.id),
                    str(run.repeat),
                    escape(case.expect.remedy),
                    escape(case.language),
                    escape(run.status),
                    _mark(run.passed),
                    " ".join(f"{escape(s.name)}:{_mark(s.passed)}" for s in run.scores if s.decides),
                    num(judge.value if judge else None),
                    f"{run.latency_ms:.0f}",
                ]
            )
    table = _table(["case", "run", "remedy", "lang", "status", "result", "scorers", "judge", "ms"], rows)
    return f"<details><summary>Every case ({len(rows)} runs)</summary>{table}</details>"


def render_html(report: SuiteReport) -> str:
    m, s = report.meta, report.summary
    gates = _table(
        ["gate", "result", "value", "threshold", "note"],
        [
            [escape(g.name), _gate_mark(g), gate_value(g), escape(gate_threshold(g)), escape(g.detail)]
            for g in report.gates
        ],
    )
    overall = "".join(
        f"<li>{x}</li>"
        for x in [
            f"pass rate {pct(s.overall.pass_rate)} ({s.overall.passed_runs}/{s.overall.runs} runs); "
            + ", ".join(f"pass^{k} {pct(v)}" for k, v in s.pass_hat.items()),
            f"remedy accuracy {pct(s.remedy_accuracy)}; ready rate {pct(s.ready_rate)}; ready drafts with a hard "
            f"violation: {s.ready_hard_violations}",
            "statuses: " + escape(", ".join(f"{k} {v}" for k, v in sorted(s.status_counts.items()))),
            "judge means: " + escape(", ".join(f"{k} {num(v)}" for k, v in s.overall.judge_means.items()) or "–"),
            f"tokens: drafter {s.usage_drafter.prompt_tokens} + {s.usage_drafter.completion_tokens} "
            f"({s.usage_drafter.calls} calls), "
            f"judge {s.usage_judge.prompt_tokens} + {s.usage_judge.completion_tokens}",
            f"draft latency: mean {s.latency_ms_mean:.0f} ms, p50 {s.latency_ms_p50:.0f} ms, "
            f"p95 {s.latency_ms_p95:.0f} ms",
        ]
    )
    descriptions = {c.id: c.description for c in report.cases}
    failures = "".join(_run_html(r, descriptions.get(r.case_id, "")) for r in report.failures()) or "<p>None.</p>"
    verdict = '<span class="pass">PASS</span>' if report.passed else '<span class="fail">FAIL</span>'
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>disputedraft eval: {'PASS' if report.passed else 'FAIL'}</title><style>{CSS}</style></head><body>"
        f'<h1>Eval <span class="verdict">{verdict}</span></h1>'
        f"<p>{s.overall.cases} cases × {m.repeat} run(s), mode <b>{escape(m.mode)}</b>, drafter "
        f"<code>{escape(str(m.drafter))}</code>, judge <code>{escape(str(m.judge))}</code>, {m.wall_s:.1f} s wall, "
        f"templates {escape(m.template_hash)}, judge template {escape(m.judge_template_hash)}, policy "
        f"{escape(m.policy_version)}, started {escape(m.started_at)}.</p>"
        f"<h2>Gates</h2>{gates}<h2>Overall</h2><ul>{overall}</ul>{_charts(report)}"
        f"<h2>By remedy</h2>{_agg_table('remedy', s.by_remedy)}"
        f"<h2>By language</h2>{_agg_table('language', s.by_language)}"
        f"{_checker_html(report)}<h2>Failures ({len(report.failures())})</h2>{failures}"
        f"<h2>All cases</h2>{_all_cases(report)}</body></html>\n"
    )
