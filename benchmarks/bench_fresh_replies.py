"""The checks on replies the process has not seen before: ms a reply, and regexes compiled.

Run: .venv/bin/python benchmarks/bench_fresh_replies.py [WARM] [FRESH]

bench_draft_overhead drafts the same 101 disputes round after round, so anything the checks
remember from one reply to the next (compiled regexes above all) is paid once and never again.
A service meets new replies. This benchmark scores WARM labelled replies (default 6000, shuffled,
every set in evals/config.yaml) to warm the process up, then FRESH others (default 2000) it has
not seen, and the same FRESH again: a gap between the two passes is work done again for each
new reply. Session 16 found one: a regex per set of open branches, compiled for each new set
(about one a reply, 20-35 ms each), and its cache thrashed. With it, 21.4 ms a fresh reply and
21.5 ms the same again; without it, 8.3 and 6.4 ms.
"""

from __future__ import annotations

import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml

from disputedraft.checks import regroup
from disputedraft.evals.checker import check_item, load_labelled

ROOT = Path(__file__).resolve().parents[1]
COMPILED = [0, 0.0]  # regexes compiled, seconds spent
CompileFn = Callable[[Sequence[str], int], re.Pattern[str]]


def _counting(compile_: CompileFn) -> CompileFn:
    def run(branches: Sequence[str], flags: int) -> re.Pattern[str]:
        started = time.perf_counter()
        try:
            return compile_(branches, flags)
        finally:
            COMPILED[0] += 1
            COMPILED[1] += time.perf_counter() - started

    return run


def _score(items: list[object], label: str) -> None:
    COMPILED[:] = [0, 0.0]
    started = time.perf_counter()
    for item in items:
        check_item(item, "hard")  # type: ignore[arg-type]
    wall = time.perf_counter() - started
    print(
        f"{label}: {wall * 1000 / len(items):.2f} ms a reply over {len(items)},"
        f" {COMPILED[0]} regexes compiled in {COMPILED[1]:.1f} s"
    )


def main(warm: int, fresh: int) -> None:
    rels = yaml.safe_load((ROOT / "evals" / "config.yaml").read_text())["checker"]["labelled"]
    items: list[object] = []
    for rel in rels:
        items += load_labelled(ROOT / "evals" / rel, rel)
    random.Random(1).shuffle(items)
    regroup._compile = _counting(regroup._compile)
    _score(items[:warm], "warm-up")
    _score(items[warm : warm + fresh], "fresh replies")
    _score(items[warm : warm + fresh], "the same again")


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    main(*(args + [6000, 2000][len(args) :]))
