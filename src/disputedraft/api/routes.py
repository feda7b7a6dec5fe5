"""The endpoints: thin shells over DraftingService (decide, draft) and the checks."""

from __future__ import annotations

import math
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Request
from fastapi.responses import Response

from disputedraft.api.auth import require_token
from disputedraft.api.bodies import HealthOut, ReadyOut, RemediesOut, read_check_request, read_dispute
from disputedraft.api.idempotency import HEADER, KEY_PATTERN, MAX_KEY_LENGTH, fingerprint
from disputedraft.api.limits import Busy
from disputedraft.api.openapi import body_doc, problem_responses
from disputedraft.api.problems import ApiProblem
from disputedraft.api.runtime import Runtime
from disputedraft.checks import run_checks
from disputedraft.checks.types import CheckReport
from disputedraft.contract import Dispute
from disputedraft.draft import Draft
from disputedraft.drafting import DraftingService
from disputedraft.errors import DraftRetriesExhausted, ModelError
from disputedraft.policy import Decision

JSON = "application/json"


def _runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


def _json(model: Decision | Draft | CheckReport, headers: dict[str, str] | None = None) -> Response:
    # Serialized by pydantic-core straight to bytes; the model was built by us, so FastAPI's
    # response_model re-validation (declared below for the schema) would only cost time.
    return Response(model.model_dump_json(), media_type=JSON, headers=headers)


def _retry_after(seconds: float | None, default: int) -> dict[str, str]:
    return {"Retry-After": str(max(1, math.ceil(seconds)) if seconds is not None else default)}


async def _draft(service: DraftingService, dispute: Dispute, runtime: Runtime) -> Draft:
    """One draft: the slot is only taken when the handbook actually asks for a model call."""
    try:
        if not service.decide(dispute).needs_model:
            return await service.draft_or_raise(dispute)
        async with runtime.limiter.slot():
            return await service.draft_or_raise(dispute)
    except DraftRetriesExhausted as exc:
        return exc.last_draft  # a normal needs_review/error Draft: the caller decides what next
    except Busy:
        raise ApiProblem(
            503,
            "busy",
            "too many drafts in progress; retry later",
            headers=_retry_after(None, runtime.settings.retry_after_seconds),
        ) from None
    except ModelError as exc:
        # Not retryable (a refused key, no model configured): someone must act, so ask for a longer pause.
        default = runtime.settings.retry_after_seconds * (1 if exc.retryable else 12)
        raise ApiProblem(
            503,
            "model-unavailable",
            f"the model endpoint is unavailable ({exc}); retry later",
            headers=_retry_after(exc.retry_after, default),
        ) from None


v1 = APIRouter(prefix="/v1", dependencies=[Depends(require_token)], responses=problem_responses(401, 500))
ops = APIRouter()


@v1.post(
    "/decisions",
    response_model=Decision,
    summary="Pick the handbook remedy (no model call)",
    openapi_extra=body_doc("Dispute"),
    responses=problem_responses(400, 413, 415, 422),
)
async def post_decision(request: Request) -> Response:
    runtime = _runtime(request)
    dispute = await read_dispute(request, runtime.settings.max_body_bytes)
    return _json(runtime.require_backend().service.decide(dispute))


@v1.post(
    "/drafts",
    response_model=Draft,
    summary="Draft a checked reply to the buyer",
    openapi_extra=body_doc("Dispute"),
    responses=problem_responses(400, 413, 415, 422, 503),
)
async def post_draft(
    request: Request,
    idempotency_key: Annotated[
        str | None,
        Header(
            alias=HEADER,
            max_length=MAX_KEY_LENGTH,
            pattern=KEY_PATTERN,
            description="Retry with the same key (and body) to get the same Draft back, without drafting "
            "again. Kept 24 h per server instance; reusing a key for another dispute is a 422.",
        ),
    ] = None,
) -> Response:
    runtime = _runtime(request)
    dispute = await read_dispute(request, runtime.settings.max_body_bytes)
    service = runtime.require_backend().service
    if idempotency_key is None:
        return _json(await _draft(service, dispute, runtime))
    draft, replayed = await runtime.drafts.run(
        idempotency_key, fingerprint(dispute.model_dump_json()), lambda: _draft(service, dispute, runtime)
    )
    return _json(draft, {HEADER: idempotency_key, "Idempotent-Replayed": "true" if replayed else "false"})


@v1.post(
    "/checks",
    response_model=CheckReport,
    summary="Check a reply against the hard and tone rules",
    openapi_extra=body_doc("CheckRequest"),
    responses=problem_responses(400, 413, 415, 422),
)
async def post_check(request: Request) -> Response:
    runtime = _runtime(request)
    body = await read_check_request(request, runtime.settings.max_body_bytes)
    service = runtime.require_backend().service
    decision = service.decide(body.dispute)
    return _json(run_checks(body.dispute, decision, body.message, body.language, policy=service.policy))


@v1.get("/remedies", response_model=RemediesOut, summary="The handbook's remedies and their required points")
async def get_remedies(request: Request) -> Response:
    return Response(_runtime(request).remedies_json, media_type=JSON)


@ops.get("/healthz", summary="Liveness: the process answers", responses=problem_responses(500))
async def healthz() -> HealthOut:
    return HealthOut()


@ops.get("/readyz", summary="Readiness: the model endpoint answers", responses=problem_responses(503, 500))
async def readyz(request: Request) -> ReadyOut:
    runtime = _runtime(request)
    backend = runtime.require_backend()
    model = backend.service.model
    if backend.probe is not None and not await backend.probe():
        raise ApiProblem(
            503,
            "not-ready",
            "the model endpoint does not answer yet",
            headers=_retry_after(None, runtime.settings.retry_after_seconds),
        )
    return ReadyOut(model=model.name if model else None)
