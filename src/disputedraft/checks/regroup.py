"""A faster regex that matches at exactly the same positions as a big alternation.

Python's `re` tries every branch of an alternation at every position of the text. When the
branches start with the same zero-width test (`\\b`, or `(?m:^\\s*` for line starts), that
test is repeated once per branch per position; `\\b(?:a|b|c)` does it once. On the lexicon's
longest lists (internal notes, messaging apps) regrouping makes a scan 3-4 times cheaper.

Regrouping reorders branches, and the order of an alternation decides which branch wins
when several match at one position, so the regrouped regex is only used to find *where* a
match starts: a position matches the regrouped regex exactly when it matches the original
(each branch matches or not on its own, whatever its place). `Alternation` then takes the
original's own match at that position, so callers get the very same matches as before.

Before either runs, the prefilter (prefilter.py) may tell from one pass over the text that no
branch can match it at all; most scans end there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from disputedraft.checks.prefilter import CASELESS, WHOLE, caseless, own_scan, present, register, requirements

_WORD = "\\b"
_LINE = "(?m:^\\s*"


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """(index, char, depth before it) of each "(", ")" and "|" that is syntax: not escaped,
    not inside a [character class]."""
    depth, i = 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 2 if pattern.startswith("^", i + 1) else 1
            if pattern.startswith("]", i):  # "[]...]" / "[^]...]": that "]" is a literal
                i += 1
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
            continue
        if c in "()|":
            yield i, c, depth
            depth += {"(": 1, ")": -1, "|": 0}[c]
        i += 1


def split_top(pattern: str) -> list[str]:
    """The top-level branches of a regex: `a|(b|c)|[|]` -> ["a", "(b|c)", "[|]"]."""
    cuts = [i for i, c, depth in _structure(pattern) if c == "|" and depth == 0]
    bounds = zip([-1, *cuts], [*cuts, len(pattern)], strict=True)
    return [pattern[a + 1 : b] for a, b in bounds]


def _one_group(branch: str, prefix: str) -> str | None:
    """`(?m:^\\s*X)` -> `X` when its last ")" closes the group the prefix opens, else None."""
    if not (branch.startswith(prefix) and branch.endswith(")")):
        return None
    inner = branch[len(prefix) : -1]
    closes_early = any(c == ")" and depth == 0 for _, c, depth in _structure(inner))
    return None if closes_early else inner


def regrouped(patterns: Sequence[str]) -> str | None:
    """One regex matching at the same positions as `(?:p1)|(?:p2)|...`, branches regrouped;
    None when no two branches share a leading test, so there is nothing to gain."""
    word: list[str] = []
    line: list[str] = []
    rest: list[str] = []
    for pattern in patterns:
        for branch in split_top(pattern):
            inner = _one_group(branch, _LINE)
            if inner is not None:
                line.append(inner)
            elif branch.startswith(_WORD):
                word.append(branch[len(_WORD) :])
            else:
                rest.append(branch)
    if len(word) < 2 and len(line) < 2:
        return None
    parts = [f"(?:{b})" for b in rest]
    if word:
        parts.insert(0, _WORD + "(?:" + "|".join(word) + ")")
    if line:
        parts.append(_LINE + "(?:" + "|".join(line) + "))")
    return "|".join(parts)


def _compile(branches: Sequence[str], flags: int) -> re.Pattern[str]:
    fast = regrouped(branches)
    return re.compile(fast if fast is not None else "|".join(f"(?:{b})" for b in branches), flags)


@dataclass(frozen=True, eq=False)
class _Finder:
    """Finds where the first of some of the alternation's branches matches.

    With `needles` (prefilter.py), only the branches one of whose literals is in the text are
    tried: a long list usually has a branch or two with a common literal ("note"), and the
    other few hundred need not be run for them. The open branches are searched one by one, each
    compiled once."""

    branches: tuple[str, ...]
    flags: int
    pattern: re.Pattern[str]  # every branch
    by_needle: Mapping[str, tuple[int, ...]] | None  # literal -> the branches it opens; None: ungated
    needles: frozenset[str] = frozenset()
    # branch -> gates of its other sets of literals (prefilter.requirements): an opened branch is
    # searched only when the text may hold a member of each. Most opened branches found nothing
    # (37 searches a draft, 1 hit, session 18), opened by a common literal such as " our " or
    # "team". They are looked for with substring tests, and only for opened branches: in the
    # automaton, the text's matches tripled (48 -> 153 a text) and a scan took 35 us where it took 20.
    also: Mapping[int, tuple[PartGate, ...]] = field(default_factory=dict)
    singles: dict[int, re.Pattern[str]] = field(default_factory=dict)

    @classmethod
    def compile(
        cls, branches: Sequence[str], flags: int, needles: Sequence[tuple[frozenset[str], ...]] | None
    ) -> _Finder:
        by_needle: dict[str, list[int]] | None = None
        also: dict[int, tuple[PartGate, ...]] = {}
        if needles is not None:
            by_needle = {}
            for i, (factors, *others) in enumerate(needles):
                register(factors)
                for needle in factors:
                    by_needle.setdefault(needle, []).append(i)
                if others:
                    also[i] = tuple(PartGate.of(_unwhole(s)) for s in others)
        opened = None if by_needle is None else {k: tuple(v) for k, v in by_needle.items()}
        return cls(tuple(branches), flags, _compile(branches, flags), opened, frozenset(opened or ()), also)

    @cached_property
    def _bare_needles(self) -> frozenset[str]:
        return _unwhole(self.needles)

    def needles_within(self, text: str) -> frozenset[str] | None:
        """The needles in `text` that a part of it may hold (caseless ones marked), or None
        when the finder is ungated and may match any part."""
        return None if self.by_needle is None else self._bare_needles & present(text)

    def _patterns(self, text: str) -> tuple[re.Pattern[str], ...]:
        if self.by_needle is None:
            return (self.pattern,)
        hits = present(text) & self.needles
        if not hits:
            return ()
        by_needle, also = self.by_needle, self.also
        opened: set[int] = set()
        for needle in hits:
            opened.update(by_needle[needle])
        if also:
            opened = {i for i in opened if i not in also or all(gate.admits(text) for gate in also[i])}
            if not opened:
                return ()
        if len(opened) == len(self.branches):
            return (self.pattern,)
        # The open branches are searched one by one, each compiled once. A regex for each set
        # of them repeated their code across hundreds of sets (5.8 MB on the eval replies), and
        # was compiled anew for each new set, 20-35 ms each: replies not seen before opened a
        # new set about once a reply, and the cache of sets thrashed (session 16).
        return tuple(self._branch(i) for i in sorted(opened))

    def _branch(self, i: int) -> re.Pattern[str]:
        pattern = self.singles.get(i)
        if pattern is None:
            pattern = self.singles[i] = _compile([self.branches[i]], self.flags)
        return pattern

    def any_match(self, text: str) -> bool:
        return any(p.search(text) is not None for p in self._patterns(text))

    def start(self, text: str, pos: int) -> int | None:
        starts = [hit.start() for p in self._patterns(text) if (hit := p.search(text, pos)) is not None]
        return min(starts) if starts else None


def _unwhole(needles: Iterable[str]) -> frozenset[str]:
    """Needles with a whole word's mark dropped, for substring tests: its bare form stands for
    it, since a cut (a sentence) can make a word whole that was not whole in the text."""
    return frozenset(n[1:] if n.startswith(WHOLE) else n for n in needles)


def _finders(patterns: Sequence[str], flags: int) -> tuple[_Finder, ...]:
    """The branches that have required literals in one finder, gated by them; the others
    (a pattern such as `[(]\\w+ть[)]` has none) in a second one that always runs."""
    gated: list[str] = []
    needles: list[tuple[frozenset[str], ...]] = []
    ungated: list[str] = []
    for pattern in patterns:
        for branch in split_top(pattern):
            factors = requirements(branch, flags)
            if not factors:
                ungated.append(branch)
            else:
                gated.append(branch)
                needles.append(factors)
    finders = []
    if gated:
        finders.append(_Finder.compile(gated, flags, needles))
    if ungated:
        finders.append(_Finder.compile(ungated, flags, None))
    return tuple(finders)


@dataclass(frozen=True, eq=False)
class Alternation:
    """An alternation compiled as written (whose matches callers see), and finders (regrouped,
    gated by the prefilter) that tell where its matches start.

    Both are compiled on first use: the lexicon holds some 1,600 lists in 36 languages, and a
    process drafting for a few languages would otherwise spend seconds compiling all of them.
    The lexicon loader has already compiled each pattern on its own, so a broken one is still
    an error at load."""

    patterns: tuple[str, ...]
    flags: int

    @classmethod
    def compile(cls, patterns: Sequence[str], flags: int) -> Alternation:
        return cls(tuple(patterns), flags)

    @cached_property
    def exact(self) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in self.patterns), self.flags)

    @cached_property
    def finders(self) -> tuple[_Finder, ...]:
        return _finders(self.patterns, self.flags)

    def _start(self, text: str, pos: int) -> int | None:
        # A position matches the alternation exactly when it matches one of its branches,
        # so the first match starts where the earliest finder's does.
        starts = [s for f in self.finders if (s := f.start(text, pos)) is not None]
        return min(starts) if starts else None

    def needles_within(self, text: str) -> frozenset[str] | None:
        """See `PartGate`: the needles of the text a part of it may hold, None for any part."""
        return union_needles(f.needles_within(text) for f in self.finders)

    def search(self, text: str) -> re.Match[str] | None:
        start = self._start(text, 0)
        return None if start is None else self._at(text, start)

    def matches(self, text: str) -> bool:
        """Whether `search` finds anything: the first branch found anywhere answers, where
        `search` looks for the earliest match of every open branch and then reads it."""
        return any(f.any_match(text) for f in self.finders)

    def match(self, text: str) -> re.Match[str] | None:
        """The match `search` would find if it starts at 0: one try there, no scan."""
        return self.exact.match(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        while (start := self._start(text, pos)) is not None:
            found = self._at(text, start)
            if found is None:
                return
            yield found
            pos = found.end() if found.end() > found.start() else found.end() + 1

    def _at(self, text: str, pos: int) -> re.Match[str] | None:
        # The original matches here by construction; searching on is only a safety net.
        return self.exact.match(text, pos) or self.exact.search(text, pos)


def union_needles(parts: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
    """The needles of several finders or lists together; None (any part) as soon as one is."""
    found: set[str] = set()
    for needles in parts:
        if needles is None:
            return None
        found |= needles
    return frozenset(found)


@dataclass(frozen=True)
class PartGate:
    """Which parts of a text (its sentences) a list may match in, told by substring tests.

    A branch matches only a text holding one of its needles (prefilter.py); a needle in a
    part is in the whole text. So the needles that one look at the whole text finds are the
    only ones a part can hold, and a part holding none of them needs no search, nor a
    prefilter pass of its own. A caseless needle is looked for in the part's caseless form,
    which is the matching slice of the text's: caseless folding goes character by character.
    A finder tests an opened branch's other sets of literals with the same substring tests."""

    everywhere: bool  # a branch without needles: every part must be searched
    verbatim: tuple[str, ...]
    caseless: tuple[str, ...]

    @classmethod
    def of(cls, needles: frozenset[str] | None) -> PartGate:
        if needles is None:
            return cls(True, (), ())
        verbatim = tuple(n for n in needles if not n.startswith(CASELESS))
        return cls(False, verbatim, tuple(n[1:] for n in needles if n.startswith(CASELESS)))

    def __bool__(self) -> bool:
        """Whether any part of the text may hold a match."""
        return self.everywhere or bool(self.verbatim or self.caseless)

    def admits(self, part: str) -> bool:
        if self.everywhere or any(n in part for n in self.verbatim):
            return True
        if self.caseless:
            folded = caseless(part)
            return any(n in folded for n in self.caseless)
        return False


@dataclass(frozen=True, eq=False)
class Choice:
    """Which of several alternations (one list's, in many languages) may match a text, told by
    one look at the text's literals instead of one per alternation.

    Whether a buyer is upset is asked in every language with an upset list (14): each
    alternation's own gate cost a set intersection, 31-44 us a text in all, to learn that
    none can match; one intersection with the needles of all of them takes some 4 us
    (session 17). An alternation none of whose needles is in the text cannot match, and one
    with an ungated finder always may, so skipping the others changes no result."""

    alternations: tuple[Alternation, ...]
    by_needle: Mapping[str, tuple[int, ...]]  # needle -> the alternations it may open
    always: frozenset[int]  # alternations with an ungated finder
    needles: frozenset[str]
    # The needles alone in an automaton of their own: the texts asked about are the buyer's
    # messages, long and asked nothing else.
    scan: Callable[[str], frozenset[str]]

    @classmethod
    def of(cls, alternations: tuple[Alternation, ...]) -> Choice:
        by_needle: dict[str, set[int]] = {}
        always: set[int] = set()
        for i, alternation in enumerate(alternations):
            for finder in alternation.finders:
                if finder.by_needle is None:
                    always.add(i)
                for needle in finder.needles:
                    by_needle.setdefault(needle, set()).add(i)
        opened = {k: tuple(sorted(v)) for k, v in by_needle.items()}
        return cls(alternations, opened, frozenset(always), frozenset(opened), own_scan(opened))

    def live(self, text: str) -> list[Alternation]:
        """The alternations that may match `text`, in their order."""
        chosen = set(self.always)
        for needle in self.scan(text):
            chosen.update(self.by_needle[needle])
        return [self.alternations[i] for i in sorted(chosen)]
