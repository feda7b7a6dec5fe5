"""Building CheckOutcomes: a pass says what was verified, a fail says what to fix."""

from __future__ import annotations

from disputedraft.checks.types import CheckOutcome

MAX_PROBLEMS = 4  # details are fed back to the model in repair prompts: keep them short


def verdict(check: str, hard: bool, problems: list[str], ok: str) -> CheckOutcome:
    if not problems:
        return CheckOutcome(check=check, passed=True, hard=hard, detail=ok)
    unique = list(dict.fromkeys(problems))
    detail = "; ".join(unique[:MAX_PROBLEMS])
    if len(unique) > MAX_PROBLEMS:
        detail += f"; and {len(unique) - MAX_PROBLEMS} more"
    return CheckOutcome(check=check, passed=False, hard=hard, detail=detail)
