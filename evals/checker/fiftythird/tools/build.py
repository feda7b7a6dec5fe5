"""Assemble labelled.jsonl from goods.py + bads.py, re-running `disputedraft decide` on every
dispute and checking every row. Stdlib only. Refuses to overwrite a frozen set that differs."""
import collections, hashlib, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from make_disputes import EXPECTED  # noqa: E402
from goods import GOOD  # noqa: E402
from bads import B  # noqa: E402

DECIDE = "/work/main/.venv/bin/disputedraft"
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
NUMERIC = {"invented_amount_or_date", "invented_tracking_number", "amount_over_cap", "placeholder"}
LANGS = "en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split()
REMEDIES = ["evidence_by_problem_type", "extend_delivery_time", "propose_partial_or_return", "confirm_reshipment",
            "return_instructions", "customs_clearance", "offer_reshipment", "await_platform_decision",
            "escalation_reply", "return_received"]
CJK = {"ja", "zh", "ko"}
errors = []


def fail(msg):
    errors.append(msg)


def primary(tag):
    return re.split(r"[-_]", tag)[0].lower()


def load(short):
    path = os.path.join(ROOT, "disputes", short + ".json")
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    out = subprocess.run([DECIDE, "decide", path], capture_output=True, text=True)
    if out.returncode != 0:
        fail(f"decide failed on {short}: {out.stderr[:300]}")
        return json.loads(raw), None, raw
    return json.loads(raw), json.loads(out.stdout), raw + out.stdout


def name_in_first_line(name, message):
    first = message.strip().splitlines()[0]
    return name in first or any(tok in first for tok in name.split() if len(tok) > 1)


def foreign_digits(message, allowed_text):
    allowed = set(re.findall(r"\d+", allowed_text))
    return [d for d in re.findall(r"\d+", message) if d not in allowed]


def mentions(dec):
    return {p["id"]: list(p["mention"].values()) for p in dec["required_points"]}


def shape_ok(gid, msg, dec, lang, check_mentions=True):
    facts = dec["facts"]
    if not msg.rstrip().endswith(facts["signature"]):
        fail(f"{gid}: does not end with signature {facts['signature']!r}")
    if not name_in_first_line(facts["buyer_name"], msg):
        fail(f"{gid}: buyer name not in first line")
    if check_mentions:
        for pid, vals in mentions(dec).items():
            for v in vals:
                if v not in msg:
                    fail(f"{gid}: mention {v!r} of {pid} missing")


disputes = {}
for short in sorted({v[0] for v in GOOD.values()}):
    d, dec, allowed = load(short)
    disputes[short] = (d, dec, allowed)
    key = short[:4]
    if dec and dec["remedy"] != EXPECTED[key]:
        fail(f"{short}: decide says {dec['remedy']}, expected {EXPECTED[key]}")
if len(disputes) != 24:
    fail(f"expected 24 disputes, got {len(disputes)}")

rows, goods_rows = [], {}
for key, (short, msg) in GOOD.items():
    gid = key + "a" if key[-1].isdigit() else key
    d, dec, allowed = disputes[short]
    lang = primary(d["buyer"]["language"])
    shape_ok(gid, msg, dec, lang)
    bad = foreign_digits(msg, allowed)
    if bad:
        fail(f"{gid}: digits not in dispute/decision: {bad}")
    n = len(msg) if lang in CJK else len(msg.split())
    lo, hi = (60, 500) if lang in CJK else (40, 200)
    if not lo <= n <= hi:
        fail(f"{gid}: length {n} outside {lo}-{hi}")
    row = {"id": gid, "dispute": f"disputes/{short}.json", "label": "good", "defect": None, "message": msg,
           "note": "hand-written good reply" + (" (second style)" if gid.endswith("b") else ""),
           "remedy": dec["remedy"], "buyer_language": lang, "language": lang, "good_id": gid}
    goods_rows[key] = row

bad_by_good = collections.defaultdict(list)
seen_new = set()
for entry in B:
    key, defect, old, new, note = entry[:5]
    extra = entry[5] if len(entry) > 5 else {}
    g = goods_rows[key]
    gid = g["id"]
    short = g["dispute"][len("disputes/"):-5]
    d, dec, allowed = disputes[short]
    msg = g["message"]
    if defect not in DEFECTS:
        fail(f"{gid}: unknown defect {defect}")
    if msg.count(old) != 1:
        fail(f"{gid}-{defect}: old passage occurs {msg.count(old)} times")
        continue
    if old == new:
        fail(f"{gid}-{defect}: edit changes nothing")
    bad_msg = msg.replace(old, new, 1)
    if bad_msg == msg:
        fail(f"{gid}-{defect}: message unchanged")
    if new and new in seen_new:
        fail(f"{gid}-{defect}: planted text repeated")
    seen_new.add(new)
    rid = f"{gid}-{defect}{extra.get('suffix', '')}"
    lang = g["buyer_language"]
    row_lang = lang
    if defect == "wrong_language":
        row_lang = extra.get("language")
        if not row_lang or row_lang == lang:
            fail(f"{rid}: wrong_language needs an intruding language")
    if defect == "missing_required_point":
        pid = extra.get("point")
        if pid not in mentions(dec):
            fail(f"{rid}: point {pid} is not a required point")
        note = f"{note}; removed point: {pid}"
        for p, vals in mentions(dec).items():
            if p != pid and any(v not in bad_msg for v in vals):
                fail(f"{rid}: removed a mention of another point {p}")
        shape_ok(rid, bad_msg, dec, lang, check_mentions=False)
    else:
        shape_ok(rid, bad_msg, dec, lang)
    if defect not in NUMERIC and foreign_digits(bad_msg, allowed):
        fail(f"{rid}: unintended foreign digits {foreign_digits(bad_msg, allowed)}")
    if defect in ("amount_over_cap", "invented_tracking_number") and not foreign_digits(bad_msg, allowed):
        fail(f"{rid}: planted number is not foreign")
    kind = "delete" if new == "" or (new and new in old) else ("insert" if old in new else "replace")
    bad_by_good[key].append({"id": rid, "dispute": g["dispute"], "label": "bad", "defect": defect,
                             "message": bad_msg, "note": f"{kind}: {note}", "remedy": g["remedy"],
                             "buyer_language": lang, "language": row_lang, "good_id": gid})

for key, g in goods_rows.items():
    rows.append(g)
    rows.extend(bad_by_good[key])

ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    fail("duplicate ids: " + str([i for i, c in collections.Counter(ids).items() if c > 1]))
if not all(i.startswith("nv") for i in ids):
    fail("id without nv prefix")
per_defect = collections.Counter(r["defect"] for r in rows if r["label"] == "bad")
for dft in DEFECTS:
    if per_defect[dft] != 13:
        fail(f"defect {dft}: {per_defect[dft]} rows, want 13")
if sum(1 for r in rows if r["label"] == "good") != 30:
    fail("want 30 good rows")
if set(r["buyer_language"] for r in rows) != set(LANGS):
    fail(f"languages: {sorted(set(LANGS) ^ set(r['buyer_language'] for r in rows))}")
rem = collections.Counter(dec["remedy"] for (_, dec, _) in disputes.values())
for r in REMEDIES:
    if rem[r] < (3 if r == "propose_partial_or_return" else 2):
        fail(f"remedy {r} only {rem[r]} disputes")

if errors:
    print("\n".join(errors))
    sys.exit(1)

text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
out = os.path.join(ROOT, "labelled.jsonl")
frozen = os.path.join(HERE, "frozen.sha256")
if os.path.exists(frozen):
    want = open(frozen).read().split()[0]
    if want != digest:
        print(f"REFUSING: rows differ from the frozen set ({want} != {digest})")
        sys.exit(1)
    print("matches frozen set", digest)
else:
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    with open(frozen, "w") as f:
        f.write(f"{digest}  labelled.jsonl\n")
    print("wrote", out, digest)
print(len(rows), "rows:", sum(r["label"] == "good" for r in rows), "good,", sum(r["label"] == "bad" for r in rows), "bad")
print(dict(per_defect))
print(dict(rem))
