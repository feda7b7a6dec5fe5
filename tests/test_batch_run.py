"""The direct batch path in process: streaming, error records, resume, torn lines, retries, 429s."""

from __future__ import annotations

import asyncio
import io
import json
import os
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from batch_fixtures.batchkit import HUMAN, by_id, english, records, run, write_queue
from disputedraft.batch.limiter import AdaptiveLimiter
from disputedraft.errors import ModelError, PolicyError
from disputedraft.llm.fake import FunctionModel, TestModel
from disputedraft.llm.types import ChatRequest


def _id_of(request: ChatRequest) -> str:
    assert request.decision is not None
    return request.decision.dispute_id


async def test_each_dispute_gets_one_line_and_bad_input_becomes_error_records(tmp_path: Path) -> None:
    queue = write_queue(
        tmp_path / "q.jsonl",
        [
            english(1),
            "{not json",
            "",  # blank lines are skipped, not errors
            "[1, 2]",
            {k: v for k, v in english(2).items() if k != "id"},  # no id: named by its line
            english("BAD", reason="lost_in_space"),  # invalid, but its id is known
            english(3, **HUMAN),
            english(1),  # duplicate id
            english(4),
        ],
    )
    out = tmp_path / "out.jsonl"
    summary = await run(queue, out, TestModel())
    got = by_id(out)
    assert set(got) == {"D-0001", "line:2", "line:4", "line:5", "BAD", "D-0003", "line:8", "D-0004"}
    assert got["D-0001"]["status"] == "ready"
    assert got["D-0001"]["draft"]["dispute_id"] == "D-0001"
    assert got["D-0003"]["status"] == "human_review"
    assert got["line:2"] == {"id": "line:2", "status": "error", "source": "line:2", "error": got["line:2"]["error"]}
    assert "not valid JSON" in got["line:2"]["error"]
    assert "expected a JSON object" in got["line:4"]["error"]
    assert "id: required field is missing" in got["line:5"]["error"]
    assert got["BAD"]["error"].startswith("invalid dispute: reason:")
    assert got["BAD"]["source"] == "line:6"
    assert got["line:8"]["dispute_id"] == "D-0001"
    assert "duplicate id" in got["line:8"]["error"]
    assert summary["by_status"] == {"ready": 2, "needs_review": 0, "human_review": 1, "error": 5}
    assert summary["duplicates"] == 1
    assert summary["tokens"]["model_calls"] == 2


async def test_the_queue_is_streamed_not_read_whole(tmp_path: Path) -> None:
    """Through a FIFO: records must appear before the writer has even finished the queue."""
    fifo = tmp_path / "q.fifo"
    os.mkfifo(fifo)
    out = tmp_path / "out.jsonl"
    seen_before_end: list[int] = []

    def feed() -> None:
        with fifo.open("w") as f:
            for i in range(5):
                f.write(json.dumps(english(i)) + "\n")
            f.flush()
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and (not out.exists() or out.read_text().count("\n") < 5):
                time.sleep(0.01)
            seen_before_end.append(out.read_text().count("\n"))
            for i in range(5, 10):
                f.write(json.dumps(english(i)) + "\n")

    writer = threading.Thread(target=feed)
    writer.start()
    summary = await run(fifo, out, TestModel())
    writer.join()
    assert seen_before_end == [5]
    assert summary["written"] == 10
    assert len(by_id(out)) == 10


async def test_in_flight_calls_stay_within_the_concurrency(tmp_path: Path) -> None:
    active = peak = 0

    async def slow(request: ChatRequest) -> str:
        nonlocal active, peak
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.01)
        active -= 1
        return TestModel._reply(request)

    queue = write_queue(tmp_path / "q.jsonl", [english(i) for i in range(60)])
    summary = await run(queue, tmp_path / "out.jsonl", FunctionModel(slow), concurrency=5)
    assert summary["by_status"]["ready"] == 60
    assert peak == 5


async def test_a_rerun_resumes_and_drafts_each_dispute_exactly_once(tmp_path: Path) -> None:
    queue = write_queue(tmp_path / "q.jsonl", [english(i) for i in range(40)])
    out = tmp_path / "out.jsonl"
    stall = asyncio.Event()
    calls = 0

    async def stalls_after_15(request: ChatRequest) -> str:
        nonlocal calls
        calls += 1
        if calls > 15:
            await stall.wait()  # never set: the run is "killed" while these are in flight
        return TestModel._reply(request)

    first = asyncio.create_task(run(queue, out, FunctionModel(stalls_after_15), concurrency=4))
    while not out.exists() or len(records(out)) < 15:
        await asyncio.sleep(0.01)
    first.cancel()
    with pytest.raises(asyncio.CancelledError):
        await first
    done_before = set(by_id(out))
    assert len(done_before) == 15

    again = FunctionModel(TestModel._reply)
    summary = await run(queue, out, again)
    assert summary["skipped_already_done"] == 15
    assert summary["written"] == 25
    assert {_id_of(r) for r in again.requests}.isdisjoint(done_before)  # nothing drafted twice
    assert set(by_id(out)) == {f"D-{i:04d}" for i in range(40)}


async def test_a_torn_last_line_is_cut_and_its_dispute_redone(tmp_path: Path) -> None:
    queue = write_queue(tmp_path / "q.jsonl", [english(i) for i in range(6)])
    out = tmp_path / "out.jsonl"
    await run(write_queue(tmp_path / "first.jsonl", [english(i) for i in range(3)]), out, TestModel())
    whole = out.read_bytes()
    last = whole.splitlines(keepends=True)[-1]
    out.write_bytes(whole[: -len(last)] + last[: len(last) // 2])  # killed in the middle of a write
    summary = await run(queue, out, TestModel())
    assert summary["torn_bytes_cut"] == len(last) // 2
    assert summary["skipped_already_done"] == 2
    assert summary["written"] == 4
    assert set(by_id(out)) == {f"D-{i:04d}" for i in range(6)}
    assert all(r["status"] == "ready" for r in records(out))


async def test_retry_errors_redoes_only_the_error_records(tmp_path: Path) -> None:
    queue = write_queue(tmp_path / "q.jsonl", [english(i) for i in range(10)] + ["oops"])
    out = tmp_path / "out.jsonl"

    def flaky(request: ChatRequest) -> str:
        if _id_of(request) in {"D-0002", "D-0007"}:
            raise ModelError("model endpoint answered HTTP 400", retryable=False)
        return TestModel._reply(request)

    first = await run(queue, out, FunctionModel(flaky))
    assert first["by_status"]["error"] == 3  # two model failures and the bad line
    kept = {k: v for k, v in by_id(out).items() if v["status"] != "error"}
    assert by_id(out)["D-0002"]["retryable"] is False

    plain = FunctionModel(TestModel._reply)
    second = await run(queue, out, plain)
    assert second["written"] == 0
    assert plain.requests == []

    fixed = FunctionModel(TestModel._reply)
    third = await run(queue, out, fixed, retry_errors=True)
    assert third["error_records_dropped"] == 3
    assert sorted(_id_of(r) for r in fixed.requests) == ["D-0002", "D-0007"]
    after = by_id(out)
    assert after["D-0002"]["status"] == after["D-0007"]["status"] == "ready"
    assert after["line:11"]["status"] == "error"  # still bad input
    assert {k: after[k] for k in kept} == kept  # the other records are untouched
    assert len(after) == 11


async def test_a_directory_queue(tmp_path: Path) -> None:
    queue = tmp_path / "queue"
    queue.mkdir()
    for i in range(3):
        (queue / f"d{i}.json").write_text(json.dumps(english(i), indent=2))
    (queue / "broken.json").write_text("{")
    (queue / "notes.txt").write_text("not a dispute")
    (queue / ".hidden.json").write_text("{")
    out = tmp_path / "out.jsonl"
    summary = await run(queue, out, TestModel())
    got = by_id(out)
    assert set(got) == {"D-0000", "D-0001", "D-0002", "broken.json"}
    assert got["broken.json"]["source"] == "broken.json"
    assert summary["by_status"]["ready"] == 3


async def test_stdin_queue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = "".join(json.dumps(english(i)) + "\n" for i in range(4)) + "nope\n"

    class Stdin:
        buffer = io.BytesIO(lines.encode())

    monkeypatch.setattr("sys.stdin", Stdin())
    out = tmp_path / "out.jsonl"
    summary = await run("-", out, TestModel())
    assert summary["by_status"]["ready"] == 4
    assert summary["by_status"]["error"] == 1
    assert by_id(out)["line:5"]["status"] == "error"


async def test_adaptive_concurrency_backs_off_on_429s_and_recovers(tmp_path: Path) -> None:
    from test_batch_limiter import _status_error

    calls = 0

    async def overloaded_at_first(request: ChatRequest) -> str:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.002)
        if calls <= 30:
            raise _status_error(429)
        return TestModel._reply(request)

    queue = write_queue(tmp_path / "q.jsonl", [english(i) for i in range(200)])
    limiter = AdaptiveLimiter(16)
    summary = await run(
        queue, tmp_path / "out.jsonl", FunctionModel(overloaded_at_first), concurrency=16, limiter=limiter
    )
    conc: dict[str, Any] = summary["concurrency"]
    assert summary["by_status"]["ready"] == 200  # every 429 was retried, nothing lost
    assert conc["overloads"] == 30
    assert conc["retries"] == 30
    assert conc["decreases"] >= 1
    assert conc["lowest"] < 16
    assert conc["final"] > conc["lowest"]  # and climbed back once the endpoint coped


async def test_a_policy_error_stops_the_run_instead_of_failing_every_dispute(tmp_path: Path) -> None:
    def broken(request: ChatRequest) -> str:
        raise PolicyError("policies/lexicon/x.yaml", ["lexicon file not found"])

    queue = write_queue(tmp_path / "q.jsonl", [english(i) for i in range(20)])
    with pytest.raises(PolicyError):
        await run(queue, tmp_path / "out.jsonl", FunctionModel(broken))
    assert records(tmp_path / "out.jsonl") == []
