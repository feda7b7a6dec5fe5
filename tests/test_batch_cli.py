"""`disputedraft batch` from the command line, with the env-selected zero-latency TestModel."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from batch_fixtures.batchkit import HUMAN, by_id, english, write_queue
from disputedraft.cli import main


@pytest.fixture(autouse=True)
def _fake_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPUTEDRAFT_FAKE_MODEL", "test")
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)


def test_run_writes_records_a_summary_and_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    queue = write_queue(tmp_path / "q.jsonl", [english(1), english(2, **HUMAN), "garbage"])
    out, summary = tmp_path / "out.jsonl", tmp_path / "summary.json"
    code = main(["batch", str(queue), "--out", str(out), "--summary-json", str(summary), "--progress", "log"])
    assert code == 3  # finished, with an error record
    got = json.loads(summary.read_text())
    assert got["by_status"] == {"ready": 1, "needs_review": 0, "human_review": 1, "error": 1}
    assert got["written"] == 3
    assert got["queue"] == str(queue)
    assert set(by_id(out)) == {"D-0001", "D-0002", "line:3"}
    err = capsys.readouterr().err
    assert "batch finished in" in err
    assert "ready 1" in err

    assert main(["batch", str(queue), "--out", str(out), "--summary-json", "-"]) == 0  # nothing new to do
    again = json.loads(capsys.readouterr().out)
    assert again["skipped_already_done"] == 3
    assert again["written"] == 0


def test_options_may_come_before_the_queue(tmp_path: Path) -> None:
    queue = write_queue(tmp_path / "q.jsonl", [english(1)])
    out = tmp_path / "out.jsonl"
    assert main(["batch", "--out", str(out), "--concurrency", "2", str(queue)]) == 0
    assert by_id(out)["D-0001"]["status"] == "ready"


def test_log_lines_when_not_a_terminal_and_a_live_line_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPUTEDRAFT_FAKE_LATENCY_MS", "30")  # long enough for a few progress ticks
    queue = write_queue(tmp_path / "q.jsonl", [english(i) for i in range(5)])
    main(["batch", str(queue), "--out", str(tmp_path / "a.jsonl"), "--progress", "live"])
    live = capsys.readouterr().err
    assert "\r5 done  ready 5  needs_review 0  human_review 0  error 0" in live
    assert "tokens" in live
    main(["batch", str(queue), "--out", str(tmp_path / "b.jsonl"), "--progress", "log", "--log-every", "0.01"])
    log = capsys.readouterr().err
    assert "\r" not in log
    assert "\nbatch: " in "\n" + log


def test_help_lists_both_modes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["batch", "--help"])
    text = capsys.readouterr().out
    assert "--retry-errors" in text
    assert "batch export QUEUE" in text
    assert "batch collect" in text
    with pytest.raises(SystemExit):
        main(["batch", "collect", "--help"])
    assert "--no-repair" in capsys.readouterr().out


def test_missing_queue_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "o.jsonl")]) == 2
    assert "queue file not found" in capsys.readouterr().err


def test_worker_processes_give_the_same_records(tmp_path: Path) -> None:
    """Two worker processes (the parent stays the only reader and writer) write what one process does."""
    queue = write_queue(tmp_path / "q.jsonl", [english(i) for i in range(30)] + [english(99, **HUMAN), "x"])
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["batch", str(queue), "--out", str(one)]) == 3
    summary = tmp_path / "s.json"
    assert main(["batch", str(queue), "--out", str(two), "--workers", "2", "--summary-json", str(summary)]) == 3

    def comparable(out: Path) -> dict[str, tuple[str, str | None]]:
        return {k: (r["status"], (r.get("draft") or {}).get("message")) for k, r in by_id(out).items()}

    assert comparable(one) == comparable(two)
    assert json.loads(summary.read_text())["concurrency"]["workers"] == 2


def test_the_phrasebook_fake_drafts_each_buyer_in_their_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # DISPUTEDRAFT_FAKE_MODEL=phrasebook: a batch of Spanish and French disputes, no endpoint,
    # each draft ready at its first attempt in the buyer's language (TestModel's English fails them).
    monkeypatch.setenv("DISPUTEDRAFT_FAKE_MODEL", "phrasebook")
    root = Path(__file__).resolve().parents[1] / "examples"
    docs = [json.loads((root / name).read_text()) for name in ("in_transit_es.json", "return_instructions_fr.json")]
    queue = write_queue(tmp_path / "q.jsonl", docs)
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(queue), "--out", str(out), "--progress", "none"]) == 0
    drafts = {r["draft"]["language"]: r["draft"] for r in by_id(out).values()}
    assert set(drafts) == {"es", "fr"}
    assert all((d["status"], d["attempts"], d["model"]) == ("ready", 1, "phrasebook") for d in drafts.values())


def test_an_unknown_fake_model_is_refused_before_anything_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DISPUTEDRAFT_FAKE_MODEL", "oracle")
    queue = write_queue(tmp_path / "q.jsonl", [english(1)])
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(queue), "--out", str(out), "--progress", "none"]) == 2
    assert not out.exists()
    err = capsys.readouterr().err
    assert "DISPUTEDRAFT_FAKE_MODEL: 'oracle' is not one of 'test', 'phrasebook'" in err
