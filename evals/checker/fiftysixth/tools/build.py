"""Assemble labelled.jsonl from disputes/, goods.py and bads.py, with checks; write tools/frozen.sha256.

Usage: python3 tools/build.py            (build + checks + freeze)
       python3 tools/build.py --verify   (rebuild in memory and compare with the frozen file)
"""
import hashlib, json, os, re, subprocess, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from disputes_src import D
from goods import GOOD
from bads import B

CLI = "/work/main/.venv/bin/disputedraft"
PREFIX = "ns"
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
LANGS = "en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split()
REMEDIES = ["evidence_by_problem_type", "extend_delivery_time", "propose_partial_or_return", "confirm_reshipment",
            "return_instructions", "customs_clearance", "offer_reshipment", "await_platform_decision",
            "escalation_reply", "return_received"]
CJK = {"ja", "zh", "ko"}
DIGITS = re.compile(r"\d+")
errors = []

def err(msg):
    errors.append(msg)

# ---- disputes: re-run decide, compare with the intended remedy
disputes = {}
for d in D:
    path = os.path.join(ROOT, "disputes", d["_file"] + ".json")
    body = {k: v for k, v in d.items() if not k.startswith("_")}
    with open(path, encoding="utf-8") as f:
        on_disk = json.load(f)
    if on_disk != body:
        err(f"{path} differs from disputes_src.py")
    out = subprocess.run([CLI, "decide", path], capture_output=True, text=True)
    if out.returncode != 0:
        err(f"decide failed on {path}: {out.stderr.strip()}"); continue
    dec = json.loads(out.stdout)
    if dec["remedy"] != d["_expect"]:
        err(f"{d['_file']}: decide says {dec['remedy']}, expected {d['_expect']}")
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    allowed = set(DIGITS.findall(raw)) | set(DIGITS.findall(out.stdout))
    disputes[d["_file"]] = dict(decision=dec, allowed=allowed, lang=body["buyer"]["language"].split("-")[0].lower(),
                                name=body["buyer"]["name"], remedy=dec["remedy"])

# ---- good replies
rows = []
for gid, g in GOOD.items():
    dsp = disputes[g["dispute"]]
    dec, msg = dsp["decision"], g["message"]
    sig = dec["facts"]["signature"]
    if not msg.endswith(sig):
        err(f"{gid}: does not end with signature {sig!r}")
    if dsp["name"] not in msg.split("\n")[0]:
        err(f"{gid}: buyer name not in first line")
    for p in dec["required_points"]:
        for k, v in p["mention"].items():
            if v not in msg:
                err(f"{gid}: missing mention {k}={v!r}")
    extra = [n for n in DIGITS.findall(msg) if n not in dsp["allowed"]]
    if extra:
        err(f"{gid}: digit runs not in dispute/Decision: {extra}")
    if dsp["lang"] in CJK:
        if not 60 <= len(msg) <= 500:
            err(f"{gid}: {len(msg)} characters")
    elif not 40 <= len(msg.split()) <= 200:
        err(f"{gid}: {len(msg.split())} words")
    if not re.fullmatch(PREFIX + r"\d\d[ab]", gid):
        err(f"{gid}: bad id")
    rows.append({"id": gid, "dispute": f"disputes/{g['dispute']}.json", "label": "good", "defect": None,
                 "message": msg, "note": g["note"] or "good reply", "remedy": dsp["remedy"],
                 "buyer_language": dsp["lang"], "language": dsp["lang"], "good_id": gid})

# ---- bad replies
seen_ids, seen_text = Counter(), set()
for bad in B:
    g = GOOD[bad["gid"]]
    dsp = disputes[g["dispute"]]
    msg, tgt = g["message"], bad["target"]
    n = msg.count(tgt)
    if n != 1:
        err(f"{bad['gid']}/{bad['defect']}: target occurs {n} times: {tgt[:40]!r}"); continue
    op = bad["op"]
    if op == "rep":
        new = msg.replace(tgt, bad["text"])
    elif op == "ins_after":
        new = msg.replace(tgt, tgt + bad["text"])
    elif op == "ins_before":
        new = msg.replace(tgt, bad["text"] + tgt)
    elif op == "del":
        new = msg.replace(tgt, "")
    else:
        err(f"unknown op {op}"); continue
    if new == msg:
        err(f"{bad['gid']}/{bad['defect']}: edit changes nothing")
    if bad["text"]:
        if bad["text"].strip() in seen_text:
            err(f"{bad['gid']}/{bad['defect']}: planted text repeated")
        seen_text.add(bad["text"].strip())
    new_digits = [x for x in DIGITS.findall(new) if x not in dsp["allowed"]]
    if bad["defect"] == "invented_amount_or_date":
        spelled = not DIGITS.search(bad["text"])
        if not spelled and not new_digits:
            err(f"{bad['gid']}: invented_amount has no new digit run")
    elif bad["defect"] not in ("amount_over_cap", "invented_tracking_number") and new_digits:
        err(f"{bad['gid']}/{bad['defect']}: side effect, new digits {new_digits}")
    if bad["defect"] == "invented_tracking_number" and not new_digits:
        err(f"{bad['gid']}: invented_tracking_number has no new number")
    if bad["defect"] == "missing_required_point" and "removed point:" not in bad["note"]:
        err(f"{bad['gid']}: missing point not named")
    if bad["defect"] == "wrong_language" and not bad["lang"]:
        err(f"{bad['gid']}: wrong_language without language")
    seen_ids[(bad["gid"], bad["defect"])] += 1
    k = seen_ids[(bad["gid"], bad["defect"])]
    rid = f"{bad['gid']}-{bad['defect']}" + (str(k) if k > 1 else "")
    rows.append({"id": rid, "dispute": f"disputes/{g['dispute']}.json", "label": "bad", "defect": bad["defect"],
                 "message": new, "note": f"{op}: {bad['note']}", "remedy": dsp["remedy"],
                 "buyer_language": dsp["lang"], "language": bad["lang"] or dsp["lang"], "good_id": bad["gid"]})

# ---- set-level checks
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    err("duplicate ids")
if any(not i.startswith(PREFIX) for i in ids):
    err("id without prefix")
goods = [r for r in rows if r["label"] == "good"]
bads = [r for r in rows if r["label"] == "bad"]
dc = Counter(r["defect"] for r in bads)
for d in DEFECTS:
    if dc[d] != 13:
        err(f"defect {d}: {dc[d]} rows")
if set(dc) - set(DEFECTS):
    err(f"unknown defects {set(dc) - set(DEFECTS)}")
if len(goods) != 30 or len(bads) != 156 or len(D) != 24:
    err(f"counts: {len(D)} disputes, {len(goods)} good, {len(bads)} bad")
rc = Counter(dsp["remedy"] for dsp in disputes.values())
for r in REMEDIES:
    if rc[r] < (3 if r == "propose_partial_or_return" else 2):
        err(f"remedy {r}: {rc[r]} disputes")
if set(dsp["lang"] for dsp in disputes.values()) != set(LANGS):
    err("languages not exactly the 22")
for d in D:
    lang = d["buyer"]["language"].split("-")[0].lower()
    if not d["_file"].startswith(f"ns{d['_file'][2:4]}_{lang}_"):
        err(f"file name {d['_file']} does not carry language {lang}")

if errors:
    print("\n".join(errors)); sys.exit(1)

data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
sha = hashlib.sha256(data).hexdigest()
out_path, sha_path = os.path.join(ROOT, "labelled.jsonl"), os.path.join(HERE, "frozen.sha256")
if "--verify" in sys.argv:
    frozen = open(sha_path).read().split()[0]
    ok = frozen == sha == hashlib.sha256(open(out_path, "rb").read()).hexdigest()
    print("verify:", "OK" if ok else "MISMATCH", sha); sys.exit(0 if ok else 1)
if os.path.exists(sha_path) and "--force" not in sys.argv:
    sys.exit("already frozen; use --verify (or --force to rebuild deliberately)")
open(out_path, "wb").write(data)
open(sha_path, "w").write(f"{sha}  labelled.jsonl\n")
print(f"{len(rows)} rows ({len(goods)} good, {len(bads)} bad); sha256 {sha}")
print("defects:", dict(dc))
print("remedies (rows):", dict(Counter(r["remedy"] for r in rows)))
print("languages (buyer, rows):", dict(Counter(r["buyer_language"] for r in rows)))
