"""buyer_language: the reply is written in the buyer's language.

Detection runs on the reply without its tracking numbers, amounts, links and quoted
names/addresses/product titles (see text.strip_for_detection). Too little text, or an
unsure detector, passes with the reason said: a wrong "wrong language" costs a good
draft, while a reply in the wrong language is long enough to be detected confidently.

A reply in the buyer's language can still carry a paragraph in another one ("the options in
English"), which the sample of the whole reply outvotes. Detection is costly, so a paragraph is
read on its own only when a cheap sign says it looks foreign: its letters are in another script
than the buyer's language, or it holds several English function words in a reply not due in
English (lexicon `style.yaml`, `foreign_paragraph`). Neighbouring suspect paragraphs are read
together; fewer than 60 letters (a Chinese character counting three) are not read at all.
A single sentence in another language is looked for next (foreign_sentence.py); the cheap
signs both use are in language_signs.py. Last, a sign-off formula of another language on a line
of its own ("Cordiali saluti" under a German reply), which no detector reads surely.
"""

from __future__ import annotations

import re

from disputedraft.checks.context import CheckContext
from disputedraft.checks.foreign_sentence import foreign_sentence
from disputedraft.checks.language_signs import (
    LETTERS,
    PARAGRAPH_LETTERS,
    PARAGRAPHS,
    SURE,
    canonical,
    looks_foreign,
    weight,
)
from disputedraft.checks.outcome import verdict
from disputedraft.checks.text import at_least, has_words, strip_for_detection
from disputedraft.checks.types import CheckOutcome
from disputedraft.language import MIN_CONFIDENCE, SUPPORTED, detect

NAME = "buyer_language"
MIN_WORDS = 4
MIN_LETTERS = 20
MAX_PARAGRAPH_READS = 2


def _foreign_paragraph(ctx: CheckContext, expected: str) -> tuple[str, float, str] | None:
    groups: list[str] = []
    previous: str | None = None
    for paragraph in PARAGRAPHS.split(ctx.text):
        # Stripping only removes words, so a paragraph whose raw text shows no sign shows none
        # stripped either; most paragraphs stop here, before the costlier strip.
        sign = looks_foreign(paragraph, expected, ctx, raw=True)
        if sign is not None:
            stripped = strip_for_detection(paragraph, ctx.known.phrases)
            sign = looks_foreign(stripped, expected, ctx)
            if sign is not None and sign == previous:
                groups[-1] += " " + stripped
            elif sign is not None:
                groups.append(stripped)
        previous = sign
    reads = 0
    for text in groups:
        if weight(text) < PARAGRAPH_LETTERS:
            continue
        if reads == MAX_PARAGRAPH_READS:
            break
        reads += 1
        detected, confidence = detect(text)
        if detected and canonical(detected) != expected and confidence >= max(SURE, MIN_CONFIDENCE):
            return detected, confidence, text
    return None


# A sign-off line: the formula alone, or followed by a comma and a signature ("Hälsningar, Nordisk Textil").
_CLOSING_LINE = re.compile(r"[\W_]*(?P<formula>[^,\n]+?)[\s,.!:;~-]*(?:,[^\n]*)?")


def _foreign_closing(ctx: CheckContext, expected: str) -> tuple[str, float, str] | None:
    """A closing formula of another language on a line of its own (lexicon `style.yaml`, `closings`):
    two or three words are too few for the detector, and a signature is never read by it."""
    closings = ctx.lexicon.closings.by_lang
    own = closings.get(expected)
    # One try of all languages at once first: most lines are no closing formula in any of them.
    any_closing = ctx.lexicon.closings.any_exact
    for line in ctx.folded.splitlines():
        m = _CLOSING_LINE.fullmatch(line.strip())
        if m is None:
            continue
        formula = m.group("formula").strip()
        if any_closing is not None and not any_closing.fullmatch(formula):
            continue
        if own is not None and own.exact.fullmatch(formula):
            continue
        for lang, pattern in closings.items():
            if lang != expected and pattern.exact.fullmatch(formula):
                return lang, 1.0, formula
    return None


def check_buyer_language(ctx: CheckContext) -> CheckOutcome:
    expected = canonical(ctx.language)
    if expected not in SUPPORTED:
        return verdict(NAME, True, [], f"language {expected!r} cannot be detected; not checked")
    text = ctx.detection_text
    if not has_words(text, MIN_WORDS) or not at_least(LETTERS, text, MIN_LETTERS):
        return verdict(NAME, True, [], "too little text to tell the language; not checked")
    detected, confidence = ctx.detected, ctx.confidence
    if detected is None or confidence < MIN_CONFIDENCE:
        return verdict(NAME, True, [], f"language unclear (confidence {confidence:.2f}); not checked")
    if canonical(detected) == expected:
        foreign = (
            _foreign_paragraph(ctx, expected) or foreign_sentence(ctx, expected) or _foreign_closing(ctx, expected)
        )
        if foreign is not None:
            lang, conf, text = foreign
            problem = f"part of the reply is in {lang} (confidence {conf:.2f}), the buyer's language is {expected}"
            return verdict(NAME, True, [f"{problem}: {text[:60]!r}"], "")
        return verdict(NAME, True, [], f"written in {expected} ({ctx.detected_by})")
    if confidence < SURE:
        return verdict(NAME, True, [], f"probably {detected}, but unsure ({confidence:.2f}); not failed")
    return verdict(NAME, True, [f"written in {detected} ({ctx.detected_by}), the buyer's language is {expected}"], "")
