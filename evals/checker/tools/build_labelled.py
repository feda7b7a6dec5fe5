"""Build ../labelled.jsonl from replies_data.py and sanity-check our own labels.

The sanity checks here are ours (written from the handbook, independent of the project's checker):
they only make sure every GOOD reply quotes the decision's `mention` facts verbatim, signs with
the decision's signature, greets the buyer, uses no number that is not a known fact, and carries
none of the obvious defect markers; and that every BAD reply really differs from its good one.
Decisions are read from tools/decisions/ (written by write_disputes.py).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from replies_data import BAD, GOOD  # noqa: E402

DEFECTS = {"refund_promise", "off_platform_contact", "invented_tracking_number", "invented_amount_or_date",
           "wrong_language", "placeholder", "blame", "missing_required_point", "amount_over_cap",
           "feedback_request", "internal_note", "shouting"}


def decision(stem: str) -> dict:
    return json.loads((HERE / "decisions" / f"{stem}.json").read_text(encoding="utf-8"))


def dispute(stem: str) -> dict:
    return json.loads((ROOT / "disputes" / f"{stem}.json").read_text(encoding="utf-8"))


def allowed_numbers(dec: dict) -> set[str]:
    f = dec["facts"]
    texts = [f.get("order_id"), f.get("tracking_number"), f.get("reship_tracking_number"),
             f.get("return_tracking_number"), f.get("return_address"), str(f.get("protection_extension_days")),
             f.get("partial_refund_cap"), f.get("order_total"), *map(str, f.get("item_prices", [])),
             *f.get("items", []), *f.get("dates", []), f.get("signature"), f.get("store_name")]
    nums: set[str] = set()
    for t in texts:
        if t:
            nums.update(re.findall(r"\d+(?:[.,]\d+)?", str(t)))
    return nums


def lint_good(gid: str, stem: str, text: str) -> list[str]:
    dec = decision(stem)
    problems = []
    for point in dec["required_points"]:
        for fact, value in point["mention"].items():
            if value not in text:
                problems.append(f"missing mention {point['id']}.{fact}={value!r}")
    sig = dec["facts"]["signature"]
    if not text.rstrip().endswith(sig):
        problems.append(f"not signed with {sig!r}")
    name = dec["facts"]["buyer_name"] or ""
    first = text.split("\n")[0]
    # Polish/Czech vocatives (Katarzyna -> Katarzyno) keep the first letters of the name.
    if not any(part in first or part[:5] in first for part in name.split()):
        problems.append(f"greeting lacks buyer name {name!r}")
    allowed = allowed_numbers(dec)
    for num in re.findall(r"\d+(?:[.,]\d+)?", text):
        if num not in allowed and not re.search(rf"(^|\n){re.escape(num)}\)", text):
            problems.append(f"number {num!r} not a known fact")
    if re.search(r"[\[\]{}<>]|XXX|!!|@|https?://|www\.|\.com\b", text):
        problems.append("defect marker ([]{}<>, XXX, !!, @, link)")
    words = len(text.split())
    if not 40 <= words <= 200:
        problems.append(f"{words} words")
    if dec["remedy"] == "propose_partial_or_return":
        cap = dec["facts"]["partial_refund_cap"]
        for amount in re.findall(r"\d+\.\d{2}", text):
            if float(amount) > float(cap):
                problems.append(f"amount {amount} over cap {cap}")
    return problems


def apply_change(text: str, change: object) -> tuple[str, str | None]:
    if isinstance(change, tuple) and change[0] == "FULL":
        return change[2], change[1]
    out = text
    for old, new in change:  # type: ignore[union-attr]
        n = out.count(old)
        if n != 1:
            raise ValueError(f"{old!r} occurs {n} times")
        out = out.replace(old, new)
    return out, None


def main() -> int:
    rows = []
    errors = 0
    goods_by_stem: dict[str, list[str]] = {}
    for gid, (stem, lang, text) in GOOD.items():
        goods_by_stem.setdefault(stem, []).append(gid)
        for p in lint_good(gid, stem, text):
            print(f"GOOD {gid}: {p}")
            errors += 1
    bad_by_good: dict[str, list] = {}
    seen = set()
    for gid, defect, note, change in BAD:
        assert defect in DEFECTS, defect
        bid = f"{gid}-{defect}"
        assert bid not in seen, bid
        seen.add(bid)
        bad_by_good.setdefault(gid, []).append((bid, defect, note, change))
    order = sorted(GOOD, key=lambda g: (GOOD[g][0], g))
    for gid in order:
        stem, lang, text = GOOD[gid]
        dec = decision(stem)
        base = {"dispute": f"disputes/{stem}.json", "remedy": dec["remedy"]}
        rows.append({"id": gid, **base, "label": "good", "defect": None, "language": lang, "message": text,
                     "note": "clean reply covering every required point"})
        for bid, defect, note, change in bad_by_good.get(gid, []):
            try:
                msg, wrong_lang = apply_change(text, change)
            except ValueError as exc:
                print(f"BAD {bid}: {exc}")
                errors += 1
                continue
            if msg == text:
                print(f"BAD {bid}: identical to good")
                errors += 1
            if defect == "amount_over_cap" and dec["remedy"] != "propose_partial_or_return":
                print(f"BAD {bid}: amount_over_cap outside propose_partial_or_return")
                errors += 1
            if defect == "wrong_language" and wrong_lang == lang:
                print(f"BAD {bid}: wrong_language in the buyer's language")
                errors += 1
            lost = [v for pt in dec["required_points"] for v in pt["mention"].values() if v not in msg]
            if lost and defect not in ("missing_required_point", "wrong_language"):
                note += f" (side effect: required mention {', '.join(lost)} no longer quoted)"
            rows.append({"id": bid, **base, "label": "bad", "defect": defect,
                         "language": wrong_lang or lang, "buyer_language": lang, "good_id": gid,
                         "message": msg, "note": note})
    for r in rows:
        r.setdefault("buyer_language", r["language"])
        r.setdefault("good_id", r["id"])
    keys = ["id", "dispute", "label", "defect", "message", "note", "remedy", "buyer_language", "language", "good_id"]
    with (ROOT / "labelled.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows; {errors} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
