"""Assemble labelled.jsonl from goods.py + bads.py, re-running `disputedraft decide` for every dispute.
Fails loudly on any check; writes labelled.jsonl and tools/frozen.sha256."""
import hashlib, json, pathlib, re, subprocess, sys
from collections import Counter
T = pathlib.Path(__file__).resolve().parent
ROOT = T.parent
sys.path.insert(0, str(T))
from goods import GOODS
from bads import BADS

EXPECTED = {1: "evidence_by_problem_type", 2: "extend_delivery_time", 3: "propose_partial_or_return", 4: "confirm_reshipment",
            5: "return_instructions", 6: "customs_clearance", 7: "offer_reshipment", 8: "await_platform_decision",
            9: "escalation_reply", 10: "return_received", 11: "evidence_by_problem_type", 12: "extend_delivery_time",
            13: "propose_partial_or_return", 14: "confirm_reshipment", 15: "return_instructions", 16: "customs_clearance",
            17: "offer_reshipment", 18: "await_platform_decision", 19: "escalation_reply", 20: "return_received",
            21: "propose_partial_or_return", 22: "evidence_by_problem_type", 23: "extend_delivery_time", 24: "customs_clearance"}
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number", "off_platform_contact",
           "placeholder", "internal_note", "wrong_language", "feedback_request", "blame", "shouting", "missing_required_point"]
LANGS = "en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split()
CJK = {"ja", "zh", "ko"}
errors = []
def err(m): errors.append(m)

files = sorted((ROOT / "disputes").glob("nk*.json"))
assert len(files) == 24, len(files)
info = {}
for f in files:
    n = int(f.name[2:4])
    raw = f.read_text(encoding="utf-8")
    d = json.loads(raw)
    out = subprocess.run(["/work/main/.venv/bin/disputedraft", "decide", str(f)], capture_output=True, text=True)
    if out.returncode != 0:
        err(f"decide failed {f.name}: {out.stderr[-300:]}"); continue
    dec = json.loads(out.stdout)
    if dec["remedy"] != EXPECTED[n]:
        err(f"{f.name}: remedy {dec['remedy']} != {EXPECTED[n]}")
    digits = set(re.findall(r"\d+", raw + out.stdout))
    info[n] = dict(file=f"disputes/{f.name}", dispute=d, dec=dec, digits=digits, lang=d["buyer"]["language"].split("-")[0].lower())

def check_good(gid, n, msg):
    i = info[n]; dec = i["dec"]; fa = dec["facts"]
    lines = msg.splitlines()
    name = fa["buyer_name"]
    if name not in lines[0] and name.split()[0] not in lines[0]:
        err(f"{gid}: buyer name not in first line")
    if not msg.rstrip().endswith(fa["signature"]):
        err(f"{gid}: signature missing at end")
    for p in dec["required_points"]:
        for k, v in p["mention"].items():
            if v not in msg: err(f"{gid}: mention {k}={v!r} missing")
    for run in re.findall(r"\d+", msg):
        if run not in i["digits"]: err(f"{gid}: digit run {run} not in dispute/decision")
    if i["lang"] in CJK:
        if not 60 <= len(msg) <= 500: err(f"{gid}: {len(msg)} chars")
    elif not 40 <= len(msg.split()) <= 200:
        err(f"{gid}: {len(msg.split())} words")

rows = []
good_rows = {}
for gid, (n, msg) in GOODS.items():
    check_good(gid, n, msg)
    i = info[n]
    r = {"id": gid, "dispute": i["file"], "label": "good", "defect": None, "message": msg, "note": "hand-written good reply",
         "remedy": i["dec"]["remedy"], "buyer_language": i["lang"], "language": i["lang"], "good_id": gid}
    good_rows[gid] = r; rows.append(r)
seen = Counter(); planted = set()
for bd in BADS:
    g = good_rows[bd["good_id"]]
    msg = g["message"]
    if msg.count(bd["old"]) != 1: err(f"{bd['good_id']}/{bd['defect']}: old occurs {msg.count(bd['old'])}x: {bd['old'][:40]!r}")
    new_msg = msg.replace(bd["old"], bd["new"], 1)
    if new_msg == msg: err(f"{bd['good_id']}/{bd['defect']}: no change")
    planted_text = bd["new"]
    if bd["defect"] != "missing_required_point":
        if planted_text in planted: err(f"repeated planted text {planted_text[:40]!r}")
        planted.add(planted_text)
    seen[(bd["good_id"], bd["defect"])] += 1
    k = seen[(bd["good_id"], bd["defect"])]
    bid = f"{bd['good_id']}-{bd['defect']}" + (str(k) if k > 1 else "")
    lang = bd["lang"] or g["buyer_language"]
    if bd["defect"] == "wrong_language" and lang == g["buyer_language"]: err(f"{bid}: wrong_language without other lang")
    rows.append({"id": bid, "dispute": g["dispute"], "label": "bad", "defect": bd["defect"], "message": new_msg, "note": bd["note"],
                 "remedy": g["remedy"], "buyer_language": g["buyer_language"], "language": lang, "good_id": bd["good_id"]})

ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): err("duplicate ids")
if not all(i.startswith("nk") for i in ids): err("bad prefix")
dc = Counter(r["defect"] for r in rows if r["label"] == "bad")
for d in DEFECTS:
    if dc[d] != 13: err(f"defect {d}: {dc[d]}")
if set(dc) - set(DEFECTS): err("unknown defect")
if set(LANGS) - {i["lang"] for i in info.values()}: err("languages missing")
rc = Counter(i["dec"]["remedy"] for i in info.values())
if len(rc) != 10 or min(rc.values()) < 2 or rc["propose_partial_or_return"] < 3: err(f"remedy coverage {rc}")
if sum(r["label"] == "good" for r in rows) != 30: err("need 30 goods")
if errors:
    print("\n".join(errors)); sys.exit(1)

out = ROOT / "labelled.jsonl"
frozen = T / "frozen.sha256"
data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
if frozen.exists() and "--refreeze" not in sys.argv:
    old = frozen.read_text().split()[0]
    if hashlib.sha256(data).hexdigest() != old:
        print("rows differ from frozen set; refusing to overwrite"); sys.exit(2)
out.write_bytes(data)
h = hashlib.sha256(data).hexdigest()
frozen.write_text(f"{h}  labelled.jsonl\n")
print(f"rows={len(rows)} good={sum(r['label']=='good' for r in rows)} bad={sum(r['label']=='bad' for r in rows)} sha256={h}")
print("defects", dict(dc)); print("remedies(disputes)", dict(rc))
