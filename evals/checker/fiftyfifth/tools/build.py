"""Assemble labelled.jsonl for the fiftyfifth set, with sanity checks; writes tools/frozen.sha256.

Uses only the standard library and `disputedraft decide` (subprocess) on our own disputes.
"""
import hashlib, json, pathlib, re, subprocess, sys
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from goods import GOOD, NOTES  # noqa: E402
from bads import B  # noqa: E402

DECIDE = "/work/main/.venv/bin/disputedraft"
EXPECTED = {
    "nt01": "evidence_by_problem_type", "nt02": "evidence_by_problem_type", "nt03": "evidence_by_problem_type",
    "nt04": "extend_delivery_time", "nt05": "extend_delivery_time", "nt06": "extend_delivery_time",
    "nt07": "propose_partial_or_return", "nt08": "propose_partial_or_return", "nt09": "propose_partial_or_return",
    "nt10": "confirm_reshipment", "nt11": "confirm_reshipment",
    "nt12": "return_instructions", "nt13": "return_instructions",
    "nt14": "customs_clearance", "nt15": "customs_clearance", "nt16": "customs_clearance",
    "nt17": "offer_reshipment", "nt18": "offer_reshipment",
    "nt19": "await_platform_decision", "nt20": "await_platform_decision",
    "nt21": "escalation_reply", "nt22": "escalation_reply",
    "nt23": "return_received", "nt24": "return_received",
}
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
LANGS = "en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split()
CJK = {"ja", "zh", "ko"}
errors = []

def err(msg):
    errors.append(msg)

# ---- disputes + decisions
disputes, decisions = {}, {}
for f in sorted((ROOT / "disputes").glob("*.json")):
    stem = f.stem
    key = stem[:4]
    raw = f.read_text(encoding="utf-8")
    disputes[stem] = (json.loads(raw), raw)
    out = subprocess.run([DECIDE, "decide", str(f)], capture_output=True, text=True)
    if out.returncode != 0:
        err(f"decide failed for {stem}: {out.stderr[-300:]}")
        continue
    dec = json.loads(out.stdout)
    decisions[stem] = (dec, out.stdout)
    if dec["remedy"] != EXPECTED.get(key):
        err(f"{stem}: decide says {dec['remedy']}, expected {EXPECTED.get(key)}")
if len(disputes) != 24:
    err(f"expected 24 disputes, got {len(disputes)}")

def primary(tag):
    return re.split(r"[-_]", tag)[0].lower()

def digit_runs(text):
    return set(re.findall(r"\d+", text))

# ---- good replies
rows = []
good_lang = {}
for gid, (stem, msg) in GOOD.items():
    d, raw = disputes[stem]
    dec, decraw = decisions[stem]
    facts = dec["facts"]
    lang = primary(d["buyer"]["language"])
    good_lang[gid] = lang
    first = msg.split("\n", 1)[0]
    if facts["buyer_name"] not in first:
        err(f"{gid}: buyer name not in first line")
    if not msg.rstrip().endswith(facts["signature"]):
        err(f"{gid}: does not end with signature {facts['signature']!r}")
    for p in dec["required_points"]:
        for k, v in p["mention"].items():
            if v not in msg:
                err(f"{gid}: mention {k}={v!r} missing")
    allowed = digit_runs(raw) | digit_runs(decraw)
    extra = digit_runs(msg) - allowed
    if extra:
        err(f"{gid}: digit runs not in dispute/decision: {extra}")
    if lang in CJK:
        n = len(msg)
        if not 60 <= n <= 500:
            err(f"{gid}: {n} characters")
    else:
        n = len(msg.split())
        if not 40 <= n <= 200:
            err(f"{gid}: {n} words")
    rows.append({"id": gid, "dispute": f"disputes/{stem}.json", "label": "good", "defect": None, "message": msg,
                 "note": NOTES.get(gid, "hand-written good reply"), "remedy": dec["remedy"],
                 "buyer_language": lang, "language": lang, "good_id": gid})

# ---- bad replies
seen_new = set()
per_good_defect = Counter()
for gid, defect, old, new, note, ilang in B:
    if gid not in GOOD:
        err(f"unknown good id {gid}")
        continue
    if defect not in DEFECTS:
        err(f"unknown defect {defect}")
    stem, msg = GOOD[gid]
    c = msg.count(old)
    if c != 1:
        err(f"{gid}/{defect}: old passage occurs {c} times: {old[:40]!r}")
        continue
    if old == new:
        err(f"{gid}/{defect}: edit changes nothing")
    bad = msg.replace(old, new, 1)
    if bad == msg:
        err(f"{gid}/{defect}: message unchanged")
    if new and new in seen_new:
        err(f"{gid}/{defect}: planted text repeated")
    seen_new.add(new)
    if defect == "wrong_language" and not ilang:
        err(f"{gid}: wrong_language row without language")
    if defect == "missing_required_point":
        pid = note.split("removed point:")[-1].strip()
        ids = [p["id"] for p in decisions[stem][0]["required_points"]]
        if pid not in ids:
            err(f"{gid}: removed point {pid} not a required point {ids}")
    per_good_defect[(gid, defect)] += 1
    k = per_good_defect[(gid, defect)]
    rid = f"{gid}-{defect}" + (str(k) if k > 1 else "")
    lang = good_lang[gid]
    rows.append({"id": rid, "dispute": f"disputes/{stem}.json", "label": "bad", "defect": defect, "message": bad,
                 "note": note, "remedy": decisions[stem][0]["remedy"], "buyer_language": lang,
                 "language": ilang or lang, "good_id": gid})

# ---- set-level checks
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    err("duplicate ids")
if not all(i.startswith("nt") for i in ids):
    err("id without nt prefix")
dc = Counter(r["defect"] for r in rows if r["label"] == "bad")
for d in DEFECTS:
    if dc[d] != 13:
        err(f"defect {d}: {dc[d]} rows")
if sum(1 for r in rows if r["label"] == "good") != 30:
    err("expected 30 good rows")
langs = {r["buyer_language"] for r in rows}
if set(LANGS) - langs:
    err(f"languages missing: {set(LANGS) - langs}")
rem = Counter(EXPECTED.values())
if len(rem) != 10 or min(rem.values()) < 2 or rem["propose_partial_or_return"] < 3:
    err("remedy coverage")
for r in rows:
    if r["label"] == "bad" and r["defect"] == "amount_over_cap" and r["remedy"] not in (
            "propose_partial_or_return", "return_instructions", "return_received"):
        err(f"{r['id']}: amount_over_cap on a remedy without cap/refund")

if errors:
    print("\n".join(errors))
    sys.exit(1)

out = ROOT / "labelled.jsonl"
data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
if "--write" in sys.argv:
    out.write_text(data, encoding="utf-8")
    h = hashlib.sha256(data.encode("utf-8")).hexdigest()
    (HERE / "frozen.sha256").write_text(f"{h}  labelled.jsonl\n")
    print("wrote", out, h)
print(len(rows), "rows;", Counter(r["label"] for r in rows))
print("defects:", dict(dc))
print("remedies (rows):", dict(Counter(r["remedy"] for r in rows)))
print("languages (rows):", dict(Counter(r["buyer_language"] for r in rows)))
