"""One queue item in, one finished record line out: the unit every batch path shares.

Nothing here raises for a bad dispute or a failing model: each ends as a record, so the batch
goes on. What does propagate stops the run, and the dispute is redone by a rerun: cancellation,
and a broken policy or lexicon file (PolicyError), which would fail every dispute alike, so
a million identical error records would help no one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from disputedraft.batch.records import ERROR, draft_line, error_line
from disputedraft.drafting import DraftingService
from disputedraft.errors import DraftRetriesExhausted, InvalidInput, ModelError, PolicyError
from disputedraft.llm.types import Usage
from disputedraft.loading import dispute_from_obj

log = logging.getLogger(__name__)
_logged: set[str] = set()


@dataclass(frozen=True, slots=True)
class WorkItem:
    key: str
    source: str
    obj: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Outcome:
    key: str
    status: str
    line: bytes
    usage: Usage


def error_outcome(key: str, error: str, source: str, **extra: Any) -> Outcome:
    return Outcome(key, ERROR, error_line(key, error, source, **extra), Usage())


async def draft_item(service: DraftingService, item: WorkItem) -> Outcome:
    try:
        dispute = dispute_from_obj(item.obj, item.source)
    except InvalidInput as exc:
        return error_outcome(item.key, "invalid dispute: " + "; ".join(str(p) for p in exc.problems), item.source)
    try:
        draft = await service.draft_or_raise(dispute)
    except DraftRetriesExhausted as exc:
        draft = exc.last_draft  # needs_review (or error: never a usable reply), kept for a person
    except ModelError as exc:
        return error_outcome(item.key, str(exc), item.source, retryable=exc.retryable)
    except PolicyError:
        raise
    except Exception as exc:  # a bug must cost one record, not the batch
        kind = type(exc).__name__
        if kind not in _logged:  # one traceback per kind of bug, not one per dispute
            _logged.add(kind)
            log.exception("drafting %s failed", item.key)
        return error_outcome(item.key, f"internal error: {kind}: {exc}", item.source)
    return Outcome(item.key, draft.status, draft_line(draft, item.source), draft.usage)


class LocalDrafter:
    """The Drafter of an in-process run: each dispute drafted right here, in this event loop."""

    def __init__(self, service: DraftingService, stats: Callable[[], dict[str, Any]] | None = None) -> None:
        self._service = service
        self._stats = stats

    async def __call__(self, item: WorkItem) -> Outcome:
        return await draft_item(self._service, item)

    def stats(self) -> dict[str, Any]:
        return self._stats() if self._stats else {}
