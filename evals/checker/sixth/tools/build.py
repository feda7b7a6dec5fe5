"""Build the sixth labelled set: disputes/, decisions, labelled.jsonl, with plain-string sanity checks.

    .venv/bin/python evals/checker/sixth/tools/build.py            # build + check (refuses to change a frozen set)
    .venv/bin/python evals/checker/sixth/tools/build.py --freeze   # build + check + write tools/frozen.sha256

No checker is imported or run here: every check below is a plain string check of our own labels.
"""

from __future__ import annotations

import collections
import hashlib
import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
SET = TOOLS.parent
REPO = SET.parents[2]
sys.path.insert(0, str(TOOLS))

from common import BADS, GOODS  # noqa: E402
from disputes_data import DISPUTES  # noqa: E402
import replies_a, replies_b, replies_c, replies_d  # noqa: E402,F401

DECIDE = [str(REPO / ".venv/bin/disputedraft"), "decide"]
DEFECTS = ["refund_promise", "off_platform_contact", "invented_tracking_number", "invented_amount_or_date",
           "wrong_language", "placeholder", "blame", "missing_required_point", "amount_over_cap",
           "feedback_request", "internal_note", "shouting"]
# defects whose edit may legitimately bring new digits (numbers, ids, phone/tracking numbers)
DIGITS_OK = {"invented_tracking_number", "invented_amount_or_date", "amount_over_cap", "off_platform_contact",
             "internal_note"}
CJK = {"ja", "zh"}
errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def words(text: str, lang: str) -> float:
    if lang in CJK:
        return len(re.sub(r"\s", "", text)) / 2
    return len(text.split())


def digit_tokens(text: str) -> list[str]:
    return re.findall(r"\d+(?:[.,]\d+)*", text)


def leaves(obj, skip=("messages",)):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k not in skip:
                yield from leaves(v, skip)
    elif isinstance(obj, list):
        for v in obj:
            yield from leaves(v, skip)
    elif obj is not None:
        yield str(obj)


def has_caps_sentence(text: str) -> bool:
    """Three or more consecutive whole words (letters only, 2+ letters, one of 4+) all in capitals."""
    run = []
    for raw in text.split():
        w = raw.strip(".,:;!?¡¿'’\"()«»—–-")
        if len(w) >= 2 and re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", w) and w.isupper():
            run.append(w)
            if len(run) >= 3 and any(len(x) >= 4 for x in run):
                return True
        else:
            run = []
    return False


PLACEHOLDER_MARK = re.compile(r"[\[\]{}<>【】]|XX|〇〇|OOO|＿|%[A-Z_]+%|\b[A-Z]+_[A-Z_]+\b|NACHNAME|DD/MM")
SUSPICIOUS_IN_GOOD = re.compile(r"[\[\]{}<>【】]|XXX|!!|！！|@|https?:|www\.|〇〇|OOO|＿")


def main() -> int:
    freeze = "--freeze" in sys.argv
    (SET / "disputes").mkdir(exist_ok=True)
    (TOOLS / "decisions").mkdir(exist_ok=True)

    # ---- disputes + decisions
    info = {}
    for sid, lang, remedy, variant, d in DISPUTES:
        fname = f"{sid}_{lang}_{remedy}.json"
        path = SET / "disputes" / fname
        path.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        r = subprocess.run([*DECIDE, str(path)], capture_output=True, text=True, cwd=REPO)
        if r.returncode != 0:
            err(f"{sid}: decide exit {r.returncode}: {r.stderr.strip()[:300]}")
            continue
        dec = json.loads(r.stdout)
        (TOOLS / "decisions" / f"{sid}.json").write_text(json.dumps(dec, ensure_ascii=False, indent=2) + "\n",
                                                          encoding="utf-8")
        if dec["remedy"] != remedy or dec["variant"] != variant:
            err(f"{sid}: decided {dec['remedy']}/{dec['variant']}, intended {remedy}/{variant}")
        if dec.get("human_review_reason"):
            err(f"{sid}: human review")
        mentions = {k: v for p in dec["required_points"] for k, v in p["mention"].items()}
        missing = [m for p in dec["required_points"] for m in p["missing"]]
        if missing:
            err(f"{sid}: decision misses facts {missing}")
        allowed = set(leaves(d)) | set(mentions.values()) | set(leaves(dec["facts"]))
        info[sid] = {"file": f"disputes/{fname}", "lang": lang, "remedy": remedy, "dec": dec,
                     "mentions": mentions, "allowed": allowed, "dispute": d}

    # ---- goods
    rows = []
    for gid, g in GOODS.items():
        sid = g["sid"]
        if sid not in info:
            err(f"{gid}: unknown dispute {sid}")
            continue
        I, text = info[sid], g["text"]
        lang, dec = I["lang"], I["dec"]
        for k, v in I["mentions"].items():
            if text.count(v) < 1:
                err(f"{gid}: mention {k}={v!r} not quoted")
        sig = dec["facts"]["signature"]
        if not text.rstrip().endswith(sig):
            err(f"{gid}: does not end with signature {sig!r}")
        names = g["names"] or [dec["facts"]["buyer_name"]]
        if not any(n in text.split("\n")[0] for n in names):
            err(f"{gid}: greeting line lacks buyer name {names}")
        for tok in digit_tokens(text):
            if not any(tok in a for a in I["allowed"]):
                err(f"{gid}: stray number {tok!r}")
        if SUSPICIOUS_IN_GOOD.search(text):
            err(f"{gid}: suspicious characters {SUSPICIOUS_IN_GOOD.search(text).group(0)!r}")
        if has_caps_sentence(text):
            err(f"{gid}: caps run in good reply")
        n = words(text, lang)
        if not 40 <= n <= 200:
            err(f"{gid}: {n} words")
        if I["remedy"] == "propose_partial_or_return":
            cap = Decimal(dec["facts"]["partial_refund_cap"])
            for amt in re.findall(r"(\d+(?:\.\d+)?)\s*[A-Z]{3}\b", text):
                if Decimal(amt) > cap:
                    err(f"{gid}: amount {amt} over cap {cap}")
        rows.append({"id": gid, "dispute": I["file"], "label": "good", "defect": None, "message": text,
                     "note": "hand-written good reply", "remedy": I["remedy"], "buyer_language": lang,
                     "language": lang, "good_id": gid})

    # ---- bads
    seen = collections.Counter()
    for b in BADS:
        gid, defect = b["good_id"], b["defect"]
        if defect not in DEFECTS:
            err(f"{gid}: unknown defect {defect}")
        g = GOODS.get(gid)
        if g is None:
            err(f"bad row for unknown good {gid}")
            continue
        I, good = info[g["sid"]], g["text"]
        if defect == "wrong_language":
            msg, lang = b["new"], b["language"]
            if lang == I["lang"]:
                err(f"{gid}: wrong_language in the buyer's language")
            if not msg.rstrip().endswith(I["dec"]["facts"]["signature"]):
                err(f"{gid}-wrong_language: signature changed")
            for v in I["mentions"].values():
                if v not in msg:
                    err(f"{gid}-wrong_language: mention {v!r} lost")
        else:
            lang = I["lang"]
            c = good.count(b["old"])
            if c != 1:
                err(f"{gid}-{defect}: edit anchor occurs {c} times: {b['old'][:60]!r}")
                continue
            msg = good.replace(b["old"], b["new"])
        if msg == good:
            err(f"{gid}-{defect}: no change")
        if defect == "amount_over_cap" and I["remedy"] != "propose_partial_or_return":
            err(f"{gid}: amount_over_cap outside propose_partial_or_return")
        if defect == "shouting" and not has_caps_sentence(msg):
            err(f"{gid}-shouting: no caps sentence found")
        if defect != "shouting" and has_caps_sentence(msg):
            err(f"{gid}-{defect}: unexpected caps run (second defect?)")
        if defect == "placeholder" and not PLACEHOLDER_MARK.search(msg):
            err(f"{gid}-placeholder: no placeholder marker")
        if defect == "missing_required_point" and len(msg) >= len(good):
            err(f"{gid}-missing_required_point: not shorter")
        if defect not in DIGITS_OK:
            new_digits = set(digit_tokens(msg)) - set(digit_tokens(good))
            if new_digits:
                err(f"{gid}-{defect}: new numbers {new_digits}")
        if defect not in {"placeholder", "wrong_language"} and SUSPICIOUS_IN_GOOD.search(msg) and \
                defect not in {"internal_note", "off_platform_contact", "shouting", "feedback_request"}:
            err(f"{gid}-{defect}: unexpected marker {SUSPICIOUS_IN_GOOD.search(msg).group(0)!r}")
        seen[(gid, defect)] += 1
        rid = f"{gid}-{defect}" + (f"-{seen[(gid, defect)]}" if seen[(gid, defect)] > 1 else "")
        rows.append({"id": rid, "dispute": I["file"], "label": "bad", "defect": defect, "message": msg,
                     "note": b["note"], "remedy": I["remedy"], "buyer_language": I["lang"], "language": lang,
                     "good_id": gid})

    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    msgs = [r["message"] for r in rows]
    if len(msgs) != len(set(msgs)):
        err("duplicate messages")

    # ---- coverage targets
    good_n = sum(r["label"] == "good" for r in rows)
    bad_n = len(rows) - good_n
    per_defect = collections.Counter(r["defect"] for r in rows if r["label"] == "bad")
    if good_n < 28 or bad_n < 170:
        err(f"counts {good_n} good / {bad_n} bad below target")
    for d in DEFECTS:
        if per_defect[d] < 11:
            err(f"defect {d}: only {per_defect[d]}")
    per_remedy = collections.Counter(I["remedy"] for I in info.values())
    for rem, n in per_remedy.items():
        if n < 2:
            err(f"remedy {rem}: only {n} disputes")
    if len(per_remedy) != 10:
        err(f"only {len(per_remedy)} remedies")
    langs = {I["lang"] for I in info.values()}
    if len(langs) < 12:
        err(f"only {len(langs)} languages")

    if errors:
        print("\n".join("ERROR " + e for e in errors))
        return 1

    content = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    sha = hashlib.sha256(content.encode("utf-8")).hexdigest()
    out, frozen = SET / "labelled.jsonl", TOOLS / "frozen.sha256"
    if frozen.exists():
        want = frozen.read_text().split()[0]
        if sha != want:
            print(f"REFUSING: labelled.jsonl is frozen at {want}; this build gives {sha}. Nothing written.")
            return 2
    out.write_text(content, encoding="utf-8")
    if freeze and not frozen.exists():
        frozen.write_text(f"{sha}  labelled.jsonl\n")
        print("frozen")

    # ---- stats
    print(f"{len(info)} disputes, {len(rows)} rows: {good_n} good, {bad_n} bad; sha256 {sha}")
    print("per defect:", dict(sorted(per_defect.items())))
    by_lang = collections.defaultdict(lambda: [0, 0, 0])
    for I in info.values():
        by_lang[I["lang"]][0] += 1
    for r in rows:
        by_lang[r["buyer_language"]][1 if r["label"] == "good" else 2] += 1
    print("per language (disputes, good, bad):", dict(sorted(by_lang.items())))
    by_rem = collections.defaultdict(lambda: [0, 0, 0])
    for I in info.values():
        by_rem[I["remedy"]][0] += 1
    for r in rows:
        by_rem[r["remedy"]][1 if r["label"] == "good" else 2] += 1
    print("per remedy (disputes, good, bad):", dict(sorted(by_rem.items())))
    wl = collections.Counter(r["language"] for r in rows if r["defect"] == "wrong_language")
    print("wrong_language targets:", dict(wl))
    return 0


if __name__ == "__main__":
    sys.exit(main())
