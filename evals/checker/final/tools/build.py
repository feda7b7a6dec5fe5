"""Build evals/checker/final/: writes disputes/ (from disputes_data.py), runs `disputedraft decide`
on each one at a time (skipped with --cached: reuses tools/decisions/), then writes labelled.jsonl
from replies_data.py and sanity-checks the labels. Never runs or imports the checker."""
import json, re, subprocess, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FINAL = HERE.parent
ROOT = FINAL.parents[2]
sys.path.insert(0, str(HERE))
from disputes_data import DISPUTES
from replies_data import GOODS, BADS

DEFECTS = {"refund_promise", "off_platform_contact", "invented_tracking_number", "invented_amount_or_date",
           "wrong_language", "placeholder", "blame", "missing_required_point", "amount_over_cap",
           "feedback_request", "internal_note", "shouting"}
DETECTED_LANG = {"k06_fr_customs_clearance": "fr", "k14_es_propose_partial_or_return": "es",
                 "k18_ru_escalation_reply": "ru"}
errors = []


def err(msg):
    errors.append(msg)


def write_and_decide(cached):
    (FINAL / "disputes").mkdir(exist_ok=True)
    (HERE / "decisions").mkdir(exist_ok=True)
    decisions = {}
    for name, (remedy, d) in DISPUTES.items():
        p = FINAL / "disputes" / f"{name}.json"
        p.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        cache = HERE / "decisions" / f"{name}.json"
        if cached and cache.exists():
            dec = json.loads(cache.read_text(encoding="utf-8"))
        else:
            r = subprocess.run([str(ROOT / ".venv/bin/disputedraft"), "decide", str(p)],
                               capture_output=True, text=True, cwd=ROOT)
            if r.returncode != 0:
                err(f"{name}: decide exit {r.returncode}: {r.stderr[:300]}")
                continue
            dec = json.loads(r.stdout)
            cache.write_text(json.dumps(dec, ensure_ascii=False, indent=2), encoding="utf-8")
        if dec["remedy"] != remedy:
            err(f"{name}: decided {dec['remedy']}, intended {remedy}")
        if not name.startswith("k") or not name.endswith("_" + remedy):
            err(f"{name}: file name does not end with remedy {remedy}")
        decisions[name] = dec
    return decisions


def buyer_lang(name):
    b = DISPUTES[name][1].get("buyer") or {}
    if b.get("language"):
        return re.split(r"[-_]", b["language"])[0].lower()
    return DETECTED_LANG[name]


def fact_strings(dec):
    out = []
    def walk(x):
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif x is not None and not isinstance(x, bool):
            out.append(str(x))
    walk(dec["facts"])
    for pt in dec["required_points"]:
        walk(pt["mention"])
    return out


NUM = re.compile(r"\d+(?:[.,]\d+)*")


def check_good(gid, name, text, dec):
    f = dec["facts"]
    for pt in dec["required_points"]:
        for k, v in pt["mention"].items():
            if v not in text:
                err(f"{gid}: mention {k}={v!r} not quoted")
    if not text.rstrip().endswith(f["signature"]):
        err(f"{gid}: does not end with signature {f['signature']!r}")
    first = text.splitlines()[0]
    toks = [t for t in re.split(r"\s+", f["buyer_name"]) if len(t) > 1]
    # full token, or its stem (Polish vocative: Magdalena -> Magdaleno, Tomasz -> Tomaszu)
    if not any(t in first or t[:-1] in first for t in toks):
        err(f"{gid}: greeting does not name the buyer: {first!r}")
    facts = fact_strings(dec)
    # whole number tokens of the facts (a tracking number, an order id, a date part, an amount)
    fact_nums = {t for s in facts for t in NUM.findall(s)}
    fact_nums |= {t.rstrip("0").rstrip(".") for t in fact_nums if "." in t}  # 49.50 ~ 49.5
    for line in text.splitlines():
        line = re.sub(r"^\s*\d+[.)]\s", "", line)  # list markers
        for m in NUM.finditer(line):
            n = m.group()
            if n not in fact_nums:
                err(f"{gid}: number {n!r} is not a fact of the dispute")
    if re.search(r"[\[\]{}<>]|XXX|OOO|!!|@|https?:|www\.", text):
        err(f"{gid}: placeholder-like or contact-like characters")
    words = len(text.split())
    if not 40 <= words <= 200:
        err(f"{gid}: {words} words")
    if dec["remedy"] == "propose_partial_or_return":
        cap = float(f["partial_refund_cap"])
        for m in re.finditer(r"(\d+(?:\.\d+)?)\s*EUR", text):
            if float(m.group(1)) > cap:
                err(f"{gid}: amount {m.group()} over cap")


def main():
    decisions = write_and_decide("--cached" in sys.argv)
    rows = []
    for gid, (name, text) in GOODS.items():
        if name not in decisions:
            err(f"{gid}: unknown dispute {name}"); continue
        dec = decisions[name]
        bl = buyer_lang(name)
        check_good(gid, name, text, dec)
        common = {"dispute": f"disputes/{name}.json", "remedy": dec["remedy"], "buyer_language": bl}
        rows.append({"id": gid, **common, "label": "good", "defect": None, "message": text,
                     "note": "good reply written by hand for this dispute", "language": bl, "good_id": gid,
                     })
        seen = Counter()
        for b in BADS[gid]:
            defect = b[0]
            if defect not in DEFECTS:
                err(f"{gid}: unknown defect {defect}")
            seen[defect] += 1
            bid = f"{gid}-{defect}" + (f"-{seen[defect]}" if seen[defect] > 1 else "")
            if defect == "wrong_language":
                _, _, new, note, lang = b
                msg = new.strip("\n")
                if lang == bl:
                    err(f"{bid}: wrong_language in buyer's language")
                if not msg.rstrip().endswith(dec["facts"]["signature"]):
                    err(f"{bid}: translation lost the signature")
            else:
                _, old, new, note = b
                lang = bl
                c = text.count(old)
                if c != 1:
                    err(f"{bid}: edit anchor occurs {c} times")
                msg = text.replace(old, new, 1)
            if msg == text:
                err(f"{bid}: identical to good")
            if defect == "amount_over_cap" and dec["remedy"] != "propose_partial_or_return":
                err(f"{bid}: amount_over_cap outside propose_partial_or_return")
            rows.append({"id": bid, **common, "label": "bad", "defect": defect, "message": msg,
                         "note": note, "language": lang, "good_id": gid})
    ids = Counter(r["id"] for r in rows)
    for i, n in ids.items():
        if n > 1:
            err(f"duplicate id {i}")
    order = ["id", "dispute", "label", "defect", "message", "note", "remedy", "buyer_language", "language", "good_id"]
    with open(FINAL / "labelled.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({k: r[k] for k in order}, ensure_ascii=False) + "\n")
    # counts
    good = [r for r in rows if r["label"] == "good"]
    bad = [r for r in rows if r["label"] == "bad"]
    print(f"{len(rows)} rows: {len(good)} good, {len(bad)} bad, {len(decisions)} disputes")
    dc = Counter(r["defect"] for r in bad)
    for d in sorted(DEFECTS):
        print(f"  {d:26s} {dc[d]}")
        if dc[d] < 8:
            err(f"defect {d} only {dc[d]} times")
    print("per buyer language (disputes / good / bad):")
    for l in sorted({r['buyer_language'] for r in rows}):
        nd = len({r['dispute'] for r in rows if r['buyer_language'] == l})
        print(f"  {l}: {nd} / {sum(r['buyer_language']==l for r in good)} / {sum(r['buyer_language']==l for r in bad)}")
    print("per remedy (disputes / good / bad):")
    for m in sorted({r['remedy'] for r in rows}):
        nd = len({r['dispute'] for r in rows if r['remedy'] == m})
        print(f"  {m}: {nd} / {sum(r['remedy']==m for r in good)} / {sum(r['remedy']==m for r in bad)}")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("all label sanity checks passed")


if __name__ == "__main__":
    main()
