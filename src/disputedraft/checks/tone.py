"""Tone checks (reported, never blocking) and `buyer_is_upset`, which drafting also uses."""

from __future__ import annotations

import re
from functools import lru_cache

from disputedraft.checks.context import CheckContext
from disputedraft.checks.lexicon import Lexicon, default_lexicon
from disputedraft.checks.outcome import verdict
from disputedraft.checks.text import fold, fold_normalised, normalise, word_count
from disputedraft.checks.types import CheckOutcome
from disputedraft.contract import Dispute
from disputedraft.language import SUPPORTED

GREETS = "greets_buyer"
EMPATHY = "empathy_when_upset"
LENGTH = "length"
SIGNED = "signed_by_store"
# "Roughly 35-250 words", with a margin: a tight reply that makes all its points in 30
# words is still a good reply, and greeting and signature count as words too.
MIN_WORDS, MAX_WORDS = 25, 300
AIM = "35-250"
SIGNATURE_LINES = 3
_GREETING_CHARS = 120
_CAPS_WORD = re.compile(r"\b[^\W\d_]{4,}\b")


def _upset_reasons(texts: list[str], lex: Lexicon) -> list[str]:
    return list(_upset_cached(tuple(texts), lex))


@lru_cache(maxsize=256)
def _upset_cached(texts: tuple[str, ...], lex: Lexicon) -> tuple[str, ...]:
    # The same dispute is checked once per drafting attempt: read its messages once.
    reasons = []
    for text in texts:
        plain = normalise(text)
        if re.search(r"[!！]{2,}|\?!|!\?", plain):
            reasons.append("repeated '!'")
        caps = [w for w in _CAPS_WORD.findall(plain) if w.isupper() and w.upper() not in lex.acronyms]
        if len(caps) >= 2:
            reasons.append("writes in capitals")
        # The buyer's language is unknown here: try every list (upset words rarely collide).
        angry = lex.upset.search(fold_normalised(plain), SUPPORTED)  # fold(text), normalised once
        if angry:
            reasons.append(f"says {angry.group()!r}")
    return tuple(dict.fromkeys(reasons))


def buyer_is_upset(dispute: Dispute, lexicon: Lexicon | None = None) -> bool:
    """Whether the buyer's messages read as angry: "!!", capitals, insults, threats."""
    return bool(_upset_reasons(dispute.buyer_texts(), lexicon or default_lexicon()))


def _stem(name: str) -> str:
    return name[:-1] if len(name) >= 4 and name[-1].isalpha() else name


def check_greets_buyer(ctx: CheckContext) -> CheckOutcome:
    name = ctx.decision.facts.buyer_name or (ctx.dispute.buyer.name if ctx.dispute.buyer else None)
    if not name:
        return verdict(GREETS, False, [], "buyer's name unknown; any greeting will do")
    first_line = ctx.folded.split("\n", 1)[0]
    first_sentence = ctx.sentences[0] if ctx.sentences else ""
    opening = max(first_line, first_sentence, key=len)[:_GREETING_CHARS]
    # A name may be inflected in the greeting (Polish "Katarzyna" -> "Pani Katarzyno",
    # "Piotr" -> "Panie Piotrze"): a word starting with the name minus its last letter counts.
    stems = [_stem(fold(p)) for p in re.split(r"[\s,]+", name) if len(p) >= 2]
    if fold(name) in opening or any(re.search(rf"(?<!\w){re.escape(stem)}", opening) for stem in stems):
        return verdict(GREETS, False, [], f"greets {name}")
    honorific = ctx.lexicon.honorifics.search(opening, ctx.langs)
    if honorific:
        # Korean and Japanese replies politely address "the customer" rather than by name.
        return verdict(GREETS, False, [], f"greets the buyer as {honorific.group()}")
    return verdict(GREETS, False, [f"the first line does not greet the buyer by name ({name})"], "")


def check_empathy_when_upset(ctx: CheckContext) -> CheckOutcome:
    reasons = _upset_reasons(ctx.dispute.buyer_texts(), ctx.lexicon)
    if not reasons:
        return verdict(EMPATHY, False, [], "buyer does not read as upset")
    if ctx.lexicon.empathy.search(ctx.folded, ctx.langs):
        return verdict(EMPATHY, False, [], f"buyer is upset ({reasons[0]}) and the reply shows understanding")
    return verdict(EMPATHY, False, [f"buyer is upset ({', '.join(reasons[:2])}): say sorry or that you understand"], "")


def check_length(ctx: CheckContext) -> CheckOutcome:
    n = word_count(ctx.text)
    if n < MIN_WORDS:
        return verdict(LENGTH, False, [f"{n:.0f} words: too short, aim for {AIM}"], "")
    if n > MAX_WORDS:
        return verdict(LENGTH, False, [f"{n:.0f} words: too long, aim for {AIM}"], "")
    return verdict(LENGTH, False, [], f"{n:.0f} words")


def check_signed_by_store(ctx: CheckContext) -> CheckOutcome:
    facts = ctx.decision.facts
    lines = [line for line in ctx.folded.split("\n") if line.strip()][-SIGNATURE_LINES:]
    tail = "\n".join(lines)
    names = [n for n in (facts.signature, facts.store_name) if n]
    if any(fold(n) in tail for n in names):
        return verdict(SIGNED, False, [], "signed by the store")
    return verdict(SIGNED, False, [f"sign the reply with the store's name ({facts.signature})"], "")
