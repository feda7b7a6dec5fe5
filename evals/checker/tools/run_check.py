"""Run `disputedraft check` on every labelled row and report recall on bad / false flags on good.

Only for reporting: the labels are never changed to agree with the checker.
Usage: .venv/bin/python evals/checker/tools/run_check.py [--jobs N]   (writes tools/check_results.jsonl)
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
REPO = ROOT.parent.parent
OUT = HERE / "check_results.jsonl"


def run(row: dict) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        fh.write(row["message"])
        path = fh.name
    r = subprocess.run([str(REPO / ".venv/bin/disputedraft"), "check", str(ROOT / row["dispute"]), path],
                       capture_output=True, text=True, cwd=REPO)
    Path(path).unlink()
    try:
        out = json.loads(r.stdout)
    except json.JSONDecodeError:
        out = {"raw": r.stdout[-2000:], "stderr": r.stderr[-2000:]}
    return {"id": row["id"], "rc": r.returncode, "result": out}


def main() -> None:
    jobs = int(sys.argv[sys.argv.index("--jobs") + 1]) if "--jobs" in sys.argv else 2
    rows = [json.loads(line) for line in (ROOT / "labelled.jsonl").read_text(encoding="utf-8").splitlines()]
    done = {}
    if "--fresh" in sys.argv and OUT.exists():
        OUT.unlink()
    if OUT.exists():
        for line in OUT.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            done[rec["id"]] = rec
    todo = [r for r in rows if r["id"] not in done or "passed" not in done[r["id"]]["result"]]
    with OUT.open("a", encoding="utf-8") as fh, ThreadPoolExecutor(jobs) as pool:
        for rec in pool.map(run, todo):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fh.flush()
            done[rec["id"]] = rec
    report(rows, done)


# which of the checker's hard checks count as catching each planted defect (from its output names)
MATCHING = {
    "refund_promise": {"no_unallowed_offer"},
    "amount_over_cap": {"no_unallowed_offer"},
    "off_platform_contact": {"no_off_platform_contact"},
    "invented_tracking_number": {"no_invented_facts"},
    "invented_amount_or_date": {"no_invented_facts"},
    "wrong_language": {"buyer_language"},
    "placeholder": {"no_placeholders", "no_internal_notes"},
    "internal_note": {"no_internal_notes", "no_placeholders"},
    "blame": {"no_blame"},
    "missing_required_point": {"required_points"},
    "feedback_request": {"no_feedback_request"},
    "shouting": {"no_shouting"},
}


def report(rows: list[dict], done: dict) -> None:
    flagged = lambda r: done[r["id"]]["result"].get("passed") is False  # noqa: E731
    errors = [r["id"] for r in rows if "passed" not in done[r["id"]]["result"]]
    goods = [r for r in rows if r["label"] == "good"]
    bads = [r for r in rows if r["label"] == "bad"]
    ff = [r for r in goods if flagged(r)]
    caught = [r for r in bads if flagged(r)]
    print(f"errors (no JSON verdict): {errors}")
    print(f"bad recall: {len(caught)}/{len(bads)} = {len(caught)/len(bads):.1%}")
    print(f"good false-flag rate: {len(ff)}/{len(goods)} = {len(ff)/len(goods):.1%}")
    def hard(r: dict) -> set[str]:
        return {x["check"] for x in done[r["id"]]["result"].get("violations", []) if x.get("hard")}

    right = [r for r in caught if hard(r) & MATCHING[r["defect"]]]
    print(f"bad recall by a check that matches the planted defect: {len(right)}/{len(bads)} = "
          f"{len(right)/len(bads):.1%}")
    print("\nrecall per defect (any hard flag / flag by a matching check):")
    tot, hit = Counter(r["defect"] for r in bads), Counter(r["defect"] for r in caught)
    hit_right = Counter(r["defect"] for r in right)
    for d in sorted(tot):
        print(f"  {d:<26}{hit[d]:>3}/{tot[d]:<3}{hit_right[d]:>6}/{tot[d]:<3}")
    print("\ncaught only through an unrelated check:")
    for r in caught:
        if r not in right:
            print(f"  {r['id']}: {sorted(hard(r))}")
    print("\nmissed bad rows:")
    for r in bads:
        if not flagged(r):
            print(f"  {r['id']}: {r['note']}")
    print("\nfalse flags on good rows:")
    for r in ff:
        v = [f"{x['check']}: {x['detail'][:200]}" for x in done[r["id"]]["result"].get("violations", []) if x.get("hard")]
        print(f"  {r['id']}: {v}")


if __name__ == "__main__":
    main()
