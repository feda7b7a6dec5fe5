#!/usr/bin/env python3
"""Build the seventeenth labelled set: disputes/, decide check, labelled.jsonl, label sanity checks.

No checker is imported or run. Sanity checks are plain string checks on our own labels.
Usage: .venv/bin/python evals/checker/seventeenth/tools/build.py [--freeze]
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
SET = TOOLS.parent
REPO = SET.parents[2]
sys.path.insert(0, str(TOOLS))

from bads_a import BADS_A  # noqa: E402
from bads_b import BADS_B  # noqa: E402
from bads_c import BADS_C  # noqa: E402
from disputes import DISPUTES, INTENDED, LANG  # noqa: E402
from goods import GOODS  # noqa: E402

DECIDE = [str(REPO / ".venv/bin/disputedraft"), "decide"]
DEFECTS = ["refund_promise", "off_platform_contact", "invented_tracking_number", "invented_amount_or_date",
           "wrong_language", "placeholder", "blame", "missing_required_point", "amount_over_cap",
           "feedback_request", "internal_note", "shouting"]
NUMERIC_OK = {"invented_tracking_number", "invented_amount_or_date", "amount_over_cap", "off_platform_contact"}
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def word_count(text: str) -> int:
    cjk = len(CJK.findall(text))
    return len(CJK.sub(" ", text).split()) + cjk // 2


def digits(text: str) -> set[str]:
    return set(re.findall(r"\d+", text))


def main() -> int:
    freeze = "--freeze" in sys.argv
    ddir = SET / "disputes"
    ddir.mkdir(exist_ok=True)
    decisions, files = {}, {}
    for key, spec in DISPUTES.items():
        path = ddir / f"{spec['file']}.json"
        path.write_text(json.dumps(spec["dispute"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        r = subprocess.run([*DECIDE, str(path)], capture_output=True, text=True, cwd=REPO)
        if r.returncode != 0:
            err(f"{key}: decide exit {r.returncode}: {r.stderr[-200:]}")
            continue
        dec = json.loads(r.stdout)
        if dec["remedy"] != INTENDED[key]:
            err(f"{key}: remedy {dec['remedy']} != intended {INTENDED[key]}")
        decisions[key], files[key] = dec, f"disputes/{path.name}"

    def allowed_text(dec: dict) -> str:
        f = dec["facts"]
        parts = [str(v) for k, v in f.items() if k not in ("items", "item_prices", "dates") and v is not None]
        parts += [*f["items"], *map(str, f["item_prices"]), *f["dates"]]
        for p in dec["required_points"]:
            parts += list(p["mention"].values())
        return " | ".join(parts)

    rows, goods_out = [], {}
    for gid, (key, msg) in GOODS.items():
        dec = decisions[key]
        facts = dec["facts"]
        name = facts["buyer_name"] or ""
        first_line = msg.strip().splitlines()[0]
        if not any(tok[:4].lower() in first_line.lower() for tok in name.split()):
            err(f"{gid}: greeting line does not name the buyer: {first_line!r}")
        if not msg.rstrip().endswith(facts["signature"]):
            err(f"{gid}: does not end with signature {facts['signature']!r}")
        for p in dec["required_points"]:
            for fact, val in p["mention"].items():
                if val not in msg:
                    err(f"{gid}: mention {fact}={val!r} not quoted")
        allowed = allowed_text(dec)
        for d in digits(msg):
            if d not in allowed:
                err(f"{gid}: stray number {d}")
        wc = word_count(msg)
        if not 40 <= wc <= 200:
            err(f"{gid}: {wc} words")
        if "!!!" in msg or re.search(r"[\[{<%]|〇〇", msg):
            err(f"{gid}: looks like shouting/placeholder")
        lang = LANG[key]
        goods_out[gid] = msg
        rows.append({"id": gid, "dispute": files[key], "label": "good", "defect": None, "message": msg,
                     "note": "hand-written good reply", "remedy": dec["remedy"], "buyer_language": lang,
                     "language": lang, "good_id": gid})

    seen_ids, inserted_seen = set(), {}
    for row in [*BADS_A, *BADS_B, *BADS_C]:
        gid, defect, old, new, note = row[:5]
        key = GOODS[gid][0]
        dec, good = decisions[key], goods_out[gid]
        lang = LANG[key]
        if defect not in DEFECTS:
            err(f"{gid}: unknown defect {defect}")
        bid = f"{gid}-{defect}"
        if bid in seen_ids:
            bid += "-2"
        if bid in seen_ids:
            err(f"{bid}: third row of the same defect")
        seen_ids.add(bid)
        if defect == "wrong_language":
            written = row[5]
            if written == lang:
                err(f"{bid}: wrong_language in the buyer's own language")
            msg = new
            for p in dec["required_points"]:
                for val in p["mention"].values():
                    if val not in msg:
                        err(f"{bid}: translation lost mention {val!r}")
        else:
            written = lang
            n = good.count(old)
            if n != 1:
                err(f"{bid}: edit anchor occurs {n} times")
                continue
            msg = good.replace(old, new)
            if msg == good:
                err(f"{bid}: edit changes nothing")
            added = new.replace(old, "") if old in new else new
            if added.strip():
                if added.strip() in inserted_seen:
                    err(f"{bid}: defect text reused from {inserted_seen[added.strip()]}")
                inserted_seen[added.strip()] = bid
            if defect not in NUMERIC_OK:
                allowed = allowed_text(dec)
                for d in digits(msg) - digits(good):
                    if d not in allowed:
                        err(f"{bid}: {defect} row introduces a number {d}")
            if defect == "amount_over_cap" and dec["remedy"] != "propose_partial_or_return":
                err(f"{bid}: amount_over_cap outside propose_partial_or_return")
            if defect == "shouting" and "!!!" not in msg:
                err(f"{bid}: shouting without !!!")
            if defect == "missing_required_point" and new:
                err(f"{bid}: missing point should be a pure deletion")
            if defect not in ("placeholder", "missing_required_point") and not msg.rstrip().endswith(
                    dec["facts"]["signature"]):
                err(f"{bid}: signature lost")
        rows.append({"id": bid, "dispute": files[key], "label": "bad", "defect": defect, "message": msg,
                     "note": note, "remedy": dec["remedy"], "buyer_language": lang, "language": written,
                     "good_id": gid})

    # counts
    goods = [r for r in rows if r["label"] == "good"]
    bads = [r for r in rows if r["label"] == "bad"]
    per_def = Counter(r["defect"] for r in bads)
    for d in DEFECTS:
        if per_def[d] < 11:
            err(f"defect {d}: only {per_def[d]} rows")
    if len(goods) < 28 or len(bads) < 170:
        err(f"counts: {len(goods)} good, {len(bads)} bad")
    rem = Counter(d["remedy"] for d in decisions.values())
    for r, n in rem.items():
        if n < 2:
            err(f"remedy {r} has {n} disputes")
    if len(set(LANG.values())) < 22:
        err(f"only {len(set(LANG.values()))} languages")

    print(f"goods {len(goods)}  bads {len(bads)}  disputes {len(decisions)}")
    print("per defect:", dict(sorted(per_def.items())))
    print("per remedy (rows):", dict(Counter(r["remedy"] for r in rows)))
    print("per language (rows good/bad):",
          {lng: (sum(1 for r in goods if r["buyer_language"] == lng), sum(1 for r in bads if r["buyer_language"] == lng))
           for lng in sorted(set(LANG.values()))})
    print("wrong_language written in:", dict(Counter(r["language"] for r in bads if r["defect"] == "wrong_language")))
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        return 1

    out = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    target, frozen = SET / "labelled.jsonl", TOOLS / "frozen.sha256"
    sha = hashlib.sha256(out.encode("utf-8")).hexdigest()
    if frozen.exists():
        want = frozen.read_text().split()[0]
        if sha != want:
            print(f"REFUSING: labelled.jsonl is frozen at {want}, new content hashes to {sha}")
            return 2
        print("content matches the frozen hash")
    target.write_text(out, encoding="utf-8")
    if freeze and not frozen.exists():
        frozen.write_text(f"{sha}  labelled.jsonl\n")
        print("frozen")
    print("sha256", sha)
    return 0


if __name__ == "__main__":
    sys.exit(main())
