"""no_unallowed_offer: nothing the remedy forbids is offered, and no money beyond the allowed offers.

A forbidden word is not always an offer: "we cannot refund before we see the video" and
"you asked for a refund" mention a refund without promising one. A mention is excused
when a negation sits just before it in the same clause, or the clause reports the
buyer's own request. Anything else counts, including conditional promises ("once we see
the video we will refund you"): promising an outcome before the evidence is what the
handbook forbids.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache

from disputedraft.checks.context import CheckContext
from disputedraft.checks.lexicon import PhraseSet, SpelledNumbers
from disputedraft.checks.outcome import verdict
from disputedraft.checks.types import CheckOutcome

NAME = "no_unallowed_offer"
# The Arabic comma and semicolon and the full-width ones end a clause like their Latin twins.
_CLAUSE_BREAK = re.compile(r"[.!?;:\n。！？،؛；]|[,，](?!\d)|\s-\s")
_WINDOW_WORDS = 7
_AFTER_CHARS = 40
_PER_UNIT_CHARS = 25  # how far after an amount "per mug", "each" is read
# `half_price` also names a quarter, a third, two thirds, three quarters: offers.yaml
# `share_of_price` says which share a match names; anything else is half.
_HALF_PCT = 50
_SHARE_NAMES = {
    75: "three quarters of the price",
    67: "two thirds of the price",
    50: "half the price",
    33: "a third of the price",
    25: "a quarter of the price",
}


@lru_cache(maxsize=64)
def _spelled_percent_patterns(
    spelled: SpelledNumbers,
    langs: tuple[str, ...],
    tens: tuple[tuple[str, int], ...],
    after_word: str,
    before_word: str,
) -> tuple[dict[str, int], tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]]:
    words = {w: v for w, v in spelled.values.items() if any(w in spelled.words.get(lang, ()) for lang in langs)}
    words.update(tens)
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    number = rf"(?<![\w'])(?:{alt})(?:[\s-]+(?:(?:y|e|et|and|i|og|och|en|und|ve|si|και) )?(?:{alt}))?(?![\w'])"
    after = re.compile(rf"({number})\s+{after_word}")
    before = re.compile(rf"{before_word}\s+({number})")
    # Each is run only where its "per cent" word is: the number words are a long alternation
    # tried at every position, and most replies name no percentage.
    return words, ((re.compile(after_word), after), (re.compile(before_word), before))


def _spelled_percents(ctx: CheckContext) -> Iterator[tuple[int, int, int]]:
    """Percentages spelled out, valued at least at their words ("forty-five" counts 40 + 5)."""
    lex = ctx.lexicon.offers
    words, patterns = _spelled_percent_patterns(
        ctx.lexicon.facts.spelled, ctx.langs, lex.percent_tens, lex.percent_after, lex.percent_before
    )
    for word, pattern in patterns:
        if not word.search(ctx.folded):
            continue
        for m in pattern.finditer(ctx.folded):
            value = sum(words.get(w, 0) for w in re.split(r"[\s-]+", m.group(1)))
            yield m.start(), m.end(), value


def _share_pct(ctx: CheckContext, words: str) -> int:
    return next((pct for pattern, pct in ctx.lexicon.offers.share_of_price if pattern.search(words)), _HALF_PCT)


def _clause(ctx: CheckContext, start: int, end: int) -> tuple[str, str]:
    """The part of the clause before a match and the part after it."""
    words = ctx.lexicon.offers.clause_breaks
    head, tail = ctx.folded[:start], ctx.folded[end:]
    cuts = [m.end() for m in _CLAUSE_BREAK.finditer(head)]
    cuts += [m.end() for m in words.finditer(head, ctx.langs)]
    stops = [m.start() for m in (_CLAUSE_BREAK.search(tail), words.search(tail, ctx.langs)) if m]
    return head[max(cuts, default=0) :], tail[: min(stops, default=len(tail))]


def _blank(text: str, phrases: PhraseSet, langs: tuple[str, ...]) -> str:
    for m in list(phrases.finditer(text, langs)):
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


def _excused(
    ctx: CheckContext, start: int, end: int, *, reported_ok: bool = True, condition: PhraseSet | None = None
) -> bool:
    lex = ctx.lexicon.offers
    # Patterns are stems ("erstatt"): read what follows from the end of the whole word.
    while end < len(ctx.folded) and ctx.folded[end].isalnum():
        end += 1
    before, after = _clause(ctx, start, end)
    # The window ends with the word itself, so "meant as a gift" can be read as a whole.
    head = " ".join(before.split()[-_WINDOW_WORDS:])
    window = head + " " + ctx.folded[start:end]
    # A negation only covers the word within its own clause: in "if it isn't released soon
    # we'll refund you" the "isn't" belongs to the condition, "we'll refund" is the promise.
    resets = [m.start() for m in ctx.lexicon.offers.negation_reset.finditer(head, ctx.langs)]
    negated = head[max(resets, default=0) :] + " " + ctx.folded[start:end]
    if condition is not None:
        # "If it isn't enough we can raise it": the "isn't" is the condition's, not the raise's.
        negated = _blank(negated, condition, ctx.langs)
    if lex.negation_before.matches(negated, ctx.langs):
        return True
    # Reported speech may run past the word: "a gift for her birthday", "ваш запрос".
    if reported_ok and lex.reported.matches(window + after[:_AFTER_CHARS], ctx.langs):
        return True
    return lex.negation_after.matches(after[:_AFTER_CHARS], ctx.langs)


def _harmless_free(ctx: CheckContext, start: int) -> bool:
    """A "free"/"gratis" about the return label, the duties or the longer protection: read in
    the whole sentence ("we extend it by 15 days, entirely free"). Gifts said with a verb
    ("we add a free ...") are the free_item concept's, which this does not excuse."""
    _, sentence = _sentence_at(ctx, start)
    harmless = ctx.lexicon.offers.free_harmless
    return harmless.matches(sentence, ctx.langs)


_TROUBLE_CHARS = 40
_TROUBLE_GAP_WORDS = 3


def _for_the_trouble(ctx: CheckContext, end: int) -> bool:
    """ "A gift for the trouble", "δώρο για την ταλαιπωρία": the trouble word follows within a
    few words and no comma ("meant as a gift, and I'm sorry for the delay" is the buyer's gift)."""
    # offers.yaml `for_the_trouble`: such a gift is the seller's, never the buyer's own.
    m = ctx.lexicon.offers.for_the_trouble.search(ctx.folded, end, end + _TROUBLE_CHARS)
    if m is None:
        return False
    gap = ctx.folded[end : m.start()]
    return not re.search(r"[,;:.!?\n、，。]", gap) and len(gap.split()) <= _TROUBLE_GAP_WORDS


def _concept_hits(ctx: CheckContext, concept: str, phrases: list[PhraseSet]) -> list[str]:
    hits: list[str] = []
    for phrase_set in phrases:
        for m in phrase_set.finditer(ctx.folded, ctx.langs):
            if phrase_set is ctx.lexicon.offers.free_extra and _harmless_free(ctx, m.start()):
                continue
            # "As a birthday gift we'll add a second kit free": the buyer's gift excuses the
            # word "gift", never a seller's verb that adds something free (lexicon `free_extra`).
            free = concept == "free_item" and bool(
                ctx.lexicon.offers.free_extra.search(ctx.folded[m.start() : m.end()], ctx.langs)
            )
            if concept in ("free_item", "compensation"):
                free = free or _for_the_trouble(ctx, m.end())
            if not _excused(ctx, m.start(), m.end(), reported_ok=not free):
                hits.append(f"offers {concept.replace('_', ' ')} ({ctx.quote(m.start(), m.end(), 12)})")
    return hits


def _sentence_at(ctx: CheckContext, pos: int) -> tuple[int, str]:
    start = max((m.end() for m in re.finditer(r"[.!?\n。！？](?!\d)", ctx.folded[:pos])), default=0)
    stop = re.search(r"[.!?\n。！？](?!\d)", ctx.folded[pos:])
    return start, ctx.folded[start : pos + (stop.start() if stop else len(ctx.folded) - pos)]


def _money_sentence(ctx: CheckContext, sentence: str) -> bool:
    """A sentence that offers money: an offer word, a refund said in the concept's own words
    ("visszautaljuk"), or a raise ("possiamo salire fino a 40 EUR")."""
    lex = ctx.lexicon.offers
    return (
        lex.money_context.matches(sentence, ctx.langs)
        or lex.concepts["refund"].matches(sentence, ctx.langs)
        or lex.raise_more.matches(sentence, ctx.langs)
    )


def _money_limit(ctx: CheckContext, pos: int) -> tuple[Decimal | None, str] | None:
    """The most this amount may be, or None when the sentence makes no money offer."""
    lex = ctx.lexicon.offers
    start, sentence = _sentence_at(ctx, pos)
    if not _money_sentence(ctx, sentence):
        return None
    offers = {o.kind: o for o in ctx.decision.allowed_offers}
    partial, full = offers.get("partial_refund"), offers.get("return_and_refund")
    chosen = partial or full
    if chosen is None:
        return Decimal(0), "this remedy allows no money offer"
    if partial is not None and full is not None:
        # Both options in one reply: the nearest cue before the amount says which one it is.
        before = sentence[: pos - start]
        cues = [(m.end(), "partial") for m in lex.partial_context.finditer(before, ctx.langs)]
        cues += [(m.end(), "return") for m in lex.return_context.finditer(before, ctx.langs)]
        if max(cues, default=(0, "partial"))[1] == "return":
            chosen = full
    label = "the partial refund cap" if chosen.kind == "partial_refund" else "the order total (return and refund)"
    return chosen.max_amount, label


def _money_problems(ctx: CheckContext) -> list[str]:
    problems: list[str] = []
    for item in ctx.scan.of("money"):
        limit = _money_limit(ctx, item.start)
        if limit is None or not item.values:
            continue
        amount, label = limit
        if amount is None:
            continue
        if min(item.values) > amount:
            shown = ctx.shown(item.start, item.end)
            problems.append(
                f"offers {shown}, more than {label} ({amount})" if amount else f"offers money ({shown}): {label}"
            )
        elif amount and ctx.lexicon.offers.per_unit.search(
            ctx.folded[item.end : item.end + _PER_UNIT_CHARS], ctx.langs
        ):
            # The cap is for the whole order: "12.80 USD per mug" multiplies it.
            problems.append(f"offers {ctx.shown(item.start, item.end)} per unit: {label} ({amount}) is for the order")
    offers = {o.kind: o for o in ctx.decision.allowed_offers}
    partial = offers.get("partial_refund")
    if partial is not None and partial.max_pct is not None:
        # "Half the price" is 50 % in words, "a quarter of the price" 25 %: more than a lower
        # cap, whichever way it is said.
        for m in ctx.lexicon.offers.half_price.finditer(ctx.folded, ctx.langs):
            share = _share_pct(ctx, ctx.folded[m.start() : m.end()])
            if share > partial.max_pct and not _excused(ctx, m.start(), m.end()):
                name = _SHARE_NAMES.get(share, f"{share}% of the price")
                problems.append(
                    f"offers {name} ({ctx.quote(m.start(), m.end())}, {share}%), "
                    f"more than the {partial.max_pct}% allowed"
                )
    elif partial is None:
        # No partial refund allowed: half the price is money beyond the remedy whether it stands
        # alone or comes on top of the full refund ("refunded in full, and we'll add half"), and
        # a remedy with no money offer at all (an escalation) allows no share of the price either.
        for m in ctx.lexicon.offers.half_price.finditer(ctx.folded, ctx.langs):
            _, sentence = _sentence_at(ctx, m.start())
            if _money_sentence(ctx, sentence) and not _excused(ctx, m.start(), m.end()):
                problems.append(
                    f"offers a share of the price ({ctx.quote(m.start(), m.end())}): no partial refund is allowed"
                )
    # "Twice what you paid", "up to double that": more than the order total with no figure
    # to compare, which no remedy allows. Only in a sentence that offers money.
    for m in ctx.lexicon.offers.above_total.finditer(ctx.folded, ctx.langs):
        _, sentence = _sentence_at(ctx, m.start())
        if _money_sentence(ctx, sentence) and not _excused(ctx, m.start(), m.end()):
            problems.append(f"offers more than the order total ({ctx.quote(m.start(), m.end())})")
    if partial is not None and (partial.max_amount is not None or partial.max_pct is not None):
        # "If that's too little, we'll add a bit more": a raise past the cap with no figure.
        # The "too little" in the same sentence is what makes "add more" about the amount; so
        # does a raise offered as an option ("if needed we'll add a bit", `raise_optional`).
        lex = ctx.lexicon.offers
        for m in lex.raise_more.finditer(ctx.folded, ctx.langs):
            _, sentence = _sentence_at(ctx, m.start())
            about_amount = lex.too_little.search(sentence, ctx.langs) or lex.raise_optional.search(sentence, ctx.langs)
            if about_amount and not _excused(ctx, m.start(), m.end(), condition=lex.too_little):
                problems.append(f"offers to raise the partial refund beyond its cap ({ctx.quote(m.start(), m.end())})")
    percents = [(item.start, item.end, min(item.values)) for item in ctx.scan.of("percent") if item.values]
    percents += [(start, end, Decimal(value)) for start, end, value in _spelled_percents(ctx)]
    for start, end, pct in percents:
        _, sentence = _sentence_at(ctx, start)
        if not _money_sentence(ctx, sentence):
            continue
        partial = offers.get("partial_refund")
        if "return_and_refund" in offers and pct == 100:
            continue
        if partial is None or partial.max_pct is None:
            problems.append(f"offers {ctx.shown(start, end)}: this remedy allows no percentage offer")
        elif pct > partial.max_pct:
            problems.append(f"offers {ctx.shown(start, end)}, more than the {partial.max_pct}% allowed")
    return problems


def check_no_unallowed_offer(ctx: CheckContext) -> CheckOutcome:
    lex = ctx.lexicon.offers
    allowed = {o.kind for o in ctx.decision.allowed_offers}
    problems: list[str] = []
    for concept in ctx.decision.forbidden:
        phrases = [lex.concepts[concept]]
        if concept == "free_item" and "reshipment" not in allowed:
            phrases.append(lex.free_extra)
        problems += _concept_hits(ctx, concept, phrases)
        if concept == "refund":
            # A promise of the money whatever happens carries its own negation ("won't be out of
            # pocket", "regardless of the decision"), so the negation rule must not excuse it.
            problems += [
                f"promises the money back whatever happens ({ctx.quote(m.start(), m.end())})"
                for m in lex.money_back_anyway.finditer(ctx.folded, ctx.langs)
            ]
    if "return_and_refund" in allowed and ctx.decision.remedy != "return_received":
        # A full refund comes with the return; keeping the item is the partial option.
        problems += [
            f"offers a full refund without the return ({ctx.quote(m.start(), m.end())})"
            for m in lex.refund_without_return.finditer(ctx.folded, ctx.langs)
        ]
    problems += _money_problems(ctx)
    shown = ", ".join(sorted(allowed)) or "nothing"
    forbidden = ", ".join(ctx.decision.forbidden) or "nothing"
    return verdict(NAME, True, problems, f"offers nothing forbidden ({forbidden}); allowed: {shown}")
