"""Assemble labelled.jsonl from disputes/, tools/goods.py and tools/bads.py; re-run decide; check; freeze.

Usage: python3 tools/build.py            (build, check, write labelled.jsonl + tools/frozen.sha256)
       python3 tools/build.py --verify   (rebuild in memory and compare with the frozen file)
Standard library only; calls the `disputedraft decide` CLI as a subprocess.
"""
import collections, hashlib, json, pathlib, re, subprocess, sys, unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from make_disputes import DISPUTES, EXPECTED  # noqa: E402
from goods import GOODS  # noqa: E402
from bads import BADS  # noqa: E402

DECIDE = "/work/main/.venv/bin/disputedraft"
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
LANGS = set("en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split())
REMEDIES = {"evidence_by_problem_type", "extend_delivery_time", "propose_partial_or_return", "confirm_reshipment",
            "return_instructions", "customs_clearance", "offer_reshipment", "await_platform_decision",
            "escalation_reply", "return_received"}
CJK = {"ja", "zh", "ko"}
errors = []


def fail(msg):
    errors.append(msg)


def primary(tag):
    return re.split(r"[-_]", tag)[0].lower()


def digit_runs(text):
    return set(re.findall(r"\d+", text))


def name_in_line(name, line):
    for tok in name.split():
        if any(unicodedata.name(c, "").startswith(("CJK", "HANGUL")) for c in tok):
            if any(tok[i:i + 2] in line for i in range(len(tok) - 1)) or tok in line:
                return True
        elif tok[: max(3, len(tok) - 2)].lower() in line.lower():
            return True
    return False


def decide_all():
    out = {}
    for num, (fname, body) in enumerate(DISPUTES, start=1):
        path = ROOT / "disputes" / fname
        on_disk = json.loads(path.read_text(encoding="utf-8"))
        if on_disk != body:
            fail(f"{fname}: file on disk differs from make_disputes.py")
        res = subprocess.run([DECIDE, "decide", str(path)], capture_output=True, text=True)
        if res.returncode != 0:
            fail(f"{fname}: decide failed: {res.stderr.strip()}")
            continue
        dec = json.loads(res.stdout)
        if dec["remedy"] != EXPECTED[num]:
            fail(f"{fname}: decide gave {dec['remedy']}, expected {EXPECTED[num]}")
        out[num] = (fname, on_disk, dec, path.read_text(encoding="utf-8"), res.stdout)
    return out


def check_good(gid, msg, body, dec, dtext, dectext):
    lang = primary(body["buyer"]["language"])
    sig = dec["facts"]["signature"]
    if not msg.rstrip().endswith(sig):
        fail(f"{gid}: does not end with signature {sig!r}")
    first = msg.strip().splitlines()[0]
    if not name_in_line(body["buyer"]["name"], first):
        fail(f"{gid}: buyer name not in first line {first!r}")
    for p in dec["required_points"]:
        for k, v in p["mention"].items():
            if v not in msg:
                fail(f"{gid}: mention {k}={v!r} of point {p['id']} missing")
    allowed = digit_runs(dtext) | digit_runs(dectext)
    extra = digit_runs(msg) - allowed
    if extra:
        fail(f"{gid}: digit runs not in dispute/Decision: {sorted(extra)}")
    if lang in CJK:
        n = len(re.sub(r"\s", "", msg))
        if not 60 <= n <= 500:
            fail(f"{gid}: {n} characters")
    else:
        n = len(msg.split())
        if not 40 <= n <= 200:
            fail(f"{gid}: {n} words")
    return n


def build():
    decs = decide_all()
    rows, good_rows, seen = [], {}, set()
    for gid, (num, msg) in GOODS.items():
        if num not in decs:
            continue
        fname, body, dec, dtext, dectext = decs[num]
        n = check_good(gid, msg, body, dec, dtext, dectext)
        lang = primary(body["buyer"]["language"])
        row = {"id": gid, "dispute": f"disputes/{fname}", "label": "good", "defect": None, "message": msg,
               "note": f"hand-written good reply ({n} {'chars' if lang in CJK else 'words'})",
               "remedy": dec["remedy"], "buyer_language": lang, "language": lang, "good_id": gid}
        good_rows[gid] = row
        rows.append(row)
    for b in BADS:
        g = good_rows.get(b["good"])
        if g is None:
            fail(f"bad on unknown good {b['good']}")
            continue
        base = g["message"]
        count = base.count(b["old"])
        if count != 1:
            fail(f"{b['good']}/{b['defect']}: old text occurs {count} times: {b['old'][:40]!r}")
            continue
        new_msg = base.replace(b["old"], b["new"])
        if new_msg == base or b["old"] == b["new"]:
            fail(f"{b['good']}/{b['defect']}: edit changes nothing")
        op = "delete" if b["new"] == "" else ("insert" if b["old"] in b["new"] else "replace")
        if b["defect"] not in DEFECTS:
            fail(f"unknown defect {b['defect']}")
        if b["defect"] == "wrong_language" and not b["language"]:
            fail(f"{b['good']}: wrong_language without intruding language")
        stem = f"{b['good']}-{b['defect']}"
        rid, k = stem, 1
        while rid in seen:
            k += 1
            rid = f"{stem}{k}"
        seen.add(rid)
        rows.append({"id": rid, "dispute": g["dispute"], "label": "bad", "defect": b["defect"], "message": new_msg,
                     "note": f"[{op}] {b['note']}", "remedy": g["remedy"], "buyer_language": g["buyer_language"],
                     "language": b["language"] or g["buyer_language"], "good_id": b["good"]})
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        fail("duplicate ids")
    if any(not i.startswith("nr") for i in ids):
        fail("id without nr prefix")
    msgs = [r["message"] for r in rows]
    if len(msgs) != len(set(msgs)):
        fail("duplicate messages")
    planted = [b["new"] for b in BADS if b["new"]]
    dupes = [p for p, c in collections.Counter(planted).items() if c > 1]
    if dupes:
        fail(f"repeated planted text: {dupes}")
    per = collections.Counter(r["defect"] for r in rows if r["label"] == "bad")
    for d in DEFECTS:
        if per[d] != 13:
            fail(f"defect {d}: {per[d]} rows, want 13")
    goods = [r for r in rows if r["label"] == "good"]
    if len(goods) != 30:
        fail(f"{len(goods)} good rows, want 30")
    if {r["buyer_language"] for r in goods} != LANGS:
        fail(f"languages: {sorted(LANGS ^ {r['buyer_language'] for r in goods})}")
    rem = collections.Counter(decs[n][2]["remedy"] for n in decs)
    if set(rem) != REMEDIES or min(rem.values()) < 2 or rem["propose_partial_or_return"] < 3:
        fail(f"remedy coverage: {dict(rem)}")
    return rows


def serialise(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


if __name__ == "__main__":
    rows = build()
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    data = serialise(rows)
    digest = hashlib.sha256(data).hexdigest()
    out, frozen = ROOT / "labelled.jsonl", ROOT / "tools" / "frozen.sha256"
    if "--verify" in sys.argv:
        ok = out.read_bytes() == data and frozen.read_text().split()[0] == digest
        print("verify:", "OK" if ok else "MISMATCH", digest)
        sys.exit(0 if ok else 1)
    if frozen.exists() and "--force" not in sys.argv:
        print("already frozen; use --verify (or --force to overwrite)")
        sys.exit(1)
    out.write_bytes(data)
    frozen.write_text(f"{digest}  labelled.jsonl\n")
    print(f"{len(rows)} rows, sha256 {digest}")
