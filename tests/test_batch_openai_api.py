"""`batch submit|status|collect --batch-id` against the OpenAI Batch API, replayed from cassettes.

The cassettes in batch_fixtures/cassettes/ are HAND-WRITTEN fixtures in vcrpy's format with the
real API's response shapes (see batch_fixtures/make_openai_cassettes.py); replay only
(record_mode "none"): a request they do not hold fails the test instead of reaching the network.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import vcr  # type: ignore[import-untyped]

from batch_fixtures.batchkit import FIXTURES, by_id, english, write_queue
from disputedraft.cli import main

CASSETTES = FIXTURES / "cassettes"
BATCH_ID = "batch_6745f2d5c0e88190a9b1e4c7d2f3a6b8"


@pytest.fixture(autouse=True)
def _api_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key")
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.delenv("DISPUTEDRAFT_FAKE_MODEL", raising=False)


@contextmanager
def replay(name: str) -> Iterator[list[Any]]:
    """Replays a cassette; yields the requests the code really sent (bodies included)."""
    sent: list[Any] = []
    armed = False  # vcrpy also passes the cassette's own requests through the hook as it loads them

    def seen(request: Any) -> Any:
        # ...and filters each live request more than once (to match it, then to play it): keep one copy.
        if armed and not any((r.method, r.uri, r.body) == (request.method, request.uri, request.body) for r in sent):
            sent.append(request)
        return request

    recorder = vcr.VCR(
        record_mode="none",
        match_on=["method", "scheme", "host", "port", "path", "query"],
        filter_headers=["authorization"],
        before_record_request=seen,
    )
    with recorder.use_cassette(str(CASSETTES / name), allow_playback_repeats=False) as cassette:
        armed = True
        yield sent
    assert cassette.all_played, f"{name}: not every recorded request was made"


def test_submit_uploads_the_file_then_creates_the_batch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    queue = write_queue(tmp_path / "q.jsonl", [english(1), english(2)])
    requests = tmp_path / "requests.jsonl"
    assert main(["batch", "export", str(queue), "--out", str(requests), "--model", "gpt-4o-mini"]) == 0
    capsys.readouterr()
    with replay("openai_batch_submit.yaml") as sent:
        assert main(["batch", "submit", str(requests)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown[0]["id"] == BATCH_ID
    assert shown[0]["status"] == "validating"
    upload, create = sent
    assert upload.path == "/v1/files"
    assert b'name="purpose"' in upload.body
    assert b"batch" in upload.body
    assert requests.read_bytes() in upload.body  # the exported lines, byte for byte
    sent = json.loads(create.body)
    assert sent["input_file_id"] == "file-Xq8kz2Lr5N4bT1vW9yC3pD"
    assert sent["endpoint"] == "/v1/chat/completions"
    assert sent["completion_window"] == "24h"
    assert sent["metadata"]["source"] == "disputedraft"


def test_status_and_wait(capsys: pytest.CaptureFixture[str]) -> None:
    with replay("openai_batch_status.yaml"):
        assert main(["batch", "status", BATCH_ID, "--wait", "--poll", "0"]) == 0
    captured = capsys.readouterr()
    final = json.loads(captured.out)[0]
    assert final["status"] == "completed"
    assert final["request_counts"] == {"total": 5, "completed": 4, "failed": 1}
    assert final["output_file_id"]
    assert final["error_file_id"]
    assert "in_progress 2/5" in captured.err
    assert "finalizing 5/5" in captured.err


def test_collect_by_batch_id_downloads_output_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "drafts.jsonl"
    with replay("openai_batch_collect.yaml"):
        code = main(
            [
                "batch",
                "collect",
                str(FIXTURES / "collect_queue.jsonl"),
                "--batch-id",
                BATCH_ID,
                "--out",
                str(out),
                "--no-repair",
                "--progress",
                "none",
            ]
        )
    assert code == 3
    assert (tmp_path / f"{BATCH_ID}.output.jsonl").exists()
    assert (tmp_path / f"{BATCH_ID}.errors.jsonl").exists()
    got = by_id(out)
    assert set(got) == {"C-1", "C-2", "C-3", "C-4", "C-5", "C-6", "C-7", "line:8"}
    assert got["C-6"]["error"].startswith("batch engine answered HTTP 400: Invalid 'messages[1].content'")
    assert got["C-6"]["retryable"] is False
    for key in ("C-1", "C-2", "C-3", "C-5"):
        assert got[key]["draft"]["model"] == "gpt-4o-mini-2024-07-18"
    assert "downloaded:" in capsys.readouterr().err


def test_collect_refuses_a_batch_that_has_not_finished(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with replay("openai_batch_not_ready.yaml"):
        code = main(
            [
                "batch",
                "collect",
                str(FIXTURES / "collect_queue.jsonl"),
                "--batch-id",
                BATCH_ID,
                "--out",
                str(tmp_path / "d.jsonl"),
                "--no-repair",
            ]
        )
    assert code == 2
    assert "is in_progress: nothing to collect yet" in capsys.readouterr().err
