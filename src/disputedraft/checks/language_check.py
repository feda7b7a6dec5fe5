"""buyer_language: the reply is written in the buyer's language.

Detection runs on the reply without its tracking numbers, amounts, links and quoted
names/addresses/product titles (see text.strip_for_detection). Too little text, or an
unsure detector, passes with the reason said: a wrong "wrong language" costs a good
draft, while a reply in the wrong language is long enough to be detected confidently.
"""

from __future__ import annotations

import re

from disputedraft.checks.context import CheckContext
from disputedraft.checks.outcome import verdict
from disputedraft.checks.text import word_count
from disputedraft.checks.types import CheckOutcome
from disputedraft.language import MIN_CONFIDENCE, SUPPORTED

NAME = "buyer_language"
MIN_WORDS = 4
MIN_LETTERS = 20
# Below this, lingua's top language is a guess between close candidates; a reply that is
# really in another language scores far above it (0.9+ on a sentence or two).
SURE = 0.5
# Tags that name the same written language.
_SAME = {"no": "nb", "nn": "nb", "iw": "he", "in": "id", "zh-hans": "zh", "zh-hant": "zh"}


_LETTERS = re.compile(r"[^\W\d_]")


def _canonical(code: str) -> str:
    return _SAME.get(code, code)


def check_buyer_language(ctx: CheckContext) -> CheckOutcome:
    expected = _canonical(ctx.language)
    if expected not in SUPPORTED:
        return verdict(NAME, True, [], f"language {expected!r} cannot be detected; not checked")
    text = ctx.detection_text
    if word_count(text) < MIN_WORDS or len(_LETTERS.findall(text)) < MIN_LETTERS:
        return verdict(NAME, True, [], "too little text to tell the language; not checked")
    detected, confidence = ctx.detected, ctx.confidence
    if detected is None or confidence < MIN_CONFIDENCE:
        return verdict(NAME, True, [], f"language unclear (confidence {confidence:.2f}); not checked")
    if _canonical(detected) == expected:
        return verdict(NAME, True, [], f"written in {expected} (confidence {confidence:.2f})")
    if confidence < SURE:
        return verdict(NAME, True, [], f"probably {detected}, but unsure ({confidence:.2f}); not failed")
    return verdict(
        NAME, True, [f"written in {detected} (confidence {confidence:.2f}), the buyer's language is {expected}"], ""
    )
