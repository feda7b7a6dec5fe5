"""Build labelled.jsonl from rows_good.py + rows_bad.py, run sanity checks, freeze."""
import hashlib, json, pathlib, re, subprocess, sys, collections
T = pathlib.Path(__file__).resolve().parent
ROOT = T.parent
sys.path.insert(0, str(T))
from rows_good import GOOD
from rows_bad import B
CLI = "/work/main/.venv/bin/disputedraft"
errors, warns = [], []
def err(m): errors.append(m)

dec_cache = {}
def decision(stem):
    if stem not in dec_cache:
        out = subprocess.run([CLI, "decide", str(ROOT / "disputes" / f"{stem}.json")], capture_output=True, text=True, check=True).stdout
        dec_cache[stem] = (json.loads(out), out)
    return dec_cache[stem]

def digit_runs(s): return set(re.findall(r"\d+", s))
def primary(tag): return re.split(r"[-_]", tag)[0].lower()

rows, good_meta = [], {}
for gid, (stem, msg) in GOOD.items():
    d, raw = decision(stem)
    disp_text = (ROOT / "disputes" / f"{stem}.json").read_text()
    dispute = json.loads(disp_text)
    f = d["facts"]
    if d["remedy"] == "human_review": err(f"{gid}: human_review")
    if not msg.rstrip().endswith(f["signature"]): err(f"{gid}: signature not at end")
    first = msg.strip().splitlines()[0]
    if not any(tok[:4] in first for tok in f["buyer_name"].split()): err(f"{gid}: name not in greeting")
    for p in d["required_points"]:
        for k, v in p["mention"].items():
            if v not in msg: err(f"{gid}: mention {k}={v} missing")
        if p["missing"]: err(f"{gid}: decision has missing mention {p['missing']}")
    allowed = digit_runs(disp_text) | digit_runs(raw)
    extra = digit_runs(msg) - allowed
    if extra: err(f"{gid}: digits not in dispute/decision {extra}")
    n = len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", msg))
    words = len(msg.split())
    if n > 40:
        if not 60 <= len(msg) <= 500: err(f"{gid}: CJK length {len(msg)}")
    elif not 40 <= words <= 200: err(f"{gid}: {words} words")
    bl = primary(dispute["buyer"]["language"])
    good_meta[gid] = (stem, msg, d["remedy"], bl, allowed)
    rows.append(dict(id=gid, dispute=f"disputes/{stem}.json", label="good", defect=None, message=msg,
                     note=f"good reply; buyer language tag {dispute['buyer']['language']}; remedy {d['remedy']}" + (f" ({d['variant']})" if d['variant'] else ""),
                     remedy=d["remedy"], buyer_language=bl, language=bl, good_id=gid))

seen_new, ids = collections.Counter(), set()
for gid, defect, old, new, note, lang in B:
    stem, msg, remedy, bl, allowed = good_meta[gid]
    c = msg.count(old)
    if c != 1: err(f"{gid}-{defect}: old text occurs {c} times: {old[:40]!r}")
    bad = msg.replace(old, new, 1)
    if bad == msg: err(f"{gid}-{defect}: edit changes nothing")
    seen_new[new] += 1
    if defect == "wrong_language" and not lang: err(f"{gid}-{defect}: no intruding language")
    if defect in ("invented_amount_or_date", "invented_tracking_number") and not (digit_runs(bad) - allowed):
        warns.append(f"{gid}-{defect}: no new digit run")
    if defect not in ("invented_amount_or_date", "invented_tracking_number", "amount_over_cap") and (digit_runs(new) - allowed):
        err(f"{gid}-{defect}: stray new digits {digit_runs(new) - allowed}")
    rows.append(dict(id=f"{gid}-{defect}", dispute=f"disputes/{stem}.json", label="bad", defect=defect, message=bad,
                     note=note, remedy=remedy, buyer_language=bl, language=lang or bl, good_id=gid))
for t, c in seen_new.items():
    if c > 1: err(f"planted text repeated: {t[:40]!r}")
cnt = collections.Counter(r["defect"] for r in rows if r["label"] == "bad")
if set(cnt.values()) != {13} or len(cnt) != 12: err(f"defect counts {cnt}")
allids = [r["id"] for r in rows]
if len(set(allids)) != len(allids) or not all(i.startswith("oh") for i in allids): err("ids not unique / prefix")
remedies = {r["remedy"] for r in rows}
langs = {r["buyer_language"] for r in rows}
if len(remedies) != 10: err(f"remedies {remedies}")
if len(langs) != 22: err(f"languages {sorted(langs)}")
for w in warns: print("WARN", w)
if errors:
    print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
out = ROOT / "labelled.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
sha = hashlib.sha256(out.read_bytes()).hexdigest()
(T / "frozen.sha256").write_text(f"{sha}  labelled.jsonl\n")
print(len(rows), "rows;", sum(r['label']=='good' for r in rows), "good;", dict(cnt))
print("remedies", collections.Counter(r["remedy"] for r in rows))
print("languages", collections.Counter(r["buyer_language"] for r in rows))
print("sha256", sha)
