"""The eval suite as CI runs it: replay every recorded case, score it, enforce the gates.

Cases are recorded with the embedded model (`disputedraft eval --live --record`); a case
without a cassette is not replayed here (evals/README.md says which are recorded), but a
recorded case whose cassette no longer matches its requests fails loudly.

The judge's answers on the first labelled set are recorded too (`evals/cassettes/checker/`) and
replayed here, so CI gates on the judge's agreement with the labels as well. The embedded 1.5B
judge asks of each sentence of a draft whether it shouts and flags the draft when one sentence
does: 12/12 shouting drafts, 0/11 blaming drafts and 0/53 good drafts flagged, balanced
agreement 0.76 against the 0.70 gate (it cannot tell blame from an apology; evals/README.md).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]
CASSETTES = ROOT / "evals" / "cassettes"


def recorded_case_ids() -> list[str]:
    # `<id>.yaml` is a first run; `<id>.rN.yaml` are repeats and `checker/` the labelled drafts.
    recorded = {p.stem for p in CASSETTES.glob("*.yaml") if "." not in p.stem}
    # human_review cases make no model call, so they have nothing to record: replaying them
    # proves no call is attempted (one would find no cassette and fail the run).
    for path in (ROOT / "evals" / "cases").glob("*.json"):
        if json.loads(path.read_text())["expect"]["status"] == "human_review":
            recorded.add(path.stem)
    return sorted(recorded)


def test_recorded_eval_replays_within_its_gates(tmp_path: Path) -> None:
    ids = recorded_case_ids()
    assert len(ids) >= 20, "the recorded eval set shrank"
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "disputedraft",
            "eval",
            "--replay",
            "--report",
            str(tmp_path),
            "--only",
            *ids,
        ],
        capture_output=True,
        text=True,
        # A guard against a hang, not a speed goal: the replay also checks every labelled reply
        # (12,670 in 64 sets), about 7 minutes on a slow two-core machine.
        timeout=1500,
        check=False,
        cwd=ROOT,
    )
    report = json.loads((tmp_path / "report.json").read_text())
    failed = [g for g in report["gates"] if g["passed"] is False]
    assert out.returncode == 0, (failed, out.stdout[-3000:], out.stderr[-3000:])
    assert report["summary"]["remedy_accuracy"] == 1.0
    assert report["checker"]["good"] > 0
    assert report["checker"]["judge_considered"] > 0  # the judge's agreement was measured and gated
    assert (tmp_path / "summary.md").read_text().strip()
    assert "<svg" in (tmp_path / "report.html").read_text()
