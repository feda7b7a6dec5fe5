"""The one first score of a frozen labelled set, through the CLI's own `disputedraft check`.

Run it from a `git archive` snapshot of the commit being measured, so the score belongs to that
commit and not to whatever the working tree holds:

    git archive REV | tar -x -C SNAP
    cd SNAP && SNAP_SRC=SNAP/src python /path/to/first_score.py SETDIR OUT.jsonl

Each row goes through `main(["check", DISPUTE, MESSAGE])` in one process: exit code 1 (a hard
violation) counts as flagged, as it would for a user. OUT.jsonl keeps every row's output.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any


def _snapshot_main() -> Any:
    source = os.environ["SNAP_SRC"]
    sys.path.insert(0, source)
    import disputedraft
    from disputedraft.cli import main

    if not str(disputedraft.__file__).startswith(source):  # an installed copy would score the wrong code
        raise SystemExit(f"disputedraft comes from {disputedraft.__file__}, not from {source}")
    return main


def score(setdir: Path, out: Path) -> list[dict[str, Any]]:
    main = _snapshot_main()
    rows = [json.loads(line) for line in (setdir / "labelled.jsonl").read_text(encoding="utf-8").splitlines()]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        message_file = Path(tmp) / "message.txt"
        for row in rows:
            message_file.write_text(row["message"], encoding="utf-8")
            printed = io.StringIO()
            with contextlib.redirect_stdout(printed):
                code = main(["check", str(setdir / row["dispute"]), str(message_file)])
            if code not in (0, 1):
                raise SystemExit(f"{row['id']}: check exited {code}: {printed.getvalue()[:300]}")
            results.append({**{k: row[k] for k in ("id", "label", "defect")}, "flagged": code == 1})
            results[-1]["out"] = json.loads(printed.getvalue())
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results), encoding="utf-8")
    return results


def report(results: list[dict[str, Any]]) -> None:
    bad = [r for r in results if r["label"] == "bad"]
    good = [r for r in results if r["label"] == "good"]
    caught = sum(r["flagged"] for r in bad)
    flagged = sum(r["flagged"] for r in good)
    print(
        f"recall {caught}/{len(bad)} = {caught / len(bad):.1%}  "
        f"false positives {flagged}/{len(good)} = {flagged / len(good):.1%}"
    )
    per: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in bad:
        per[r["defect"]][0] += r["flagged"]
        per[r["defect"]][1] += 1
    for defect in sorted(per):
        print(f"  {defect:28} {per[defect][0]}/{per[defect][1]}")
    for r in bad:
        if not r["flagged"]:
            print(f"   MISS {r['id']}")
    for r in good:
        if r["flagged"]:
            why = "; ".join(f"{v['check']}: {v['detail']}" for v in r["out"]["violations"])
            print(f"   FALSE POSITIVE {r['id']}: {why[:300]}")


if __name__ == "__main__":
    report(score(Path(sys.argv[1]), Path(sys.argv[2])))
