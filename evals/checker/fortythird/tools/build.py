"""Build labelled.jsonl from rows_good/rows_bad, run the sanity checks, freeze."""
import collections, glob, hashlib, json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from rows_good import GOOD
from rows_bad import BAD
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
DECIDE = "/work/main/.venv/bin/disputedraft"
files = {int(os.path.basename(f)[2:4]): f for f in sorted(glob.glob(os.path.join(ROOT, "disputes", "*.json")))}
assert len(files) == 24
dec = {}
for n, f in files.items():
    out = subprocess.run([DECIDE, "decide", f], capture_output=True, text=True, check=True).stdout
    dec[n] = json.loads(out)
    os.makedirs(os.path.join(HERE, "decisions"), exist_ok=True)
    open(os.path.join(HERE, "decisions", os.path.basename(f)), "w").write(out)
errors = []
def err(m): errors.append(m)
rows = []
cjk = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
for gid, (n, lang, note, text) in GOOD.items():
    d, dj = dec[n], json.load(open(files[n]))
    facts = d["facts"]
    if not text.rstrip().endswith(facts["signature"]): err(f"{gid}: signature")
    first = text.split("\n")[0]
    if not any(t[:4] in first or (len(t) >= 2 and t[-2:] in first) for t in facts["buyer_name"].split()): err(f"{gid}: name in greeting")
    for p in d["required_points"]:
        for k, v in p["mention"].items():
            if v not in text: err(f"{gid}: mention {k}={v} missing")
    allowed = set(re.findall(r"\d+", open(files[n]).read() + json.dumps(d, ensure_ascii=False)))
    for run in re.findall(r"\d+", text):
        if run not in allowed: err(f"{gid}: digit run {run} not in dispute/decision")
    size = len(cjk.findall(text))
    if lang in ("ja", "zh", "ko"):
        if not 60 <= len(re.sub(r"\s", "", text)) <= 500: err(f"{gid}: CJK length")
    else:
        wc = len(text.split())
        if not 40 <= wc <= 200: err(f"{gid}: {wc} words")
    rows.append(dict(id=f"of{gid}", dispute=os.path.relpath(files[n], ROOT), label="good", defect=None, message=text,
                     note=note, remedy=d["remedy"], buyer_language=dj["buyer"]["language"], language=lang, good_id=f"of{gid}"))
goods = {r["id"]: r for r in rows}
planted = collections.Counter()
for gid, defect, old, new, note, lang in BAD:
    g = goods[f"of{gid}"]; text = g["message"]
    if defect not in DEFECTS: err(f"{gid}: bad defect {defect}")
    if text.count(old) != 1: err(f"{gid}-{defect}: old text occurs {text.count(old)} times")
    msg = text.replace(old, new, 1)
    if msg == text: err(f"{gid}-{defect}: no change")
    if new.strip(): planted[new] += 1
    if defect == "wrong_language" and not lang: err(f"{gid}: wrong_language needs lang")
    rows.append(dict(id=f"of{gid}-{defect}", dispute=g["dispute"], label="bad", defect=defect, message=msg,
                     note=note, remedy=g["remedy"], buyer_language=g["buyer_language"], language=lang or g["language"],
                     good_id=g["id"]))
for t, c in planted.items():
    if c > 1: err(f"planted text repeated: {t!r}")
cnt = collections.Counter(r["defect"] for r in rows if r["label"] == "bad")
for dfx in DEFECTS:
    if cnt[dfx] != 13: err(f"{dfx}: {cnt[dfx]} rows")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): err("duplicate ids")
if not all(i.startswith("of") for i in ids): err("id prefix")
remedies = {d["remedy"] for d in dec.values()}
if len(remedies) != 10: err(f"remedies covered: {sorted(remedies)}")
langs = {json.load(open(f))["buyer"]["language"].split("-")[0] for f in files.values()}
need = set("en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split())
if need - langs: err(f"languages missing {need - langs}")
if errors:
    print("\n".join(errors)); sys.exit(1)
out = os.path.join(ROOT, "labelled.jsonl")
with open(out, "w") as fh:
    for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
sha = hashlib.sha256(open(out, "rb").read()).hexdigest()
open(os.path.join(HERE, "frozen.sha256"), "w").write(f"{sha}  labelled.jsonl\n")
good_n = sum(r["label"] == "good" for r in rows)
print(f"ok: {len(rows)} rows, {good_n} good, {len(rows)-good_n} bad; sha256 {sha}")
print("per defect", dict(cnt))
print("per remedy", dict(collections.Counter(r["remedy"] for r in rows)))
print("good per remedy", dict(collections.Counter(r["remedy"] for r in rows if r["label"] == "good")))
print("per buyer language", dict(collections.Counter(r["buyer_language"] for r in rows)))
print("bad per reply language", dict(collections.Counter(r["language"] for r in rows if r["label"] == "bad")))
