"""`disputedraft check DISPUTE_FILE MESSAGE_FILE`: JSON out, exit 0/1/2, never a traceback."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from checks_dev.support import DEV_DIR
from disputedraft.cli import main


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    doc = json.loads((DEV_DIR / "transit_en.json").read_text(encoding="utf-8"))
    dispute = tmp_path / "dispute.json"
    dispute.write_text(json.dumps(doc["dispute"]), encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(doc["good"][0], encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text(doc["good"][0].replace("Thank you for your patience.", "We will also refund you."), encoding="utf-8")
    return {"dispute": dispute, "good": good, "bad": bad}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_passing_message_exits_0_with_the_report(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", str(files["dispute"]), str(files["good"]))
    assert code == 0
    doc = json.loads(out)
    assert doc == {"passed": True, "language": "en", "remedy": "extend_delivery_time", "violations": []}


def test_a_failing_message_exits_1_and_lists_violations(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "check", str(files["dispute"]), str(files["bad"]))
    assert code == 1
    doc = json.loads(out)
    assert doc["passed"] is False
    assert {k: doc["violations"][0][k] for k in ("check", "hard")} == {"check": "no_unallowed_offer", "hard": True}
    assert "refund" in doc["violations"][0]["detail"]


def test_message_from_stdin_and_language_override(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(files["good"].read_text(encoding="utf-8")))
    code, out, _ = run(capsys, "check", str(files["dispute"]), "-", "--language", "de")
    assert code == 1
    doc = json.loads(out)
    assert doc["language"] == "de"
    assert [v["check"] for v in doc["violations"] if v["hard"]] == ["buyer_language"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.json", "GOOD"], "file not found"),
        (["BADJSON", "GOOD"], "not valid JSON"),
        (["INVALID", "GOOD"], "reason"),
        (["DISPUTE", "EMPTY"], "the message is empty"),
        (["-", "-"], "only one of"),
        (["DISPUTE", "GOOD", "--language", "e s"], "not a language tag"),
    ],
)
def test_bad_input_exits_2_with_a_clear_line(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    (tmp_path / "bad.json").write_text('{"id": "x",', encoding="utf-8")
    (tmp_path / "invalid.json").write_text('{"id": "x", "reason": "lost", "stage": "open"}', encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    names = {
        "GOOD": files["good"],
        "DISPUTE": files["dispute"],
        "BADJSON": tmp_path / "bad.json",
        "INVALID": tmp_path / "invalid.json",
        "EMPTY": tmp_path / "empty.txt",
    }
    argv = [str(names.get(a, a)) for a in args]
    code, out, err = run(capsys, "check", *argv)
    assert code == 2
    assert out == ""
    assert message in err
    assert "Traceback" not in err


def test_a_broken_lexicon_is_a_clear_error_not_a_traceback(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from disputedraft.resources import data_dir

    lexicon = tmp_path / "lexicon"
    shutil.copytree(data_dir("policies") / "lexicon", lexicon)
    path = lexicon / "conduct.yaml"
    text = path.read_text(encoding="utf-8")
    assert "\\buser error\\b" in text
    path.write_text(text.replace("\\buser error\\b", "\\buser error(\\b"), encoding="utf-8")
    monkeypatch.setenv("DISPUTEDRAFT_LEXICON_DIR", str(lexicon))
    code, _, err = run(capsys, "check", str(files["dispute"]), str(files["good"]))
    assert code == 2
    assert "conduct.yaml" in err
    assert "bad regex" in err
    assert "Traceback" not in err
