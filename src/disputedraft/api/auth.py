"""Bearer-token auth for /v1: on when DISPUTEDRAFT_API_TOKEN is set, checked in constant time."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from disputedraft.api.problems import ApiProblem

REALM = 'Bearer realm="disputedraft"'

# auto_error=False: we answer ourselves, as problem+json with a WWW-Authenticate challenge.
# Declaring it as a dependency is also what puts the scheme into the OpenAPI document.
_bearer = HTTPBearer(auto_error=False, description="Required when the server sets DISPUTEDRAFT_API_TOKEN.")


def expected_token(request: Request) -> str | None:
    token: str | None = request.app.state.runtime.settings.token
    return token


async def require_token(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> None:
    expected = expected_token(request)
    if expected is None:
        return
    if credentials is None or not credentials.credentials:
        raise ApiProblem(
            401,
            "unauthorized",
            "this API needs an 'Authorization: Bearer <token>' header",
            headers={"WWW-Authenticate": REALM},
        )
    # compare_digest on bytes: constant time in the token's content, so timing reveals nothing.
    if not hmac.compare_digest(credentials.credentials.encode(), expected.encode()):
        raise ApiProblem(
            401,
            "unauthorized",
            "the bearer token is not valid",
            headers={"WWW-Authenticate": REALM + ', error="invalid_token"'},
        )
