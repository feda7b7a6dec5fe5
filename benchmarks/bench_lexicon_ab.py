"""Two lexicons compared on our own CPU per draft, paired in one process.

This shared machine has slow spells (session 13: the same code's p50 per draft moved between
4.3 and 8.2 ms within an hour) that the pure-Python reference loop does not track, so two
separate runs of bench_draft_overhead.py cannot resolve a change of a tenth. Here each eval
dispute is drafted with lexicon A and with lexicon B one right after the other, in alternating
order, timed by the process's CPU time minus the fake model's own; a spell then touches both
sides of each pair alike, and the mean of the paired differences is what the change costs or
saves (session 13: -0.37 to -0.40 ms, the same within 0.03 ms in three runs).

Both lexicons load side by side (DISPUTEDRAFT_LEXICON_DIR is read on every draft and each
directory is loaded once), with PhrasebookModel answering in each buyer's language, so every
drafted dispute is ready at its first attempt. A change that alters a draft's status is
reported, not timed.

Run, against the lexicon of an earlier commit:
    git archive HEAD~1 policies/lexicon | tar -x -C /tmp/lexicon-a
    .venv/bin/python benchmarks/bench_lexicon_ab.py /tmp/lexicon-a/policies/lexicon policies/lexicon [ROUNDS]
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import time
from pathlib import Path

from disputedraft.contract import Dispute
from disputedraft.drafting import DraftingService
from disputedraft.llm.fake import PhrasebookModel
from disputedraft.loading import dispute_from_obj

ROOT = Path(__file__).resolve().parents[1]
LEXICON_DIR = "DISPUTEDRAFT_LEXICON_DIR"


async def _cpu_ms(service: DraftingService, dispute: Dispute, lexicon: str) -> tuple[float | None, str]:
    """Our CPU for one draft with `lexicon` (None when no model call was made), and its status."""
    os.environ[LEXICON_DIR] = lexicon
    started = time.process_time()
    draft = await service.draft(dispute)
    spent = (time.process_time() - started) * 1000
    return (spent - draft.timing.model_ms if draft.attempts else None), draft.status


async def main(a: str, b: str, rounds: int) -> int:
    cases = [json.loads(p.read_text()) for p in sorted((ROOT / "evals" / "cases").glob("*.json"))]
    disputes = [dispute_from_obj(c["dispute"]) for c in cases]
    service = DraftingService(model=PhrasebookModel())
    for lexicon in (a, b):  # warm-up: each lexicon loads and compiles its lists on first use
        for d in disputes:
            await _cpu_ms(service, d, lexicon)
    side_a: list[float] = []
    side_b: list[float] = []
    changed: list[str] = []
    for k in range(rounds):
        for i, d in enumerate(disputes):
            order = (a, b) if (i + k) % 2 == 0 else (b, a)
            results = {lexicon: await _cpu_ms(service, d, lexicon) for lexicon in order}
            (ms_a, status_a), (ms_b, status_b) = results[a], results[b]
            if status_a != status_b:
                changed.append(f"{d.id}: {status_a} -> {status_b}")
            elif ms_a is not None and ms_b is not None:
                side_a.append(ms_a)
                side_b.append(ms_b)
    diffs = [y - x for x, y in zip(side_a, side_b, strict=True)]
    print(f"A {a}: p50 {statistics.median(side_a):.2f} ms  mean {statistics.fmean(side_a):.2f} ms")
    print(f"B {b}: p50 {statistics.median(side_b):.2f} ms  mean {statistics.fmean(side_b):.2f} ms")
    print(
        f"B - A per draft: mean {statistics.fmean(diffs):+.3f} ms  median {statistics.median(diffs):+.3f} ms"
        f"  ({len(diffs)} pairs, {rounds} rounds)"
    )
    for line in sorted(set(changed)):
        print(f"status changed, not timed: {line}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    sys.exit(asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 3)))
