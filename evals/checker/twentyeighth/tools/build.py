"""Assemble labelled.jsonl from rows_*.py, run sanity checks, freeze the sha256."""
import collections, hashlib, json, pathlib, re, subprocess, sys
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import rows_a, rows_b, rows_c  # noqa: E402
from plan import plan  # noqa: E402

DECIDE = "/work/main/.venv/bin/disputedraft"
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
CJK = {"ja", "zh", "ko"}
errors = []
def err(m): errors.append(m)

files = {int(p.name[2:4]): p for p in (ROOT / "disputes").glob("oz*.json")}
dec, dtext = {}, {}
for n, p in files.items():
    out = subprocess.run([DECIDE, "decide", str(p)], capture_output=True, text=True, check=True).stdout
    dec[n] = json.loads(out); dtext[n] = p.read_text(encoding="utf-8") + out

GOOD = rows_a.GOOD + rows_b.GOOD + rows_c.GOOD
BAD = {**rows_a.BAD, **rows_b.BAD, **rows_c.BAD}
rows, seen_planted = [], {}
expected_plan = plan()
for g in GOOD:
    n = g["n"]; d = dec[n]; disp = json.loads(files[n].read_text(encoding="utf-8"))
    msg = g["msg"]; facts = d["facts"]; blang = disp["buyer"]["language"]
    if not msg.rstrip().endswith(facts["signature"]): err(f"{g['id']}: signature")
    first = msg.splitlines()[0]
    toks = facts["buyer_name"].split()
    if not any(t in first or t[:5] in first for t in toks): err(f"{g['id']}: name not in greeting")
    for p in d["required_points"]:
        for k, v in p["mention"].items():
            if v not in msg: err(f"{g['id']}: mention {k}={v} missing")
    allowed = set(re.findall(r"\d+", dtext[n]))
    for r in re.findall(r"\d+", msg):
        if r not in allowed: err(f"{g['id']}: digit run {r} not in dispute/decision")
    size = len(re.sub(r"\s", "", msg)) if g["lang"] in CJK else len(msg.split())
    lo, hi = (60, 500) if g["lang"] in CJK else (40, 200)
    if not lo <= size <= hi: err(f"{g['id']}: length {size}")
    base = dict(dispute=f"disputes/{files[n].name}", remedy=d["remedy"], buyer_language=blang.split("-")[0].split("_")[0].lower(), good_id=g["id"])
    rows.append(dict(id=g["id"], label="good", defect=None, message=msg, note=g["note"], language=g["lang"], **base))
    edits = BAD.get(g["id"], [])
    got = sorted(e[0] for e in edits)
    if got != sorted(expected_plan[g["id"]]): err(f"{g['id']}: defects {got} != plan {sorted(expected_plan[g['id']])}")
    for defect, old, new, note in edits:
        if defect not in DEFECTS: err(f"{g['id']}: unknown defect {defect}")
        if msg.count(old) != 1: err(f"{g['id']}-{defect}: old text occurs {msg.count(old)} times")
        bad = msg.replace(old, new, 1)
        if bad == msg: err(f"{g['id']}-{defect}: no change")
        if new:
            planted = new.replace(old, "") if old in new else new
            if planted in seen_planted: err(f"{g['id']}-{defect}: planted text repeats {seen_planted[planted]}")
            seen_planted[planted] = f"{g['id']}-{defect}"
        lang = g["lang"]
        if defect == "wrong_language":
            m = re.search(r"(English|French|German|Swedish|Polish|Italian|Japanese|Chinese|Korean|Ukrainian|Slovak|Estonian)", note)
            lang = {"English": "en", "French": "fr", "German": "de", "Swedish": "sv", "Polish": "pl", "Italian": "it",
                    "Japanese": "ja", "Chinese": "zh", "Korean": "ko", "Ukrainian": "uk", "Slovak": "sk", "Estonian": "et"}[m.group(1)]
        rows.append(dict(id=f"{g['id']}-{defect}", label="bad", defect=defect, message=bad,
                         note=f"{note} | edit: {old!r} -> {new!r}", language=lang, **base))

ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): err("duplicate ids")
if not all(i.startswith("oz") for i in ids): err("id prefix")
msgs = [r["message"] for r in rows]
if len(msgs) != len(set(msgs)): err("duplicate messages")
per_def = collections.Counter(r["defect"] for r in rows if r["label"] == "bad")
for d_ in DEFECTS:
    if per_def[d_] != 13: err(f"{d_}: {per_def[d_]} rows")
remedies = {r["remedy"] for r in rows}
if len(remedies) != 10: err(f"remedies {remedies}")
langs = {r["buyer_language"] for r in rows}
if len(langs) != 22: err(f"languages {sorted(langs)}")
if errors:
    print("\n".join(errors)); sys.exit(1)
out = ROOT / "labelled.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
sha = hashlib.sha256(out.read_bytes()).hexdigest()
(HERE / "frozen.sha256").write_text(f"{sha}  labelled.jsonl\n")
print(len(rows), "rows;", sum(r["label"] == "good" for r in rows), "good;", sha)
print("per defect", dict(per_def))
print("per remedy", dict(collections.Counter(r["remedy"] for r in rows)))
print("per buyer_language", dict(collections.Counter(r["buyer_language"] for r in rows)))
