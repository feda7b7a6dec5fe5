"""Builds labelled.jsonl from rows_*.py, runs the sanity checks, then freezes the file.

Run from anywhere: python3 tools/build.py [--freeze]
Uses `disputedraft decide` (the only project command used) to read each dispute's Decision.
"""
import collections, hashlib, json, pathlib, re, subprocess, sys
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import rows_a, rows_b, rows_c
DECIDE = "/work/main/.venv/bin/disputedraft"
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
CJK = {"ja", "zh", "ko"}
errors = []
def err(*a): errors.append(" ".join(str(x) for x in a))

decisions = {}
def decision(name):
    if name not in decisions:
        out = subprocess.run([DECIDE, "decide", str(ROOT / "disputes" / f"{name}.json")], capture_output=True, text=True, check=True).stdout
        decisions[name] = json.loads(out)
        (HERE / "decisions").mkdir(exist_ok=True)
        (HERE / "decisions" / f"{name}.json").write_text(out, encoding="utf-8")
    return decisions[name]

rows, planted = [], collections.Counter()
goods = rows_a.ROWS + rows_b.ROWS + rows_c.ROWS
for g in goods:
    dec = decision(g["dispute"])
    dtext = (ROOT / "disputes" / f"{g['dispute']}.json").read_text(encoding="utf-8")
    dispute = json.loads(dtext)
    blang = dispute["buyer"]["language"].split("-")[0].lower()
    if blang != g["lang"]: err(g["id"], "language mismatch", blang, g["lang"])
    text, facts = g["text"], dec["facts"]
    # signature at end
    if not text.rstrip().endswith(facts["signature"]): err(g["id"], "signature not at end")
    # buyer name in greeting (first line): a name token, or its first 4 characters for inflected vocatives
    first = text.splitlines()[0]
    toks = facts["buyer_name"].split()
    if not any(t in first or t[:4] in first for t in toks): err(g["id"], "no buyer name in greeting", first)
    # mentions verbatim
    for p in dec["required_points"]:
        for k, v in p["mention"].items():
            if v not in text: err(g["id"], "mention missing", k, v)
    # digits only from dispute + decision
    allowed = set(re.findall(r"\d+", dtext + json.dumps(dec, ensure_ascii=False)))
    for run in re.findall(r"\d+", text):
        if run not in allowed: err(g["id"], "digit run not in dispute/decision", run)
    # length
    body = text
    if g["lang"] in CJK:
        n = len(re.sub(r"\s", "", body))
        if not 60 <= n <= 500: err(g["id"], "CJK length", n)
    else:
        n = len(body.split())
        if not 40 <= n <= 200: err(g["id"], "word count", n)
    rel = f"disputes/{g['dispute']}.json"
    rows.append(dict(id=g["id"], dispute=rel, label="good", defect=None, message=text,
                     note="good reply written by hand for this dispute", remedy=dec["remedy"],
                     buyer_language=blang, language=g["lang"], good_id=g["id"]))
    for e in g["edits"]:
        defect, old, new, note = e[:4]
        lang = e[4] if len(e) > 4 else g["lang"]
        if defect not in DEFECTS: err(g["id"], "unknown defect", defect)
        if (defect == "wrong_language") != (len(e) > 4): err(g["id"], defect, "intruding language tag misuse")
        if text.count(old) != 1: err(g["id"], defect, "old text occurs", text.count(old), "times:", old[:40])
        if old == new: err(g["id"], defect, "edit does not change text")
        msg = text.replace(old, new, 1)
        if msg == text: err(g["id"], defect, "message unchanged")
        key = new if new.strip(" .") else "DEL:" + old
        planted[key] += 1
        rows.append(dict(id=f"{g['id']}-{defect}", dispute=rel, label="bad", defect=defect, message=msg,
                         note=f"{defect}: {note}. Edit: replaced {old!r} with {new!r}", remedy=dec["remedy"],
                         buyer_language=blang, language=lang, good_id=g["id"]))

for k, c in planted.items():
    if c > 1: err("planted text repeated", c, k[:50])
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): err("duplicate ids")
if not all(i.startswith("nz") for i in ids): err("id prefix")
cnt = collections.Counter(r["defect"] for r in rows if r["label"] == "bad")
for d in DEFECTS:
    if cnt[d] != 13: err("defect count", d, cnt[d])
rem = {r["remedy"] for r in rows}
need = {"evidence_by_problem_type", "extend_delivery_time", "propose_partial_or_return", "return_instructions",
        "confirm_reshipment", "offer_reshipment", "customs_clearance", "await_platform_decision", "escalation_reply", "return_received"}
if need - rem: err("remedies missing", need - rem)
langs = {r["buyer_language"] for r in rows}
want = set("en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split())
if want - langs: err("languages missing", want - langs)

out = ROOT / "labelled.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
ng = sum(r["label"] == "good" for r in rows)
print(f"rows {len(rows)}: good {ng}, bad {len(rows) - ng}")
print("per defect:", dict(cnt))
print("per remedy (good/bad):", {k: (sum(1 for r in rows if r['remedy'] == k and r['label'] == 'good'), sum(1 for r in rows if r['remedy'] == k and r['label'] == 'bad')) for k in sorted(rem)})
print("per buyer language (good/bad):", {k: (sum(1 for r in rows if r['buyer_language'] == k and r['label'] == 'good'), sum(1 for r in rows if r['buyer_language'] == k and r['label'] == 'bad')) for k in sorted(langs)})
if errors:
    print("ERRORS:"); print("\n".join(errors)); sys.exit(1)
print("all sanity checks passed")
if "--freeze" in sys.argv:
    h = hashlib.sha256(out.read_bytes()).hexdigest()
    (HERE / "frozen.sha256").write_text(f"{h}  labelled.jsonl\n")
    print("frozen", h)
