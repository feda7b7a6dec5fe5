"""What a check returns: pass/fail with a reason, hard (blocks `ready`) or tone (reported)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class CheckOutcome(BaseModel):
    model_config = ConfigDict(frozen=True)

    check: str
    passed: bool
    hard: bool
    detail: str


class Violation(BaseModel):
    model_config = ConfigDict(frozen=True)

    check: str
    detail: str
    hard: bool = True


class CheckReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    passed: bool  # every hard check passed
    violations: list[Violation]
    outcomes: list[CheckOutcome]

    @property
    def hard_violations(self) -> list[Violation]:
        return [v for v in self.violations if v.hard]

    @classmethod
    def from_outcomes(cls, outcomes: list[CheckOutcome]) -> CheckReport:
        violations = [Violation(check=o.check, detail=o.detail, hard=o.hard) for o in outcomes if not o.passed]
        return cls(passed=not any(v.hard for v in violations), violations=violations, outcomes=outcomes)
