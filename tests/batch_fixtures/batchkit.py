"""Helpers shared by the tests/test_batch*.py files: queues, in-process runs, reading outputs back."""

from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path
from typing import Any

from builders import doc
from disputedraft.batch.adaptive import AdaptiveModel
from disputedraft.batch.limiter import AdaptiveLimiter
from disputedraft.batch.models import limit_stats
from disputedraft.batch.runner import BatchOptions, BatchRun
from disputedraft.batch.work import LocalDrafter
from disputedraft.drafting import DraftingService
from disputedraft.llm.types import ChatModel

FIXTURES = Path(__file__).parent
ROOT = FIXTURES.parents[1]
EN = {
    "buyer": {"name": "John", "country": "US", "language": "en"},
    "messages": [{"author": "buyer", "text": "Hi, my speaker still hasn't arrived. Where is it?"}],
}
# Tracking says delivered, the buyer says not received: the handbook sends it to a person.
HUMAN = {"shipment": {"status": "delivered", "carrier": "Cainiao", "tracking_number": "LP00123456789CN"}}


def english(i: int | str, **changes: Any) -> dict[str, Any]:
    key = i if isinstance(i, str) else f"D-{i:04d}"
    return doc(id=key, **{**EN, **changes})


def write_queue(path: Path, docs: list[dict[str, Any] | str]) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write((d if isinstance(d, str) else json.dumps(d)) + "\n")
    return path


def records(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def by_id(out: Path) -> dict[str, dict[str, Any]]:
    recs = records(out)
    counts = Counter(r["id"] for r in recs)
    doubled = [k for k, c in counts.items() if c > 1]
    assert not doubled, f"ids written twice: {doubled}"
    return {r["id"]: r for r in recs}


async def run(
    queue: Path | str,
    out: Path,
    model: ChatModel,
    *,
    concurrency: int = 8,
    attempts: int = 3,
    retry_errors: bool = False,
    limiter: AdaptiveLimiter | None = None,
) -> dict[str, Any]:
    adaptive = AdaptiveModel(model, limiter or AdaptiveLimiter(concurrency))
    service = DraftingService(model=adaptive, max_attempts=attempts)
    options = BatchOptions(
        queue=str(queue),
        out=out,
        concurrency=concurrency,
        retry_errors=retry_errors,
        progress=io.StringIO(),
        live=False,
    )
    return await BatchRun(options, LocalDrafter(service, lambda: limit_stats(adaptive))).run()
