"""One root error type; each subclass carries the evidence a caller needs to act on it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from disputedraft.draft import Draft


class DisputeDraftError(Exception):
    """Root of every error this package raises on purpose."""


@dataclass(frozen=True)
class FieldProblem:
    """One bad field: where it is (dotted path) and what is wrong with it."""

    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path or '<document>'}: {self.problem}"


class InvalidInput(DisputeDraftError):
    """Input failed validation; `problems` names each field and what is wrong."""

    def __init__(self, what: str, problems: list[FieldProblem]) -> None:
        self.what = what
        self.problems = problems
        super().__init__(f"invalid {what}: " + "; ".join(str(p) for p in problems))


class PolicyError(DisputeDraftError):
    """The policy files are malformed or inconsistent."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(f"{source}: " + "; ".join(problems))


class ModelError(DisputeDraftError):
    """The model endpoint failed after retries (or could not be started)."""

    def __init__(
        self, message: str, *, retryable: bool = False, retry_after: float | None = None, status_code: int | None = None
    ) -> None:
        self.retryable = retryable
        self.retry_after = retry_after
        self.status_code = status_code  # the endpoint's HTTP status, when it answered one
        super().__init__(message)


class EmbeddedModelError(ModelError):
    """The bundled model is missing, corrupt or could not be served."""


class ModelOutputError(DisputeDraftError):
    """The model answered, but not in the shape we asked for."""

    def __init__(self, message: str, raw: str) -> None:
        self.raw = raw
        super().__init__(message)


class DraftRetriesExhausted(DisputeDraftError):
    """Every repair attempt still broke a hard rule; the last draft is kept for a person."""

    def __init__(self, last_draft: Draft, attempts: int) -> None:
        self.last_draft = last_draft
        self.attempts = attempts
        super().__init__(f"draft still failed hard checks after {attempts} attempts")


def pydantic_problems(errors: list[Any]) -> list[FieldProblem]:
    """Turn pydantic's error dicts into path + message pairs a person can act on."""
    out: list[FieldProblem] = []
    for err in errors:
        loc = ".".join(str(p) for p in err.get("loc", ()))
        msg = str(err.get("msg", "invalid"))
        kind = err.get("type", "")
        if kind == "extra_forbidden":
            msg = "unknown field"
        elif kind == "missing":
            msg = "required field is missing"
        elif kind == "enum" and "expected" in (err.get("ctx") or {}):
            msg = f"{err.get('input')!r} is not one of {err['ctx']['expected']}"
        out.append(FieldProblem(loc, msg))
    return out
