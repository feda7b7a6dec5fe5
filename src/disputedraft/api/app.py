"""`create_app`: the FastAPI application around one backend (a DraftingService and its model)."""

from __future__ import annotations

import argparse
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI

from disputedraft import __version__
from disputedraft.api import problems
from disputedraft.api.backend import BackendFactory, backend_from_args, static_backend
from disputedraft.api.bodies import RemediesOut
from disputedraft.api.openapi import build_openapi
from disputedraft.api.routes import ops, v1
from disputedraft.api.runtime import Runtime
from disputedraft.api.settings import ApiSettings
from disputedraft.api.warmup import warm_up
from disputedraft.drafting import DraftingService
from disputedraft.policy import default_policy

log = logging.getLogger("disputedraft.api")

DESCRIPTION = """\
Drafts replies from an online seller to a buyer who opened a dispute.

The handbook picks the remedy (`POST /v1/decisions`, no model call); a model writes the reply
within it and checks guard every draft (`POST /v1/drafts`); `POST /v1/checks` runs the same
checks on any reply. Errors are `application/problem+json` (RFC 9457).
"""


def create_app(
    backend: BackendFactory | DraftingService | None = None, settings: ApiSettings | None = None, *, warm: bool = True
) -> FastAPI:
    """The API over `backend`: a factory entered for the app's lifetime (it may start the
    embedded model), or a ready DraftingService (fakes, tests). None: decisions only.
    `warm` pays the one-off loading costs at startup rather than on the first draft."""
    settings = settings or ApiSettings.from_env()
    factory: BackendFactory
    if backend is None or isinstance(backend, DraftingService):
        factory = static_backend(backend or DraftingService())
    else:
        factory = backend
    runtime = Runtime.create(settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # The model starts before the first request is accepted and stops after the last one.
        async with factory() as opened:
            if warm:
                await warm_up(opened.service)
            policy = opened.service.policy or default_policy()
            runtime.remedies_json = (
                RemediesOut(policy_version=policy.spec.version, remedies=dict(policy.spec.remedies))
                .model_dump_json()
                .encode()
            )
            runtime.backend = opened
            log.info("disputedraft API ready (model: %s)", opened.service.model.name if opened.service.model else None)
            try:
                yield
            finally:
                runtime.backend = None

    app = FastAPI(
        title="disputedraft",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url="/docs",
        redoc_url=None,
        # Stable operation ids (the function names) for generated clients.
        generate_unique_id_function=lambda route: route.name,
    )
    app.state.runtime = runtime
    problems.install(app)
    app.include_router(v1)
    app.include_router(ops)
    schema: dict[str, Any] = {}

    def openapi() -> dict[str, Any]:
        if not schema:
            schema.update(build_openapi(app))
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def create_app_from_env() -> FastAPI:
    """For `uvicorn --factory disputedraft.api:create_app_from_env`: settings and model from the
    environment (DISPUTEDRAFT_API_*, OPENAI_BASE_URL, DISPUTEDRAFT_MODEL, DISPUTEDRAFT_FAKE_MODEL)."""
    settings = ApiSettings.from_env()
    return create_app(backend_from_args(argparse.Namespace(), slots=settings.max_concurrent_drafts), settings)
