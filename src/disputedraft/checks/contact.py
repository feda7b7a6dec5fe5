"""no_off_platform_contact: no email, phone, link, messaging app or "contact me directly"."""

from __future__ import annotations

import re

from disputedraft.checks.context import CheckContext
from disputedraft.checks.outcome import verdict
from disputedraft.checks.text import fold
from disputedraft.checks.types import CheckOutcome

NAME = "no_off_platform_contact"
# Digits in groups with separators, optionally international: 7 to 15 digits is a phone
# when it starts with + or 00, comes in three or more groups, or follows a phone word.
_PHONE = re.compile(r"(?<![\w+])(?P<plus>\+|00)?\(?\d[\d\s().-]{5,}\d(?![\w])")
_PHONE_WORD_WINDOW = 40  # characters before the number searched for "call", "tel."...
_NOT_PHONES = ("link", "date", "token", "money", "time")


def _without_other_numbers(ctx: CheckContext) -> str:
    """The reply with dates, codes, amounts and times blanked: what is left of the digits
    can be read as phone numbers (plain numbers stay, a phone is made of them)."""
    chars = list(ctx.folded)
    for item in ctx.scan.items:
        if item.kind in _NOT_PHONES:
            chars[item.start : item.end] = " " * (item.end - item.start)
    return "".join(chars)


def _in_return_address(ctx: CheckContext, piece: str) -> bool:
    # The seller's own return address may carry a phone line; quoting it is giving the
    # address, not asking the buyer to call.
    address = ctx.decision.facts.return_address
    return bool(address) and piece.strip() in fold(address or "")


def _phones(ctx: CheckContext) -> list[str]:
    found = []
    text = _without_other_numbers(ctx)
    for m in _PHONE.finditer(text):
        raw = m.group().strip()
        digits = "".join(c for c in raw if c.isdigit())
        if not 7 <= len(digits) <= 15 or ctx.known.has_digit_run(digits) or _in_return_address(ctx, raw):
            continue
        groups = [g for g in re.split(r"[\s().-]+", raw.lstrip("+")) if g]
        before = text[max(0, m.start() - _PHONE_WORD_WINDOW) : m.start()]
        keyword = ctx.lexicon.contact.phone_words.search(before, ctx.langs)
        if m.group("plus") or len(groups) >= 3 or keyword:
            found.append(f"phone number {ctx.shown(m.start(), m.end())}")
    return found


def _sentence_of(text: str, pos: int) -> str:
    start = max((m.end() for m in re.finditer(r"[.!?\n](?!\d)", text[:pos])), default=0)
    stop = re.search(r"[.!?\n](?!\d)", text[pos:])
    return text[start : pos + (stop.start() if stop else len(text) - pos)]


def check_no_off_platform_contact(ctx: CheckContext) -> CheckOutcome:
    lex = ctx.lexicon.contact
    problems = [
        f"link or email {ctx.shown(item.start, item.end)}"
        for item in ctx.scan.of("link")
        if not _in_return_address(ctx, item.raw)
    ]
    for m in lex.apps.finditer(ctx.folded, ctx.langs):
        problems.append(f"names a messaging app or social network ({ctx.quote(m.start(), m.end())})")
    for m in lex.hard.finditer(ctx.folded, ctx.langs):
        problems.append(f"asks for contact outside the platform ({ctx.quote(m.start(), m.end(), 10)})")
    for m in lex.soft.finditer(ctx.folded, ctx.langs):
        # "Contact us directly here in the chat" keeps the buyer on the platform.
        if not lex.safe_channel.matches(_sentence_of(ctx.folded, m.start()), ctx.langs):
            problems.append(f"asks for direct contact ({ctx.quote(m.start(), m.end(), 10)})")
    problems += _phones(ctx)
    return verdict(NAME, True, problems, "no contact outside the platform")
