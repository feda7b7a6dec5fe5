"""`disputedraft decide` and `policy` as a user runs them: real subprocesses, exit codes, stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from builders import doc


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "disputedraft", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_decide_prints_the_decision(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_text(json.dumps(doc()))
    out = run("decide", str(path))
    assert out.returncode == 0, out.stderr
    decision = json.loads(out.stdout)
    assert decision["remedy"] == "extend_delivery_time"
    for key in ("rule", "reasons", "required_points", "forbidden", "seller_actions"):
        assert decision[key]


def test_decide_reads_stdin() -> None:
    out = run("decide", "-", stdin=json.dumps(doc(shipment={"status": "delivered"})))
    assert out.returncode == 0
    assert json.loads(out.stdout)["remedy"] == "human_review"


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ('{"id": "x", "reason": "lost", "stage": "open"}', "reason: 'lost' is not one of"),
        ('{"reason": "not_received", "stage": "open"}', "id: required field is missing"),
        (
            '{"id": "x", "reason": "not_received", "stage": "open", "shipment": {"stauts": "lost"}}',
            "shipment.stauts: unknown field",
        ),
        (
            '{"id": "x", "reason": "not_received", "stage": "open", "order": {"id": "1", "total": "abc", '
            '"currency": "USD"}}',
            "order.total:",
        ),
        (
            '{"id": "x", "reason": "not_received", "stage": "open", "problem": "damaged"}',
            "'problem' only applies when reason is 'not_as_described'",
        ),
        ('{"id": "x", ', "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
    ],
)
def test_bad_input_is_one_clear_line_per_problem(document: str, expected: str) -> None:
    out = run("decide", "-", stdin=document)
    assert out.returncode == 2
    assert expected in out.stderr
    assert "Traceback" not in out.stderr
    assert out.stdout == ""


def test_missing_file() -> None:
    out = run("decide", "/nonexistent/d.json")
    assert out.returncode == 2
    assert "file not found" in out.stderr


def test_unknown_top_level_field_is_a_warning(tmp_path: Path) -> None:
    out = run("decide", "-", stdin=json.dumps({**doc(), "stauts": "x"}))
    assert out.returncode == 0
    assert "unknown top-level field 'stauts'" in out.stderr


def test_policy_lint_and_show() -> None:
    lint = run("policy", "lint")
    assert lint.returncode == 0
    assert "policy OK" in lint.stdout
    show = run("policy", "show")
    assert "open_in_transit -> extend_delivery_time" in show.stdout
    shown = json.loads(run("policy", "show", "--json").stdout)
    assert "human_review" in shown["remedies"]
