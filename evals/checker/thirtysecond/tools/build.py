"""Builds labelled.jsonl from rows_good / rows_bad_a / rows_bad_b, runs the sanity checks, freezes."""
import collections, hashlib, json, pathlib, re, subprocess, sys
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from rows_good import GOOD
from rows_bad_a import BAD_A
from rows_bad_b import BAD_B
DECIDE = "/work/main/.venv/bin/disputedraft"
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
errors = []
def err(m): errors.append(m)

decisions, disputes = {}, {}
for f in sorted((ROOT / "disputes").glob("*.json")):
    out = subprocess.run([DECIDE, "decide", str(f)], capture_output=True, text=True, check=True).stdout
    decisions[f.name] = json.loads(out)
    disputes[f.name] = json.loads(f.read_text())
assert len(decisions) == 24

def cjk(t): return len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", t)) > 20

rows = []
for gid, (dfile, lang, text) in GOOD.items():
    dec, dsp = decisions[dfile], disputes[dfile]
    sig = dec["facts"]["signature"]
    if not text.rstrip().endswith(sig): err(f"{gid}: signature")
    first = text.strip().splitlines()[0]
    if not any(tok[:4] in first for tok in dsp["buyer"]["name"].split()): err(f"{gid}: name in greeting")
    for p in dec["required_points"]:
        for k, v in p["mention"].items():
            if v not in text: err(f"{gid}: mention {k}={v} missing")
    allowed = set(re.findall(r"\d+", json.dumps(dsp, ensure_ascii=False) + json.dumps(dec, ensure_ascii=False)))
    for run in re.findall(r"\d+", text):
        if run not in allowed: err(f"{gid}: digit run {run}")
    n = len(text) if cjk(text) else len(text.split())
    lo, hi = (60, 500) if cjk(text) else (40, 200)
    if not lo <= n <= hi: err(f"{gid}: length {n}")
    if lang != dsp["buyer"]["language"].split("-")[0]: err(f"{gid}: lang")
    rows.append({"id": gid, "dispute": f"disputes/{dfile}", "label": "good", "defect": None, "message": text,
                 "note": "hand-written good reply", "remedy": dec["remedy"], "buyer_language": lang,
                 "language": lang, "good_id": gid})

planted = collections.Counter(b[3] for b in BAD_A + BAD_B)
for p, c in planted.items():
    if c > 1 and p.strip(): err(f"planted text repeated: {p!r}")
seen = collections.Counter()
for b in BAD_A + BAD_B:
    gid, defect, old, new, note = b[:5]
    if defect not in DEFECTS: err(f"unknown defect {defect}")
    dfile, lang, text = GOOD[gid]
    if text.count(old) != 1: err(f"{gid}/{defect}: old occurs {text.count(old)} times: {old!r}")
    msg = text.replace(old, new, 1)
    if msg == text: err(f"{gid}/{defect}: no change")
    seen[(gid, defect)] += 1
    k = seen[(gid, defect)]
    rid = f"{gid}-{defect}" + ("" if k == 1 else f"-{k}")
    rows.append({"id": rid, "dispute": f"disputes/{dfile}", "label": "bad", "defect": defect, "message": msg,
                 "note": note, "remedy": decisions[dfile]["remedy"], "buyer_language": lang,
                 "language": b[5] if defect == "wrong_language" else lang, "good_id": gid})

cnt = collections.Counter(r["defect"] for r in rows if r["label"] == "bad")
for d in DEFECTS:
    if cnt[d] != 13: err(f"{d}: {cnt[d]} rows")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): err("duplicate ids")
if not all(i.startswith("ov") for i in ids): err("id prefix")
langs = {r["buyer_language"] for r in rows}
need = set("en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split())
if langs != need: err(f"languages {need ^ langs}")
if len({r['remedy'] for r in rows}) != 10: err("remedies")
if errors:
    print("\n".join(errors)); sys.exit(1)
out = ROOT / "labelled.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
h = hashlib.sha256(out.read_bytes()).hexdigest()
(HERE / "frozen.sha256").write_text(f"{h}  labelled.jsonl\n")
print(len(rows), "rows;", sum(r["label"] == "good" for r in rows), "good;", dict(cnt))
print("remedy:", dict(collections.Counter(r["remedy"] for r in rows)))
print("buyer_language:", dict(collections.Counter(r["buyer_language"] for r in rows)))
print("good per remedy:", dict(collections.Counter(r["remedy"] for r in rows if r["label"] == "good")))
print("sha256", h)
