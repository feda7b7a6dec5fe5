"""Find the factual tokens of a text: links, dates, times, codes, money, percentages, numbers.

The same scanner reads the message and every source string (order, tracking, buyer
messages, seller profile), so "does this number come from the dispute" compares like
with like. Each pass blanks what it found, so a date is not also read as three numbers
and a tracking number's digits are not read as a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Literal

from disputedraft.checks.lexicon import FactsLexicon
from disputedraft.checks.prefilter import fold_case
from disputedraft.checks.text import LETTER, compact

Kind = Literal["link", "date", "time", "token", "money", "percent", "number"]
Date = tuple[int | None, int, int]  # (year or None, month, day)
_BLANK = "\x00"

# Every number pattern starts with a digit and checks what precedes it with a lookbehind
# placed after that digit: a leading lookbehind would stop the regex engine from skipping
# straight to the digits, and these patterns run over every reply.
# A number not glued to a letter on its left ("MP4", "X7" are names, not quantities).
_FIRST_DIGIT = rf"\d(?<![{LETTER}\d.,]\d)"
_NUM_REST = r"(?:\d{0,2}(?:[,.']\d{3})+(?:[.,]\d+)?|\d*(?:[.,]\d+)?)"
_NUMBER = re.compile(rf"(?P<n>{_FIRST_DIGIT}{_NUM_REST})(?!\d)")
_PERCENT = re.compile(rf"(?P<n>{_FIRST_DIGIT}{_NUM_REST})\s?%")
# Amounts may group thousands with spaces ("15 000 ₽"): the currency marker anchors them.
_MONEY_NUMBER = re.compile(
    r"(?P<n>\d(?<![\d.,]\d)(?:\d{0,2}(?:[,.' ]\d{3})+(?:[.,]\d{1,2})?|\d*(?:[.,]\d{1,2})?))(?!\d)"
)
_TIME = re.compile(r"(?P<h>\d(?<![\d:]\d)\d?)(?::|h(?=\d))(?P<m>[0-5]\d)(?::[0-5]\d)?(?![\d:])")
_DIGITS = re.compile(r"\d+")
# Letters and digits mixed, at least 3 digits and 6 characters: tracking numbers, order
# codes, model numbers. Shorter mixes ("4K", "2nd", "24h") are read as numbers instead.
_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")
_TOKEN_SHAPE = re.compile(r"[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9]))*")
_ISO_DATE = re.compile(
    r"(?P<y>\d(?<!\d\d)\d{3})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"
    r"(?:[t ](?P<h>\d{2}):(?P<mi>\d{2})(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?(?!\d)",
    re.I,
)
_NUMERIC_DATE = re.compile(r"(?P<a>\d(?<![\d.,/]\d)\d?)(?P<s>[./-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?!\d)")
_SLASH_DATE = re.compile(r"(?P<a>\d(?<![\d.,/]\d)\d?)/(?P<b>\d{1,2})(?![\d/])")
# Where a link may be: checked first so that the link pattern only runs on those words.
# Each alternative opens with a literal, so the search jumps between candidates; a dot between
# letters is matched at the dot (a word is taken whole around it anyway). Opening with the
# class [a-z0-9] tried nearly every position: 15 us a reply against 4.6 (session 17).
_LINK_HINT = re.compile(r"://|www\.|@|\.(?<=[a-z0-9]\.)(?=[a-z])")
_CJK_DATE = re.compile(r"(?:(?P<y>\d{4})\s*[年년]\s*)?(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]")
# Lookbehinds on every pattern that starts with a repeated class: without one, a long run
# of letters is re-scanned from each of its positions (quadratic on pathological input).
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)


@dataclass(frozen=True)
class Found:
    kind: Kind
    start: int
    end: int
    raw: str
    values: frozenset[Decimal] = frozenset()
    currency: str | None = None
    date: Date | None = None
    time: tuple[int, int] | None = None
    token: str | None = None


@dataclass(frozen=True)
class Scan:
    items: tuple[Found, ...]
    masked: str  # the scanned text with every found span blanked out
    by_kind: dict[str, tuple[Found, ...]] = field(default_factory=dict)

    def of(self, kind: Kind) -> tuple[Found, ...]:
        return self.by_kind.get(kind, ())


def number_values(raw: str) -> frozenset[Decimal]:
    """Every value a written number can mean: "1,234" is 1234 or 1.234; "12,60" is 12.60;
    "1,234,56" (a folded "1,234.56") is 1234.56."""
    s = raw.replace("'", "").replace(" ", "")
    last = max(s.rfind("."), s.rfind(","))
    try:
        if last < 0:
            return frozenset({Decimal(s).normalize()})
        head = s[:last].replace(".", "").replace(",", "")
        tail = s[last + 1 :]
        if len(tail) != 3:  # one or two digits after the last separator: decimals
            return frozenset({Decimal(f"{head}.{tail}").normalize()})
        out = {Decimal(head + tail)}
        if s.count(".") + s.count(",") == 1:
            out.add(Decimal(f"{head}.{tail}"))  # a lone "1.234" may be a decimal too
        return frozenset(v.normalize() for v in out)
    except InvalidOperation:
        return frozenset()


def _valid(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def _year(raw: str | None) -> int | None:
    if raw is None:
        return None
    y = int(raw)
    return y + 2000 if y < 100 else y


BEFORE = 10  # characters before a number that a currency may take
_LETTER_CI = re.compile(rf"[{LETTER}]", re.I)  # the word edge of the currency regexes, which are caseless


@dataclass(frozen=True)
class _Rules:
    url: re.Pattern[str]
    currency_before: re.Pattern[str]  # searched in the few characters before a number
    currency_after: re.Pattern[str]  # matched right after a number
    months: dict[str, int]
    currencies: dict[str, str | None]
    # Each currency token, case-folded as re compares it -> whether it needs a word edge before it.
    currency_tokens: dict[str, bool]
    currency_longest: int

    def currency_before_number(self, text: str, start: int) -> re.Match[str] | None:
        """`currency_before.search(text, max(0, start - BEFORE), start)`, without trying the
        whole currency alternation at each of those positions (58 us a number, session 17).

        That search ends its match at `start`, or one whitespace before it (`\\s?\\Z`); no token
        ends in whitespace, so the token ends at `end`. The leftmost start wins, so the longest
        token that ends there, whose word edge before it holds (a token's lookahead always holds:
        the search ends at `start`, where what follows is a space or nothing). The regex then
        reads the match where the token starts, for its groups."""
        end = start - 1 if start > 0 and text[start - 1].isspace() else start
        for p in range(max(0, start - BEFORE, end - self.currency_longest), end):
            edge = self.currency_tokens.get(fold_case(text[p:end]))
            if edge is None or (edge and p > 0 and _LETTER_CI.match(text, p - 1)):
                continue
            return self.currency_before.match(text, p, start) or self.currency_before.search(
                text, max(0, start - BEFORE), start
            )
        return None


# Keyed by identity: lexicons are loaded once and kept, and their dicts are not hashable.
_RULES: dict[int, tuple[FactsLexicon, _Rules]] = {}


def _rules(lex: FactsLexicon) -> _Rules:
    cached = _RULES.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    rules = _build_rules(lex)
    _RULES[id(lex)] = (lex, rules)
    return rules


def _build_rules(lex: FactsLexicon) -> _Rules:
    tlds = "|".join(sorted(lex.tlds, key=len, reverse=True))
    url = re.compile(
        rf"(?:https?://|www\.)\S+|(?<![\w@.-])(?:[a-z0-9-]{{2,}}\.)+(?:{tlds})(?![a-z0-9-])(?:/\S*)?",
        re.I,
    )
    parts = []
    tokens: dict[str, bool] = {}
    for token in sorted(lex.currencies, key=len, reverse=True):
        escaped = re.escape(token)
        # Words and codes need word edges ("eur" is not "euro"); symbols do not.
        edge = re.match(rf"[{LETTER}]", token) is not None
        key = fold_case(token)
        tokens[key] = tokens.get(key, False) or edge
        if edge:
            escaped = rf"(?<![{LETTER}]){escaped}"
        if re.search(rf"[{LETTER}]$", token):
            escaped = rf"{escaped}(?![{LETTER}])"
        parts.append(escaped)
    cur = "|".join(parts)
    # Looking around each number is far cheaper than one regex with the currency
    # alternation tried at every position of the text.
    return _Rules(
        url=url,
        currency_before=re.compile(rf"(?P<c>{cur})\s?\Z", re.I),
        currency_after=re.compile(rf"\s?(?P<c>{cur})", re.I),
        months=dict(lex.months),
        currencies=dict(lex.currencies),
        currency_tokens=tokens,
        currency_longest=max(map(len, tokens), default=0),
    )


_DAY = re.compile(r"\d(?<![\d.,]\d)\d?(?!\d)")
_MONTH_AFTER_DAY = re.compile(
    r"(?:st|nd|rd|th|er|e|º|ª|o|\.|-?го|-?е)?\s*(?:de\s+|of\s+|d')?(?P<mon>[^\W\d_]+)\.?"
    r"(?:,?\s+(?:de\s+)?(?P<y>\d{4})(?!\d))?"
)
_MONTH_BEFORE_DAY = re.compile(r"(?<![^\W\d_])(?P<mon>[^\W\d_]+)\.?\s+\Z")
_AFTER_MDY = re.compile(r"(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4})(?!\d))?")


class _Scanner:
    def __init__(self, text: str, rules: _Rules) -> None:
        self.text = text
        self.masked = text
        self.rules = rules
        self.items: list[Found] = []

    def add(self, found: Found) -> None:
        self.items.append(found)
        self.masked = self.masked[: found.start] + _BLANK * (found.end - found.start) + self.masked[found.end :]

    def run(self) -> Scan:
        r = self.rules
        for start, end in _link_words(self.masked):
            for m in [*_EMAIL.finditer(self.masked, start, end), *r.url.finditer(self.masked, start, end)]:
                if _BLANK not in self.masked[m.start() : m.end()]:
                    self.add(Found("link", m.start(), m.end(), m.group()))
        self._dates()
        for start, end in self._code_words():
            raw = self.masked[start:end]
            digits = sum(c.isdigit() for c in raw)
            if digits >= 3 and len(compact(raw)) >= 6 and any(c.isalpha() for c in raw):
                self.add(Found("token", start, end, raw, token=compact(raw)))
        for m in list(_MONEY_NUMBER.finditer(self.masked)):
            start, end = m.span()
            before = r.currency_before_number(self.masked, start)
            after = None if before else r.currency_after.match(self.masked, end, end + 16)
            if before:
                start = before.start()
            elif after:
                end = after.end()
            else:
                continue
            marker = before or after
            assert marker is not None
            currency = r.currencies.get(marker.group("c").lower())
            self.add(Found("money", start, end, self.masked[start:end], number_values(m.group("n")), currency))
        for m in list(_TIME.finditer(self.masked)):
            if int(m.group("h")) < 24:
                self.add(Found("time", m.start(), m.end(), m.group(), time=(int(m.group("h")), int(m.group("m")))))
        for m in list(_PERCENT.finditer(self.masked)) if "%" in self.masked else []:
            self.add(Found("percent", m.start(), m.end(), m.group(), number_values(m.group("n"))))
        for m in list(_NUMBER.finditer(self.masked)):
            self.add(Found("number", m.start(), m.end(), m.group(), number_values(m.group("n"))))
        items = tuple(sorted(self.items, key=lambda f: f.start))
        by_kind: dict[str, list[Found]] = {}
        for item in items:
            by_kind.setdefault(item.kind, []).append(item)
        return Scan(items, self.masked, {k: tuple(v) for k, v in by_kind.items()})

    def _code_words(self) -> list[tuple[int, int]]:
        """Spans of the words that contain a digit, each once: the candidates for codes."""
        text, spans = self.masked, []
        end = 0
        for m in _DIGITS.finditer(text):
            if m.start() < end:
                continue  # inside the word already taken
            start, end = m.start(), m.end()
            while start > 0 and text[start - 1] in _TOKEN_CHARS:
                start -= 1
            while end < len(text) and text[end] in _TOKEN_CHARS:
                end += 1
            shape = _TOKEN_SHAPE.search(text, start, end)
            if shape and shape.end() - shape.start() == len(text[start:end].strip("-")):
                spans.append(shape.span())
        return spans

    def _date(self, m: re.Match[str], year: int | None, month: int, day: int, t: tuple[int, int] | None) -> None:
        if _valid(month, day):
            self.add(Found("date", m.start(), m.end(), m.group(), date=(year, month, day), time=t))

    def _span_date(self, start: int, end: int, date: Date) -> None:
        if _valid(date[1], date[2]) and _BLANK not in self.masked[start:end]:
            self.add(Found("date", start, end, self.masked[start:end], date=date))

    def _dates(self) -> None:
        r = self.rules
        for m in list(_ISO_DATE.finditer(self.masked)):
            t = (int(m.group("h")), int(m.group("mi"))) if m.group("h") else None
            self._date(m, int(m.group("y")), int(m.group("m")), int(m.group("d")), t)
        for m in list(_CJK_DATE.finditer(self.masked)) if ("月" in self.masked or "월" in self.masked) else []:
            self._date(m, _year(m.group("y")), int(m.group("m")), int(m.group("d")), None)
        for m in list(_DAY.finditer(self.masked)):
            start, end = m.span()
            if self.masked[start] == _BLANK:
                continue
            day = int(m.group())
            after = _MONTH_AFTER_DAY.match(self.masked, end, end + 40)
            month = r.months.get(after.group("mon").lower()) if after else None
            # "option 2 may suit you": English "may" is only a month in "2 May 2026" or "May 2".
            if after and month and not (after.group("mon").lower() == "may" and not after.group("y")):
                self._span_date(start, after.end(), (_year(after.group("y")), month, day))
                continue
            before = _MONTH_BEFORE_DAY.search(self.masked, max(0, start - 16), start)
            month = r.months.get(before.group("mon").lower()) if before else None
            if before and month:
                tail = _AFTER_MDY.match(self.masked, end, end + 12)
                stop = tail.end() if tail else end
                self._span_date(before.start(), stop, (_year(tail.group("y") if tail else None), month, day))
        for pattern in (_NUMERIC_DATE, _SLASH_DATE) if any(c in self.masked for c in "./-") else ():
            for m in list(pattern.finditer(self.masked)):
                a, b = int(m.group("a")), int(m.group("b"))
                year = _year(m.group("y")) if "y" in pattern.groupindex else None
                # Day-first or month-first: which one is meant cannot be known, so keep
                # both readings (as two dates over the same span) and let the caller
                # accept either.
                readings = [(b, a), (a, b)]
                valid = [(mo, d) for mo, d in readings if _valid(mo, d)]
                if not valid:
                    continue
                for mo, d in dict.fromkeys(valid):
                    self.items.append(Found("date", m.start(), m.end(), m.group(), date=(year, mo, d)))
                self.masked = self.masked[: m.start()] + _BLANK * (m.end() - m.start()) + self.masked[m.end() :]


def _link_words(text: str) -> list[tuple[int, int]]:
    """Spans of the whitespace-separated words that may hold a link or an email."""
    spans: list[tuple[int, int]] = []
    for m in _LINK_HINT.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue
        start, end = m.start(), m.end()
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        spans.append((start, end))
    return spans


def scan(text: str, lex: FactsLexicon) -> Scan:
    """Scan folded text (see text.fold)."""
    return _Scanner(text, _rules(lex)).run()
