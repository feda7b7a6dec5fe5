"""Assemble labelled.jsonl for the fiftyninth set (prefix np) and freeze it.

Re-runs `disputedraft decide` on every dispute, checks good replies and edits, writes
labelled.jsonl and tools/frozen.sha256. Standard library only.
"""
import hashlib, json, pathlib, re, subprocess, sys
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from make_disputes import EXPECTED  # noqa: E402
from good import GOOD  # noqa: E402
from bad import BAD  # noqa: E402

DECIDE = "/work/main/.venv/bin/disputedraft"
DEFECTS = ["refund_promise", "amount_over_cap", "invented_amount_or_date", "invented_tracking_number",
           "off_platform_contact", "placeholder", "internal_note", "wrong_language", "feedback_request",
           "blame", "shouting", "missing_required_point"]
LANGS = set("en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split())
REMEDIES = set(EXPECTED.values())
CJK = {"ja", "zh", "ko"}
errors = []

def fail(msg):
    errors.append(msg)

disputes = {}
for path in sorted((ROOT / "disputes").glob("np*.json")):
    out = subprocess.run([DECIDE, "decide", str(path)], capture_output=True, text=True)
    if out.returncode != 0:
        fail(f"decide failed for {path.name}: {out.stderr[:300]}"); continue
    dec = json.loads(out.stdout)
    want = EXPECTED[path.stem[:4]]
    if dec["remedy"] != want:
        fail(f"{path.name}: decide says {dec['remedy']}, expected {want}")
    raw = path.read_text(encoding="utf-8")
    doc = json.loads(raw)
    allowed = set(re.findall(r"\d+", raw)) | set(re.findall(r"\d+", out.stdout))
    disputes[path.stem] = dict(dec=dec, doc=doc, allowed=allowed, file=f"disputes/{path.name}")
if len(disputes) != 24:
    fail(f"expected 24 disputes, found {len(disputes)}")

def primary(tag):
    return re.split(r"[-_]", tag)[0].lower()

rows = []
for gid, (stem, text) in GOOD.items():
    d = disputes[stem]; dec = d["dec"]; lang = primary(d["doc"]["buyer"]["language"])
    sig = dec["facts"]["signature"]
    if not text.rstrip().endswith(sig):
        fail(f"{gid}: does not end with signature {sig!r}")
    first = text.splitlines()[0]
    if not any(tok in first for tok in d["doc"]["buyer"]["name"].split()):
        fail(f"{gid}: buyer name not in first line")
    for p in dec["required_points"]:
        for k, v in p["mention"].items():
            if v not in text:
                fail(f"{gid}: mention {k}={v!r} missing")
    stray = set(re.findall(r"\d+", text)) - d["allowed"]
    if stray:
        fail(f"{gid}: digit runs not in dispute/Decision: {stray}")
    if lang in CJK:
        if not 60 <= len(text) <= 500: fail(f"{gid}: {len(text)} chars")
    elif not 40 <= len(text.split()) <= 200:
        fail(f"{gid}: {len(text.split())} words")
    rows.append(dict(id=gid, dispute=d["file"], label="good", defect=None, message=text,
                     note="hand-written good reply" + (" (second style)" if gid.endswith("b") else ""),
                     remedy=dec["remedy"], buyer_language=lang, language=lang, good_id=gid))

seen_bad = Counter()
planted = Counter()
for b in BAD:
    gid = b["gid"]; stem, text = GOOD[gid]; d = disputes[stem]; dec = d["dec"]
    lang = primary(d["doc"]["buyer"]["language"])
    if text.count(b["old"]) != 1:
        fail(f"{gid}-{b['defect']}: old text occurs {text.count(b['old'])} times: {b['old'][:40]!r}")
        continue
    if b["old"] == b["new"]:
        fail(f"{gid}-{b['defect']}: edit changes nothing")
    msg = text.replace(b["old"], b["new"], 1)
    if msg == text:
        fail(f"{gid}-{b['defect']}: message unchanged")
    if b["defect"] == "missing_required_point":
        pid = b["note"].split()[-1]
        if pid not in {p["id"] for p in dec["required_points"]}:
            fail(f"{gid}: removed point {pid} is not a required point")
    if b["defect"] == "amount_over_cap" and dec["remedy"] not in ("propose_partial_or_return", "return_instructions", "return_received"):
        fail(f"{gid}: amount_over_cap on a reply without cap or refund")
    if b["defect"] == "wrong_language" and not b["lang"]:
        fail(f"{gid}: wrong_language without intruding language")
    if b["defect"] != "wrong_language" and b["lang"]:
        fail(f"{gid}: language override on non-wrong_language row")
    # the planted passage (new minus old) must be unique across the set
    if b["new"]:
        key = b["new"].replace(b["old"], "") if b["op"] == "insert" else b["new"]
        planted[key] += 1
    seen_bad[(gid, b["defect"])] += 1
    n = seen_bad[(gid, b["defect"])]
    bid = f"{gid}-{b['defect']}" + (str(n) if n > 1 else "")
    rows.append(dict(id=bid, dispute=d["file"], label="bad", defect=b["defect"], message=msg,
                     note=f"{b['op']}: {b['note']}", remedy=dec["remedy"], buyer_language=lang,
                     language=b["lang"] or lang, good_id=gid))

for k, v in planted.items():
    if v > 1: fail(f"planted passage repeated {v} times: {k[:50]!r}")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): fail("duplicate ids")
if not all(i.startswith("np") for i in ids): fail("id without np prefix")
dc = Counter(r["defect"] for r in rows if r["label"] == "bad")
for df in DEFECTS:
    if dc[df] != 13: fail(f"{df}: {dc[df]} rows, want 13")
if sum(r["label"] == "good" for r in rows) != 30: fail("want 30 good rows")
langs = {r["buyer_language"] for r in rows}
if langs != LANGS: fail(f"languages: missing {LANGS - langs}, extra {langs - LANGS}")
rc = Counter(EXPECTED.values())
if set(rc) != REMEDIES or len(REMEDIES) != 10 or min(rc.values()) < 2 or rc["propose_partial_or_return"] < 3:
    fail(f"remedy coverage: {rc}")

if errors:
    print("\n".join(errors)); sys.exit(1)

out = ROOT / "labelled.jsonl"
frozen = ROOT / "tools" / "frozen.sha256"
data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
if frozen.exists() and "--refreeze" not in sys.argv:
    old = frozen.read_text().split()[0]
    if hashlib.sha256(data).hexdigest() != old:
        print("rows differ from the frozen set; refusing to overwrite (use --refreeze deliberately)"); sys.exit(1)
out.write_bytes(data)
digest = hashlib.sha256(data).hexdigest()
frozen.write_text(f"{digest}  labelled.jsonl\n")
print(f"{len(rows)} rows ({sum(r['label']=='good' for r in rows)} good, {sum(r['label']=='bad' for r in rows)} bad)")
print("per defect:", dict(dc))
print("per remedy:", dict(Counter(r["remedy"] for r in rows)))
print("per buyer language:", dict(Counter(r["buyer_language"] for r in rows)))
print("sha256", digest)
