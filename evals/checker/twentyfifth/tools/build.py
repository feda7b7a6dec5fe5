#!/usr/bin/env python3
"""Build the twentyfifth checker test set: disputes/, labelled.jsonl, sanity checks.

Usage: python tools/build.py [--freeze]
"""
import hashlib, json, re, subprocess, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DECIDE = "/work/main/.venv/bin/disputedraft"
sys.path.insert(0, str(HERE))
from disputes_src import DISPUTES  # noqa: E402
import replies_1, replies_2, replies_3  # noqa: E402

BLOCKS = {**replies_1.B, **replies_2.B, **replies_3.B}
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
errors = []

def err(msg):
    errors.append(msg)

def main():
    freeze = "--freeze" in sys.argv
    (ROOT / "disputes").mkdir(exist_ok=True)
    decisions, dtext = {}, {}
    for key, (slug, remedy, d) in DISPUTES.items():
        p = ROOT / "disputes" / f"{slug}.json"
        p.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        out = subprocess.run([DECIDE, "decide", str(p)], capture_output=True, text=True)
        if out.returncode != 0:
            err(f"{key}: decide failed: {out.stderr}"); continue
        dec = json.loads(out.stdout)
        if dec["remedy"] != remedy:
            err(f"{key}: remedy {dec['remedy']} != intended {remedy}")
        decisions[key] = dec
        dtext[key] = p.read_text(encoding="utf-8") + out.stdout
    if set(BLOCKS) != set(DISPUTES):
        err(f"blocks/disputes mismatch: {set(BLOCKS) ^ set(DISPUTES)}")

    rows, goods = [], {}
    for key in sorted(BLOCKS):
        slug, remedy, d = DISPUTES[key]
        dec = decisions[key]
        lang = d["buyer"]["language"].split("-")[0]
        facts = dec["facts"]
        mentions = {k: v for pt in dec["required_points"] for k, v in pt["mention"].items()}
        for gid, text in BLOCKS[key]["goods"].items():
            assert gid.startswith(key)
            goods[gid] = (key, text)
            # sanity: signature, greeting, mentions, digits
            if not text.rstrip().endswith(facts["signature"]):
                err(f"{gid}: does not end with signature {facts['signature']!r}")
            first = text.strip().splitlines()[0]
            if not any(tok[:4] in first for tok in facts["buyer_name"].split()):
                err(f"{gid}: buyer name not in greeting line {first!r}")
            for k, v in mentions.items():
                if v not in text:
                    err(f"{gid}: mention {k}={v!r} missing")
            for run in re.findall(r"\d+", text):
                if run not in dtext[key]:
                    err(f"{gid}: digit run {run} not in dispute/decision")
            n = len(text) if lang in ("zh", "ja", "ko") else len(text.split())
            lo, hi = (60, 500) if lang in ("zh", "ja", "ko") else (40, 200)
            if not lo <= n <= hi:
                err(f"{gid}: length {n} outside {lo}-{hi}")
            rows.append(dict(id=gid, dispute=f"disputes/{slug}.json", label="good", defect=None, message=text,
                             note="hand-written good reply", remedy=remedy, buyer_language=lang, language=lang,
                             good_id=gid))
        for gid, defect, old, new, note, rlang in BLOCKS[key]["bads"]:
            if defect not in DEFECTS:
                err(f"{gid}: unknown defect {defect}")
            text = BLOCKS[key]["goods"][gid]
            if text.count(old) != 1:
                err(f"{gid}/{defect}: old occurs {text.count(old)} times: {old[:40]!r}")
                continue
            msg = text.replace(old, new, 1)
            if msg == text:
                err(f"{gid}/{defect}: edit does not change the text")
            base = f"{gid}-{defect}"
            rid = base
            i = 2
            while any(r["id"] == rid for r in rows):
                rid = f"{base}-{i}"; i += 1
            rows.append(dict(id=rid, dispute=f"disputes/{slug}.json", label="bad", defect=defect, message=msg,
                             note=f"{note} (replaced: {old[:60]!r})", remedy=remedy, buyer_language=lang,
                             language=rlang or lang, good_id=gid, _old=old, _new=new))

    # planted text must not repeat across rows
    planted = Counter()
    for r in rows:
        if r["label"] == "bad":
            old, new = r["_old"], r["_new"]
            ins = new
            if old and old in new:
                ins = new.replace(old, "", 1)
            ins = ins.strip()
            if ins:
                planted[ins] += 1
    for s, c in planted.items():
        if c > 1:
            err(f"planted text repeated {c}x: {s[:60]!r}")
    ids = Counter(r["id"] for r in rows)
    for i, c in ids.items():
        if c > 1 or not i.startswith("a"):
            err(f"bad id {i}")
    msgs = Counter(r["message"] for r in rows)
    if any(c > 1 for c in msgs.values()):
        err("duplicate messages")

    if errors:
        print("\n".join(errors)); sys.exit(1)

    out = "".join(json.dumps({k: r[k] for k in ["id", "dispute", "label", "defect", "message", "note", "remedy",
                                                 "buyer_language", "language", "good_id"]}, ensure_ascii=False) + "\n"
                  for r in rows)
    digest = hashlib.sha256(out.encode("utf-8")).hexdigest()
    frozen = HERE / "frozen.sha256"
    target = ROOT / "labelled.jsonl"
    if frozen.exists():
        want = frozen.read_text().split()[0]
        if want != digest:
            print(f"refusing: labelled.jsonl is frozen at {want}, new content is {digest}"); sys.exit(2)
    target.write_text(out, encoding="utf-8")
    if freeze:
        frozen.write_text(f"{digest}  labelled.jsonl\n")
    bad = [r for r in rows if r["label"] == "bad"]
    print(f"rows {len(rows)}: good {len(rows) - len(bad)}, bad {len(bad)}; sha256 {digest}")
    print("per defect:", dict(sorted(Counter(r["defect"] for r in bad).items())))
    print("per remedy:", dict(sorted(Counter(r["remedy"] for r in rows).items())))
    print("per buyer language:", dict(sorted(Counter(r["buyer_language"] for r in rows).items())))
    print("wrong_language intruders:", dict(Counter(r["language"] for r in bad if r["defect"] == "wrong_language")))

if __name__ == "__main__":
    main()
