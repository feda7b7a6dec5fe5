"""Reports (report.json, summary.md, report.html), `eval diff`, and the `eval` command's exit codes."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import pytest

from disputedraft.cli import main
from disputedraft.evals.cases import load_cases
from disputedraft.evals.diff import diff_reports, load_report, render_diff
from disputedraft.evals.report import SuiteReport
from disputedraft.evals.suite import write_reports
from test_eval_runner import CASES, fake, refund, run, write_cases

VOID = {"meta", "br", "hr", "img", "input", "link"}


class Balanced(HTMLParser):
    """Fails on a closing tag that does not close the innermost open one."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1]}>"
        self.stack.pop()


@pytest.fixture
async def good(tmp_path: Path) -> SuiteReport:
    return await run(load_cases(write_cases(tmp_path / "cases")), repeat=2)


@pytest.fixture
async def bad(tmp_path: Path) -> SuiteReport:
    return await run(load_cases(write_cases(tmp_path / "cases2")), fake(refund), repeat=2)


def test_reports_are_written_and_well_formed(bad: SuiteReport, tmp_path: Path) -> None:
    files = write_reports(bad, tmp_path / "out")
    assert [f.name for f in files] == ["report.json", "summary.md", "report.html"]
    again = SuiteReport.model_validate_json((tmp_path / "out" / "report.json").read_text())
    assert again == bad
    raw = json.loads((tmp_path / "out" / "report.json").read_text())
    first = raw["cases"][1]["runs"][0]
    assert {"checks", "scores", "usage", "latency_ms", "judge", "message", "draft_violations"} <= first.keys()

    md = (tmp_path / "out" / "summary.md").read_text()
    assert md.startswith("# Eval: FAIL")
    for section in ("## Gates", "## By remedy", "## By language", "## Failures (4)"):
        assert section in md
    assert "| pass_rate | FAIL |" in md
    assert "full refund" in md  # the failing drafts are shown
    assert "**hard_checks** failed" in md

    page = (tmp_path / "out" / "report.html").read_text()
    parser = Balanced()
    parser.feed(page)
    assert parser.stack == []
    names = [t for t, _ in parser.tags]
    assert names.count("svg") == 2
    assert "script" not in names  # static: no JS, no CDN
    assert not [a for _, attrs in parser.tags for k, a in attrs.items() if k in ("src", "href")]
    assert "offer_reshipment" in page
    assert "full refund" in page
    for svg in re.findall(r"<svg.*?</svg>", page, flags=re.S):
        root = ElementTree.fromstring(svg)  # each chart is well-formed XML on its own
        assert root.findall(".//{http://www.w3.org/2000/svg}rect")


def test_html_escapes_what_buyers_and_models_wrote(good: SuiteReport) -> None:
    from disputedraft.evals.render_html import render_html

    run_ = good.cases[1].runs[0]
    hostile = good.model_copy(deep=True)
    hostile.cases[1].runs[0] = run_.model_copy(update={"passed": False, "message": "<script>alert(1)</script>"})
    page = render_html(hostile)
    assert "<script>" not in page
    assert "&lt;script&gt;" in page


def test_diff_names_what_got_better_and_worse(
    good: SuiteReport, bad: SuiteReport, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    diff = diff_reports(good, bad)
    assert sorted(c.id for c in diff.worse) == ["en-lost", "en-transit"]
    assert diff.better == []
    assert diff.regressed
    transit = next(c for c in diff.worse if c.id == "en-transit")
    assert transit.before == "2/2"
    assert transit.after == "0/2"
    assert any(d.startswith("hard_checks: 100.0% → 0.0%") for d in transit.details)
    assert next(m for m in diff.metrics if m.name == "pass rate").direction == "worse"
    assert "pass_rate: pass → FAIL" in diff.gates
    text = render_diff(diff, "a", "b")
    assert "## Worse (2)" in text
    assert "WORSE" in text
    back = diff_reports(bad, good)
    assert sorted(c.id for c in back.better) == ["en-lost", "en-transit"]
    assert not back.worse

    write_reports(good, tmp_path / "a")
    write_reports(bad, tmp_path / "b")
    assert main(["eval", "diff", str(tmp_path / "a"), str(tmp_path / "b" / "report.json")]) == 0
    assert "## Worse (2)" in capsys.readouterr().out
    assert main(["eval", "diff", str(tmp_path / "a"), str(tmp_path / "b"), "--fail-on-regression"]) == 1
    assert main(["eval", "diff", str(tmp_path / "b"), str(tmp_path / "a"), "--fail-on-regression"]) == 0
    assert main(["eval", "diff", str(tmp_path / "a"), str(tmp_path / "nope.json")]) == 2
    assert load_report(tmp_path / "a" / "report.json") == good


def test_eval_command_exit_codes_with_the_test_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DISPUTEDRAFT_FAKE_MODEL", "test")
    root = tmp_path / "evals"
    write_cases(root / "cases")
    common = ["eval", "--evals-dir", str(root), "--report", str(tmp_path / "r"), "--no-judge", "--no-checker"]
    assert main([*common, "--live"]) == 0
    assert (tmp_path / "r" / "summary.md").exists()
    assert "eval PASS" in capsys.readouterr().out

    wrong = {"en-wrong": {**CASES["en-transit"], "expect": {"remedy": "offer_reshipment", "status": "ready"}}}
    write_cases(root / "cases", wrong)
    assert main([*common, "--live"]) == 1  # the remedy gate fails
    assert "failed gates: remedy_accuracy" in capsys.readouterr().out
    assert main([*common, "--live", "--only", "en-transit", "en-lost"]) == 0

    assert main([*common, "--record"]) == 2  # record needs --live
    assert main([*common, "--live", "--record"]) == 2  # a fake model has no HTTP to record
    assert "cannot record cassettes of 'test'" in capsys.readouterr().err
    assert main([*common, "--refresh"]) == 2  # so does a refresh
    assert main([*common, "--live", "--record", "--refresh"]) == 2
    assert "--refresh: not with --record" in capsys.readouterr().err
    assert main([*common, "--live", "--only", "ghost"]) == 2
    assert main([*common, "--live", "--config", str(tmp_path / "missing.yaml")]) == 2
    # The checker's labelled drafts are wanted by default; without them the suite cannot pass.
    assert (
        main(
            [
                "eval",
                "--evals-dir",
                str(root),
                "--report",
                str(tmp_path / "r"),
                "--no-judge",
                "--live",
                "--only",
                "en-lost",
            ]
        )
        == 1
    )
