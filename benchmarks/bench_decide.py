"""How long decide() takes on one dispute, in process (the goal: well under 1 ms).

Run: .venv/bin/python benchmarks/bench_decide.py [N]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from builders import dispute
from disputedraft.policy import decide, default_policy

CASES = {
    "in_transit (3rd rule)": dispute(),
    "return_received (15th rule)": dispute(
        stage="ruled", platform_ruling="return_and_refund", return_shipment={"status": "received"}
    ),
    "evidence_by_problem_type (1st rule)": dispute(reason="not_as_described", problem="damaged"),
}


def main(n: int = 20_000) -> None:
    default_policy()  # loading the YAML once per process is not part of decide()
    for name, d in CASES.items():
        samples = []
        for _ in range(n):
            start = time.perf_counter_ns()
            decide(d)
            samples.append(time.perf_counter_ns() - start)
        samples.sort()
        print(
            f"{name:40s} mean {statistics.fmean(samples) / 1000:7.1f} us  p50 {samples[n // 2] / 1000:7.1f} us"
            f"  p99 {samples[int(n * 0.99)] / 1000:7.1f} us"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
