#!/usr/bin/env python3
"""Build the twentythird hand-labelled checker set.

Writes disputes/*.json, runs `disputedraft decide` on each to confirm the intended remedy,
builds labelled.jsonl from the hand-written good replies and single-edit bad rows, and runs
plain sanity checks. `--freeze` records the sha256 of labelled.jsonl in tools/frozen.sha256;
once frozen, the build refuses to overwrite labelled.jsonl with different content.
Uses only the CLI's `decide` command (no checker code).
"""
from __future__ import annotations

import argparse
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

from disputes_src import DISPUTES  # noqa: E402
from edits_src import EDITS  # noqa: E402
from replies_src import GOOD  # noqa: E402

DECIDE = ["/work/main/.venv/bin/disputedraft", "decide"]
CJK = {"zh", "ja", "ko"}
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]


def fail(msg: str) -> None:
    print("SANITY FAIL:", msg, file=sys.stderr)
    sys.exit(1)


def write_disputes() -> dict[str, dict]:
    out = {}
    (ROOT / "disputes").mkdir(exist_ok=True)
    for x in DISPUTES:
        rel = f"disputes/{x['key']}.json"
        path = ROOT / rel
        path.write_text(json.dumps(x["dispute"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        res = subprocess.run([*DECIDE, str(path)], capture_output=True, text=True)
        if res.returncode != 0:
            fail(f"decide failed on {rel}: {res.stderr}")
        dec = json.loads(res.stdout)
        if dec["remedy"] != x["remedy"]:
            fail(f"{rel}: decide gave {dec['remedy']}, intended {x['remedy']}")
        if dec["dispute_id"] != x["dispute"]["id"]:
            fail(f"{rel}: id mismatch")
        out[x["key"]] = {"rel": rel, "lang": x["lang"], "dispute": x["dispute"], "decision": dec}
    return out


def planted(old: str, new: str) -> str:
    i = 0
    while i < min(len(old), len(new)) and old[i] == new[i]:
        i += 1
    j = 0
    while j < min(len(old), len(new)) - i and old[-1 - j] == new[-1 - j]:
        j += 1
    return new[i:len(new) - j]


def check_good(gid: str, text: str, d: dict) -> None:
    dec, facts = d["decision"], d["decision"]["facts"]
    if not text.rstrip().endswith(facts["signature"]):
        fail(f"{gid}: does not end with signature {facts['signature']!r}")
    first = text.strip().splitlines()[0]
    if facts["buyer_name"] not in first:
        fail(f"{gid}: buyer name not in greeting line {first!r}")
    for pt in dec["required_points"]:
        if pt["missing"]:
            fail(f"{gid}: decision has missing facts {pt['missing']}")
        for k, v in pt["mention"].items():
            if v not in text:
                fail(f"{gid}: mention {k}={v!r} not verbatim")
    haystack = json.dumps(d["dispute"], ensure_ascii=False) + json.dumps(dec, ensure_ascii=False)
    for run in re.findall(r"\d+", text):
        if run not in haystack:
            fail(f"{gid}: digit run {run!r} not in dispute/decision")
    if d["lang"] in CJK:
        n = len(re.sub(r"\s", "", text))
        if not 60 <= n <= 500:
            fail(f"{gid}: {n} chars, want 60-500")
    else:
        n = len(text.split())
        if not 40 <= n <= 200:
            fail(f"{gid}: {n} words, want 40-200")


def build_rows(ds: dict[str, dict]) -> list[dict]:
    rows = []
    goods = {}
    for gid, (key, text) in GOOD.items():
        if key not in ds:
            fail(f"{gid}: unknown dispute {key}")
        check_good(gid, text, ds[key])
        goods[gid] = (key, text)
    by_good: dict[str, list] = {g: [] for g in GOOD}
    seen_ids: Counter = Counter()
    plants: dict[str, str] = {}
    for gid, defect, old, new, note, lang in EDITS:
        if defect not in DEFECTS:
            fail(f"{gid}: unknown defect {defect}")
        key, text = goods[gid]
        if text.count(old) != 1:
            fail(f"{gid}/{defect}: old occurs {text.count(old)} times: {old[:60]!r}")
        msg = text.replace(old, new, 1)
        if msg == text or old == new:
            fail(f"{gid}/{defect}: edit changes nothing")
        p = planted(old, new).strip()
        if p:
            if p in plants:
                fail(f"{gid}/{defect}: planted text repeated from {plants[p]}: {p!r}")
            plants[p] = f"{gid}/{defect}"
        if (defect == "wrong_language") != (lang is not None):
            fail(f"{gid}/{defect}: intruding language only (and always) for wrong_language")
        seen_ids[(gid, defect)] += 1
        n = seen_ids[(gid, defect)]
        rid = f"{gid}-{defect}" + (f"-{n}" if n > 1 else "")
        by_good[gid].append((rid, defect, msg, note, old, lang))
    # planted text must not be copied between rows either (sentence level, >= 25 chars)
    sents: dict[str, str] = {}
    for p, where in plants.items():
        for s in re.split(r"(?<=[.!?。！？])\s*", p):
            s = s.strip()
            if len(s) >= 25:
                if s in sents and sents[s].split("/")[0] != where.split("/")[0]:
                    fail(f"planted sentence reused in {where} and {sents[s]}: {s!r}")
                sents[s] = where
    for gid, (key, text) in goods.items():
        d = ds[key]
        base = {"dispute": d["rel"], "remedy": d["decision"]["remedy"], "buyer_language": d["lang"]}
        rows.append({"id": gid, "dispute": base["dispute"], "label": "good", "defect": None, "message": text,
                     "note": "hand-written good reply", "remedy": base["remedy"],
                     "buyer_language": base["buyer_language"], "language": d["lang"], "good_id": gid})
        for rid, defect, msg, note, old, lang in by_good[gid]:
            rows.append({"id": rid, "dispute": base["dispute"], "label": "bad", "defect": defect, "message": msg,
                         "note": f"{note} (replaced: {old[:60]!r})", "remedy": base["remedy"],
                         "buyer_language": base["buyer_language"], "language": lang or d["lang"], "good_id": gid})
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        fail("duplicate row ids")
    if not all(i.startswith("f") for i in ids):
        fail("ids must start with f")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--freeze", action="store_true", help="record the sha256 of labelled.jsonl")
    args = ap.parse_args()
    ds = write_disputes()
    rows = build_rows(ds)
    content = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    digest = hashlib.sha256(content).hexdigest()
    frozen = TOOLS / "frozen.sha256"
    out = ROOT / "labelled.jsonl"
    if frozen.exists():
        want = frozen.read_text().split()[0]
        if want != digest:
            fail(f"labelled.jsonl is frozen at {want}; this build gives {digest}. Refusing to overwrite.")
    out.write_bytes(content)
    if args.freeze:
        frozen.write_text(f"{digest}  labelled.jsonl\n")
    c = Counter(r["label"] for r in rows)
    print(f"rows: {len(rows)} good={c['good']} bad={c['bad']} sha256={digest}")
    print("per defect:", dict(Counter(r["defect"] for r in rows if r["defect"])))
    print("per remedy:", dict(Counter(r["remedy"] for r in rows)))
    print("per buyer language:", dict(Counter(r["buyer_language"] for r in rows)))
    print("wrong_language intruders:", dict(Counter(r["language"] for r in rows if r["defect"] == "wrong_language")))


if __name__ == "__main__":
    main()
