"""Build labelled.jsonl from the hand-written rows, run the sanity checks, freeze."""
import json, re, sys, hashlib, pathlib, collections
T = pathlib.Path(__file__).resolve().parent; OUT = T.parent
sys.path.insert(0, str(T))
import rows_1, rows_2, rows_3, rows_extra
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number", "off_platform_contact",
           "placeholder", "internal_note", "wrong_language", "feedback_request", "blame", "shouting", "missing_required_point"]
CJK = {"ja", "zh", "ko"}
R = rows_1.ROWS + rows_2.ROWS + rows_3.ROWS
err = []
disp = {p.name[2:4]: p for p in (OUT / "disputes").glob("op*.json")}
out, planted, seen = [], collections.Counter(), collections.Counter()
for r in R:
    n = f"{r['n']:02d}"; dp = disp[n]; d = json.loads(dp.read_text())
    dec_text = (OUT / "decisions" / f"op{n}.json").read_text(); dec = json.loads(dec_text)
    text = r["text"]; sig = dec["facts"]["signature"]
    mentions = {k: v for pt in dec["required_points"] for k, v in pt["mention"].items()}
    if not text.rstrip().endswith(sig): err.append((r["id"], "signature"))
    first = text.strip().splitlines()[0]
    if not any(tok[:5] in first for tok in d["buyer"]["name"].split()): err.append((r["id"], "name in greeting"))
    for k, v in mentions.items():
        if v not in text: err.append((r["id"], "mention " + k))
    allowed = dp.read_text() + dec_text
    for run in re.findall(r"\d+", text):
        if run not in allowed: err.append((r["id"], "digit " + run))
    size = len(re.sub(r"\s", "", text)) if r["language"] in CJK else len(text.split())
    lo, hi = (60, 500) if r["language"] in CJK else (40, 200)
    if not lo <= size <= hi: err.append((r["id"], f"length {size}"))
    rel = f"disputes/{dp.name}"; blang = d["buyer"]["language"].split("-")[0]
    base = dict(dispute=rel, remedy=dec["remedy"], buyer_language=blang, good_id=r["id"])
    out.append(dict(id=r["id"], label="good", defect=None, message=text, note=f"good reply; buyer tag {d['buyer']['language']}", language=r["language"], **base))
    edits = [e for e in r["edits"] if (r["id"], e[0]) not in rows_extra.DROP] + rows_extra.EXTRA.get(r["id"], [])
    for e in edits:
        defect, old, new, note = e[:4]
        if defect not in DEFECTS: err.append((r["id"], "defect " + defect))
        if text.count(old) != 1: err.append((r["id"], defect, "old occurs %d" % text.count(old)))
        if old == new: err.append((r["id"], defect, "no change"))
        msg = text.replace(old, new, 1)
        if msg == text: err.append((r["id"], defect, "unchanged"))
        planted[new] += 1
        bid = f"{r['id']}-{defect}"
        seen[bid] += 1
        if seen[bid] > 1: bid += f"-{seen[bid]}"  # second edit of the same defect on one good reply
        out.append(dict(id=bid, label="bad", defect=defect, message=msg, note=note,
                        language=e[4] if defect == "wrong_language" else r["language"], **base))
for k, v in planted.items():
    if v > 1 and k: err.append(("planted repeated", k))
ids = [o["id"] for o in out]
if len(ids) != len(set(ids)): err.append(("duplicate ids",))
if not all(i.startswith("op") for i in ids): err.append(("id prefix",))
cnt = collections.Counter(o["defect"] for o in out if o["label"] == "bad")
for dfx in DEFECTS:
    if cnt[dfx] != 13: err.append(("count", dfx, cnt[dfx]))
remedies = {o["remedy"] for o in out}; langs = {o["buyer_language"] for o in out}
if len(remedies) != 10 or len(langs) != 22: err.append(("coverage", len(remedies), len(langs)))
if err:
    for e in err: print("ERR", e)
    sys.exit(1)
keys = ["id", "dispute", "label", "defect", "message", "note", "remedy", "buyer_language", "language", "good_id"]
p = OUT / "labelled.jsonl"
p.write_text("".join(json.dumps({k: o[k] for k in keys}, ensure_ascii=False) + "\n" for o in out))
h = hashlib.sha256(p.read_bytes()).hexdigest()
(T / "frozen.sha256").write_text(f"{h}  labelled.jsonl\n")
print("rows", len(out), "good", sum(o["label"] == "good" for o in out), "bad", sum(cnt.values()))
print(dict(cnt)); print(collections.Counter(o["remedy"] for o in out)); print(collections.Counter(o["buyer_language"] for o in out))
print(collections.Counter(o["language"] for o in out if o["defect"] == "wrong_language"))
print("sha256", h)
