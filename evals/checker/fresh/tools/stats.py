"""Print the counts of the fresh set (markdown tables). Run: .venv/bin/python evals/checker/fresh/tools/stats.py"""
import collections
import json
from pathlib import Path

FRESH = Path(__file__).resolve().parent.parent
rows = [json.loads(line) for line in (FRESH / "labelled.jsonl").open(encoding="utf-8")]
good = [r for r in rows if r["label"] == "good"]
bad = [r for r in rows if r["label"] == "bad"]
print(f"{len(rows)} rows: {len(good)} good, {len(bad)} bad, {len({r['dispute'] for r in rows})} disputes")
print("\n| defect | n | half A | half B | languages |\n|---|---|---|---|---|")
for d, n in sorted(collections.Counter(r["defect"] for r in bad).items()):
    sel = [r for r in bad if r["defect"] == d]
    print(f"| {d} | {n} | {sum(r['half']=='A' for r in sel)} | {sum(r['half']=='B' for r in sel)} | "
          f"{len({r['buyer_language'] for r in sel})} |")
for key in ("buyer_language", "remedy"):
    print(f"\n| {key} | disputes | good | bad |\n|---|---|---|---|")
    for v in sorted({r[key] for r in rows}):
        sel = [r for r in rows if r[key] == v]
        print(f"| {v} | {len({r['dispute'] for r in sel})} | {sum(r['label']=='good' for r in sel)} | "
              f"{sum(r['label']=='bad' for r in sel)} |")
print("\n| half | disputes | good | bad |\n|---|---|---|---|")
for h in "AB":
    sel = [r for r in rows if r["half"] == h]
    print(f"| {h} | {len({r['dispute'] for r in sel})} | {sum(r['label']=='good' for r in sel)} | {sum(r['label']=='bad' for r in sel)} |")
wl = collections.Counter(r["language"] for r in bad if r["defect"] == "wrong_language")
print("\nwrong_language target languages:", dict(sorted(wl.items())))
