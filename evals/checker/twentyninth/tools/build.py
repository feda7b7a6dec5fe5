"""Build labelled.jsonl from the hand-written rows, run the sanity checks, freeze."""
import collections, glob, hashlib, json, pathlib, re, subprocess, sys
ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from rows_good import GOOD
import rows_bad1, rows_bad2
BAD = rows_bad1.BAD + rows_bad2.BAD
CLI = "/work/main/.venv/bin/disputedraft"
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number", "off_platform_contact",
           "placeholder", "internal_note", "wrong_language", "feedback_request", "blame", "shouting", "missing_required_point"]
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
errors = []
def err(m): errors.append(m)

disputes = {}
for f in sorted(glob.glob(str(ROOT / "disputes" / "*.json"))):
    n = int(pathlib.Path(f).name[2:4])
    raw = pathlib.Path(f).read_text()
    dec_txt = subprocess.run([CLI, "decide", f], capture_output=True, text=True, check=True).stdout
    dec = json.loads(dec_txt)
    disputes[n] = dict(path="disputes/" + pathlib.Path(f).name, d=json.loads(raw), dec=dec,
                       digits=set(re.findall(r"\d+", raw + dec_txt)))
assert len(disputes) == 24
remedies = {v["dec"]["remedy"] for v in disputes.values()}
need = {"evidence_by_problem_type", "extend_delivery_time", "propose_partial_or_return", "return_instructions", "confirm_reshipment",
        "offer_reshipment", "customs_clearance", "await_platform_decision", "escalation_reply", "return_received"}
if remedies != need: err(f"remedies {remedies ^ need}")
langs = {v["d"]["buyer"]["language"].split("-")[0] for v in disputes.values()}
if len(langs) != 22: err(f"languages {sorted(langs)}")

rows, good_rows = [], {}
for gid, (n, text) in GOOD.items():
    D = disputes[n]; dec = D["dec"]; name = D["d"]["buyer"]["name"]
    sig = dec["facts"]["signature"]
    if not text.endswith(sig): err(f"{gid}: signature")
    if name not in text.split("\n")[0]: err(f"{gid}: name not in greeting")
    for p in dec["required_points"]:
        for k, v in p["mention"].items():
            if v not in text: err(f"{gid}: mention {k}={v} missing")
    extra = set(re.findall(r"\d+", text)) - D["digits"]
    if extra: err(f"{gid}: digits {extra}")
    size = len(CJK.findall(text)) if CJK.search(text) else len(text.split())
    lo, hi = (60, 500) if CJK.search(text) else (40, 200)
    if not lo <= size <= hi: err(f"{gid}: size {size}")
    bl = D["d"]["buyer"]["language"].split("-")[0]
    row = dict(id=gid, dispute=D["path"], label="good", defect=None, message=text, note="hand-written good reply",
               remedy=dec["remedy"], buyer_language=bl, language=bl, good_id=gid)
    rows.append(row); good_rows[gid] = row

seen_ids, planted = set(good_rows), collections.Counter()
for gid, defect, old, new, note, lang in BAD:
    if defect not in DEFECTS: err(f"bad defect {defect}")
    g = good_rows[gid]; n = GOOD[gid][0]
    if g["message"].count(old) != 1: err(f"{gid}/{defect}: old occurs {g['message'].count(old)}x: {old!r}")
    msg = g["message"].replace(old, new, 1)
    if msg == g["message"]: err(f"{gid}/{defect}: no change")
    rid = f"{gid}-{defect}"; k = 2
    while rid in seen_ids: rid = f"{gid}-{defect}-{k}"; k += 1
    seen_ids.add(rid)
    added = new.replace(old, "", 1) if old in new else new
    planted[added.strip()] += 1
    newd = set(re.findall(r"\d+", added)) - disputes[n]["digits"]
    if defect in ("invented_amount_or_date", "invented_tracking_number", "amount_over_cap") and defect != "amount_over_cap" and not newd:
        err(f"{rid}: no new digit run")
    if defect not in ("invented_amount_or_date", "invented_tracking_number", "amount_over_cap") and newd:
        err(f"{rid}: stray new digits {newd}")
    if defect == "wrong_language" and not lang: err(f"{rid}: intruding language missing")
    rows.append(dict(id=rid, dispute=g["dispute"], label="bad", defect=defect, message=msg,
                     note=note, remedy=g["remedy"], buyer_language=g["buyer_language"],
                     language=lang or g["language"], good_id=gid))
for t, c in planted.items():
    if c > 1 and t: err(f"planted text repeated: {t!r}")
per = collections.Counter(r["defect"] for r in rows if r["label"] == "bad")
for d in DEFECTS:
    if per[d] != 13: err(f"{d}: {per[d]} rows")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)) or not all(i.startswith("oy") for i in ids): err("ids")
if errors:
    print("\n".join(errors)); sys.exit(1)
out = ROOT / "labelled.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
(ROOT / "tools" / "frozen.sha256").write_text(hashlib.sha256(out.read_bytes()).hexdigest() + "  labelled.jsonl\n")
print("rows", len(rows), "good", len(good_rows), "bad", sum(per.values()))
print("per defect", dict(per))
print("per remedy", dict(collections.Counter(r["remedy"] for r in rows)))
print("good per remedy", dict(collections.Counter(r["remedy"] for r in rows if r["label"] == "good")))
print("per buyer language", dict(collections.Counter(r["buyer_language"] for r in rows)))
print("wrong_language intruders", dict(collections.Counter(r["language"] for r in rows if r["defect"] == "wrong_language")))
print("sha256", (ROOT / "tools" / "frozen.sha256").read_text().strip())
