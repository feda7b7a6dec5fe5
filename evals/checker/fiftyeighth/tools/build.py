"""Assemble labelled.jsonl from replies.py + defects.py, with all consistency checks; then freeze."""
import collections, hashlib, json, pathlib, re, subprocess, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from replies import GOOD          # noqa: E402
from defects import B             # noqa: E402

CLI = "/work/main/.venv/bin/disputedraft"
EXPECTED = {
    "nq01": "evidence_by_problem_type", "nq02": "extend_delivery_time", "nq03": "propose_partial_or_return",
    "nq04": "confirm_reshipment", "nq05": "return_instructions", "nq06": "customs_clearance",
    "nq07": "offer_reshipment", "nq08": "await_platform_decision", "nq09": "escalation_reply",
    "nq10": "return_received", "nq11": "evidence_by_problem_type", "nq12": "propose_partial_or_return",
    "nq13": "extend_delivery_time", "nq14": "customs_clearance", "nq15": "offer_reshipment",
    "nq16": "confirm_reshipment", "nq17": "return_instructions", "nq18": "await_platform_decision",
    "nq19": "escalation_reply", "nq20": "return_received", "nq21": "propose_partial_or_return",
    "nq22": "evidence_by_problem_type", "nq23": "customs_clearance", "nq24": "extend_delivery_time",
}
LANGS = set("en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split())
REMEDIES = set(EXPECTED.values())
NUMERIC = {"invented_amount_or_date", "invented_tracking_number", "amount_over_cap"}
errors = []

def err(msg):
    errors.append(msg)

# ---- disputes + decisions
disputes = {}
for f in sorted((ROOT / "disputes").glob("*.json")):
    raw = f.read_text(encoding="utf-8")
    out = subprocess.run([CLI, "decide", str(f)], capture_output=True, text=True)
    if out.returncode != 0:
        err(f"decide failed for {f.name}: {out.stderr}")
        continue
    dec = json.loads(out.stdout)
    if dec["remedy"] != EXPECTED[f.stem[:4]]:
        err(f"{f.name}: decide says {dec['remedy']}, expected {EXPECTED[f.stem[:4]]}")
    d = json.loads(raw)
    disputes[f.stem] = dict(raw=raw, dec=dec, d=d, digits=set(re.findall(r"\d+", raw + json.dumps([dec["facts"], dec["allowed_offers"], dec["respond_by"],
                                                            [p["mention"] for p in dec["required_points"]]], ensure_ascii=False))),
                            lang=d["buyer"]["language"].split("-")[0].lower())
if len(disputes) != 24:
    err(f"{len(disputes)} disputes, expected 24")
rc = collections.Counter(v["dec"]["remedy"] for v in disputes.values())
if set(rc) != REMEDIES or min(rc.values()) < 2 or rc["propose_partial_or_return"] < 3:
    err(f"remedy coverage wrong: {rc}")
if {v["lang"] for v in disputes.values()} != LANGS:
    err("dispute languages do not cover the 22")

CJK = {"ja", "zh", "ko"}

def name_ok(first_line, name):
    toks = name.split()
    cands = [t[:max(3, len(t) - 2)] for t in toks]
    if len(toks) == 1 and len(name) >= 3:
        cands.append(name[1:])
    return any(c in first_line for c in cands)

# ---- good replies
rows = []
for gid, (stem, text) in GOOD.items():
    D = disputes[stem]
    dec, lang = D["dec"], D["lang"]
    facts = dec["facts"]
    if text != text.strip():
        err(f"{gid}: surrounding whitespace")
    if not text.endswith(facts["signature"]):
        err(f"{gid}: does not end with signature {facts['signature']!r}")
    if not name_ok(text.split("\n")[0], facts["buyer_name"]):
        err(f"{gid}: buyer name not in first line")
    for p in dec["required_points"]:
        for k, v in p["mention"].items():
            if v not in text:
                err(f"{gid}: mention {k}={v!r} missing")
    extra = set(re.findall(r"\d+", text)) - D["digits"]
    if extra:
        err(f"{gid}: digits not in dispute/decision: {extra}")
    if lang in CJK:
        n = len(text)
        if not 60 <= n <= 500:
            err(f"{gid}: {n} chars")
    else:
        n = len(text.split())
        if not 40 <= n <= 200:
            err(f"{gid}: {n} words")
    rows.append({"id": gid, "dispute": f"disputes/{stem}.json", "label": "good", "defect": None,
                 "message": text, "note": "hand-written good reply", "remedy": dec["remedy"],
                 "buyer_language": lang, "language": lang, "good_id": gid})

# ---- bad replies
seen_ids, per_defect, planted = set(r["id"] for r in rows), collections.Counter(), set()
bad_rows = []
for gid, defect, old, new, note, extra in B:
    stem, text = GOOD[gid]
    D = disputes[stem]
    if text.count(old) != 1:
        err(f"{gid}/{defect}: old text occurs {text.count(old)} times: {old[:40]!r}")
        continue
    if old == new:
        err(f"{gid}/{defect}: edit changes nothing")
    msg = text.replace(old, new)
    if msg == text:
        err(f"{gid}/{defect}: message unchanged")
    added = new.replace(old, "", 1) if old in new else new
    if added and added in planted:
        err(f"{gid}/{defect}: planted text repeated")
    planted.add(added)
    new_digits = set(re.findall(r"\d+", msg)) - D["digits"]
    if defect not in NUMERIC and new_digits:
        err(f"{gid}/{defect}: unintended new digits {new_digits}")
    if defect in ("invented_amount_or_date", "invented_tracking_number") and not new_digits and not extra.get("spelled"):
        err(f"{gid}/{defect}: no invented number")
    if defect == "missing_required_point":
        ids = [p["id"] for p in D["dec"]["required_points"]]
        m = re.search(r"removed point: (\w+)", note)
        if not m or m.group(1) not in ids:
            err(f"{gid}: missing point not named / not in decision")
    if defect == "wrong_language" and (not extra.get("language") or extra["language"] == D["lang"]):
        err(f"{gid}: wrong_language needs an intruding language")
    if D["dec"]["remedy"] not in ("propose_partial_or_return", "return_instructions", "return_received") and defect == "amount_over_cap":
        err(f"{gid}: amount_over_cap on a reply with no cap or refund")
    base = f"{gid}-{defect}"
    rid, k = base, 1
    while rid in seen_ids:
        k += 1
        rid = f"{base}{k}"
    seen_ids.add(rid)
    per_defect[defect] += 1
    bad_rows.append({"id": rid, "dispute": f"disputes/{stem}.json", "label": "bad", "defect": defect,
                     "message": msg, "note": note, "remedy": D["dec"]["remedy"], "buyer_language": D["lang"],
                     "language": extra.get("language", D["lang"]), "good_id": gid})

if len(per_defect) != 12 or set(per_defect.values()) != {13}:
    err(f"defect counts wrong: {dict(per_defect)}")
if len(GOOD) != 30:
    err(f"{len(GOOD)} good replies")
all_rows = []
for gid in GOOD:
    all_rows += [r for r in rows if r["id"] == gid] + [r for r in bad_rows if r["good_id"] == gid]
ids = [r["id"] for r in all_rows]
if len(ids) != len(set(ids)) or not all(i.startswith("nq") for i in ids):
    err("ids not unique / wrong prefix")
if {r["buyer_language"] for r in all_rows} != LANGS or {r["remedy"] for r in all_rows} != REMEDIES:
    err("rows do not cover all languages/remedies")

if errors:
    print("\n".join(errors))
    sys.exit(1)

out = ROOT / "labelled.jsonl"
frozen = ROOT / "tools" / "frozen.sha256"
data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in all_rows).encode("utf-8")
if frozen.exists() and "--refreeze" not in sys.argv:
    want = frozen.read_text().split()[0]
    got = hashlib.sha256(data).hexdigest()
    print("frozen set", "unchanged" if want == got else "DIFFERS from rebuilt rows", want)
    sys.exit(0 if want == got else 1)
out.write_bytes(data)
frozen.write_text(f"{hashlib.sha256(data).hexdigest()}  labelled.jsonl\n")
print(f"{len(all_rows)} rows ({len(rows)} good, {len(bad_rows)} bad); sha256 {hashlib.sha256(data).hexdigest()}")
print("per defect", dict(per_defect))
print("per remedy", dict(collections.Counter(r["remedy"] for r in all_rows)))
print("per language", dict(collections.Counter(r["buyer_language"] for r in all_rows)))
