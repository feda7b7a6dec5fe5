"""Per-app state: the backend once started, the draft limiter and the idempotency store."""

from __future__ import annotations

from dataclasses import dataclass, field

from disputedraft.api.backend import Backend
from disputedraft.api.idempotency import IdempotencyStore
from disputedraft.api.limits import DraftLimiter
from disputedraft.api.problems import ApiProblem
from disputedraft.api.settings import ApiSettings
from disputedraft.draft import Draft


@dataclass
class Runtime:
    settings: ApiSettings
    limiter: DraftLimiter
    drafts: IdempotencyStore[Draft]
    backend: Backend | None = None
    remedies_json: bytes = field(default=b"", repr=False)  # rendered once: the policy is fixed per process

    @classmethod
    def create(cls, settings: ApiSettings) -> Runtime:
        return cls(
            settings=settings,
            limiter=DraftLimiter(
                settings.max_concurrent_drafts, settings.max_queued_drafts, settings.queue_wait_seconds
            ),
            drafts=IdempotencyStore(settings.idempotency_ttl_seconds, settings.idempotency_max_entries),
        )

    def require_backend(self) -> Backend:
        if self.backend is None:  # only between app creation and the end of its startup
            raise ApiProblem(
                503,
                "not-ready",
                "the service is starting",
                headers={"Retry-After": str(self.settings.retry_after_seconds)},
            )
        return self.backend
