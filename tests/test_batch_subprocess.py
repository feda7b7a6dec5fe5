"""A real `python -m disputedraft batch` against the fake server, killed with SIGKILL mid-run.

The fake server (benchmarks/fake_openai_server.py) answers on loopback with a small latency
and injected 429s and 500s, so the run goes through the real HTTP client, the AIMD limiter and
the journal. After the kill a rerun with the same --out must leave each id exactly once.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from batch_fixtures.batchkit import ROOT, english, write_queue

N = 200


@pytest.fixture
def server() -> Iterator[str]:
    proc = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "fake_openai_server.py"),
            "--port",
            "0",
            "--latency-ms",
            "15",
            "--rate-429",
            "0.03",
            "--rate-500",
            "0.02",
            "--seed",
            "5",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    assert line.startswith("listening on http://127.0.0.1:"), line
    try:
        yield line.removeprefix("listening on ")
    finally:
        proc.terminate()
        proc.wait(10)


def _batch(queue: Path, out: Path, base_url: str, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "disputedraft",
        "batch",
        str(queue),
        "--out",
        str(out),
        "--base-url",
        base_url,
        "--model",
        "fake",
        "--concurrency",
        "8",
        "--progress",
        "none",
        *extra,
    ]


def _env() -> dict[str, str]:
    env = {**os.environ, "OPENAI_API_KEY": "sk-test", "DISPUTEDRAFT_RETRY_WAIT": "0"}
    env.pop("DISPUTEDRAFT_FAKE_MODEL", None)
    return env


def _lines(out: Path) -> int:
    return out.read_bytes().count(b"\n") if out.exists() else 0


def _kill_when(out: Path, proc: subprocess.Popen[bytes], at_least: int, group: bool = True) -> None:
    deadline = time.monotonic() + 60
    while _lines(out) < at_least:
        assert proc.poll() is None, "the batch finished before it could be killed: make it slower"
        assert time.monotonic() < deadline
        time.sleep(0.005)
    if group:
        os.killpg(proc.pid, signal.SIGKILL)  # the batch and any workers, as a crash would
    else:
        proc.kill()
    proc.wait(10)


def _exactly_once(out: Path, ids: set[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    for line in out.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)  # also proves there is no torn line left
        counts[record["id"]] += 1
        statuses[record["status"]] += 1
    assert set(counts) == ids
    assert max(counts.values()) == 1
    return statuses


@pytest.mark.parametrize("workers", ["1", "2"])
def test_kill_9_mid_run_then_rerun_leaves_each_id_exactly_once(tmp_path: Path, server: str, workers: str) -> None:
    queue = write_queue(tmp_path / "q.jsonl", [english(i) for i in range(N)])
    ids = {f"D-{i:04d}" for i in range(N)}
    out = tmp_path / "out.jsonl"
    cmd = _batch(queue, out, server, "--workers", workers)
    first = subprocess.Popen(cmd, env=_env(), start_new_session=True, stderr=subprocess.DEVNULL)
    _kill_when(out, first, 40)
    assert first.returncode == -signal.SIGKILL
    written_before = _lines(out)
    assert 40 <= written_before < N

    summary = tmp_path / "summary.json"
    rerun = subprocess.run(
        [*cmd, "--summary-json", str(summary)], env=_env(), capture_output=True, text=True, timeout=120, check=False
    )
    assert rerun.returncode in (0, 3), rerun.stderr
    report = json.loads(summary.read_text())
    assert report["skipped_already_done"] + report["written"] == N
    assert report["skipped_already_done"] >= written_before - 1  # at most the torn last line is redone
    statuses = _exactly_once(out, ids)
    assert statuses["ready"] + statuses["error"] == N
    assert report["concurrency"]["overloads"] > 0  # the 429s reached the limiter


def test_killing_only_the_parent_stops_its_workers(tmp_path: Path, server: str) -> None:
    queue = write_queue(tmp_path / "q.jsonl", [english(i) for i in range(N)])
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        _batch(queue, out, server, "--workers", "2"), env=_env(), start_new_session=True, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 30
    children: list[int] = []
    while len(children) < 2 and time.monotonic() < deadline:
        path = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
        children = [int(p) for p in path.read_text().split()] if path.exists() else []
        time.sleep(0.01)
    assert len(children) == 2
    _kill_when(out, proc, 20, group=False)
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{c}").exists() and "Z" not in _state(c) for c in children):
        assert time.monotonic() < deadline, "orphaned workers kept running"
        time.sleep(0.02)
    settled = _lines(out)
    time.sleep(0.3)
    assert _lines(out) == settled  # nobody writes to the output any more


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return "Z"
