"""RFC 9457 problem details: every error the API answers is `application/problem+json`.

Details are written by us, never copied from an exception: a traceback, a file path or an
API key must not reach a caller. Text that does come from elsewhere (a model error's summary,
a validation message echoing the caller's own input) goes through `redact` and is clipped.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Mapping
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from disputedraft.errors import FieldProblem, pydantic_problems

log = logging.getLogger("disputedraft.api")

PROBLEM_JSON = "application/problem+json"
TYPE_PREFIX = "urn:disputedraft:problem:"
_MAX_TEXT = 300
# Key-looking strings (OpenAI "sk-...", bearer credentials) are masked wherever they appear.
_SECRET_PATTERNS = re.compile(r"(sk-[A-Za-z0-9_\-]{8,}|(?i:bearer)\s+[A-Za-z0-9._~+/=\-]{12,})")
_SECRET_ENV = ("OPENAI_API_KEY", "AZURE_OPENAI_API_KEY", "DISPUTEDRAFT_API_TOKEN")


class FieldError(BaseModel):
    path: str = Field(description="Dotted path of the bad field in the request body ('' for the body itself).")
    problem: str = Field(description="What is wrong with it.")


class ProblemDetails(BaseModel):
    """RFC 9457 problem details; `errors` lists each bad field of a 422."""

    type: str = Field(default="about:blank", description="URI naming the kind of problem.")
    title: str
    status: int
    detail: str | None = None
    errors: list[FieldError] | None = None


class ApiProblem(Exception):
    """Raised anywhere in a request to answer with a problem document."""

    def __init__(
        self,
        status: int,
        kind: str | None,
        detail: str,
        *,
        errors: Iterable[FieldProblem] = (),
        headers: Mapping[str, str] | None = None,
        title: str | None = None,
    ) -> None:
        self.status = status
        self.kind = kind
        self.detail = detail
        self.errors = list(errors)
        self.headers = dict(headers or {})
        self.title = title
        super().__init__(f"{status} {detail}")


def redact(text: str) -> str:
    for name in _SECRET_ENV:
        secret = os.environ.get(name)
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
    text = _SECRET_PATTERNS.sub("***", text)
    return text if len(text) <= _MAX_TEXT else text[: _MAX_TEXT - 1] + "…"


def problem_response(
    status: int,
    detail: str | None,
    *,
    kind: str | None = None,
    title: str | None = None,
    errors: Iterable[FieldProblem] = (),
    headers: Mapping[str, str] | None = None,
) -> Response:
    problem = ProblemDetails(
        type=TYPE_PREFIX + kind if kind else "about:blank",
        title=title or HTTPStatus(status).phrase,
        status=status,
        detail=redact(detail) if detail else None,
        errors=[FieldError(path=p.path, problem=redact(p.problem)) for p in errors] or None,
    )
    return Response(
        problem.model_dump_json(exclude_none=True), status_code=status, headers=headers, media_type=PROBLEM_JSON
    )


async def _on_api_problem(_: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiProblem)
    return problem_response(
        exc.status, exc.detail, kind=exc.kind, title=exc.title, errors=exc.errors, headers=exc.headers
    )


async def _on_http_exception(_: Request, exc: Exception) -> Response:
    # Starlette's own 404/405 (unknown path, wrong method): same format as everything else.
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) and exc.detail != HTTPStatus(exc.status_code).phrase else None
    return problem_response(exc.status_code, detail, headers=exc.headers)


async def _on_validation_error(_: Request, exc: Exception) -> Response:
    # Only headers and query strings go through FastAPI's validation; bodies are ours (bodies.py).
    assert isinstance(exc, RequestValidationError)
    # pydantic's location keeps where the value came from ("header.idempotency-key"): useful.
    problems = pydantic_problems(list(exc.errors()))
    return problem_response(422, "the request is invalid", kind="invalid-request", errors=problems)


async def _on_arithmetic_error(request: Request, exc: Exception) -> Response:
    # Decimal overflow in the policy layer (e.g. an order total of 1e27 cannot be quantized to
    # cents): the input is unprocessable, not a server fault. The contract should bound amounts.
    log.warning("arithmetic error on %s %s: %r", request.method, request.url.path, exc)
    return problem_response(
        422,
        "a number in the dispute is too large or too precise to compute with",
        kind="number-out-of-range",
        title="Number out of range",
        errors=[FieldProblem("order", "amounts must be ordinary money values")],
    )


class CatchAll:
    """Unexpected exceptions become a bare 500 problem, logged with the traceback for the operator.

    A pure ASGI middleware rather than an `Exception` handler: Starlette re-raises after running
    such a handler, and the server then drops the connection instead of letting the 500 through.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:  # too late for a problem document; the server closes the connection
                raise
            response = problem_response(500, "an internal error occurred; it has been logged", kind="internal-error")
            await response(scope, receive, send)


def install(app: FastAPI) -> None:
    app.add_exception_handler(ApiProblem, _on_api_problem)
    app.add_exception_handler(StarletteHTTPException, _on_http_exception)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(ArithmeticError, _on_arithmetic_error)
    app.add_middleware(CatchAll)
