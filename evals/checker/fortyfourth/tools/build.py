"""Assemble labelled.jsonl from rows_good.py + rows_bad.py, run sanity checks, freeze."""
import glob, hashlib, json, pathlib, re, sys
from collections import Counter
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from rows_good import GOOD
from rows_bad import BAD

DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
errors = []
def err(m): errors.append(m)

disp = {}
for f in sorted(glob.glob(str(ROOT / "disputes" / "*.json"))):
    n = pathlib.Path(f).name[2:4]
    dec = json.loads((HERE / "decisions" / pathlib.Path(f).name).read_text())
    disp[n] = dict(path="disputes/" + pathlib.Path(f).name, d=json.loads(pathlib.Path(f).read_text()),
                   raw=pathlib.Path(f).read_text(), dec=dec, decraw=json.dumps(dec, ensure_ascii=False))

rows, good_rows = [], {}
for gid, text in GOOD.items():
    x = disp[gid[2:4]]; d, dec = x["d"], x["dec"]
    tag = d["buyer"]["language"]; base = tag.split("-")[0]
    sig = dec["facts"]["signature"]
    if not text.rstrip().endswith(sig): err(f"{gid}: signature")
    first = text.splitlines()[0]
    if not any(p[:4] in first for p in d["buyer"]["name"].split()): err(f"{gid}: name not in greeting")
    for p in dec["required_points"]:
        for k, v in p["mention"].items():
            if v not in text: err(f"{gid}: mention {k}={v} missing")
    allowed = set(re.findall(r"\d+", x["raw"] + x["decraw"]))
    for run in re.findall(r"\d+", text):
        if run not in allowed: err(f"{gid}: digit run {run} not in dispute/decision")
    cjk = base in ("ja", "zh", "ko")
    size = len(re.sub(r"\s", "", text)) if cjk else len(text.split())
    lo, hi = (60, 500) if cjk else (40, 200)
    if not lo <= size <= hi: err(f"{gid}: length {size}")
    row = dict(id=gid, dispute=x["path"], label="good", defect=None, message=text, note="", remedy=dec["remedy"],
               buyer_language=tag, language=base, good_id=gid)
    rows.append(row); good_rows[gid] = row

seen_new = Counter(b["new"] for b in BAD)
for b in BAD:
    g = good_rows[b["good_id"]]
    if b["defect"] not in DEFECTS: err(f"bad defect {b['defect']}")
    if g["message"].count(b["old"]) != 1: err(f"{b['good_id']}-{b['defect']}: old occurs {g['message'].count(b['old'])}x")
    msg = g["message"].replace(b["old"], b["new"], 1)
    if msg == g["message"]: err(f"{b['good_id']}-{b['defect']}: no change")
    if b["new"] and seen_new[b["new"]] > 1: err(f"{b['good_id']}-{b['defect']}: planted text repeated")
    rows.append(dict(id=f"{b['good_id']}-{b['defect']}", dispute=g["dispute"], label="bad", defect=b["defect"],
                     message=msg, note=b["note"], remedy=g["remedy"], buyer_language=g["buyer_language"],
                     language=b["language"] or g["language"], good_id=b["good_id"]))

cnt = Counter(r["defect"] for r in rows if r["label"] == "bad")
for dname in DEFECTS:
    if cnt[dname] != 13: err(f"defect {dname}: {cnt[dname]} rows")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): err("duplicate ids")
if not all(i.startswith("oe") for i in ids): err("id prefix")
if {r["remedy"] for r in good_rows.values()} != {"evidence_by_problem_type", "extend_delivery_time", "propose_partial_or_return",
        "return_instructions", "confirm_reshipment", "offer_reshipment", "customs_clearance", "await_platform_decision",
        "escalation_reply", "return_received"}: err("remedy coverage")
if {r["language"] for r in good_rows.values()} != set("en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split()):
    err("language coverage")
if errors:
    print("\n".join(errors)); sys.exit(1)
out = ROOT / "labelled.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
sha = hashlib.sha256(out.read_bytes()).hexdigest()
(HERE / "frozen.sha256").write_text(f"{sha}  labelled.jsonl\n")
print(f"ok: {len(rows)} rows ({len(good_rows)} good, {len(rows)-len(good_rows)} bad); sha256 {sha}")
print("defects:", dict(cnt))
print("good by remedy:", dict(Counter(r["remedy"] for r in good_rows.values())))
print("bad by remedy:", dict(Counter(r["remedy"] for r in rows if r["label"] == "bad")))
print("good by language:", dict(Counter(r["language"] for r in good_rows.values())))
print("bad by buyer language:", dict(Counter(r["buyer_language"].split('-')[0] for r in rows if r["label"] == "bad")))
print("wrong_language intruders:", dict(Counter(r["language"] for r in rows if r["defect"] == "wrong_language")))
