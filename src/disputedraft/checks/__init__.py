"""The reply checks, shared by drafting and the eval suite: `run_checks(dispute, decision, message)`.

Each check is a small function `(CheckContext) -> CheckOutcome` that passes or fails with a
reason. Hard checks decide `CheckReport.passed`; tone checks are reported only. Word lists
live in `policies/lexicon/*.yaml` (see lexicon.py).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from disputedraft.checks.conduct import check_no_blame, check_no_feedback_request
from disputedraft.checks.contact import check_no_off_platform_contact
from disputedraft.checks.context import CheckContext, build_context
from disputedraft.checks.facts import check_no_invented_facts
from disputedraft.checks.internal import check_no_internal_notes
from disputedraft.checks.known import KnownFacts, known_facts
from disputedraft.checks.language_check import check_buyer_language
from disputedraft.checks.lexicon import Lexicon, default_lexicon, load_lexicon
from disputedraft.checks.offers import check_no_unallowed_offer
from disputedraft.checks.points import check_required_points
from disputedraft.checks.residue import check_no_placeholders
from disputedraft.checks.shouting import check_no_shouting
from disputedraft.checks.tone import (
    buyer_is_upset,
    check_empathy_when_upset,
    check_greets_buyer,
    check_length,
    check_signed_by_store,
)
from disputedraft.checks.types import CheckOutcome, CheckReport, Violation
from disputedraft.contract import Dispute
from disputedraft.policy.decision import Decision

if TYPE_CHECKING:
    from disputedraft.policy.loader import Policy

CheckFn = Callable[[CheckContext], CheckOutcome]


@dataclass(frozen=True)
class Check:
    name: str
    hard: bool
    run: CheckFn


# Order is the order of the report: the rules of the handbook first, then tone.
CHECKS: tuple[Check, ...] = (
    Check("required_points", True, check_required_points),
    Check("no_unallowed_offer", True, check_no_unallowed_offer),
    Check("no_invented_facts", True, check_no_invented_facts),
    Check("no_off_platform_contact", True, check_no_off_platform_contact),
    Check("no_placeholders", True, check_no_placeholders),
    Check("no_internal_notes", True, check_no_internal_notes),
    Check("buyer_language", True, check_buyer_language),
    Check("no_feedback_request", True, check_no_feedback_request),
    Check("no_blame", True, check_no_blame),
    Check("no_shouting", True, check_no_shouting),
    Check("greets_buyer", False, check_greets_buyer),
    Check("empathy_when_upset", False, check_empathy_when_upset),
    Check("length", False, check_length),
    Check("signed_by_store", False, check_signed_by_store),
)
HARD_CHECKS = tuple(c.name for c in CHECKS if c.hard)
TONE_CHECKS = tuple(c.name for c in CHECKS if not c.hard)
# How long run_checks_async keeps the event loop before handing it back between two checks.
HAND_BACK_AFTER_S = 0.0005


def facts_of(
    dispute: Dispute, decision: Decision, lexicon: Lexicon | None = None, policy: Policy | None = None
) -> KnownFacts:
    """What a reply to this dispute may state; pass it to `run_checks` to check several replies.
    `policy` is the one the Decision was made with (None: the default policy)."""
    return known_facts(dispute, decision, (lexicon or default_lexicon()).facts, policy.seller if policy else None)


def run_checks(
    dispute: Dispute,
    decision: Decision,
    message: str,
    language: str | None = None,
    *,
    lexicon: Lexicon | None = None,
    known: KnownFacts | None = None,
    policy: Policy | None = None,
) -> CheckReport:
    """Check a reply (plain text, any language) against the Decision and the house rules.

    `language` is the language the reply must be in (a tag such as "es" or "pt-BR");
    None means the buyer's language as `language.buyer_language` finds it. `policy` is the one
    the Decision was made with (None: the default policy): its seller's numbers are facts.
    """
    ctx = build_context(dispute, decision, message, language, lexicon, known=known, policy=policy)
    return CheckReport.from_outcomes([_run_one(check, ctx) for check in CHECKS])


async def run_checks_async(
    dispute: Dispute,
    decision: Decision,
    message: str,
    language: str | None = None,
    *,
    lexicon: Lexicon | None = None,
    known: KnownFacts | None = None,
    policy: Policy | None = None,
) -> CheckReport:
    """`run_checks`, handing the event loop back between checks (every HAND_BACK_AFTER_S).

    A batch worker or the API has dozens of drafts in flight on one loop. A reply's checks run
    in one go (2-4 ms) would keep the model answers that arrive meanwhile waiting behind them,
    and each waiting answer holds its concurrency slot past the endpoint's latency; between
    checks, those answers free their slots and the next requests go out. Against the fake
    100 ms endpoint at concurrency 64 this took the batch from 50-52% to 56-62% of the ideal
    (benchmarks/bench_batch.py throughput, back to back). The loop is handed back once the
    checks have run for HAND_BACK_AFTER_S, not before every one: most checks take 20-300 us,
    and a turn of the loop with nothing waiting costs 4-6 us, 16 of them a draft (session 18).
    """
    await asyncio.sleep(0)
    ctx = build_context(dispute, decision, message, language, lexicon, known=known, policy=policy)
    outcomes = []
    due = time.perf_counter() + HAND_BACK_AFTER_S
    for check in CHECKS:
        if time.perf_counter() >= due:
            await asyncio.sleep(0)
            due = time.perf_counter() + HAND_BACK_AFTER_S
        outcomes.append(_run_one(check, ctx))
    return CheckReport.from_outcomes(outcomes)


def _run_one(check: Check, ctx: CheckContext) -> CheckOutcome:
    outcome = check.run(ctx)
    # The registry, not each function, is the authority on name and hardness.
    if outcome.check != check.name or outcome.hard != check.hard:
        outcome = outcome.model_copy(update={"check": check.name, "hard": check.hard})
    return outcome


__all__ = [
    "CHECKS",
    "HARD_CHECKS",
    "TONE_CHECKS",
    "Check",
    "CheckContext",
    "CheckOutcome",
    "CheckReport",
    "Lexicon",
    "Violation",
    "build_context",
    "buyer_is_upset",
    "default_lexicon",
    "facts_of",
    "load_lexicon",
    "run_checks",
    "run_checks_async",
]
