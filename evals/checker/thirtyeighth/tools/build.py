"""Assemble labelled.jsonl from the hand-written rows, run the sanity checks, freeze."""
import hashlib, json, pathlib, re, subprocess, sys
from collections import Counter
T = pathlib.Path(__file__).resolve().parent; ROOT = T.parent
sys.path.insert(0, str(T))
from rows_good import GOOD
from rows_bad_a import BAD_A
from rows_bad_b import BAD_B
DD = "/work/main/.venv/bin/disputedraft"
files = {int(p.name[2:4]): p for p in sorted((ROOT / "disputes").glob("on*.json"))}
dec, raw = {}, {}
for n, p in files.items():
    out = subprocess.run([DD, "decide", str(p)], capture_output=True, text=True, check=True).stdout
    dec[n] = json.loads(out); raw[n] = p.read_text() + out
DEFECTS = ["refund_promise","amount_over_cap","invented_amount_or_date","invented_tracking_number","off_platform_contact","placeholder","internal_note","wrong_language","feedback_request","blame","shouting","missing_required_point"]
errors = []
def err(m): errors.append(m)
rows = []
for gid, (n, lang, text) in GOOD.items():
    d = dec[n]; f = d["facts"]; disp = json.loads(files[n].read_text())
    if not text.rstrip().endswith(f["signature"]): err(f"{gid}: signature not at end")
    if f["buyer_name"] not in text.split("\n")[0]: err(f"{gid}: name not in greeting")
    for p in d["required_points"]:
        for k, v in p["mention"].items():
            if v not in text: err(f"{gid}: mention {k}={v} missing")
    for run in re.findall(r"\d+", text):
        if run not in raw[n]: err(f"{gid}: digit run {run} not in dispute/decision")
    size = len(re.sub(r"\s", "", text)) if lang in ("ja", "zh", "ko") else len(text.split())
    lo, hi = (60, 500) if lang in ("ja", "zh", "ko") else (40, 200)
    if not lo <= size <= hi: err(f"{gid}: length {size} outside {lo}-{hi}")
    if lang != disp["buyer"]["language"].split("-")[0]: err(f"{gid}: reply language {lang} != buyer")
    rows.append(dict(id=gid, dispute=f"disputes/{files[n].name}", label="good", defect=None, message=text,
                     note="hand-written good reply", remedy=d["remedy"], buyer_language=disp["buyer"]["language"].split("-")[0],
                     language=lang, good_id=gid))
good_by_id = {r["id"]: r for r in rows}
planted = Counter()
for e in BAD_A + BAD_B:
    gid, defect, old, new, note = e[:5]
    g = good_by_id[gid]
    if defect not in DEFECTS: err(f"{gid}: unknown defect {defect}")
    if g["message"].count(old) != 1: err(f"{gid}-{defect}: old text occurs {g['message'].count(old)} times")
    if old == new: err(f"{gid}-{defect}: edit changes nothing")
    msg = g["message"].replace(old, new, 1)
    if msg == g["message"]: err(f"{gid}-{defect}: message unchanged")
    if new: planted[new] += 1
    lang = e[5] if len(e) > 5 else g["language"]
    if defect == "wrong_language" and len(e) < 6: err(f"{gid}: wrong_language without intruding language")
    rows.append(dict(id=f"{gid}-{defect}", dispute=g["dispute"], label="bad", defect=defect, message=msg, note=note,
                     remedy=g["remedy"], buyer_language=g["buyer_language"], language=lang, good_id=gid))
for t, c in planted.items():
    if c > 1: err(f"planted text repeated {c}x: {t[:40]}")
per = Counter(r["defect"] for r in rows if r["label"] == "bad")
for d_ in DEFECTS:
    if per[d_] != 13: err(f"{d_}: {per[d_]} rows, want 13")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): err("duplicate ids")
if not all(i.startswith("on") for i in ids): err("id prefix")
if errors:
    print("\n".join(errors)); sys.exit(1)
out = ROOT / "labelled.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
h = hashlib.sha256(out.read_bytes()).hexdigest()
(T / "frozen.sha256").write_text(f"{h}  labelled.jsonl\n")
print(len(rows), "rows;", sum(r["label"] == "good" for r in rows), "good;", dict(per)); print("remedies:", Counter(r["remedy"] for r in rows)); print("buyer langs:", Counter(r["buyer_language"] for r in rows)); print("sha256", h)
