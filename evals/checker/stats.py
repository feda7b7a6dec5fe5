"""Print counts for labelled.jsonl: python evals/checker/stats.py [path]"""

import json
import sys
from collections import Counter
from pathlib import Path

path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("labelled.jsonl")
rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
goods = [r for r in rows if r["label"] == "good"]
bads = [r for r in rows if r["label"] == "bad"]
print(f"rows {len(rows)}: good {len(goods)}, bad {len(bads)}, disputes {len({r['dispute'] for r in rows})}")


def table(title, counter_good, counter_bad):
    print(f"\n{title:<28}{'good':>6}{'bad':>6}")
    for k in sorted(set(counter_good) | set(counter_bad), key=str):
        print(f"  {k!s:<26}{counter_good.get(k, 0):>6}{counter_bad.get(k, 0):>6}")


print("\nbad per defect")
for k, v in sorted(Counter(r["defect"] for r in bads).items()):
    print(f"  {k:<26}{v:>6}")
table("per buyer language", Counter(r["buyer_language"] for r in goods), Counter(r["buyer_language"] for r in bads))
table("per remedy", Counter(r["remedy"] for r in goods), Counter(r["remedy"] for r in bads))
print("\ndefect x buyer language")
langs = sorted({r["buyer_language"] for r in rows})
print(" " * 26 + "".join(f"{lang:>4}" for lang in langs))
for d in sorted({r["defect"] for r in bads}):
    c = Counter(r["buyer_language"] for r in bads if r["defect"] == d)
    print(f"  {d:<24}" + "".join(f"{c.get(lang, 0) or '.':>4}" for lang in langs))
print("\ndefect x remedy")
remedies = sorted({r["remedy"] for r in rows})
short = {r: "".join(w[0] for w in r.split("_")) for r in remedies}
print(" " * 26 + "".join(f"{short[m]:>5}" for m in remedies))
for d in sorted({r["defect"] for r in bads}):
    c = Counter(r["remedy"] for r in bads if r["defect"] == d)
    print(f"  {d:<24}" + "".join(f"{c.get(m, 0) or '.':>5}" for m in remedies))
print("  (" + ", ".join(f"{v}={k}" for k, v in short.items()) + ")")
