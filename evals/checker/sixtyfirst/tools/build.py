"""Assemble labelled.jsonl for set 'sixtyfirst' and freeze it (sha256 in tools/frozen.sha256)."""
import hashlib, json, pathlib, re, subprocess, sys
from collections import Counter
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from make_disputes import D
from goods import GOOD
from bads import B
CLI = "/work/main/.venv/bin/disputedraft"
REMEDIES = {"evidence_by_problem_type","extend_delivery_time","propose_partial_or_return","confirm_reshipment","return_instructions",
            "customs_clearance","offer_reshipment","await_platform_decision","escalation_reply","return_received"}
LANGS = set("en es ru ja fr de it pt nl tr ko zh ar sv cs ro hu da fi pl uk el".split())
DEFECTS = ["refund_promise","amount_over_cap","invented_amount_or_date","invented_tracking_number","off_platform_contact","placeholder",
           "internal_note","wrong_language","feedback_request","blame","shouting","missing_required_point"]
errors = []
def err(m): errors.append(m)

info = {}
for fn, remedy, x in D:
    n = int(fn[2:4]); path = ROOT / "disputes" / fn
    disk = json.loads(path.read_text(encoding="utf-8"))
    if disk != json.loads(json.dumps(x)): err(f"{fn}: file differs from make_disputes.py")
    out = subprocess.run([CLI, "decide", str(path)], capture_output=True, text=True, check=True).stdout
    dec = json.loads(out)
    if dec["remedy"] != remedy: err(f"{fn}: decide gave {dec['remedy']}, expected {remedy}")
    allowed = set(re.findall(r"\d+", path.read_text(encoding="utf-8") + out))
    info[n] = dict(file=f"disputes/{fn}", remedy=dec["remedy"], dec=dec, allowed=allowed,
                   lang=x["buyer"]["language"].split("-")[0].lower(), name=x["buyer"]["name"])

def words(t): return len(t.split())
rows = []
for gid, (n, text) in GOOD.items():
    i = info[n]; dec = i["dec"]
    first = text.split("\n", 1)[0]
    if not any(part in first for part in i["name"].split()): err(f"{gid}: buyer name not in first line")
    if not text.rstrip().endswith(dec["facts"]["signature"]): err(f"{gid}: signature")
    for p in dec["required_points"]:
        for k, v in p["mention"].items():
            if v not in text: err(f"{gid}: mention {k}={v} missing")
    extra = set(re.findall(r"\d+", text)) - i["allowed"]
    if extra: err(f"{gid}: digit runs outside dispute+Decision: {extra}")
    if i["lang"] in ("ja", "zh", "ko"):
        if not 60 <= len(text) <= 500: err(f"{gid}: {len(text)} chars")
    elif not 40 <= words(text) <= 200: err(f"{gid}: {words(text)} words")
    rows.append({"id": gid, "dispute": i["file"], "label": "good", "defect": None, "message": text,
                 "note": "hand-written good reply" + (" (second style)" if gid.endswith("b") else ""),
                 "remedy": i["remedy"], "buyer_language": i["lang"], "language": i["lang"], "good_id": gid})

seen = Counter(); planted = Counter()
for gid, defect, old, new, note, lang in B:
    n, text = GOOD[gid]; i = info[n]
    if defect not in DEFECTS: err(f"{gid}: unknown defect {defect}")
    if text.count(old) != 1: err(f"{gid}-{defect}: old passage occurs {text.count(old)} times")
    msg = text.replace(old, new, 1)
    if msg == text: err(f"{gid}-{defect}: edit changes nothing")
    if new and new in planted: err(f"{gid}-{defect}: planted passage repeated")
    planted[new] += 1
    if defect == "wrong_language" and not lang: err(f"{gid}: wrong_language without language")
    if defect == "missing_required_point" and not re.search(r"removed point \w+", note): err(f"{gid}: note must name point")
    if defect == "missing_required_point":
        pid = re.search(r"removed point (\w+)", note).group(1)
        if pid not in {p["id"] for p in i["dec"]["required_points"]}: err(f"{gid}: {pid} is not a required point")
    if defect in ("amount_over_cap",) and not any(o["kind"] in ("partial_refund","return_and_refund") for o in i["dec"]["allowed_offers"]):
        err(f"{gid}: amount_over_cap on a reply without cap/refund")
    seen[(gid, defect)] += 1
    k = seen[(gid, defect)]
    rid = f"{gid}-{defect}" + (str(k) if k > 1 else "")
    rows.append({"id": rid, "dispute": i["file"], "label": "bad", "defect": defect, "message": msg, "note": note,
                 "remedy": i["remedy"], "buyer_language": i["lang"], "language": lang or i["lang"], "good_id": gid})

ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): err("duplicate ids")
if not all(x.startswith("nm") for x in ids): err("id prefix")
c = Counter(r["defect"] for r in rows if r["label"] == "bad")
for d in DEFECTS:
    if c[d] != 13: err(f"{d}: {c[d]} rows")
if {i["remedy"] for i in info.values()} != REMEDIES: err("remedies not all covered")
if {i["lang"] for i in info.values()} != LANGS: err("languages not all covered")
rc = Counter(i["remedy"] for i in info.values())
if any(v < 2 for v in rc.values()) or rc["propose_partial_or_return"] < 3: err(f"remedy counts {rc}")
if sum(1 for r in rows if r["label"] == "good") != 30 or len(rows) != 186: err(f"row counts {len(rows)}")
if errors:
    print("\n".join(errors)); sys.exit(1)
data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
out = ROOT / "labelled.jsonl"
frozen = HERE / "frozen.sha256"
sha = hashlib.sha256(data).hexdigest()
if frozen.exists() and frozen.read_text().split()[0] != sha and "--refreeze" not in sys.argv:
    print("rows differ from the frozen set; refusing to overwrite"); sys.exit(1)
out.write_bytes(data)
frozen.write_text(f"{sha}  labelled.jsonl\n")
print(len(rows), "rows;", dict(Counter(r["label"] for r in rows)), sha)
