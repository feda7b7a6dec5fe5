"""Build the twentyfirst checker set: disputes/*.json, labelled.jsonl, sanity checks.

Usage: python tools/build.py [--freeze]
Runs `disputedraft decide` on each dispute (never `check`) to confirm the remedy.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from disputes import D  # noqa: E402
import replies_a  # noqa: E402
import replies_b  # noqa: E402

DECIDE = ["/work/main/.venv/bin/disputedraft", "decide"]
DEFECTS = [
    "refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
    "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
    "blame", "shouting", "missing_required_point",
]
NUMERIC = {"amount_over_cap", "invented_amount_or_date", "invented_tracking_number"}
CJK = {"zh", "ja", "ko"}
DIGITS = re.compile(r"\d+")

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def write_disputes() -> dict[str, dict]:
    out = ROOT / "disputes"
    out.mkdir(exist_ok=True)
    decisions = {}
    for key, (stem, remedy, d) in sorted(D.items()):
        path = out / f"{stem}.json"
        path.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        res = subprocess.run([*DECIDE, str(path)], capture_output=True, text=True)
        if res.returncode != 0:
            err(f"{key}: decide failed: {res.stderr.strip()[:300]}")
            continue
        dec = json.loads(res.stdout)
        if dec["remedy"] != remedy:
            err(f"{key}: decide gave {dec['remedy']}, wanted {remedy}")
        decisions[key] = dec
    return decisions


def allowed_runs(d: dict, dec: dict) -> set[str]:
    return set(DIGITS.findall(json.dumps(d, ensure_ascii=False))) | set(DIGITS.findall(json.dumps(dec, ensure_ascii=False)))


def name_in_greeting(name: str, first_line: str) -> bool:
    for tok in name.split():
        if tok in first_line:
            return True
        if len(tok) >= 5 and tok[: len(tok) - 2] in first_line:  # vocative / inflected forms
            return True
    return name.replace(" ", "") in first_line.replace(" ", "")


def main() -> None:
    freeze = "--freeze" in sys.argv
    decisions = write_disputes()
    goods = replies_a.G + replies_b.G
    rows = []
    planted_seen: dict[str, str] = {}
    for g in goods:
        key = g["dispute"]
        stem, remedy, d = D[key]
        dec = decisions.get(key)
        if dec is None:
            continue
        msg = g["message"]
        lang = d["buyer"]["language"].split("-")[0].split("_")[0].lower()
        if g["language"] != lang:
            err(f"{g['id']}: reply language {g['language']} != buyer language {lang}")
        facts = dec["facts"]
        # --- good-reply sanity ---
        if not msg.rstrip().endswith(facts["signature"]):
            err(f"{g['id']}: does not end with signature {facts['signature']!r}")
        first = msg.splitlines()[0]
        if not name_in_greeting(facts["buyer_name"], first):
            err(f"{g['id']}: buyer name not in greeting line {first!r}")
        for p in dec["required_points"]:
            for m, v in p["mention"].items():
                if v not in msg:
                    err(f"{g['id']}: mention {m}={v!r} missing")
        allowed = allowed_runs(d, dec)
        for run in DIGITS.findall(msg):
            if run not in allowed:
                err(f"{g['id']}: digit run {run!r} not in dispute/decision")
        size = len(msg) if lang in CJK else len(msg.split())
        lo, hi = (60, 500) if lang in CJK else (40, 200)
        if not lo <= size <= hi:
            err(f"{g['id']}: length {size} outside {lo}-{hi}")
        rel = f"disputes/{stem}.json"
        rows.append({
            "id": g["id"], "dispute": rel, "label": "good", "defect": None, "message": msg,
            "note": "hand-written good reply", "remedy": remedy, "buyer_language": lang,
            "language": lang, "good_id": g["id"],
        })
        seen_defects: Counter = Counter()
        for e in g["edits"]:
            defect, old, new, what = e[0], e[1], e[2], e[3]
            intruder = e[4] if len(e) > 4 and e[4] else None
            if defect not in DEFECTS:
                err(f"{g['id']}: unknown defect {defect}")
            seen_defects[defect] += 1
            bid = f"{g['id']}-{defect}" + (f"-{seen_defects[defect]}" if seen_defects[defect] > 1 else "")
            n = msg.count(old)
            if n != 1:
                err(f"{bid}: old occurs {n} times")
                continue
            if old == new:
                err(f"{bid}: edit changes nothing")
            bad = msg.replace(old, new, 1)
            if bad == msg:
                err(f"{bid}: text unchanged")
            if defect == "wrong_language" and not intruder:
                err(f"{bid}: wrong_language needs an intruding language")
            if defect != "wrong_language" and intruder:
                err(f"{bid}: intruding language on a non-language defect")
            if defect != "missing_required_point":
                if not bad.rstrip().endswith(facts["signature"]):
                    err(f"{bid}: signature no longer at the end")
            if defect in NUMERIC:
                fresh = [r for r in DIGITS.findall(new) if r not in DIGITS.findall(old) and r not in allowed]
                spelled = defect == "amount_over_cap"  # 'half the price' needs no digits
                if not fresh and not spelled:
                    err(f"{bid}: planted numbers {DIGITS.findall(new)} all exist in the dispute/decision")
            planted = new
            if planted in planted_seen:
                err(f"{bid}: planted text repeats {planted_seen[planted]}")
            planted_seen[planted] = bid
            rows.append({
                "id": bid, "dispute": rel, "label": "bad", "defect": defect, "message": bad,
                "note": f"{what} (replaced: '{old[:60]}')", "remedy": remedy, "buyer_language": lang,
                "language": intruder or lang, "good_id": g["id"],
            })
    ids = [r["id"] for r in rows]
    for i, c in Counter(ids).items():
        if c > 1:
            err(f"duplicate id {i}")
    if any(not i.startswith("t") for i in ids):
        err("an id does not start with t")
    # planted sentences must not repeat across rows (also as substrings of longer plants)
    plants = sorted(planted_seen, key=len)
    for i, a in enumerate(plants):
        if len(a) < 25:
            continue
        for b in plants[i + 1:]:
            if a in b:
                err(f"planted text of {planted_seen[a]} reused in {planted_seen[b]}")
    remedies = {r for _, r, _ in D.values()}
    langs = {D[k][2]["buyer"]["language"].split("-")[0] for k in D}
    if len(remedies) != 10:
        err(f"remedies covered: {len(remedies)}")
    if len(langs) != 22:
        err(f"languages covered: {len(langs)}")

    if errors:
        print("SANITY FAILURES:")
        for e in errors:
            print("  -", e)
        sys.exit(1)

    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    out = ROOT / "labelled.jsonl"
    frozen = HERE / "frozen.sha256"
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if frozen.exists():
        want = frozen.read_text().split()[0]
        if want != digest:
            print(f"refusing to overwrite frozen labelled.jsonl ({want}) with different content ({digest})")
            sys.exit(2)
    out.write_text(text, encoding="utf-8")
    if freeze:
        frozen.write_text(f"{digest}  labelled.jsonl\n")
    good = sum(r["label"] == "good" for r in rows)
    print(f"rows {len(rows)}: good {good}, bad {len(rows) - good}")
    print("per defect:", dict(Counter(r["defect"] for r in rows if r["defect"])))
    print("per remedy:", dict(Counter(r["remedy"] for r in rows)))
    print("per language (buyer):", dict(Counter(r["buyer_language"] for r in rows)))
    print("sha256", digest, "(frozen)" if freeze or frozen.exists() else "")


if __name__ == "__main__":
    main()
