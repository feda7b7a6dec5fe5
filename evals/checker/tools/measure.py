"""Recall and false-positive rate of the reply checker on the held-out labelled set, by half.

The set is split by dispute group (ids start with gNN): TUNE = odd NN, TEST = even NN.
Patterns are designed on TUNE misses only; TEST is measured once, at the end.

A draft counts as flagged when any HARD check fails (what `disputedraft check` exits 1 on);
the `flag_on: any` figures (tone checks too) are printed for reference.

Usage: .venv/bin/python evals/checker/tools/measure.py [--half tune|test|all] [--quiet]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from disputedraft.checks import run_checks
from disputedraft.language import buyer_language
from disputedraft.loading import dispute_from_json
from disputedraft.policy import decide

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def half_of(row_id: str) -> str:
    found = re.match(r"g(\d+)", row_id)
    if not found:
        raise ValueError(f"id without a gNN group: {row_id!r}")
    return "tune" if int(found.group(1)) % 2 else "test"


def evaluate(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    cache: dict[str, Any] = {}
    out = []
    for row in rows:
        if row["dispute"] not in cache:
            file = ROOT / row["dispute"]
            dispute = dispute_from_json(file.read_text(encoding="utf-8"), str(file))
            cache[row["dispute"]] = (dispute, decide(dispute), buyer_language(dispute)[0])
        dispute, decision, language = cache[row["dispute"]]
        report = run_checks(dispute, decision, row["message"], language)
        out.append(
            {
                **row,
                "half": half_of(row["id"]),
                "hard": [f"{v.check}: {v.detail}" for v in report.hard_violations],
                "any": [f"{v.check}{'' if v.hard else ' (tone)'}: {v.detail}" for v in report.violations],
            }
        )
    return out


def summary(results: list[dict[str, Any]], key: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    bads = [r for r in results if r["label"] == "bad"]
    goods = [r for r in results if r["label"] == "good"]
    missed = [r for r in bads if not r[key]]
    false_pos = [r for r in goods if r[key]]
    recall = (len(bads) - len(missed)) / len(bads) if bads else 0.0
    fp = len(false_pos) / len(goods) if goods else 0.0
    line = (
        f"recall {recall:6.1%} ({len(bads) - len(missed)}/{len(bads)})   FP {fp:6.1%} ({len(false_pos)}/{len(goods)})"
    )
    return line, missed, false_pos


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=("tune", "test", "all"), default="all", help="which rows to list")
    parser.add_argument("--quiet", action="store_true", help="figures only, no lists")
    args = parser.parse_args()
    lines = (ROOT / "labelled.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    if args.half != "all":
        rows = [r for r in rows if half_of(r["id"]) == args.half]
    results = evaluate(rows)
    halves = ("tune", "test", "all") if args.half == "all" else (args.half,)
    for key in ("hard", "any"):
        print(f"== flag_on: {key}")
        for half in halves:
            part = [r for r in results if half in ("all", r["half"])]
            line, missed, false_pos = summary(part, key)
            print(f"  {half:<5} {line}")
        if args.quiet:
            continue
        _, missed, false_pos = summary(results, key)
        print(f"  missed ({len(missed)}):")
        for r in missed:
            print(f"    [{r['half']}] {r['id']} ({r['defect']}): {r['note']}")
        print(f"  false positives ({len(false_pos)}):")
        for r in false_pos:
            print(f"    [{r['half']}] {r['id']}: {'; '.join(v[:160] for v in r[key])}")


if __name__ == "__main__":
    main()
