"""Knobs of the HTTP front end, from arguments or `DISPUTEDRAFT_API_*` environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields

from disputedraft.errors import FieldProblem, InvalidInput

TOKEN_ENV = "DISPUTEDRAFT_API_TOKEN"
_PREFIX = "DISPUTEDRAFT_API_"


@dataclass(frozen=True)
class ApiSettings:
    # Bearer token every /v1 call must present; None leaves the API open (loopback use).
    token: str | None = None
    # A dispute is a few KiB; 256 KiB leaves room for long message threads and stops abuse.
    max_body_bytes: int = 256 * 1024
    # Drafts running against the model at once: more would only queue inside the model server.
    max_concurrent_drafts: int = 4
    # Drafts allowed to wait for a slot; beyond that a caller is told to come back (503).
    max_queued_drafts: int = 32
    # How long a draft may wait for a slot before it gets 503 + Retry-After.
    queue_wait_seconds: float = 30.0
    # Retry-After when we are the bottleneck (queue full) or the model gave no hint.
    retry_after_seconds: int = 5
    idempotency_ttl_seconds: float = 24 * 3600.0
    idempotency_max_entries: int = 10_000

    def __post_init__(self) -> None:
        problems = [
            FieldProblem(f.name, "must be positive")
            for f in fields(self)
            if f.name != "token" and getattr(self, f.name) <= 0
        ]
        if self.token is not None and not self.token.strip():
            problems.append(FieldProblem(TOKEN_ENV, "is set but empty; unset it or give a real token"))
        if problems:
            raise InvalidInput("API settings", problems)

    def __repr__(self) -> str:  # the token must never reach a log line
        shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self) if f.name != "token")
        return f"ApiSettings(token={'***' if self.token else None}, {shown})"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> ApiSettings:
        """DISPUTEDRAFT_API_TOKEN plus DISPUTEDRAFT_API_<FIELD> for each numeric field;
        explicit overrides (CLI flags) win, None meaning "not given"."""
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        problems: list[FieldProblem] = []
        if TOKEN_ENV in env:
            values["token"] = env[TOKEN_ENV]
        for f in fields(cls):
            name = _PREFIX + f.name.upper()
            if f.name == "token" or name not in env:
                continue
            kind = float if "seconds" in f.name and f.name != "retry_after_seconds" else int
            try:
                values[f.name] = kind(env[name])
            except ValueError:
                problems.append(FieldProblem(name, f"expected {'a number' if kind is float else 'an integer'}"))
        if problems:
            raise InvalidInput("environment", problems)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
