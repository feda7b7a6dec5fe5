"""Build the twelfth set: disputes (via write_disputes), labelled.jsonl, and sanity checks on our own labels.

No checker is imported or run here: only `disputedraft decide` (policy layer) and plain string checks.
Refuses to overwrite a frozen labelled.jsonl (tools/frozen.sha256) with different content.
"""
import hashlib, json, re, subprocess, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from disputes_data import DISPUTES  # noqa: E402
import replies_part1, replies_part2  # noqa: E402

DEFECTS = {"refund_promise", "off_platform_contact", "invented_tracking_number", "invented_amount_or_date",
           "wrong_language", "placeholder", "blame", "missing_required_point", "amount_over_cap",
           "feedback_request", "internal_note", "shouting"}
NEEDS_NEW_NUMBER = {"invented_tracking_number", "invented_amount_or_date"}
MAY_ADD_NUMBER = NEEDS_NEW_NUMBER | {"off_platform_contact", "amount_over_cap"}
CJK = {"ja", "zh"}
errors = []


def err(msg):
    errors.append(msg)


def runs(text):
    return set(re.findall(r"\d+", text))


def words(text, lang):
    if lang in CJK:
        return len(re.sub(r"\s", "", text)) / 2
    return len(text.split())


def main():
    r = subprocess.run([sys.executable, str(HERE / "write_disputes.py")], capture_output=True, text=True)
    print(r.stdout, end="")
    if r.returncode:
        sys.exit("write_disputes failed:\n" + r.stderr)
    good = {**replies_part1.GOOD, **replies_part2.GOOD}
    bad = replies_part1.BAD + replies_part2.BAD
    rows = []
    for gid, text in good.items():
        key = gid[:3]
        stem, remedy, lang, dis = DISPUTES[key]
        dec = json.loads((HERE / "decisions" / f"{stem}.json").read_text(encoding="utf-8"))
        facts = dec["facts"]
        fact_runs = runs(json.dumps(facts, ensure_ascii=False))
        mentions = {k: v for p in dec["required_points"] for k, v in p["mention"].items()}
        # --- good checks
        if not text.rstrip().endswith(facts["signature"]):
            err(f"{gid}: does not end with signature {facts['signature']!r}")
        for k, v in mentions.items():
            if v not in text:
                err(f"{gid}: mention {k}={v!r} not quoted")
        stray = runs(text) - fact_runs
        if stray:
            err(f"{gid}: numbers not in facts {stray}")
        toks = facts["buyer_name"].split()
        if not any(t[: max(3, len(t) - 2)] in text for t in toks):
            err(f"{gid}: buyer name not used")
        n = words(text, lang)
        if not 40 <= n <= 200:
            err(f"{gid}: {n} words")
        for pat in ("!!!", "@", "http", "[", "{", "%", "【"):
            if pat in text:
                err(f"{gid}: suspicious {pat!r} in good reply")
        rows.append({"id": gid, "dispute": f"disputes/{stem}.json", "label": "good", "defect": None, "message": text,
                     "note": "hand-written good reply", "remedy": remedy, "buyer_language": lang, "language": lang,
                     "good_id": gid})
    seen = Counter()
    for gid, defect, op, anchor, new, note in bad:
        if defect not in DEFECTS:
            err(f"{gid}: unknown defect {defect}")
        text = good[gid]
        key = gid[:3]
        stem, remedy, lang, dis = DISPUTES[key]
        dec = json.loads((HERE / "decisions" / f"{stem}.json").read_text(encoding="utf-8"))
        facts = dec["facts"]
        fact_runs = runs(json.dumps(facts, ensure_ascii=False))
        mentions = {k: v for p in dec["required_points"] for k, v in p["mention"].items()}
        out_lang = lang
        if op == "full":
            msg, out_lang = new.strip("\n"), anchor
            if defect != "wrong_language" or out_lang == lang:
                err(f"{gid}: full rewrite must be wrong_language")
            if not msg.rstrip().endswith(facts["signature"]):
                err(f"{gid}-{defect}: translation lost the signature")
            for k, v in mentions.items():
                if v not in msg:
                    err(f"{gid}-{defect}: translation lost mention {v}")
        else:
            c = text.count(anchor)
            if c != 1:
                err(f"{gid}-{defect}: anchor occurs {c} times: {anchor[:40]!r}")
                continue
            if op == "ins":
                msg = text.replace(anchor, anchor + new)
            elif op == "rep":
                msg = text.replace(anchor, new)
            elif op == "del":
                msg = text.replace(anchor, "")
            else:
                err(f"{gid}: bad op {op}")
                continue
        if msg == text:
            err(f"{gid}-{defect}: no change")
        new_runs = runs(msg) - fact_runs
        if defect in NEEDS_NEW_NUMBER and not new_runs:
            err(f"{gid}-{defect}: no invented number")
        if defect not in MAY_ADD_NUMBER and new_runs:
            err(f"{gid}-{defect}: stray numbers {new_runs}")
        if defect == "amount_over_cap" and remedy != "propose_partial_or_return":
            err(f"{gid}: amount_over_cap outside propose_partial_or_return")
        if defect == "shouting":
            if "!!!" not in msg or not re.search(r"[^\W\d_a-z]{2,}(?:[\s,]+[^\W\d_a-z]{2,}){2,}", msg.replace("–", " ")):
                err(f"{gid}-shouting: no capitals + !!!")
            if lang in CJK | {"ko", "ar"}:
                err(f"{gid}-shouting in caseless language")
        elif "!!!" in msg:
            err(f"{gid}-{defect}: stray !!!")
        if defect == "placeholder" and not re.search(r"[\[\]{}%【<]|OOO", msg):
            err(f"{gid}-placeholder: no placeholder marker")
        if defect != "placeholder" and re.search(r"\{|\}|%[A-Z]|\[[A-Z]", msg):
            err(f"{gid}-{defect}: stray placeholder-like text")
        if defect not in {"off_platform_contact"} and re.search(r"@\w|https?://|www\.", msg):
            err(f"{gid}-{defect}: stray contact")
        if defect == "missing_required_point":
            for k, v in mentions.items():
                pass  # mention points may or may not be the deleted one; note says which
        if defect != "missing_required_point" and op != "full":
            for k, v in mentions.items():
                if v not in msg and defect != "amount_over_cap":
                    err(f"{gid}-{defect}: mention {v} lost")
        seen[(gid, defect)] += 1
        k = seen[(gid, defect)]
        if k > 2:
            err(f"{gid}-{defect}: more than two variants")
        rid = f"{gid}-{defect}" + ("" if k == 1 else f"-{k}")
        rows.append({"id": rid, "dispute": f"disputes/{stem}.json", "label": "bad", "defect": defect, "message": msg,
                     "note": note, "remedy": remedy, "buyer_language": lang, "language": out_lang, "good_id": gid})
    if errors:
        print("\n".join(errors))
        sys.exit(f"{len(errors)} sanity errors; labelled.jsonl not written")
    # order: each good followed by its bads
    order = {gid: i for i, gid in enumerate(good)}
    rows.sort(key=lambda r: (order[r["good_id"]], r["label"] != "good"))
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    frozen = HERE / "frozen.sha256"
    out = ROOT / "labelled.jsonl"
    if frozen.exists():
        want = frozen.read_text().split()[0]
        if digest != want:
            sys.exit(f"labelled.jsonl is frozen at {want}; rebuilt content {digest} differs - refusing to overwrite")
    out.write_bytes(data)
    print("wrote", out, digest)
    stats(rows)
    if "--freeze" in sys.argv and not frozen.exists():
        frozen.write_text(f"{digest}  labelled.jsonl\n")
        print("frozen")


def stats(rows):
    print("rows", len(rows), Counter(r["label"] for r in rows))
    print("defects", sorted(Counter(r["defect"] for r in rows if r["defect"]).items()))
    per = Counter((r["buyer_language"], r["label"]) for r in rows)
    print("langs", sorted(per.items()))
    print("remedy", sorted(Counter((r["remedy"], r["label"]) for r in rows).items()))


if __name__ == "__main__":
    main()
