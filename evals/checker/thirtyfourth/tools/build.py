"""Assemble labelled.jsonl from the hand-written rows, run sanity checks, freeze."""
import json, re, hashlib, pathlib, collections, sys
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from rows_good import GOOD
from rows_bad1 import BAD1
from rows_bad2 import BAD2
DEC = json.loads((HERE / "decisions.json").read_text())
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number", "off_platform_contact",
           "placeholder", "internal_note", "wrong_language", "feedback_request", "blame", "shouting", "missing_required_point"]
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
errors = []
def err(m): errors.append(m)
rows = []
goods = {}
for gid, (text, lang) in GOOD.items():
    did = gid[:4]
    dec = DEC[did]
    dpath = f"disputes/{did}.json"
    dtext = (ROOT / dpath).read_text()
    dis = json.loads(dtext)
    allowed = dtext + json.dumps(dec, ensure_ascii=False)
    sig = dec["facts"]["signature"]
    if not text.rstrip().endswith(sig): err(f"{gid}: signature not at end")
    first = text.split("\n")[0]
    if not any(tok[:4] in first for tok in dis["buyer"]["name"].split()): err(f"{gid}: name not in greeting")
    mentions = {m: v for p in dec["required_points"] for m, v in p["mention"].items()}
    for m, v in mentions.items():
        if v not in text: err(f"{gid}: mention {m}={v} missing")
    for run in re.findall(r"\d+", text):
        if run not in allowed: err(f"{gid}: digit run {run} not in dispute/decision")
    n = len(CJK.findall(text))
    if n > 40:
        if not 60 <= n <= 500: err(f"{gid}: {n} CJK chars")
    else:
        w = len(text.split())
        if not 40 <= w <= 200: err(f"{gid}: {w} words")
    blang = dis["buyer"]["language"].split("-")[0].lower()
    if lang != blang: err(f"{gid}: lang {lang} != buyer {blang}")
    goods[gid] = dict(text=text, did=did, dpath=dpath, remedy=dec["remedy"], blang=blang)
    rows.append(dict(id=gid, dispute=dpath, label="good", defect=None, message=text,
                     note="covers " + ", ".join(p["id"] for p in dec["required_points"]) + (f"; mentions {', '.join(mentions.values())}" if mentions else ""),
                     remedy=dec["remedy"], buyer_language=blang, language=blang, good_id=gid))
seen_new = collections.Counter()
ids = collections.Counter()
for r in BAD1 + BAD2:
    gid, defect, old, new, note = r[:5]
    lang = r[5] if len(r) > 5 else None
    g = goods[gid]
    if defect not in DEFECTS: err(f"unknown defect {defect}")
    if g["text"].count(old) != 1: err(f"{gid}/{defect}: old occurs {g['text'].count(old)}x: {old[:40]}")
    msg = g["text"].replace(old, new, 1)
    if msg == g["text"]: err(f"{gid}/{defect}: no change")
    if new.strip():
        seen_new[new] += 1
    base = f"{gid}-{defect}"
    ids[base] += 1
    rid = base if ids[base] == 1 else f"{base}-{ids[base]}"
    rows.append(dict(id=rid, dispute=g["dpath"], label="bad", defect=defect, message=msg, note=note,
                     remedy=g["remedy"], buyer_language=g["blang"], language=lang or g["blang"], good_id=gid))
for new, c in seen_new.items():
    if c > 1: err(f"planted text repeated: {new[:50]}")
cnt = collections.Counter(r["defect"] for r in rows if r["label"] == "bad")
for d in DEFECTS:
    if cnt[d] != 13: err(f"{d}: {cnt[d]} rows")
allid = [r["id"] for r in rows]
if len(set(allid)) != len(allid): err("duplicate ids")
if not all(i.startswith("ot") for i in allid): err("id prefix")
if set(g["remedy"] for g in goods.values()) != {"evidence_by_problem_type", "extend_delivery_time", "propose_partial_or_return", "return_instructions",
    "confirm_reshipment", "offer_reshipment", "customs_clearance", "await_platform_decision", "escalation_reply", "return_received"}: err("remedy coverage")
if len({g["blang"] for g in goods.values()}) != 22: err("language coverage")
if errors:
    print("\n".join(errors)); sys.exit(1)
out = ROOT / "labelled.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
h = hashlib.sha256(out.read_bytes()).hexdigest()
(HERE / "frozen.sha256").write_text(f"{h}  labelled.jsonl\n")
print("rows", len(rows), "good", len(goods), "bad", sum(cnt.values()), h)
print("defects", dict(cnt))
print("remedy (all rows)", dict(collections.Counter(r["remedy"] for r in rows)))
print("buyer_language (all rows)", dict(collections.Counter(r["buyer_language"] for r in rows)))
print("good per remedy", dict(collections.Counter(g["remedy"] for g in goods.values())))
