"""Assemble labelled.jsonl for set "sixtieth" and freeze it (standard library + the decide CLI only)."""
import collections, hashlib, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from replies import GOOD  # noqa: E402
from edits import EDITS  # noqa: E402

DECIDE = "/work/main/.venv/bin/disputedraft"
PREFIX = "nn"
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
REMEDIES = ["evidence_by_problem_type", "extend_delivery_time", "propose_partial_or_return", "confirm_reshipment",
            "return_instructions", "customs_clearance", "offer_reshipment", "await_platform_decision",
            "escalation_reply", "return_received"]
LANGS = "en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split()
EXPECTED = {  # dispute stem prefix -> remedy confirmed by hand with `disputedraft decide`
    "nn01": "evidence_by_problem_type", "nn02": "extend_delivery_time", "nn03": "propose_partial_or_return",
    "nn04": "confirm_reshipment", "nn05": "return_instructions", "nn06": "customs_clearance",
    "nn07": "offer_reshipment", "nn08": "await_platform_decision", "nn09": "escalation_reply",
    "nn10": "return_received", "nn11": "evidence_by_problem_type", "nn12": "extend_delivery_time",
    "nn13": "propose_partial_or_return", "nn14": "confirm_reshipment", "nn15": "return_instructions",
    "nn16": "customs_clearance", "nn17": "offer_reshipment", "nn18": "await_platform_decision",
    "nn19": "escalation_reply", "nn20": "return_received", "nn21": "propose_partial_or_return",
    "nn22": "customs_clearance", "nn23": "extend_delivery_time", "nn24": "evidence_by_problem_type",
}
CJK = {"ja", "zh", "ko"}
errors = []

def fail(msg):
    errors.append(msg)

def primary(tag):
    return re.split(r"[-_]", tag)[0].lower()

# ---- disputes and decisions ----
files = sorted((ROOT / "disputes").glob("*.json"))
if len(files) != 24:
    fail(f"expected 24 disputes, found {len(files)}")
disputes, decisions = {}, {}
for f in files:
    stem = f.stem
    if not re.fullmatch(r"nn(0[1-9]|1\d|2[0-4])_[a-z]{2}_[a-z_]+", stem):
        fail(f"bad dispute file name {f.name}")
    out = subprocess.run([DECIDE, "decide", str(f)], capture_output=True, text=True)
    if out.returncode != 0:
        fail(f"decide failed on {f.name}: {out.stderr[:200]}")
        continue
    dec = json.loads(out.stdout)
    if dec["remedy"] != EXPECTED[stem[:4]]:
        fail(f"{f.name}: decide says {dec['remedy']}, expected {EXPECTED[stem[:4]]}")
    disputes[stem] = json.loads(f.read_text(encoding="utf-8"))
    decisions[stem] = dec

def digit_runs(text):
    return set(re.findall(r"\d+", text))

# ---- good replies ----
rows = []
for gid, (stem, text) in GOOD.items():
    d, dec = disputes[stem], decisions[stem]
    lang = primary(d["buyer"]["language"])
    first = text.split("\n", 1)[0]
    parts = d["buyer"]["name"].split()
    if not any(p in first or (len(p) >= 5 and p[:-2] in first) for p in parts):
        fail(f"{gid}: buyer name not in first line")
    sig = dec["facts"]["signature"]
    if not text.rstrip().endswith(sig):
        fail(f"{gid}: does not end with signature {sig!r}")
    for p in dec["required_points"]:
        for k, v in p["mention"].items():
            if v not in text:
                fail(f"{gid}: mention {k}={v!r} missing")
    allowed = digit_runs(json.dumps(d, ensure_ascii=False)) | digit_runs(json.dumps(dec, ensure_ascii=False))
    extra = digit_runs(text) - allowed
    if extra:
        fail(f"{gid}: digit runs not in dispute/Decision: {extra}")
    if lang in CJK:
        if not 60 <= len(text) <= 500:
            fail(f"{gid}: {len(text)} characters")
    elif not 40 <= len(text.split()) <= 200:
        fail(f"{gid}: {len(text.split())} words")
    rows.append(dict(id=gid, dispute=f"disputes/{stem}.json", label="good", defect=None, message=text,
                     note="hand-written good reply", remedy=dec["remedy"], buyer_language=lang, language=lang,
                     good_id=gid))

# ---- bad replies ----
seen_planted = set()
count_same = collections.Counter()
for e in EDITS:
    gid, defect = e["gid"], e["defect"]
    if defect not in DEFECTS:
        fail(f"unknown defect {defect}")
    stem, good = GOOD[gid]
    anchor = e["anchor"]
    if good.count(anchor) != 1:
        fail(f"{gid}/{defect}: anchor occurs {good.count(anchor)} times: {anchor[:40]!r}")
        continue
    op, text = e["op"], e["text"]
    new = {"rep": text, "after": anchor + text, "before": text + anchor, "del": ""}[op]
    msg = good.replace(anchor, new)
    if msg == good:
        fail(f"{gid}/{defect}: edit changes nothing")
    planted = anchor if op == "del" else text.strip()
    if planted in seen_planted:
        fail(f"{gid}/{defect}: planted text repeated")
    seen_planted.add(planted)
    dec = decisions[stem]
    if not msg.rstrip().endswith(dec["facts"]["signature"]):
        fail(f"{gid}/{defect}: signature no longer at the end")
    count_same[(gid, defect)] += 1
    n = count_same[(gid, defect)]
    rid = f"{gid}-{defect}" + (str(n) if n > 1 else "")
    lang = primary(disputes[stem]["buyer"]["language"])
    if defect == "wrong_language":
        if not e["language"] or e["language"] == lang:
            fail(f"{rid}: wrong_language needs an intruding language different from {lang}")
    elif e["language"]:
        fail(f"{rid}: language given on a non-wrong_language row")
    if defect == "amount_over_cap" and not any(o["kind"] in ("partial_refund", "return_and_refund")
                                               for o in dec["allowed_offers"]):
        fail(f"{rid}: amount_over_cap on a reply without cap or refund")
    if defect == "missing_required_point":
        pid = e["note"].replace("removed ", "")
        if pid not in [p["id"] for p in dec["required_points"]]:
            fail(f"{rid}: {pid} is not a required point")
    rows.append(dict(id=rid, dispute=f"disputes/{stem}.json", label="bad", defect=defect, message=msg,
                     note=f"{op}: {e['note']}", remedy=dec["remedy"], buyer_language=lang,
                     language=e["language"] or lang, good_id=gid))

# ---- set-level checks ----
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    fail("duplicate ids")
if not all(i.startswith(PREFIX) for i in ids):
    fail("id without prefix")
per_defect = collections.Counter(r["defect"] for r in rows if r["label"] == "bad")
for d_ in DEFECTS:
    if per_defect[d_] != 13:
        fail(f"{d_}: {per_defect[d_]} rows, need 13")
if sum(1 for r in rows if r["label"] == "good") != 30:
    fail("need 30 good rows")
rem = collections.Counter(decisions[s]["remedy"] for s in decisions)
for r_ in REMEDIES:
    need = 3 if r_ == "propose_partial_or_return" else 2
    if rem[r_] < need:
        fail(f"remedy {r_}: {rem[r_]} disputes, need {need}")
langs = {primary(d["buyer"]["language"]) for d in disputes.values()}
if set(LANGS) - langs:
    fail(f"languages missing: {set(LANGS) - langs}")

if errors:
    print("\n".join(errors))
    sys.exit(1)

order = {g: i for i, g in enumerate(GOOD)}
rows.sort(key=lambda r: (order[r["good_id"]], r["label"] != "good",
                         DEFECTS.index(r["defect"]) if r["defect"] else -1, r["id"]))
data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
digest = hashlib.sha256(data).hexdigest()
frozen = HERE / "frozen.sha256"
if frozen.exists() and "--refreeze" not in sys.argv:
    old = frozen.read_text().split()[0]
    if old != digest:
        print(f"rows differ from the frozen set ({old}); refusing to overwrite")
        sys.exit(1)
(ROOT / "labelled.jsonl").write_bytes(data)
frozen.write_text(f"{digest}  labelled.jsonl\n")
print(f"{len(rows)} rows ({sum(r['label']=='good' for r in rows)} good, {sum(r['label']=='bad' for r in rows)} bad)")
print("per defect:", dict(per_defect))
print("sha256", digest)
