"""Build the fifteenth labelled set: disputes/, decisions, labelled.jsonl, with plain sanity checks.

Run: .venv/bin/python evals/checker/fifteenth/tools/build.py
No checker is imported or run here; only `disputedraft decide`.
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
REPO = SET.parents[2]
sys.path.insert(0, str(HERE))

from disputes_data import DISPUTES  # noqa: E402

PY = REPO / ".venv" / "bin" / "python"
DEFECTS = {"refund_promise", "off_platform_contact", "invented_tracking_number", "invented_amount_or_date",
           "wrong_language", "placeholder", "blame", "missing_required_point", "amount_over_cap",
           "feedback_request", "internal_note", "shouting"}


def fail(msg: str) -> None:
    print("FAIL:", msg)
    sys.exit(1)


def write_disputes() -> dict[str, dict]:
    out = {}
    (HERE / "decisions").mkdir(exist_ok=True)
    for key, lang, remedy, d in DISPUTES:
        path = SET / "disputes" / f"{key}_{lang}_{remedy}.json"
        path.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        r = subprocess.run([str(PY), "-m", "disputedraft", "decide", str(path)], capture_output=True, text=True, cwd=REPO)
        if r.returncode != 0:
            fail(f"decide {path.name}: exit {r.returncode}: {r.stderr[-400:]}")
        dec = json.loads(r.stdout)
        if dec["remedy"] != remedy:
            fail(f"{key}: decided {dec['remedy']}, wanted {remedy}")
        (HERE / "decisions" / f"{key}.json").write_text(json.dumps(dec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        out[key] = {"path": f"disputes/{path.name}", "decision": dec, "lang": lang, "remedy": remedy, "dispute": d}
    return out


# Greetings that use an inflected or partial form of the buyer's name (vocatives, surname + honorific).
GREETING_ALIAS = {"r07a": "Pani Magdaleno", "r08a": "Андрей", "r12b": "佐藤様", "r16a": "paní Nováková",
                  "r17a": "пані Олено", "r20a": "κύριε Παπαδόπουλε"}
CJK = {"ja", "zh"}
BAD_MARKS = re.compile(r"[\[\]{}<>]|XXX|!!|@|https?://|www\.")


def primary(tag: str) -> str:
    return re.split(r"[-_]", tag)[0].lower()


def allowed_digit_runs(dec: dict) -> set[str]:
    f = dec["facts"]
    vals = [f["order_id"], f["tracking_number"], f["reship_tracking_number"], f["return_tracking_number"],
            f["return_address"], f["order_total"], f["partial_refund_cap"], str(f["protection_extension_days"]),
            *f["item_prices"], *f["dates"], *f["items"]]
    for p in dec["required_points"]:
        vals.extend(p["mention"].values())
    runs = set()
    for v in vals:
        if v is None:
            continue
        v = str(v)
        runs.update(re.findall(r"\d+", v))
        try:  # 68.0 -> also 68.00
            runs.update(re.findall(r"\d+", f"{Decimal(v):.2f}"))
        except Exception:
            pass
    return runs


def word_count(text: str, lang: str) -> float:
    if lang in CJK:
        return len(re.sub(r"\s", "", text)) / 2
    return len(text.split())


def check_good(g: dict, dis: dict) -> list[str]:
    errs = []
    dec, text = dis["decision"], g["text"]
    for p in dec["required_points"]:
        for k, v in p["mention"].items():
            if v not in text:
                errs.append(f"mention {k}={v!r} not quoted")
    sig = dec["facts"]["signature"]
    if not text.rstrip().endswith(sig):
        errs.append(f"does not end with signature {sig!r}")
    name = dec["facts"]["buyer_name"]
    first_line = text.splitlines()[0]
    alias = GREETING_ALIAS.get(g["id"])
    if name not in first_line and not (alias and alias in first_line):
        errs.append(f"greeting lacks buyer name: {first_line!r}")
    allowed = allowed_digit_runs(dec)
    for run in re.findall(r"\d+", text):
        if run not in allowed:
            errs.append(f"stray number {run}")
    if BAD_MARKS.search(text):
        errs.append(f"bad mark {BAD_MARKS.search(text).group(0)!r}")
    wc = word_count(text, g["language"])
    if not 40 <= wc <= 200:
        errs.append(f"word count {wc}")
    if g["language"] != primary(dis["lang"]):
        errs.append("good reply language differs from the dispute's")
    return errs


def build_rows(disputes: dict) -> list[dict]:
    from replies_data import GOODS

    rows, errors, seen_ids, seen_edits = [], [], set(), {}
    for g in GOODS:
        dis = disputes[g["dispute"]]
        dec = dis["decision"]
        blang = primary(dis["lang"])
        errs = check_good(g, dis)
        errors += [f"{g['id']}: {e}" for e in errs]
        base = {"dispute": dis["path"], "remedy": dec["remedy"], "buyer_language": blang}
        rows.append({"id": g["id"], **base, "label": "good", "defect": None, "message": g["text"],
                     "note": "hand-written good reply", "language": blang, "good_id": g["id"]})
        per_defect: dict[str, int] = {}
        for defect, old, new, note in g["bads"]:
            if defect not in DEFECTS:
                errors.append(f"{g['id']}: unknown defect {defect}")
            per_defect[defect] = per_defect.get(defect, 0) + 1
            rid = f"{g['id']}-{defect}" + (f"-{per_defect[defect]}" if per_defect[defect] > 1 else "")
            lang = blang
            if defect == "wrong_language":
                lang = note.split(":", 1)[1]
                msg = new.strip("\n")
                note = f"whole reply translated into {lang}; store signature kept as configured"
                if lang == blang:
                    errors.append(f"{rid}: wrong_language in the buyer's language")
                edit_key = msg
            else:
                n = g["text"].count(old)
                if n != 1:
                    errors.append(f"{rid}: anchor occurs {n} times: {old[:50]!r}")
                    continue
                msg = g["text"].replace(old, new)
                # the planted text: what `new` adds beyond `old` (or the deleted text)
                edit_key = new.replace(old, "") if old in new else (new or "DEL:" + old)
            if msg == g["text"]:
                errors.append(f"{rid}: edit changes nothing")
            if defect == "amount_over_cap" and dec["remedy"] != "propose_partial_or_return":
                errors.append(f"{rid}: amount_over_cap outside propose_partial_or_return")
            if not msg.rstrip().endswith(dec["facts"]["signature"]):
                errors.append(f"{rid}: signature lost")
            if edit_key in seen_edits:
                errors.append(f"{rid}: planted text reused from {seen_edits[edit_key]}")
            seen_edits[edit_key] = rid
            if rid in seen_ids:
                errors.append(f"duplicate id {rid}")
            seen_ids.add(rid)
            rows.append({"id": rid, **base, "label": "bad", "defect": defect, "message": msg, "note": note,
                         "language": lang, "good_id": g["id"]})
    if errors:
        for e in errors:
            print("ERROR", e)
        fail(f"{len(errors)} label sanity errors")
    order = ["id", "dispute", "label", "defect", "message", "note", "remedy", "buyer_language", "language", "good_id"]
    return [{k: r[k] for k in order} for r in rows]


def counts(rows: list[dict]) -> None:
    from collections import Counter
    good = [r for r in rows if r["label"] == "good"]
    bad = [r for r in rows if r["label"] == "bad"]
    print(f"rows {len(rows)}: good {len(good)}, bad {len(bad)}, disputes {len({r['dispute'] for r in rows})}")
    print("bad per defect:", dict(sorted(Counter(r["defect"] for r in bad).items())))
    langs = sorted({r["buyer_language"] for r in rows})
    print("per buyer language (disputes/good/bad):")
    for l in langs:
        rs = [r for r in rows if r["buyer_language"] == l]
        print(f"  {l}: {len({r['dispute'] for r in rs})}/{sum(r['label']=='good' for r in rs)}/{sum(r['label']=='bad' for r in rs)}")
    print("per remedy (disputes/good/bad):")
    for m in sorted({r["remedy"] for r in rows}):
        rs = [r for r in rows if r["remedy"] == m]
        print(f"  {m}: {len({r['dispute'] for r in rs})}/{sum(r['label']=='good' for r in rs)}/{sum(r['label']=='bad' for r in rs)}")
    print("wrong_language targets:", dict(Counter(r["language"] for r in bad if r["defect"] == "wrong_language")))


def main() -> None:
    disputes = write_disputes()
    rows = build_rows(disputes)
    content = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    sha = hashlib.sha256(content.encode("utf-8")).hexdigest()
    out = SET / "labelled.jsonl"
    frozen = HERE / "frozen.sha256"
    if frozen.exists():
        want = frozen.read_text().split()[0]
        if sha != want:
            fail(f"labelled.jsonl is frozen at {want}; refusing to write different content ({sha})")
    out.write_text(content, encoding="utf-8")
    counts(rows)
    print("sha256", sha)
    if "--freeze" in sys.argv and not frozen.exists():
        frozen.write_text(f"{sha}  labelled.jsonl\n")
        print("frozen")


if __name__ == "__main__" and "--disputes-only" in sys.argv:
    for k, v in write_disputes().items():
        dec = v["decision"]
        print(k, dec["remedy"], dec["variant"], "|", dec["facts"]["signature"], "|",
              {p["id"]: p["mention"] for p in dec["required_points"]},
              "| ev:", dec["facts"]["evidence_requested"])
    sys.exit(0)

if __name__ == "__main__":
    main()
