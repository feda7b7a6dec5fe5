"""Build the eighteenth labelled set: disputes/, labelled.jsonl, plain-string sanity checks, freeze.

Run from anywhere:  .venv/bin/python evals/checker/eighteenth/tools/build.py [--freeze]
No checker is imported or run; only `disputedraft decide` (the policy layer).
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
SET = TOOLS.parent
REPO = SET.parents[2]
sys.path.insert(0, str(TOOLS))

from disputes_src import DISPUTES  # noqa: E402
import replies_a, replies_b, replies_c  # noqa: E402,E401

DEFECTS = {"refund_promise", "off_platform_contact", "invented_tracking_number", "invented_amount_or_date",
           "wrong_language", "placeholder", "blame", "missing_required_point", "amount_over_cap",
           "feedback_request", "internal_note", "shouting"}
NUMERIC = {"invented_amount_or_date", "invented_tracking_number", "off_platform_contact", "amount_over_cap"}
CJK = {"ja", "zh"}
errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def decide(path: Path) -> dict:
    r = subprocess.run([str(REPO / ".venv/bin/disputedraft"), "decide", str(path)], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"decide failed on {path}: {r.stderr}")
    return json.loads(r.stdout)


def fact_strings(dec: dict) -> list[str]:
    f = dec["facts"]
    vals = [f.get(k) for k in ("order_id", "tracking_number", "reship_tracking_number", "return_tracking_number",
                                "return_address", "order_total", "protection_extension_days", "partial_refund_cap")]
    vals += f.get("item_prices", []) + f.get("dates", []) + f.get("items", [])
    vals += [v for p in dec["required_points"] for v in p["mention"].values()]
    return [str(v) for v in vals if v is not None]


def stray_numbers(text: str, facts: list[str]) -> list[str]:
    allowed = {n for f in facts for n in re.findall(r"\d+", f)}
    return [n for n in re.findall(r"\d+", text) if n not in allowed]


def added_numbers(bad: str, good: str) -> list[str]:
    have = Counter(re.findall(r"\d+", good))
    extra = Counter(re.findall(r"\d+", bad)) - have
    return sorted(extra)


def name_ok(msg: str, name: str) -> bool:
    return any(tok[: min(len(tok), 4)] in msg for tok in name.split() if len(tok) >= 2)


def main() -> None:
    replies = {**replies_a.R, **replies_b.R, **replies_c.R}
    rows = []
    for key, d in DISPUTES.items():
        lang, remedy = d["lang"], d["remedy"]
        rel = f"disputes/{key}_{lang}_{remedy}.json"
        path = SET / rel
        path.write_text(json.dumps(d["dispute"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        dec = decide(path)
        if dec["remedy"] != remedy:
            err(f"{key}: decide gave {dec['remedy']}, wanted {remedy}")
        sig = dec["facts"]["signature"]
        mentions = [v for p in dec["required_points"] for v in p["mention"].values()]
        facts = fact_strings(dec)
        name = dec["facts"]["buyer_name"]
        if key not in replies:
            err(f"{key}: no replies")
            continue
        for g in replies[key]:
            gid = f"{key}{g['sfx']}"
            msg = g["msg"]
            # ---- good reply checks
            if not msg.rstrip().endswith(sig):
                err(f"{gid}: does not end with signature {sig!r}")
            for m in mentions:
                if m not in msg:
                    err(f"{gid}: mention {m!r} missing")
            if not name_ok(msg, name):
                err(f"{gid}: buyer name {name!r} not greeted")
            if s := stray_numbers(msg, facts):
                err(f"{gid}: stray numbers {s}")
            size = len(msg) if lang in CJK else len(msg.split())
            lo, hi = (60, 500) if lang in CJK else (40, 200)
            if not lo <= size <= hi:
                err(f"{gid}: length {size} outside {lo}-{hi}")
            rows.append({"id": gid, "dispute": rel, "label": "good", "defect": None, "message": msg,
                         "note": "hand-written good reply", "remedy": remedy, "buyer_language": lang,
                         "language": lang, "good_id": gid})
            seen: Counter = Counter()
            for b in g["bads"]:
                defect, old, new, note = b[:4]
                out_lang = b[4] if len(b) > 4 and b[4] else lang
                if defect not in DEFECTS:
                    err(f"{gid}: unknown defect {defect}")
                seen[defect] += 1
                bid = f"{gid}-{defect}" + (f"-{seen[defect]}" if seen[defect] > 1 else "")
                if defect == "wrong_language":
                    bad = new
                    if out_lang == lang:
                        err(f"{bid}: wrong_language in the buyer's language")
                else:
                    n = msg.count(old)
                    if n != 1:
                        err(f"{bid}: edit anchor occurs {n} times")
                    bad = msg.replace(old, new)
                if bad == msg:
                    err(f"{bid}: no change")
                if defect == "amount_over_cap" and remedy != "propose_partial_or_return":
                    err(f"{bid}: amount_over_cap outside propose_partial_or_return")
                if not bad.rstrip().endswith(sig):
                    err(f"{bid}: signature lost")
                if defect != "missing_required_point":
                    for m in mentions:
                        if m not in bad:
                            err(f"{bid}: mention {m!r} lost by a {defect} edit")
                else:
                    if len(bad) >= len(msg):
                        err(f"{bid}: deletion did not shorten the reply")
                added = added_numbers(bad, msg) if defect != "wrong_language" else stray_numbers(bad, facts)
                if defect in {"invented_amount_or_date", "invented_tracking_number"} and not added:
                    err(f"{bid}: invented defect adds no new number")
                if defect not in NUMERIC and added:
                    err(f"{bid}: unexpected added numbers {added}")
                if defect == "shouting" and not re.search(r"[A-ZÀ-ÞА-ЯΑ-Ω]{4,}[^a-zà-ÿа-яα-ω]*!!", bad):
                    err(f"{bid}: no capitals sentence with !!")
                rows.append({"id": bid, "dispute": rel, "label": "bad", "defect": defect, "message": bad,
                             "note": note, "remedy": remedy, "buyer_language": lang, "language": out_lang,
                             "good_id": gid})
    # every planted text bespoke
    news = Counter(r["message"] for r in rows)
    for m, c in news.items():
        if c > 1:
            err(f"duplicate message: {m[:60]!r}")
    ids = Counter(r["id"] for r in rows)
    for i, c in ids.items():
        if c > 1:
            err(f"duplicate id {i}")
    if errors:
        print("\n".join(errors))
        raise SystemExit(f"{len(errors)} sanity errors; labelled.jsonl not written")

    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    out, frozen = SET / "labelled.jsonl", TOOLS / "frozen.sha256"
    if frozen.exists():
        want = frozen.read_text().split()[0]
        if digest != want:
            raise SystemExit(f"labelled.jsonl is frozen at {want}; rebuilt content {digest} differs. Refusing to overwrite.")
        if not out.exists() or hashlib.sha256(out.read_bytes()).hexdigest() != want:
            out.write_text(text, encoding="utf-8")
        print("frozen content reproduced:", digest)
    else:
        out.write_text(text, encoding="utf-8")
        if "--freeze" in sys.argv:
            frozen.write_text(digest + "  labelled.jsonl\n")
            print("frozen:", digest)
    good = [r for r in rows if r["label"] == "good"]
    bad = [r for r in rows if r["label"] == "bad"]
    print(f"disputes {len(DISPUTES)}  good {len(good)}  bad {len(bad)}  sha256 {digest}")
    print("defects:", dict(sorted(Counter(r["defect"] for r in bad).items())))
    print("languages (rows):", dict(sorted(Counter(r["buyer_language"] for r in rows).items())))
    print("remedies (rows):", dict(sorted(Counter(r["remedy"] for r in rows).items())))


if __name__ == "__main__":
    main()
