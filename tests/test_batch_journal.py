"""The output file as a journal: record heads, torn tails, damage, locking, --retry-errors rewrite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from disputedraft.batch.journal import Journal, OutputFileError
from disputedraft.batch.records import error_line, is_complete_record, read_head


def rec(key: str, status: str = "ready") -> bytes:
    if status == "error":
        return error_line(key, "boom", "line:1")
    return (
        json.dumps({"id": key, "status": status, "draft": {"dispute_id": key}}, separators=(",", ":")) + "\n"
    ).encode()


def test_read_head_fast_path_and_fallback() -> None:
    assert read_head(error_line('we"ird\\id', "x", "line:3")) == ('we"ird\\id', "error")
    assert read_head(b'{"status": "ready", "id": "A"}\n') == ("A", "ready")  # not our layout: full decode
    assert read_head(b"garbage\n") is None
    assert read_head(b'{"id": 5, "status": "ready"}\n') is None
    assert is_complete_record(rec("A"))
    assert not is_complete_record(rec("A")[:-5])


def test_resume_returns_done_ids_and_error_ids(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(rec("A") + rec("B", "error") + rec("C", "needs_review"))
    journal = Journal.open(out)
    try:
        state = journal.resume()
    finally:
        journal.close()
    assert state.done == {"A", "B", "C"}
    assert state.error_keys == {"B"}
    assert state.records == 3
    assert state.torn_bytes == 0


@pytest.mark.parametrize(
    "tail", [b'{"id":"D","status":"ready","dra', b'{"id":"D","sta', b"\x00\x00\x00", b"{broken}\n"]
)
def test_a_torn_last_line_is_cut_off(tmp_path: Path, tail: bytes) -> None:
    out = tmp_path / "out.jsonl"
    good = rec("A") + rec("B")
    out.write_bytes(good + tail)
    journal = Journal.open(out)
    state = journal.resume()
    journal.write(rec("D"))
    journal.close()
    assert state.done == {"A", "B"}
    assert state.torn_bytes == len(tail)
    assert out.read_bytes() == good + rec("D")  # the next record starts on a clean line


def test_damage_before_the_last_line_is_refused_not_truncated(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    content = rec("A") + b"not a record\n" + rec("B")
    out.write_bytes(content)
    journal = Journal.open(out)
    try:
        with pytest.raises(OutputFileError, match="damaged record at byte"):
            journal.resume()
    finally:
        journal.close()
    assert out.read_bytes() == content  # nothing was cut


def test_a_second_run_on_the_same_output_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    first = Journal.open(out)
    try:
        with pytest.raises(OutputFileError, match="another batch run"):
            Journal.open(out)
    finally:
        first.close()
    Journal.open(out).close()  # released on close


def test_drop_errors_rewrites_atomically_and_keeps_the_rest(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(rec("A") + rec("B", "error") + rec("C") + rec("line:7", "error"))
    inode = out.stat().st_ino
    journal = Journal.open(out)
    state = journal.resume(drop_errors=True)
    journal.write(rec("B"))  # appends go to the new file
    with pytest.raises(OutputFileError):  # and the new file is locked while the run goes on
        Journal.open(out)
    journal.close()
    assert state.dropped_errors == 2
    assert state.done == {"A", "C"}
    assert out.read_bytes() == rec("A") + rec("C") + rec("B")
    assert out.stat().st_ino != inode  # replaced, not edited in place
    assert not list(tmp_path.glob(".*.tmp"))


def test_fsync_policies_write_the_same_bytes(tmp_path: Path) -> None:
    for policy in ("always", "interval", "end"):
        out = tmp_path / f"{policy}.jsonl"
        journal = Journal.open(out, policy)
        journal.write(rec("A"))
        journal.write(rec("B"))
        journal.close()
        assert out.read_bytes() == rec("A") + rec("B")
