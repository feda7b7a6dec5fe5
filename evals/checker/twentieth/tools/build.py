"""Build the twentieth hand-labelled set: disputes/, decide check, labelled.jsonl, string sanity checks."""
import hashlib, json, re, subprocess, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from disputes_data import DISPUTES
from replies_a import GOODS
import replies_b  # noqa: F401  (registers part B)

CODES = {"R": "refund_promise", "O": "off_platform_contact", "T": "invented_tracking_number",
         "A": "invented_amount_or_date", "L": "wrong_language", "P": "placeholder", "B": "blame",
         "M": "missing_required_point", "F": "feedback_request", "I": "internal_note", "S": "shouting",
         "C": "amount_over_cap"}
WRONG_LANG = {"d01a": "de", "d02a": "es", "d03a": "en", "d05a": "en", "d07a": "ru", "d09a": "de", "d10a": "en",
              "d12a": "zh", "d14a": "en", "d16a": "pl", "d18a": "it", "d20a": "en", "d21a": "sv"}
errors = []
BIN = "/work/main/.venv/bin/disputedraft"
(ROOT / "disputes").mkdir(exist_ok=True)
info = {}
for did, lang, remedy, d in DISPUTES:
    name = f"{did}_{lang or 'xx'}_{remedy}.json"
    p = ROOT / "disputes" / name
    p.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    r = subprocess.run([BIN, "decide", str(p)], capture_output=True, text=True)
    if r.returncode != 0:
        errors.append(f"{did}: decide exit {r.returncode}"); continue
    dec = json.loads(r.stdout)
    if dec["remedy"] != remedy:
        errors.append(f"{did}: remedy {dec['remedy']} != {remedy}")
    mentions = {k: v for pt in dec["required_points"] for k, v in pt["mention"].items()}
    fact_text = json.dumps(d, ensure_ascii=False) + json.dumps(dec["facts"], ensure_ascii=False) + " ".join(mentions.values())
    info[did] = dict(file=f"disputes/{name}", remedy=remedy, lang=lang, dec=dec, mentions=mentions, facts=fact_text)

rows, planted = [], {}
for gid, did, lang, text, bads in GOODS:
    i = info[did]; blang = lang or i["lang"]
    sig = i["dec"]["facts"]["signature"]
    if not text.rstrip().endswith(sig): errors.append(f"{gid}: signature")
    for k, v in i["mentions"].items():
        if v not in text: errors.append(f"{gid}: mention {k}={v} missing")
    name = i["dec"]["facts"]["buyer_name"]
    if not any(part[:4] in text for part in name.split()): errors.append(f"{gid}: no name")
    for num in re.findall(r"\d+", text):
        if num not in i["facts"]: errors.append(f"{gid}: stray number {num}")
    n = len(re.findall(r"\w+", text))
    if not (len(text) >= 40 and (n <= 200)): errors.append(f"{gid}: length {n}")
    base = dict(dispute=i["file"], remedy=i["remedy"], buyer_language=blang, good_id=gid)
    rows.append(dict(id=gid, label="good", defect=None, message=text, note="hand-written good reply", language=blang, **base))
    seen = {}
    for code, old, new, note in bads:
        defect = CODES[code]
        if text.count(old) != 1: errors.append(f"{gid} {defect}: old occurs {text.count(old)}x: {old[:40]}")
        msg = text.replace(old, new, 1)
        if msg == text: errors.append(f"{gid} {defect}: no change")
        if new and new in planted: errors.append(f"{gid} {defect}: planted text reused from {planted[new]}")
        planted[new] = gid
        seen[defect] = seen.get(defect, 0) + 1
        rid = f"{gid}-{defect}" + (f"-{seen[defect]}" if seen[defect] > 1 else "")
        if defect == "amount_over_cap" and i["remedy"] != "propose_partial_or_return": errors.append(f"{rid}: cap outside propose")
        if defect == "missing_required_point" and new: errors.append(f"{rid}: missing should delete")
        mlang = WRONG_LANG.get(gid, "?") if defect == "wrong_language" else blang
        rows.append(dict(id=rid, label="bad", defect=defect, message=msg, note=f"{note} (replaced: {old[:60]!r})", language=mlang, **base))
if len({r['id'] for r in rows}) != len(rows): errors.append("duplicate ids")
if errors:
    print("\n".join(errors)); sys.exit(1)

out = "".join(json.dumps({k: r[k] for k in ["id", "dispute", "label", "defect", "message", "note", "remedy", "buyer_language", "language", "good_id"]}, ensure_ascii=False) + "\n" for r in rows)
target = ROOT / "labelled.jsonl"
frozen = HERE / "frozen.sha256"
digest = hashlib.sha256(out.encode()).hexdigest()
if frozen.exists():
    want = frozen.read_text().split()[0]
    if digest != want:
        print(f"REFUSING: labelled.jsonl is frozen at {want}; new content {digest}"); sys.exit(2)
target.write_text(out, encoding="utf-8")
if "--freeze" in sys.argv and not frozen.exists():
    frozen.write_text(digest + "  labelled.jsonl\n")
from collections import Counter
print("rows", len(rows), Counter(r["label"] for r in rows))
print("defects", sorted(Counter(r["defect"] for r in rows if r["defect"]).items()))
print("langs", sorted(Counter(r["buyer_language"] for r in rows).items()))
print("remedies", sorted(Counter(r["remedy"] for r in rows).items()))
print("sha256", digest)
