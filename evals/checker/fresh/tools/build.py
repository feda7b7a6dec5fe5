"""Build evals/checker/fresh/{disputes/, labelled.jsonl} from tools/data.py and sanity-check our own labels.

Uses `disputedraft decide` (the policy, not the checker) to get each dispute's remedy, mentions, facts and
signature; never calls `disputedraft check`.
Run from the repo root: .venv/bin/python evals/checker/fresh/tools/build.py
"""
from __future__ import annotations

import collections
import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
FRESH = TOOLS.parent
REPO = FRESH.parents[2]
sys.path.insert(0, str(TOOLS))
from data import DISPUTES, GOODS, GREETING_FORM  # noqa: E402

DEFECTS = {"refund_promise", "off_platform_contact", "invented_tracking_number", "invented_amount_or_date",
           "wrong_language", "placeholder", "blame", "missing_required_point", "amount_over_cap",
           "feedback_request", "internal_note", "shouting"}
errors: list[str] = []


def err(msg):
    errors.append(msg)


def write_disputes():
    out = FRESH / "disputes"
    out.mkdir(exist_ok=True)
    dec_dir = TOOLS / "decisions"
    dec_dir.mkdir(exist_ok=True)
    decisions = {}
    for name, d in DISPUTES.items():
        p = out / f"{name}.json"
        p.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        r = subprocess.run([str(REPO / ".venv/bin/disputedraft"), "decide", str(p)], capture_output=True, text=True, cwd=REPO)
        if r.returncode != 0:
            err(f"{name}: decide exit {r.returncode}: {r.stderr.strip()}")
            continue
        dec = json.loads(r.stdout)
        intended = name.split("_", 2)[2]
        if dec["remedy"] != intended:
            err(f"{name}: decide gave {dec['remedy']}, intended {intended}")
        (dec_dir / f"{name}.json").write_text(json.dumps(dec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        decisions[name] = dec
    return decisions


NUM = re.compile(r"\d+(?:[.,]\d+)*")


def fact_strings(dec):
    f = dec["facts"]
    vals = [f.get(k) for k in ("order_id", "order_total", "tracking_number", "reship_tracking_number",
                               "return_tracking_number", "return_address", "protection_extension_days",
                               "partial_refund_cap")]
    vals += f.get("item_prices") or []
    vals += f.get("dates") or []
    for pt in dec["required_points"]:
        vals += list(pt["mention"].values())
    return [str(v) for v in vals if v is not None]


def check_good(g, dec, buyer):
    text, gid = g["message"], g["id"]
    f = dec["facts"]
    for pt in dec["required_points"]:
        for k, v in pt["mention"].items():
            if v not in text:
                err(f"{gid}: mention {k}={v!r} not quoted verbatim")
    if not text.rstrip().endswith(f["signature"]):
        err(f"{gid}: does not end with signature {f['signature']!r}")
    first_line = text.strip().splitlines()[0]
    names = buyer["name"].split() + [buyer["name"]]
    if GREETING_FORM.get(gid):
        names.append(GREETING_FORM[gid])
    if not any(n in first_line for n in names):
        err(f"{gid}: greeting {first_line!r} lacks buyer name")
    n_words = len(text.split())
    if not 40 <= n_words <= 200:
        err(f"{gid}: {n_words} words")
    for bad in ("[", "]", "{", "}", "<", ">", "XXX", "!!", "@", "http", "www.", "TODO"):
        if bad in text:
            err(f"{gid}: contains {bad!r}")
    facts = fact_strings(dec)
    for m in NUM.finditer(text):
        tok = m.group(0)
        if not any(tok in s for s in facts):
            err(f"{gid}: number {tok!r} is not a fact of the dispute")
    if dec["remedy"] == "propose_partial_or_return":
        cap = Decimal(f["partial_refund_cap"])
        for m in re.finditer(r"\d+\.\d+", text):
            if Decimal(m.group(0)) > cap:
                err(f"{gid}: amount {m.group(0)} above cap {cap}")


def apply(g, b, sig):
    text = g["message"]
    if b["kind"] == "translate":
        return b["text"]
    if b["kind"] == "before_sig":
        if text.count(sig) != 1 or not text.rstrip().endswith(sig):
            err(f"{g['id']}: signature not unique/at end")
        idx = text.rindex(sig)
        return text[:idx] + b["added"] + "\n\n" + text[idx:]
    c = text.count(b["old"])
    if c != 1:
        err(f"{g['id']}-{b['defect']}: edit anchor occurs {c} times: {b['old']!r}")
        return text
    return text.replace(b["old"], b["new"], 1)


def main():
    decisions = write_disputes()
    rows = []
    for g in GOODS:
        name = g["dispute"]
        dec = decisions.get(name)
        if dec is None:
            err(f"{g['id']}: unknown dispute {name}")
            continue
        d = DISPUTES[name]
        nn = int(name[1:3])
        buyer_lang = name.split("_")[1]
        if g["language"] != buyer_lang:
            err(f"{g['id']}: good reply language {g['language']} != buyer {buyer_lang}")
        check_good(g, dec, d["buyer"])
        base = {"dispute": f"disputes/{name}.json", "remedy": dec["remedy"], "buyer_language": buyer_lang,
                "half": "A" if nn % 2 else "B"}
        rows.append({"id": g["id"], **{k: base[k] for k in ("dispute",)}, "label": "good", "defect": None,
                     "message": g["message"], "note": "good reply", "remedy": base["remedy"],
                     "buyer_language": buyer_lang, "language": g["language"], "good_id": g["id"], "half": base["half"]})
        seen = set()
        for b in g["bads"]:
            defect = b["defect"]
            if defect not in DEFECTS:
                err(f"{g['id']}: unknown defect {defect}")
            if defect in seen:
                err(f"{g['id']}: duplicate defect {defect}")
            seen.add(defect)
            if defect == "amount_over_cap" and dec["remedy"] != "propose_partial_or_return":
                err(f"{g['id']}: amount_over_cap outside propose_partial_or_return")
            msg = apply(g, b, dec["facts"]["signature"])
            if msg == g["message"]:
                err(f"{g['id']}-{defect}: identical to good")
            lang = b.get("lang", g["language"])
            if defect == "wrong_language" and lang == buyer_lang:
                err(f"{g['id']}: wrong_language in buyer's language")
            rows.append({"id": f"{g['id']}-{defect}", "dispute": base["dispute"], "label": "bad", "defect": defect,
                         "message": msg, "note": b["note"], "remedy": base["remedy"], "buyer_language": buyer_lang,
                         "language": lang, "good_id": g["id"], "half": base["half"]})
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    # coverage
    remedies = {r["remedy"] for r in rows}
    langs = {r["buyer_language"] for r in rows}
    by_def = collections.Counter(r["defect"] for r in rows if r["label"] == "bad")
    for dft in DEFECTS:
        if by_def[dft] < 8:
            err(f"defect {dft}: only {by_def[dft]}")
    n_good = sum(r["label"] == "good" for r in rows)
    n_bad = len(rows) - n_good
    if len(DISPUTES) < 24 or len(remedies) < 10 or len(langs) < 8 or n_good < 36 or n_bad < 120:
        err(f"coverage: disputes={len(DISPUTES)} remedies={len(remedies)} langs={len(langs)} good={n_good} bad={n_bad}")
    with open(FRESH / "labelled.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(DISPUTES)} disputes, {len(rows)} rows: {n_good} good, {n_bad} bad; remedies {len(remedies)}, languages {sorted(langs)}")
    for dft, n in sorted(by_def.items()):
        print(f"  {dft:26s} {n}")
    if errors:
        print("\nSANITY ERRORS:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("sanity checks passed")


if __name__ == "__main__":
    main()
