"""Build the sixteenth labelled set.

1. writes disputes/ and runs `disputedraft decide` on each (write_disputes.py), checking the remedy;
2. builds labelled.jsonl from replies_*.py (good texts + one-edit bad variants);
3. sanity-checks OUR OWN labels with plain string checks (no checker is imported or run);
4. refuses to overwrite a frozen labelled.jsonl (tools/frozen.sha256) with different content.

Usage: .venv/bin/python evals/checker/sixteenth/tools/build.py [--freeze]
"""
import collections
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import write_disputes  # noqa: E402
from disputes_data import DISPUTES  # noqa: E402
from replies_a import REPLIES as RA  # noqa: E402
from replies_b import REPLIES as RB  # noqa: E402
from replies_c import REPLIES as RC  # noqa: E402

DEFECTS = {"refund_promise", "off_platform_contact", "invented_tracking_number", "invented_amount_or_date",
           "wrong_language", "placeholder", "blame", "missing_required_point", "amount_over_cap",
           "feedback_request", "internal_note", "shouting"}
CJK = {"ja", "zh"}
errors = []


def err(msg):
    errors.append(msg)


def fact_numbers(dec):
    f = dec["facts"]
    blob = [str(v) for k, v in f.items() if k not in ("items", "evidence_requested") and v is not None]
    blob += [str(x) for x in f.get("item_prices") or []] + list(f.get("dates") or [])
    for p in dec["required_points"]:
        blob += list(p["mention"].values())
    toks = set()
    for b in blob:
        toks.update(re.findall(r"\d+(?:\.\d+)?", b))
        toks.update(re.findall(r"\d+", b))
        # tracking numbers and ids as whole alphanumeric tokens
    return toks


def words(text, lang):
    if lang in CJK:
        return len(re.sub(r"\s", "", text)) // 2
    return len(text.split())


def check_good(r, dec, lang):
    t = r["text"]
    for p in dec["required_points"]:
        for k, v in p["mention"].items():
            if v not in t:
                err(f"{r['id']}: mention {k}={v!r} not quoted")
    sig = dec["facts"]["signature"]
    if not t.rstrip().endswith(sig):
        err(f"{r['id']}: does not end with signature {sig!r}")
    if r["greet"] not in t.split("\n")[0]:
        err(f"{r['id']}: greeting {r['greet']!r} not on first line")
    allowed = fact_numbers(dec)
    body = re.sub(r"(?m)^\d\) ", "", t.replace(sig, ""))  # list markers "1) " are not facts
    for p in dec["required_points"]:
        for v in p["mention"].values():
            body = body.replace(v, " ")
    for n in re.findall(r"\d+(?:[.,]\d+)?", body):
        if n not in allowed:
            err(f"{r['id']}: stray number {n!r}")
    for bad in ["[", "]", "{", "}", "<", ">", "XXX", "!!", "@", "http", "www."]:
        if bad in t:
            err(f"{r['id']}: contains {bad!r}")
    n = words(t, lang)
    if not 40 <= n <= 200:
        err(f"{r['id']}: {n} words")
    if dec["remedy"] == "propose_partial_or_return":
        cap = float(dec["facts"]["partial_refund_cap"])
        for n in re.findall(r"\d+\.\d+", t):
            if float(n) > cap:
                err(f"{r['id']}: amount {n} over cap")


def apply(text, op, a, b):
    if op == "full":
        return b.strip("\n")
    if text.count(a) != 1:
        raise ValueError(f"anchor occurs {text.count(a)} times: {a[:50]!r}")
    if op == "ins":
        return text.replace(a, a + b)
    if op == "rep":
        return text.replace(a, b)
    if op == "del":
        return text.replace(a, "")
    raise ValueError(op)


def main():
    write_disputes.main()
    rows = []
    seen_ids, seen_edits = set(), {}
    for r in RA + RB + RC:
        remedy, d = DISPUTES[r["key"]]
        dec = json.loads((HERE / "decisions" / f"{r['key']}.json").read_text(encoding="utf-8"))
        lang = r["lang"]
        tag = (d.get("buyer") or {}).get("language")
        if tag and tag.split("-")[0] != lang:
            err(f"{r['id']}: lang {lang} != buyer tag {tag}")
        check_good(r, dec, lang)
        disp = f"disputes/{r['key']}.json"
        common = {"dispute": disp, "remedy": remedy, "buyer_language": lang, "good_id": r["id"]}
        rows.append({"id": r["id"], "dispute": disp, "label": "good", "defect": None, "message": r["text"],
                     "note": "good reply, written by hand", "remedy": remedy, "buyer_language": lang,
                     "language": lang, "good_id": r["id"]})
        seen_ids.add(r["id"])
        for defect, op, a, b, note in r["bads"]:
            if defect not in DEFECTS:
                err(f"{r['id']}: unknown defect {defect}")
            if defect == "amount_over_cap" and remedy != "propose_partial_or_return":
                err(f"{r['id']}: amount_over_cap outside propose_partial_or_return")
            try:
                msg = apply(r["text"], op, a, b)
            except ValueError as e:
                err(f"{r['id']}-{defect}: {e}")
                continue
            if msg == r["text"]:
                err(f"{r['id']}-{defect}: edit changed nothing")
            planted = b if op != "del" else a
            key = planted.strip()
            if op != "del" and defect != "wrong_language":
                if key in seen_edits:
                    err(f"{r['id']}-{defect}: planted text reused from {seen_edits[key]}")
                seen_edits[key] = f"{r['id']}-{defect}"
            language = lang
            if defect == "wrong_language":
                language = a
                if a == lang:
                    err(f"{r['id']}: wrong_language in buyer's own language")
            if defect == "placeholder" and not re.search(r"[\[\]{}<>%]|XXX|【", msg):
                err(f"{r['id']}-placeholder: no placeholder token")
            if defect == "shouting" and "!!!" not in msg:
                err(f"{r['id']}-shouting: no !!!")
            bid = f"{r['id']}-{defect}"
            k = 2
            while bid in seen_ids:
                bid = f"{r['id']}-{defect}-{k}"
                k += 1
            seen_ids.add(bid)
            rows.append({"id": bid, "dispute": disp, "label": "bad", "defect": defect, "message": msg,
                         "note": note, "remedy": remedy, "buyer_language": lang, "language": language,
                         "good_id": r["id"]})
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    out = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")
    sha = hashlib.sha256(out).hexdigest()
    target, frozen = ROOT / "labelled.jsonl", HERE / "frozen.sha256"
    if frozen.exists():
        want = frozen.read_text().split()[0]
        if sha != want:
            print(f"REFUSING: labelled.jsonl is frozen at {want}, new content is {sha}")
            sys.exit(2)
    target.write_bytes(out)
    if "--freeze" in sys.argv and not frozen.exists():
        frozen.write_text(f"{sha}  labelled.jsonl\n")
    report(rows, sha)


def report(rows, sha):
    good = [r for r in rows if r["label"] == "good"]
    bad = [r for r in rows if r["label"] == "bad"]
    print(f"{len(rows)} rows: {len(good)} good, {len(bad)} bad; sha256 {sha}")
    print("defects:", dict(sorted(collections.Counter(r["defect"] for r in bad).items())))
    langs = collections.defaultdict(lambda: [set(), 0, 0])
    rem = collections.defaultdict(lambda: [set(), 0, 0])
    for r in rows:
        for tab, k in ((langs, r["buyer_language"]), (rem, r["remedy"])):
            tab[k][0].add(r["dispute"])
            tab[k][1 if r["label"] == "good" else 2] += 1
    print("language: disputes good bad")
    for k, (d, g, b) in sorted(langs.items()):
        print(f"  {k} {len(d)} {g} {b}")
    print("remedy: disputes good bad")
    for k, (d, g, b) in sorted(rem.items()):
        print(f"  {k} {len(d)} {g} {b}")


if __name__ == "__main__":
    main()
