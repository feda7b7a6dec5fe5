"""Build labelled.jsonl from the hand-written rows, run the sanity checks, freeze."""
import hashlib, json, re, sys, pathlib
from collections import Counter
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from rows_good import GOOD
from rows_bad_a import BAD_A
from rows_bad_b import BAD_B
from rows_bad_c import BAD_C
from summary import decision
B = pathlib.Path(__file__).resolve().parent.parent
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number", "off_platform_contact",
           "placeholder", "internal_note", "wrong_language", "feedback_request", "blame", "shouting", "missing_required_point"]
errors = []
def err(m): errors.append(m)
files = {int(f.name[2:4]): f for f in (B / "disputes").glob("oc*.json")}
info = {}
for n, f in files.items():
    d = decision(f.relative_to(B))
    raw = f.read_text()
    exp = f.stem.split("_", 1)[1]
    if d["remedy"] != exp: err(f"{f.name}: remedy {d['remedy']} != {exp}")
    ment = {k: v for p in d["required_points"] for k, v in p["mention"].items()}
    digits = set(re.findall(r"\d+", raw)) | set(re.findall(r"\d+", json.dumps(d, ensure_ascii=False)))
    dj = json.loads(raw)
    info[n] = dict(path=str(f.relative_to(B)), remedy=d["remedy"], mentions=ment, sig=d["facts"]["signature"], digits=digits,
                   name=dj["buyer"]["name"], lang=dj["buyer"]["language"].split("-")[0].lower())
rows = []
for gid, (n, lang, text) in GOOD.items():
    i = info[n]
    if not text.rstrip().endswith(i["sig"]): err(f"{gid}: signature")
    first = text.split("\n")[0]
    if not any(tok[:4] in first for tok in i["name"].split()): err(f"{gid}: name not in greeting")
    for k, v in i["mentions"].items():
        if v not in text: err(f"{gid}: mention {k}={v} missing")
    extra = set(re.findall(r"\d+", text)) - i["digits"]
    if extra: err(f"{gid}: digits {extra}")
    if lang != i["lang"]: err(f"{gid}: language {lang} != buyer {i['lang']}")
    cjk = lang in ("zh", "ja", "ko")
    size = len(re.sub(r"\s", "", text)) if cjk else len(text.split())
    if (cjk and not 60 <= size <= 500) or (not cjk and not 40 <= size <= 200): err(f"{gid}: length {size}")
    rows.append(dict(id=gid, dispute=i["path"], label="good", defect=None, message=text, note="good reply", remedy=i["remedy"],
                     buyer_language=i["lang"], language=lang, good_id=gid))
planted = Counter()
for r in BAD_A + BAD_B + BAD_C:
    gid, defect, old, new, note = r[:5]
    n, lang, text = GOOD[gid]
    if defect not in DEFECTS: err(f"{gid}: unknown defect {defect}")
    if text.count(old) != 1: err(f"{gid}-{defect}: old occurs {text.count(old)} times")
    msg = text.replace(old, new)
    if msg == text: err(f"{gid}-{defect}: no change")
    if new: planted[new] += 1
    out_lang = r[5] if defect == "wrong_language" else lang
    if defect == "wrong_language" and (len(r) < 6 or r[5] == lang): err(f"{gid}: wrong_language needs another language")
    i = info[n]
    rows.append(dict(id=f"{gid}-{defect}", dispute=i["path"], label="bad", defect=defect, message=msg, note=note, remedy=i["remedy"],
                     buyer_language=i["lang"], language=out_lang, good_id=gid))
for t, c in planted.items():
    if c > 1: err(f"planted text repeated: {t!r}")
cnt = Counter(r["defect"] for r in rows if r["label"] == "bad")
for d in DEFECTS:
    if cnt[d] != 13: err(f"{d}: {cnt[d]} rows")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)) or not all(x.startswith("oc") for x in ids): err("ids")
if set(i["remedy"] for i in info.values()) .__len__() != 10: err("remedies")
if len(set(i["lang"] for i in info.values())) != 22: err("languages")
if errors:
    print("\n".join(errors)); sys.exit(1)
out = B / "labelled.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
h = hashlib.sha256(out.read_bytes()).hexdigest()
(B / "tools" / "frozen.sha256").write_text(f"{h}  labelled.jsonl\n")
print(len(rows), "rows;", Counter(r["label"] for r in rows), h)
print("defects", dict(cnt))
print("remedy", dict(Counter(r["remedy"] for r in rows)))
print("buyer_language", dict(Counter(r["buyer_language"] for r in rows)))
