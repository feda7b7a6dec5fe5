"""no_feedback_request and no_blame: what the handbook forbids asking of, or saying to, the buyer.

Feedback: any request about feedback, reviews, ratings or stars is flagged, including a
plain "please leave us feedback". While a dispute is open such a request reads as a
trade (close it and rate us well), which marketplaces treat as feedback manipulation.
Thanking the buyer "for your feedback" (their message) is not a request and passes.
"""

from __future__ import annotations

from disputedraft.checks.context import CheckContext
from disputedraft.checks.outcome import verdict
from disputedraft.checks.types import CheckOutcome

FEEDBACK = "no_feedback_request"
BLAME = "no_blame"


def check_no_feedback_request(ctx: CheckContext) -> CheckOutcome:
    found = [
        f"asks about feedback/reviews/ratings ({ctx.quote(m.start(), m.end(), 8)})"
        for m in ctx.lexicon.feedback.finditer(ctx.folded, ctx.langs)
    ]
    return verdict(FEEDBACK, True, found, "no request about feedback, reviews or ratings")


def check_no_blame(ctx: CheckContext) -> CheckOutcome:
    found = [
        f"blames the buyer or others ({ctx.quote(m.start(), m.end(), 8)})"
        for m in ctx.lexicon.blame.finditer(ctx.folded, ctx.langs)
    ]
    return verdict(BLAME, True, found, "no blame on the buyer, the carrier or customs")
