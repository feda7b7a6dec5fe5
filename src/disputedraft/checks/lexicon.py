"""The checks' multilingual word lists (`policies/lexicon/*.yaml`): loaded once, validated, compiled.

Every list is `{language: [regex, ...]}`, with `any` for patterns that are not tied to a
language (app names, brackets). Patterns are matched against folded text (lowercase, no
accents; see text.py) and folded the same way on load, so they may be written with or
without accents. All patterns of one language are joined into one alternation and
compiled once. Folded text is already lowercase, so patterns are compiled
case-sensitively (Python's matcher is several times faster without IGNORECASE) and must
be written in lowercase; the loader rejects capitals. The one exception is
`placeholders`, which runs on the reply with its case kept (see residue.yaml).

A broken lexicon is a PolicyError naming the file, the key and the problem: a typo in a
regex must stop the checker, not silently stop a check from ever firing.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

from disputedraft.checks import lexicon_marks
from disputedraft.checks.prefilter import present
from disputedraft.checks.regroup import Alternation, Choice, PartGate, union_needles
from disputedraft.checks.text import fold, fold_pattern
from disputedraft.contract import Problem
from disputedraft.errors import PolicyError
from disputedraft.language import SUPPORTED
from disputedraft.resources import data_dir, data_path

ANY = "any"
LANGUAGES = frozenset([*SUPPORTED, ANY])
CONCEPTS = ("refund", "discount", "compensation", "free_item", "reshipment")
EVIDENCE_KEYS = frozenset([*(p.value for p in Problem), "absent"])
_FLAGS = re.UNICODE
# Escapes such as \S, \W, \D, \B, \A, \Z are capitals that are not letters to match.
_ESCAPE = re.compile(r"\\.")


# A search in more languages than this (the buyer's upset words, in every language that has
# them) first asks which alternations can match at all (regroup.Choice).
MAX_ONE_BY_ONE = 4


@dataclass(frozen=True)
class PhraseSet:
    """One named list of patterns per language, compiled to one alternation per language."""

    name: str
    by_lang: Mapping[str, Alternation]
    # A check asks with the same few language tuples every time: look each up once.
    _chosen: dict[tuple[str, ...], tuple[Alternation, ...]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )
    _choices: dict[tuple[str, ...], Choice] = field(default_factory=dict, init=False, compare=False, repr=False)
    _needles: dict[tuple[str, ...], frozenset[str] | None] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def patterns(self, langs: Iterable[str]) -> tuple[Alternation, ...]:
        key = langs if isinstance(langs, tuple) else tuple(langs)
        chosen = self._chosen.get(key)
        if chosen is None:
            seen: list[Alternation] = []
            for lang in (ANY, *key):
                pattern = self.by_lang.get(lang)
                if pattern is not None and pattern not in seen:
                    seen.append(pattern)
            chosen = self._chosen[key] = tuple(seen)
        return chosen

    def search(self, text: str, langs: Iterable[str]) -> re.Match[str] | None:
        if not self._may_match(text, langs):
            return None
        for pattern in self._live(text, langs):
            found = pattern.search(text)
            if found:
                return found
        return None

    def matches(self, text: str, langs: Iterable[str]) -> bool:
        """Whether `search` finds anything, without finding where (see Alternation.matches)."""
        return self._may_match(text, langs) and any(p.matches(text) for p in self._live(text, langs))

    def _may_match(self, text: str, langs: Iterable[str]) -> bool:
        """False when no alternation of `langs` can match `text`: none has an ungated finder, and
        the text holds none of their needles. One set test, where asking each alternation's
        finders went five calls deep; half the lists a draft asks about cannot match (session
        18). Many languages are left to regroup.Choice, which reads the text with its own needles."""
        key = langs if isinstance(langs, tuple) else tuple(langs)
        if key not in self._needles:
            patterns = self.patterns(key)
            finders = [f for p in patterns for f in p.finders]
            ungated = len(patterns) > MAX_ONE_BY_ONE or any(f.by_needle is None for f in finders)
            self._needles[key] = None if ungated else frozenset().union(*(f.needles for f in finders))
        needles = self._needles[key]
        return needles is None or not needles.isdisjoint(present(text))

    def _live(self, text: str, langs: Iterable[str]) -> Sequence[Alternation]:
        """The alternations of `langs` that may match `text`, in their order: all of them, or for
        many languages those regroup.Choice leaves."""
        key = langs if isinstance(langs, tuple) else tuple(langs)
        patterns = self.patterns(key)
        if len(patterns) <= MAX_ONE_BY_ONE:
            return patterns
        choice = self._choices.get(key)
        if choice is None:
            choice = self._choices[key] = Choice.of(patterns)
        return choice.live(text)

    def gate_within(self, text: str, langs: Iterable[str]) -> PartGate:
        """Which parts of `text` (its sentences) `search` may find something in, told by
        substring tests (see PartGate); false when it finds nothing in any part."""
        return PartGate.of(union_needles(p.needles_within(text) for p in self.patterns(langs)))

    def search_at_start(self, text: str, langs: Iterable[str]) -> re.Match[str] | None:
        """`search(text, langs)` when what it finds starts at 0, else None, without scanning
        the text whenever it can: a pattern with no match at 0 only needs the scan when a
        later one might still answer (search stops at the first pattern that matches at all)."""
        patterns = self.patterns(langs)
        for i, pattern in enumerate(patterns):
            found = pattern.match(text)
            if found:
                return found
            if i < len(patterns) - 1 and pattern.search(text):
                return None
        return None

    def finditer(self, text: str, langs: Iterable[str]) -> Iterator[re.Match[str]]:
        if not self._may_match(text, langs):
            return
        for pattern in self.patterns(langs):
            yield from pattern.finditer(text)

    def has(self, lang: str) -> bool:
        return lang in self.by_lang

    @cached_property
    def any_exact(self) -> re.Pattern[str] | None:
        """Every language's alternation in one regex, which fullmatches a text exactly where
        one of them does; None when they cannot be joined (flags differ, a group name repeats)."""
        alts = list(self.by_lang.values())
        if len({a.flags for a in alts}) != 1:
            return None
        try:
            return re.compile("|".join(f"(?:{a.exact.pattern})" for a in alts), alts[0].flags)
        except re.error:
            return None


@dataclass(frozen=True)
class PointLexicon:
    cues: Mapping[str, PhraseSet]  # point id -> cues
    evidence_kinds: Mapping[str, PhraseSet]  # photo, video, measurement...
    evidence_by_problem: Mapping[str, tuple[str, ...]]  # problem -> kinds, any of which will do


@dataclass(frozen=True)
class OfferLexicon:
    concepts: Mapping[str, PhraseSet]
    clause_breaks: PhraseSet  # "but", "pero": a clause ends there as at a comma
    refund_without_return: PhraseSet  # "full refund, no need to send it back"
    money_back_anyway: PhraseSet  # "you won't be out of pocket either way": never excused by its own "won't"
    free_extra: PhraseSet  # "a free item": the reshipment itself when reshipping is allowed
    negation_before: PhraseSet
    negation_after: PhraseSet
    negation_reset: PhraseSet  # "if it isn't released we'll refund": a new main clause after the negation
    reported: PhraseSet  # "you asked for a refund": the buyer's words, not an offer
    money_context: PhraseSet
    partial_context: PhraseSet
    return_context: PhraseSet
    half_price: PhraseSet  # "half the price" in words: 50 %, over any cap below it
    free_harmless: PhraseSet  # a "free" return label, duties or longer protection: no gift
    per_unit: PhraseSet  # "12.80 USD per mug": the order's cap multiplied
    above_total: PhraseSet  # "twice what you paid": more than the order total, no figure
    too_little: PhraseSet  # "if that's too little for you": the amount may not be enough
    raise_more: PhraseSet  # "we'll add a bit more": going beyond the amount just offered
    raise_optional: PhraseSet  # "if needed" / "a bit more": a raise offered without "too little"
    share_of_price: tuple[tuple[re.Pattern[str], int], ...]  # "a quarter" -> 25, in the order to try
    percent_tens: tuple[tuple[str, int], ...]  # "сорок" -> 40: spelled tens past thirty
    percent_after: str  # regex: "per cent" after a spelled number
    percent_before: str  # regex: "yüzde" before it
    for_the_trouble: re.Pattern[str]  # "for the trouble / the wait": the seller's gift, not the buyer's


@dataclass(frozen=True)
class ContactLexicon:
    apps: PhraseSet
    hard: PhraseSet  # always off-platform: "call me", "my email"
    soft: PhraseSet  # off-platform unless the sentence names the platform: "contact us directly"
    safe_channel: PhraseSet
    phone_words: PhraseSet


@dataclass(frozen=True, eq=False)
class SpelledNumbers:
    """Numbers written as words (facts.yaml `spelled_numbers` and the keys after it), folded,
    with every table built on load. Patterns for a set of languages are built once per
    process (words_pattern, ordinal_pattern): a reply in two languages reads both lists."""

    values: Mapping[str, int]  # folded word -> its value, every language (no word has two)
    words: Mapping[str, frozenset[str]]  # language -> its number words
    ordinals: Mapping[str, frozenset[str]]  # language -> ordinal day words ("fifth")
    cjk_languages: frozenset[str]
    cjk_values: Mapping[str, int]
    cjk: re.Pattern[str]  # a CJK numeral, not inside a longer one
    with_unit: Mapping[str, tuple[tuple[re.Pattern[str], int], ...]]  # "사흘", "يومين"
    filler: re.Pattern[str]  # between a number word and its unit
    connectors: str  # regex alternation: "of", "de" between an ordinal and its month
    months: Mapping[str, int]  # month names of 3 letters or more -> 1..12
    months_alt: str  # regex alternation of those names, longest first

    def words_pattern(self, langs: tuple[str, ...]) -> re.Pattern[str] | None:
        return _spelled_words_pattern(self, langs)

    def ordinal_pattern(self, langs: tuple[str, ...]) -> re.Pattern[str] | None:
        return _spelled_ordinal_pattern(self, langs)


def _longest_first(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=64)
def _spelled_words_pattern(spelled: SpelledNumbers, langs: tuple[str, ...]) -> re.Pattern[str] | None:
    words = {w for lang in langs for w in spelled.words.get(lang, ())}
    if not words:
        return None
    return re.compile(rf"(?<![\w'])(?:{_longest_first(words)})(?![\w'])")


@lru_cache(maxsize=64)
def _spelled_ordinal_pattern(spelled: SpelledNumbers, langs: tuple[str, ...]) -> re.Pattern[str] | None:
    words = {w for lang in langs for w in spelled.ordinals.get(lang, ())}
    words |= {w for lang in langs for w in spelled.words.get(lang, ())}
    if not words or not spelled.months_alt:
        return None
    return re.compile(
        rf"(?<![\w'])(?:{_longest_first(words)})(?:\s+(?:{spelled.connectors}))?\s+(?P<mon>{spelled.months_alt})(?!\w)"
    )


@dataclass(frozen=True, eq=False)
class FactsLexicon:
    months: Mapping[str, int]  # folded month name -> 1..12
    currencies: Mapping[str, str | None]  # folded token -> ISO code (None: "$", several dollars)
    tlds: tuple[str, ...]
    carriers: re.Pattern[str]  # any known carrier name, folded, as a whole word
    relative_dates: PhraseSet  # "tomorrow", "by Friday": dates without a date
    duration_units: PhraseSet  # "days", "working days" right after a number: "within 2 days" is a promise
    spelled: SpelledNumbers  # "three working days", "the fifth of December"


# Compared and hashed by identity: a loaded lexicon is one immutable object, and its
# dicts would make a field-wise hash fail.
@dataclass(frozen=True, eq=False)
class Lexicon:
    points: PointLexicon
    offers: OfferLexicon
    contact: ContactLexicon
    feedback: PhraseSet
    blame: PhraseSet
    blame_parties: PhraseSet  # the carrier, the post, customs
    blame_verdicts: PhraseSet  # what blaming them says: careless, notoriously slow, their fault
    returned_state: PhraseSet  # a returned item "creased", "with signs of use" (return_received)
    returned_state_negated_before: PhraseSet  # "without any" before it in the sentence
    returned_state_negated_after: PhraseSet  # "yok", "없" right after it
    blame_next_time: PhraseSet  # "next time": with the two below, the seller's promise is no blame
    blame_seller_subject: PhraseSet  # we, nous, wir, a first-person plural future
    blame_advice: PhraseSet  # recommend, please, worth: advice to the buyer after all
    blame_party_faults: PhraseSet  # a negative event a party caused: lost, slow, damaged, treated badly
    blame_party_judgements: PhraseSet  # what makes it a verdict: evidently, notoriously, as always, typical
    blame_speculation: PhraseSet  # probably, maybe, evidently, it seems
    blame_buyer_deeds: PhraseSet  # the buyer (you, someone at home, your packaging) as agent of a past act
    close_statements: PhraseSet  # "the case will be closed", "the platform closes it": not a request
    placeholders: PhraseSet
    internal: PhraseSet
    addressed_notes: PhraseSet  # case kept: "(Marek: ...)", group `name` the addressee
    empathy: PhraseSet
    upset: PhraseSet
    honorifics: PhraseSet  # "고객님": greets the buyer without the name
    closings: PhraseSet  # sign-off formulas ("Cordiali saluti"), per language
    pushy: PhraseSet  # a bossy demand that the buyer act at once: shouting without capitals
    acronyms: frozenset[str]
    emphatic_caps: frozenset[str]  # MUST, NUR, НЕ: short words that shout alone in capitals
    foreign_english_words: frozenset[str]  # a few in a paragraph make it look English
    foreign_english_min: int
    non_latin_languages: frozenset[str]  # languages not written in Latin letters
    # language -> signs that a sentence, in the same script, is in another language (on text
    # lowercased with accents kept): only makes the detector read it
    foreign_markers: Mapping[str, Alternation]
    own_language: OwnLanguage
    facts: FactsLexicon
    source: Path


@dataclass(frozen=True)
class OwnLanguage:
    """`style.yaml` own_language: what tells a reply's language without the detector."""

    owner: Mapping[str, str]  # function word -> the one language whose list has it
    languages: frozenset[str]  # the languages with a list of words
    scripts: Mapping[str, re.Pattern[str]]  # language -> the letters only it is written in
    not_letters: Mapping[str, frozenset[str]]  # language -> letters it never uses (sv: "ø", "æ")
    words: Mapping[str, frozenset[str]]  # language -> its whole list, shared words too


class _Problems:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.items: list[str] = []

    def add(self, where: str, problem: str) -> None:
        self.items.append(f"{where}: {problem}")

    def raise_if_any(self) -> None:
        if self.items:
            raise PolicyError(str(self.path), self.items)


# libyaml's parser when PyYAML has it (it parses the lexicon 5x faster: every batch worker and
# API process reads it at start); the constructor, and so the key check, is Python either way.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeys(_SafeLoader):  # type: ignore[misc,valid-type]
    """YAML keeps the last of two equal keys; a second `any:` would silently drop a list."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping


def _read(path: Path) -> dict[str, Any]:
    try:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeys)  # a SafeLoader subclass
    except FileNotFoundError:
        raise PolicyError(str(path), ["lexicon file not found"]) from None
    except yaml.YAMLError as exc:
        raise PolicyError(str(path), [f"not valid YAML: {exc}"]) from None
    if not isinstance(doc, dict):
        raise PolicyError(str(path), ["expected a mapping at the top level"])
    return doc


# Simplified Chinese character -> its traditional form(s), from style.yaml `zh_traditional`.
# load_lexicon sets it for the duration of one load (a context variable, so two loads from
# different directories, or in two threads, never see each other's table); _phrases widens
# the `zh` and `any` patterns with it, so a cue written "运送" also matches "運送".
_ZH_VARIANTS: ContextVar[Mapping[str, str] | None] = ContextVar("zh_variants", default=None)
# True while loading files whose very bytes passed the per-pattern validation before (lexicon_marks.py).
_VALIDATED: ContextVar[bool] = ContextVar("lexicon_validated", default=False)
_WIDENED = frozenset({"zh", ANY})


def _widen_zh(pattern: str, variants: Mapping[str, str]) -> str:
    """Each simplified character with a traditional form becomes a class of both ("[运運]"),
    or gains its forms inside a class that already holds it ("[^运]" -> "[^运運]")."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        forms = variants.get(c, "")
        if in_class:
            in_class = c != "]"
            out.append(c + forms)
        elif c == "[":
            in_class = True
            out.append(c)
        else:
            out.append(f"[{c}{forms}]" if forms else c)
        i += 1
    return "".join(out)


def _load_zh_variants(path: Path) -> dict[str, str]:
    raw = _read(path).get("zh_traditional")
    if not isinstance(raw, str) or not raw.split():
        raise PolicyError(str(path), ["zh_traditional: expected entries such as '运運 发發髮'"])
    variants: dict[str, str] = {}
    for entry in raw.split():
        if len(entry) < 2:
            raise PolicyError(str(path), [f"zh_traditional: {entry!r} names no traditional form"])
        variants[entry[0]] = entry[1:]
    return variants


def _phrases(raw: Any, where: str, problems: _Problems, *, case_sensitive: bool = False) -> PhraseSet:
    by_lang: dict[str, Alternation] = {}
    if not isinstance(raw, dict) or not raw:
        problems.add(where, "expected a non-empty mapping of language -> list of patterns")
        return PhraseSet(where, by_lang)
    for lang, patterns in raw.items():
        here = f"{where}.{lang}"
        if lang not in LANGUAGES:
            problems.add(here, f"unknown language {lang!r} (use a code from language.SUPPORTED or 'any')")
            continue
        if not isinstance(patterns, list) or not patterns:
            problems.add(here, "expected a non-empty list of patterns")
            continue
        parts: list[str] = []
        groups: set[str] = set()  # a name used twice breaks the joined list, compiled on first use
        for i, pattern in enumerate(patterns):
            if not isinstance(pattern, str) or not pattern.strip():
                problems.add(f"{here}[{i}]", "expected a non-empty string")
                continue
            folded = fold_pattern(pattern)
            variants = _ZH_VARIANTS.get()
            if variants and lang in _WIDENED:
                folded = _widen_zh(folded, variants)
            if not case_sensitive and _ESCAPE.sub("", folded) != _ESCAPE.sub("", folded).lower():
                problems.add(f"{here}[{i}]", f"write {pattern!r} in lowercase: it runs on lowercased text")
                continue
            if _VALIDATED.get():
                parts.append(folded)
                continue
            try:
                compiled = re.compile(folded, _FLAGS)
            except re.error as exc:
                problems.add(f"{here}[{i}]", f"bad regex {pattern!r}: {exc}")
                continue
            if compiled.search("") or compiled.search(" "):
                problems.add(f"{here}[{i}]", f"pattern {pattern!r} matches empty text, so it would match anything")
                continue
            if groups & compiled.groupindex.keys():
                problems.add(f"{here}[{i}]", f"group name {sorted(groups & compiled.groupindex.keys())} used twice")
                continue
            groups |= compiled.groupindex.keys()
            parts.append(folded)
        if parts:
            by_lang[lang] = Alternation.compile(parts, _FLAGS)
    return PhraseSet(where, by_lang)


def _section(doc: Mapping[str, Any], key: str, problems: _Problems, where: str = "") -> Any:
    if key not in doc:
        problems.add(f"{where}{key}", "missing")
        return None
    return doc[key]


def _point_ids() -> set[str]:
    # Imported here: the policy package is heavier and the lexicon only needs it to cross-check.
    from disputedraft.policy import default_policy

    spec = default_policy().spec
    ids = {p.id for r in spec.remedies.values() for p in r.points}
    ids |= {p.id for r in spec.remedies.values() for v in r.variants.values() for p in v.points}
    return ids


def _load_points(path: Path) -> PointLexicon:
    problems = _Problems(path)
    doc = _read(path)
    raw_points = _section(doc, "points", problems) or {}
    cues = {pid: _phrases(raw, f"points.{pid}", problems) for pid, raw in raw_points.items()}
    known = _point_ids()
    for pid in sorted(known - cues.keys()):
        problems.add(f"points.{pid}", "the policy uses this point but it has no cues")
    for pid in sorted(cues.keys() - known):
        problems.add(f"points.{pid}", "not a point id of the policy (typo?)")
    for pid, phrase_set in cues.items():
        if "en" not in phrase_set.by_lang:
            problems.add(f"points.{pid}", "needs English cues: English is every language's fallback")
    evidence = _section(doc, "evidence", problems) or {}
    kinds_raw = _section(evidence, "kinds", problems, "evidence.") or {}
    kinds = {k: _phrases(v, f"evidence.kinds.{k}", problems) for k, v in kinds_raw.items()}
    by_problem_raw = _section(evidence, "by_problem", problems, "evidence.") or {}
    by_problem: dict[str, tuple[str, ...]] = {}
    for key, wanted in by_problem_raw.items():
        if key not in EVIDENCE_KEYS:
            problems.add(f"evidence.by_problem.{key}", f"not a problem type; known: {sorted(EVIDENCE_KEYS)}")
        if not isinstance(wanted, list) or not wanted or any(w not in kinds for w in wanted):
            problems.add(f"evidence.by_problem.{key}", f"expected a list of kinds from {sorted(kinds)}")
            continue
        by_problem[key] = tuple(wanted)
    for key in sorted(EVIDENCE_KEYS - by_problem.keys()):
        problems.add(f"evidence.by_problem.{key}", "missing: every problem type needs its evidence kinds")
    problems.raise_if_any()
    return PointLexicon(cues, kinds, by_problem)


def _load_offers(path: Path) -> OfferLexicon:
    problems = _Problems(path)
    doc = _read(path)
    raw = _section(doc, "concepts", problems) or {}
    concepts = {c: _phrases(raw.get(c), f"concepts.{c}", problems) for c in CONCEPTS}
    for extra in sorted(set(raw) - set(CONCEPTS)):
        problems.add(f"concepts.{extra}", f"unknown concept; known: {list(CONCEPTS)}")
    names = (
        "clause_breaks",
        "refund_without_return",
        "money_back_anyway",
        "free_extra",
        "negation_before",
        "negation_after",
        "negation_reset",
        "reported",
        "money_context",
        "partial_context",
        "return_context",
        "half_price",
        "free_harmless",
        "per_unit",
        "above_total",
        "too_little",
        "raise_more",
        "raise_optional",
    )
    sets = {n: _phrases(_section(doc, n, problems), n, problems) for n in names}
    shares: list[tuple[re.Pattern[str], int]] = []
    for i, share in enumerate(_section(doc, "share_of_price", problems) or []):
        pattern = _regex(share.get("pattern") if isinstance(share, dict) else None, f"share_of_price[{i}]", problems)
        pct = share.get("pct") if isinstance(share, dict) else None
        if pattern is None or not isinstance(pct, int) or not 0 < pct <= 100:
            problems.add(f"share_of_price[{i}]", "expected pct (1-100) and pattern (a regex)")
            continue
        shares.append((pattern, pct))
    tens: list[tuple[str, int]] = []
    raw_tens = _section(doc, "percent_tens", problems)
    for value, words in raw_tens.items() if isinstance(raw_tens, dict) else []:
        if not isinstance(value, int) or not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            problems.add(f"percent_tens.{value}", "expected a number and a list of words")
            continue
        tens += [(w, value) for w in words]
    after = _regex(_section(doc, "percent_after", problems), "percent_after", problems)
    before = _regex(_section(doc, "percent_before", problems), "percent_before", problems)
    trouble = _regex(_section(doc, "for_the_trouble", problems), "for_the_trouble", problems)
    problems.raise_if_any()
    if after is None or before is None or trouble is None:  # each reported as a problem above
        raise PolicyError(str(path), ["percent_after, percent_before, for_the_trouble: expected regexes"])
    return OfferLexicon(
        concepts=concepts,
        **sets,
        share_of_price=tuple(shares),
        percent_tens=tuple(tens),
        percent_after=after.pattern,
        percent_before=before.pattern,
        for_the_trouble=trouble,
    )


def _regex(value: object, where: str, problems: _Problems) -> re.Pattern[str] | None:
    if value is None:  # reported as missing already
        return None
    if not isinstance(value, str):
        problems.add(where, "expected a regular expression")
        return None
    try:
        return re.compile(value)
    except re.error as exc:
        problems.add(where, f"not a valid regular expression: {exc}")
        return None


def _load_contact(path: Path) -> tuple[ContactLexicon, tuple[str, ...]]:
    problems = _Problems(path)
    doc = _read(path)
    names = ("apps", "hard", "soft", "safe_channel", "phone_words")
    sets = {n: _phrases(_section(doc, n, problems), n, problems) for n in names}
    tlds = _section(doc, "tlds", problems)
    if not isinstance(tlds, list) or not all(isinstance(t, str) and re.fullmatch(r"[a-z]{2,10}", t) for t in tlds):
        problems.add("tlds", "expected a list of lowercase top-level domains such as 'com'")
        tlds = []
    problems.raise_if_any()
    return ContactLexicon(**sets), tuple(tlds)


def _load_simple(path: Path, names: tuple[str, ...], case_sensitive: tuple[str, ...] = ()) -> dict[str, PhraseSet]:
    problems = _Problems(path)
    doc = _read(path)
    sets = {n: _phrases(_section(doc, n, problems), n, problems, case_sensitive=n in case_sensitive) for n in names}
    problems.raise_if_any()
    return sets


def _load_facts(path: Path, tlds: tuple[str, ...]) -> FactsLexicon:
    problems = _Problems(path)
    doc = _read(path)
    months: dict[str, int] = {}
    for lang, names in (_section(doc, "months", problems) or {}).items():
        if lang not in LANGUAGES:
            problems.add(f"months.{lang}", "unknown language")
        if not isinstance(names, list) or len(names) != 12:
            problems.add(f"months.{lang}", "expected 12 entries, January first (each a name or a list of forms)")
            continue
        for number, forms in enumerate(names, 1):
            for form in forms if isinstance(forms, list) else [forms]:
                if not isinstance(form, str) or not form.strip():
                    problems.add(f"months.{lang}[{number - 1}]", "expected a name or a list of names")
                    continue
                folded = fold(form)
                if months.get(folded, number) != number:
                    problems.add(f"months.{lang}", f"{form!r} already names month {months[folded]}")
                months[folded] = number
    currencies: dict[str, str | None] = {}
    for code, tokens in (_section(doc, "currencies", problems) or {}).items():
        iso = None if code == "ambiguous" else code
        if iso is not None and not re.fullmatch(r"[A-Z]{3}", iso):
            problems.add(f"currencies.{code}", "expected an ISO 4217 code or 'ambiguous'")
        if not isinstance(tokens, list) or not all(isinstance(t, str) and t.strip() for t in tokens):
            problems.add(f"currencies.{code}", "expected a list of symbols/words")
            continue
        for token in tokens:
            currencies[fold(token)] = iso
    carriers = _section(doc, "carriers", problems)
    if not isinstance(carriers, list) or not all(isinstance(c, str) and c.strip() for c in carriers):
        problems.add("carriers", "expected a list of carrier names")
        carriers = []
    relative = _phrases(_section(doc, "relative_dates", problems), "relative_dates", problems)
    units = _phrases(_section(doc, "duration_units", problems), "duration_units", problems)
    spelled = _load_spelled(doc, months, problems)
    problems.raise_if_any()
    names = "|".join(re.escape(fold(c)) for c in sorted(carriers, key=len, reverse=True))
    # Not after a hyphen: "close-ups", "mix-ups" and "follow-ups" end in a carrier's name (UPS).
    pattern = re.compile(rf"(?<![\w&-])(?:{names})(?![\w&])") if names else re.compile(r"(?!)")
    return FactsLexicon(
        months=months,
        currencies=currencies,
        tlds=tlds,
        carriers=pattern,
        relative_dates=relative,
        duration_units=units,
        spelled=spelled,
    )


def _number_words(raw: Any, where: str, problems: _Problems) -> dict[str, int]:
    """`{word: value}` folded; a word of several words is written with spaces ("أحد عشر")."""
    if not isinstance(raw, dict) or not raw:
        problems.add(where, "expected a mapping of word -> number")
        return {}
    table: dict[str, int] = {}
    for word, value in raw.items():
        if not isinstance(word, str) or not word.strip() or not isinstance(value, int) or isinstance(value, bool):
            problems.add(where, f"expected word: number, got {word!r}: {value!r}")
            continue
        table[fold(word)] = value
    return table


def _words_by_lang(doc: Mapping[str, Any], where: str, problems: _Problems) -> dict[str, Any]:
    raw = _section(doc, where, problems)
    if not isinstance(raw, dict) or not raw:
        problems.add(where, "expected a mapping of language -> entries")
        return {}
    unknown = [lang for lang in raw if lang not in LANGUAGES]
    for lang in unknown:
        problems.add(f"{where}.{lang}", "unknown language")
    return {lang: entry for lang, entry in raw.items() if lang not in unknown}


def _load_spelled(doc: Mapping[str, Any], months: Mapping[str, int], problems: _Problems) -> SpelledNumbers:
    values: dict[str, int] = {}
    words: dict[str, frozenset[str]] = {}
    for lang, raw in _words_by_lang(doc, "spelled_numbers", problems).items():
        table = _number_words(raw, f"spelled_numbers.{lang}", problems)
        for word, value in table.items():
            if values.get(word, value) != value:
                problems.add(f"spelled_numbers.{lang}", f"{word!r} is {values[word]} in another language")
            values[word] = value
        words[lang] = frozenset(table)
    ordinals: dict[str, frozenset[str]] = {}
    for lang, raw in _words_by_lang(doc, "ordinal_days", problems).items():
        if not isinstance(raw, list) or not all(isinstance(w, str) and w.strip() for w in raw):
            problems.add(f"ordinal_days.{lang}", "expected a list of words")
            continue
        ordinals[lang] = frozenset(fold(w) for w in raw)
    with_unit: dict[str, tuple[tuple[re.Pattern[str], int], ...]] = {}
    for lang, raw in _words_by_lang(doc, "numbers_with_unit", problems).items():
        where = f"numbers_with_unit.{lang}"
        if not isinstance(raw, dict) or not isinstance(raw.get("whole_word"), bool):
            problems.add(where, "expected {whole_word: true|false, words: {word: number}}")
            continue
        bounds = (r"(?<!\w)", r"(?!\w)") if raw["whole_word"] else ("", "")
        table = _number_words(raw.get("words"), f"{where}.words", problems)
        with_unit[lang] = tuple((re.compile(bounds[0] + re.escape(w) + bounds[1]), v) for w, v in table.items())
    cjk_values = _number_words(_section(doc, "cjk_numerals", problems), "cjk_numerals", problems)
    edges = [_section(doc, key, problems) for key in ("cjk_not_before", "cjk_not_after")]
    if not all(isinstance(e, str) and e for e in edges):
        problems.add("cjk_not_before/cjk_not_after", "expected a string of characters")
        edges = ["", ""]
    cjk_langs = _section(doc, "cjk_languages", problems)
    if not isinstance(cjk_langs, list) or not set(cjk_langs) <= LANGUAGES:
        problems.add("cjk_languages", "expected a list of language codes")
        cjk_langs = []
    connectors = _section(doc, "ordinal_connectors", problems)
    if not isinstance(connectors, list) or not all(isinstance(c, str) and c.strip() for c in connectors):
        problems.add("ordinal_connectors", "expected a list of words")
        connectors = []
    filler_raw = _section(doc, "number_filler", problems)
    try:
        filler = re.compile(filler_raw if isinstance(filler_raw, str) else "(?!)")
    except re.error as exc:
        problems.add("number_filler", f"bad regex: {exc}")
        filler = re.compile("(?!)")
    before, after = (re.escape(e) for e in edges)
    cjk = rf"(?<![\d{before}])(?:{_longest_first(cjk_values)})(?![{after}])" if cjk_values else "(?!)"
    long_months = {fold(k): v for k, v in months.items() if len(k) >= 3}
    return SpelledNumbers(
        values=values,
        words=words,
        ordinals=ordinals,
        cjk_languages=frozenset(cjk_langs),
        cjk_values=cjk_values,
        cjk=re.compile(cjk),
        with_unit=with_unit,
        filler=filler,
        connectors="|".join(re.escape(fold(c)) for c in connectors),
        months=long_months,
        months_alt=_longest_first(sorted(long_months)),
    )


def load_lexicon(directory: Path | None = None) -> Lexicon:
    base = directory or data_dir("policies") / "lexicon"
    key = lexicon_marks.content_key(base)
    token = _ZH_VARIANTS.set(_load_zh_variants(base / "style.yaml"))
    trusted = _VALIDATED.set(lexicon_marks.validated(key))
    try:
        lexicon = _load_all(base)
    finally:
        _VALIDATED.reset(trusted)
        _ZH_VARIANTS.reset(token)
    lexicon_marks.remember(key)
    return lexicon


def _load_all(base: Path) -> Lexicon:
    points = _load_points(base / "points.yaml")
    offers = _load_offers(base / "offers.yaml")
    contact, tlds = _load_contact(base / "contact.yaml")
    conduct = _load_simple(
        base / "conduct.yaml",
        (
            "feedback",
            "blame",
            "blame_parties",
            "blame_verdicts",
            "returned_item_state",
            "returned_item_state_negated_before",
            "returned_item_state_negated_after",
            "blame_next_time",
            "blame_seller_subject",
            "blame_advice",
            "blame_party_faults",
            "blame_party_judgements",
            "blame_speculation",
            "blame_buyer_deeds",
            "close_statements",
        ),
    )
    residue = _load_simple(
        base / "residue.yaml",
        ("placeholders", "internal", "addressed_notes"),
        case_sensitive=("placeholders", "addressed_notes"),
    )
    style = _load_simple(base / "style.yaml", ("empathy", "upset", "honorifics", "closings", "pushy"))
    style_doc = _read(base / "style.yaml")
    acronyms = style_doc.get("acronyms")
    if not isinstance(acronyms, list) or not all(isinstance(a, str) for a in acronyms):
        raise PolicyError(str(base / "style.yaml"), ["acronyms: expected a list of words"])
    emphatic = style_doc.get("emphatic_caps")
    if not isinstance(emphatic, list) or not all(isinstance(a, str) for a in emphatic):
        raise PolicyError(str(base / "style.yaml"), ["emphatic_caps: expected a list of words"])
    foreign = style_doc.get("foreign_paragraph")
    english_words = foreign.get("english_words") if isinstance(foreign, dict) else None
    english_min = foreign.get("english_min") if isinstance(foreign, dict) else None
    non_latin = foreign.get("non_latin") if isinstance(foreign, dict) else None
    if (
        not isinstance(english_words, list)
        or not all(isinstance(w, str) for w in english_words)
        or not isinstance(english_min, int)
        or not isinstance(non_latin, list)
        or not all(isinstance(x, str) and x in LANGUAGES for x in non_latin)
    ):
        raise PolicyError(
            str(base / "style.yaml"),
            ["foreign_paragraph: expected english_words (words), english_min (a number), non_latin (language codes)"],
        )
    return Lexicon(
        points=points,
        offers=offers,
        contact=contact,
        feedback=conduct["feedback"],
        blame=conduct["blame"],
        blame_parties=conduct["blame_parties"],
        blame_verdicts=conduct["blame_verdicts"],
        returned_state=conduct["returned_item_state"],
        returned_state_negated_before=conduct["returned_item_state_negated_before"],
        returned_state_negated_after=conduct["returned_item_state_negated_after"],
        blame_next_time=conduct["blame_next_time"],
        blame_seller_subject=conduct["blame_seller_subject"],
        blame_advice=conduct["blame_advice"],
        blame_party_faults=conduct["blame_party_faults"],
        blame_party_judgements=conduct["blame_party_judgements"],
        blame_speculation=conduct["blame_speculation"],
        blame_buyer_deeds=conduct["blame_buyer_deeds"],
        close_statements=conduct["close_statements"],
        placeholders=residue["placeholders"],
        internal=residue["internal"],
        addressed_notes=residue["addressed_notes"],
        empathy=style["empathy"],
        upset=style["upset"],
        honorifics=style["honorifics"],
        closings=style["closings"],
        pushy=style["pushy"],
        acronyms=frozenset(a.upper() for a in acronyms),
        emphatic_caps=frozenset(a.upper() for a in emphatic),
        foreign_english_words=frozenset(w.lower() for w in english_words),
        foreign_english_min=english_min,
        non_latin_languages=frozenset(non_latin),
        foreign_markers=_foreign_markers(
            foreign.get("not_in") if isinstance(foreign, dict) else None, base / "style.yaml"
        ),
        own_language=_own_language(style_doc.get("own_language"), base / "style.yaml"),
        facts=_load_facts(base / "facts.yaml", tlds),
        source=base,
    )


def _own_language(raw: Any, path: Path) -> OwnLanguage:
    problems = _Problems(path)
    words = raw.get("words") if isinstance(raw, dict) else None
    scripts = raw.get("scripts") if isinstance(raw, dict) else None
    if not isinstance(words, dict) or not isinstance(scripts, dict):
        raise PolicyError(str(path), ["own_language: expected words ({language: [word, ...]}) and scripts"])
    lists: dict[str, set[str]] = {}
    for lang, items in words.items():
        if lang not in SUPPORTED:
            problems.add(f"own_language.words.{lang}", "unknown language code")
        elif not isinstance(items, list) or not all(isinstance(w, str) and w for w in items):
            problems.add(f"own_language.words.{lang}", "expected a list of words")
        else:
            lists[lang] = {w.lower() for w in items}
    compiled: dict[str, re.Pattern[str]] = {}
    for lang, pattern in scripts.items():
        if lang not in SUPPORTED:
            problems.add(f"own_language.scripts.{lang}", "unknown language code")
            continue
        try:
            compiled[lang] = re.compile(pattern)
        except (re.error, TypeError) as exc:
            problems.add(f"own_language.scripts.{lang}", f"not a regex: {exc}")
    not_letters: dict[str, frozenset[str]] = {}
    for lang, letters in (raw.get("not_letters") or {}).items():
        if lang not in SUPPORTED or not isinstance(letters, str):
            problems.add(f"own_language.not_letters.{lang}", "expected a known language code and a string of letters")
        else:
            not_letters[lang] = frozenset(letters.lower())
    problems.raise_if_any()
    # A word two languages share tells neither, so only each list's own words are kept.
    listed: dict[str, list[str]] = {}
    for lang, items in lists.items():
        for word in items:
            listed.setdefault(word, []).append(lang)
    owner = {word: langs[0] for word, langs in listed.items() if len(langs) == 1}
    return OwnLanguage(
        owner=owner,
        languages=frozenset(lists),
        scripts=compiled,
        not_letters=not_letters,
        words={lang: frozenset(items) for lang, items in lists.items()},
    )


def _foreign_markers(raw: Any, path: Path) -> dict[str, Alternation]:
    problems = _Problems(path)
    out: dict[str, Alternation] = {}
    if raw is not None and not isinstance(raw, dict):
        problems.add("foreign_paragraph.not_in", "expected {language: [regex, ...]}")
    for lang, patterns in (raw or {}).items():
        where = f"foreign_paragraph.not_in.{lang}"
        if lang not in LANGUAGES:
            problems.add(where, "unknown language code")
        elif not isinstance(patterns, list) or not patterns or not all(isinstance(p, str) and p for p in patterns):
            problems.add(where, "expected a list of regexes")
        else:
            try:
                # An Alternation matches as the joined regex does, but runs only the patterns
                # whose literals the text holds: a paragraph is searched for the markers of its
                # language, and most hold none of the hundreds of neighbours' words.
                alternation = Alternation.compile(patterns, _FLAGS)
                _ = alternation.exact  # a broken pattern is an error at load, not at the first reply
                out[str(lang)] = alternation
            except re.error as exc:
                problems.add(where, f"bad regex: {exc}")
    problems.raise_if_any()
    return out


@lru_cache(maxsize=4)
def _cached(directory: str) -> Lexicon:
    return load_lexicon(Path(directory))


def default_lexicon() -> Lexicon:
    """Loaded once per process (per directory): run_checks sits on the drafting hot path."""
    override = os.environ.get("DISPUTEDRAFT_LEXICON_DIR")
    return _cached(override or data_path("policies", "lexicon"))
