"""Build the ninth labelled set: write disputes/, run `disputedraft decide`, check the remedy,
build labelled.jsonl from the hand-written replies and sanity-check the labels with plain
string checks. The checker is never imported or run.

    .venv/bin/python evals/checker/ninth/tools/build.py
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ROOT = SET.parents[2]
sys.path.insert(0, str(HERE))

from disputes_data import DISPUTES  # noqa: E402
from replies_bad import BADS  # noqa: E402
from replies_good import GOODS  # noqa: E402

DEFECTS = {"refund_promise", "off_platform_contact", "invented_tracking_number", "invented_amount_or_date",
           "wrong_language", "placeholder", "blame", "missing_required_point", "amount_over_cap",
           "feedback_request", "internal_note", "shouting"}
CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
NUM = re.compile(r"\d+(?:[.,]\d+)?")
errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def words(text: str) -> float:
    cjk = len(CJK.findall(text))
    return len(CJK.sub(" ", text).split()) + cjk / 2


def fact_blob(d: dict, dec: dict) -> str:
    f = dec["facts"]
    parts = [f.get("order_id"), f.get("tracking_number"), f.get("reship_tracking_number"),
             f.get("return_tracking_number"), f.get("return_address"), str(f.get("protection_extension_days")),
             f.get("order_total"), f.get("partial_refund_cap"), *(f.get("item_prices") or []), *(f.get("dates") or [])]
    for p in dec["required_points"]:
        parts.extend(p["mention"].values())
    return " | ".join(str(p) for p in parts if p)


def new_numbers(text: str, blob: str) -> list[str]:
    known = set(NUM.findall(blob))
    return [n for n in NUM.findall(text) if n not in known]


def apply(text: str, edit: tuple) -> str | None:
    kind = edit[0]
    if kind == "full":
        return edit[2]
    target = edit[1]
    if text.count(target) != 1:
        return None
    if kind == "ins":
        return text.replace(target, target + edit[2])
    if kind == "rep":
        return text.replace(target, edit[2])
    if kind == "del":
        return text.replace(target, "")
    raise ValueError(kind)


def main() -> int:
    (SET / "disputes").mkdir(exist_ok=True)
    (HERE / "decisions").mkdir(exist_ok=True)
    decisions, langs, blobs = {}, {}, {}
    for stem, (remedy, lang, d) in DISPUTES.items():
        path = SET / "disputes" / f"{stem}.json"
        path.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        r = subprocess.run([str(ROOT / ".venv/bin/disputedraft"), "decide", str(path)], capture_output=True, text=True)
        if r.returncode != 0:
            err(f"{stem}: decide exit {r.returncode}: {r.stderr[:200]}")
            continue
        dec = json.loads(r.stdout)
        if dec["remedy"] != remedy:
            err(f"{stem}: remedy {dec['remedy']} != intended {remedy}")
        if not stem.startswith(f"{stem[:3]}_{lang}_"):
            err(f"{stem}: file name language != {lang}")
        (HERE / "decisions" / f"{stem}.json").write_text(json.dumps(dec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        decisions[stem], langs[stem], blobs[stem] = dec, lang, fact_blob(d, dec)

    rows = []
    for gid, (stem, names, text) in GOODS.items():
        dec, lang = decisions[stem], langs[stem]
        sig = dec["facts"]["signature"]
        for p in dec["required_points"]:
            for k, v in p["mention"].items():
                if v not in text:
                    err(f"{gid}: mention {k}={v!r} not quoted")
        if not text.rstrip().endswith(sig):
            err(f"{gid}: does not end with signature {sig!r}")
        if not any(n in text.split("\n")[0] for n in names):
            err(f"{gid}: greeting line lacks the buyer's name")
        if nn := new_numbers(text, blobs[stem]):
            err(f"{gid}: numbers not in the dispute's facts: {nn}")
        for bad in ("[", "]", "{", "}", "<", ">", "XXX", "!!", "@", "http", "www.", "%"):
            if bad in text:
                err(f"{gid}: contains {bad!r}")
        w = words(text)
        if not 40 <= w <= 200:
            err(f"{gid}: {w} words")
        rows.append({"id": gid, "dispute": f"disputes/{stem}.json", "label": "good", "defect": None, "message": text,
                     "note": "hand-written good reply", "remedy": dec["remedy"], "buyer_language": lang,
                     "language": lang, "good_id": gid})

    seen = Counter()
    for gid, defect, edit, note in BADS:
        stem, names, good = GOODS[gid]
        dec, lang = decisions[stem], langs[stem]
        sig = dec["facts"]["signature"]
        if defect not in DEFECTS:
            err(f"{gid}: unknown defect {defect}")
        seen[(gid, defect)] += 1
        rid = f"{gid}-{defect}" + ("" if seen[(gid, defect)] == 1 else f"-{seen[(gid, defect)]}")
        msg = apply(good, edit)
        if msg is None:
            err(f"{rid}: edit target not found exactly once")
            continue
        if msg == good:
            err(f"{rid}: no change")
        if not msg.rstrip().endswith(sig):
            err(f"{rid}: does not end with signature")
        row_lang = lang
        added = msg
        if edit[0] in ("ins", "rep"):
            added = edit[2]
        if defect == "wrong_language":
            if edit[0] != "full" or edit[1] == lang:
                err(f"{rid}: wrong_language must be a full rewrite in another language")
            row_lang = edit[1]
        elif edit[0] == "full":
            err(f"{rid}: full rewrite only for wrong_language")
        if defect == "amount_over_cap" and dec["remedy"] != "propose_partial_or_return":
            err(f"{rid}: amount_over_cap outside propose_partial_or_return")
        if defect == "missing_required_point" and edit[0] != "del":
            err(f"{rid}: missing_required_point must be a deletion")
        if defect in ("invented_tracking_number", "invented_amount_or_date") and not new_numbers(added, blobs[stem]):
            err(f"{rid}: no new number planted")
        if defect == "amount_over_cap" and not (new_numbers(added, blobs[stem]) or re.search(r"half|metade|helft|jumătate|integral", added)):
            err(f"{rid}: no over-cap amount visible")
        if defect == "placeholder" and not re.search(r"[\[{<%]", added):
            err(f"{rid}: no placeholder token")
        if defect == "shouting" and not ("!!!" in added and re.search(r"[A-ZÀ-ÝĄ-ŽА-ЯΑ-Ω]{4,}\W+[A-ZÀ-ÝĄ-ŽА-ЯΑ-Ω]{2,}", added)):
            err(f"{rid}: no caps+!!! sentence")
        if defect not in ("invented_tracking_number", "invented_amount_or_date", "amount_over_cap") and edit[0] != "full":
            if nn := new_numbers(added if edit[0] != "del" else "", blobs[stem]):
                if defect not in ("off_platform_contact",):
                    err(f"{rid}: unintended new number {nn}")
        rows.append({"id": rid, "dispute": f"disputes/{stem}.json", "label": "bad", "defect": defect, "message": msg,
                     "note": note, "remedy": dec["remedy"], "buyer_language": lang, "language": row_lang, "good_id": gid})

    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    if errors:
        print("\n".join(errors))
        return 1

    content = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    sha = hashlib.sha256(content).hexdigest()
    frozen = HERE / "frozen.sha256"
    out = SET / "labelled.jsonl"
    if frozen.exists():
        want = frozen.read_text().split()[0]
        if sha != want:
            print(f"REFUSING: labelled.jsonl is frozen at {want}; rebuilt content is {sha}")
            return 2
    out.write_bytes(content)
    good = [r for r in rows if r["label"] == "good"]
    bad = [r for r in rows if r["label"] == "bad"]
    print(f"{len(rows)} rows: {len(good)} good, {len(bad)} bad, {len(DISPUTES)} disputes, sha256 {sha}")
    print("defects:", dict(sorted(Counter(r["defect"] for r in bad).items())))
    print("languages (disputes/good/bad):")
    for lg in sorted(set(langs.values())):
        print(f"  {lg}: {sum(1 for v in langs.values() if v == lg)} / {sum(1 for r in good if r['buyer_language'] == lg)} / {sum(1 for r in bad if r['buyer_language'] == lg)}")
    print("remedies (disputes/good/bad):")
    for rm in sorted({v[0] for v in DISPUTES.values()}):
        print(f"  {rm}: {sum(1 for v in DISPUTES.values() if v[0] == rm)} / {sum(1 for r in good if r['remedy'] == rm)} / {sum(1 for r in bad if r['remedy'] == rm)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
