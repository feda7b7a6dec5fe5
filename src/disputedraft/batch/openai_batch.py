"""Driving the OpenAI Batch API: upload request files, create batches, poll, download results.

Thin calls over the openai SDK (files.create purpose=batch, batches.create/retrieve,
files.content streamed to disk). The SDK's own retries (2, with backoff) are kept for these
few control-plane calls: they are idempotent reads, or uploads a person reruns by hand.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openai
from openai.types import Batch

from disputedraft.batch.wire import CHAT_URL
from disputedraft.errors import DisputeDraftError

TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})
# A batch that ended early still has partial output worth collecting.
COLLECTABLE = frozenset({"completed", "expired", "cancelled"})


class BatchApiError(DisputeDraftError):
    """The Batch API refused a call, or a batch is not (or no longer) collectable."""


def client(base_url: str | None = None, api_key: str | None = None) -> openai.OpenAI:
    key = api_key or os.environ.get("OPENAI_API_KEY")
    if not key:
        raise BatchApiError("the Batch API needs OPENAI_API_KEY")
    return openai.OpenAI(base_url=base_url or os.environ.get("OPENAI_BASE_URL") or None, api_key=key)


def _call(what: str, fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except openai.APIStatusError as exc:
        raise BatchApiError(f"{what}: HTTP {exc.status_code}: {exc.message}") from None
    except openai.APIConnectionError as exc:
        raise BatchApiError(f"{what}: {exc.message}") from None


def submit(api: openai.OpenAI, path: Path, metadata: dict[str, str] | None = None) -> Batch:
    with path.open("rb") as f:
        uploaded = _call(f"upload {path}", lambda: api.files.create(file=f, purpose="batch"))
    batch: Batch = _call(
        "create batch",
        lambda: api.batches.create(
            input_file_id=uploaded.id,
            endpoint=CHAT_URL,
            completion_window="24h",
            metadata={"source": "disputedraft", "file": path.name, **(metadata or {})},
        ),
    )
    return batch


def status(api: openai.OpenAI, batch_id: str) -> Batch:
    batch: Batch = _call(f"retrieve {batch_id}", lambda: api.batches.retrieve(batch_id))
    return batch


def wait(
    api: openai.OpenAI,
    batch_id: str,
    poll: float,
    on_poll: Callable[[Batch], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Batch:
    while True:
        batch = status(api, batch_id)
        if on_poll:
            on_poll(batch)
        if batch.status in TERMINAL:
            return batch
        sleep(poll)


def describe(batch: Batch) -> dict[str, Any]:
    counts = batch.request_counts
    return {
        "id": batch.id,
        "status": batch.status,
        "input_file_id": batch.input_file_id,
        "output_file_id": batch.output_file_id,
        "error_file_id": batch.error_file_id,
        "request_counts": counts.model_dump() if counts else None,
        "errors": [e.model_dump() for e in batch.errors.data or []] if batch.errors else [],
        "created_at": batch.created_at,
        "completed_at": batch.completed_at,
    }


def _stream_to(api: openai.OpenAI, file_id: str, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with api.files.with_streaming_response.content(file_id) as response:
            response.stream_to_file(tmp)
    except openai.APIStatusError as exc:
        raise BatchApiError(f"download {file_id}: HTTP {exc.status_code}: {exc.message}") from None
    except openai.APIConnectionError as exc:
        raise BatchApiError(f"download {file_id}: {exc.message}") from None
    os.replace(tmp, path)  # a half download never looks like a result file


def download(api: openai.OpenAI, batch_id: str, directory: Path) -> list[Path]:
    """The batch's output and error files, streamed to disk (never whole in memory)."""
    batch = status(api, batch_id)
    if batch.status not in COLLECTABLE:
        raise BatchApiError(
            f"batch {batch_id} is {batch.status}: nothing to collect yet"
            if batch.status not in TERMINAL
            else f"batch {batch_id} {batch.status}"
        )
    paths = []
    for kind, file_id in (("output", batch.output_file_id), ("errors", batch.error_file_id)):
        if not file_id:
            continue
        path = directory / f"{batch_id}.{kind}.jsonl"
        _stream_to(api, file_id, path)
        paths.append(path)
    if not paths:
        raise BatchApiError(f"batch {batch_id} ({batch.status}) has no output file")
    return paths
