"""Where a draft's own overhead goes: time per lexicon list and per prefilter pass, in the loop.

Run: .venv/bin/python benchmarks/bench_overhead_parts.py [ROUNDS]

bench_draft_overhead.py gives the total; this one says which lists to work on next. It drafts
the 101 eval disputes with the phrasebook fake (every draft ready at its first attempt), pinned
to one CPU, and times, inside that loop:
- each lexicon list's scans (`Alternation._start`: the prefilter's gate and the regexes it
  opens), by list and language. A text's first gate runs the prefilter's pass over it, so that
  pass is counted at whichever list asks about the text first; it is also given on its own.
- the prefilter's passes over texts (`_Index.scan`, once per distinct text).

The drafting loop is bound by memory: a step costs two to four times more here than the same
step repeated warm in a tight loop, so only in-loop figures rank the lists truthfully.
The timers add about a microsecond per call (some 100 calls a draft).
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from disputedraft.checks import lexicon, prefilter, regroup
from disputedraft.checks.tone import _upset_cached
from disputedraft.drafting import DraftingService
from disputedraft.llm.fake import PhrasebookModel
from disputedraft.loading import dispute_from_obj

ROOT = Path(__file__).resolve().parents[1]
SPENT: Counter[Any] = Counter()
CALLS: Counter[Any] = Counter()


def _timed(key_of: Any, fn: Any) -> Any:
    def run(*args: Any) -> Any:
        started = time.perf_counter()
        try:
            return fn(*args)
        finally:
            key = key_of(args)
            SPENT[key] += time.perf_counter() - started
            CALLS[key] += 1

    return run


def _list_names(lex: lexicon.Lexicon) -> dict[int, str]:
    """id(Alternation) -> "list:language", found by walking the lexicon's fields."""
    names: dict[int, str] = {}
    seen: set[int] = set()

    def walk(obj: Any, path: str) -> None:
        if id(obj) in seen:
            return
        seen.add(id(obj))
        if isinstance(obj, lexicon.PhraseSet):
            for lang, alt in obj.by_lang.items():
                names[id(alt)] = f"{path}:{lang}"
        elif isinstance(obj, regroup.Alternation):
            names[id(obj)] = path
        elif isinstance(obj, dict):
            for key, value in obj.items():
                walk(value, f"{path}.{key}")
        elif isinstance(obj, list | tuple):
            for value in obj:
                walk(value, path)
        elif hasattr(obj, "__dataclass_fields__"):
            for key in obj.__dataclass_fields__:
                walk(getattr(obj, key, None), f"{path}.{key}" if path else key)

    walk(lex, "")
    return names


async def main(rounds: int) -> None:
    cases = [json.loads(p.read_text()) for p in sorted((ROOT / "evals" / "cases").glob("*.json"))]
    disputes = [dispute_from_obj(c["dispute"]) for c in cases]
    service = DraftingService(model=PhrasebookModel())
    for _ in range(2):  # warm-up: lists compile and register their literals on first use, and
        for d in disputes:  # the prefilter's automaton takes them in once registrations settle
            await service.draft(d)
    regroup.Alternation._start = _timed(lambda a: id(a[0]), regroup.Alternation._start)  # type: ignore[method-assign]
    prefilter._INDEX.scan = _timed(lambda a: "prefilter pass", prefilter._INDEX.scan)  # type: ignore[method-assign]
    prefilter._present.cache_clear()
    names = _list_names(lexicon.default_lexicon())
    drafts = 0
    overhead = 0.0
    for _ in range(rounds):
        for d in disputes:
            _upset_cached.cache_clear()  # as in bench_draft_overhead: a service drafts a dispute once
            draft = await service.draft(d)
            if draft.attempts:
                drafts += 1
                overhead += draft.timing.overhead_ms
    lists = {k: v for k, v in SPENT.items() if k != "prefilter pass"}
    print(f"{rounds} rounds, {drafts} drafts: overhead mean {overhead / drafts:.2f} ms a draft")
    print(f"  lexicon list scans {sum(lists.values()) * 1000 / drafts:.3f} ms a draft, prefilter passes included")
    passes = CALLS["prefilter pass"] / drafts
    print(f"  prefilter passes {SPENT['prefilter pass'] * 1000 / drafts:.3f} ms a draft ({passes:.1f} texts)")
    print("  costliest lists (ms a draft, scans a draft):")
    for key, spent in Counter(lists).most_common(20):
        print(f"    {spent * 1000 / drafts:6.3f}  {CALLS[key] / drafts:5.2f}  {names.get(key, '?')}")


def _pin() -> None:
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})


if __name__ == "__main__":
    if hasattr(os, "sched_setaffinity"):
        _pin()
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3))
