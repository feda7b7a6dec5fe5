"""The drafting service: decide -> render -> model -> parse -> check -> repair -> Draft.

Every interface (CLI, HTTP, MCP, batch, eval) is a thin shell over `DraftingService`.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from disputedraft.checks import buyer_is_upset, default_lexicon, facts_of, run_checks_async
from disputedraft.checks.types import Violation
from disputedraft.contract import Dispute
from disputedraft.defaults import MAX_ATTEMPTS
from disputedraft.draft import Draft, Status, Timing
from disputedraft.errors import DraftRetriesExhausted, ModelError, ModelOutputError
from disputedraft.language import buyer_language
from disputedraft.llm.types import ChatModel, ChatRequest, Usage
from disputedraft.policy import Decision, Policy, decide, default_policy
from disputedraft.policy.decide import merged_seller
from disputedraft.policy.phrasebook import signed_in
from disputedraft.prompting import (
    PromptSet,
    assemble,
    draft_messages,
    parse_reply,
    prompt_set,
    repair_messages,
    reply_schema,
    translate_messages,
    with_codes,
)


@dataclass
class _Attempts:
    """What the repair loop has gathered so far."""

    usage: Usage = field(default_factory=Usage)
    model_ms: float = 0.0
    prompt_ms: float | None = None
    generation_ms: float | None = None
    model_name: str | None = None
    count: int = 0

    def add_timing(self, prompt_ms: float | None, generation_ms: float | None) -> None:
        if prompt_ms is not None:
            self.prompt_ms = (self.prompt_ms or 0.0) + prompt_ms
        if generation_ms is not None:
            self.generation_ms = (self.generation_ms or 0.0) + generation_ms


@dataclass(frozen=True)
class _Job:
    """One dispute on its way through the service."""

    dispute: Dispute
    decision: Decision
    language: tuple[str, str]  # (code, how it was found)
    started: float


@dataclass
class DraftingService:
    # None is allowed for callers that only decide, or whose dispute may need a person anyway.
    model: ChatModel | None = None
    policy: Policy | None = None
    max_attempts: int = MAX_ATTEMPTS
    temperature: float = 0.2
    # A repair at the same low temperature tends to repeat the rejected reply word for word.
    repair_temperature: float = 0.6
    max_tokens: int = 450
    prompts: PromptSet = field(default_factory=prompt_set)

    def decide(self, dispute: Dispute) -> Decision:
        return decide(dispute, self.policy)

    def _job(self, dispute: Dispute) -> _Job:
        # The clock starts first: deciding and reading the buyer's language are part of a
        # draft's time (a first lingua read loads its models: seconds).
        started = time.perf_counter()
        policy = self.policy or default_policy()
        decision, language = decide(dispute, policy), buyer_language(dispute)
        if merged_seller(dispute, policy.seller).signature is None:
            decision = signed_in(decision, language[0])
        return _Job(dispute, decision, language, started)

    def _draft(self, job: _Job, status: Status, runs: _Attempts | None = None, **fields: object) -> Draft:
        runs = runs or _Attempts()
        timing = Timing(
            total_ms=(time.perf_counter() - job.started) * 1000,
            model_ms=runs.model_ms,
            prompt_ms=runs.prompt_ms,
            generation_ms=runs.generation_ms,
        )
        return Draft.model_validate(
            {
                "dispute_id": job.dispute.id,
                "status": status,
                "remedy": job.decision.remedy,
                "language": job.language[0],
                "language_source": job.language[1],
                "attempts": runs.count,
                "model": runs.model_name,
                "usage": runs.usage,
                "timing": timing,
                "template_hash": self.prompts.hash,
                "decision": job.decision,
                **fields,
            }
        )

    async def draft(self, dispute: Dispute) -> Draft:
        """Never raises for model trouble: the Draft says `error` or `needs_review` instead."""
        job = self._job(dispute)
        try:
            return await self._run(job)
        except DraftRetriesExhausted as exc:
            return exc.last_draft
        except ModelError as exc:
            runs = _Attempts(model_name=self.model.name if self.model else None)
            return self._draft(job, "error", runs, error=str(exc))

    def draft_sync(self, dispute: Dispute) -> Draft:
        return asyncio.run(self.draft(dispute))

    async def draft_or_raise(self, dispute: Dispute) -> Draft:
        """Raises ModelError when the model cannot be reached (after retries) and
        DraftRetriesExhausted (carrying the last draft) when repairs did not make it pass."""
        return await self._run(self._job(dispute))

    async def _run(self, job: _Job) -> Draft:
        if not job.decision.needs_model:
            return self._draft(job, "human_review")
        return await self._repair_loop(job, _Attempts())

    async def _repair_loop(self, job: _Job, runs: _Attempts) -> Draft:
        model = self.model
        if model is None:
            raise ModelError("no model configured for drafting")
        dispute, decision, lang = job.dispute, job.decision, job.language[0]
        # Looked up once a draft: each look-up reads the environment for an override.
        lexicon = default_lexicon()
        upset = buyer_is_upset(dispute, lexicon)
        first = draft_messages(dispute, decision, lang, buyer_upset=upset, prompts=self.prompts)
        messages = first
        schema = reply_schema(decision)
        known = facts_of(dispute, decision, lexicon, self.policy)
        message: str | None = None
        parts: dict[str, str] = {}
        violations: list[Violation] = []
        temperature = self.temperature
        translated = False
        for attempt in range(1, self.max_attempts + 1):
            request = ChatRequest(
                messages=messages,
                schema=schema,
                temperature=temperature,
                max_tokens=self.max_tokens,
                seed=attempt,
                decision=decision,
                language=lang,
            )
            result = await model.complete(request)
            runs.count = attempt
            runs.usage += result.usage
            runs.model_ms += result.latency_ms
            runs.add_timing(result.prompt_ms, result.generation_ms)
            runs.model_name = result.model
            try:
                parts = with_codes(parse_reply(result.content, decision), decision)
            except ModelOutputError as exc:
                violations = [Violation(check="reply_format", detail=str(exc))]
            else:
                message = assemble(parts, decision)
                report = await run_checks_async(dispute, decision, message, lang, lexicon=lexicon, known=known)
                violations = report.violations
                if report.passed:
                    return self._draft(job, "ready", runs, message=message, parts=parts, violations=violations)
            hard = [v for v in violations if v.hard]
            if parts and [v.check for v in hard] == ["buyer_language"] and not translated:
                # Right content, wrong language: a translation keeps what already passed. Only
                # once: a model that cannot write the language echoes its input unchanged.
                messages = translate_messages(first, parts, lang, self.prompts)
                temperature = self.temperature
                translated = True
            else:
                messages = repair_messages(first, result.content, hard, lang, self.prompts)
                temperature = self.repair_temperature
        if message is None:
            error = "the model never produced a reply in the required format"
            last = self._draft(job, "error", runs, violations=violations, error=error)
        else:
            last = self._draft(job, "needs_review", runs, message=message, parts=parts, violations=violations)
        raise DraftRetriesExhausted(last, runs.count)
