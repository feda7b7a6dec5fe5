"""no_feedback_request and no_blame: what the handbook forbids asking of, or saying to, the buyer.

Feedback: any request about feedback, reviews, ratings or stars is flagged, including a
plain "please leave us feedback". While a dispute is open such a request reads as a
trade (close it and rate us well), which marketplaces treat as feedback manipulation.
Thanking the buyer "for your feedback" (their message) is not a request and passes.
Indirect requests count too: "don't let this affect your rating", "a kind word in your
review", "tell other buyers". So is a request to close the dispute where the remedy does not
make one (dispute_close.py).

Blame: patterns on the whole reply (the buyer's use, reading, screen or escalation; a
carrier named right next to a fault word), plus a sentence-level rule for third parties:
a sentence that names a carrier, the post, customs, a warehouse partner or the platform
and passes a verdict on them (conduct.yaml `blame_verdicts`), or names a fault of theirs
and judges it (`blame_party_faults` with `blame_party_judgements`: "evidently handled it
badly", "as always lost it") or guesses it (`blame_speculation`: "USPS probably tore it
open"); the seller's supplier or manufacturer counts as a party ("our supplier sent us the
wrong batch without warning"); and one for the buyer: a guess about what they did (`blame_speculation` with
`blame_buyer_deeds`: "you probably misread the size chart").
"Next time we'll pack it better" is the seller's promise and passes
(`blame_next_time`, `blame_seller_subject`, `blame_advice`). Once a return has arrived
(`return_received`), the reply has nothing to say about the state the buyer sent it back
in: "signs of use", "creased", "badly packed" there (conduct.yaml `returned_item_state`)
reproach the buyer, even when the sentence goes on "but we'll let it go". "Without any
signs of use" passes.
"""

from __future__ import annotations

from disputedraft.checks.context import CheckContext
from disputedraft.checks.dispute_close import close_requests
from disputedraft.checks.outcome import verdict
from disputedraft.checks.text import fold
from disputedraft.checks.types import CheckOutcome

FEEDBACK = "no_feedback_request"
BLAME = "no_blame"


def check_no_feedback_request(ctx: CheckContext) -> CheckOutcome:
    found = [
        f"asks about feedback/reviews/ratings ({ctx.quote(m.start(), m.end(), 8)})"
        for m in ctx.lexicon.feedback.finditer(ctx.folded, ctx.langs)
    ]
    found += close_requests(ctx)
    return verdict(FEEDBACK, True, found, "no request about feedback, reviews or ratings")


def _third_party_blame(ctx: CheckContext) -> list[str]:
    # Naming the carrier or customs is a fact; a verdict on them in the same sentence is blame.
    lex = ctx.lexicon
    carrier = fold(ctx.decision.facts.carrier or "")
    # Most replies name no party, or in one sentence: a look at the whole reply tells which
    # sentences need a search (PartGate). A sentence is a part of the reply cut at spaces and
    # sentence marks, which the carrier pattern's lookarounds do not accept either, so a
    # carrier a sentence names is named in the reply.
    parties = lex.blame_parties.gate_within(ctx.folded, ctx.langs)
    carriers = lex.facts.carriers.search(ctx.folded) is not None
    if not (parties or carriers or (carrier and carrier in ctx.folded)):
        return []
    found = []
    for sentence in ctx.sentences:
        named = (
            (parties.admits(sentence) and lex.blame_parties.matches(sentence, ctx.langs))
            or (carriers and lex.facts.carriers.search(sentence))
            or (carrier and carrier in sentence)
        )
        if not named:
            continue
        said = lex.blame_verdicts.search(sentence, ctx.langs)
        if not said:
            # "the courier evidently handled it very badly": a fault event plus a judgement on it
            # "USPS probably tore the box open": a guess about the party's fault is a verdict too
            fault = lex.blame_party_faults.search(sentence, ctx.langs)
            judged = fault and (
                lex.blame_party_judgements.matches(sentence, ctx.langs)
                or lex.blame_speculation.matches(sentence, ctx.langs)
            )
            said = fault if judged else None
        if said:
            start = ctx.folded.find(sentence)
            where = ctx.quote(start + said.start(), start + said.end(), 20) if start >= 0 else repr(sentence[:70])
            found.append(f"blames the carrier, the post or customs ({where})")
    return found


def _speculation_on_buyer(ctx: CheckContext) -> list[str]:
    # "probably you or someone at home took it", "it seems your packaging was not enough"
    lex = ctx.lexicon
    speculation = lex.blame_speculation.gate_within(ctx.folded, ctx.langs)
    if not speculation:
        return []
    found = []
    for sentence in ctx.sentences:
        guess = speculation.admits(sentence) and lex.blame_speculation.search(sentence, ctx.langs)
        if not guess:
            continue
        deed = lex.blame_buyer_deeds.search(sentence, ctx.langs)
        if deed:
            found.append(f"blames the buyer by guessing what they did ({guess.group(0)!r} ... {deed.group(0)!r})")
    return found


def _returned_item_reproach(ctx: CheckContext) -> list[str]:
    if ctx.decision.remedy != "return_received":
        return []
    lex = ctx.lexicon
    found = []
    for sentence in ctx.sentences:
        m = next(
            (
                m
                for m in lex.returned_state.finditer(sentence, ctx.langs)
                if not lex.returned_state_negated_before.matches(sentence[: m.start()], ())
                and not lex.returned_state_negated_after.matches(sentence[m.end() :], ())
            ),
            None,
        )
        if m:
            found.append(f"comments on the state of the returned item ({m.group(0)!r} in {sentence[:80]!r})")
    return found


def _seller_promise(ctx: CheckContext, start: int, end: int) -> bool:
    """A blame match that is the seller's "next time we'll ..." promise (conduct.yaml: blame_next_time)."""
    lex, text = ctx.lexicon, ctx.folded
    if not lex.blame_next_time.matches(text[start:end], ()):
        return False
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    sentence = text[left : min(rights) if rights else len(text)]
    # the clauses the match spans: "we're sorry, ... so it's worth reading ... next time" is advice
    a, b = start - left, end - left
    lo = max(sentence.rfind(c, 0, a) for c in ",;:") + 1
    his = [i for i in (sentence.find(c, b) for c in ",;:") if i >= 0]
    clauses = sentence[lo : min(his) if his else len(sentence)]
    return lex.blame_seller_subject.matches(clauses, ()) and not lex.blame_advice.matches(sentence, ())


def check_no_blame(ctx: CheckContext) -> CheckOutcome:
    found = [
        f"blames the buyer or others ({ctx.quote(m.start(), m.end(), 8)})"
        for m in ctx.lexicon.blame.finditer(ctx.folded, ctx.langs)
        if not _seller_promise(ctx, m.start(), m.end())
    ]
    found += _third_party_blame(ctx)
    found += _speculation_on_buyer(ctx)
    found += _returned_item_reproach(ctx)
    return verdict(BLAME, True, found, "no blame on the buyer, the carrier or customs")
