"""Everything a reply may state as a fact: read from the dispute, the Decision and the seller profile."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from functools import cached_property
from typing import Any

from disputedraft.checks.lexicon import FactsLexicon
from disputedraft.checks.scan import Date, scan
from disputedraft.checks.text import compact, fold
from disputedraft.contract import Dispute
from disputedraft.errors import DisputeDraftError
from disputedraft.policy.decision import Decision
from disputedraft.policy.spec import SellerProfile


@dataclass(frozen=True)
class FactSets:
    """Values a reply may state, as sets to look them up in."""

    tokens: frozenset[str]  # compact, upper-case codes: tracking numbers, order ids
    numbers: frozenset[Decimal]
    percents: frozenset[Decimal]  # only ever said as a percentage (the refund cap's 30 is not "30 days")
    dates: frozenset[Date]
    times: frozenset[tuple[int, int]]
    digit_runs: frozenset[str]  # digits of every known number/code, so they are never read as a phone
    upper_words: frozenset[str]  # capitalised words of the phrases: "DHL" in "Cainiao / DHL" is no shouting


@dataclass(frozen=True)
class KnownFacts:
    """Everything a reply may state as a fact, looked up in two tiers.

    `quick` holds what the dispute's fields give outright (ids, amounts, ISO dates, the
    seller's numbers); `complete` also holds what scanning its free text finds (the buyer's
    messages, titles and addresses with numbers in them). Scanning was about 40% of reading a
    dispute, and most replies state only what `quick` holds, so `complete` is read, by the same
    code with the scan switched on, only when a value is not in `quick`. Every `has_*` answers
    as a lookup in `complete` alone would: `quick` is the same reading with additions left out."""

    quick: FactSets
    phrases: tuple[str, ...]  # names, store, address, items, carrier: kept out of language detection
    sources: tuple[str, ...]  # every string of the dispute and the decision
    _read_all: Callable[[], FactSets] = field(repr=False, compare=False)

    @cached_property
    def complete(self) -> FactSets:
        return self._read_all()

    @cached_property
    def source_text(self) -> str:
        """Every source string, folded, to look names up in. Only a reply naming a carrier or
        a relative day needs it, and folding every string cost a tenth of a draft's checks."""
        return " | ".join(fold(t) for t in self.sources)

    @cached_property
    def count_only(self) -> frozenset[Decimal]:
        """Numbers the dispute gives only inside a name, an item title or an address ("set of 3
        pots", "Street 17"): a reply may repeat them, but not as a duration ("within 3 days").
        A fact of the dispute, so worked out once for it, and only when a reply quotes a number."""
        phrases = set(self.phrases)
        in_phrases = {Decimal(m.group()) for p in phrases for m in _LONE_DIGITS.finditer(p)}
        elsewhere = {Decimal(m.group()) for s in self.sources if s not in phrases for m in _LONE_DIGITS.finditer(s)}
        return frozenset(in_phrases - elsewhere)

    def has_token(self, token: str) -> bool:
        return token in self.quick.tokens or token in self.complete.tokens

    def has_number(self, number: Decimal) -> bool:
        return number in self.quick.numbers or number in self.complete.numbers

    def has_any_number(self, numbers: frozenset[Decimal]) -> bool:
        return not numbers.isdisjoint(self.quick.numbers) or not numbers.isdisjoint(self.complete.numbers)

    def has_any_percent(self, numbers: frozenset[Decimal]) -> bool:
        return not numbers.isdisjoint(self.quick.percents) or not numbers.isdisjoint(self.complete.percents)

    def has_time(self, time: tuple[int, int]) -> bool:
        return time in self.quick.times or time in self.complete.times

    def has_digit_run(self, digits: str) -> bool:
        return digits in self.quick.digit_runs or digits in self.complete.digit_runs

    def has_upper_word(self, word: str) -> bool:
        if word in self.quick.upper_words:
            return True
        # Scanning adds only codes, and a code has three digits or more (scan.py): a word
        # with no digit in it, which is every word the shouting check asks about, is in
        # `quick` or nowhere.
        return any(c.isdigit() for c in word) and word in self.complete.upper_words

    def has_month(self, month: int | None) -> bool:
        return any(m == month for _, m, _ in self.quick.dates) or any(m == month for _, m, _ in self.complete.dates)

    def has_date(self, d: Date) -> bool:
        return _date_in(d, self.quick.dates) or _date_in(d, self.complete.dates)


def _date_in(d: Date, dates: frozenset[Date]) -> bool:
    year, month, day = d
    return any(m == month and dd == day and (year is None or y == year) for y, m, dd in dates)


_HAS_DIGIT = re.compile(r"\d")
_NOT_DIGIT = re.compile(r"\D")
_ALNUM_RUN = re.compile(r"[^\W_]+")
_LONE_DIGITS = re.compile(r"(?<![\d.,:/-])\d+(?![\d.,:/-]?\d)")  # "3" in "set of 3", not in "3.5" or "12/03"
_CODE = re.compile(r"(?=\S*[A-Za-z])(?=\S*\d)(?=\S*[-_/#]|\S{10,})[A-Za-z0-9_/#-]+")
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<h>\d\d):(?P<mi>\d\d)[^ ]*)?")


_BRANCHES = (dict, list, tuple)


def _leaves(value: Any, out: list[Any]) -> list[Any]:
    # Appending rather than `yield from`: a generator chain re-yields each leaf at every level.
    # A leaf is taken in its parent's loop, not in a call of its own: most values are leaves.
    if isinstance(value, dict):
        value = value.values()
    elif not isinstance(value, list | tuple):
        if value is not None:
            out.append(value)
        return out
    for v in value:
        if isinstance(v, _BRANCHES):
            _leaves(v, out)
        elif v is not None:
            out.append(v)
    return out


def _seller_numbers(dispute: Dispute, seller: SellerProfile | None) -> tuple[list[Decimal], list[Decimal]]:
    """(numbers, percentages) of the merged seller profile that a reply may state: the one of
    the policy the Decision was made with (`seller`), the default policy's when none is given.
    The profile's response time is not among them: it is the seller's own deadline, and every
    writer of the labelled sets read "we'll answer within 48 hours" as an invented promise."""
    from disputedraft.policy.decide import merged_seller
    from disputedraft.policy.loader import default_policy

    seller = merged_seller(dispute, seller or default_policy().seller)
    numbers = [Decimal(seller.protection_extension_days)]
    return numbers, [Decimal(seller.max_partial_refund_pct)]


def known_facts(
    dispute: Dispute, decision: Decision, lex: FactsLexicon, seller: SellerProfile | None = None
) -> KnownFacts:
    """`seller`: the profile of the policy that made the Decision (None: the default policy's)."""
    quick, phrases, sources = _read(dispute, decision, lex, seller, scanning=False)
    return KnownFacts(
        quick=quick,
        phrases=phrases,
        sources=sources,
        _read_all=lambda: _read(dispute, decision, lex, seller, scanning=True)[0],
    )


def _read(
    dispute: Dispute, decision: Decision, lex: FactsLexicon, seller: SellerProfile | None, *, scanning: bool
) -> tuple[FactSets, tuple[str, ...], tuple[str, ...]]:
    """(facts, phrases, sources). Without `scanning`, free text is not scanned for numbers,
    dates and codes: each set then holds a subset of what it holds with it, and nothing else
    changes."""
    strings: list[str] = []
    numbers: set[Decimal] = set()
    dates: set[Date] = set()
    times: set[tuple[int, int]] = set()
    percents: set[Decimal] = set()
    docs = [
        dispute.model_dump(mode="json"),
        decision.facts.model_dump(mode="json"),
        [o.model_dump(mode="json", exclude={"max_pct"}) for o in decision.allowed_offers],
        [p.mention for p in decision.required_points],
    ]
    percents.update(o.max_pct for o in decision.allowed_offers if o.max_pct is not None)
    for value in _leaves(docs, []):
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            numbers.add(Decimal(str(value)).normalize())
    # Only the opening date: respond_by is the seller's own deadline, never shown to the writer,
    # so a reply that names it made the date up ("it reached us on 22 November").
    opened = dispute.opened_at
    if isinstance(opened, date):  # a datetime is a date too
        dates.add((opened.year, opened.month, opened.day))
    if isinstance(opened, datetime):
        times.add((opened.hour, opened.minute))
    try:
        seller_numbers, seller_percents = _seller_numbers(dispute, seller)
        numbers.update(seller_numbers)
        percents.update(seller_percents)
    except DisputeDraftError:  # a broken policy is decide()'s to report, not the checker's
        pass
    if dispute.order is not None:
        numbers.update((i.unit_price * i.quantity).normalize() for i in dispute.order.items)

    tokens: set[str] = set()
    digit_runs: set[str] = set()
    for text in dict.fromkeys(strings):
        if not _HAS_DIGIT.search(text):
            continue  # only digits make numbers, dates, codes, amounts
        # Most source strings are one bare value: read those directly, scan only free text.
        if _PLAIN_NUMBER.fullmatch(text):
            numbers.add(Decimal(text).normalize())
            digit_runs.add(text.replace(".", ""))
            continue
        iso = _ISO.fullmatch(text)
        if iso:
            dates.add((int(iso["y"]), int(iso["m"]), int(iso["d"])))
            numbers.add(Decimal(iso["y"]))
            if iso["h"]:
                times.add((int(iso["h"]), int(iso["mi"])))
            continue
        found = scan(fold(text), lex).items if scanning else ()
        # The digits inside a code ("DSP-NY-03RU_", "LP0059...CN") are no number a reply may
        # state: "03" in the dispute id does not make "within 3 working days" a fact.
        code = _CODE.fullmatch(text) is not None
        for item in found:
            digit_runs.add("".join(c for c in item.raw if c.isdigit()))
            if item.token:
                tokens.add(item.token)
            if code:
                continue
            if item.date:
                year, _month, _day = item.date
                dates.add(item.date)
                if year is not None:
                    numbers.add(Decimal(year))
            if item.time:
                times.add(item.time)
            numbers.update(item.values)
        # An order id or code may be all digits, or written with spaces in the dispute (it has a
        # digit: the loop went on only for a text with one).
        if len(text) <= 40:
            tokens.add(compact(text))
    for n in numbers:
        digit_runs.add(_NOT_DIGIT.sub("", str(n)))  # str() of a Decimal is ASCII: \D is "not isdigit" there
    # Years of the dispute's dates may be said on their own ("your order of 2026").
    numbers.update(Decimal(y) for y, _, _ in dates if y is not None)

    f = decision.facts
    phrases = [f.store_name, f.signature, f.buyer_name, f.carrier, f.return_address, *f.items]
    if dispute.buyer is not None:
        phrases.append(dispute.buyer.name)
    kept = tuple(p for p in dict.fromkeys(phrases) if p)
    # Only words already in capitals in the facts ("DHL", "XL", a brand): a product title's
    # ordinary words ("wallet") are still shouting when written in capitals.
    upper = frozenset(w for p in kept for w in _split_words(p) if w.isupper())
    upper |= frozenset(t for t in tokens)
    facts = FactSets(
        tokens=frozenset(tokens),
        numbers=frozenset(n.normalize() for n in numbers),
        percents=frozenset(p.normalize() for p in percents),
        dates=frozenset(dates),
        times=frozenset(times),
        digit_runs=frozenset(d for d in digit_runs if d),
        upper_words=upper,
    )
    return facts, kept, tuple(dict.fromkeys(strings))


def _split_words(text: str) -> list[str]:
    # The runs of characters for which str.isalnum() holds: re's [^\W_] is exactly that.
    return _ALNUM_RUN.findall(text)
