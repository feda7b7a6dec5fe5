"""CPU time of run_checks per message, language detection apart (goal: well under 5 ms).

Run: .venv/bin/python benchmarks/bench_checks.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from checks_dev.support import dev_case
from disputedraft.checks import context


def main() -> None:
    # lingua is measured apart: its first call loads models, later calls take a few ms.
    context.detect = lambda text: ("es", 0.99)  # type: ignore[assignment]
    for name in ("transit_en", "evid_size_es", "partial_ru"):
        try:
            case = dev_case(name)
        except Exception as exc:
            print(f"{name}: skipped ({exc})")
            continue
        message = case.good[0]
        case.check(message)  # warm caches (lexicon, policy)
        times = []
        for _ in range(200):
            started = time.process_time()
            case.check(message)
            times.append((time.process_time() - started) * 1000)
        times.sort()
        print(
            f"{name:20s} {len(message):5d} chars  median {statistics.median(times):.2f} ms CPU  "
            f"p99 {times[int(len(times) * 0.99)]:.2f} ms"
        )


if __name__ == "__main__":
    main()
