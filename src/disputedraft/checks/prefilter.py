"""Which lexicon alternations can match a text at all, found in one pass over the text.

Most of a check's time went to regexes that find nothing: of the hundreds of alternation
scans a reply gets, about one in twenty matches. Every match of a regex contains certain
literal strings, its *required factors* (RE2's and Hyperscan's prefilters are built on the
same idea): `\\bwe(?: will|'ll) refund` cannot match a text without "refund", and an
alternation of such branches cannot match a text holding none of its branches' factors.

So each top-level branch of an alternation gets a set of literals, one of which is in every
text it matches in (`required`); all of them go into one Aho-Corasick automaton
(ahocorasick_rs: a well-kept Rust implementation, rather than one of our own), and one pass
over a text tells which occur in it (`present`). regroup.py then runs only the branches whose
literals occur: usually none. Skipping never changes a result: a literal is
only taken when every text the branch matches in must hold it. A case-insensitive part gives
literals met in any case (`CASELESS`): they are looked up in the text's caseless form, where
every character is folded the way the regex engine compares it.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from re import _casefix  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick_rs

# Shorter factors occur in nearly every text: they would gate nothing and slow the pass.
MIN_FACTOR = 2
MAX_CLASS = 4  # "[发發髮]": each character a spelling of the literal
MAX_CLASS_SET = 48  # "[年月日...]" standing alone: a set of single characters
MAX_SPELLINGS = 16
MAX_REPEATED = 4  # "x{3,}" is taken as "xxx", never more than this many characters
MAX_ALSO = 2  # sets a branch is gated by besides its most telling one (`requirements`)
MAX_ALSO_SIZE = 8  # ... each of at most this many literals, looked for one by one
_PROSE_SIGNS = frozenset(".,;:!?'\"-\u2019")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))

# Marks a literal met in any case. Such a literal is kept caseless and looked up in the
# caseless form of a text.
CASELESS = "\x00"
# Marks a word that is a whole token of every text the branch matches in: the alternatives of
# `\b(?:und|wir|che)\b` are met only as words, and "checked" or "order" hold none of them.
WHOLE = "\x01"
_TOKEN = re.compile(r"\w+")


def _canonical(cp: int) -> int:
    """A character folded the way `re` compares it under IGNORECASE: its simple lowercase, then
    one representative of the characters `re` also takes as equal (s and long s, σ and ς). A
    case-insensitive regex matches a text only where each of its literal characters meets one
    that folds to the same."""
    lower: int = _sre.unicode_tolower(cp)
    extra: tuple[int, ...] = _casefix._EXTRA_CASES.get(lower, ())
    return min((lower, *extra))


# Lowercase characters that are not their own representative (ſ, σ, ı): rare in any text.
_STRAY_TABLE = {c: _canonical(c) for c in _casefix._EXTRA_CASES if _canonical(c) != c}
_STRAY = re.compile("[" + "".join(map(chr, _STRAY_TABLE)) + "]")


def fold_case(text: str) -> str:
    """`text` with each character folded the way `re` compares it under IGNORECASE: two texts
    a case-insensitive literal takes as equal fold to the same string."""
    # str.lower() is the simple lowercase re uses for every character but İ, whose full
    # lowercase is two characters; the same length as `text`, one character for one.
    low = text.replace("\u0130", "i").lower()
    return low.translate(_STRAY_TABLE) if _STRAY.search(low) else low


@lru_cache(maxsize=64)
def caseless(text: str) -> str:
    """`fold_case`, remembered for the few texts (a reply, its sentences) asked about often."""
    return fold_case(text)


def _bare(literal: str) -> str:
    return literal[1:] if literal[:1] in (CASELESS, WHOLE) else literal


def _usable(marked: str) -> bool:
    # One CJK character is as telling as a short word, and so is a sign prose seldom uses
    # ("[", "{", "$"); one letter, or a full stop, is in every text.
    literal = _bare(marked)
    if len(literal) >= MIN_FACTOR:
        return True
    return len(literal) == 1 and (
        _CJK.match(literal) is not None or not (literal.isalnum() or literal.isspace() or literal in _PROSE_SIGNS)
    )


def _score(factors: frozenset[str]) -> tuple[int, int, int]:
    # The rarest-looking set wins: usable, then the longest shortest literal, then fewest.
    return all(map(_usable, factors)), min(len(_bare(f)) for f in factors), -len(factors)


def _char(code: int, ci: bool) -> str:
    return chr(_canonical(code)) if ci else chr(code)


def _class_chars(av: Any, ci: bool, limit: int = MAX_CLASS) -> list[str] | None:
    """The characters of a small class of plain characters ("[发發髮]"), else None."""
    if len(av) > limit or any(op is not sre.LITERAL for op, _ in av):
        return None
    return list(dict.fromkeys(_char(code, ci) for _, code in av))


def _literal_text(items: Any, ci: bool) -> str | None:
    """The text of a sequence made only of literal characters ("ab" for `ab`), else None."""
    if not items or any(op is not sre.LITERAL for op, _ in items):
        return None
    return "".join(_char(av, ci) for _, av in items)


def _pick(sets: list[frozenset[str]]) -> frozenset[str] | None:
    usable = [s for s in sets if all(map(_usable, s))]
    return max(usable, key=_score) if usable else None


def _sets(items: Any, ci: bool = False, words: bool = True) -> list[frozenset[str]]:
    """Sets of literals, each with a member in every text that the sequence `items` matches in.

    A match holds each run of literal characters; a group, a repeat of at least one and an
    alternation's branches (one set from each, joined) pass their sets on. A positive
    lookaround's literals are not in the match but are in the text, where the prefilter looks.
    Under `ci` (IGNORECASE) the literals are caseless and marked so; `words` is off where `\\b`
    and `\\w` are ASCII-only, unlike the tokens the prefilter reads (WHOLE)."""
    found: list[frozenset[str]] = []
    run: list[str] = [""]  # the literal text just read, spelled every way a small class allows
    mark = CASELESS if ci else ""

    def end_run() -> None:
        nonlocal run
        if all(run):
            found.append(frozenset(mark + r for r in run))
        run = [""]

    items = list(items)
    for k, (op, av) in enumerate(items):
        if op is sre.LITERAL:
            run = [r + _char(av, ci) for r in run]
            continue
        chars = _class_chars(av, ci) if op is sre.IN else None
        if chars is not None and len(run) * len(chars) <= MAX_SPELLINGS:
            run = [r + c for r in run for c in chars]
            continue
        if op is sre.IN and chars is None:
            # A larger class of characters each telling on its own ("[年月日号時分]"): one of them.
            members = _class_chars(av, ci, MAX_CLASS_SET)
            if members is not None and all(map(_usable, members)):
                end_run()
                found.append(frozenset(mark + m for m in members))
                continue
        if op in _REPEATS:
            low, high, body = av
            text = _literal_text(body, ci)
            if text is not None and low >= 1:
                # "x{3,}" holds "xxx"; only a fixed count lets the run go on past it.
                run = [r + text * min(low, max(1, MAX_REPEATED // len(text))) for r in run]
                if high != low or len(text) * low > MAX_REPEATED:
                    end_run()
                continue
        end_run()
        if op is sre.SUBPATTERN:
            _, add_flags, del_flags, body = av
            inner_ci = (ci or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            found += _sets(body, inner_ci, words and not add_flags & re.ASCII)
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            found += _sets(av, ci, words)
        elif op is sre.ASSERT:
            found += _sets(av[1], ci, words)
        elif op in _REPEATS:
            low, _, body = av
            if low >= 1:
                found += _sets(body, ci, words)
        elif op is sre.BRANCH:
            bounded = words and not ci and _is_boundary(items, k - 1) and _is_boundary(items, k + 1)
            branches = [_whole_word(b) if bounded else None for b in av[1]]
            branches = [w or _pick(_sets(b, ci, words)) for w, b in zip(branches, av[1], strict=True)]
            if all(branches):
                found.append(frozenset().union(*(b for b in branches if b)))
        # Anything else (other classes, anchors, negative lookarounds, back references,
        # conditionals) only ends a run.
    end_run()
    return found


def _is_boundary(items: list[Any], k: int) -> bool:
    return 0 <= k < len(items) and items[k] == (sre.AT, sre.AT_BOUNDARY)


def _whole_word(items: Any) -> frozenset[str] | None:
    """{WHOLE + word} for an alternative that is one word between two `\\b`: a match of it is
    a whole token (a maximal run of \\w characters), so the text's tokens tell."""
    text = _literal_text(items, False)
    return frozenset({WHOLE + text}) if text is not None and _TOKEN.fullmatch(text) else None


def required(pattern: str, flags: int) -> frozenset[str] | None:
    """Literals at least one of which is in every text `pattern` matches in (the most telling
    such set), or None when the pattern has no usable set (then it must always be run)."""
    sets = requirements(pattern, flags)
    return sets[0] if sets else None


def requirements(pattern: str, flags: int) -> tuple[frozenset[str], ...]:
    """Sets of literals `pattern` requires, each with a member in every text it matches in:
    the most telling usable set first (`required`), then up to MAX_ALSO others of at most
    MAX_ALSO_SIZE literals. A text must hold a member of each, so the others turn away texts the
    first lets through: " our " is the first set of `\\b(?:not|isn't) our (?:fault|problem)\\b`,
    and most replies hold it. Empty when the pattern has no usable set."""
    try:
        parsed = sre_parse.parse(pattern, flags)
    except re.error:  # a branch that only compiles beside the others: always run
        return ()
    every = flags | parsed.state.flags
    sets = _sets(parsed, bool(every & re.IGNORECASE), not every & re.ASCII)
    first = _pick(sets)
    if first is None:
        return ()
    # The others are only looked for by substring tests, never put in the automaton: a set a
    # scan could not use ("[:：]", in a text only where a colon is) still turns texts away.
    others = sorted(dict.fromkeys(s for s in sets if s != first and len(s) <= MAX_ALSO_SIZE), key=_score, reverse=True)
    return (first, *others[:MAX_ALSO])


@dataclass(frozen=True)
class _State:
    """What a scan reads, replaced whole by a registration or a rebuild: a scan takes it in one
    attribute read, without the lock, and sees one consistent state."""

    automaton: ahocorasick_rs.AhoCorasick | None = None
    pending: tuple[str, ...] = ()  # bare literals not yet in the automaton
    caseless: frozenset[str] = frozenset()  # bare, registered as caseless
    whole: frozenset[str] = frozenset()  # bare, registered as whole tokens
    ci_automaton: ahocorasick_rs.AhoCorasick | None = None
    ci_pending: tuple[str, ...] = ()  # caseless literals not yet in ci_automaton


class _Index:
    """Every gated alternation's literals in one automaton.

    Lists compile on first use, so a new process registers literals a few dozen at a time
    while it drafts its first replies: rebuilding the automaton on each registration cost 8 s
    of CPU over the first hundred multilingual drafts (559 rebuilds of up to 13,000 words).
    New literals therefore wait in `pending`, looked up with a plain substring test, and the
    automaton is rebuilt once they are many, or once registrations have stopped for a while;
    a warm process scans with the automaton alone. Both find every occurrence of every
    literal, so `present` answers the same either way.

    The automaton holds every literal bare; a caseless one (CASELESS) is also looked up in the
    text's caseless form, which is the text itself for most folded replies, and a whole word
    (WHOLE) among the text's tokens once the automaton has found it in the text. A text with
    capitals (the reply as written, for placeholders) has its caseless form scanned by a second,
    small automaton of the caseless literals alone (some 200 of 13,000), rebuilt the same way."""

    def __init__(self) -> None:
        self._marked: set[str] = set()  # as registered
        self._words: set[str] = set()  # bare
        self._state = _State()
        self._quiet = 0  # scans since the last registration, while literals are pending
        self._lock = threading.Lock()

    def add(self, words: Iterable[str]) -> bool:
        """Register literals; whether any was new."""
        with self._lock:
            new = set(words) - self._marked
            if new:
                state = self._state
                self._marked |= new
                bare = {_bare(w) for w in new} - self._words
                self._words |= bare
                new_ci = {w[1:] for w in new if w.startswith(CASELESS)} - state.caseless
                self._state = replace(
                    state,
                    pending=(*state.pending, *sorted(bare)),
                    caseless=state.caseless | new_ci,
                    whole=state.whole | {w[1:] for w in new if w.startswith(WHOLE)},
                    ci_pending=(*state.ci_pending, *sorted(new_ci)),
                )
                self._quiet = 0
            return bool(new)

    def _settled(self, now: bool = False) -> _State:
        """The state to scan with while literals are pending: rebuilt into the automata once
        they are many, or once registrations have stopped for a while (or `now`)."""
        with self._lock:
            self._quiet += 1
            state = self._state
            due = now or self._quiet > SETTLE_CALLS
            if state.pending and (due or len(state.pending) > MAX_PENDING):
                automaton = ahocorasick_rs.AhoCorasick(sorted(self._words), store_patterns=True)
                state = replace(state, automaton=automaton, pending=())
            if state.ci_pending and (due or len(state.ci_pending) > MAX_PENDING):
                ci_automaton = ahocorasick_rs.AhoCorasick(sorted(state.caseless), store_patterns=True)
                state = replace(state, ci_automaton=ci_automaton, ci_pending=())
            self._state = state
            return state

    def scan(self, text: str) -> frozenset[str]:
        state = self._state
        if state.pending or state.ci_pending:
            state = self._settled()
        # One set of what the automaton met: it reports every occurrence, a third of them repeats.
        found = set(_occurring(state.automaton, state.pending, text))
        # A whole word is in the automaton too: only the ones met at all are looked for as tokens.
        candidates = state.whole.intersection(found)
        met: set[str] | frozenset[str] = set()
        if state.caseless:
            folded = caseless(text)
            in_folded = found if folded == text else _occurring(state.ci_automaton, state.ci_pending, folded)
            met = state.caseless.intersection(in_folded)
        if candidates:
            found.update(WHOLE + w for w in candidates.intersection(_TOKEN.findall(text)))
        if met:
            found.update(CASELESS + w for w in met)
        return frozenset(found)


def _occurring(automaton: ahocorasick_rs.AhoCorasick | None, pending: Sequence[str], text: str) -> list[str]:
    found = automaton.find_matches_as_strings(text, overlapping=True) if automaton is not None else []
    if pending:
        found += [word for word in pending if word in text]
    return found


# A pending literal costs a substring test per scanned text; a rebuild costs about 30 ms.
MAX_PENDING = 400
SETTLE_CALLS = 200
_INDEX = _Index()


def register(words: frozenset[str]) -> None:
    if _INDEX.add(words):
        _present.cache_clear()


def own_scan(words: Iterable[str]) -> Callable[[str], frozenset[str]]:
    """`present` for these literals alone, from an automaton of their own, built now: for one
    question asked of long texts (is the buyer upset, in any of 14 languages?), where a pass
    of the shared automaton, with its 13,000 literals, cost 3-4% of a draft (session 18)."""
    index = _Index()
    index.add(words)
    index._settled(now=True)  # no literal comes later: build the automaton at once
    return index.scan


@lru_cache(maxsize=256)
def _present(text: str) -> frozenset[str]:
    return _INDEX.scan(text)


def forget_texts() -> None:
    """Empty what the prefilter remembers of the texts it read (the overhead benchmark drafts the
    same disputes round after round; a service drafts each once)."""
    _present.cache_clear()
    caseless.cache_clear()


def present(text: str) -> frozenset[str]:
    """The registered literals that occur in `text` (cached: a reply is asked about by many
    alternations, and each of its sentences by a few)."""
    return _present(text)
