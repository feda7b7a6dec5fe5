"""The DRAFTS.jsonl line format, shared by the direct path and `batch collect`.

Every line is one JSON object whose first two keys are always `id` and `status`, written in
this exact compact form. That fixed prefix lets a rerun read the ids of a large output file
without decoding each multi-kilobyte draft (`read_head`); a full JSON decode is the fallback.

  draft record: {"id": ..., "status": "ready"|"needs_review"|"human_review", "draft": {...}}
  error record: {"id": ..., "status": "error", "error": "...", "source": "line:7", ...}

An error record may carry the Draft too (the model never answered in the required format) and
`retryable` (the endpoint was overloaded or down: `--retry-errors` is likely to succeed).
"""

from __future__ import annotations

import json
import re
from typing import Any

from disputedraft.draft import Draft

ERROR = "error"
_HEAD = re.compile(rb'^\{"id":("(?:[^"\\]|\\.)*"),"status":"([a-z_]+)"')


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def draft_line(draft: Draft, source: str) -> bytes:
    """The record for a Draft; a Draft in status `error` becomes an error record that keeps it."""
    # model_dump_json is pydantic's fast path (Rust), far cheaper than dump + json.dumps.
    body = draft.model_dump_json()
    head = f'{{"id":{_dumps(draft.dispute_id)},"status":"{draft.status}"'
    if draft.status == ERROR:
        head += f',"error":{_dumps(draft.error or "draft failed")},"source":{_dumps(source)}'
    return f'{head},"draft":{body}}}\n'.encode()


def error_line(key: str, error: str, source: str, **extra: Any) -> bytes:
    record: dict[str, Any] = {"id": key, "status": ERROR, "error": error, "source": source, **extra}
    return (_dumps(record) + "\n").encode()


def read_head(line: bytes) -> tuple[str, str] | None:
    """(id, status) of one complete record line, or None when it is not a record."""
    match = _HEAD.match(line)
    if match:
        try:
            return json.loads(match.group(1)), match.group(2).decode()
        except ValueError:
            pass
    try:  # written by something else (or by hand): decode the whole line
        record = json.loads(line)
    except ValueError:
        return None
    if isinstance(record, dict) and isinstance(record.get("id"), str) and isinstance(record.get("status"), str):
        return record["id"], record["status"]
    return None


def is_complete_record(line: bytes) -> bool:
    """Full check for the final line of a file, the one a crash may have torn."""
    if not line.endswith(b"\n"):
        return False
    try:
        record = json.loads(line)
    except ValueError:
        return False
    return isinstance(record, dict) and isinstance(record.get("id"), str) and "status" in record
