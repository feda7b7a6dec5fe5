"""`batch export`: each line's body is exactly what the drafting service sends on the wire first."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx2
import openai
import pytest

from batch_fixtures.batchkit import HUMAN, english, write_queue
from disputedraft.batch.export import export
from disputedraft.cli import main
from disputedraft.drafting import DraftingService
from disputedraft.llm.openai_model import EndpointConfig, OpenAIChatModel
from disputedraft.llm.types import allow_model_requests
from disputedraft.loading import dispute_from_obj


async def _wire_body(dispute: dict[str, Any], model: str) -> dict[str, Any]:
    """The JSON body OpenAIChatModel really sends for the service's first attempt (a mock transport)."""
    sent: list[dict[str, Any]] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        sent.append(json.loads(request.content))
        return httpx2.Response(500, json={"error": {"message": "stop here"}})

    client = OpenAIChatModel(EndpointConfig(base_url="http://127.0.0.1:9/v1", model=model, structured="json_schema"))
    client._async = openai.AsyncOpenAI(
        base_url="http://127.0.0.1:9/v1",
        api_key="sk-test",
        max_retries=0,
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(answer)),
    )
    allow_model_requests(True)  # a mock transport: nothing leaves the process
    await DraftingService(model=client).draft(dispute_from_obj(dispute))
    return sent[0]


async def test_each_body_is_the_services_first_request_on_the_wire(tmp_path: Path) -> None:
    docs = [
        english(1),
        english(
            2,
            buyer={"name": "Maria", "language": "es"},
            messages=[{"author": "buyer", "text": "Hola, ¿dónde está mi pedido?"}],
        ),
    ]
    queue = write_queue(tmp_path / "q.jsonl", list(docs))
    out = tmp_path / "requests.jsonl"
    report = await export(str(queue), out, "gpt-4o-mini")
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert report.requests == 2
    assert report.files == [str(out)]
    for doc, line in zip(docs, lines, strict=True):
        assert line["custom_id"] == doc["id"]
        assert line["method"] == "POST"
        assert line["url"] == "/v1/chat/completions"
        assert line["body"] == await _wire_body(doc, "gpt-4o-mini")
        assert line["body"]["response_format"]["type"] == "json_schema"
        assert line["body"]["response_format"]["json_schema"]["strict"] is True
        assert line["body"]["seed"] == 1


async def test_what_needs_no_model_or_cannot_be_drafted_is_left_to_collect(tmp_path: Path) -> None:
    queue = write_queue(
        tmp_path / "q.jsonl", [english(1), english(2, **HUMAN), "nope", english(1), english("X", stage="sideways")]
    )
    out = tmp_path / "requests.jsonl"
    report = await export(str(queue), out, "m")
    assert report.as_dict() == {"files": [str(out)], "requests": 1, "human_review": 1, "invalid": 2, "duplicates": 1}
    assert [json.loads(line)["custom_id"] for line in out.read_text().splitlines()] == ["D-0001"]


async def test_files_are_split_at_the_per_file_limit_and_never_left_half_written(tmp_path: Path) -> None:
    queue = write_queue(tmp_path / "q.jsonl", [english(i) for i in range(5)])
    out = tmp_path / "requests.jsonl"
    report = await export(str(queue), out, "m", per_file=2)
    names = [Path(f).name for f in report.files]
    assert names == ["requests.jsonl", "requests.part2.jsonl", "requests.part3.jsonl"]
    assert [len(Path(f).read_text().splitlines()) for f in report.files] == [2, 2, 1]
    assert not list(tmp_path.glob(".*tmp"))


async def test_nothing_to_export_writes_no_file(tmp_path: Path) -> None:
    queue = write_queue(tmp_path / "q.jsonl", [english(1, **HUMAN)])
    report = await export(str(queue), tmp_path / "r.jsonl", "m")
    assert report.files == []
    assert report.human_review == 1
    assert not (tmp_path / "r.jsonl").exists()


def test_cli_export(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPUTEDRAFT_MODEL", "my-model")
    queue = write_queue(tmp_path / "q.jsonl", [english(1)])
    out = tmp_path / "r.jsonl"
    assert main(["batch", "export", str(queue), "--out", str(out)]) == 0
    assert json.loads(capsys.readouterr().out)["requests"] == 1
    assert json.loads(out.read_text())["body"]["model"] == "my-model"
