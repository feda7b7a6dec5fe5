"""Build labelled.jsonl from the hand-written rows, run sanity checks, freeze."""
import hashlib, json, pathlib, re, subprocess, sys
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from rows_good import GOOD
from rows_bad_a import BAD as BAD_A
from rows_bad_b import BAD as BAD_B

DECIDE = "/work/main/.venv/bin/disputedraft"
EXPECTED = {1: "evidence_by_problem_type", 2: "extend_delivery_time", 3: "propose_partial_or_return",
            4: "confirm_reshipment", 5: "return_instructions", 6: "customs_clearance", 7: "offer_reshipment",
            8: "await_platform_decision", 9: "escalation_reply", 10: "return_received",
            11: "evidence_by_problem_type", 12: "extend_delivery_time", 13: "customs_clearance",
            14: "propose_partial_or_return", 15: "offer_reshipment", 16: "confirm_reshipment",
            17: "return_instructions", 18: "await_platform_decision", 19: "escalation_reply",
            20: "evidence_by_problem_type", 21: "customs_clearance", 22: "return_received",
            23: "propose_partial_or_return", 24: "await_platform_decision"}
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
errors = []

def fail(msg):
    errors.append(msg)

disputes = {}
for p in sorted((ROOT / "disputes").glob("ny*.json")):
    n = int(p.name[2:4])
    raw = p.read_text(encoding="utf-8")
    out = subprocess.run([DECIDE, "decide", str(p)], capture_output=True, text=True, check=True).stdout
    dec = json.loads(out)
    if dec["remedy"] != EXPECTED[n]:
        fail(f"dispute {n}: remedy {dec['remedy']} != {EXPECTED[n]}")
    disputes[n] = {"path": f"disputes/{p.name}", "raw": raw, "json": json.loads(raw), "dec": dec, "dec_raw": out}
assert len(disputes) == 24, len(disputes)

def is_cjk(text):
    return len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", text)) > len(text) / 4

rows, good_text = [], {}
for gid, (n, text) in GOOD.items():
    d = disputes[n]
    dec, dj = d["dec"], d["json"]
    rid = f"ny{gid}"
    sig = dec["facts"]["signature"]
    if not text.rstrip().endswith(sig):
        fail(f"{rid}: signature missing at end")
    first = text.splitlines()[0]
    if not any(tok[:4] in first for tok in dj["buyer"]["name"].split()):
        fail(f"{rid}: buyer name not in greeting")
    mentions = {k: v for pt in dec["required_points"] for k, v in pt["mention"].items()}
    for k, v in mentions.items():
        if v not in text:
            fail(f"{rid}: mention {k}={v!r} missing")
    pool = d["raw"] + d["dec_raw"]
    for run in re.findall(r"\d+", text):
        if run not in pool:
            fail(f"{rid}: digit run {run} not in dispute/decision")
    size = len(text) if is_cjk(text) else len(text.split())
    lo, hi = (60, 500) if is_cjk(text) else (40, 200)
    if not lo <= size <= hi:
        fail(f"{rid}: length {size} outside {lo}-{hi}")
    blang = dj["buyer"]["language"].split("-")[0].lower()
    good_text[gid] = text
    rows.append({"id": rid, "dispute": d["path"], "label": "good", "defect": None, "message": text,
                 "note": f"hand-written; covers {', '.join(p['id'] for p in dec['required_points'])}; "
                         f"buyer tag {dj['buyer']['language']}",
                 "remedy": dec["remedy"], "buyer_language": blang, "language": blang, "good_id": rid})

planted = Counter()
bad_rows = []
for item in BAD_A + BAD_B:
    gid, defect, old, new, note = item[:5]
    intr = item[5] if len(item) > 5 else None
    assert defect in DEFECTS, defect
    base = good_text[gid]
    if base.count(old) != 1:
        fail(f"{gid}-{defect}: old text occurs {base.count(old)} times")
    msg = base.replace(old, new, 1)
    if msg == base:
        fail(f"{gid}-{defect}: edit changes nothing")
    if (defect == "wrong_language") != (intr is not None):
        fail(f"{gid}-{defect}: intruding language mismatch")
    planted[new] += 1
    g = next(r for r in rows if r["id"] == f"ny{gid}")
    bad_rows.append({"id": f"ny{gid}-{defect}", "dispute": g["dispute"], "label": "bad", "defect": defect,
                     "message": msg, "note": note, "remedy": g["remedy"], "buyer_language": g["buyer_language"],
                     "language": intr or g["language"], "good_id": g["id"]})
for new, c in planted.items():
    if c > 1:
        fail(f"planted text repeated: {new[:40]}")
rows += bad_rows
cnt = Counter(r["defect"] for r in bad_rows)
for dft in DEFECTS:
    if cnt[dft] != 13:
        fail(f"{dft}: {cnt[dft]} bad rows, need 13")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)) or not all(i.startswith("ny") for i in ids):
    fail("ids not unique or wrong prefix")
langs = {r["buyer_language"] for r in rows}
need = set("en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split())
if langs != need:
    fail(f"languages: missing {need - langs}, extra {langs - need}")
if set(EXPECTED.values()) != {r["remedy"] for r in rows}:
    fail("remedy coverage")

if errors:
    print("\n".join(errors))
    sys.exit(1)
out = ROOT / "labelled.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
digest = hashlib.sha256(out.read_bytes()).hexdigest()
(ROOT / "tools" / "frozen.sha256").write_text(f"{digest}  labelled.jsonl\n")
print(f"rows {len(rows)}: good {len(rows) - len(bad_rows)}, bad {len(bad_rows)}")
print("per defect", dict(cnt))
print("per remedy", dict(Counter(r["remedy"] for r in rows)))
print("per buyer language", dict(Counter(r["buyer_language"] for r in rows)))
print("per reply language", dict(Counter(r["language"] for r in rows)))
print("sha256", digest)
