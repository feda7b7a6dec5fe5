#!/usr/bin/env python3
"""Build the nineteenth hand-labelled checker set.

Writes disputes/*.json from disputes_src.py, runs `disputedraft decide` on each (checks the remedy),
assembles labelled.jsonl from the hand-written replies in replies_*.py and sanity-checks the labels with
plain string checks. The checker is never imported or run.

    python build.py            # build + check; refuses to overwrite a frozen labelled.jsonl with new content
    python build.py --freeze   # additionally write tools/frozen.sha256
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
DECIDE = [str(REPO / ".venv/bin/disputedraft"), "decide"]
sys.path.insert(0, str(TOOLS))

from disputes_src import DISPUTES  # noqa: E402
import replies_a, replies_b, replies_c  # noqa: E402

DEFECTS = ["refund_promise", "off_platform_contact", "invented_tracking_number", "invented_amount_or_date",
           "wrong_language", "placeholder", "blame", "missing_required_point", "amount_over_cap",
           "feedback_request", "internal_note", "shouting"]
CJK = {"ja", "zh", "ko"}
errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def digits(text: str) -> set[str]:
    return set(re.findall(r"\d+", text))


def main() -> int:
    freeze = "--freeze" in sys.argv
    # 1. disputes + decisions
    info = {}
    for n, x in enumerate(DISPUTES, 1):
        path = SET / "disputes" / x["file"]
        path.write_text(json.dumps(x["dispute"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        r = subprocess.run(DECIDE + [str(path)], capture_output=True, text=True)
        if r.returncode != 0:
            err(f"decide failed for {path.name}: {r.stderr[-300:]}")
            continue
        dec = json.loads(r.stdout)
        if dec["remedy"] != x["remedy"]:
            err(f"{path.name}: remedy {dec['remedy']} != intended {x['remedy']}")
        mentions = {k: v for p in dec["required_points"] for k, v in p["mention"].items()}
        allowed = digits(json.dumps(x["dispute"], ensure_ascii=False)) | digits(" ".join(mentions.values()))
        tracks = {t for t in [dec["facts"]["tracking_number"], dec["facts"]["reship_tracking_number"],
                              dec["facts"]["return_tracking_number"]] if t}
        info[n] = dict(file=x["file"], lang=x["lang"], remedy=x["remedy"], dec=dec, mentions=mentions,
                       allowed=allowed, tracks=tracks, sig=dec["facts"]["signature"],
                       name=dec["facts"]["buyer_name"], region=x["dispute"]["buyer"].get("language"))
    # 2. rows
    rows, planted_seen, goods_seen = [], {}, set()
    for gid, dno, msg, edits in replies_a.R + replies_b.R + replies_c.R:
        d = info[dno]
        if gid in goods_seen:
            err(f"duplicate good id {gid}")
        goods_seen.add(gid)
        # good checks
        if not msg.rstrip().endswith(d["sig"]):
            err(f"{gid}: does not end with signature {d['sig']!r}")
        # vocatives (Pani Katarzyno, Олено) keep the first four letters of the name
        if not any(part[:4] in msg for part in d["name"].split()):
            err(f"{gid}: buyer not greeted by name")
        for k, v in d["mentions"].items():
            if v not in msg:
                err(f"{gid}: mention {k}={v!r} not quoted")
        stray = digits(msg) - d["allowed"]
        if stray:
            err(f"{gid}: stray numbers {stray}")
        size = len(msg) if d["lang"] in CJK else len(msg.split())
        lo, hi = (60, 500) if d["lang"] in CJK else (40, 200)
        if not lo <= size <= hi:
            err(f"{gid}: length {size} outside {lo}-{hi}")
        rows.append({"id": gid, "dispute": f"disputes/{d['file']}", "label": "good", "defect": None,
                     "message": msg, "note": "hand-written good reply", "remedy": d["remedy"],
                     "buyer_language": d["lang"], "language": d["lang"], "good_id": gid})
        per_defect = Counter()
        for e in edits:
            defect, old, new = e[0], e[1], e[2]
            note = e[3] if len(e) > 3 and e[3] else None
            lang = e[4] if len(e) > 4 else d["lang"]
            if defect not in DEFECTS:
                err(f"{gid}: unknown defect {defect}")
            per_defect[defect] += 1
            rid = f"{gid}-{defect}" + ("" if per_defect[defect] == 1 else f"-{per_defect[defect]}")
            if msg.count(old) != 1:
                err(f"{rid}: old text occurs {msg.count(old)} times")
                continue
            bad = msg.replace(old, new, 1)
            if bad == msg:
                err(f"{rid}: edit changes nothing")
            # planted text = new minus what it kept of old
            planted = new.replace(old, "\u0000") if old in new else new
            key = planted.strip()
            if key and key in planted_seen:
                err(f"{rid}: planted text reused from {planted_seen[key]}")
            if key:
                planted_seen[key] = rid
            new_digits = digits(bad) - d["allowed"]
            numeric = {"invented_tracking_number", "invented_amount_or_date", "amount_over_cap"}
            if defect not in numeric and new_digits:
                err(f"{rid}: unexpected new numbers {new_digits}")
            if defect == "invented_amount_or_date" and not new_digits:
                err(f"{rid}: no invented number")
            if defect == "invented_tracking_number":
                toks = set(re.findall(r"[A-Z]{2}\d{9,13}[A-Z]{0,2}", bad))
                if not toks - d["tracks"]:
                    err(f"{rid}: no foreign tracking number")
            if defect == "amount_over_cap":
                if d["remedy"] != "propose_partial_or_return":
                    err(f"{rid}: amount_over_cap outside propose_partial_or_return")
                if d["mentions"]["partial_refund_cap"] in bad:
                    err(f"{rid}: cap still quoted")
            if defect == "shouting":
                if not (re.search(r"\b[^\W\d_a-z]{4,}\b", new) and any(w.isupper() and len(w) >= 4 for w in re.findall(r"\w+", new))) \
                        and not re.search(r"[!！?？]{3}", new):
                    err(f"{rid}: no capitals or !!!")
            if defect == "missing_required_point" and new.strip() and len(new) >= len(old):
                err(f"{rid}: missing point edit does not remove text")
            keeps_facts = defect not in {"missing_required_point", "placeholder", "invented_tracking_number",
                                         "amount_over_cap", "invented_amount_or_date", "wrong_language"}
            if keeps_facts:
                for k, v in d["mentions"].items():
                    if v not in bad:
                        err(f"{rid}: mention {k} lost")
                if not bad.rstrip().endswith(d["sig"]):
                    err(f"{rid}: signature lost")
            auto = f"{defect}: replaced «{old.strip()[:70]}» with «{new.strip()[:110]}»"
            rows.append({"id": rid, "dispute": f"disputes/{d['file']}", "label": "bad", "defect": defect,
                         "message": bad, "note": (note + " | " if note else "") + auto, "remedy": d["remedy"],
                         "buyer_language": d["lang"], "language": lang, "good_id": gid})
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        err("duplicate row ids")
    # 3. coverage
    goods = [r for r in rows if r["label"] == "good"]
    bads = [r for r in rows if r["label"] == "bad"]
    dc = Counter(r["defect"] for r in bads)
    if len(goods) < 28 or len(bads) < 170:
        err(f"too few rows: {len(goods)} good, {len(bads)} bad")
    for t in DEFECTS:
        if dc[t] < 11:
            err(f"defect {t}: only {dc[t]} rows")
    rc = Counter(x["remedy"] for x in DISPUTES)
    for rem in ["evidence_by_problem_type", "customs_clearance", "extend_delivery_time", "offer_reshipment",
                "confirm_reshipment", "propose_partial_or_return", "await_platform_decision", "escalation_reply",
                "return_instructions", "return_received"]:
        if rc[rem] < 2:
            err(f"remedy {rem}: only {rc[rem]} disputes")
    langs = {x["lang"] for x in DISPUTES}
    need = set("en es fr de it pt pl ru nl tr ko ja zh ar sv cs uk ro hu el da fi".split())
    if need - langs:
        err(f"missing languages {need - langs}")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s); labelled.jsonl NOT written")
        return 1
    # 4. write, respecting the freeze
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    out, frozen = SET / "labelled.jsonl", TOOLS / "frozen.sha256"
    if frozen.exists():
        want = frozen.read_text().split()[0]
        if want != sha:
            print(f"refusing: labelled.jsonl is frozen at {want}, new content hashes to {sha}")
            return 2
    out.write_text(text, encoding="utf-8")
    if freeze and not frozen.exists():
        frozen.write_text(f"{sha}  labelled.jsonl\n")
    print(f"{len(goods)} good, {len(bads)} bad, sha256 {sha}")
    print("defects:", dict(sorted(dc.items())))
    print("languages (bad rows by buyer language):", dict(sorted(Counter(r['buyer_language'] for r in bads).items())))
    print("remedies (rows):", dict(sorted(Counter(r['remedy'] for r in rows).items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
