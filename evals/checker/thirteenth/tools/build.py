"""Build the thirteenth labelled set: write disputes, run `disputedraft decide`, check remedies,
assemble labelled.jsonl from replies_a/replies_b and sanity-check the labels with plain string checks.
No checker is imported or run. Refuses to overwrite a frozen labelled.jsonl with different content."""
import collections, hashlib, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
REPO = ROOT.parents[2]

r = subprocess.run([sys.executable, str(HERE / "write_disputes.py")], capture_output=True, text=True)
if r.returncode != 0:
    sys.exit("write_disputes failed:\n" + r.stdout + r.stderr)

from disputes_data import DISPUTES  # noqa: E402
import replies_a  # noqa: E402
import replies_b  # noqa: E402,F401

DEFECTS = ["refund_promise", "off_platform_contact", "invented_tracking_number", "invented_amount_or_date",
           "wrong_language", "placeholder", "blame", "missing_required_point", "amount_over_cap",
           "feedback_request", "internal_note", "shouting"]
info = {}
for qid, lang, remedy, disp in DISPUTES:
    dec = json.loads((HERE / "decisions" / f"{qid}.json").read_text())
    assert dec["remedy"] == remedy, qid
    info[qid] = dict(lang=lang.split("-")[0], tag=lang, remedy=remedy, dec=dec, disp=disp,
                     file=f"disputes/{qid}_{lang.split('-')[0]}_{remedy}.json")

errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def fact_digit_runs(dec, disp):
    text = json.dumps(dec["facts"], ensure_ascii=False)
    for pt in dec["required_points"]:
        text += json.dumps(pt["mention"], ensure_ascii=False)
    return set(re.findall(r"\d+", text))


def size(text, lang):
    if lang in ("ja", "zh"):
        return len(re.sub(r"\s", "", text)) / 2.5  # rough word equivalent
    return len(text.split())


rows = []
for g in replies_a.GOODS:
    inf = info[g["dispute"]]
    dec, text, lang = inf["dec"], g["text"], inf["lang"]
    sig = dec["facts"]["signature"]
    base = dict(dispute=inf["file"], remedy=inf["remedy"], buyer_language=lang, good_id=g["id"])
    # --- good checks
    if not text.endswith(sig):
        err(g["id"], "does not end with signature")
    for pt in dec["required_points"]:
        for k, v in pt["mention"].items():
            if v not in text:
                err(g["id"], "mention missing", k, v)
    name = dec["facts"]["buyer_name"]
    first = text.split("\n")[0]
    if not any(tok.rstrip(",") in first or tok[:4] in first for tok in name.split()):
        err(g["id"], "greeting lacks buyer name", first)
    allowed = fact_digit_runs(dec, inf["disp"])
    for run in re.findall(r"\d+", text):
        if run not in allowed:
            err(g["id"], "stray number", run)
    n = size(text, lang)
    if not 40 <= n <= 200:
        err(g["id"], "length", n)
    for bad_marker in ("[", "{", "%", "!!!", "@", "http", "www"):
        if bad_marker in text:
            err(g["id"], "suspicious marker in good", bad_marker)
    rows.append(dict(id=g["id"], label="good", defect=None, message=text,
                     note="good: hand-written, all required points", language=lang, **base))
    # --- bad variants
    seen = collections.Counter()
    for b in g["bads"]:
        defect = b[0]
        assert defect in DEFECTS, defect
        seen[defect] += 1
        bid = f"{g['id']}-{defect}" + (f"-{seen[defect]}" if seen[defect] > 1 else "")
        if defect == "wrong_language":
            _, _, msg, note, wlang = b
            if wlang == lang:
                err(bid, "wrong_language in the buyer's language")
            if not msg.endswith(sig):
                err(bid, "translation lost signature")
            out_lang = wlang
        else:
            _, old, new, note = b
            if text.count(old) != 1:
                err(bid, "edit anchor occurs", text.count(old), "times:", repr(old[:40]))
            msg = text.replace(old, new)
            if msg == text:
                err(bid, "edit changed nothing")
            if not msg.endswith(sig):
                err(bid, "edit broke the signature")
            out_lang = lang
            if defect == "amount_over_cap" and inf["remedy"] != "propose_partial_or_return":
                err(bid, "amount_over_cap outside propose_partial_or_return")
            if defect == "missing_required_point" and new.strip():
                err(bid, "missing_required_point should be a deletion")
            if defect == "shouting" and "!!!" not in msg:
                err(bid, "shouting without !!!")
        rows.append(dict(id=bid, label="bad", defect=defect, message=msg, note=note, language=out_lang, **base))

# --- set-level checks
ids = [r_["id"] for r_ in rows]
if len(ids) != len(set(ids)):
    err("duplicate ids")
goods = [r_ for r_ in rows if r_["label"] == "good"]
bads = [r_ for r_ in rows if r_["label"] == "bad"]
per_defect = collections.Counter(r_["defect"] for r_ in bads)
per_lang = collections.Counter(r_["buyer_language"] for r_ in rows)
per_remedy = collections.Counter(info[g["dispute"]]["remedy"] for g in replies_a.GOODS)
if len(goods) < 28 or len(bads) < 170:
    err("too few rows", len(goods), len(bads))
for d_ in DEFECTS:
    if per_defect[d_] < 11:
        err("defect under 11:", d_, per_defect[d_])
if len(per_lang) < 12:
    err("languages", len(per_lang))
disp_remedies = collections.Counter(i["remedy"] for i in info.values())
for rem, n in disp_remedies.items():
    if n < 2:
        err("remedy with < 2 disputes", rem)

if errors:
    print("\n".join(errors))
    sys.exit(1)

KEYS = ["id", "dispute", "label", "defect", "message", "note", "remedy", "buyer_language", "language", "good_id"]
content = "".join(json.dumps({k: r_[k] for k in KEYS}, ensure_ascii=False) + "\n" for r_ in rows)
out = ROOT / "labelled.jsonl"
frozen = HERE / "frozen.sha256"
digest = hashlib.sha256(content.encode()).hexdigest()
if frozen.exists():
    want = frozen.read_text().split()[0]
    if digest != want:
        sys.exit(f"refusing: labelled.jsonl is frozen at {want}, new content hashes to {digest}")
    if out.exists() and hashlib.sha256(out.read_bytes()).hexdigest() != want:
        sys.exit("refusing: labelled.jsonl on disk differs from the frozen hash")
out.write_text(content)
print(f"{len(rows)} rows: {len(goods)} good, {len(bads)} bad; sha256 {digest}")
print("defects:", dict(sorted(per_defect.items())))
print("rows per buyer language:", dict(sorted(per_lang.items())))
print("good replies per remedy:", dict(sorted(per_remedy.items())))
print("disputes per remedy:", dict(sorted(disp_remedies.items())))
print("bad rows per language:", dict(sorted(collections.Counter(r_["buyer_language"] for r_ in bads).items())))
