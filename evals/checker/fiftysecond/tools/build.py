"""Assemble labelled.jsonl for the nw set: re-run decide, check goods and edits, freeze.

Run: python3 tools/build.py   (stdlib only; calls the disputedraft CLI for `decide` only)
"""
import collections, hashlib, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from goods import GOOD  # noqa: E402
from edits import EDITS  # noqa: E402

CLI = "/work/main/.venv/bin/disputedraft"
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
EXPECTED = {  # dispute -> remedy, fixed when the disputes were designed
    "nw01_en_wrongitem": "evidence_by_problem_type", "nw02_es_transit": "extend_delivery_time",
    "nw03_ru_quality": "propose_partial_or_return", "nw04_ja_customs_buyer": "customs_clearance",
    "nw05_fr_lost": "offer_reshipment", "nw06_de_reship": "confirm_reshipment",
    "nw07_it_return": "return_instructions", "nw08_pt_await": "await_platform_decision",
    "nw09_nl_escalation": "escalation_reply", "nw10_tr_received": "return_received",
    "nw11_ko_damaged": "evidence_by_problem_type", "nw12_zh_transit": "extend_delivery_time",
    "nw13_ar_colour": "propose_partial_or_return", "nw14_sv_customs_seller": "customs_clearance",
    "nw15_cs_lost": "offer_reshipment", "nw16_ro_reship": "confirm_reshipment",
    "nw17_hu_return": "return_instructions", "nw18_da_await": "await_platform_decision",
    "nw19_fi_escalation": "escalation_reply", "nw20_pl_received": "return_received",
    "nw21_uk_notworking": "evidence_by_problem_type", "nw22_el_transit": "extend_delivery_time",
    "nw23_en_size": "propose_partial_or_return", "nw24_es_customs": "customs_clearance",
}
LANGS = "en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split()
REMEDIES = ["evidence_by_problem_type", "extend_delivery_time", "propose_partial_or_return", "confirm_reshipment",
            "return_instructions", "customs_clearance", "offer_reshipment", "await_platform_decision",
            "escalation_reply", "return_received"]
CJK = {"ja", "zh", "ko"}

errors = []
def err(msg): errors.append(msg)

# 1. disputes and decisions
disputes, decisions, raw = {}, {}, {}
for name, remedy in EXPECTED.items():
    path = os.path.join(ROOT, "disputes", name + ".json")
    raw[name] = open(path, encoding="utf-8").read()
    disputes[name] = json.loads(raw[name])
    out = subprocess.run([CLI, "decide", path], capture_output=True, text=True)
    if out.returncode != 0:
        err(f"decide failed on {name}: {out.stderr[:200]}"); continue
    decisions[name] = json.loads(out.stdout)
    if decisions[name]["remedy"] != remedy:
        err(f"{name}: decide says {decisions[name]['remedy']}, expected {remedy}")
files = sorted(os.listdir(os.path.join(ROOT, "disputes")))
if files != sorted(n + ".json" for n in EXPECTED) or len(files) != 24:
    err(f"disputes/ holds {files}")
rem_count = collections.Counter(EXPECTED.values())
for r in REMEDIES:
    need = 3 if r == "propose_partial_or_return" else 2
    if rem_count[r] < need: err(f"remedy {r} only {rem_count[r]} disputes")
langs = {d["buyer"]["language"].split("-")[0].lower() for d in disputes.values()}
if set(LANGS) - langs: err(f"missing languages {set(LANGS) - langs}")

def primary(tag): return re.split(r"[-_]", tag)[0].lower()

# 2. good replies
def check_good(gid, dname, text):
    dec = decisions.get(dname)
    if dec is None: return
    f = dec["facts"]
    lines = text.strip().splitlines()
    if f["buyer_name"] not in lines[0]: err(f"{gid}: buyer name not in first line")
    if not text.rstrip().endswith(f["signature"]): err(f"{gid}: does not end with signature {f['signature']!r}")
    for p in dec["required_points"]:
        if p["missing"]: err(f"{gid}: decision has missing mention {p['missing']}")
        for k, v in p["mention"].items():
            if v not in text: err(f"{gid}: mention {k}={v!r} not verbatim")
    allowed = raw[dname] + json.dumps(dec, ensure_ascii=False)
    for run in re.findall(r"\d+", text):
        if run not in allowed: err(f"{gid}: digit run {run} not in dispute/decision")
    lang = primary(disputes[dname]["buyer"]["language"])
    if lang in CJK:
        n = len(text)
        if not 60 <= n <= 500: err(f"{gid}: {n} chars")
    else:
        n = len(text.split())
        if not 40 <= n <= 200: err(f"{gid}: {n} words")

for gid, (dname, text) in GOOD.items():
    if not re.fullmatch(r"nw\d\d[ab]", gid) or not gid.startswith(dname[:4]): err(f"bad good id {gid}")
    check_good(gid, dname, text)
per_dispute = collections.Counter(d for d, _ in GOOD.values())
if len(GOOD) != 30 or any(per_dispute[n] < 1 for n in EXPECTED) or sum(1 for g in GOOD if g.endswith("b")) != 6:
    err("need 30 goods: one a per dispute and 6 b")

# 3. rows
rows = []
def row(rid, dname, label, defect, message, note, language, good_id):
    d = disputes[dname]
    rows.append({"id": rid, "dispute": f"disputes/{dname}.json", "label": label, "defect": defect,
                 "message": message, "note": note, "remedy": EXPECTED[dname],
                 "buyer_language": primary(d["buyer"]["language"]), "language": language, "good_id": good_id})

for gid, (dname, text) in GOOD.items():
    row(gid, dname, "good", None, text, "hand-written good reply", primary(disputes[dname]["buyer"]["language"]), gid)

seen_new = set()
for e in EDITS:
    gid, defect, old, new, note = e[:5]
    lang_override = e[5] if len(e) > 5 else None
    if gid not in GOOD: err(f"edit on unknown good {gid}"); continue
    if defect not in DEFECTS: err(f"unknown defect {defect}"); continue
    dname, text = GOOD[gid]
    c = text.count(old)
    if c != 1: err(f"{gid}-{defect}: old text occurs {c} times: {old[:40]!r}")
    msg = text.replace(old, new, 1)
    if msg == text: err(f"{gid}-{defect}: edit changes nothing")
    if new and new in seen_new: err(f"{gid}-{defect}: planted text repeated")
    seen_new.add(new)
    if defect == "wrong_language" and not lang_override: err(f"{gid}: wrong_language needs a language")
    if defect == "missing_required_point" and not re.search(r"removed point \w+", note): err(f"{gid}: name the removed point")
    if defect == "amount_over_cap" and EXPECTED[dname] not in ("propose_partial_or_return", "return_instructions", "return_received"):
        err(f"{gid}: amount_over_cap on a reply without cap or refund")
    base = f"{gid}-{defect}"
    rid, k = base, 2
    while any(r["id"] == rid for r in rows):
        rid, k = f"{base}{k}", k + 1
    row(rid, dname, "bad", defect, msg, note, lang_override or primary(disputes[dname]["buyer"]["language"]), gid)

# 4. counts
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): err("duplicate ids")
if any(not i.startswith("nw") for i in ids): err("id without nw prefix")
dc = collections.Counter(r["defect"] for r in rows if r["label"] == "bad")
for d in DEFECTS:
    if dc[d] != 13: err(f"defect {d}: {dc[d]} rows")
if len(rows) != 186: err(f"{len(rows)} rows, expected 186")
unused = set(GOOD) - {r["good_id"] for r in rows if r["label"] == "bad"}
if unused: err(f"goods without a bad reply: {sorted(unused)}")
if {r["buyer_language"] for r in rows} != set(LANGS): err("languages incomplete in rows")
if {r["remedy"] for r in rows} != set(REMEDIES): err("remedies incomplete in rows")

if errors:
    print("\n".join(errors)); print(f"{len(errors)} errors; nothing written"); sys.exit(1)

out = os.path.join(ROOT, "labelled.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
digest = hashlib.sha256(open(out, "rb").read()).hexdigest()
with open(os.path.join(HERE, "frozen.sha256"), "w") as f:
    f.write(f"{digest}  labelled.jsonl\n")
print(f"wrote {len(rows)} rows; sha256 {digest}")
print("defects:", dict(dc))
print("remedies:", dict(collections.Counter(r["remedy"] for r in rows)))
print("languages:", dict(collections.Counter(r["buyer_language"] for r in rows)))
