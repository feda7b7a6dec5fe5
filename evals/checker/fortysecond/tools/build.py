"""Assemble labelled.jsonl from the hand-written rows, run sanity checks, freeze."""
import json, re, subprocess, sys, hashlib, collections, pathlib
T = pathlib.Path(__file__).resolve().parent
ROOT = T.parent
sys.path.insert(0, str(T))
from rows_good import GOOD
import rows_bad_a, rows_bad_b, rows_bad_c
EDITS = rows_bad_a.EDITS + rows_bad_b.EDITS + rows_bad_c.EDITS
DD = "/work/main/.venv/bin/disputedraft"
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
errors = []
def err(m): errors.append(m)

dec, raw = {}, {}
for p in sorted((ROOT / "disputes").glob("og*.json")):
    n = p.stem[2:]
    out = subprocess.run([DD, "decide", str(p)], capture_output=True, text=True).stdout
    dec[n], raw[n] = json.loads(out), p.read_text() + out
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

def tidy(t):
    t = re.sub(r"[ \t]+\n", "\n", t)
    t = re.sub(r"\n{3,}", "\n\n", t)
    return re.sub(r"  +", " ", t).strip()

rows = []
for gid, (n, lang, text) in GOOD.items():
    d = dec[n]; disp = json.loads((ROOT / "disputes" / f"og{n}.json").read_text())
    sig = d["facts"]["signature"]
    if not text.rstrip().endswith(sig): err(f"{gid}: signature")
    first = text.strip().split("\n")[0]
    name = d["facts"]["buyer_name"]
    if not any(tok[:4] in first for tok in name.split()) and name not in first: err(f"{gid}: name not in greeting")
    for pt in d["required_points"]:
        for k, v in pt["mention"].items():
            if v not in text: err(f"{gid}: mention {k}={v} missing")
    allowed = set(re.findall(r"\d+", raw[n]))
    for run in re.findall(r"\d+", text):
        if run not in allowed: err(f"{gid}: digit run {run} not in dispute/decision")
    size = len(CJK.findall(text)) if CJK.search(text) else len(text.split())
    lo, hi = (60, 500) if CJK.search(text) else (40, 200)
    if not lo <= size <= hi: err(f"{gid}: length {size}")
    rows.append({"id": gid, "dispute": f"disputes/og{n}.json", "label": "good", "defect": None, "message": text,
                 "note": f"good reply covering {', '.join(p['id'] for p in d['required_points'])}",
                 "remedy": d["remedy"], "buyer_language": disp["buyer"]["language"], "language": lang, "good_id": gid})

seen_new, ids = {}, set()
for gid, defect, old, new, note, intr in EDITS:
    n, lang, text = GOOD[gid]
    if defect not in DEFECTS: err(f"{gid}: unknown defect {defect}")
    if text.count(old) != 1: err(f"{gid}-{defect}: old text occurs {text.count(old)} times")
    msg = tidy(text.replace(old, new))
    if msg == tidy(text): err(f"{gid}-{defect}: edit changes nothing")
    planted = new.replace(old, "") if old in new else new
    if planted.strip():
        if planted in seen_new: err(f"{gid}-{defect}: planted text repeated from {seen_new[planted]}")
        seen_new[planted] = f"{gid}-{defect}"
    d = dec[n]; disp = json.loads((ROOT / "disputes" / f"og{n}.json").read_text())
    rows.append({"id": f"{gid}-{defect}", "dispute": f"disputes/og{n}.json", "label": "bad", "defect": defect,
                 "message": msg, "note": note, "remedy": d["remedy"], "buyer_language": disp["buyer"]["language"],
                 "language": intr if defect == "wrong_language" else lang, "good_id": gid})

for r in rows:
    if r["id"] in ids or not r["id"].startswith("og"): err(f"bad id {r['id']}")
    ids.add(r["id"])
cnt = collections.Counter(r["defect"] for r in rows if r["label"] == "bad")
for dft in DEFECTS:
    if cnt[dft] != 13: err(f"{dft}: {cnt[dft]} rows")
remedies = {r["remedy"] for r in rows}
langs = {r["buyer_language"].split("-")[0] for r in rows}
if len(remedies) != 10: err(f"remedies {remedies}")
if len(langs) != 22: err(f"langs {len(langs)}")
if errors:
    print("\n".join(errors)); sys.exit(1)
out = ROOT / "labelled.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
h = hashlib.sha256(out.read_bytes()).hexdigest()
(T / "frozen.sha256").write_text(f"{h}  labelled.jsonl\n")
print("rows", len(rows), "good", sum(r["label"] == "good" for r in rows), dict(cnt))
print("per remedy", dict(collections.Counter(r["remedy"] for r in rows)))
print("per buyer language", dict(collections.Counter(r["buyer_language"] for r in rows)))
print("bad per reply language", dict(collections.Counter(r["language"] for r in rows if r["label"] == "bad")))
print("sha256", h)
