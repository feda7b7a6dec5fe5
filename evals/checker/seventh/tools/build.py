"""Build the seventh labelled set: disputes/, decisions, labelled.jsonl, with plain sanity checks.

No checker is involved anywhere: only `disputedraft decide` (the policy layer) and string checks.

    .venv/bin/python evals/checker/seventh/tools/build.py            # build + check
    .venv/bin/python evals/checker/seventh/tools/build.py --freeze   # also write tools/frozen.sha256

If tools/frozen.sha256 exists, the build refuses to write a labelled.jsonl whose content differs.
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

from disputes_data import DISPUTES  # noqa: E402
from replies_data import BAD, GOOD, WRONG_LANG  # noqa: E402

DEFECTS = {
    "refund_promise", "off_platform_contact", "invented_tracking_number", "invented_amount_or_date",
    "wrong_language", "placeholder", "blame", "missing_required_point", "amount_over_cap",
    "feedback_request", "internal_note", "shouting",
}
DECIDE = [str(REPO / ".venv/bin/disputedraft"), "decide"]
errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


# ---------------------------------------------------------------- disputes + decisions
def write_disputes() -> dict[str, dict]:
    (SET / "disputes").mkdir(exist_ok=True)
    (TOOLS / "decisions").mkdir(exist_ok=True)
    decisions = {}
    for stem, remedy, variant, dispute in DISPUTES:
        path = SET / "disputes" / f"{stem}.json"
        path.write_text(json.dumps(dispute, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        run = subprocess.run([*DECIDE, str(path)], capture_output=True, text=True, cwd=REPO)
        if run.returncode != 0:
            err(f"{stem}: decide exit {run.returncode}: {run.stderr.strip()[:300]}")
            continue
        dec = json.loads(run.stdout)
        if dec["remedy"] != remedy:
            err(f"{stem}: decide gave {dec['remedy']}, intended {remedy}")
        if dec.get("variant") != variant:
            err(f"{stem}: variant {dec.get('variant')}, intended {variant}")
        (TOOLS / "decisions" / f"{stem}.json").write_text(
            json.dumps(dec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        decisions[stem] = dec
    return decisions


# ---------------------------------------------------------------- helpers
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def word_count(text: str) -> float:
    cjk = len(CJK.findall(text))
    rest = CJK.sub(" ", text)
    return len(re.findall(r"[^\W_]+", rest)) + cjk / 2


def fact_blob(dec: dict, dispute: dict) -> str:
    f = dec["facts"]
    parts = [f.get("order_id"), f.get("tracking_number"), f.get("reship_tracking_number"),
             f.get("return_tracking_number"), f.get("return_address"), str(f.get("protection_extension_days")),
             f.get("partial_refund_cap"), f.get("order_total"), *f.get("item_prices", []), *f.get("items", [])]
    for p in dec["required_points"]:
        parts.extend(p["mention"].values())
    total = dispute["order"]["total"]
    parts.append(f"{total:.2f}")
    return " | ".join(str(p) for p in parts if p)


NUM = re.compile(r"\d+(?:[.,]\d+)?")


def fact_numbers(blob: str) -> set[str]:
    """Whole numbers of the facts (dates are left out: no reply quotes a date, so a bare
    day or month number in a reply is never taken for a fact)."""
    nums = set(NUM.findall(blob))
    for n in list(nums):
        nums.update(re.findall(r"\d+", n))
    return nums


def stray_numbers(text: str, blob: str) -> list[str]:
    body = re.sub(r"(?m)^\s*\d[.)]\s", " ", text)  # list markers "1) " are structure, not facts
    facts = fact_numbers(blob)
    return [n for n in NUM.findall(body) if n not in facts and n not in blob.split()]


def greets_by_name(text: str, name: str) -> bool:
    first = text.strip().splitlines()[0]
    for tok in name.split():
        if tok in first or (len(tok) >= 4 and tok[:4] in first):
            return True
    return False


PLACEHOLDER = re.compile(r"\[[^\]]+\]|\{[^}]+\}|<[A-ZÀ-Ý_]+>|○○|【[^】]+】|%[A-ZА-Я_]+%|XXX")
SHOUT = re.compile(r"[A-ZÀ-ÝĀ-ŽА-ЯİĞŞÇÖÜ][A-ZÀ-ÝĀ-ŽА-ЯİĞŞÇÖÜ ,'-]{12,}!{2,}")


# ---------------------------------------------------------------- rows
def build_rows(decisions: dict[str, dict]) -> list[dict]:
    disputes = {stem: d for stem, _, _, d in DISPUTES}
    rows = []
    for gid, (stem, text) in GOOD.items():
        dec = decisions.get(stem)
        if dec is None:
            err(f"{gid}: no decision for {stem}")
            continue
        lang = stem.split("_")[1]
        d = disputes[stem]
        blob = fact_blob(dec, d)
        for p in dec["required_points"]:
            for k, v in p["mention"].items():
                if v not in text:
                    err(f"{gid}: mention {k}={v!r} not quoted")
        if not text.rstrip().endswith(dec["facts"]["signature"]):
            err(f"{gid}: does not end with signature {dec['facts']['signature']!r}")
        if not greets_by_name(text, d["buyer"]["name"]):
            err(f"{gid}: does not greet {d['buyer']['name']}")
        if s := stray_numbers(text, blob):
            err(f"{gid}: numbers not in facts: {s}")
        for bad_s in ["[", "]", "{", "}", "<", ">", "XXX", "!!", "@", "http", "www", "%", "○", "【"]:
            if bad_s in text:
                err(f"{gid}: contains {bad_s!r}")
        wc = word_count(text)
        if not 40 <= wc <= 200:
            err(f"{gid}: {wc} words")
        rows.append({"id": gid, "dispute": f"disputes/{stem}.json", "label": "good", "defect": None,
                     "message": text, "note": "hand-written good reply", "remedy": dec["remedy"],
                     "buyer_language": lang, "language": lang, "good_id": gid})

    good_rows = {r["id"]: r for r in rows}
    seen: Counter = Counter()
    for idx, (gid, defect, old, new, note) in enumerate(BAD, start=1):
        if defect not in DEFECTS:
            err(f"{gid}: unknown defect {defect}")
        g = good_rows.get(gid)
        if g is None:
            err(f"bad row on unknown good {gid}")
            continue
        stem = GOOD[gid][0]
        dec, d = decisions[stem], disputes[stem]
        blob = fact_blob(dec, d)
        seen[(gid, defect)] += 1
        n = seen[(gid, defect)]
        bid = f"{gid}-{defect}" + (f"-{n}" if n > 1 else "")
        lang = g["buyer_language"]
        if defect == "wrong_language":
            msg = new
            wl_lang = WRONG_LANG[(gid, idx)]
            if wl_lang == lang:
                err(f"{bid}: wrong_language in the buyer's language")
            if not msg.rstrip().endswith(dec["facts"]["signature"]):
                err(f"{bid}: translation lost the signature")
            for p in dec["required_points"]:
                for k, v in p["mention"].items():
                    if v not in msg:
                        err(f"{bid}: translation lost mention {k}")
            if stray_numbers(msg, blob):
                err(f"{bid}: translation adds numbers {stray_numbers(msg, blob)}")
        else:
            wl_lang = lang
            c = g["message"].count(old)
            if c != 1:
                err(f"{bid}: edit anchor occurs {c} times: {old[:50]!r}")
                continue
            msg = g["message"].replace(old, new)
            new_nums = set(stray_numbers(msg, blob)) - set(stray_numbers(g["message"], blob))
            if defect in {"refund_promise", "blame", "feedback_request", "internal_note", "shouting",
                          "placeholder", "missing_required_point"} and new_nums:
                err(f"{bid}: edit adds stray numbers {new_nums} (would plant a second defect)")
            if defect == "missing_required_point" and len(msg) >= len(g["message"]):
                err(f"{bid}: missing_required_point does not delete anything")
            if defect == "shouting" and not SHOUT.search(msg):
                err(f"{bid}: no caps sentence with !!")
            if defect == "placeholder" and not PLACEHOLDER.search(msg):
                err(f"{bid}: no placeholder marker")
            if defect == "invented_tracking_number" and not re.search(r"[A-Z0-9]{2,}\d{6,}|\d{4} \d{4} \d{4}", new):
                err(f"{bid}: no tracking-like token planted")
            if defect == "invented_amount_or_date" and not new_nums and "spelled" not in note:
                err(f"{bid}: no invented number (and note does not say it is spelled out)")
            if defect == "off_platform_contact" and not re.search(r"@|\+\d|\d{3}|\.[a-z]{2,3}\b|카카오톡|LINE|微信|WeChat", new):
                err(f"{bid}: no contact detail planted")
        if msg == g["message"]:
            err(f"{bid}: identical to good")
        if defect == "amount_over_cap" and dec["remedy"] != "propose_partial_or_return":
            err(f"{bid}: amount_over_cap outside propose_partial_or_return")
        if defect != "shouting" and "!!" in msg:
            err(f"{bid}: '!!' in a non-shouting row")
        if defect != "placeholder" and PLACEHOLDER.search(msg) and defect != "internal_note":
            err(f"{bid}: placeholder-like marker in a {defect} row")
        rows.append({"id": bid, "dispute": f"disputes/{stem}.json", "label": "bad", "defect": defect,
                     "message": msg, "note": note, "remedy": dec["remedy"], "buyer_language": lang,
                     "language": wl_lang, "good_id": gid})
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    return rows


def targets(rows: list[dict]) -> None:
    goods = [r for r in rows if r["label"] == "good"]
    bads = [r for r in rows if r["label"] == "bad"]
    per = Counter(r["defect"] for r in bads)
    if len(goods) < 28:
        err(f"only {len(goods)} good")
    if len(bads) < 170:
        err(f"only {len(bads)} bad")
    for d in DEFECTS:
        if per[d] < 11:
            err(f"defect {d}: only {per[d]}")
    remedies = Counter(r for _, r, _, _ in DISPUTES)
    for r, n in remedies.items():
        if n < 2:
            err(f"remedy {r}: only {n} disputes")
    langs = {stem.split("_")[1] for stem, *_ in DISPUTES}
    if len(langs) < 12:
        err(f"only {len(langs)} languages")


def main() -> int:
    freeze = "--freeze" in sys.argv
    decisions = write_disputes()
    rows = build_rows(decisions)
    targets(rows)
    if errors:
        print("\n".join(f"ERROR {e}" for e in errors))
        return 1
    content = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    out, frozen = SET / "labelled.jsonl", TOOLS / "frozen.sha256"
    if frozen.exists():
        want = frozen.read_text().split()[0]
        if digest != want:
            print(f"REFUSED: labelled.jsonl is frozen at {want}; this build would give {digest}.")
            return 2
    out.write_text(content, encoding="utf-8")
    if freeze and not frozen.exists():
        frozen.write_text(f"{digest}  labelled.jsonl\n")
    goods = sum(r["label"] == "good" for r in rows)
    print(f"ok: {len(DISPUTES)} disputes, {len(rows)} rows ({goods} good, {len(rows) - goods} bad), sha256 {digest}")
    print(Counter(r["defect"] for r in rows if r["defect"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
