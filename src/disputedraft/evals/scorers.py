"""Scorers: each a small function from one solved run to a Score (a value and a reason).

`passed` is None when a scorer does not apply to the run (nothing to mention, no message
because the case rightly went to a person); such a score neither passes nor fails a case.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from pydantic import BaseModel

from disputedraft.checks.types import CheckReport
from disputedraft.draft import Draft
from disputedraft.evals.cases import EvalCase
from disputedraft.evals.judge import JudgeResult


class Score(BaseModel):
    name: str
    passed: bool | None
    value: float | None = None
    reason: str
    decides: bool = True  # counts toward the case passing (the judge only reports)


@dataclass(frozen=True)
class Solved:
    """What the solver produced for one run of a case."""

    case: EvalCase
    draft: Draft
    checks: CheckReport | None  # run_checks re-run on the final message; None without one
    judge: JudgeResult | None


def _na(name: str, reason: str) -> Score:
    return Score(name=name, passed=None, reason=reason)


def _no_message(s: Solved, name: str) -> Score:
    if s.draft.status == "human_review" and s.case.expect.status == "human_review":
        return _na(name, "no message: the dispute goes to a person, as expected")
    return Score(
        name=name,
        passed=False,
        value=0.0,
        reason=f"no message to score (status {s.draft.status}{': ' + s.draft.error if s.draft.error else ''})",
    )


def remedy_score(got: str, want: str, rule: str) -> Score:
    ok = got == want
    return Score(
        name="remedy",
        passed=ok,
        value=float(ok),
        reason=f"remedy {got}" + ("" if ok else f", expected {want} (rule {rule})"),
    )


def remedy(s: Solved) -> Score:
    return remedy_score(s.draft.decision.remedy, s.case.expect.remedy, s.draft.decision.rule)


def status(s: Solved) -> Score:
    got, want = s.draft.status, s.case.expect.status
    ok = got == want
    why = f"status {got}"
    if not ok:
        hard = [v.check for v in s.draft.violations if v.hard]
        why += f", expected {want}" + (f"; hard violations: {', '.join(hard)}" if hard else "")
        why += f"; error: {s.draft.error}" if s.draft.error else ""
    return Score(name="status", passed=ok, value=float(ok), reason=why)


def hard_checks(s: Solved) -> Score:
    if s.checks is None:
        return _no_message(s, "hard_checks")
    hard = [o for o in s.checks.outcomes if o.hard]
    failed = [o for o in hard if not o.passed]
    share = (len(hard) - len(failed)) / len(hard) if hard else 1.0
    reason = "all hard checks pass" if not failed else "; ".join(f"{o.check}: {o.detail}" for o in failed)
    return Score(name="hard_checks", passed=not failed, value=share, reason=reason)


def _norm(text: str) -> str:
    # Compatibility forms (full-width digits, non-breaking spaces) and case do not matter.
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def must_mention(s: Solved) -> Score:
    phrases = s.case.expect.must_mention
    if not phrases:
        return _na("must_mention", "nothing required")
    if not s.draft.message:
        return _no_message(s, "must_mention")
    text = _norm(s.draft.message)
    missing = [p for p in phrases if _norm(p) not in text]
    return Score(
        name="must_mention",
        passed=not missing,
        value=1 - len(missing) / len(phrases),
        reason="mentions " + ", ".join(map(repr, phrases))
        if not missing
        else "missing " + ", ".join(map(repr, missing)),
    )


def must_not_mention(s: Solved) -> Score:
    phrases = s.case.expect.must_not_mention
    if not phrases:
        return _na("must_not_mention", "nothing forbidden")
    if not s.draft.message:
        return _no_message(s, "must_not_mention")
    text = _norm(s.draft.message)
    found = [p for p in phrases if _norm(p) in text]
    return Score(
        name="must_not_mention",
        passed=not found,
        value=1 - len(found) / len(phrases),
        reason="none of the forbidden phrases" if not found else "mentions " + ", ".join(map(repr, found)),
    )


def tone(s: Solved) -> Score:
    if s.checks is None:
        return _no_message(s, "tone")
    soft = [o for o in s.checks.outcomes if not o.hard]
    failed = [o for o in soft if not o.passed]
    share = (len(soft) - len(failed)) / len(soft) if soft else 1.0
    reason = "all tone checks pass" if not failed else "; ".join(f"{o.check}: {o.detail}" for o in failed)
    return Score(name="tone", passed=not failed, value=share, reason=reason)


def judge(s: Solved) -> Score:
    result = s.judge
    if result is None:
        return Score(name="judge", passed=None, reason="not judged (no message, or the judge is off)", decides=False)
    if result.verdict is None:
        return Score(name="judge", passed=None, reason=f"judge error: {result.error}", decides=False)
    v = result.verdict
    reason = "; ".join(f"{name} {c.score} ({c.reason})" for name, c in v)
    return Score(name="judge", passed=None, value=v.mean, reason=reason, decides=False)


Scorer = Callable[[Solved], Score]
SCORERS: dict[str, Scorer] = {
    "remedy": remedy,
    "status": status,
    "hard_checks": hard_checks,
    "must_mention": must_mention,
    "must_not_mention": must_not_mention,
    "tone": tone,
    "judge": judge,
}


def score_all(solved: Solved, deciding: list[str]) -> list[Score]:
    scores = [fn(solved) for fn in SCORERS.values()]
    return [sc.model_copy(update={"decides": sc.name in deciding}) for sc in scores]


def run_passed(scores: list[Score]) -> bool:
    """A run passes when no deciding scorer failed (not-applicable ones are neutral)."""
    return all(sc.passed is not False for sc in scores if sc.decides)
