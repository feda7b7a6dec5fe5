"""Assemble labelled.jsonl from goods.py + edits.py, with all checks; then freeze its sha256.
Usage: python3 tools/build.py [--freeze]   (without --freeze: checks only, writes nothing)"""
import collections, hashlib, json, pathlib, re, subprocess, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from goods import GOODS  # noqa: E402
from edits import E  # noqa: E402

DECIDE = "/work/main/.venv/bin/disputedraft"
EXPECTED = {
    "nx01": "evidence_by_problem_type", "nx02": "extend_delivery_time", "nx03": "propose_partial_or_return",
    "nx04": "confirm_reshipment", "nx05": "return_instructions", "nx06": "customs_clearance",
    "nx07": "offer_reshipment", "nx08": "await_platform_decision", "nx09": "escalation_reply",
    "nx10": "return_received", "nx11": "evidence_by_problem_type", "nx12": "extend_delivery_time",
    "nx13": "propose_partial_or_return", "nx14": "confirm_reshipment", "nx15": "return_instructions",
    "nx16": "customs_clearance", "nx17": "offer_reshipment", "nx18": "await_platform_decision",
    "nx19": "escalation_reply", "nx20": "return_received", "nx21": "evidence_by_problem_type",
    "nx22": "propose_partial_or_return", "nx23": "customs_clearance", "nx24": "extend_delivery_time",
}
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
LANGS = set("en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split())
CJK = {"ja", "zh", "ko"}
errors = []
def fail(msg):
    errors.append(msg)

# ---- disputes + decisions
disputes, decisions = {}, {}
files = sorted((ROOT / "disputes").glob("nx*.json"))
if len(files) != 24:
    fail(f"expected 24 disputes, found {len(files)}")
for f in files:
    stem = f.stem
    disputes[stem] = json.loads(f.read_text(encoding="utf-8"))
    out = subprocess.run([DECIDE, "decide", str(f)], capture_output=True, text=True)
    if out.returncode != 0:
        fail(f"decide failed on {f.name}: {out.stderr[:300]}")
        continue
    dec = json.loads(out.stdout)
    decisions[stem] = (dec, out.stdout)
    if dec["remedy"] != EXPECTED[stem[:4]]:
        fail(f"{stem}: remedy {dec['remedy']} != expected {EXPECTED[stem[:4]]}")

def primary(tag):
    return re.split(r"[-_]", tag)[0].lower()

def allowed_digits(stem):
    text = (ROOT / "disputes" / f"{stem}.json").read_text(encoding="utf-8") + decisions[stem][1]
    return set(re.findall(r"\d+", text))

def check_good(gid, stem, text):
    dec = decisions[stem][0]
    lang = primary(disputes[stem]["buyer"]["language"])
    lines = text.split("\n")
    first = lines[0]
    name = disputes[stem]["buyer"]["name"]
    toks = name.split()
    if not (name in first or any(t in first or t[: max(3, len(t) - 2)] in first for t in toks)):
        fail(f"{gid}: buyer name not in first line: {first!r}")
    sig = dec["facts"]["signature"]
    if lines[-1].strip() != sig:
        fail(f"{gid}: does not end with signature {sig!r}")
    for p in dec["required_points"]:
        for k, v in p["mention"].items():
            if v not in text:
                fail(f"{gid}: mention {k}={v!r} missing")
    ok = allowed_digits(stem)
    for run in re.findall(r"\d+", text):
        if run not in ok:
            fail(f"{gid}: digit run {run} not in dispute/decision")
    n = len(text) if lang in CJK else len(text.split())
    lo, hi = (60, 500) if lang in CJK else (40, 200)
    if not lo <= n <= hi:
        fail(f"{gid}: length {n} outside {lo}-{hi}")
    return lang, dec

rows = []
good_info = {}
for gid, (stem, note, text) in GOODS.items():
    if stem not in disputes:
        fail(f"{gid}: unknown dispute {stem}")
        continue
    lang, dec = check_good(gid, stem, text)
    good_info[gid] = (stem, lang, dec, text)
    rows.append({"id": gid, "dispute": f"disputes/{stem}.json", "label": "good", "defect": None,
                 "message": text, "note": f"good reply ({note})", "remedy": dec["remedy"],
                 "buyer_language": lang, "language": lang, "good_id": gid})

seen_defect = collections.Counter()
planted = set()
for gid, defect, op, a, b, note, intr in E:
    if defect not in DEFECTS:
        fail(f"{gid}: unknown defect {defect}")
    stem, lang, dec, text = good_info[gid]
    if text.count(a) != 1:
        fail(f"{gid}/{defect}: anchor occurs {text.count(a)} times: {a!r}")
        continue
    if op == "R":
        new = text.replace(a, b)
        added = b
    elif op == "A":
        new = text.replace(a, a + b)
        added = b
    elif op == "B":
        new = text.replace(a, b + a)
        added = b
    elif op == "D":
        new = text.replace(a, "")
        added = None
    else:
        fail(f"bad op {op}")
        continue
    if new == text:
        fail(f"{gid}/{defect}: edit changes nothing")
    if added is not None:
        if added in planted:
            fail(f"{gid}/{defect}: planted text repeated")
        planted.add(added)
    if defect == "missing_required_point":
        ids = [p["id"] for p in dec["required_points"]]
        if not any(re.search(rf"\b{re.escape(i)}\b", note) for i in ids):
            fail(f"{gid}: missing_required_point note names no point id")
    if defect == "amount_over_cap" and dec["remedy"] not in ("propose_partial_or_return", "return_instructions", "return_received"):
        fail(f"{gid}: amount_over_cap on a remedy without cap/refund")
    if defect == "wrong_language":
        if not intr or intr == lang:
            fail(f"{gid}: wrong_language needs an intruding language")
        rlang = intr
    else:
        if intr:
            fail(f"{gid}/{defect}: language override only for wrong_language")
        rlang = lang
    seen_defect[(gid, defect)] += 1
    k = seen_defect[(gid, defect)]
    rid = f"{gid}-{defect}" + (str(k) if k > 1 else "")
    desc = {"R": f"replaced {a!r}", "A": "inserted after an anchor", "B": "inserted before an anchor", "D": "deleted a passage"}[op]
    rows.append({"id": rid, "dispute": f"disputes/{stem}.json", "label": "bad", "defect": defect,
                 "message": new, "note": f"{note}; edit: {desc}", "remedy": dec["remedy"],
                 "buyer_language": lang, "language": rlang, "good_id": gid})

# ---- set-level checks
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    fail("duplicate ids")
if not all(i.startswith("nx") for i in ids):
    fail("id prefix")
cnt = collections.Counter(r["defect"] for r in rows if r["label"] == "bad")
for d in DEFECTS:
    if cnt[d] != 13:
        fail(f"defect {d}: {cnt[d]} rows, need 13")
goods = [r for r in rows if r["label"] == "good"]
if len(goods) != 30:
    fail(f"{len(goods)} good rows, need 30")
if set(r["buyer_language"] for r in goods) != LANGS:
    fail(f"languages: {sorted(LANGS ^ set(r['buyer_language'] for r in goods))}")
rem = collections.Counter(EXPECTED.values())
if len(rem) != 10 or min(rem.values()) < 2 or rem["propose_partial_or_return"] < 3:
    fail(f"remedy coverage {rem}")
if set(EXPECTED.values()) != set(r["remedy"] for r in goods):
    fail("a remedy has no good reply")
if len(set(r["message"] for r in rows)) != len(rows):
    fail("duplicate messages")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"OK: {len(rows)} rows ({len(goods)} good, {len(rows) - len(goods)} bad)")
if "--freeze" in sys.argv:
    out = ROOT / "labelled.jsonl"
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    out.write_text(data, encoding="utf-8")
    h = hashlib.sha256(data.encode("utf-8")).hexdigest()
    (ROOT / "tools" / "frozen.sha256").write_text(f"{h}  labelled.jsonl\n")
    print("frozen", h)
