"""`batch collect` on a recorded vLLM-style output file: parse, check, repair, same DRAFTS.jsonl.

`batch_fixtures/vllm_output.jsonl` holds real model answers (the embedded Qwen2.5-Coder-1.5B,
recorded by `batch_fixtures/record_vllm_output.py`) to the requests `batch export` wrote for
`batch_fixtures/collect_queue.jsonl`, in `vllm run-batch`'s output format.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from batch_fixtures.batchkit import FIXTURES, by_id
from disputedraft.batch.collect import CollectDrafter, ResultsIndex
from disputedraft.batch.runner import BatchOptions, BatchRun
from disputedraft.cli import main
from disputedraft.drafting import DraftingService
from disputedraft.llm.fake import FunctionModel, StaticModel, TestModel
from disputedraft.llm.types import ChatModel
from disputedraft.loading import dispute_from_obj

QUEUE = FIXTURES / "collect_queue.jsonl"
VLLM = FIXTURES / "vllm_output.jsonl"
DRAFTED = {"C-1", "C-2", "C-3", "C-5", "C-6"}  # the others: human_review, invalid, duplicate


def _recorded() -> dict[str, dict[str, Any]]:
    return {json.loads(line)["custom_id"]: json.loads(line) for line in VLLM.read_text().splitlines()}


def _queue_docs() -> dict[str, dict[str, Any]]:
    docs = [json.loads(line) for line in QUEUE.read_text().splitlines()]
    return {d["id"]: d for d in docs}


async def collect(
    results: list[Path], out: Path, live: ChatModel | None = None, *, attempts: int = 3, queue: Path = QUEUE
) -> dict[str, Any]:
    index = ResultsIndex(results)
    try:
        service = DraftingService(max_attempts=attempts if live is not None else 1)
        drafter = CollectDrafter(index, service, live, "fallback-name")
        options = BatchOptions(queue=str(queue), out=out, progress=io.StringIO(), live=False)
        return await BatchRun(options, drafter).run()
    finally:
        index.close()


def test_the_fixture_is_a_vllm_batch_output_for_the_exported_disputes() -> None:
    recorded = _recorded()
    assert set(recorded) == DRAFTED
    for line in recorded.values():
        assert line["id"].startswith("vllm-")
        assert line["error"] is None
        assert line["response"]["status_code"] == 200
        assert line["response"]["body"]["object"] == "chat.completion"


async def test_collect_without_repairs_writes_one_record_per_queue_entry(tmp_path: Path) -> None:
    out = tmp_path / "drafts.jsonl"
    summary = await collect([VLLM], out)
    got = by_id(out)
    assert set(got) == DRAFTED | {"C-4", "C-7", "line:8"}
    assert got["C-4"]["status"] == "human_review"
    assert got["C-7"]["status"] == "error"
    assert got["C-7"]["error"].startswith("invalid dispute")
    assert got["line:8"]["dispute_id"] == "C-1"
    recorded = _recorded()
    for key in DRAFTED:
        draft = got[key]["draft"]
        assert got[key]["status"] in ("ready", "needs_review", "error")
        assert draft["attempts"] == 1  # --no-repair: the engine's answer only
        body = recorded[key]["response"]["body"]
        # The model client names a llama.cpp answer (a GGUF path) by the model it was asked for.
        assert draft["model"] == ("fallback-name" if body["model"].startswith("/") else body["model"])
        assert draft["usage"]["prompt_tokens"] == body["usage"]["prompt_tokens"]
        assert draft["usage"]["completion_tokens"] == body["usage"]["completion_tokens"]
    assert summary["written"] == 8
    assert summary["concurrency"]["results_indexed"] == 5
    # The recorded 1.5B model did well on most, not all: both outcomes are exercised.
    assert {got[k]["status"] for k in DRAFTED} == {"ready", "needs_review"}


async def test_collect_gives_the_same_drafts_as_the_direct_path(tmp_path: Path) -> None:
    out = tmp_path / "drafts.jsonl"
    await collect([VLLM], out)
    got = by_id(out)
    docs = _queue_docs()
    for key, line in _recorded().items():
        content = line["response"]["body"]["choices"][0]["message"]["content"]
        direct = await DraftingService(model=StaticModel(content), max_attempts=1).draft(dispute_from_obj(docs[key]))
        collected = got[key]["draft"]
        for field in (
            "status",
            "message",
            "parts",
            "violations",
            "language",
            "remedy",
            "decision",
            "error",
            "template_hash",
        ):
            assert collected[field] == direct.model_dump(mode="json")[field], (key, field)


async def test_failing_drafts_are_repaired_with_the_live_model(tmp_path: Path) -> None:
    recorded = _recorded()
    bad = recorded["C-1"]
    reply = json.loads(bad["response"]["body"]["choices"][0]["message"]["content"])
    reply["greeting"] = "Hello John! Email us at help@example.com and we refund you in full."  # two hard rules
    bad["response"]["body"]["choices"][0]["message"]["content"] = json.dumps(reply)
    results = tmp_path / "results.jsonl"
    results.write_text("".join(json.dumps(line) + "\n" for line in recorded.values()))

    without = tmp_path / "no_repair.jsonl"
    await collect([results], without)
    unrepaired = by_id(without)["C-1"]
    assert unrepaired["status"] == "needs_review"
    broken = {v["check"] for v in unrepaired["draft"]["violations"] if v["hard"]}

    live = FunctionModel(TestModel._reply)
    out = tmp_path / "drafts.jsonl"
    await collect([results], out, live)
    c1 = by_id(out)["C-1"]
    assert c1["status"] == "ready"
    assert c1["draft"]["attempts"] == 2
    assert live.requests
    assert all(r.seed is not None and r.seed >= 2 for r in live.requests)  # repairs only, never a first call
    # The repair is of the engine's reply: its violations are what the live model is told to fix.
    # Other results are repaired alongside, in whatever order their checks finish.
    assert broken
    repair = next(r for r in live.requests if r.decision is not None and r.decision.dispute_id == "C-1")
    assert all(check in repair.messages[-1]["content"] for check in broken)


async def test_missing_and_failed_results_become_retryable_error_records(tmp_path: Path) -> None:
    lines = [line for key, line in _recorded().items() if key not in ("C-5", "C-6")]
    results = tmp_path / "output.jsonl"
    results.write_text("".join(json.dumps(line) + "\n" for line in lines))
    errors = tmp_path / "errors.jsonl"  # OpenAI's error file shapes: no response, or a non-200 one
    errors.write_text(
        json.dumps(
            {
                "id": "batch_req_1",
                "custom_id": "C-5",
                "response": None,
                "error": {
                    "code": "batch_expired",
                    "message": "This request could not be executed before the completion window expired.",
                },
            }
        )
        + "\n"
        + json.dumps(
            {
                "id": "batch_req_2",
                "custom_id": "C-2",
                "response": {"status_code": 500, "request_id": "req_x", "body": {"error": {"message": "server error"}}},
                "error": None,
            }
        )
        + "\n"
    )
    out = tmp_path / "drafts.jsonl"
    summary = await collect([results, errors], out)
    got = by_id(out)
    assert got["C-6"]["error"] == "no result for this dispute in the batch output"
    assert got["C-6"]["retryable"]
    assert got["C-5"]["error"].startswith("batch engine failed this request: This request could not")
    assert got["C-2"]["status"] != "error"  # a success in the output file wins over a failure elsewhere
    assert summary["by_status"]["error"] == 4  # C-5, C-6, the invalid C-7 and the duplicate


async def test_collect_resumes_like_the_direct_path(tmp_path: Path) -> None:
    out = tmp_path / "drafts.jsonl"
    await collect([VLLM], out)
    before = out.read_bytes()
    again = await collect([VLLM], out)
    assert again["written"] == 0
    assert again["skipped_already_done"] == 8
    assert out.read_bytes() == before


def test_cli_collect(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "drafts.jsonl"
    code = main(
        [
            "batch",
            "collect",
            str(QUEUE),
            "--results",
            str(VLLM),
            "--out",
            str(out),
            "--no-repair",
            "--summary-json",
            "-",
            "--progress",
            "none",
        ]
    )
    summary = json.loads(capsys.readouterr().out)
    assert code == 3  # the invalid line and the duplicate are error records
    assert summary["written"] == 8
    assert set(by_id(out)) == DRAFTED | {"C-4", "C-7", "line:8"}
