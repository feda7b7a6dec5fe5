"""Asking the buyer to close, cancel or withdraw the dispute, where the remedy does not.

The handbook asks for it in one situation only: a parcel still in transit (3), where closing
the dispute for now comes with longer protection, so that remedy lists it as a required point
(`ask_close`). Anywhere else the request takes the buyer's protection away while the problem
is open, and it reads as a trade ("close the dispute first and we'll process it"), which
marketplaces treat like a feedback request. The same cues that satisfy `ask_close` find it,
sentence by sentence; a sentence that says the case closes by itself, by the platform's hand
or in the passive ("the dispute will be closed once the platform decides", conduct.yaml
`close_statements`) states a fact and passes.
"""

from __future__ import annotations

from disputedraft.checks.context import CheckContext

POINT = "ask_close"


def close_requests(ctx: CheckContext) -> list[str]:
    if any(point.id == POINT for point in ctx.decision.required_points):
        return []
    cues = ctx.lexicon.points.cues.get(POINT)
    # One search of the whole reply (its literals are already known to the prefilter) spares
    # the sentence-by-sentence reading on the replies that never mention closing.
    if cues is None or not cues.matches(ctx.folded, ctx.langs):
        return []
    found = []
    for sentence in ctx.sentences:
        m = cues.search(sentence, ctx.langs)
        if m and not ctx.lexicon.close_statements.matches(sentence, ctx.langs):
            found.append(
                f"asks the buyer to close or withdraw the dispute, which this remedy does not ask for ({m.group(0)!r})"
            )
    return found
