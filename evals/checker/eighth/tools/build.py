"""Build the eighth labelled set: disputes/, decisions, labelled.jsonl, with plain-string sanity checks.

Never runs or imports the checker (disputedraft.checks). Uses only `disputedraft decide` and the
contract/language helpers to confirm each dispute gets the intended remedy and buyer language.

    .venv/bin/python evals/checker/eighth/tools/build.py            # build + verify (refuses to change a frozen set)
    .venv/bin/python evals/checker/eighth/tools/build.py --freeze   # build + write tools/frozen.sha256
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
HERE = TOOLS.parent
REPO = HERE.parents[2]
sys.path.insert(0, str(TOOLS))

from disputes_data import DISPUTES  # noqa: E402
from replies_data import GOODS  # noqa: E402

DEFECTS = {
    "refund_promise", "off_platform_contact", "invented_tracking_number", "invented_amount_or_date",
    "wrong_language", "placeholder", "blame", "missing_required_point", "amount_over_cap",
    "feedback_request", "internal_note", "shouting",
}
CASELESS = {"ja", "zh", "ko", "ar"}
NUM = re.compile(r"\d+(?:[.,]\d+)*")
CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
PLACEHOLDER = re.compile(r"[\[\]{}<>%【】]|XXX|___")
CAPS_RUN = re.compile(r"(?:\b[^\W\d_]{2,}\b[\s,:;!¡]+){2,}\b[^\W\d_]{2,}\b")

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def decide(path: Path) -> dict:
    r = subprocess.run([str(REPO / ".venv/bin/disputedraft"), "decide", str(path)], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"decide failed for {path}: {r.stderr}")
    return json.loads(r.stdout)


def allowed_numbers(dec: dict) -> set[str]:
    facts = dec["facts"]
    blob = json.dumps(facts, ensure_ascii=False)
    for p in dec["required_points"]:
        blob += " " + " ".join(p["mention"].values())
    return set(NUM.findall(blob))


def words(text: str) -> int:
    cjk = len(CJK.findall(text))
    rest = CJK.sub(" ", text)
    return len(rest.split()) + cjk // 2


def caps_shout(text: str) -> bool:
    """Three or more consecutive all-capital words (tracking numbers count as capital words)."""
    run = 0
    for tok in text.split():
        letters = "".join(ch for ch in tok if ch.isalpha())
        if not letters:
            continue
        if len(letters) >= 2 and letters.isupper():
            run += 1
            if run >= 3:
                return True
        else:
            run = 0
    return False


def greeted(text: str, name: str) -> bool:
    first = text.strip().splitlines()[0]
    return any(part[: min(len(part), 4)] in first for part in name.split())


def main() -> int:
    freeze = "--freeze" in sys.argv
    (HERE / "disputes").mkdir(exist_ok=True)
    (TOOLS / "decisions").mkdir(exist_ok=True)
    from disputedraft.contract import Dispute
    from disputedraft.language import buyer_language, primary

    decisions, files, langs = {}, {}, {}
    for key, (stem, remedy, variant, lang, d) in DISPUTES.items():
        path = HERE / "disputes" / f"{stem}.json"
        path.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        dec = decide(path)
        (TOOLS / "decisions" / f"{stem}.json").write_text(json.dumps(dec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        if dec["remedy"] != remedy or dec["variant"] != variant:
            err(f"{key}: decided {dec['remedy']}/{dec['variant']}, intended {remedy}/{variant}")
        code, how = buyer_language(Dispute.model_validate(d))
        if primary(code) != primary(lang):
            err(f"{key}: buyer language {code} ({how}), intended {lang}")
        decisions[key], files[key], langs[key] = dec, f"disputes/{stem}.json", primary(lang)

    rows = []
    for gid, key, text, bads in GOODS:
        dec = decisions[key]
        facts = dec["facts"]
        lang = langs[key]
        allowed = allowed_numbers(dec)
        # ---- good reply checks
        for p in dec["required_points"]:
            for fact, val in p["mention"].items():
                if val not in text:
                    err(f"{gid}: mention {fact}={val!r} not quoted")
        if not text.rstrip().endswith(facts["signature"]):
            err(f"{gid}: does not end with signature {facts['signature']!r}")
        if not greeted(text, facts["buyer_name"]):
            err(f"{gid}: greeting lacks buyer name {facts['buyer_name']!r}")
        stray = [n for n in NUM.findall(text) if n not in allowed]
        if stray:
            err(f"{gid}: numbers not in facts: {stray}")
        if PLACEHOLDER.search(text) or "!!" in text or "@" in text or "http" in text or "www" in text:
            err(f"{gid}: placeholder/shout/contact-like characters")
        if caps_shout(text):
            err(f"{gid}: capital run")
        n = words(text)
        if not 40 <= n <= 200:
            err(f"{gid}: {n} words")
        if dec["remedy"] == "propose_partial_or_return":
            cap = float(facts["partial_refund_cap"])
            for num in NUM.findall(text):
                try:
                    v = float(num)
                except ValueError:
                    continue
                if cap < v <= float(facts["order_total"]) and num not in (facts["order_id"],):
                    err(f"{gid}: amount {num} above cap {cap}")
        rows.append({
            "id": gid, "dispute": files[key], "label": "good", "defect": None, "message": text,
            "note": "hand-written good reply", "remedy": dec["remedy"], "buyer_language": lang,
            "language": lang, "good_id": gid,
        })
        # ---- bad variants
        seen = Counter()
        for bad in bads:
            defect, old, new, note = bad[:4]
            rlang = bad[4] if len(bad) > 4 else lang
            if defect not in DEFECTS:
                err(f"{gid}: unknown defect {defect}")
            seen[defect] += 1
            bid = f"{gid}-{defect}" + (f"-{seen[defect]}" if seen[defect] > 1 else "")
            if old is None:
                if defect != "wrong_language":
                    err(f"{bid}: whole-message replacement only for wrong_language")
                msg = new
            else:
                if text.count(old) != 1:
                    err(f"{bid}: edit anchor occurs {text.count(old)} times")
                    continue
                msg = text.replace(old, new, 1)
            if msg == text:
                err(f"{bid}: no change")
            if defect == "wrong_language":
                if rlang == lang:
                    err(f"{bid}: wrong_language in the buyer's language")
                if not msg.rstrip().endswith(facts["signature"]):
                    err(f"{bid}: translation lost the signature")
            elif rlang != lang:
                err(f"{bid}: language differs but defect is {defect}")
            if defect == "amount_over_cap" and dec["remedy"] != "propose_partial_or_return":
                err(f"{bid}: amount_over_cap outside propose_partial_or_return")
            if defect in ("invented_amount_or_date", "invented_tracking_number"):
                if not [x for x in NUM.findall(msg) if x not in allowed]:
                    err(f"{bid}: no new number planted")
            if defect == "amount_over_cap":
                cap = float(facts["partial_refund_cap"])
                over = [x for x in NUM.findall(msg) if _f(x) is not None and cap < _f(x) <= float(facts["order_total"]) * 1.01]
                if not over and "half" not in msg and "polovin" not in msg and "felét" not in msg and "30 %" not in msg:
                    err(f"{bid}: no amount over the cap visible")
            if defect == "missing_required_point" and len(msg) >= len(text):
                err(f"{bid}: missing point should shorten the reply")
            if defect == "shouting" and rlang not in CASELESS and not caps_shout(msg):
                err(f"{bid}: no capital run")
            if defect == "placeholder" and not PLACEHOLDER.search(msg):
                err(f"{bid}: no placeholder pattern")
            if defect != "invented_tracking_number" and defect != "invented_amount_or_date" and defect not in (
                "off_platform_contact", "amount_over_cap", "refund_promise", "feedback_request", "internal_note", "wrong_language"
            ):
                new_nums = [x for x in NUM.findall(msg) if x not in allowed]
                if new_nums:
                    err(f"{bid}: stray numbers {new_nums} would be a second defect")
            rows.append({
                "id": bid, "dispute": files[key], "label": "bad", "defect": defect, "message": msg,
                "note": note, "remedy": dec["remedy"], "buyer_language": lang, "language": rlang, "good_id": gid,
            })

    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problems; labelled.jsonl not written")
        return 1

    content = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    sha = hashlib.sha256(content.encode("utf-8")).hexdigest()
    out = HERE / "labelled.jsonl"
    frozen = TOOLS / "frozen.sha256"
    if frozen.exists():
        want = frozen.read_text().split()[0]
        if sha != want:
            print(f"REFUSING: labelled.jsonl is frozen at {want}; rebuilt content is {sha}")
            return 2
    out.write_text(content, encoding="utf-8")
    if freeze and not frozen.exists():
        frozen.write_text(f"{sha}  labelled.jsonl\n")
    report(rows)
    print("sha256", sha, "(frozen)" if frozen.exists() else "(not frozen)")
    return 0


def _f(x: str) -> float | None:
    try:
        return float(x.replace(",", "."))
    except ValueError:
        return None


def report(rows: list[dict]) -> None:
    good = [r for r in rows if r["label"] == "good"]
    bad = [r for r in rows if r["label"] == "bad"]
    print(f"{len(rows)} rows: {len(good)} good, {len(bad)} bad, {len(DISPUTES)} disputes")
    print("defects:", dict(sorted(Counter(r["defect"] for r in bad).items())))
    lang = Counter((r["buyer_language"], r["label"]) for r in rows)
    print("languages:", {k: (lang[(k, 'good')], lang[(k, 'bad')]) for k in sorted({r['buyer_language'] for r in rows})})
    rem = Counter((r["remedy"], r["label"]) for r in rows)
    print("remedies:", {k: (rem[(k, 'good')], rem[(k, 'bad')]) for k in sorted({r['remedy'] for r in rows})})
    print("wrong_language targets:", dict(Counter(r["language"] for r in bad if r["defect"] == "wrong_language")))


if __name__ == "__main__":
    raise SystemExit(main())
