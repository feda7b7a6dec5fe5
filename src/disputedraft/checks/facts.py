"""no_invented_facts: every code, amount, date, time and number comes from the dispute or the Decision.

Tolerated without a source, by choice:
- 1 and 2: "option 1", "two options", "1-2 days" are how replies are organised.
- 100 as a percentage ("100% sure").
- 1 and 2 spelled as words ("two options"); numbers from 2 spelled as words count when they
  make a duration ("two working days", "zece zile", "三営業日"), from 3 also a day of a month.

A number counts as known when any reading of it matches ("1,234" may be 1234 or 1.234;
"03/04" may be 3 April or 4 March). Two kinds of words are facts as well: days named
without a date ("tomorrow", "by Friday") and carriers ("your parcel is with FedEx" when
it travels with Cainiao); either is invented unless the dispute says it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from itertools import groupby
from typing import NamedTuple

from disputedraft.checks.context import CheckContext
from disputedraft.checks.lexicon import SpelledNumbers
from disputedraft.checks.outcome import verdict
from disputedraft.checks.scan import Found
from disputedraft.checks.text import fold
from disputedraft.checks.types import CheckOutcome

NAME = "no_invented_facts"
TOLERATED = frozenset({Decimal(1), Decimal(2)})


_UNIT_CHARS = 30  # how far after a number its unit is read ("2 working days")


def _duration(ctx: CheckContext, end: int, text: str | None = None) -> bool:
    """A duration unit follows `end` in `text` (the reply unless said otherwise)."""
    text = ctx.folded if text is None else text
    return ctx.lexicon.facts.duration_units.matches(text[end : end + _UNIT_CHARS], ctx.langs)


class _SpelledHit(NamedTuple):
    start: int
    end: int
    value: int
    unit_at: int | None  # where a unit must follow for a duration; None: nothing may follow
    holds_unit: bool  # the word is a count with its unit ("사흘", "يومين")

    def is_duration(self, ctx: CheckContext, text: str) -> bool:
        return self.holds_unit or (self.unit_at is not None and _duration(ctx, self.unit_at, text))


def _spelled_numbers(spelled: SpelledNumbers, text: str, langs: tuple[str, ...]) -> Iterator[_SpelledHit]:
    """Every number written as a word in `text` (facts.yaml `spelled_numbers` and after), in
    any form the lexicon knows: the reply's and the buyer's are read the same way."""
    pattern = spelled.words_pattern(langs)
    if pattern is not None:
        for m in pattern.finditer(text):
            filler = spelled.filler.match(text, m.end())
            yield _SpelledHit(m.start(), m.end(), spelled.values[m.group()], filler.end() if filler else None, False)
    if spelled.cjk_languages.intersection(langs):
        for m in spelled.cjk.finditer(text):
            yield _SpelledHit(m.start(), m.end(), spelled.cjk_values[m.group()], m.end(), False)
    for lang in langs:
        for word, value in spelled.with_unit.get(lang, ()):
            yield from (_SpelledHit(m.start(), m.end(), value, None, True) for m in word.finditer(text))


def _spelled_problems(ctx: CheckContext) -> list[str]:
    """Numbers written as words are facts too ("within three working days", "zece zile",
    "三営業日", "يومين"): a spelled-out duration or day of the month must come from the
    dispute like a digit would."""
    spelled = ctx.lexicon.facts.spelled
    langs = tuple(ctx.langs)
    unknown = [
        hit
        for hit in _spelled_numbers(spelled, ctx.folded, langs)
        if hit.is_duration(ctx, ctx.folded) and not ctx.known.has_number(Decimal(hit.value))
    ]
    if unknown:
        # The buyer may have spelled the number out too ("casi tres semanas"): read the
        # dispute's own words the same way, only when a spelled number is not known otherwise.
        buyer = fold("\n".join(ctx.dispute.buyer_texts()))
        # A buyer's "two sizes" is a count: 1 and 2 only excuse a duration the buyer said as one.
        said = {
            hit.value
            for hit in _spelled_numbers(spelled, buyer, langs)
            if Decimal(hit.value) not in TOLERATED or hit.is_duration(ctx, buyer)
        }
        unknown = [hit for hit in unknown if hit.value not in said]
    problems = [
        f"number {ctx.quote(hit.start, hit.end)} (written out) is not in the dispute or the decision" for hit in unknown
    ]
    return problems + _spelled_dates(ctx) + _cjk_spelled_dates(ctx)


def _spelled_dates(ctx: CheckContext) -> list[str]:
    """A date written out ("the fifth of December"): an ordinal (or cardinal) day word before a month name."""
    spelled = ctx.lexicon.facts.spelled
    pattern = spelled.ordinal_pattern(tuple(ctx.langs))
    if pattern is None:
        return []
    problems = []
    for m in pattern.finditer(ctx.folded):
        month = spelled.months.get(m.group("mon"))
        # A cardinal names its day ("dertig november" is the 30th): the dispute must have that
        # very date, not just its month. An ordinal's value is not in the lexicon: month only.
        day = spelled.values.get(m.group().split()[0])
        known = ctx.known.has_date((None, month, day)) if month and day else ctx.known.has_month(month)
        if not known:
            problems.append(f"date {ctx.quote(m.start(), m.end())} (written out) is not in the dispute")
    return problems


_CJK_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CJK_NUM = "[一二三四五六七八九十]{1,3}"
# "十二月五日", "12月五號": the scanner reads digit dates only; a month or day in CJK numerals
# is as much a fact, whichever script carries which part.
_CJK_SPELLED_DATE = re.compile(rf"(?P<m>{_CJK_NUM}|\d{{1,2}})月(?P<d>{_CJK_NUM}|\d{{1,2}})[日号號]")


def _cjk_value(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    tens, _, units = word.rpartition("十")
    if "十" not in word:
        return _CJK_DIGITS.get(word) if len(word) == 1 else None
    if len(tens) > 1 or len(units) > 1:
        return None
    return (_CJK_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CJK_DIGITS.get(units, 0) if units else 0)


def _cjk_spelled_dates(ctx: CheckContext) -> list[str]:
    if "月" not in ctx.folded:
        return []
    problems = []
    for m in _CJK_SPELLED_DATE.finditer(ctx.folded):
        if m.group("m").isdigit() and m.group("d").isdigit():
            continue  # the scanner's own date
        month, day = _cjk_value(m.group("m")), _cjk_value(m.group("d"))
        if month is None or day is None or not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        if not ctx.known.has_date((None, month, day)):
            problems.append(f"date {ctx.quote(m.start(), m.end())} (written out) is not in the dispute")
    return problems


def _date_problems(ctx: CheckContext) -> list[str]:
    problems = []
    dates = sorted(ctx.scan.of("date"), key=lambda f: (f.start, f.end))
    for _, group in groupby(dates, key=lambda f: (f.start, f.end)):
        readings = list(group)
        if not any(f.date and ctx.known.has_date(f.date) for f in readings):
            problems.append(f"date {ctx.shown(readings[0].start, readings[0].end)} is not in the dispute")
            continue
        first = readings[0]
        if first.time and not ctx.known.has_time(first.time):
            problems.append(f"time in {ctx.shown(first.start, first.end)} is not in the dispute")
    return problems


def _currency_problem(ctx: CheckContext, item: Found) -> str | None:
    currency = ctx.decision.facts.currency
    if item.currency and currency and item.currency != currency:
        return f"amount {ctx.shown(item.start, item.end)} is in {item.currency}, the order is in {currency}"
    return None


def check_no_invented_facts(ctx: CheckContext) -> CheckOutcome:
    known = ctx.known
    problems: list[str] = []
    for item in ctx.scan.of("token"):
        if item.token is None or not known.has_token(item.token):
            problems.append(
                f"code {ctx.shown(item.start, item.end)} is not in the dispute (copy tracking numbers and ids exactly)"
            )
    for item in ctx.scan.of("money"):
        if not known.has_any_number(item.values):
            problems.append(f"amount {ctx.shown(item.start, item.end)} is not in the order or the decision")
        elif wrong := _currency_problem(ctx, item):
            problems.append(wrong)
    problems += _date_problems(ctx)
    for item in ctx.scan.of("time"):
        if item.time is None or not known.has_time(item.time):
            problems.append(f"time {ctx.shown(item.start, item.end)} is not in the dispute")
    for item in ctx.scan.of("percent"):
        if not (Decimal(100) in item.values or known.has_any_percent(item.values) or known.has_any_number(item.values)):
            problems.append(f"percentage {ctx.shown(item.start, item.end)} is not in the decision")
    for item in ctx.scan.of("number"):
        if known.has_any_number(item.values):
            if item.values <= known.count_only and _duration(ctx, item.end):
                shown = ctx.shown(item.start, item.end)
                problems.append(f"duration {shown}: the dispute has that number only in a name, item or address")
            continue
        # "1" and "2" pass as counts ("two options"), not as durations ("within 2 working days").
        if item.values & TOLERATED and not _duration(ctx, item.end):
            continue
        problems.append(f"number {ctx.shown(item.start, item.end)} is not in the dispute or the decision")
    problems += _spelled_problems(ctx)
    for m in ctx.lexicon.facts.relative_dates.finditer(ctx.folded, ctx.langs):
        if m.group() not in known.source_text:
            problems.append(f"{ctx.quote(m.start(), m.end())} names a day the dispute does not give")
    for m in ctx.lexicon.facts.carriers.finditer(ctx.folded):
        if m.group() not in known.source_text:
            problems.append(f"carrier {ctx.shown(m.start(), m.end())} is not the dispute's carrier")
    checked = len(ctx.scan.items) - len(ctx.scan.of("link"))
    return verdict(NAME, True, problems, f"all {checked} numbers, codes, amounts and dates come from the dispute")
