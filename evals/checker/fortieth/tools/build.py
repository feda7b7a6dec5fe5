"""Build labelled.jsonl for set 'fortieth' from rows_good / rows_bad_*, run the sanity checks, freeze."""
import json, re, hashlib, pathlib, sys, collections
T = pathlib.Path(__file__).resolve().parent
ROOT = T.parent
sys.path.insert(0, str(T))
from rows_good import GOOD
from rows_bad_a import BAD_A
from rows_bad_b import BAD_B

DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number", "off_platform_contact",
           "placeholder", "internal_note", "wrong_language", "feedback_request", "blame", "shouting", "missing_required_point"]
dec = json.loads((T / "decisions.json").read_text())
files = {int(name[2:4]): name for name in dec}
errors = []
def err(*a): errors.append(" ".join(map(str, a)))

rows = []
for gid, (n, lang, text) in GOOD.items():
    name = files[n]; d = dec[name]
    dispute_text = (ROOT / "disputes" / name).read_text()
    sig = d["facts"]["signature"]
    if not text.rstrip().endswith(sig): err(gid, "signature not at end")
    first = text.splitlines()[0]
    if d["facts"]["buyer_name"] not in first: err(gid, "buyer name not in greeting")
    ments = {k: v for p in d["required_points"] for k, v in p["mention"].items()}
    for k, v in ments.items():
        if v not in text: err(gid, "mention missing", k, v)
    allowed = set(re.findall(r"\d+", dispute_text + json.dumps(d, ensure_ascii=False)))
    for run in re.findall(r"\d+", text):
        if run not in allowed: err(gid, "digit run not in dispute/decision", run)
    if lang in ("ja", "zh", "ko"):
        size = len(re.sub(r"\s", "", text))
        if not 60 <= size <= 500: err(gid, "cjk length", size)
    else:
        size = len(text.split())
        if not 40 <= size <= 200: err(gid, "word count", size)
    rows.append(dict(id=gid, dispute=f"disputes/{name}", label="good", defect=None, message=text,
                     note=f"good reply; covers {', '.join(p['id'] for p in d['required_points'])}",
                     remedy=d["remedy"], buyer_language=lang, language=lang, good_id=gid))

planted = collections.Counter()
for e in BAD_A + BAD_B:
    gid, defect, old, new, note = e[:5]
    intr = e[5] if len(e) > 5 else None
    if gid not in GOOD: err(gid, "unknown good"); continue
    if defect not in DEFECTS: err(gid, "unknown defect", defect)
    if (defect == "wrong_language") != (intr is not None): err(gid, defect, "intruding language flag")
    n, lang, text = GOOD[gid]
    if text.count(old) != 1: err(gid, defect, "old text occurs", text.count(old), "times:", old[:40])
    if old == new: err(gid, defect, "edit changes nothing")
    msg = text.replace(old, new, 1)
    if msg == text: err(gid, defect, "message unchanged")
    planted[new if new else "DEL:" + old] += 1
    name = files[n]
    rows.append(dict(id=f"{gid}-{defect}", dispute=f"disputes/{name}", label="bad", defect=defect, message=msg,
                     note=note, remedy=dec[name]["remedy"], buyer_language=lang, language=intr or lang, good_id=gid))

for k, c in planted.items():
    if c > 1: err("planted text repeated:", k[:50])
msgs = collections.Counter(r["message"] for r in rows)
for m, c in msgs.items():
    if c > 1: err("duplicate message", m[:40])
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): err("duplicate ids", [i for i, c in collections.Counter(ids).items() if c > 1])
if not all(i.startswith("ol") for i in ids): err("id prefix")
per = collections.Counter(r["defect"] for r in rows if r["label"] == "bad")
for d_ in DEFECTS:
    if per[d_] != 13: err("defect count", d_, per[d_])
if errors:
    print("\n".join(errors)); sys.exit(1)

out = ROOT / "labelled.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
h = hashlib.sha256(out.read_bytes()).hexdigest()
(T / "frozen.sha256").write_text(f"{h}  labelled.jsonl\n")
good = [r for r in rows if r["label"] == "good"]
print("rows", len(rows), "good", len(good), "bad", len(rows) - len(good), "sha256", h)
print("per defect", dict(per))
print("good per remedy", dict(collections.Counter(r["remedy"] for r in good)))
print("all per remedy", dict(collections.Counter(r["remedy"] for r in rows)))
print("good per lang", dict(collections.Counter(r["buyer_language"] for r in good)))
print("all per buyer lang", dict(collections.Counter(r["buyer_language"] for r in rows)))
print("wrong_language intruders", dict(collections.Counter(r["language"] for r in rows if r["defect"] == "wrong_language")))
