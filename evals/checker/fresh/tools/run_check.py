"""Run `disputedraft check` on every row of labelled.jsonl (at most 2 processes at once) and score it.

A bad row is caught when the check exits 1 (fails); a good row is a false positive when it exits 1.
Results go to tools/check_results.jsonl. Run from the repo root:
    .venv/bin/python evals/checker/fresh/tools/run_check.py            # run + score
    .venv/bin/python evals/checker/fresh/tools/run_check.py --score    # only re-score existing results
"""
from __future__ import annotations

import collections
import json
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
FRESH = TOOLS.parent
REPO = FRESH.parents[2]
CLI = REPO / ".venv/bin/disputedraft"
RESULTS = TOOLS / "check_results.jsonl"


def run_one(row):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as fh:
        fh.write(row["message"])
        msg_path = fh.name
    try:
        r = subprocess.run([str(CLI), "check", str(FRESH / row["dispute"]), msg_path],
                           capture_output=True, text=True, cwd=REPO, timeout=300)
    finally:
        Path(msg_path).unlink(missing_ok=True)
    try:
        out = json.loads(r.stdout)
    except json.JSONDecodeError:
        out = {"raw_stdout": r.stdout}
    return {"id": row["id"], "label": row["label"], "defect": row["defect"], "half": row["half"],
            "remedy": row["remedy"], "buyer_language": row["buyer_language"], "exit": r.returncode,
            "passed": out.get("passed"), "violations": out.get("violations"), "stderr": r.stderr.strip()[-500:]}


def score(rows, results):
    res = {r["id"]: r for r in results}
    by_id = {r["id"]: r for r in rows}
    bad_exit = [r for r in results if r["exit"] not in (0, 1)]
    if bad_exit:
        print("ROWS WITH EXIT NOT 0/1:", [(r["id"], r["exit"], r["stderr"]) for r in bad_exit])

    def rate(sel, label):
        xs = [res[r["id"]] for r in sel if r["label"] == label]
        flagged = sum(x["exit"] == 1 for x in xs)
        return flagged, len(xs)

    print("slice            recall(bad)          false-positive(good)")
    for name, sel in [("all", rows), ("half A", [r for r in rows if r["half"] == "A"]),
                      ("half B", [r for r in rows if r["half"] == "B"])]:
        c, n = rate(sel, "bad")
        f, m = rate(sel, "good")
        print(f"{name:16s} {c}/{n} = {100 * c / n:5.1f} %     {f}/{m} = {100 * f / m:5.1f} %")
    print("\nper defect (caught/total; A; B)")
    for d in sorted({r["defect"] for r in rows if r["defect"]}):
        sel = [r for r in rows if r["defect"] == d]
        c, n = rate(sel, "bad")
        ca, na = rate([r for r in sel if r["half"] == "A"], "bad")
        cb, nb = rate([r for r in sel if r["half"] == "B"], "bad")
        print(f"  {d:26s} {c}/{n}   A {ca}/{na}   B {cb}/{nb}")
    for key in ("buyer_language", "remedy"):
        print(f"\nper {key} (bad caught/total, good flagged/total)")
        for v in sorted({r[key] for r in rows}):
            sel = [r for r in rows if r[key] == v]
            c, n = rate(sel, "bad")
            f, m = rate(sel, "good")
            print(f"  {v:26s} bad {c}/{n}   good {f}/{m}")
    print("\nMISSES (bad rows that passed):")
    for r in rows:
        if r["label"] == "bad" and res[r["id"]]["exit"] == 0:
            print(f"  {r['id']} [{r['defect']}] {r['note']}")
    print("\nFALSE POSITIVES (good rows that failed):")
    for r in rows:
        if r["label"] == "good" and res[r["id"]]["exit"] == 1:
            print(f"  {r['id']}: {json.dumps(res[r['id']]['violations'], ensure_ascii=False)}")


def main():
    rows = [json.loads(line) for line in (FRESH / "labelled.jsonl").open(encoding="utf-8")]
    if "--score" not in sys.argv:
        with ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(run_one, rows))
        with RESULTS.open("w", encoding="utf-8") as fh:
            for r in results:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    results = [json.loads(line) for line in RESULTS.open(encoding="utf-8")]
    score(rows, results)


if __name__ == "__main__":
    main()
