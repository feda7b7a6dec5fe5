"""`batch collect`: a batch engine's output -> parsed, checked, repaired drafts in DRAFTS.jsonl.

Reads the output of OpenAI's Batch API or `vllm run-batch` (the same line format):
    {"id": ..., "custom_id": <dispute id>, "response": {"status_code": 200, "body": <chat completion>},
     "error": null}

How, without copying the drafting logic: the queue is run through the same BatchRun as the
direct path (so resume, duplicates, error records and exactly-once are the same code), with
a drafting service whose model answers its *first* call from the engine's output
(`PrimedModel`) and any repair call from the configured live model. With `--no-repair` the
service gets one attempt: a reply that breaks a hard rule ends `needs_review` (one that is not
even in the reply format ends `error`, as it would on the direct path).

The output files are indexed (custom_id -> file offset, ~100 bytes per dispute) and each
result is read back when its dispute comes up in the queue, so the big bodies are never all
in memory. A dispute with no result line (the engine failed it, or the batch expired) becomes
an error record; `batch QUEUE --out DRAFTS.jsonl --retry-errors` then drafts it directly.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from disputedraft.batch.wire import chat_result
from disputedraft.batch.work import Outcome, WorkItem, draft_item
from disputedraft.drafting import DraftingService
from disputedraft.errors import DisputeDraftError, ModelError
from disputedraft.llm.retry import RETRYABLE_STATUS
from disputedraft.llm.types import ChatModel, ChatRequest, ChatResult

_CUSTOM_ID = re.compile(rb'"custom_id"\s*:\s*("(?:[^"\\]|\\.)*")')


class ResultsIndex:
    """custom_id -> (file, offset) over one or more engine output files."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self._files: list[IO[bytes]] = []
        self._where: dict[str, tuple[int, int]] = {}
        self.lines = 0
        for number, path in enumerate(paths):
            try:
                f = path.open("rb")
            except OSError as exc:
                raise DisputeDraftError(f"{path}: cannot read batch output: {exc.strerror or exc}") from None
            self._files.append(f)
            self._index(number, f)

    def _index(self, number: int, f: IO[bytes]) -> None:
        offset = 0
        for line in f:
            key = self._custom_id(line)
            # An id answered in two files (an output file and an error file, or a rerun of the
            # batch): a success wins over a failure; otherwise the later line.
            if key is not None and (key not in self._where or not self._ok(*self._where[key])):
                self._where[key] = (number, offset)
                self.lines += 1
            offset += len(line)

    @staticmethod
    def _custom_id(line: bytes) -> str | None:
        match = _CUSTOM_ID.search(line)  # the top-level key comes first in both engines' lines
        if match:
            value = json.loads(match.group(1))
            return value if isinstance(value, str) else None
        try:
            record = json.loads(line)
        except ValueError:
            return None
        value = record.get("custom_id") if isinstance(record, dict) else None
        return value if isinstance(value, str) else None

    def _ok(self, number: int, offset: int) -> bool:
        record = self._read(number, offset)
        response = record.get("response") or {}
        return not record.get("error") and response.get("status_code") == 200

    def _read(self, number: int, offset: int) -> dict[str, Any]:
        f = self._files[number]
        f.seek(offset)
        record: dict[str, Any] = json.loads(f.readline())
        return record

    def get(self, key: str) -> dict[str, Any] | None:
        where = self._where.get(key)
        return self._read(*where) if where else None

    def __len__(self) -> int:
        return len(self._where)

    def close(self) -> None:
        for f in self._files:
            f.close()


def result_from_record(record: dict[str, Any] | None, model: str) -> ChatResult:
    """The engine's answer to a first request, or the ModelError it amounts to."""
    if record is None:
        raise ModelError("no result for this dispute in the batch output", retryable=True)
    response = record.get("response") or {}
    error = record.get("error")
    status = response.get("status_code")
    if error or status != 200:
        detail: str | None = None
        if isinstance(error, dict):
            detail = error.get("message") or error.get("code")
        elif error:
            detail = str(error)
        body = response.get("body")
        if not detail and isinstance(body, dict) and isinstance(body.get("error"), dict):
            detail = body["error"].get("message")
        what = f"answered HTTP {status}" if status is not None else "failed this request"
        raise ModelError(
            f"batch engine {what}: {detail or 'no detail'}", retryable=status is None or status in RETRYABLE_STATUS
        )
    try:
        return chat_result(response["body"], model)
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"batch output line is not a chat completion: {exc}") from None


class PrimedModel:
    """First call: the engine's answer. Later calls (repairs): the live model, if any."""

    def __init__(self, first: dict[str, Any] | None, live: ChatModel | None, model: str) -> None:
        self._first: dict[str, Any] | None = first
        self._pending = True
        self._live = live
        self._model = model

    @property
    def name(self) -> str:
        return self._model

    async def complete(self, request: ChatRequest) -> ChatResult:
        if self._pending:
            self._pending = False
            return result_from_record(self._first, self._model)
        if self._live is None:
            raise ModelError("repairs need a live model")
        return await self._live.complete(request)

    async def aclose(self) -> None:
        return None


class CollectDrafter:
    """The Drafter BatchRun uses for collect: each dispute finished from its batch result."""

    def __init__(
        self, index: ResultsIndex, service: DraftingService, live: ChatModel | None, model: str, live_stats: Any = None
    ) -> None:
        self._index = index
        self._service = service
        self._live = live
        self._model = model
        self._live_stats = live_stats

    async def __call__(self, item: WorkItem) -> Outcome:
        primed = PrimedModel(self._index.get(item.key), self._live, self._model)
        return await draft_item(dataclasses.replace(self._service, model=primed), item)

    def stats(self) -> dict[str, Any]:
        stats: dict[str, Any] = {"results_indexed": len(self._index)}
        if callable(self._live_stats):
            stats.update(self._live_stats())
        return stats
