"""Assemble labelled.jsonl from the hand-written rows, run the sanity checks, then freeze it."""
import hashlib, json, pathlib, re, sys, collections
ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from rows_good import GOOD
from rows_bad_a import BAD_A
from rows_bad_b import BAD_B

DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
# intruding language of each wrong_language row, by good id
INTRUDER = {"oa01b": "de", "oa02b": "fr", "oa04a": "en", "oa06a": "nl", "oa07a": "es", "oa09a": "de", "oa10a": "ru",
            "oa13a": "en", "oa15a": "pl", "oa17a": "cs", "oa20a": "de", "oa22a": "it", "oa24a": "en"}
CJK = {"ja", "zh", "ko"}

disputes = {int(p.name[2:4]): p for p in (ROOT / "disputes").glob("oa*.json")}
decisions = {int(p.name[2:4]): json.loads(p.read_text()) for p in (ROOT / "tools" / "decisions").glob("oa*.decision.json")}
errors = []

def err(msg):
    errors.append(msg)

rows, good_rows = [], {}
for gid, (n, lang, text) in GOOD.items():
    dpath, dec = disputes[n], decisions[n]
    dispute = json.loads(dpath.read_text())
    text = text.strip()
    sig = dec["facts"]["signature"]
    if not text.endswith(sig):
        err(f"{gid}: does not end with signature {sig!r}")
    first = text.splitlines()[0]
    toks = re.split(r"\s+", dispute["buyer"]["name"])
    if not any(t[: max(3, len(t) - 2)] in first for t in toks):
        err(f"{gid}: buyer name not in greeting {first!r}")
    for pt in dec["required_points"]:
        for k, v in pt["mention"].items():
            if v not in text:
                err(f"{gid}: mention {k}={v!r} missing")
    allowed = set(re.findall(r"\d+", dpath.read_text() + json.dumps(dec, ensure_ascii=False)))
    for run in re.findall(r"\d+", text):
        if run not in allowed:
            err(f"{gid}: digit run {run} not in dispute/decision")
    size = len(re.sub(r"\s", "", text)) if lang in CJK else len(text.split())
    lo, hi = (60, 500) if lang in CJK else (40, 200)
    if not lo <= size <= hi:
        err(f"{gid}: length {size} outside {lo}-{hi}")
    if dec["remedy"] == "human_review":
        err(f"{gid}: human_review")
    row = {"id": gid, "dispute": f"disputes/{dpath.name}", "label": "good", "defect": None, "message": text,
           "note": "hand-written good reply covering every required point", "remedy": dec["remedy"],
           "buyer_language": dispute["buyer"]["language"], "language": lang, "good_id": gid}
    rows.append(row)
    good_rows[gid] = row

planted = collections.Counter()
seen_ids = collections.Counter()
for gid, defect, old, new, note in BAD_A + BAD_B:
    if defect not in DEFECTS:
        err(f"{gid}: unknown defect {defect}")
    g = good_rows[gid]
    if g["message"].count(old) != 1:
        err(f"{gid}/{defect}: old text occurs {g['message'].count(old)} times: {old!r}")
    if old == new:
        err(f"{gid}/{defect}: edit changes nothing")
    msg = g["message"].replace(old, new, 1)
    if msg == g["message"]:
        err(f"{gid}/{defect}: message unchanged")
    # the planted text: what `new` adds beyond `old` (the whole of `new` when it replaces)
    plant = new.replace(old, "", 1).strip() if old in new else new.strip()
    if plant:
        planted[plant] += 1
    base = f"{gid}-{defect}"
    seen_ids[base] += 1
    rid = base if seen_ids[base] == 1 else f"{base}{seen_ids[base]}"
    if defect == "missing_required_point" and not note:
        err(f"{rid}: missing point not named")
    rows.append({"id": rid, "dispute": g["dispute"], "label": "bad", "defect": defect, "message": msg,
                 "note": note, "remedy": g["remedy"], "buyer_language": g["buyer_language"],
                 "language": INTRUDER[gid] if defect == "wrong_language" else g["language"], "good_id": gid})

for p, c in planted.items():
    if c > 1:
        err(f"planted text repeated {c}x: {p!r}")
counts = collections.Counter(r["defect"] for r in rows if r["label"] == "bad")
for d in DEFECTS:
    if counts[d] != 13:
        err(f"defect {d}: {counts[d]} rows, want 13")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)) or not all(i.startswith("oa") for i in ids):
    err("ids not unique or not prefixed oa")
remedies = {r["remedy"] for r in rows}
langs = {r["buyer_language"].split("-")[0] for r in rows}
want_langs = set("en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split())
if len(remedies) != 10 or langs != want_langs:
    err(f"coverage: remedies={len(remedies)} langs missing={want_langs - langs}")
wl_tags = {r["good_id"] for r in rows if r["defect"] == "wrong_language"}
if wl_tags != set(INTRUDER):
    err(f"INTRUDER map mismatch: {wl_tags ^ set(INTRUDER)}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
out = ROOT / "labelled.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
digest = hashlib.sha256(out.read_bytes()).hexdigest()
(ROOT / "tools" / "frozen.sha256").write_text(f"{digest}  labelled.jsonl\n")
print(f"{len(rows)} rows: {sum(r['label']=='good' for r in rows)} good, {sum(r['label']=='bad' for r in rows)} bad")
print("per defect:", dict(counts))
print("per remedy:", dict(collections.Counter(r["remedy"] for r in rows)))
print("per buyer language:", dict(collections.Counter(r["buyer_language"] for r in rows)))
print("sha256", digest)
