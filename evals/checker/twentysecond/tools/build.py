#!/usr/bin/env python3
"""Build the `twentysecond` checker test set.

Writes disputes/*.json from disputes_src.py, runs `disputedraft decide` on each to confirm the
intended remedy, builds labelled.jsonl from replies_src.py (good rows) and edits_src.py (bad rows),
and runs plain sanity checks. It never calls `disputedraft check` or the checks package.

    python tools/build.py            # build + check (refuses to overwrite a frozen, different file)
    python tools/build.py --freeze   # additionally write tools/frozen.sha256
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

from disputes_src import DISPUTES  # noqa: E402
from edits_src import E as EDITS  # noqa: E402
from replies_src import GOODS  # noqa: E402

DECIDE = "/work/main/.venv/bin/disputedraft"
OUT = ROOT / "labelled.jsonl"
FROZEN = TOOLS / "frozen.sha256"
CJK = {"zh", "ja", "ko"}
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]

errors: list[str] = []


def fail(msg: str) -> None:
    errors.append(msg)


def primary(tag: str) -> str:
    return re.split(r"[-_]", tag)[0].lower()


def write_disputes() -> dict[str, dict]:
    (ROOT / "disputes").mkdir(exist_ok=True)
    info = {}
    for key, (stem, remedy, d) in DISPUTES.items():
        rel = f"disputes/{stem}.json"
        path = ROOT / rel
        text = json.dumps(d, ensure_ascii=False, indent=2) + "\n"
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        res = subprocess.run([DECIDE, "decide", str(path)], capture_output=True, text=True)
        if res.returncode != 0:
            fail(f"{key}: decide failed: {res.stderr.strip()}")
            continue
        dec = json.loads(res.stdout)
        if dec["remedy"] != remedy:
            fail(f"{key}: decide gave {dec['remedy']}, intended {remedy}")
        mentions = {}
        for p in dec["required_points"]:
            mentions.update(p["mention"])
            if p["missing"]:
                fail(f"{key}: point {p['id']} misses facts {p['missing']}")
        digits = set(re.findall(r"\d+", text)) | set(re.findall(r"\d+", res.stdout))
        info[key] = {"rel": rel, "remedy": dec["remedy"], "decision": dec, "mentions": mentions,
                     "digits": digits, "lang": primary(d["buyer"]["language"]), "buyer": d["buyer"]["name"]}
    return info


def greets_by_name(text: str, name: str) -> bool:
    first = text.strip().splitlines()[0]
    for tok in name.split():
        stem = tok[: max(3, len(tok) - 2)]
        if tok in first or stem in first:
            return True
    return False


def check_good(gid: str, text: str, d: dict) -> None:
    dec = d["decision"]
    sig = dec["facts"]["signature"]
    if not text.rstrip().endswith(sig):
        fail(f"{gid}: does not end with signature {sig!r}")
    if not greets_by_name(text, d["buyer"]):
        fail(f"{gid}: first line does not greet {d['buyer']!r}")
    for k, v in d["mentions"].items():
        if v not in text:
            fail(f"{gid}: mention {k}={v!r} not verbatim")
    for run in re.findall(r"\d+", text):
        if run not in d["digits"]:
            fail(f"{gid}: digit run {run!r} not in dispute/decision")
    if d["lang"] in CJK:
        n = len(re.sub(r"\s", "", text))
        if not 60 <= n <= 500:
            fail(f"{gid}: {n} chars outside 60-500")
    else:
        n = len(text.split())
        if not 40 <= n <= 200:
            fail(f"{gid}: {n} words outside 40-200")


def planted(old: str, new: str) -> str:
    if old and old in new:
        return new.replace(old, "", 1).strip()
    return new.strip()


def build() -> str:
    info = write_disputes()
    rows = []
    goods_text = {}
    for gid, (key, text) in GOODS.items():
        if not gid.startswith("b"):
            fail(f"{gid}: id must start with b")
        d = info.get(key)
        if d is None:
            continue
        check_good(gid, text, d)
        goods_text[gid] = text
        rows.append({"id": gid, "dispute": d["rel"], "label": "good", "defect": None, "message": text,
                     "note": "hand-written good reply", "remedy": d["remedy"], "buyer_language": d["lang"],
                     "language": d["lang"], "good_id": gid})
    seen_ids: Counter = Counter()
    plants: dict[str, str] = {}
    for good, defect, old, new, what, lang in EDITS:
        if defect not in DEFECTS:
            fail(f"{good}: unknown defect {defect}")
        base = GOODS[good][1]
        d = info[GOODS[good][0]]
        if base.count(old) != 1:
            fail(f"{good}/{defect}: old occurs {base.count(old)} times: {old[:40]!r}")
            continue
        if old == new:
            fail(f"{good}/{defect}: edit does not change the text")
        msg = base.replace(old, new, 1)
        if msg == base:
            fail(f"{good}/{defect}: message unchanged")
        seen_ids[(good, defect)] += 1
        n = seen_ids[(good, defect)]
        rid = f"{good}-{defect}" + (f"-{n}" if n > 1 else "")
        p = planted(old, new)
        if p:
            if p in plants:
                fail(f"{rid}: planted text repeats {plants[p]}")
            plants[p] = rid
            for gid, gtext in goods_text.items():
                if len(p) > 12 and p in gtext:
                    fail(f"{rid}: planted text already in good reply {gid}")
        rows.append({"id": rid, "dispute": d["rel"], "label": "bad", "defect": defect, "message": msg,
                     "note": f"{what} (replaced: '{old[:60]}')", "remedy": d["remedy"],
                     "buyer_language": d["lang"], "language": lang or d["lang"], "good_id": good})
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        fail("duplicate row ids")
    # planted text must not appear inside another row's planted text either
    ps = list(plants.items())
    for p, rid in ps:
        for q, rid2 in ps:
            if rid != rid2 and len(p) > 20 and p in q:
                fail(f"{rid}: planted text contained in {rid2}")
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main() -> int:
    content = build()
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        return 1
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    if FROZEN.exists():
        frozen = FROZEN.read_text().split()[0]
        if frozen != digest:
            print(f"REFUSED: labelled.jsonl is frozen at {frozen}; new content would be {digest}")
            return 2
    OUT.write_text(content, encoding="utf-8")
    rows = [json.loads(line) for line in content.splitlines()]
    print(f"rows {len(rows)}: good {sum(r['label'] == 'good' for r in rows)}, bad {sum(r['label'] == 'bad' for r in rows)}")
    print("per defect:", dict(sorted(Counter(r["defect"] for r in rows if r["defect"]).items())))
    print("per remedy:", dict(sorted(Counter(r["remedy"] for r in rows).items())))
    print("per buyer language:", dict(sorted(Counter(r["buyer_language"] for r in rows).items())))
    print("wrong_language intruders:", dict(Counter(r["language"] for r in rows if r["defect"] == "wrong_language")))
    print("sha256", digest)
    if "--freeze" in sys.argv:
        if not FROZEN.exists():
            FROZEN.write_text(f"{digest}  labelled.jsonl\n")
            print("frozen")
        else:
            print("already frozen with identical content")
    return 0


if __name__ == "__main__":
    sys.exit(main())
