"""The solver and the run loop: each case drafted by the real DraftingService, then scored.

Runs are independent asyncio tasks behind a semaphore (`--concurrency`); each run's model
requests go to its own cassette, so ordering never matters for replay.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from disputedraft.checks import run_checks
from disputedraft.defaults import MAX_ATTEMPTS
from disputedraft.draft import Draft
from disputedraft.drafting import DraftingService
from disputedraft.evals.cases import EvalCase
from disputedraft.evals.config import EvalConfig
from disputedraft.evals.judge import Judge, JudgeResult
from disputedraft.evals.report import CaseResult, CaseRun
from disputedraft.evals.scorers import Solved, remedy_score, run_passed, score_all
from disputedraft.llm.types import ChatModel, ChatRequest, ChatResult

if TYPE_CHECKING:  # vcrpy is only needed when cassettes are in play
    from disputedraft.evals.cassettes import CassetteDeck, Tape

# Repeat r drafts with seeds offset by SEED_STRIDE * (r - 1); drafting's own seeds are the
# attempt numbers (1..max_attempts), far below the stride, so repeats never share a seed.
# Repeat 1 keeps drafting's seeds untouched: its requests are those of a plain single run.
SEED_STRIDE = 1000


class SeededModel:
    """Shifts every request's seed, so repeats sample different drafts at the same temperature."""

    def __init__(self, inner: ChatModel, offset: int) -> None:
        self.inner = inner
        self.offset = offset

    @property
    def name(self) -> str:
        return self.inner.name

    async def complete(self, request: ChatRequest) -> ChatResult:
        if self.offset and request.seed is not None:
            request = dataclasses.replace(request, seed=request.seed + self.offset)
        return await self.inner.complete(request)

    async def aclose(self) -> None:
        return None  # the wrapped model belongs to the caller


def tape_name(case_id: str, repeat: int) -> str:
    return case_id if repeat == 1 else f"{case_id}.r{repeat}"


@dataclass
class Runner:
    config: EvalConfig
    drafter: ChatModel | None
    judge: Judge | None = None
    deck: CassetteDeck | None = None
    max_attempts: int = MAX_ATTEMPTS

    def service(self, repeat: int) -> DraftingService:
        model = SeededModel(self.drafter, SEED_STRIDE * (repeat - 1)) if self.drafter else None
        return DraftingService(model=model, max_attempts=self.max_attempts)

    async def _solve(self, case: EvalCase, repeat: int) -> Solved:
        draft = await self.service(repeat).draft(case.dispute)
        checks = run_checks(case.dispute, draft.decision, draft.message, draft.language) if draft.message else None
        verdict: JudgeResult | None = None
        # The judge grades the first run of each case: its scores describe the prompt's tone,
        # pass^k counts the deterministic checks, and judging every repeat would double the
        # slowest part of a live run on a small machine.
        if self.judge is not None and draft.message and repeat == 1:
            verdict = await self.judge.judge(case.dispute, draft.decision, draft.message, draft.language)
        return Solved(case=case, draft=draft, checks=checks, judge=verdict)

    async def run_once(self, case: EvalCase, repeat: int) -> CaseRun:
        name = tape_name(case.id, repeat)
        tape: Tape | None = None
        try:
            hint = f"disputedraft eval --live --record --no-checker --only {case.id}" + (
                f" --repeat {repeat}" if repeat > 1 else ""
            )
            with self.deck.tape(name, hint) if self.deck else contextlib.nullcontext() as tape:
                solved = await self._solve(case, repeat)
        except Exception as exc:  # one broken run must not take the suite down; it fails the gate
            return self._crashed(case, repeat, exc, tape)
        return self._record(solved, repeat, tape)

    def _record(self, solved: Solved, repeat: int, tape: Tape | None) -> CaseRun:
        draft: Draft = solved.draft
        scores = score_all(solved, self.config.deciding)
        problems = list(tape.problems) if tape else []
        return CaseRun(
            case_id=solved.case.id,
            repeat=repeat,
            passed=run_passed(scores) and not problems,
            status=draft.status,
            remedy=draft.remedy,
            language=draft.language,
            message=draft.message,
            attempts=draft.attempts,
            draft_violations=draft.violations,
            checks=solved.checks.outcomes if solved.checks else [],
            scores=scores,
            judge=solved.judge,
            model=draft.model,
            usage=draft.usage,
            latency_ms=draft.timing.total_ms,
            model_ms=draft.timing.model_ms,
            prompt_ms=draft.timing.prompt_ms,
            generation_ms=draft.timing.generation_ms,
            draft_error=draft.error,
            cassette=str(tape.path) if tape else None,
            cassette_problems=problems,
            cassette_unused=tape.unused if tape else 0,
        )

    def _crashed(self, case: EvalCase, repeat: int, exc: Exception, tape: Tape | None) -> CaseRun:
        problems = list(tape.problems) if tape else []
        # A cassette miss surfaces as whatever the HTTP stack made of it; the tape says it better.
        error = (
            "a model request had no recorded answer (see cassette problems)"
            if problems
            else f"{type(exc).__name__}: {exc}"
        )
        # The decision needs no model, so the remedy gate still says something true.
        decision = self.service(repeat).decide(case.dispute)
        scores = [remedy_score(decision.remedy, case.expect.remedy, decision.rule)]
        return CaseRun(
            case_id=case.id,
            repeat=repeat,
            passed=False,
            status="error",
            remedy=decision.remedy,
            language=case.language,
            scores=scores,
            error=error,
            cassette=str(tape.path) if tape else None,
            cassette_problems=problems,
        )

    async def run(
        self,
        cases: list[EvalCase],
        repeat: int = 1,
        concurrency: int = 1,
        progress: Callable[[CaseRun], None] | None = None,
    ) -> list[CaseResult]:
        gate = asyncio.Semaphore(max(1, concurrency))

        async def one(case: EvalCase, r: int) -> CaseRun:
            async with gate:
                run = await self.run_once(case, r)
            if progress:
                progress(run)
            return run

        jobs: list[Awaitable[CaseRun]] = [one(c, r) for c in cases for r in range(1, repeat + 1)]
        runs = await asyncio.gather(*jobs)
        by_case: dict[str, list[CaseRun]] = {}
        for run in runs:
            by_case.setdefault(run.case_id, []).append(run)
        return [
            CaseResult(
                id=c.id,
                description=c.description,
                source=c.source,
                language=c.language,
                tags=c.tags,
                expect=c.expect,
                runs=sorted(by_case[c.id], key=lambda r: r.repeat),
            )
            for c in cases
        ]
