"""Assemble labelled.jsonl from rows_good.py + rows_bad_*.py, run the sanity checks, freeze."""
import collections, hashlib, json, pathlib, re, sys
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from rows_good import GOOD
from rows_bad_1 import BAD as B1
from rows_bad_2 import BAD as B2
from rows_bad_3 import BAD as B3

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
CJK = {"ja", "zh", "ko"}
errors = []

def err(m):
    errors.append(m)

disputes = {int(p.name[2:4]): p for p in (ROOT / "disputes").glob("ow*.json")}
decisions = {n: json.loads((ROOT / "decisions" / f"ow{n:02d}.json").read_text()) for n in disputes}

def digit_runs(s):
    return set(re.findall(r"\d+", s))

rows = []
good_meta = {}
for gid, (n, text) in GOOD.items():
    d = json.loads(disputes[n].read_text())
    dec = decisions[n]
    blang = d["buyer"]["language"].split("-")[0].lower()
    sig = dec["facts"]["signature"]
    if not text.rstrip().endswith(sig):
        err(f"{gid}: signature missing at end")
    first = text.splitlines()[0]
    parts = d["buyer"]["name"].split()
    if not any(p[:4] in first for p in parts):
        err(f"{gid}: buyer name not in greeting: {first!r}")
    for pt in dec["required_points"]:
        for k, v in pt["mention"].items():
            if v not in text:
                err(f"{gid}: mention {k}={v!r} missing")
    allowed = digit_runs(disputes[n].read_text()) | digit_runs(json.dumps(dec, ensure_ascii=False))
    extra = digit_runs(text) - allowed
    if extra:
        err(f"{gid}: digits not in dispute/decision: {extra}")
    size = len(re.sub(r"\s", "", text)) if blang in CJK else len(text.split())
    lo, hi = (60, 500) if blang in CJK else (40, 200)
    if not lo <= size <= hi:
        err(f"{gid}: length {size} outside {lo}-{hi}")
    good_meta[gid] = dict(n=n, lang=blang, remedy=dec["remedy"], allowed=allowed)
    rows.append(dict(id=gid, dispute=f"disputes/{disputes[n].name}", label="good", defect=None, message=text,
                     note=f"good reply; remedy {dec['remedy']}", remedy=dec["remedy"], buyer_language=blang,
                     language=blang, good_id=gid))

planted_seen = {}
bad_ids = collections.Counter()
per_defect = collections.Counter()
for b in [*B1, *B2, *B3]:
    gid, defect, old, new, note = b[:5]
    lang = b[5] if len(b) > 5 else None
    if defect not in DEFECTS:
        err(f"unknown defect {defect}")
    if gid not in GOOD:
        err(f"unknown good {gid}")
        continue
    text = GOOD[gid][1]
    c = text.count(old)
    if c != 1:
        err(f"{gid}/{defect}: old text occurs {c} times: {old!r}")
        continue
    msg = text.replace(old, new, 1)
    if msg == text or old == new:
        err(f"{gid}/{defect}: edit changes nothing")
    planted = new.replace(old, "", 1) if old in new else new
    key = planted.strip()
    if key:
        if key in planted_seen:
            err(f"{gid}/{defect}: planted text repeated from {planted_seen[key]}")
        planted_seen[key] = f"{gid}/{defect}"
    meta = good_meta[gid]
    if defect == "invented_amount_or_date":
        new_digits = digit_runs(planted) - meta["allowed"]
        if re.search(r"\d", planted) and not new_digits:
            err(f"{gid}/{defect}: digits in planted text are all in the dispute")
    if defect == "invented_tracking_number":
        runs = digit_runs(planted)
        if not runs or not (runs - meta["allowed"]):
            err(f"{gid}/{defect}: no invented id")
    if defect not in ("invented_amount_or_date", "invented_tracking_number", "amount_over_cap", "internal_note", "placeholder", "off_platform_contact"):
        if digit_runs(planted) - meta["allowed"]:
            err(f"{gid}/{defect}: planted text brings new digits (second defect?)")
    rid = f"{gid}-{defect}"
    bad_ids[rid] += 1
    if bad_ids[rid] > 1:
        rid = f"{rid}-{bad_ids[rid]}"
    per_defect[defect] += 1
    rows.append(dict(id=rid, dispute=f"disputes/{disputes[meta['n']].name}", label="bad", defect=defect, message=msg,
                     note=note, remedy=meta["remedy"], buyer_language=meta["lang"],
                     language=lang or meta["lang"], good_id=gid))

for d in DEFECTS:
    if per_defect[d] != 13:
        err(f"defect {d}: {per_defect[d]} rows, want 13")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    err("duplicate ids: " + str([i for i, c in collections.Counter(ids).items() if c > 1]))
if not all(i.startswith("ow") for i in ids):
    err("id without ow prefix")
langs = {good_meta[g]["lang"] for g in GOOD}
want = set("en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split())
if want - langs:
    err(f"languages missing: {want - langs}")
remedies = {good_meta[g]["remedy"] for g in GOOD}
if len(remedies) != 10:
    err(f"remedies: {remedies}")

if errors:
    print("\n".join(errors))
    sys.exit(1)

out = ROOT / "labelled.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
sha = hashlib.sha256(out.read_bytes()).hexdigest()
(ROOT / "tools" / "frozen.sha256").write_text(f"{sha}  labelled.jsonl\n")
print(f"rows {len(rows)}: good {sum(r['label']=='good' for r in rows)}, bad {sum(r['label']=='bad' for r in rows)}")
print("per defect", dict(per_defect))
print("good per remedy", dict(collections.Counter(r["remedy"] for r in rows if r["label"] == "good")))
print("all rows per remedy", dict(collections.Counter(r["remedy"] for r in rows)))
print("rows per buyer language", dict(collections.Counter(r["buyer_language"] for r in rows)))
print("defect x language", {d: sorted({r["buyer_language"] for r in rows if r["defect"] == d}) for d in DEFECTS})
print("sha256", sha)
