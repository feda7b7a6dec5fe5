"""Builds labelled.jsonl from the hand-written rows, runs the sanity checks, freezes the file."""
import hashlib, json, re, subprocess, sys, collections, pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from rows_good import GOOD
from rows_bad_a import BAD_A
from rows_bad_b import BAD_B
from rows_bad_c import BAD_C
DEC = "/work/main/.venv/bin/disputedraft"
errs = []
dec, disp = {}, {}
for n in sorted({v[0] for v in GOOD.values()}):
    f = ROOT / "disputes" / f"os{n:02d}.json"
    disp[n] = json.loads(f.read_text())
    out = subprocess.run([DEC, "decide", str(f)], capture_output=True, text=True, check=True).stdout
    dec[n] = (json.loads(out), out)
assert len(disp) == 24, len(disp)
rows = []
for gid, (n, lang, text) in GOOD.items():
    d, raw = dec[n]
    sig = d["facts"]["signature"]
    if not text.rstrip().endswith(sig): errs.append(f"{gid}: signature")
    first = text.strip().splitlines()[0]
    if disp[n]["buyer"]["name"] not in first: errs.append(f"{gid}: name not in greeting")
    for p in d["required_points"]:
        for k, v in p["mention"].items():
            if v not in text: errs.append(f"{gid}: mention {k}={v} missing")
    allowed = set(re.findall(r"\d+", json.dumps(disp[n], ensure_ascii=False) + raw))
    for run in re.findall(r"\d+", text):
        if run not in allowed: errs.append(f"{gid}: stray digits {run}")
    nw = len(text.split()); nc = len(re.sub(r"\s", "", text))
    if lang in ("ja", "zh", "ko") and lang != "ko":
        if not 60 <= nc <= 500: errs.append(f"{gid}: length {nc} chars")
    elif not 40 <= nw <= 200 and not (lang == "ko" and 60 <= nc <= 500): errs.append(f"{gid}: length {nw} words")
    rows.append(dict(id=gid, dispute=f"disputes/os{n:02d}.json", label="good", defect=None, message=text,
                     note="hand-written good reply", remedy=d["remedy"], buyer_language=disp[n]["buyer"]["language"],
                     language=lang, good_id=gid))
seen_new, counts = set(), collections.Counter()
for t in BAD_A + BAD_B + BAD_C:
    gid, defect, old, new, note = t[:5]
    n, lang, text = GOOD[gid]
    if text.count(old) != 1: errs.append(f"{gid}/{defect}: old occurs {text.count(old)}x: {old[:30]}")
    msg = text.replace(old, new)
    if msg == text: errs.append(f"{gid}/{defect}: no change")
    if new:
        if new in seen_new: errs.append(f"repeated planted text {new[:30]}")
        seen_new.add(new)
    base = f"{gid}-{defect}"; rid = base; k = 2
    while any(r["id"] == rid for r in rows): rid = f"{base}-{k}"; k += 1
    counts[defect] += 1
    language = t[5] if defect == "wrong_language" else lang
    rows.append(dict(id=rid, dispute=f"disputes/os{n:02d}.json", label="bad", defect=defect, message=msg,
                     note=note, remedy=dec[n][0]["remedy"], buyer_language=disp[n]["buyer"]["language"],
                     language=language, good_id=gid))
if len(counts) != 12 or any(c != 13 for c in counts.values()): errs.append(f"counts {counts}")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)) or not all(i.startswith("os") for i in ids): errs.append("ids")
remedies = {r["remedy"] for r in rows}
if len(remedies) != 10: errs.append(f"remedies {remedies}")
langs = {r["buyer_language"].split("-")[0] for r in rows}
if len(langs) != 22: errs.append(f"langs {sorted(langs)}")
if errs:
    print("\n".join(errs)); sys.exit(1)
out = ROOT / "labelled.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
h = hashlib.sha256(out.read_bytes()).hexdigest()
(ROOT / "tools" / "frozen.sha256").write_text(f"{h}  labelled.jsonl\n")
print(len(rows), "rows;", sum(r["label"] == "good" for r in rows), "good;", dict(counts))
print("remedy:", dict(collections.Counter(r["remedy"] for r in rows)))
print("buyer_language:", dict(collections.Counter(r["buyer_language"] for r in rows)))
print(h)
