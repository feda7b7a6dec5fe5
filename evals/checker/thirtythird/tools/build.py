"""Builds labelled.jsonl from rows_good.py + rows_a.py + rows_b.py, runs the sanity checks, freezes."""
import collections, hashlib, json, pathlib, re, subprocess, sys
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from rows_good import GOOD
import rows_a, rows_b
BAD = rows_a.ROWS + rows_b.ROWS
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number", "off_platform_contact",
           "placeholder", "internal_note", "wrong_language", "feedback_request", "blame", "shouting", "missing_required_point"]
CLI = "/work/main/.venv/bin/disputedraft"
errors = []
def err(m): errors.append(m)

dec, disp = {}, {}
for f in sorted((ROOT / "disputes").glob("*.json")):
    disp[f.name] = f.read_text()
    out = subprocess.run([CLI, "decide", str(f)], capture_output=True, text=True, check=True).stdout
    dec[f.name] = (out, json.loads(out))

def cjk(t): return len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", t)) > 20

rows = []
for gid, (df, lang, text) in GOOD.items():
    raw, d = dec[df]
    dj = json.loads(disp[df])
    sig = d["facts"]["signature"]
    if not text.rstrip().endswith(sig): err(f"{gid}: signature")
    first = text.strip().splitlines()[0]
    if not any(tok[:4] in first for tok in dj["buyer"]["name"].split()): err(f"{gid}: name not in greeting")
    for p in d["required_points"]:
        for k, v in p["mention"].items():
            if v not in text: err(f"{gid}: mention {k}={v} missing")
    src = disp[df] + raw
    for run in re.findall(r"\d+", text):
        if run not in src: err(f"{gid}: digit run {run} not in dispute/decision")
    n = len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", text)) if cjk(text) else len(text.split())
    lo, hi = (60, 500) if cjk(text) else (40, 200)
    if not lo <= n <= hi: err(f"{gid}: length {n}")
    rows.append(dict(id=gid, dispute=f"disputes/{df}", label="good", defect=None, message=text,
                     note=f"good reply; buyer tag {dj['buyer']['language']}", remedy=d["remedy"],
                     buyer_language=dj["buyer"]["language"].split("-")[0], language=lang, good_id=gid))

seen_ids, planted = set(r["id"] for r in rows), collections.Counter()
for r in BAD:
    gid, defect, old, new, note = r[:5]
    df, lang, text = GOOD[gid]
    if defect not in DEFECTS: err(f"{gid}: unknown defect {defect}")
    if text.count(old) != 1: err(f"{gid}/{defect}: old text occurs {text.count(old)}x: {old[:40]}")
    msg = text.replace(old, new)
    if msg == text: err(f"{gid}/{defect}: no change")
    if new.strip(): planted[new] += 1
    rid = f"{gid}-{defect}"
    if rid in seen_ids: rid += "-2"
    if rid in seen_ids: err(f"dup id {rid}")
    seen_ids.add(rid)
    d = dec[df][1]; dj = json.loads(disp[df])
    rows.append(dict(id=rid, dispute=f"disputes/{df}", label="bad", defect=defect, message=msg, note=note, remedy=d["remedy"],
                     buyer_language=dj["buyer"]["language"].split("-")[0], language=r[5] if len(r) > 5 else lang, good_id=gid))
    if defect == "wrong_language" and len(r) < 6: err(f"{rid}: wrong_language without intruding language")
for t, c in planted.items():
    if c > 1: err(f"planted text repeated: {t[:40]}")
cnt = collections.Counter(r["defect"] for r in rows if r["label"] == "bad")
for dname in DEFECTS:
    if cnt[dname] != 13: err(f"{dname}: {cnt[dname]} rows")
if not all(r["id"].startswith("ou") for r in rows): err("id prefix")
if len({r["id"] for r in rows}) != len(rows): err("ids not unique")
if errors:
    print("\n".join(errors)); sys.exit(1)
out = ROOT / "labelled.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
(HERE / "frozen.sha256").write_text(hashlib.sha256(out.read_bytes()).hexdigest() + "  labelled.jsonl\n")
print(len(rows), "rows;", sum(r["label"] == "good" for r in rows), "good")
print(dict(cnt))
print(collections.Counter(r["remedy"] for r in rows))
print(collections.Counter(r["buyer_language"] for r in rows))
