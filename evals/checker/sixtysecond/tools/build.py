"""Assemble labelled.jsonl from goods.py + bads.py, re-running `disputedraft decide` on every dispute.
Fails loudly on any check. Writes labelled.jsonl and tools/frozen.sha256."""
import collections, hashlib, json, pathlib, re, subprocess, sys
ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from goods import GOOD
from bads import BAD
DECIDE = "/work/main/.venv/bin/disputedraft"
EXPECT = {  # remedy each dispute was designed for
 "nl01": "evidence_by_problem_type", "nl02": "extend_delivery_time", "nl03": "propose_partial_or_return",
 "nl04": "confirm_reshipment", "nl05": "return_instructions", "nl06": "customs_clearance", "nl07": "offer_reshipment",
 "nl08": "await_platform_decision", "nl09": "escalation_reply", "nl10": "return_received",
 "nl11": "evidence_by_problem_type", "nl12": "extend_delivery_time", "nl13": "propose_partial_or_return",
 "nl14": "confirm_reshipment", "nl15": "return_instructions", "nl16": "customs_clearance", "nl17": "offer_reshipment",
 "nl18": "await_platform_decision", "nl19": "escalation_reply", "nl20": "return_received",
 "nl21": "propose_partial_or_return", "nl22": "customs_clearance", "nl23": "extend_delivery_time",
 "nl24": "evidence_by_problem_type"}
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
  "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request", "blame",
  "shouting", "missing_required_point"]
LANGS = "en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split()
errors = []
def fail(msg): errors.append(msg)

disputes, decisions = {}, {}
for f in sorted((ROOT / "disputes").glob("nl*.json")):
    key = f.name[:4]
    out = subprocess.run([DECIDE, "decide", str(f)], capture_output=True, text=True)
    if out.returncode != 0: fail(f"decide failed on {f.name}: {out.stderr}"); continue
    dec = json.loads(out.stdout)
    if dec["remedy"] != EXPECT[key]: fail(f"{f.name}: remedy {dec['remedy']} != {EXPECT[key]}")
    disputes[key] = (f, json.loads(f.read_text(encoding="utf-8")), f.read_text(encoding="utf-8"))
    decisions[key] = (dec, out.stdout)
if len(disputes) != 24: fail(f"expected 24 disputes, got {len(disputes)}")

def allowed_digits(key):
    return set(re.findall(r"\d+", disputes[key][2] + decisions[key][1]))

def size_ok(text, lang):
    if lang in ("ja", "zh", "ko"): return 60 <= len(text) <= 500
    return 40 <= len(text.split()) <= 200

rows = []
goodinfo = {}
for gid, (stem, text) in GOOD.items():
    key = gid[:4]
    f, d, _ = disputes[key]
    if not f.name.startswith(stem): fail(f"{gid}: stem {stem} vs {f.name}")
    dec = decisions[key][0]
    lang_tag = d["buyer"]["language"]; lang = lang_tag.split("-")[0].lower()
    sig = dec["facts"]["signature"]
    if not text.rstrip().endswith(sig): fail(f"{gid}: does not end with signature {sig!r}")
    first = text.strip().splitlines()[0]
    name = d["buyer"]["name"]
    if not any(tok[:4] in first for tok in name.split()): fail(f"{gid}: buyer name not in first line")
    for p in dec["required_points"]:
        for m, v in p["mention"].items():
            if v not in text: fail(f"{gid}: mention {m}={v!r} missing")
    extra = set(re.findall(r"\d+", text)) - allowed_digits(key)
    if extra: fail(f"{gid}: digit runs not in dispute/decision: {extra}")
    if not size_ok(text, lang): fail(f"{gid}: length out of range ({len(text.split())} words / {len(text)} chars)")
    goodinfo[gid] = (f, dec, lang, text)
    rows.append({"id": gid, "dispute": f"disputes/{f.name}", "label": "good", "defect": None, "message": text,
                 "note": "hand-written good reply", "remedy": dec["remedy"], "buyer_language": lang,
                 "language": lang, "good_id": gid})

seen_new = set()
for b in BAD:
    gid, defect, old, new, note = b[:5]
    intr = b[5] if len(b) > 5 else None
    f, dec, lang, text = goodinfo[gid]
    if defect not in DEFECTS: fail(f"{gid}: unknown defect {defect}")
    if text.count(old) != 1: fail(f"{gid}/{defect}: old text occurs {text.count(old)} times: {old[:40]!r}"); continue
    msg = text.replace(old, new, 1)
    if msg == text: fail(f"{gid}/{defect}: edit changes nothing")
    planted = new.replace(old, "") if old in new else new
    if planted and planted.strip() and planted in seen_new: fail(f"{gid}/{defect}: repeated planted text")
    seen_new.add(planted)
    if defect == "wrong_language" and (not intr or intr == lang): fail(f"{gid}: wrong_language needs intruding language")
    if defect == "missing_required_point":
        ids = [p["id"] for p in dec["required_points"]]
        if not any(i in note for i in ids): fail(f"{gid}: missing point note must name a point id")
    if defect == "amount_over_cap" and dec["remedy"] not in ("propose_partial_or_return", "return_instructions", "return_received"):
        fail(f"{gid}: amount_over_cap on a reply without cap/refund")
    if defect == "invented_amount_or_date":
        key = gid[:4]
        if not (set(re.findall(r"\d+", msg)) - allowed_digits(key)) and "spelled" not in note:
            fail(f"{gid}: invented amount has no new digits and note does not say spelled")
    base = f"{gid}-{defect}"; bid = base; n = 2
    while any(r["id"] == bid for r in rows): bid = f"{base}{n}"; n += 1
    rows.append({"id": bid, "dispute": f"disputes/{f.name}", "label": "bad", "defect": defect, "message": msg,
                 "note": note, "remedy": dec["remedy"], "buyer_language": lang,
                 "language": intr or lang, "good_id": gid})

ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): fail("duplicate ids")
if not all(i.startswith("nl") for i in ids): fail("id prefix")
dc = collections.Counter(r["defect"] for r in rows if r["label"] == "bad")
for dname in DEFECTS:
    if dc[dname] != 13: fail(f"defect {dname}: {dc[dname]} rows, want 13")
if sum(1 for r in rows if r["label"] == "good") != 30: fail("want 30 good rows")
if set(r["buyer_language"] for r in rows) != set(LANGS): fail(f"languages: {set(LANGS) ^ set(r['buyer_language'] for r in rows)}")
rc = collections.Counter(decisions[k][0]["remedy"] for k in decisions)
if len(rc) != 10 or min(rc.values()) < 2 or rc["propose_partial_or_return"] < 3: fail(f"remedies {rc}")

if errors:
    print("\n".join(errors)); print(f"{len(errors)} errors; nothing written"); sys.exit(1)
if "--dry" in sys.argv:
    print("dry run ok", len(rows)); sys.exit(0)
out = ROOT / "labelled.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
h = hashlib.sha256(out.read_bytes()).hexdigest()
(ROOT / "tools" / "frozen.sha256").write_text(f"{h}  labelled.jsonl\n")
print("rows", len(rows), "good", 30, "bad", len(rows) - 30); print(dict(dc)); print(dict(rc)); print(h)
