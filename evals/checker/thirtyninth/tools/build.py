"""Assemble labelled.jsonl from rows_*.py, run the sanity checks, and freeze it."""
import collections, difflib, hashlib, json, pathlib, re, subprocess, sys
T = pathlib.Path(__file__).resolve().parent
ROOT = T.parent
sys.path.insert(0, str(T))
import rows_a, rows_b, rows_c
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
CLI = "/work/main/.venv/bin/disputedraft"
errors = []
def err(m): errors.append(m)

disputes = {int(p.name[2:4]): p for p in sorted((ROOT / "disputes").glob("om*.json"))}
decisions = {}
for n, p in disputes.items():
    out = subprocess.run([CLI, "decide", str(p)], capture_output=True, text=True, check=True).stdout
    decisions[n] = (json.loads(out), out, p.read_text())

def planted(old, new):
    sm = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return "".join(new[j1:j2] for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag in ("replace", "insert")).strip()

rows, seen_plants = [], collections.defaultdict(list)
for g in rows_a.ROWS + rows_b.ROWS + rows_c.ROWS:
    dec, dec_text, disp_text = decisions[g["num"]]
    disp = json.loads(disp_text)
    msg = g["message"]
    sig = dec["facts"]["signature"]
    name = disp["buyer"]["name"]
    blang = disp["buyer"]["language"]
    if not msg.rstrip().endswith(sig): err(f"{g['id']}: signature missing at end")
    first = msg.strip().splitlines()[0]
    if name not in first and not any(t in first for t in name.split()):
        err(f"{g['id']}: buyer name not in greeting")
    mentions = {k: v for p in dec["required_points"] for k, v in p["mention"].items()}
    for k, v in mentions.items():
        if v not in msg: err(f"{g['id']}: mention {k}={v} missing")
    allowed = set(re.findall(r"\d+", disp_text + dec_text))
    for run in re.findall(r"\d+", msg):
        if run not in allowed: err(f"{g['id']}: digit run {run} not in dispute/decision")
    cjk = g["language"] in ("ja", "zh", "ko")
    size = len(re.sub(r"\s", "", msg)) if cjk else len(msg.split())
    if not ((60 <= size <= 500) if cjk else (40 <= size <= 200)): err(f"{g['id']}: length {size}")
    if dec["remedy"] == "human_review": err(f"{g['id']}: human_review")
    base = dict(dispute=f"disputes/{disputes[g['num']].name}", remedy=dec["remedy"], buyer_language=blang)
    rows.append(dict(id=g["id"], **{**base}, label="good", defect=None, message=msg,
                     note=f"good reply; covers {', '.join(p['id'] for p in dec['required_points'])}",
                     language=g["language"], good_id=g["id"]))
    for e in g["edits"]:
        defect, old, new, note = e[:4]
        lang = e[4] if len(e) > 4 else g["language"]
        if defect not in DEFECTS: err(f"{g['id']}: unknown defect {defect}")
        if msg.count(old) != 1: err(f"{g['id']}-{defect}: old text occurs {msg.count(old)} times")
        bad = msg.replace(old, new, 1)
        if bad == msg: err(f"{g['id']}-{defect}: edit changes nothing")
        pl = planted(old, new)
        # tiny diffs (a swapped digit pair) are compared as whole new strings instead
        seen_plants[pl if len(pl) >= 6 else new].append(f"{g['id']}-{defect}")
        rows.append(dict(id=f"{g['id']}-{defect}", **base, label="bad", defect=defect, message=bad,
                         note=note, language=lang, good_id=g["id"]))

for pl, ids in seen_plants.items():
    if len(ids) > 1: err(f"planted text repeated: {pl!r} in {ids}")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): err("duplicate ids")
if not all(i.startswith("om") for i in ids): err("id prefix")
cnt = collections.Counter(r["defect"] for r in rows if r["label"] == "bad")
for d in DEFECTS:
    if cnt[d] != 13: err(f"{d}: {cnt[d]} rows")
remedies = {r["remedy"] for r in rows}
langs = {r["buyer_language"].split("-")[0] for r in rows}
if len(remedies) != 10: err(f"remedies {remedies}")
if len(langs) != 22: err(f"langs {sorted(langs)}")
if errors:
    print("\n".join(errors)); sys.exit(1)
KEYS = ["id", "dispute", "label", "defect", "message", "note", "remedy", "buyer_language", "language", "good_id"]
out = ROOT / "labelled.jsonl"
out.write_text("".join(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False) + "\n" for r in rows))
digest = hashlib.sha256(out.read_bytes()).hexdigest()
(T / "frozen.sha256").write_text(f"{digest}  labelled.jsonl\n")
print(len(rows), "rows;", sum(r["label"] == "good" for r in rows), "good;", dict(cnt))
print("remedies:", collections.Counter(r["remedy"] for r in rows if r["label"] == "good"))
print("sha256", digest)
