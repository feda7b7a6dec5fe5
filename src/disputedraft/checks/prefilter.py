"""Which lexicon alternations can match a text at all, found in one pass over the text.

Most of a check's time went to regexes that find nothing: of the hundreds of alternation
scans a reply gets, about one in twenty matches. Every match of a regex contains certain
literal strings, its *required factors* (RE2's and Hyperscan's prefilters are built on the
same idea): `\\bwe(?: will|'ll) refund` cannot match a text without "refund", and an
alternation of such branches cannot match a text holding none of its branches' factors.

So each top-level branch of an alternation gets a set of literals one of which is in every
match (`required`); all of them go into one Aho-Corasick automaton (pyahocorasick: a
well-kept C implementation, rather than one of our own), and one pass over a text tells which
occur in it (`present`). regroup.py then runs only the branches whose literals occur: usually
none. Skipping never changes a result: a literal is only taken when every match must contain
it verbatim, so a branch with a case-insensitive part, or with no such literal, always runs.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

# Shorter factors occur in nearly every text: they would gate nothing and slow the pass.
MIN_FACTOR = 2
MAX_CLASS = 4  # "[发發髮]": each character a spelling of the literal
MAX_SPELLINGS = 16
_PROSE_SIGNS = frozenset(".,;:!?'\"-\u2019")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


def _usable(literal: str) -> bool:
    # One CJK character is as telling as a short word, and so is a sign prose seldom uses
    # ("[", "{", "$"); one letter, or a full stop, is in every text.
    if len(literal) >= MIN_FACTOR:
        return True
    return len(literal) == 1 and (
        _CJK.match(literal) is not None or not (literal.isalnum() or literal.isspace() or literal in _PROSE_SIGNS)
    )


def _score(factors: frozenset[str]) -> tuple[int, int, int]:
    # The rarest-looking set wins: usable, then the longest shortest literal, then fewest.
    return all(map(_usable, factors)), min(map(len, factors)), -len(factors)


def _class_chars(av: Any) -> list[str] | None:
    """The characters of a small class of plain characters ("[发發髮]"), else None."""
    if len(av) > MAX_CLASS or any(op is not sre.LITERAL for op, _ in av):
        return None
    return [chr(code) for _, code in av]


def _best(items: Any) -> frozenset[str] | None:
    """One set of literals every match of the sequence `items` contains at least one of."""
    best: frozenset[str] | None = None
    run: list[str] = [""]  # the literal text just read, spelled every way a small class allows

    def offer(candidate: frozenset[str] | None) -> None:
        nonlocal best
        if candidate and all(candidate) and (best is None or _score(candidate) > _score(best)):
            best = candidate

    def end_run() -> None:
        nonlocal run
        offer(frozenset(run))
        run = [""]

    for op, av in items:
        if op is sre.LITERAL:
            run = [r + chr(av) for r in run]
            continue
        chars = _class_chars(av) if op is sre.IN else None
        if chars is not None and len(run) * len(chars) <= MAX_SPELLINGS:
            run = [r + c for r in run for c in chars]
            continue
        end_run()
        if op is sre.SUBPATTERN:
            _, add_flags, _, body = av
            if add_flags & re.IGNORECASE:
                raise _CaseFolded
            offer(_best(body))
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            offer(_best(av))
        elif op in _REPEATS:
            low, _, body = av
            if low >= 1:
                offer(_best(body))
        elif op is sre.BRANCH:
            branches = [_best(b) for b in av[1]]
            if all(branches):
                offer(frozenset().union(*(b for b in branches if b)))
        # Anything else (other classes, anchors, lookarounds, back references) only ends a
        # run: a lookaround's literals need not be inside the match, so they are never taken.
    end_run()
    return best


class _CaseFolded(Exception):
    """A part of the pattern ignores case: its literals are not required verbatim."""


def required(pattern: str, flags: int) -> frozenset[str] | None:
    """Literals at least one of which is in every match of `pattern`, or None when the
    pattern has no usable set (then it must always be run)."""
    if flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(pattern, flags)
        if parsed.state.flags & re.IGNORECASE:
            return None
        factors = _best(parsed)
    except (_CaseFolded, re.error):  # a branch that only compiles beside the others: always run
        return None
    if factors is None or not all(map(_usable, factors)):
        return None
    return factors


class _Index:
    """Every gated alternation's literals in one automaton.

    Lists compile on first use, so a new process registers literals a few dozen at a time
    while it drafts its first replies: rebuilding the automaton on each registration cost 8 s
    of CPU over the first hundred multilingual drafts (559 rebuilds of up to 13,000 words).
    New literals therefore wait in `_pending`, looked up with a plain substring test, and the
    automaton is rebuilt once they are many, or once registrations have stopped for a while;
    a warm process scans with the automaton alone. Both find every occurrence of every
    literal, so `present` answers the same either way."""

    def __init__(self) -> None:
        self._words: set[str] = set()
        self._automaton: Any = None
        self._pending: list[str] = []
        self._quiet = 0  # present() calls since the last registration
        self._lock = threading.Lock()

    def add(self, words: Iterable[str]) -> None:
        with self._lock:
            new = set(words) - self._words
            if new:
                self._words |= new
                self._pending.extend(sorted(new))
                self._quiet = 0
                _present.cache_clear()

    def scan(self, text: str) -> frozenset[str]:
        with self._lock:
            self._quiet += 1
            if self._pending and (len(self._pending) > MAX_PENDING or self._quiet > SETTLE_CALLS):
                automaton = ahocorasick.Automaton()
                for word in self._words:
                    automaton.add_word(word, word)
                automaton.make_automaton()
                self._automaton, self._pending = automaton, []
            automaton, pending = self._automaton, tuple(self._pending)
        found = {word for _, word in automaton.iter(text)} if automaton is not None else set()
        found.update(word for word in pending if word in text)
        return frozenset(found)


# A pending literal costs a substring test per scanned text; a rebuild costs about 14 ms.
MAX_PENDING = 400
SETTLE_CALLS = 200
_INDEX = _Index()


def register(words: frozenset[str]) -> None:
    _INDEX.add(words)


@lru_cache(maxsize=256)
def _present(text: str) -> frozenset[str]:
    return _INDEX.scan(text)


def present(text: str) -> frozenset[str]:
    """The registered literals that occur in `text` (cached: a reply is asked about by many
    alternations, and each of its sentences by a few)."""
    return _present(text)
