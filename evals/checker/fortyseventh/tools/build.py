"""Build labelled.jsonl from rows_good.py + rows_bad_*.py, run sanity checks, freeze."""
import hashlib, json, re, subprocess, sys, pathlib, collections
ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from rows_good import GOOD
import rows_bad_a, rows_bad_b
BAD = rows_bad_a.ROWS + rows_bad_b.ROWS
DECIDE = "/work/main/.venv/bin/disputedraft"
DEFECTS = ["refund_promise","amount_over_cap","invented_amount_or_date","invented_tracking_number","off_platform_contact","placeholder","internal_note","wrong_language","feedback_request","blame","shouting","missing_required_point"]
errors = []
def err(m): errors.append(m)

dec, disp = {}, {}
for f in sorted((ROOT / "disputes").glob("ob*.json")):
    n = f.stem
    disp[n] = f.read_text()
    out = subprocess.run([DECIDE, "decide", str(f)], capture_output=True, text=True, check=True).stdout
    dec[n] = json.loads(out)
assert len(dec) == 24
remedies = collections.Counter(d["remedy"] for d in dec.values())
assert len(remedies) == 10 and "human_review" not in remedies, remedies

def cjk(t): return len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", t)) > 20
rows = []
for gid, (lang, text) in GOOD.items():
    n = gid[:4]; d = dec[n]; dj = json.loads(disp[n])
    sig = d["facts"]["signature"]
    if not text.rstrip().endswith(sig): err(f"{gid}: signature")
    first = text.split("\n")[0]
    toks = dj["buyer"]["name"].split()
    if not any(t[:max(3, len(t) - 2)] in first for t in toks): err(f"{gid}: name not in greeting: {first}")
    for p in d["required_points"]:
        for k, v in p["mention"].items():
            if v not in text: err(f"{gid}: mention {k}={v} missing")
    allowed = set(re.findall(r"\d+", disp[n] + json.dumps(d, ensure_ascii=False)))
    for run in re.findall(r"\d+", text):
        if run not in allowed: err(f"{gid}: digit run {run} not in dispute/decision")
    size = len(re.sub(r"\s", "", text)) if cjk(text) else len(text.split())
    lo, hi = (60, 500) if cjk(text) else (40, 200)
    if not lo <= size <= hi: err(f"{gid}: length {size}")
    prim = dj["buyer"]["language"].split("-")[0]
    if prim != lang: err(f"{gid}: lang {lang} vs buyer {prim}")
    rows.append(dict(id=gid, dispute=f"disputes/{n}.json", label="good", defect=None, message=text,
                     note=f"good reply ({d['remedy']}); buyer tag {dj['buyer']['language']}", remedy=d["remedy"],
                     buyer_language=prim, language=prim, good_id=gid))

planted = collections.Counter()
for r in BAD:
    gid, defect, old, new, note = r[:5]
    intr = r[5] if len(r) > 5 else None
    lang, text = GOOD[gid]
    if text.count(old) != 1: err(f"{gid}-{defect}: old occurs {text.count(old)}x: {old!r}")
    msg = text.replace(old, new, 1)
    if msg == text: err(f"{gid}-{defect}: no change")
    if defect not in DEFECTS: err(f"bad defect {defect}")
    if defect == "wrong_language" and not intr: err(f"{gid}: wrong_language needs intruding lang")
    if new: planted[new] += 1
    n = gid[:4]; d = dec[n]
    rows.append(dict(id=f"{gid}-{defect}", dispute=f"disputes/{n}.json", label="bad", defect=defect, message=msg,
                     note=note + (f" (edit: {old!r} -> {new!r})"), remedy=d["remedy"], buyer_language=lang,
                     language=intr or lang, good_id=gid))
for k, v in planted.items():
    if v > 1: err(f"planted text repeated: {k!r}")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): err("duplicate ids")
if not all(i.startswith("ob") for i in ids): err("id prefix")
cnt = collections.Counter(r["defect"] for r in rows if r["label"] == "bad")
for dname in DEFECTS:
    if cnt[dname] != 13: err(f"{dname}: {cnt[dname]} rows")
langs = {r["buyer_language"] for r in rows}
need = set("en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split())
if need - langs: err(f"languages missing {need - langs}")
if errors:
    print("\n".join(errors)); sys.exit(1)
out = ROOT / "labelled.jsonl"
with open(out, "w") as fh:
    for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
h = hashlib.sha256(out.read_bytes()).hexdigest()
(ROOT / "tools" / "frozen.sha256").write_text(f"{h}  labelled.jsonl\n")
print("OK", len(rows), "rows;", sum(r["label"] == "good" for r in rows), "good;", dict(cnt))
print("remedies (disputes):", dict(remedies))
print("good per remedy:", dict(collections.Counter(r["remedy"] for r in rows if r["label"] == "good")))
print("bad per remedy:", dict(collections.Counter(r["remedy"] for r in rows if r["label"] == "bad")))
print("rows per buyer language:", dict(sorted(collections.Counter(r["buyer_language"] for r in rows).items())))
print("sha256", h)
