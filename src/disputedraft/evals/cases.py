"""The dataset: `evals/cases/*.json`, each a dispute plus what its reply must be.

Every problem in every file is collected before anything runs, so a case author sees the
whole list at once (file, field path, what is wrong) instead of fixing one error per run.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from disputedraft.contract import Dispute
from disputedraft.errors import FieldProblem, InvalidInput, pydantic_problems
from disputedraft.language import buyer_language, primary
from disputedraft.loading import dispute_from_obj
from disputedraft.policy import default_policy

# Case ids name cassette files, so they must be safe as file names on every OS.
CASE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
HUMAN_REVIEW = "human_review"

Phrase = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Expect(_Strict):
    remedy: str
    status: Literal["ready", "human_review"]
    must_mention: list[Phrase] = Field(default_factory=list)
    must_not_mention: list[Phrase] = Field(default_factory=list)


class Tags(_Strict):
    language: str | None = None
    mood: str | None = None
    kind: list[str] = Field(default_factory=list)


class _CaseDoc(_Strict):
    id: str
    description: str = ""
    dispute: dict[str, Any]
    expect: Expect
    tags: Tags = Field(default_factory=Tags)


class EvalCase(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    description: str
    dispute: Dispute
    expect: Expect
    tags: Tags
    source: str  # the file it came from, for error messages and reports

    @property
    def language(self) -> str:
        """The buyer language the case is filed under: its tag, else what drafting would use."""
        return primary(self.tags.language) if self.tags.language else buyer_language(self.dispute)[0]


def _case_problems(doc: _CaseDoc, remedies: set[str]) -> list[FieldProblem]:
    out: list[FieldProblem] = []
    if not CASE_ID.match(doc.id):
        out.append(FieldProblem("id", f"{doc.id!r} must be letters, digits, '.', '_' or '-' (it names a file)"))
    if doc.expect.remedy not in remedies:
        out.append(
            FieldProblem(
                "expect.remedy",
                f"{doc.expect.remedy!r} is not a remedy of the handbook (known: {', '.join(sorted(remedies))})",
            )
        )
    # A draft is `human_review` exactly when the handbook has no remedy for the dispute.
    if (doc.expect.status == HUMAN_REVIEW) != (doc.expect.remedy == HUMAN_REVIEW):
        out.append(
            FieldProblem("expect.status", "status 'human_review' goes with remedy 'human_review' and only with it")
        )
    return out


def load_case(path: Path, remedies: set[str]) -> EvalCase:
    """One case file; raises InvalidInput naming the file and each bad field."""
    what = str(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InvalidInput(what, [FieldProblem("", f"not valid JSON: {exc.msg} at line {exc.lineno}")]) from None
    except UnicodeDecodeError:
        raise InvalidInput(what, [FieldProblem("", "not UTF-8 text")]) from None
    try:
        doc = _CaseDoc.model_validate(raw)
    except ValidationError as exc:
        raise InvalidInput(what, pydantic_problems(exc.errors())) from None
    problems = _case_problems(doc, remedies)
    try:
        dispute = dispute_from_obj(doc.dispute, what)
    except InvalidInput as exc:
        problems += [FieldProblem(f"dispute.{p.path}".rstrip("."), p.problem) for p in exc.problems]
    if problems:
        raise InvalidInput(what, problems)
    return EvalCase(
        id=doc.id, description=doc.description, dispute=dispute, expect=doc.expect, tags=doc.tags, source=path.name
    )


def known_remedies() -> set[str]:
    return set(default_policy().spec.remedies)


MAX_PROBLEMS = 30


def capped(problems: list[FieldProblem]) -> list[FieldProblem]:
    """One systematic mistake repeated in every file should not bury the rest of the output."""
    if len(problems) <= MAX_PROBLEMS:
        return problems
    return [*problems[:MAX_PROBLEMS], FieldProblem("", f"... and {len(problems) - MAX_PROBLEMS} more problems")]


def load_cases(directory: Path, only: list[str] | None = None) -> list[EvalCase]:
    """Every `*.json` under `directory`, sorted by id; `only` keeps those ids (all must exist)."""
    if not directory.is_dir():
        raise InvalidInput(str(directory), [FieldProblem("", "cases directory not found")])
    files = sorted(p for p in directory.glob("*.json") if p.is_file())  # not nested: tools may live below
    if not files:
        raise InvalidInput(str(directory), [FieldProblem("", "no *.json case files")])
    remedies = known_remedies()
    cases: list[EvalCase] = []
    problems: list[FieldProblem] = []
    seen: dict[str, str] = {}
    for path in files:
        rel = path.relative_to(directory).as_posix()
        try:
            case = load_case(path, remedies)
        except InvalidInput as exc:
            problems += [FieldProblem(f"{rel}: {p.path}" if p.path else rel, p.problem) for p in exc.problems]
            continue
        if case.id in seen:
            problems.append(FieldProblem(f"{rel}: id", f"{case.id!r} is also the id of {seen[case.id]}"))
            continue
        seen[case.id] = rel
        cases.append(case)
    if problems:
        raise InvalidInput(f"eval cases in {directory}", capped(problems))
    if only:
        missing = sorted(set(only) - seen.keys())
        if missing:
            raise InvalidInput(
                f"eval cases in {directory}", [FieldProblem("--only", f"no case with id {m!r}") for m in missing]
            )
        cases = [c for c in cases if c.id in set(only)]
    return sorted(cases, key=lambda c: c.id)
