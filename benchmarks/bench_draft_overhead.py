"""Our own overhead per draft: everything but the model call, on a zero-latency fake model.

decide + language + prompt rendering + parsing + checks + assembly. Goal: under 5 ms.
Run: .venv/bin/python benchmarks/bench_draft_overhead.py [ROUNDS]
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from pathlib import Path

from disputedraft.drafting import DraftingService
from disputedraft.language import buyer_language
from disputedraft.llm.fake import TestModel
from disputedraft.loading import dispute_from_obj

ROOT = Path(__file__).resolve().parents[1]


async def main(rounds: int) -> None:
    cases = [json.loads(p.read_text()) for p in sorted((ROOT / "evals" / "cases").glob("*.json"))]
    disputes = [dispute_from_obj(c["dispute"]) for c in cases]
    service = DraftingService(model=TestModel())
    for d in disputes:  # warm-up: lingua loads its language models on first use
        buyer_language(d)
        await service.draft(d)
    overheads: list[float] = []
    per_attempt: list[float] = []
    first_time_ready: list[float] = []
    statuses: dict[str, int] = {}
    started = time.perf_counter()
    for _ in range(rounds):
        for d in disputes:
            draft = await service.draft(d)
            overheads.append(draft.timing.overhead_ms)
            if draft.attempts:
                per_attempt.append(draft.timing.overhead_ms / draft.attempts)
            if draft.status == "ready" and draft.attempts == 1:
                first_time_ready.append(draft.timing.overhead_ms)
            statuses[draft.status] = statuses.get(draft.status, 0) + 1
    wall = time.perf_counter() - started
    overheads.sort()
    n = len(overheads)
    print(f"{n} drafts over {len(disputes)} eval disputes, {n / wall:.0f} drafts/s on one core")
    print(
        f"overhead per draft: mean {statistics.fmean(overheads):.2f} ms  p50 {overheads[n // 2]:.2f} ms  "
        f"p99 {overheads[int(n * 0.99)]:.2f} ms (includes repair attempts when the fake draft fails checks)"
    )
    for name, values in (("per model attempt", per_attempt), ("ready at the first attempt", first_time_ready)):
        values.sort()
        if values:
            print(
                f"overhead {name}: p50 {values[len(values) // 2]:.2f} ms  mean {statistics.fmean(values):.2f} ms"
                f"  (n={len(values)})"
            )
    print("statuses:", statuses, "(the fake writes English, so non-English buyers go through all repairs)")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5))
