"""Build the eleventh set: write disputes/, run `disputedraft decide` on each, check the remedy,
build labelled.jsonl from the hand-written replies and sanity-check our own labels with plain
string checks. No checker is imported or run.

  .venv/bin/python evals/checker/eleventh/tools/build.py            # build + verify (refuses to change a frozen file)
  .venv/bin/python evals/checker/eleventh/tools/build.py --freeze   # also write tools/frozen.sha256
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
SET = TOOLS.parent
ROOT = SET.parents[2]
sys.path.insert(0, str(TOOLS))
from disputes_data import DISPUTES  # noqa: E402
from replies_a import GOODS_A  # noqa: E402
from replies_b import GOODS_B  # noqa: E402

DECIDE = [str(ROOT / ".venv/bin/disputedraft"), "decide"]
CJK = {"ja", "zh"}
errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def write_disputes() -> dict[str, dict]:
    (SET / "disputes").mkdir(exist_ok=True)
    (TOOLS / "decisions").mkdir(exist_ok=True)
    decisions = {}
    for key, (remedy, variant, d) in DISPUTES.items():
        path = SET / "disputes" / f"{key}.json"
        path.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        r = subprocess.run([*DECIDE, str(path)], capture_output=True, text=True)
        if r.returncode != 0:
            err(f"{key}: decide exit {r.returncode}: {r.stderr[:200]}")
            continue
        dec = json.loads(r.stdout)
        if dec["remedy"] != remedy or dec["variant"] != variant:
            err(f"{key}: decided {dec['remedy']}/{dec['variant']}, intended {remedy}/{variant}")
        if not key.split("_", 2)[2] == remedy:
            err(f"{key}: file name does not carry the remedy")
        (TOOLS / "decisions" / f"{key}.json").write_text(json.dumps(dec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        decisions[key] = dec
    return decisions


def buyer_lang(key: str) -> str:
    return key.split("_")[1]


def fact_strings(dec: dict) -> list[str]:
    f = dec["facts"]
    out = [f.get(k) for k in ("order_id", "tracking_number", "reship_tracking_number", "return_tracking_number", "return_address", "signature")]
    out += list(f["items"]) + list(f["dates"])
    for pt in dec["required_points"]:
        out += list(pt["mention"].values())
    return sorted({s for s in out if s}, key=len, reverse=True)


def allowed_numbers(dec: dict) -> set[str]:
    f = dec["facts"]
    nums: set[str] = set()
    for s in fact_strings(dec):
        if s in f["dates"]:
            continue  # a date is allowed whole, not as loose day/month numbers
        nums |= set(re.findall(r"\d+(?:[.,]\d+)?", s))
    for v in [f["order_total"], *f["item_prices"], f["partial_refund_cap"]]:
        if v is None:
            continue
        d = Decimal(v)
        nums |= {str(d), f"{d:.2f}", f"{d:.0f}" if d == d.to_integral() else f"{d:.2f}", f"{d:.2f}".replace(".", ",")}
    nums.add(str(f["protection_extension_days"]))
    return nums


def stray_numbers(text: str, dec: dict) -> list[str]:
    t = text
    for s in fact_strings(dec):
        t = t.replace(s, " ")
    t = re.sub(r"(?m)^\s*[12]\)", " ", t)  # list markers 1) 2)
    found = re.findall(r"\d+(?:[.,]\d+)?", t)
    ok = allowed_numbers(dec)
    return [n for n in found if n not in ok]


def words(text: str, lang: str) -> int:
    if lang in CJK:
        return len(re.sub(r"\s", "", text)) // 2  # ~2 characters per word
    return len(text.split())


def greets(text: str, name: str) -> bool:
    head = text.strip().splitlines()[0]
    return any(part[:4] in head for part in name.split())


def apply(good: str, edit: tuple) -> tuple[str, str, str | None]:
    """-> (defect, message, language override)"""
    kind = edit[0]
    if kind == "W":
        return "wrong_language", edit[2], edit[1]
    defect, old = edit[1], edit[2]
    n = good.count(old)
    if n != 1:
        raise ValueError(f"anchor occurs {n} times: {old[:60]!r}")
    if kind == "R":
        return defect, good.replace(old, edit[3]), None
    if kind == "I":
        return defect, good.replace(old, old + edit[3]), None
    if kind == "D":
        return defect, good.replace(old, ""), None
    raise ValueError(kind)


DEFECTS = {"refund_promise", "off_platform_contact", "invented_tracking_number", "invented_amount_or_date",
           "wrong_language", "placeholder", "blame", "missing_required_point", "amount_over_cap",
           "feedback_request", "internal_note", "shouting"}


def build_rows(decisions: dict[str, dict]) -> list[dict]:
    rows = []
    for gid, (key, good, edits) in {**GOODS_A, **GOODS_B}.items():
        dec = decisions[key]
        lang = buyer_lang(key)
        base = {"dispute": f"disputes/{key}.json", "remedy": dec["remedy"], "buyer_language": lang, "good_id": gid}
        # --- good reply checks
        sig = dec["facts"]["signature"]
        if not good.rstrip().endswith(sig):
            err(f"{gid}: does not end with signature {sig!r}")
        for pt in dec["required_points"]:
            for m, v in pt["mention"].items():
                if v not in good:
                    err(f"{gid}: mention {m}={v!r} not quoted")
        if not greets(good, dec["facts"]["buyer_name"]):
            err(f"{gid}: does not greet {dec['facts']['buyer_name']}")
        if s := stray_numbers(good, dec):
            err(f"{gid}: numbers not in the facts: {s}")
        w = words(good, lang)
        if not 40 <= w <= 200:
            err(f"{gid}: {w} words")
        for bad in ("[", "]", "{", "}", "<", ">", "XXX", "!!", "@", "http", "www.", "〇〇"):
            if bad in good:
                err(f"{gid}: contains {bad!r}")
        rows.append({"id": gid, **base, "label": "good", "defect": None, "message": good,
                     "note": "hand-written good reply", "language": lang})
        # --- bad variants
        seen: dict[str, int] = {}
        for e in edits:
            try:
                defect, msg, lang_over = apply(good, e)
            except ValueError as ex:
                err(f"{gid}: {ex}")
                continue
            if defect not in DEFECTS:
                err(f"{gid}: unknown defect {defect}")
            if msg == good:
                err(f"{gid}-{defect}: edit changes nothing")
            if defect == "amount_over_cap" and dec["remedy"] != "propose_partial_or_return":
                err(f"{gid}: amount_over_cap outside propose_partial_or_return")
            if defect == "wrong_language":
                if lang_over == lang:
                    err(f"{gid}: wrong_language in the buyer's language")
                if not msg.rstrip().endswith(sig):
                    err(f"{gid}: wrong_language lost the signature")
            new_nums = set(stray_numbers(msg, dec)) - set(stray_numbers(good, dec))
            if defect in {"invented_amount_or_date", "invented_tracking_number"} and not new_nums:
                err(f"{gid}-{defect}: no new number planted")
            if defect not in {"invented_amount_or_date", "invented_tracking_number", "amount_over_cap", "off_platform_contact", "wrong_language"} and new_nums:
                err(f"{gid}-{defect}: edit adds a non-fact number {new_nums} (would be a second defect)")
            if defect == "shouting" and not re.search(r"[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯĀ-Ž]{4,}.*!!!", msg):
                err(f"{gid}-shouting: no caps + !!!")
            seen[defect] = seen.get(defect, 0) + 1
            rid = f"{gid}-{defect}" + (f"-{seen[defect]}" if seen[defect] > 1 else "")
            note = e[3] if e[0] == "W" else (e[4] if e[0] in "RI" else e[3])
            rows.append({"id": rid, **base, "label": "bad", "defect": defect, "message": msg,
                         "note": note, "language": lang_over or lang})
    return rows


def main() -> int:
    decisions = write_disputes()
    rows = build_rows(decisions) if not errors else []
    order = ["id", "dispute", "label", "defect", "message", "note", "remedy", "buyer_language", "language", "good_id"]
    text = "".join(json.dumps({k: r[k] for k in order}, ensure_ascii=False) + "\n" for r in rows)
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problems; labelled.jsonl not written")
        return 1
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    out = SET / "labelled.jsonl"
    frozen = TOOLS / "frozen.sha256"
    if frozen.exists():
        want = frozen.read_text().split()[0]
        if sha != want:
            print(f"REFUSING: labelled.jsonl is frozen at {want}; this build gives {sha}")
            return 2
    out.write_text(text, encoding="utf-8")
    if "--freeze" in sys.argv and not frozen.exists():
        frozen.write_text(f"{sha}  labelled.jsonl\n")
    good = sum(r["label"] == "good" for r in rows)
    print(f"{len(rows)} rows: {good} good, {len(rows) - good} bad; sha256 {sha}")
    from collections import Counter
    print(sorted(Counter(r["defect"] for r in rows if r["defect"]).items()))
    print(sorted(Counter(r["buyer_language"] for r in rows).items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
