"""Assemble labelled.jsonl for set 'sixtyfourth' (prefix nj) and freeze it.
Re-runs `disputedraft decide` for every dispute; checks good replies and edits; writes sha256."""
import collections, hashlib, json, pathlib, re, subprocess, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from replies import GOODS, EDITS  # noqa: E402

DECIDE = "/work/main/.venv/bin/disputedraft"
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
LANGS = "en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split()
REMEDIES = ["evidence_by_problem_type", "extend_delivery_time", "propose_partial_or_return", "confirm_reshipment",
            "return_instructions", "customs_clearance", "offer_reshipment", "await_platform_decision",
            "escalation_reply", "return_received"]
CJK = {"ja", "zh", "ko"}
errors = []
def err(msg): errors.append(msg)

expected = json.loads((ROOT / "tools" / "expected_remedies.json").read_text())
disputes, decisions = {}, {}
for path in sorted((ROOT / "disputes").glob("*.json")):
    raw = path.read_text(encoding="utf-8")
    out = subprocess.run([DECIDE, "decide", str(path)], capture_output=True, text=True)
    if out.returncode != 0:
        err(f"decide failed for {path.name}: {out.stderr[:200]}"); continue
    dec = json.loads(out.stdout)
    if dec["remedy"] != expected.get(path.name):
        err(f"{path.name}: decide says {dec['remedy']}, expected {expected.get(path.name)}")
    disputes[path.stem] = (json.loads(raw), raw)
    decisions[path.stem] = (dec, out.stdout)
if len(disputes) != 24: err(f"expected 24 disputes, got {len(disputes)}")
for stem in disputes:
    if not re.fullmatch(r"nj(0[1-9]|1\d|2[0-4])_[a-z]{2}_[a-z]+", stem): err(f"bad dispute file name {stem}")

def primary(tag): return re.split(r"[-_]", tag)[0].lower()

rows = []
for gid, (stem, text) in GOODS.items():
    d, raw = disputes[stem]; dec, decraw = decisions[stem]
    lang = primary(d["buyer"]["language"]); facts = dec["facts"]
    lines = text.split("\n")
    if facts["buyer_name"] not in lines[0]: err(f"{gid}: buyer name not in first line")
    if lines[-1].strip() != facts["signature"]: err(f"{gid}: does not end with signature {facts['signature']!r}")
    for p in dec["required_points"]:
        for k, v in p["mention"].items():
            if v not in text: err(f"{gid}: mention {k}={v!r} missing")
    allowed = set(re.findall(r"\d+", raw)) | set(re.findall(r"\d+", decraw))
    stray = [r for r in re.findall(r"\d+", text) if r not in allowed]
    if stray: err(f"{gid}: digit runs not in dispute/decision: {stray}")
    if lang in CJK:
        n = len(re.sub(r"\s", "", text))
        if not 60 <= n <= 500: err(f"{gid}: {n} chars")
    else:
        n = len(text.split())
        if not 40 <= n <= 200: err(f"{gid}: {n} words")
    rows.append({"id": gid, "dispute": f"disputes/{stem}.json", "label": "good", "defect": None, "message": text,
                 "note": "hand-written good reply" + (" (second style)" if gid.endswith("b") else ""),
                 "remedy": dec["remedy"], "buyer_language": lang, "language": lang, "good_id": gid})

seen_new = set(); used = collections.Counter()
for e in EDITS:
    gid, defect, old, new, note = e[:5]
    intr = e[5] if len(e) > 5 else None
    if defect not in DEFECTS: err(f"unknown defect {defect}")
    stem, text = GOODS[gid]
    if text.count(old) != 1: err(f"{gid}-{defect}: old text occurs {text.count(old)} times: {old[:40]!r}")
    msg = text.replace(old, new, 1)
    if msg == text: err(f"{gid}-{defect}: edit changes nothing")
    planted = new.replace(old, "") if old in new else new
    if planted and planted in seen_new: err(f"{gid}-{defect}: planted text repeated")
    seen_new.add(planted)
    if defect == "wrong_language" and not intr: err(f"{gid}: wrong_language without intruding language")
    d, _ = disputes[stem]; dec, _ = decisions[stem]
    lang = primary(d["buyer"]["language"])
    if intr == lang: err(f"{gid}: intruding language equals buyer language")
    used[(gid, defect)] += 1
    n = used[(gid, defect)]
    bid = f"{gid}-{defect}" + (str(n) if n > 1 else "")
    rows.append({"id": bid, "dispute": f"disputes/{stem}.json", "label": "bad", "defect": defect, "message": msg,
                 "note": note, "remedy": dec["remedy"], "buyer_language": lang,
                 "language": intr if defect == "wrong_language" else lang, "good_id": gid})

ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): err("duplicate ids")
if not all(i.startswith("nj") for i in ids): err("id without nj prefix")
goods = [r for r in rows if r["label"] == "good"]; bads = [r for r in rows if r["label"] == "bad"]
if len(goods) != 30: err(f"{len(goods)} good rows")
if len(bads) != 156: err(f"{len(bads)} bad rows")
dc = collections.Counter(r["defect"] for r in bads)
for dfc in DEFECTS:
    if dc[dfc] != 13: err(f"{dfc}: {dc[dfc]} rows")
dl = {r["buyer_language"] for r in rows}
if set(LANGS) - dl: err(f"languages missing: {set(LANGS) - dl}")
rc = collections.Counter(decisions[s][0]["remedy"] for s in disputes)
for r in REMEDIES:
    need = 3 if r == "propose_partial_or_return" else 2
    if rc[r] < need: err(f"remedy {r}: {rc[r]} disputes")
if len({g[0] for g in GOODS.values()}) != 24: err("not every dispute has a good reply")

if errors:
    print("\n".join(errors)); sys.exit(1)
out = ROOT / "labelled.jsonl"
data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
if "--freeze" in sys.argv:
    out.write_text(data, encoding="utf-8")
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    (ROOT / "tools" / "frozen.sha256").write_text(f"{digest}  labelled.jsonl\n")
    print("frozen", digest)
print(f"{len(rows)} rows: {len(goods)} good, {len(bads)} bad")
print("defects", dict(dc)); print("remedies (disputes)", dict(rc))
print("rows per remedy", dict(collections.Counter(r["remedy"] for r in rows)))
print("rows per language", dict(collections.Counter(r["buyer_language"] for r in rows)))
