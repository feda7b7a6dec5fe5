"""Building CheckOutcomes: a pass says what was verified, a fail says what to fix."""

from __future__ import annotations

from functools import lru_cache

from disputedraft.checks.types import CheckOutcome

MAX_PROBLEMS = 4  # details are fed back to the model in repair prompts: keep them short


def verdict(check: str, hard: bool, problems: list[str], ok: str) -> CheckOutcome:
    if not problems:
        return _passed(check, hard, ok)
    unique = list(dict.fromkeys(problems))
    detail = "; ".join(unique[:MAX_PROBLEMS])
    if len(unique) > MAX_PROBLEMS:
        detail += f"; and {len(unique) - MAX_PROBLEMS} more"
    return CheckOutcome(check=check, passed=False, hard=hard, detail=detail)


@lru_cache(maxsize=1024)
def _passed(check: str, hard: bool, ok: str) -> CheckOutcome:
    # Most checks pass, most of them with the same words each time, and a CheckOutcome is
    # frozen: one shared object instead of a validated model per check of every draft.
    return CheckOutcome(check=check, passed=True, hard=hard, detail=ok)
