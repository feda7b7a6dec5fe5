#!/usr/bin/env python3
"""Build the `twentyfourth` checker test set.

Writes disputes/*.json, runs `disputedraft decide` on each to confirm the intended remedy,
builds labelled.jsonl from replies.py + edits.py and runs plain sanity checks.
`--freeze` records sha256(labelled.jsonl) in tools/frozen.sha256; once frozen, a build that
would produce different content refuses to overwrite anything.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
DECIDE = "/work/main/.venv/bin/disputedraft"
sys.path.insert(0, str(TOOLS))

from disputes import DISPUTES  # noqa: E402
from edits import EDITS  # noqa: E402
from replies import GOOD  # noqa: E402

CJK = {"zh", "ja", "ko"}
errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def decide(text: str) -> dict:
    r = subprocess.run([DECIDE, "decide", "-"], input=text, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"decide failed: {r.stderr}")
    return json.loads(r.stdout)


def digit_runs(text: str) -> set[str]:
    return set(re.findall(r"\d+", unicodedata.normalize("NFKC", text)))


def main() -> int:
    freeze = "--freeze" in sys.argv
    dispute_texts, decisions = {}, {}
    for key, (stem, remedy, d) in DISPUTES.items():
        text = json.dumps(d, ensure_ascii=False, indent=2) + "\n"
        dec = decide(text)
        if dec["remedy"] != remedy:
            err(f"{key}: decide gave {dec['remedy']}, wanted {remedy}")
        dispute_texts[key] = text
        decisions[key] = dec

    rows, planted = [], Counter()
    for gid, (key, text) in GOOD.items():
        stem, remedy, d = DISPUTES[key]
        dec = decisions[key]
        facts = dec["facts"]
        lang = d["buyer"]["language"].split("-")[0].lower()
        # signature at the end
        if not text.rstrip().endswith(facts["signature"]):
            err(f"{gid}: does not end with signature {facts['signature']!r}")
        # buyer name in the greeting (first line)
        if facts["buyer_name"] not in text.splitlines()[0]:
            err(f"{gid}: buyer name not in greeting line")
        # every mention verbatim
        for pt in dec["required_points"]:
            for k, v in pt["mention"].items():
                if v not in text:
                    err(f"{gid}: mention {k}={v!r} missing")
            if pt["missing"]:
                err(f"{gid}: decision has missing facts {pt['missing']}")
        # digits only from the dispute / decision
        known = digit_runs(dispute_texts[key]) | digit_runs(json.dumps(dec, ensure_ascii=False))
        stray = digit_runs(text) - known
        if stray:
            err(f"{gid}: digit runs not in dispute/decision: {sorted(stray)}")
        size = len(re.sub(r"\s", "", text)) if lang in CJK else len(text.split())
        lo, hi = (60, 500) if lang in CJK else (40, 200)
        if not lo <= size <= hi:
            err(f"{gid}: length {size} outside {lo}-{hi}")
        rows.append(dict(id=gid, dispute=f"disputes/{stem}.json", label="good", defect=None, message=text,
                         note="hand-written good reply", remedy=remedy, buyer_language=lang, language=lang,
                         good_id=gid))

    seen_ids = Counter()
    bad_rows = []
    for ed in EDITS:
        gid = ed["good"]
        key, text = GOOD[gid]
        stem, remedy, d = DISPUTES[key]
        lang = d["buyer"]["language"].split("-")[0].lower()
        old, new = ed["old"], ed["new"]
        n = text.count(old)
        if n != 1:
            err(f"{gid}/{ed['defect']}: old occurs {n} times: {old[:50]!r}")
            continue
        msg = text.replace(old, new, 1)
        if msg == text or old == new:
            err(f"{gid}/{ed['defect']}: edit changes nothing")
        if new.strip():
            # the planted text: what `new` adds beyond `old`
            plant = new.replace(old, "") if old in new else new
            planted[plant.strip()] += 1
        base = f"{gid}-{ed['defect']}"
        seen_ids[base] += 1
        rid = base if seen_ids[base] == 1 else f"{base}-{seen_ids[base]}"
        if ed["defect"] == "wrong_language" and not ed["lang"]:
            err(f"{rid}: wrong_language without intruding language")
        bad_rows.append(dict(id=rid, dispute=f"disputes/{stem}.json", label="bad", defect=ed["defect"],
                             message=msg, note=f"{ed['note']} (replaced: '{old[:60]}')", remedy=remedy,
                             buyer_language=lang, language=ed["lang"] or lang, good_id=gid))
    for p, c in planted.items():
        if c > 1:
            err(f"planted text repeated {c}x: {p[:60]!r}")
    all_ids = [r["id"] for r in rows + bad_rows]
    if len(all_ids) != len(set(all_ids)) or not all(i.startswith("i") for i in all_ids):
        err("row ids not unique or not starting with 'i'")

    bad_rows.sort(key=lambda r: (list(GOOD).index(r["good_id"]), r["id"]))
    out_rows = []
    for r in rows:
        out_rows.append(r)
    out_rows += bad_rows
    content = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out_rows)

    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s); nothing written")
        return 1

    sha = hashlib.sha256(content.encode()).hexdigest()
    frozen = TOOLS / "frozen.sha256"
    if frozen.exists():
        want = frozen.read_text().split()[0]
        if want != sha:
            print(f"refusing: labelled.jsonl is frozen at {want}, this build gives {sha}")
            return 2
    (ROOT / "disputes").mkdir(exist_ok=True)
    for key, (stem, _, _) in DISPUTES.items():
        (ROOT / "disputes" / f"{stem}.json").write_text(dispute_texts[key])
    (ROOT / "labelled.jsonl").write_text(content)
    if freeze:
        frozen.write_text(f"{sha}  labelled.jsonl\n")

    good = [r for r in out_rows if r["label"] == "good"]
    bad = [r for r in out_rows if r["label"] == "bad"]
    print(f"rows {len(out_rows)}: good {len(good)}, bad {len(bad)}")
    print("per defect:", dict(sorted(Counter(r["defect"] for r in bad).items())))
    print("per remedy (good/bad):", {k: (sum(1 for r in good if r['remedy'] == k), sum(1 for r in bad if r['remedy'] == k))
                                     for k in sorted({r['remedy'] for r in out_rows})})
    print("per buyer language (good/bad):", {k: (sum(1 for r in good if r['buyer_language'] == k), sum(1 for r in bad if r['buyer_language'] == k))
                                             for k in sorted({r['buyer_language'] for r in out_rows})})
    print("sha256", sha, "(frozen)" if frozen.exists() else "")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
