"""Build labelled.jsonl from rows_good.py + rows_bad.py, run sanity checks, freeze."""
import collections, hashlib, json, pathlib, re, subprocess, sys
ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from rows_good import GOOD
from rows_bad import BAD
DECIDE = "/work/main/.venv/bin/disputedraft"
DEFECTS = ["refund_promise","amount_over_cap","invented_amount_or_date","invented_tracking_number","off_platform_contact",
           "placeholder","internal_note","wrong_language","feedback_request","blame","shouting","missing_required_point"]
NUMERIC = {"amount_over_cap", "invented_amount_or_date", "invented_tracking_number"}
errors = []
def err(m): errors.append(m)

dec, raw = {}, {}
for f in sorted((ROOT / "disputes").glob("*.json")):
    out = subprocess.run([DECIDE, "decide", str(f)], capture_output=True, text=True, check=True).stdout
    dec[f.name], raw[f.name] = json.loads(out), f.read_text() + out
def allowed_digits(fn): return set(re.findall(r"\d+", raw[fn]))
def mentions(d): return {k: v for p in d["required_points"] for k, v in p["mention"].items()}
def cjk(t): return len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", t))

rows, texts = [], {}
for gid, (fn, lang, msg) in GOOD.items():
    d = dec[fn]; disp = json.loads((ROOT / "disputes" / fn).read_text())
    sig = d["facts"]["signature"]
    if not msg.rstrip().endswith(sig): err(f"{gid}: signature")
    first = msg.splitlines()[0]
    toks = disp["buyer"]["name"].split()
    if not any(t[:4] in first for t in toks): err(f"{gid}: name not in greeting")
    for k, v in mentions(d).items():
        if v not in msg: err(f"{gid}: mention {k}={v} missing")
    extra = set(re.findall(r"\d+", msg)) - allowed_digits(fn)
    if extra: err(f"{gid}: stray digits {extra}")
    n = cjk(msg)
    if n > 40:
        if not 60 <= len(msg) <= 500: err(f"{gid}: CJK length {len(msg)}")
    else:
        w = len(msg.split())
        if not 40 <= w <= 200: err(f"{gid}: words {w}")
    texts[gid] = msg
    rows.append(dict(id=gid, dispute=f"disputes/{fn}", label="good", defect=None, message=msg,
                     note="hand-written good reply", remedy=d["remedy"], buyer_language=disp["buyer"]["language"].split("-")[0].lower(),
                     language=lang, good_id=gid))

seen_new, per = set(), collections.Counter()
for b in BAD:
    gid, defect, old, new, note = b[:5]
    fn, lang, _ = GOOD[gid]; msg = texts[gid]
    if defect not in DEFECTS: err(f"unknown defect {defect}")
    if msg.count(old) != 1: err(f"{gid}/{defect}: old occurs {msg.count(old)}x: {old[:40]!r}")
    if old == new: err(f"{gid}/{defect}: no change")
    if new:
        if new in seen_new: err(f"{gid}/{defect}: planted text repeated")
        seen_new.add(new)
    edited = msg.replace(old, new, 1)
    added = set(re.findall(r"\d+", edited)) - allowed_digits(fn)
    if defect in {"invented_amount_or_date", "invented_tracking_number"} and not added: err(f"{gid}/{defect}: no new number")
    if defect not in NUMERIC and added: err(f"{gid}/{defect}: unintended new digits {added}")
    per[defect] += 1
    rid = f"{gid}-{defect}"
    if per[(gid, defect)]: rid += f"{per[(gid, defect)] + 1}"
    per[(gid, defect)] += 1
    rows.append(dict(id=rid, dispute=f"disputes/{fn}", label="bad", defect=defect, message=edited,
                     note=f"{note} | edit: {old!r} -> {new!r}", remedy=dec[fn]["remedy"],
                     buyer_language=next(r["buyer_language"] for r in rows if r["id"] == gid),
                     language=(b[5] if defect == "wrong_language" else lang), good_id=gid))
for dft in DEFECTS:
    if per[dft] != 13: err(f"{dft}: {per[dft]} rows")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): err("duplicate ids")
if not all(i.startswith("od") for i in ids): err("id prefix")
if set(dec[f]["remedy"] for f in dec) != {"evidence_by_problem_type","extend_delivery_time","propose_partial_or_return","return_instructions",
        "confirm_reshipment","offer_reshipment","customs_clearance","await_platform_decision","escalation_reply","return_received"}: err("remedy coverage")
if errors:
    print("\n".join(errors)); sys.exit(1)
out = ROOT / "labelled.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
h = hashlib.sha256(out.read_bytes()).hexdigest()
(ROOT / "tools" / "frozen.sha256").write_text(f"{h}  labelled.jsonl\n")
c = collections.Counter
print(len(rows), "rows;", sum(r["label"] == "good" for r in rows), "good")
print(c(r["defect"] for r in rows if r["defect"]))
print(c(r["remedy"] for r in rows)); print(c(r["buyer_language"] for r in rows))
print("sha256", h)
