"""Request bodies: read within the size limit, parse JSON, validate into the contract.

Bodies are read here rather than by FastAPI's body parameters so that the order of checks is
ours (auth, then content type, size, JSON, fields) and so that validation reuses the CLI's
`loading` functions: the same input gets the same field-named problems everywhere.
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from disputedraft.api.problems import ApiProblem
from disputedraft.contract import Dispute, LanguageTag
from disputedraft.errors import FieldProblem, InvalidInput, pydantic_problems
from disputedraft.loading import dispute_from_obj, parse_json
from disputedraft.policy.spec import RemedySpec


class CheckRequest(BaseModel):
    """A message to check against the handbook's rules for a dispute."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    dispute: Dispute
    message: str = Field(description="The reply to check, as it would be sent to the buyer.")
    language: LanguageTag | None = Field(
        default=None, description="Language the reply must be in; the buyer's language when left out."
    )


class HealthOut(BaseModel):
    status: Literal["ok"] = "ok"


class ReadyOut(BaseModel):
    status: Literal["ready"] = "ready"
    model: str | None = Field(description="Name of the model drafts are written with (None: decisions only).")


class RemediesOut(BaseModel):
    policy_version: str
    remedies: dict[str, RemedySpec]


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


async def read_body(request: Request, limit: int) -> bytes:
    if not _is_json(request.headers.get("content-type", "")):
        raise ApiProblem(415, "unsupported-media-type", "send the body as JSON with 'Content-Type: application/json'")
    declared = request.headers.get("content-length")
    too_big = f"the body is larger than the {limit} byte limit"
    if declared is not None:
        if not declared.isdigit():
            raise ApiProblem(400, "bad-request", "Content-Length is not a number")
        if int(declared) > limit:
            raise ApiProblem(413, "body-too-large", too_big)
    # Counted as it streams too: chunked bodies carry no Content-Length, and a declared one can lie.
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiProblem(413, "body-too-large", too_big)
        chunks.append(chunk)
    return b"".join(chunks)


async def read_json(request: Request, limit: int) -> Any:
    raw = await read_body(request, limit)
    if not raw.strip():
        raise ApiProblem(400, "malformed-json", "the body is empty; expected a JSON object")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiProblem(400, "malformed-json", "the body is not UTF-8 text") from None
    try:
        return parse_json(text, "request body")
    except InvalidInput as exc:
        raise ApiProblem(400, "malformed-json", "the body is " + exc.problems[0].problem) from None
    except RecursionError:
        raise ApiProblem(400, "malformed-json", "the body is nested too deeply") from None


def _invalid(what: str, problems: list[FieldProblem]) -> ApiProblem:
    # A validator's message arrives as "Value error, <what is wrong>": the prefix says nothing.
    problems = [FieldProblem(p.path, p.problem.removeprefix("Value error, ")) for p in problems]
    count = f"{len(problems)} field{'s' if len(problems) != 1 else ''}"
    summary = "; ".join(str(p) for p in problems[:3]) + ("; …" if len(problems) > 3 else "")
    return ApiProblem(
        422,
        "invalid-" + what,
        f"the {what} has {count} with problems: {summary}",
        errors=problems,
        title=f"Invalid {what}",
    )


async def read_dispute(request: Request, limit: int) -> Dispute:
    obj = await read_json(request, limit)
    try:
        return dispute_from_obj(obj)
    except InvalidInput as exc:
        raise _invalid("dispute", exc.problems) from None
    except RecursionError:
        raise ApiProblem(400, "malformed-json", "the body is nested too deeply") from None


async def read_check_request(request: Request, limit: int) -> CheckRequest:
    obj = await read_json(request, limit)
    if not isinstance(obj, dict):
        raise _invalid("request", [FieldProblem("", f"expected a JSON object, got {type(obj).__name__}")])
    try:
        return CheckRequest.model_validate(obj)
    except ValidationError as exc:
        raise _invalid("request", pydantic_problems(exc.errors())) from None
    except RecursionError:
        raise ApiProblem(400, "malformed-json", "the body is nested too deeply") from None
