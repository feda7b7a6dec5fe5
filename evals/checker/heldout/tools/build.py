"""Build the held-out set: writes ../disputes/*.json and ../labelled.jsonl from data.py and
sanity-checks the labels WITHOUT using the checker (only `disputedraft decide` is run).

    .venv/bin/python evals/checker/heldout/tools/build.py [--redecide]

Decisions are cached in tools/decisions/ (one `decide` call at a time, only when missing or
when --redecide is given).
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
HERE = TOOLS.parent
REPO = HERE.parents[2]
sys.path.insert(0, str(TOOLS))

import data  # noqa: E402
import replies  # noqa: E402

DEFECTS = {"refund_promise", "off_platform_contact", "invented_tracking_number", "invented_amount_or_date",
           "wrong_language", "placeholder", "blame", "missing_required_point", "amount_over_cap",
           "feedback_request", "internal_note", "shouting"}

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def write_disputes(redecide: bool) -> dict[str, dict]:
    (HERE / "disputes").mkdir(exist_ok=True)
    (TOOLS / "decisions").mkdir(exist_ok=True)
    decisions = {}
    for name, (remedy, _lang, dispute) in data.DISPUTES.items():
        path = HERE / "disputes" / f"{name}.json"
        text = json.dumps(dispute, ensure_ascii=False, indent=2) + "\n"
        changed = not path.exists() or path.read_text(encoding="utf-8") != text
        path.write_text(text, encoding="utf-8")
        cache = TOOLS / "decisions" / f"{name}.json"
        if redecide or changed or not cache.exists():
            p = subprocess.run([str(REPO / ".venv/bin/disputedraft"), "decide", str(path)],
                               capture_output=True, text=True, cwd=REPO)
            if p.returncode != 0:
                err(f"{name}: decide exit {p.returncode}: {p.stderr.strip()[:300]}")
                continue
            cache.write_text(p.stdout, encoding="utf-8")
        dec = json.loads(cache.read_text(encoding="utf-8"))
        if dec["remedy"] != remedy:
            err(f"{name}: decided {dec['remedy']}, intended {remedy}")
        if not name.split("_", 2)[2].startswith(remedy):
            err(f"{name}: file name does not carry remedy {remedy}")
        decisions[name] = dec
    return decisions


NUM = re.compile(r"\d+(?:[.,]\d+)*")


def fact_numbers(dec: dict, dispute: dict) -> set[str]:
    f = dec["facts"]
    texts = [f.get("order_id"), f.get("tracking_number"), f.get("reship_tracking_number"),
             f.get("return_tracking_number"), f.get("return_address"), f.get("order_total"),
             *f.get("items", []),
             *f.get("item_prices", []), *f.get("dates", [])]
    for p in dec["required_points"]:
        texts += [str(v) for v in p["mention"].values()]
    nums = set()
    for t in texts:
        if t:
            nums.update(NUM.findall(str(t)))
    # the cap and the protection days only count where the decision uses them (via `mention`)
    # amounts as written with two decimals (e.g. order total 79 -> 79.00)
    for t in list(nums):
        if re.fullmatch(r"\d+(\.\d)?", t):
            nums.add(f"{float(t):.2f}")
    return nums


def words(text: str) -> int:
    # CJK text has no spaces: count each CJK/Hangul run of 2 characters as a word
    n = len(re.findall(r"[^\s\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]+", text))
    n += len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", text)) // 2
    return n


def check_good(g: dict, dec: dict, dispute: dict) -> None:
    t, gid = g["text"], g["id"]
    sig = dec["facts"]["signature"]
    if not t.rstrip().endswith(sig):
        err(f"{gid}: does not end with signature {sig!r}")
    for p in dec["required_points"]:
        for k, v in p["mention"].items():
            if str(v) not in t:
                err(f"{gid}: mention {k}={v!r} not quoted verbatim")
    greet = g.get("greet") or dec["facts"]["buyer_name"]
    first = t.strip().splitlines()[0]
    if greet not in first:
        err(f"{gid}: first line {first!r} does not greet {greet!r}")
    allowed = fact_numbers(dec, dispute)
    for n in NUM.findall(t):
        if n not in allowed:
            err(f"{gid}: number {n!r} is not a fact of the dispute")
    if re.search(r"[\[\]{}<>]|XXX|!!|！！|@|https?://|www\.", t):
        err(f"{gid}: placeholder-like or link character")
    w = words(t)
    if not 40 <= w <= 200:
        err(f"{gid}: {w} words")


def apply_edit(good: str, b: dict) -> str:
    kind = b["op"]
    if kind == "full":
        return b["new"]
    old = b["old"]
    if good.count(old) != 1:
        err(f"{b['id']}: anchor occurs {good.count(old)} times: {old[:60]!r}")
        return good
    if kind == "rep":
        return good.replace(old, b["new"])
    if kind == "del":
        return good.replace(old, "")
    if kind == "after":
        return good.replace(old, old + b["new"])
    if kind == "before":
        return good.replace(old, b["new"] + old)
    err(f"{b['id']}: unknown op {kind}")
    return good


def main() -> int:
    decisions = write_disputes("--redecide" in sys.argv)
    goods = {}
    rows = []
    for g in replies.GOODS:
        name = g["dispute"]
        if name not in data.DISPUTES:
            err(f"{g['id']}: unknown dispute {name}")
            continue
        remedy, lang, dispute = data.DISPUTES[name]
        if g["id"] in goods:
            err(f"duplicate good id {g['id']}")
        goods[g["id"]] = g
        if name in decisions:
            check_good(g, decisions[name], dispute)
        rows.append({"id": g["id"], "dispute": f"disputes/{name}.json", "label": "good", "defect": None,
                     "message": g["text"], "note": g.get("note", "good reply"), "remedy": remedy,
                     "buyer_language": lang, "language": lang, "good_id": g["id"]})
    ids = set(goods)
    for b in replies.BADS:
        g = goods.get(b["good"])
        if g is None:
            err(f"bad for unknown good {b['good']}")
            continue
        remedy, lang, _ = data.DISPUTES[g["dispute"]]
        bid = f"{b['good']}-{b['defect']}" + (f"-{b['n']}" if b.get("n") else "")
        b["id"] = bid
        if bid in ids:
            err(f"duplicate id {bid}")
        ids.add(bid)
        if b["defect"] not in DEFECTS:
            err(f"{bid}: unknown defect")
        if b["defect"] == "amount_over_cap" and remedy != "propose_partial_or_return":
            err(f"{bid}: amount_over_cap outside propose_partial_or_return")
        rlang = b.get("lang", lang)
        if b["defect"] == "wrong_language":
            if b["op"] != "full" or rlang.split("-")[0] == lang.split("-")[0]:
                err(f"{bid}: wrong_language must be a full translation into another language")
        elif rlang != lang:
            err(f"{bid}: language differs but defect is not wrong_language")
        msg = apply_edit(g["text"], b)
        if msg == g["text"]:
            err(f"{bid}: identical to its good reply")
        rows.append({"id": bid, "dispute": f"disputes/{g['dispute']}.json", "label": "bad", "defect": b["defect"],
                     "message": msg, "note": b["note"], "remedy": remedy, "buyer_language": lang,
                     "language": rlang, "good_id": b["good"]})
    if len(set(r["message"] for r in rows)) != len(rows):
        err("duplicate messages")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s); labelled.jsonl NOT written")
        return 1
    with open(HERE / "labelled.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    good_n = sum(r["label"] == "good" for r in rows)
    print(f"{len(rows)} rows: {good_n} good, {len(rows) - good_n} bad, {len(data.DISPUTES)} disputes")
    print("per defect:", dict(sorted(Counter(r["defect"] for r in rows if r["defect"]).items())))
    langs = Counter()
    for r in rows:
        langs[(r["buyer_language"], r["label"])] += 1
    print("per buyer language (good/bad):",
          {l: (langs[(l, 'good')], langs[(l, 'bad')]) for l in sorted({k[0] for k in langs})})
    rem = Counter()
    for r in rows:
        rem[(r["remedy"], r["label"])] += 1
    print("per remedy (good/bad):", {m: (rem[(m, 'good')], rem[(m, 'bad')]) for m in sorted({k[0] for k in rem})})
    dl = Counter((r["defect"], r["buyer_language"]) for r in rows if r["defect"])
    for d in sorted(DEFECTS):
        print(f"  {d:26s}", " ".join(f"{l}:{n}" for (dd, l), n in sorted(dl.items()) if dd == d))
    return 0


if __name__ == "__main__":
    sys.exit(main())
