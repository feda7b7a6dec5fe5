"""Assemble, check and freeze the nu test set: python3 tools/build.py (from the set's root)."""
import collections, hashlib, json, pathlib, re, subprocess, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from goods import GOOD  # noqa: E402
from bads import BAD    # noqa: E402

DECIDE = "/work/main/.venv/bin/disputedraft"
EXPECTED = {
    "nu01_en_wrongitem": "evidence_by_problem_type", "nu02_es_transit": "extend_delivery_time",
    "nu03_ru_partial": "propose_partial_or_return", "nu04_ja_reshipconfirm": "confirm_reshipment",
    "nu05_fr_returnaddr": "return_instructions", "nu06_de_customsbuyer": "customs_clearance",
    "nu07_it_offerreship": "offer_reshipment", "nu08_pt_await": "await_platform_decision",
    "nu09_nl_escalation": "escalation_reply", "nu10_tr_returnrecv": "return_received",
    "nu11_ko_notworking": "evidence_by_problem_type", "nu12_zh_transit": "extend_delivery_time",
    "nu13_ar_partial": "propose_partial_or_return", "nu14_sv_reshipconfirm": "confirm_reshipment",
    "nu15_cs_returnaddr": "return_instructions", "nu16_ro_customsseller": "customs_clearance",
    "nu17_hu_offerreship": "offer_reshipment", "nu18_da_await": "await_platform_decision",
    "nu19_fi_escalation": "escalation_reply", "nu20_pl_returnrecv": "return_received",
    "nu21_uk_partial": "propose_partial_or_return", "nu22_el_damaged": "evidence_by_problem_type",
    "nu23_en_transit": "extend_delivery_time", "nu24_es_customsabsent": "customs_clearance",
}
LANGS = set("en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split())
REMEDIES = set(EXPECTED.values())
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
NUMERIC_DEFECTS = {"amount_over_cap", "invented_amount_or_date", "invented_tracking_number", "placeholder"}
GOOD_NOTES = {
    "nu01a": "warm, first person, upset buyer", "nu01b": "short, no blank lines, takes ownership",
    "nu03b": "formal, terse, bulleted options", "nu05b": "compact, address on one line",
    "nu06b": "formal, tracking in parentheses", "nu12b": "conversational, asks a favour",
    "nu24b": "usted form, formal",
}
errors = []

def err(msg):
    errors.append(msg)

def digit_runs(text):
    return set(re.findall(r"\d+", text))

# ---- disputes and decisions ----
disputes, decisions = {}, {}
files = sorted(p.stem for p in (ROOT / "disputes").glob("*.json"))
if files != sorted(EXPECTED):
    err(f"dispute files differ from the expected 24: {files}")
for stem in sorted(EXPECTED):
    path = ROOT / "disputes" / f"{stem}.json"
    disputes[stem] = json.loads(path.read_text(encoding="utf-8"))
    out = subprocess.run([DECIDE, "decide", str(path)], capture_output=True, text=True)
    if out.returncode != 0:
        err(f"decide failed for {stem}: {out.stderr[:300]}")
        continue
    dec = json.loads(out.stdout)
    decisions[stem] = dec
    if dec["remedy"] != EXPECTED[stem]:
        err(f"{stem}: decide says {dec['remedy']}, expected {EXPECTED[stem]}")
if errors:
    print("\n".join(errors)); sys.exit(1)

def primary(tag):
    return re.split(r"[-_]", tag)[0].lower()

rows = []
good_text = {}
for gid, (stem, text) in GOOD.items():
    d, dec = disputes[stem], decisions[stem]
    facts = dec["facts"]
    lang = primary(d["buyer"]["language"])
    good_text[gid] = text
    # checks on the good reply
    first = text.strip().splitlines()[0]
    if facts["buyer_name"] not in first:
        err(f"{gid}: buyer name not in first line")
    if not text.rstrip().endswith(facts["signature"]):
        err(f"{gid}: does not end with signature {facts['signature']!r}")
    for p in dec["required_points"]:
        for k, v in p["mention"].items():
            if v not in text:
                err(f"{gid}: mention {k}={v!r} missing")
    source = json.dumps(d, ensure_ascii=False) + json.dumps(dec, ensure_ascii=False)
    extra = digit_runs(text) - digit_runs(source)
    if extra:
        err(f"{gid}: digit runs not in dispute/Decision: {extra}")
    if lang in ("ja", "zh", "ko"):
        n = len(text)
        if not 60 <= n <= 500:
            err(f"{gid}: {n} characters")
    else:
        n = len(text.split())
        if not 40 <= n <= 200:
            err(f"{gid}: {n} words")
    rows.append({"id": gid, "dispute": f"disputes/{stem}.json", "label": "good", "defect": None,
                 "message": text, "note": GOOD_NOTES.get(gid, "hand-written good reply") + f" ({n} {'chars' if lang in ('ja','zh','ko') else 'words'})",
                 "remedy": dec["remedy"], "buyer_language": lang, "language": lang, "good_id": gid})

seen_new = set()
count = collections.Counter()
per_good = collections.Counter()
for entry in BAD:
    gid, defect, old, new, note = entry[:5]
    intruder = entry[5] if len(entry) > 5 else None
    if gid not in GOOD:
        err(f"unknown good id {gid}"); continue
    if defect not in DEFECTS:
        err(f"{gid}: unknown defect {defect}"); continue
    stem, text = GOOD[gid]
    dec, d = decisions[stem], disputes[stem]
    lang = primary(d["buyer"]["language"])
    if text.count(old) != 1:
        err(f"{gid}/{defect}: old text occurs {text.count(old)} times: {old[:40]!r}"); continue
    if old == new:
        err(f"{gid}/{defect}: edit changes nothing"); continue
    msg = text.replace(old, new, 1)
    if msg == text:
        err(f"{gid}/{defect}: message unchanged")
    planted = new if old not in new else new.replace(old, "", 1)
    key = planted.strip()
    if key and key in seen_new:
        err(f"{gid}/{defect}: planted text repeated: {key[:40]!r}")
    seen_new.add(key)
    facts = dec["facts"]
    if not msg.rstrip().endswith(facts["signature"]):
        err(f"{gid}/{defect}: signature no longer at the end")
    if facts["buyer_name"] not in msg.strip().splitlines()[0]:
        err(f"{gid}/{defect}: buyer name left the first line")
    source = json.dumps(d, ensure_ascii=False) + json.dumps(dec, ensure_ascii=False)
    if defect not in NUMERIC_DEFECTS and digit_runs(msg) - digit_runs(source):
        err(f"{gid}/{defect}: adds a number not in the dispute: {digit_runs(msg) - digit_runs(source)}")
    if defect == "missing_required_point":
        ids = [p["id"] for p in dec["required_points"]]
        named = [i for i in ids if i in note]
        if len(named) != 1:
            err(f"{gid}: missing_required_point note must name one of {ids}")
    if defect == "amount_over_cap" and dec["remedy"] not in ("propose_partial_or_return", "return_instructions", "return_received"):
        err(f"{gid}: amount_over_cap on a reply without cap or refund")
    if defect == "wrong_language":
        if not intruder or intruder == lang:
            err(f"{gid}: wrong_language needs an intruding language")
    elif intruder:
        err(f"{gid}/{defect}: language given on a non wrong_language row")
    per_good[(gid, defect)] += 1
    k = per_good[(gid, defect)]
    rid = f"{gid}-{defect}" + (str(k) if k > 1 else "")
    count[defect] += 1
    rows.append({"id": rid, "dispute": f"disputes/{stem}.json", "label": "bad", "defect": defect,
                 "message": msg, "note": note, "remedy": dec["remedy"], "buyer_language": lang,
                 "language": intruder or lang, "good_id": gid})

# ---- set-level checks ----
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    err("duplicate ids")
if not all(i.startswith("nu") for i in ids):
    err("id without the nu prefix")
for dft in DEFECTS:
    if count[dft] != 13:
        err(f"{dft}: {count[dft]} rows, want 13")
goods = [r for r in rows if r["label"] == "good"]
if len(goods) != 30 or len(rows) != 186:
    err(f"{len(goods)} good rows, {len(rows)} rows in all")
if {r["buyer_language"] for r in goods} != LANGS:
    err(f"languages: {LANGS ^ {r['buyer_language'] for r in goods}}")
rem = collections.Counter(dec["remedy"] for dec in decisions.values())
if set(rem) != REMEDIES or min(rem.values()) < 2 or rem["propose_partial_or_return"] < 3:
    err(f"remedy coverage: {rem}")
if errors:
    print("\n".join(errors)); print(f"{len(errors)} errors"); sys.exit(1)

out = ROOT / "labelled.jsonl"
frozen = ROOT / "tools" / "frozen.sha256"
payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
digest = hashlib.sha256(payload).hexdigest()
if frozen.exists() and "--refreeze" not in sys.argv:
    old = frozen.read_text().split()[0]
    if old != digest:
        print(f"rows differ from the frozen set ({old}); not overwriting"); sys.exit(1)
out.write_bytes(payload)
frozen.write_text(f"{digest}  labelled.jsonl\n")
print(f"{len(rows)} rows ({len(goods)} good, {len(rows)-len(goods)} bad); sha256 {digest}")
print("per defect:", dict(count))
print("per remedy (rows):", dict(collections.Counter(r["remedy"] for r in rows)))
print("per language (rows):", dict(collections.Counter(r["buyer_language"] for r in rows)))
