"""Build the tenth labelled set: write disputes/, run `disputedraft decide` on each (checks the
remedy), apply the one-edit bad variants, sanity-check our own labels with plain string checks
and write ../labelled.jsonl. No checker code is imported or run.

  .venv/bin/python evals/checker/tenth/tools/build.py            # build (refuses to change a frozen set)
  .venv/bin/python evals/checker/tenth/tools/build.py --freeze   # build, then record sha256 in frozen.sha256
"""
from __future__ import annotations

import collections, hashlib, json, re, subprocess, sys, pathlib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
REPO = ROOT.parents[2]
sys.path.insert(0, str(HERE))
from disputes_data import DISPUTES  # noqa: E402
from replies_a import GOODS_A  # noqa: E402
from replies_b import GOODS_B  # noqa: E402

DEFECTS = ["refund_promise", "off_platform_contact", "invented_tracking_number", "invented_amount_or_date",
           "wrong_language", "placeholder", "blame", "missing_required_point", "amount_over_cap",
           "feedback_request", "internal_note", "shouting"]
NUMBER_DEFECTS = {"invented_tracking_number", "invented_amount_or_date", "amount_over_cap"}
CJK = {"zh", "ja", "ko"}
errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def decide_all() -> dict[str, dict]:
    (ROOT / "disputes").mkdir(exist_ok=True)
    (HERE / "decisions").mkdir(exist_ok=True)
    out = {}
    for stem, (remedy, d) in DISPUTES.items():
        p = ROOT / "disputes" / f"{stem}.json"
        p.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        r = subprocess.run([str(REPO / ".venv/bin/disputedraft"), "decide", str(p)],
                           capture_output=True, text=True, cwd=REPO)
        if r.returncode != 0:
            err(f"{stem}: decide exit {r.returncode}: {r.stderr.strip()}")
            continue
        dec = json.loads(r.stdout)
        if dec["remedy"] != remedy:
            err(f"{stem}: decide says {dec['remedy']}, intended {remedy}")
        (HERE / "decisions" / f"{stem}.json").write_text(r.stdout, encoding="utf-8")
        out[stem] = dec
    return out


def runs(text: str) -> set[str]:
    return set(re.findall(r"\d+", text))


def words(text: str, lang: str) -> int:
    return len(re.sub(r"\s", "", text)) // 2 if lang in CJK else len(text.split())


def main() -> int:
    decisions = decide_all()
    rows = []
    goods = GOODS_A + GOODS_B
    seen_ids = set()
    for g in goods:
        stem, text, lang = g["d"], g["text"], g["lang"]
        dec = decisions[stem]
        facts = dec["facts"]
        sig = facts["signature"]
        allowed = runs(json.dumps(facts, ensure_ascii=False))
        mentions = {k: v for p in dec["required_points"] for k, v in p["mention"].items()}
        remedy = dec["remedy"]
        if g["id"] in seen_ids:
            err(f"{g['id']}: duplicate id")
        seen_ids.add(g["id"])
        # --- good reply checks ---
        if not text.rstrip().endswith(sig):
            err(f"{g['id']}: does not end with signature {sig!r}")
        for k, v in mentions.items():
            if v not in text:
                err(f"{g['id']}: mention {k}={v!r} not quoted")
        stray = runs(text) - allowed
        if stray:
            err(f"{g['id']}: numbers not in facts: {stray}")
        first = text.splitlines()[0]
        name_tokens = facts["buyer_name"].replace(" ", " ").split()
        if not any(t[:4] in first for t in name_tokens) and facts["buyer_name"] not in first:
            err(f"{g['id']}: buyer not greeted by name in first line: {first!r}")
        n = words(text, lang)
        if not 40 <= n <= 200:
            err(f"{g['id']}: {n} words")
        for bad_marker in ("!!!", "[", "{", "<", "@", "http", "www."):
            if bad_marker in text:
                err(f"{g['id']}: suspicious {bad_marker!r} in good reply")
        buyer_lang = lang
        rows.append(dict(id=g["id"], dispute=f"disputes/{stem}.json", label="good", defect=None, message=text,
                         note=g.get("note", "hand-written good reply"), remedy=remedy, buyer_language=buyer_lang,
                         language=lang, good_id=g["id"]))
        # --- bad variants ---
        per_defect = collections.Counter()
        for defect, old, new, note in g["bads"]:
            if defect not in DEFECTS:
                err(f"{g['id']}: unknown defect {defect}")
            per_defect[defect] += 1
            bid = f"{g['id']}-{defect}" + (f"-{per_defect[defect]}" if per_defect[defect] > 1 else "")
            if defect == "wrong_language":
                msg_lang, msg = old, new
                if msg_lang == lang:
                    err(f"{bid}: same language")
                if not msg.rstrip().endswith(sig):
                    err(f"{bid}: translation lost the signature")
                for k, v in mentions.items():
                    if v not in msg:
                        err(f"{bid}: translation lost mention {k}")
                if runs(msg) - runs(text):
                    err(f"{bid}: translation adds numbers {runs(msg) - runs(text)}")
            else:
                msg_lang = lang
                c = text.count(old)
                if c != 1:
                    err(f"{bid}: edit target occurs {c} times: {old!r}")
                    continue
                msg = text.replace(old, new)
                if msg == text:
                    err(f"{bid}: edit changes nothing")
                if sig not in msg:
                    err(f"{bid}: signature lost")
                new_runs = runs(msg) - runs(text)
                if defect in NUMBER_DEFECTS:
                    if defect != "amount_over_cap" and not new_runs:
                        err(f"{bid}: number defect adds no number")
                    if defect == "amount_over_cap" and remedy != "propose_partial_or_return":
                        err(f"{bid}: amount_over_cap outside propose_partial_or_return")
                elif new_runs - allowed:
                    err(f"{bid}: adds numbers {new_runs - allowed} (would be a second defect)")
                if defect == "shouting" and "!!!" not in msg:
                    err(f"{bid}: shouting without !!!")
                if defect == "missing_required_point":
                    if new != "":
                        err(f"{bid}: missing point should be a deletion")
                    lost = [k for k, v in mentions.items() if v in old]
                    for k in lost:
                        if mentions[k] in msg:
                            err(f"{bid}: deleted mention {k} still present")
                if defect != "missing_required_point":
                    for k, v in mentions.items():
                        if v not in msg and defect not in ("invented_tracking_number", "amount_over_cap"):
                            err(f"{bid}: lost mention {k}")
            rows.append(dict(id=bid, dispute=f"disputes/{stem}.json", label="bad", defect=defect, message=msg,
                             note=note, remedy=remedy, buyer_language=buyer_lang, language=msg_lang, good_id=g["id"]))
            if bid in seen_ids:
                err(f"{bid}: duplicate id")
            seen_ids.add(bid)
    # --- coverage ---
    remedies = collections.Counter(dec["remedy"] for dec in decisions.values())
    for r in ["evidence_by_problem_type", "customs_clearance", "extend_delivery_time", "offer_reshipment",
              "confirm_reshipment", "propose_partial_or_return", "await_platform_decision", "escalation_reply",
              "return_instructions", "return_received"]:
        if remedies[r] < 2:
            err(f"remedy {r}: only {remedies[r]} disputes")
    used = {g["d"] for g in goods}
    for stem in DISPUTES:
        if stem not in used:
            err(f"{stem}: no reply")
    good_n = sum(r["label"] == "good" for r in rows)
    bad_n = len(rows) - good_n
    per = collections.Counter(r["defect"] for r in rows if r["label"] == "bad")
    if good_n < 28 or bad_n < 170:
        err(f"counts: {good_n} good, {bad_n} bad")
    for d in DEFECTS:
        if per[d] < 11:
            err(f"defect {d}: only {per[d]}")
    langs = {r["buyer_language"] for r in rows}
    if len(langs) < 12:
        err(f"only {len(langs)} buyer languages")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s); labelled.jsonl not written")
        return 1
    content = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    frozen = HERE / "frozen.sha256"
    out = ROOT / "labelled.jsonl"
    if frozen.exists():
        want = frozen.read_text().split()[0]
        if digest != want:
            print(f"REFUSING: labelled.jsonl is frozen at {want}; this build gives {digest}")
            return 2
    out.write_text(content, encoding="utf-8")
    if "--freeze" in sys.argv and not frozen.exists():
        frozen.write_text(f"{digest}  labelled.jsonl\n")
    print(f"{len(rows)} rows: {good_n} good, {bad_n} bad, {len(DISPUTES)} disputes, {len(langs)} buyer languages")
    print("per defect:", dict(sorted(per.items())))
    print("per remedy (disputes):", dict(sorted(remedies.items())))
    bylang = collections.defaultdict(lambda: [set(), 0, 0])
    for r in rows:
        e = bylang[r["buyer_language"]]
        e[0].add(r["dispute"])
        e[1 if r["label"] == "good" else 2] += 1
    for k in sorted(bylang):
        print(f"  {k}: disputes {len(bylang[k][0])}, good {bylang[k][1]}, bad {bylang[k][2]}")
    print("sha256", digest)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
