"""Shared helpers for tests/test_checks_*.py: the development set and quick report lookups.

The development set is one JSON file per dispute in this folder:
`{"note"?, "dispute": {...}, "good": [message, ...], "bad": [{"defect": check, "message"}]}`.
Each bad message is a good one with exactly one planted defect, named by the hard check
that must catch it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from disputedraft.checks import run_checks
from disputedraft.checks.types import CheckOutcome, CheckReport
from disputedraft.contract import Dispute
from disputedraft.policy import Decision, decide

DEV_DIR = Path(__file__).parent


@dataclass(frozen=True)
class Bad:
    defect: str
    message: str


@dataclass(frozen=True)
class DevCase:
    name: str
    dispute: Dispute
    decision: Decision
    good: tuple[str, ...]
    bad: tuple[Bad, ...]

    def check(self, message: str, language: str | None = None) -> CheckReport:
        return run_checks(self.dispute, self.decision, message, language)


@cache
def dev_case(name: str) -> DevCase:
    doc = json.loads((DEV_DIR / f"{name}.json").read_text(encoding="utf-8"))
    dispute = Dispute.model_validate(doc["dispute"])
    return DevCase(
        name=name,
        dispute=dispute,
        decision=decide(dispute),
        good=tuple(doc["good"]),
        bad=tuple(Bad(b["defect"], b["message"]) for b in doc["bad"]),
    )


def dev_names() -> list[str]:
    return sorted(p.stem for p in DEV_DIR.glob("*.json"))


def outcome(report: CheckReport, check: str) -> CheckOutcome:
    return next(o for o in report.outcomes if o.check == check)


def failed(report: CheckReport) -> set[str]:
    """Names of the hard checks that failed."""
    return {v.check for v in report.hard_violations}


def swap(text: str, old: str, new: str) -> str:
    """`text.replace(old, new)`, failing loudly if `old` is not there (a test that edits
    nothing would pass for the wrong reason)."""
    assert old in text, f"{old!r} not in the message"
    return text.replace(old, new)


def add_before_signoff(case: str, sentence: str) -> str:
    """The case's first good reply with `sentence` as a line of its own before the sign-off."""
    lines = dev_case(case).good[0].split("\n")
    return "\n".join([*lines[:-2], sentence, *lines[-2:]])
