"""Build labelled.jsonl from rows_good + rows_bad, run sanity checks, freeze."""
import hashlib, json, re, subprocess, sys, pathlib
from collections import Counter
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from rows_good import GOOD
from rows_bad import E
VENV = ROOT.parents[2] / ".venv" / "bin" / "disputedraft"
DEFECTS = ["refund_promise","amount_over_cap","invented_amount_or_date","invented_tracking_number","off_platform_contact",
           "placeholder","internal_note","wrong_language","feedback_request","blame","shouting","missing_required_point"]
INTRUDER = {"o02a":"pt","o05a":"en","o06b":"it","o07a":"es","o09a":"de","o10b":"fr","o13a":"en","o14b":"da","o15a":"pl",
            "o17a":"cs","o20a":"uk","o22a":"it","o23b":"es"}
files = {int(p.name[1:3]): p for p in (ROOT / "disputes").glob("d*.json")}
dec, src = {}, {}
for n, p in files.items():
    out = subprocess.run([str(VENV), "decide", str(p)], capture_output=True, text=True, check=True).stdout
    dec[n] = json.loads(out); src[n] = p.read_text() + out
errs = []
def digits(t): return re.findall(r"\d+", t)
rows = []
for gid, (n, lang, text) in GOOD.items():
    d = dec[n]; f = d["facts"]
    if d["remedy"] == "human_review": errs.append(f"{gid}: human_review")
    if not text.rstrip().endswith(f["signature"]): errs.append(f"{gid}: signature")
    first = text.strip().splitlines()[0]
    if f["buyer_name"] not in first: errs.append(f"{gid}: name not in greeting")
    for p in d["required_points"]:
        for k, v in p["mention"].items():
            if v not in text: errs.append(f"{gid}: mention {k}={v} missing")
    allowed = set(digits(src[n]))
    for r in digits(text):
        if r not in allowed: errs.append(f"{gid}: digit run {r} not in dispute/decision")
    body = text.replace(f["signature"], "")
    size = len(body) if lang in ("ja", "zh", "ko") else len(body.split())
    lo, hi = (60, 500) if lang in ("ja", "zh", "ko") else (40, 200)
    if not lo <= size <= hi: errs.append(f"{gid}: length {size}")
    rows.append(dict(id=gid, dispute=f"disputes/{files[n].name}", label="good", defect=None, message=text,
                     note=f"good reply covering {', '.join(p['id'] for p in d['required_points'])}",
                     remedy=d["remedy"], buyer_language=lang, language=lang, good_id=gid))
seen_new = Counter(new for _, _, _, new, _ in E if new)
for gid, defect, old, new, note in E:
    n, lang, text = GOOD[gid]
    if defect not in DEFECTS: errs.append(f"{gid}: unknown defect {defect}")
    if text.count(old) != 1: errs.append(f"{gid}-{defect}: old occurs {text.count(old)} times")
    msg = text.replace(old, new)
    if msg == text: errs.append(f"{gid}-{defect}: no change")
    if new and seen_new[new] > 1: errs.append(f"{gid}-{defect}: planted text repeated")
    allowed = set(digits(src[n]))
    newd = [r for r in digits(new) if r not in allowed and r not in digits(old)]
    if defect in ("invented_amount_or_date", "invented_tracking_number", "amount_over_cap"):
        if defect != "amount_over_cap" and not digits(new): errs.append(f"{gid}-{defect}: nothing invented")
    elif newd: errs.append(f"{gid}-{defect}: stray new digits {newd}")
    if defect == "wrong_language" and gid not in INTRUDER: errs.append(f"{gid}: no intruder lang")
    rows.append(dict(id=f"{gid}-{defect}", dispute=f"disputes/{files[n].name}", label="bad", defect=defect, message=msg,
                     note=note, remedy=dec[n]["remedy"], buyer_language=lang,
                     language=INTRUDER[gid] if defect == "wrong_language" else lang, good_id=gid))
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): errs.append("duplicate ids")
if not all(i.startswith("o") for i in ids): errs.append("id prefix")
c = Counter(r["defect"] for r in rows if r["label"] == "bad")
for dname in DEFECTS:
    if c[dname] != 13: errs.append(f"{dname}: {c[dname]} rows")
if errs:
    print("\n".join(errs)); sys.exit(1)
out = ROOT / "labelled.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
h = hashlib.sha256(out.read_bytes()).hexdigest()
(HERE / "frozen.sha256").write_text(f"{h}  labelled.jsonl\n")
print("ok", len(rows), "rows;", sum(r["label"] == "good" for r in rows), "good;", h)
print(Counter(r["remedy"] for r in rows if r["label"] == "good"))
print(Counter(r["remedy"] for r in rows if r["label"] == "bad"))
print(sorted(Counter(r["buyer_language"] for r in rows).items()))
