"""Assemble labelled.jsonl from rows_good.py + rows_bad_*.py, run the sanity checks, freeze."""
import hashlib, json, pathlib, re, subprocess, sys
from collections import Counter
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from rows_good import GOOD
import rows_bad_a, rows_bad_b, rows_bad_c
BAD = rows_bad_a.BAD + rows_bad_b.BAD + rows_bad_c.BAD
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
CJK = {"ja", "zh", "ko"}
DECIDE = "/work/main/.venv/bin/disputedraft"
errors = []

def err(msg):
    errors.append(msg)

def norm(t):
    t = re.sub(r"[ \t]+\n", "\n", t)
    return re.sub(r"\n{3,}", "\n\n", t).strip()

dec, disp = {}, {}
for f in sorted((ROOT / "disputes").glob("*.json")):
    out = subprocess.run([DECIDE, "decide", str(f)], capture_output=True, text=True, check=True).stdout
    dec[f.stem] = json.loads(out)
    disp[f.stem] = json.loads(f.read_text())
    (HERE / "decisions" / f"{f.stem}.json").write_text(out)

rows, good_text, good_meta = [], {}, {}
for gid, stem, lang, text in GOOD:
    d, x = dec[stem], disp[stem]
    text = norm(text)
    sig = d["facts"]["signature"]
    if not text.endswith(sig):
        err(f"{gid}: signature missing at end")
    first = text.split("\n", 1)[0]
    toks = x["buyer"]["name"].split()
    if not any(t[: min(len(t), 5)] in first for t in toks):
        err(f"{gid}: buyer name not in greeting: {first}")
    for p in d["required_points"]:
        for k, v in p["mention"].items():
            if v not in text:
                err(f"{gid}: mention {k}={v} missing")
    allowed = set(re.findall(r"\d+", json.dumps(x, ensure_ascii=False) + json.dumps(d, ensure_ascii=False)))
    stray = [r for r in re.findall(r"\d+", text) if r not in allowed]
    if stray:
        err(f"{gid}: digits not in dispute/decision: {stray}")
    n = len(re.sub(r"\s", "", text)) if lang in CJK else len(text.split())
    lo, hi = (60, 500) if lang in CJK else (40, 200)
    if not lo <= n <= hi:
        err(f"{gid}: length {n} outside {lo}-{hi}")
    if x["buyer"]["language"].split("-")[0] != lang:
        err(f"{gid}: reply language {lang} vs buyer {x['buyer']['language']}")
    good_text[gid] = text
    good_meta[gid] = (stem, d["remedy"], lang)
    points = ", ".join(p["id"] for p in d["required_points"])
    rows.append({"id": gid, "dispute": f"disputes/{stem}.json", "label": "good", "defect": None, "message": text,
                 "note": f"clean reply; covers {points}", "remedy": d["remedy"], "buyer_language": lang,
                 "language": lang, "good_id": gid})

planted = Counter()
for e in BAD:
    gid, defect, old, new, note = e[:5]
    if defect not in DEFECTS:
        err(f"{gid}: unknown defect {defect}")
    stem, remedy, lang = good_meta[gid]
    text = good_text[gid]
    if text.count(old) != 1:
        err(f"{gid}-{defect}: old text occurs {text.count(old)} times: {old!r}")
        continue
    if old == new:
        err(f"{gid}-{defect}: edit changes nothing")
    bad = norm(text.replace(old, new))
    if bad == text:
        err(f"{gid}-{defect}: message unchanged")
    if new.strip():
        planted[new.strip()] += 1
    rows.append({"id": f"{gid}-{defect}", "dispute": f"disputes/{stem}.json", "label": "bad", "defect": defect,
                 "message": bad, "note": note, "remedy": remedy, "buyer_language": lang,
                 "language": e[5] if len(e) > 5 else lang, "good_id": gid})
    if defect == "wrong_language" and len(e) < 6:
        err(f"{gid}: wrong_language row without intruding language")

for p, c in planted.items():
    if c > 1:
        err(f"planted text repeated {c}x: {p!r}")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    err("duplicate ids")
if not all(i.startswith("ox") for i in ids):
    err("id without ox prefix")
dc = Counter(r["defect"] for r in rows if r["label"] == "bad")
for dname in DEFECTS:
    if dc[dname] != 13:
        err(f"{dname}: {dc[dname]} rows, want 13")
remedies = Counter(r["remedy"] for r in rows if r["label"] == "good")
if len(remedies) != 10:
    err(f"remedies covered: {sorted(remedies)}")
langs = {x["buyer"]["language"].split("-")[0] for x in disp.values()}
want = set("en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split())
if langs != want:
    err(f"languages: missing {want - langs}, extra {langs - want}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
out = ROOT / "labelled.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
digest = hashlib.sha256(out.read_bytes()).hexdigest()
(HERE / "frozen.sha256").write_text(f"{digest}  labelled.jsonl\n")
print(f"ok: {len(rows)} rows ({len(GOOD)} good, {len(BAD)} bad); sha256 {digest}")
print("defects:", dict(dc))
print("remedies (good):", dict(remedies))
print("bad by language:", dict(Counter(r['buyer_language'] for r in rows if r['label'] == 'bad')))
print("remedies (all):", dict(Counter(r['remedy'] for r in rows)))
