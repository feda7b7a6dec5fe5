"""Build the `twentysixth` hand-labelled checker set.

Writes disputes/*.json from tools/disputes.py, runs `disputedraft decide` on each to confirm
the intended remedy, builds labelled.jsonl from the good replies and single edits in
tools/rows_*.py, and runs plain sanity checks. `--freeze` records the sha256 of
labelled.jsonl in tools/frozen.sha256; once frozen, a rebuild with different content is refused.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
sys.path.insert(0, str(TOOLS))

from disputes import DISPUTES  # noqa: E402
import rows_a, rows_b, rows_c  # noqa: E402,E401

DECIDE = Path("/work/main/.venv/bin/disputedraft")
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
CJK = {"zh", "ja", "ko"}

errors: list[str] = []
warnings: list[str] = []


def fail(msg: str) -> None:
    errors.append(msg)


def words(text: str, lang: str) -> int:
    if lang in CJK:
        return len(re.sub(r"\s", "", text))
    return len(text.split())


def main() -> int:
    freeze = "--freeze" in sys.argv
    good = {**rows_a.GOOD, **rows_b.GOOD, **rows_c.GOOD}
    edits = rows_a.EDITS + rows_b.EDITS + rows_c.EDITS

    # 1. disputes + decisions
    (ROOT / "disputes").mkdir(exist_ok=True)
    decisions, raw_numbers, paths = {}, {}, {}
    for key, (stem, remedy, d) in DISPUTES.items():
        path = ROOT / "disputes" / f"{stem}.json"
        text = json.dumps(d, ensure_ascii=False, indent=2) + "\n"
        path.write_text(text, encoding="utf-8")
        out = subprocess.run([str(DECIDE), "decide", str(path)], capture_output=True, text=True)
        if out.returncode != 0:
            fail(f"{key}: decide failed: {out.stderr[-300:]}")
            continue
        dec = json.loads(out.stdout)
        if dec["remedy"] != remedy:
            fail(f"{key}: decide gave {dec['remedy']}, intended {remedy}")
        decisions[key] = dec
        raw_numbers[key] = set(re.findall(r"\d+", text + out.stdout))
        paths[key] = f"disputes/{stem}.json"

    # 2. good rows
    rows, planted = [], Counter()
    for gid, (key, lang, text) in good.items():
        dec, d = decisions[key], DISPUTES[key][2]
        facts = dec["facts"]
        if not text.rstrip().endswith(facts["signature"]):
            fail(f"{gid}: does not end with signature {facts['signature']!r}")
        first = text.strip().splitlines()[0]
        toks = facts["buyer_name"].split()
        if not any(t[:4] in first for t in toks):
            fail(f"{gid}: buyer name not in greeting: {first!r}")
        for pt in dec["required_points"]:
            for m, v in pt["mention"].items():
                if v not in text:
                    fail(f"{gid}: mention {m}={v!r} missing")
        for run in re.findall(r"\d+", text):
            if run not in raw_numbers[key]:
                fail(f"{gid}: digit run {run!r} not in dispute/decision")
        n = words(text, lang)
        lo, hi = (60, 500) if lang in CJK else (40, 200)
        if not lo <= n <= hi:
            fail(f"{gid}: length {n} outside {lo}-{hi}")
        prim = d["buyer"]["language"].split("-")[0].lower()
        if prim != lang:
            fail(f"{gid}: reply language {lang} != buyer language {prim}")
        rows.append({"id": gid, "dispute": paths[key], "label": "good", "defect": None, "message": text,
                     "note": "hand-written good reply", "remedy": dec["remedy"], "buyer_language": prim,
                     "language": lang, "good_id": gid})

    # 3. bad rows
    seen_ids = set()
    by_good: dict[str, list[dict]] = {g: [] for g in good}
    for gid, defect, old, new, note, intr in edits:
        if defect not in DEFECTS:
            fail(f"{gid}: unknown defect {defect}")
        key, lang, text = good[gid]
        if text.count(old) != 1:
            fail(f"{gid}-{defect}: old occurs {text.count(old)} times: {old[:50]!r}")
            continue
        if old == new:
            fail(f"{gid}-{defect}: edit changes nothing")
        msg = text.replace(old, new, 1)
        if msg == text:
            fail(f"{gid}-{defect}: message unchanged")
        if defect == "wrong_language" and not intr:
            fail(f"{gid}-{defect}: intruding language not given")
        rid = f"{gid}-{defect}"
        k = 2
        while rid in seen_ids:
            rid = f"{gid}-{defect}-{k}"
            k += 1
        seen_ids.add(rid)
        if new.strip():
            planted[new.strip()] += 1
        dec = decisions[key]
        prim = DISPUTES[key][2]["buyer"]["language"].split("-")[0].lower()
        by_good[gid].append({"id": rid, "dispute": paths[key], "label": "bad", "defect": defect, "message": msg,
                             "note": f"{note} (replaced: {old[:60]!r})", "remedy": dec["remedy"],
                             "buyer_language": prim, "language": intr or lang, "good_id": gid})
    for p, c in planted.items():
        if c > 1:
            fail(f"planted text repeated {c} times: {p[:60]!r}")
    # planted text must not already sit in any good reply (it would not be a plant then)
    for p in planted:
        for gid, (_, _, text) in good.items():
            if len(p) > 12 and p in text:
                fail(f"planted text {p[:40]!r} already in good {gid}")

    out_rows = []
    for r in rows:
        out_rows.append(r)
        out_rows.extend(by_good[r["id"]])
    ids = [r["id"] for r in out_rows]
    if len(ids) != len(set(ids)):
        fail("duplicate ids")
    if not all(i.startswith("l") for i in ids):
        fail("id not starting with l")

    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} error(s); nothing written")
        return 1

    content = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out_rows)
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    frozen = TOOLS / "frozen.sha256"
    if frozen.exists():
        want = frozen.read_text().split()[0]
        if want != digest:
            print(f"refusing: labelled.jsonl is frozen at {want}, new content is {digest}")
            return 2
    (ROOT / "labelled.jsonl").write_text(content, encoding="utf-8")
    if freeze:
        frozen.write_text(f"{digest}  labelled.jsonl\n")

    bad = [r for r in out_rows if r["label"] == "bad"]
    print(f"rows {len(out_rows)}: good {len(out_rows) - len(bad)}, bad {len(bad)}")
    print("per defect:", dict(Counter(r["defect"] for r in bad)))
    print("per remedy:", dict(Counter(r["remedy"] for r in out_rows)))
    print("per buyer language:", dict(Counter(r["buyer_language"] for r in out_rows)))
    print("wrong_language intruders:", dict(Counter(r["language"] for r in bad if r["defect"] == "wrong_language")))
    print("sha256", digest, "(frozen)" if frozen.exists() else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
