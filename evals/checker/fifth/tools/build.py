"""Build the fifth labelled set: disputes/, decisions, labelled.jsonl, sanity checks, counts.

No checker is involved anywhere: only `disputedraft decide` and plain string checks.

    .venv/bin/python evals/checker/fifth/tools/build.py            # everything
    .venv/bin/python evals/checker/fifth/tools/build.py --cached   # reuse tools/decisions/
    .venv/bin/python evals/checker/fifth/tools/build.py --disputes-only
"""

from __future__ import annotations

import collections
import json
import re
import subprocess
import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
REPO = ROOT.parents[2]
sys.path.insert(0, str(TOOLS))

from disputes_data import DISPUTES  # noqa: E402

DEFECTS = [
    "refund_promise", "off_platform_contact", "invented_tracking_number", "invented_amount_or_date",
    "wrong_language", "placeholder", "blame", "missing_required_point", "amount_over_cap",
    "feedback_request", "internal_note", "shouting",
]
errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def write_disputes(cached: bool) -> dict[str, dict]:
    decisions = {}
    (ROOT / "disputes").mkdir(exist_ok=True)
    (TOOLS / "decisions").mkdir(exist_ok=True)
    for stem, remedy, lang, data in DISPUTES:
        path = ROOT / "disputes" / f"{stem}.json"
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        dec_path = TOOLS / "decisions" / f"{stem}.json"
        if cached and dec_path.exists():
            out = dec_path.read_text(encoding="utf-8")
        else:
            proc = subprocess.run([str(REPO / ".venv/bin/disputedraft"), "decide", str(path)],
                                  capture_output=True, text=True, cwd=REPO)
            if proc.returncode != 0:
                err(f"{stem}: decide exit {proc.returncode}: {proc.stderr.strip()[:300]}")
                continue
            out = proc.stdout
            dec_path.write_text(out, encoding="utf-8")
        dec = json.loads(out)
        if dec["remedy"] != remedy:
            err(f"{stem}: decided {dec['remedy']}, intended {remedy}")
        decisions[stem] = dec
    return decisions


# ---------------------------------------------------------------- sanity helpers
NUM_RE = re.compile(r"\d+(?:[.,]\d+)*")


def fact_tokens(dispute: dict, dec: dict) -> set[str]:
    f = dec["facts"]
    texts = [f.get("order_id"), f.get("tracking_number"), f.get("reship_tracking_number"),
             f.get("return_tracking_number"), f.get("return_address"), f.get("carrier"),
             str(f.get("protection_extension_days")), f.get("partial_refund_cap"), f.get("order_total"),
             f.get("signature"), f.get("store_name"), *f.get("items", []), *f.get("item_prices", []),
             *f.get("dates", [])]
    for p in dec["required_points"]:
        texts.extend(p["mention"].values())
    for it in dispute.get("order", {}).get("items", []):
        texts.append(str(it.get("quantity", 1)))
    toks = set()
    for t in texts:
        if t:
            toks.update(NUM_RE.findall(str(t)))
            # each run of digits on its own too (e.g. "64.00" -> "64", "00")
            toks.update(re.findall(r"\d+", str(t)))
    return toks


def words(text: str, lang: str) -> int:
    if lang == "ja":
        return round(len(re.sub(r"\s", "", text)) / 2.5)
    return len(text.split())


def amounts(text: str) -> list[float]:
    return [float(x.replace(",", ".")) for x in re.findall(r"\d+[.,]\d{2}(?!\d)", text)]


def apply_edit(good: str, bad: dict, gid: str) -> str | None:
    op = bad["op"]
    if op == "full":
        return bad["text"]
    anchor = bad["anchor"]
    n = good.count(anchor)
    if n != 1:
        err(f"{gid}-{bad['defect']}: anchor occurs {n} times: {anchor[:60]!r}")
        return None
    if op == "replace":
        return good.replace(anchor, bad["new"])
    if op == "after":
        return good.replace(anchor, anchor + bad["new"])
    if op == "before":
        return good.replace(anchor, bad["new"] + anchor)
    if op == "delete":
        return good.replace(anchor, "")
    err(f"{gid}: unknown op {op}")
    return None


def tidy(text: str) -> str:
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    text = re.sub(r"  +", " ", text)
    return text.strip()


def main() -> None:
    cached = "--cached" in sys.argv
    decisions = write_disputes(cached)
    by_stem = {s: (r, l, d) for s, r, l, d in DISPUTES}
    if "--disputes-only" in sys.argv:
        for s, dec in decisions.items():
            print(s, dec["remedy"], [(p["id"], p["mention"]) for p in dec["required_points"]],
                  dec["facts"]["partial_refund_cap"], dec["facts"]["signature"])
        print("\n".join(errors) or "disputes OK")
        return
    from replies_data import REPLIES  # noqa: E402

    rows = []
    seen_ids = set()
    for g in REPLIES:
        stem = g["dispute"]
        remedy, blang, dispute = by_stem[stem]
        dec = decisions[stem]
        gid = g["id"]
        text = g["text"].strip()
        sig = dec["facts"]["signature"]
        mentions = {k: v for p in dec["required_points"] for k, v in p["mention"].items()}
        # ---- good reply checks
        for k, v in mentions.items():
            if v not in text:
                err(f"{gid}: mention {k}={v!r} not quoted")
        if not text.endswith(sig):
            err(f"{gid}: does not end with signature {sig!r}")
        first = text.splitlines()[0]
        name = dispute["buyer"]["name"]
        names = [name, *name.split(), *g.get("greet", [])]
        if not any(n in first for n in names):
            err(f"{gid}: first line does not name the buyer: {first!r}")
        toks = fact_tokens(dispute, dec)
        body_wo_sig = text[: -len(sig)]
        for num in NUM_RE.findall(body_wo_sig):
            if num not in toks and num not in g.get("ok_numbers", []):
                err(f"{gid}: number {num!r} is not a fact")
        if re.search(r"[\[\]{}<>]|XXX|OOO|!!|@|https?://|www\.", text):
            err(f"{gid}: placeholder-like or link characters in good reply")
        w = words(text, blang)
        if not 40 <= w <= 200:
            err(f"{gid}: {w} words")
        cap = dec["facts"]["partial_refund_cap"]
        if remedy == "propose_partial_or_return":
            over = [a for a in amounts(text) if a > float(cap) + 1e-9 and a != float(dec["facts"]["order_total"])]
            if over:
                err(f"{gid}: amounts above cap {over}")
        if gid in seen_ids:
            err(f"duplicate id {gid}")
        seen_ids.add(gid)
        rows.append({"id": gid, "dispute": f"disputes/{stem}.json", "label": "good", "defect": None,
                     "message": text, "note": g.get("note", "good reply"), "remedy": remedy,
                     "buyer_language": blang, "language": blang, "good_id": None})
        # ---- bad variants
        count = collections.Counter()
        for b in g["bad"]:
            d = b["defect"]
            if d not in DEFECTS:
                err(f"{gid}: unknown defect {d}")
            count[d] += 1
            bid = f"{gid}-{d}" + (f"-{count[d]}" if count[d] > 1 else "")
            new = apply_edit(text, b, bid)
            if new is None:
                continue
            new = tidy(new)
            if new == text:
                err(f"{bid}: edit changes nothing")
            if d == "amount_over_cap" and remedy != "propose_partial_or_return":
                err(f"{bid}: amount_over_cap outside partial remedy")
            lang = b.get("lang", blang)
            if d == "wrong_language":
                if b["op"] != "full" or lang == blang or lang.split("-")[0] == blang:
                    err(f"{bid}: wrong_language must be a full text in another language")
                if not new.endswith(sig):
                    err(f"{bid}: translation does not keep the signature")
            elif lang != blang:
                err(f"{bid}: language differs but defect is {d}")
            note = b["note"]
            if d not in ("missing_required_point", "wrong_language") and not b.get("side_effect"):
                for k, v in mentions.items():
                    if v not in new:
                        err(f"{bid}: loses mention {k} without a side-effect note")
            if b.get("side_effect"):
                note += f" (side effect: required mention {b['side_effect']} no longer quoted)"
            if d == "missing_required_point" and new.count("\n") >= 0 and len(new) >= len(text):
                err(f"{bid}: missing_required_point should shorten the reply")
            if bid in seen_ids:
                err(f"duplicate id {bid}")
            seen_ids.add(bid)
            rows.append({"id": bid, "dispute": f"disputes/{stem}.json", "label": "bad", "defect": d,
                         "message": new, "note": note, "remedy": remedy, "buyer_language": blang,
                         "language": lang, "good_id": gid})
    used = {r["dispute"] for r in rows}
    for stem in by_stem:
        if f"disputes/{stem}.json" not in used:
            err(f"{stem}: no replies")
    if errors:
        print("SANITY ERRORS:")
        print("\n".join(errors))
        sys.exit(1)
    out = ROOT / "labelled.jsonl"
    frozen = TOOLS / "frozen.sha256"
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if frozen.exists():
        import hashlib
        if hashlib.sha256(body.encode()).hexdigest() != frozen.read_text().split()[0]:
            print("labelled.jsonl is frozen and the rebuild differs: not written")
            sys.exit(1)
    out.write_text(body, encoding="utf-8")
    report(rows)


def report(rows: list[dict]) -> None:
    good = [r for r in rows if r["label"] == "good"]
    bad = [r for r in rows if r["label"] == "bad"]
    print(f"{len(rows)} replies: {len(good)} good, {len(bad)} bad, "
          f"{len({r['dispute'] for r in rows})} disputes, {len({r['buyer_language'] for r in rows})} buyer languages")
    print("\n| defect | bad rows |\n|---|---|")
    c = collections.Counter(r["defect"] for r in bad)
    for d in DEFECTS:
        print(f"| {d} | {c[d]} |")
    wl = collections.Counter(r["language"] for r in bad if r["defect"] == "wrong_language")
    print("\nwrong_language into:", dict(sorted(wl.items())))
    langs = sorted({r["buyer_language"] for r in rows})
    print("\n| buyer language | disputes | good | bad |\n|---|---|---|---|")
    for l in langs:
        print(f"| {l} | {len({r['dispute'] for r in rows if r['buyer_language'] == l})} | "
              f"{sum(r['buyer_language'] == l for r in good)} | {sum(r['buyer_language'] == l for r in bad)} |")
    rems = list(dict.fromkeys(r for _, r, _, _ in DISPUTES))
    print("\n| remedy | disputes | good | bad |\n|---|---|---|---|")
    for m in rems:
        print(f"| {m} | {len({r['dispute'] for r in rows if r['remedy'] == m})} | "
              f"{sum(r['remedy'] == m for r in good)} | {sum(r['remedy'] == m for r in bad)} |")
    print("\n| defect | " + " | ".join(langs) + " |\n|---|" + "---|" * len(langs))
    for d in DEFECTS:
        print(f"| {d} | " + " | ".join(str(sum(1 for r in bad if r['defect'] == d and r['buyer_language'] == l) or "")
                                         for l in langs) + " |")
    side = [r["id"] for r in bad if "side effect" in r["note"]]
    print("\nside-effect rows:", side)


if __name__ == "__main__":
    main()
