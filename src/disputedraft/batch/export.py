"""`batch export`: the first-attempt chat request of every dispute, as OpenAI Batch API lines.

    {"custom_id": <dispute id>, "method": "POST", "url": "/v1/chat/completions", "body": {...}}

The body is the very request the drafting service would send first: it is captured by running
the service against a model that records the request and stops (no prompt logic is copied
here). `vllm run-batch` reads the same format.

What is not exported, and why: disputes the handbook sends to a person (human_review) need
no model, and invalid or duplicate entries cannot be drafted; `batch collect` reads the same
queue and writes their records itself, so DRAFTS.jsonl still gets one line per dispute.

Files are capped at OpenAI's 50,000 requests each (requests.jsonl, requests.part2.jsonl, ...)
and each appears only when complete (temp file, then os.replace).
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from disputedraft.batch.source import classify, open_queue
from disputedraft.batch.wire import CHAT_URL, request_body
from disputedraft.drafting import DraftingService
from disputedraft.errors import InvalidInput
from disputedraft.llm.types import ChatRequest, ChatResult
from disputedraft.loading import dispute_from_obj

MAX_REQUESTS_PER_FILE = 50_000  # OpenAI Batch API limit per input file


class _Captured(Exception):  # a control-flow signal: the request is what we came for
    def __init__(self, request: ChatRequest) -> None:
        self.request = request


class CaptureModel:
    """Records the first request the service makes, then stops the service right there."""

    def __init__(self, name: str) -> None:
        self._name = name

    @property
    def name(self) -> str:
        return self._name

    async def complete(self, request: ChatRequest) -> ChatResult:
        raise _Captured(request)

    async def aclose(self) -> None:
        return None


async def first_request(service: DraftingService, obj: dict[str, Any], source: str) -> ChatRequest | None:
    """The service's first model request for this dispute; None when it needs no model."""
    dispute = dispute_from_obj(obj, source)
    try:
        await service.draft_or_raise(dispute)
    except _Captured as captured:
        return captured.request
    return None  # human_review: decided without a model


@dataclass
class ExportReport:
    files: list[str] = field(default_factory=list)
    requests: int = 0
    human_review: int = 0
    invalid: int = 0
    duplicates: int = 0

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _part_path(out: Path, part: int) -> Path:
    return out if part == 1 else out.with_name(f"{out.stem}.part{part}{out.suffix}")


class _Parts:
    """Rolls over to a new file every `per_file` lines; each file is renamed into place when full."""

    def __init__(self, out: Path, per_file: int) -> None:
        self._out = out
        self._per_file = per_file
        self._part = 0
        self._lines = 0
        self._file: IO[bytes] | None = None
        self._tmp: Path | None = None
        self.done: list[str] = []

    def write(self, line: bytes) -> None:
        if self._file is None or self._lines >= self._per_file:
            self._finish()
            self._part += 1
            final = _part_path(self._out, self._part)
            self._tmp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
            self._file = self._tmp.open("wb")
            self._lines = 0
        self._file.write(line)
        self._lines += 1

    def _finish(self) -> None:
        if self._file is None or self._tmp is None:
            return
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        final = _part_path(self._out, self._part)
        os.replace(self._tmp, final)
        self.done.append(str(final))
        self._file = None

    def close(self, ok: bool) -> None:
        if ok:
            self._finish()
        elif self._file is not None and self._tmp is not None:
            self._file.close()
            with contextlib.suppress(FileNotFoundError):
                self._tmp.unlink()


async def export(
    queue: str, out: Path, model: str, service: DraftingService | None = None, per_file: int = MAX_REQUESTS_PER_FILE
) -> ExportReport:
    service = service or DraftingService()
    service = DraftingService(
        model=CaptureModel(model),
        policy=service.policy,
        max_attempts=1,
        temperature=service.temperature,
        max_tokens=service.max_tokens,
        prompts=service.prompts,
    )
    report = ExportReport()
    seen: set[str] = set()  # custom_id must be unique within a batch
    parts = _Parts(out, per_file)
    reader = open_queue(queue)
    ok = False
    try:
        for raw in reader:
            item = classify(raw)
            if item.key in seen:
                report.duplicates += 1
                continue
            seen.add(item.key)
            if item.obj is None:
                report.invalid += 1
                continue
            try:
                request = await first_request(service, item.obj, item.source)
            except InvalidInput:
                report.invalid += 1
                continue
            if request is None:
                report.human_review += 1
                continue
            line = {"custom_id": item.key, "method": "POST", "url": CHAT_URL, "body": request_body(request, model)}
            parts.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode() + b"\n")
            report.requests += 1
        ok = True
    finally:
        parts.close(ok)
        reader.close()
    report.files = parts.done  # empty when no dispute needs a model: collect alone writes the drafts
    return report
