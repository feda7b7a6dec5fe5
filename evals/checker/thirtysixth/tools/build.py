"""Builds labelled.jsonl from rows_a/rows_b, runs the sanity checks, freezes the sha256."""
import collections, hashlib, json, pathlib, re, subprocess, sys
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import rows_a, rows_b
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
LANGS = "en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split()
REMEDIES = ["evidence_by_problem_type", "extend_delivery_time", "propose_partial_or_return", "return_instructions",
            "confirm_reshipment", "offer_reshipment", "customs_clearance", "await_platform_decision",
            "escalation_reply", "return_received"]
CLI = "/work/main/.venv/bin/disputedraft"
G = {**rows_a.G, **rows_b.G}
errors = []
decisions = {}
for f in sorted((ROOT / "disputes").glob("*.json")):
    out = subprocess.run([CLI, "decide", str(f)], capture_output=True, text=True)
    decisions[f.stem] = (json.loads(out.stdout), f.read_text())
assert len(decisions) == 24, len(decisions)

def words(t):
    cjk = len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", t))
    return ("cjk", cjk) if cjk > 40 else ("w", len(t.split()))

rows, planted = [], collections.Counter()
for gid, (num, text, edits) in G.items():
    key = f"oq{num:02d}"
    dec, raw = decisions[key]
    disp = json.loads(raw)
    blang = disp["buyer"]["language"].split("-")[0].lower()
    name = disp["buyer"]["name"]
    sig = dec["facts"]["signature"]
    if not text.rstrip().endswith(sig): errors.append(f"{gid}: signature")
    first = text.strip().splitlines()[0]
    if not any(tok[:4] in first for tok in name.split()): errors.append(f"{gid}: name not in greeting")
    for p in dec["required_points"]:
        for m, v in p["mention"].items():
            if v not in text: errors.append(f"{gid}: mention {m}={v} missing")
    allowed = raw + json.dumps(dec, ensure_ascii=False)
    for d in re.findall(r"\d+", text):
        if d not in allowed: errors.append(f"{gid}: digit run {d} not in dispute/decision")
    kind, n = words(text)
    if (kind == "w" and not 40 <= n <= 200) or (kind == "cjk" and not 60 <= n <= 500):
        errors.append(f"{gid}: length {kind} {n}")
    rows.append(dict(id=gid, dispute=f"disputes/{key}.json", label="good", defect=None, message=text,
                     note="hand-written good reply", remedy=dec["remedy"], buyer_language=blang,
                     language=blang, good_id=gid))
    seen = collections.Counter()
    for defect, old, new, note, intr in edits:
        if defect not in DEFECTS: errors.append(f"{gid}: bad defect {defect}")
        if text.count(old) != 1: errors.append(f"{gid}/{defect}: old occurs {text.count(old)}x: {old[:30]}")
        if old == new: errors.append(f"{gid}/{defect}: no change")
        if (defect == "wrong_language") != (intr is not None): errors.append(f"{gid}/{defect}: language override")
        if new: planted[new] += 1
        seen[defect] += 1
        rid = f"{gid}-{defect}" + ("" if seen[defect] == 1 else f"-{seen[defect]}")
        msg = text.replace(old, new, 1)
        msg = re.sub(r"\n{3,}", "\n\n", msg).replace(" \n", "\n")
        if msg == text: errors.append(f"{rid}: unchanged")
        rows.append(dict(id=rid, dispute=f"disputes/{key}.json", label="bad", defect=defect, message=msg,
                         note=note, remedy=dec["remedy"], buyer_language=blang,
                         language=intr or blang, good_id=gid))
for t, c in planted.items():
    if c > 1: errors.append(f"planted text repeated: {t[:40]}")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): errors.append("duplicate ids")
if not all(i.startswith("oq") for i in ids): errors.append("id prefix")
per_def = collections.Counter(r["defect"] for r in rows if r["label"] == "bad")
for d in DEFECTS:
    if per_def[d] != 13: errors.append(f"defect {d}: {per_def[d]}")
good = [r for r in rows if r["label"] == "good"]
if set(r["buyer_language"] for r in good) != set(LANGS): errors.append(f"langs {set(LANGS) ^ set(r['buyer_language'] for r in good)}")
if set(r["remedy"] for r in good) != set(REMEDIES): errors.append("remedies")
if errors:
    print("\n".join(errors)); sys.exit(1)
out = ROOT / "labelled.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
(HERE / "frozen.sha256").write_text(hashlib.sha256(out.read_bytes()).hexdigest() + "  labelled.jsonl\n")
print(f"rows {len(rows)} good {len(good)} bad {len(rows)-len(good)}")
print("defects", dict(per_def))
print("remedies(all rows)", dict(collections.Counter(r["remedy"] for r in rows)))
print("buyer_language(all rows)", dict(collections.Counter(r["buyer_language"] for r in rows)))
print("good per remedy", dict(collections.Counter(r["remedy"] for r in good)))
