"""The prefilter only skips a list when no branch of it can match the text."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disputedraft.checks.prefilter import CASELESS, WHOLE, present, register, required, requirements
from disputedraft.checks.regroup import Alternation, PartGate


@pytest.mark.parametrize(
    ("pattern", "factors"),
    [
        (r"\bwe(?: will|'ll) refund\b", {" refund"}),
        (r"\b(?:refund|money back)\b", {"refund", "money back"}),
        (r"[发發髮]送", {"发送", "發送", "髮送"}),
        (r"(?:please )?leave (?:us )?a review", {"leave ", "a review"}),
        (r"社内", {"社内"}),
        (r"\[[^\]\n]{1,60}\]", {"[", "]"}),
        # a lookaround's words are in the text, if not in the match, and the text is what is scanned
        (r"(?<=order )\d+", {"order "}),
        (r"\d+(?= days)", {" days"}),
        (r"(?i:please) refund", {" refund"}),  # the case-folded part gives nothing, the rest still counts
        (r"No\.? ?\*{3,}", {"***"}),  # a repeat of at least three holds three
    ],
)
def test_required_literals_are_in_every_match(pattern: str, factors: set[str]) -> None:
    found = required(pattern, 0)
    assert found is not None
    assert found & factors, found


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b\w{4,}\b",  # no literal at all
        r"(?<!order )\d+",  # a negative lookbehind asks for the words' absence
        r"(?:refund)?\d{3}",  # an optional literal is not required
        r"a|b",  # single letters are in every text: no use as a gate
    ],
)
def test_no_literal_is_claimed_where_a_match_need_not_hold_one(pattern: str) -> None:
    assert required(pattern, 0) is None


def test_a_word_between_word_boundaries_is_met_only_as_a_whole_word() -> None:
    factors = required(r"\b(?:und|zqwir|che)\b", 0)
    assert factors == {WHOLE + "und", WHOLE + "zqwir", WHOLE + "che"}
    register(factors)
    assert not factors & present("we checked the order")  # "che", but inside a word
    assert factors & present("zqwir haben")
    assert required(r"\b(?:und|zqwir)\b", re.ASCII) == {"und", "zqwir"}  # ASCII \b is not our tokens'


def test_a_case_insensitive_literal_is_met_in_any_case() -> None:
    assert required("refund", re.IGNORECASE) == {CASELESS + "refund"}
    assert required(r"(?i:refund)", 0) == {CASELESS + "refund"}
    register(frozenset({CASELESS + "zqrefund"}))
    assert CASELESS + "zqrefund" in present("a ZQRefund here")
    assert "zqrefund" not in present("a ZQRefund here")  # the bare literal only verbatim


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aSsſKk\u212aİIiıΣσςΑΜμµͅιϐβ", max_size=20) | st.text(max_size=20))
def test_caseless_folds_each_character_as_re_compares_it(text: str) -> None:
    from disputedraft.checks.prefilter import _canonical, caseless

    assert caseless(text) == "".join(chr(_canonical(ord(c))) for c in text)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(?i:mist)", "MIſT"),  # long s: re takes it for an s
        (r"(?i:σας)", "ΣΑΣ"),  # final sigma and sigma
        (r"(?i:pkt)", "P\u212aT"),  # the Kelvin sign is a K
        (r"(?i:isa)", "İSA"),  # the dotted capital folds to i, where str.lower() gives two characters
    ],
)
def test_caseless_literals_are_met_wherever_re_matches(pattern: str, text: str) -> None:
    assert re.search(pattern, text)
    factors = required(pattern, 0)
    assert factors is not None
    register(factors)
    assert factors & present(text)


def test_present_sees_every_registered_literal_in_a_text() -> None:
    register(frozenset({"zq-marker", "qz-other"}))
    assert {"zq-marker"} <= present("a zq-marker here")
    assert "qz-other" not in present("a zq-marker here")


PATTERNS = [
    r"\bwe(?: will|'ll) refund\b",
    r"\b(?:call|text) (?:me|us)\b",
    r"(?<![\w])ab+c",
    r"x[yz]{2,}w",
    r"(?:^|\n)\s*note\s*:",
    r"\[[^\]\n]{1,5}\]",
    r"\w+ed\b",
    r"(?<=ab)c+",
    r"w(?=u{2}l)",
    r"(?<!x)lu(?!m)",
    r"(?i:ab)wu",
    r"e{3,}[mn]",
    r"\bnot? (?:fund|t)e(?:a|d) ab\b",
    r"(?i:su)w",
    r"(?i:σας|kb)",
    r"(?i:n(?-i:o)t)e",
    r"\b(?:ab|lu|e_r|c1)\b",
    r"w\b(?:ab|u)\b",
    r"\b(?:ab|t é)\b",
]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcwyzxe llrfundtmu'\n:[]SUſ\u212aKkBΣσςΑαé_1", max_size=60))
def test_gated_alternation_matches_like_the_plain_regex(text: str) -> None:
    alt = Alternation.compile(PATTERNS, 0)
    plain = re.compile("|".join(f"(?:{p})" for p in PATTERNS))
    assert [m.span() for m in alt.finditer(text)] == [m.span() for m in plain.finditer(text)]
    first, want = alt.search(text), plain.search(text)
    assert (first.span() if first else None) == (want.span() if want else None)


def test_literals_registered_late_are_seen_before_and_after_the_automaton_is_rebuilt() -> None:
    from disputedraft.checks import prefilter

    index = prefilter._Index()
    text = "please note: the zq-late parcel, zq-later still"
    index.add(["zq-early", "note:"])
    assert index.scan(text) == {"note:"}
    index.add(["zq-late", "zq-later", "absent-zq"])  # pending: found by substring test
    assert index.scan(text) == {"note:", "zq-late", "zq-later"}
    for _ in range(prefilter.SETTLE_CALLS + 1):  # registrations stopped: folded into the automaton
        found = index.scan(text)
    assert found == {"note:", "zq-late", "zq-later"}
    assert not index._state.pending


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.lists(st.tuples(st.booleans(), st.text(alphabet="abcσ .", min_size=2, max_size=4)), max_size=30),
        max_size=8,
    ),
    st.text(alphabet="abcABΣσς .", max_size=80),
)
def test_present_finds_exactly_the_registered_literals_in_the_text(
    batches: list[list[tuple[bool, str]]], text: str
) -> None:
    # Caseless literals too, registered before or after the same word verbatim: a text with
    # capitals has its caseless form scanned by the caseless literals' own automaton.
    from disputedraft.checks import prefilter

    index = prefilter._Index()
    registered: set[str] = set()
    limit, prefilter.MAX_PENDING = prefilter.MAX_PENDING, 20  # rebuilds mid-way too
    try:
        for batch in batches:
            marked = [CASELESS + prefilter.caseless(w) if ci else w for ci, w in batch]
            index.add(marked)
            registered |= set(marked)
            expected = {w.lstrip(CASELESS) for w in registered if w.lstrip(CASELESS) in text}  # bare, verbatim
            expected |= {w for w in registered if w.startswith(CASELESS) and w[1:] in prefilter.caseless(text)}
            assert index.scan(text) == expected
    finally:
        prefilter.MAX_PENDING = limit


# Pieces of the patterns' literals, so that drawn texts often match them.
_PIECES = ["we", " will", "'ll", " refund", "call", "text", " me", " us", "ab", "bb", "c", "x", "yz", "w", "note", ":",
           "\n", " ", "[", "]", "ed", "u", "uul", "lu", "m", "AB", "eee", "n", "not", "t", " fund", "ea", "d", "SU",
           "σας", "KB", "No", "e_r", "c1", "t é", "é", "please ", "leave us"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_every_set_a_branch_is_gated_by_has_a_member_in_each_text_it_matches(pieces: list[str]) -> None:
    # A branch is searched only when the text holds a member of each of its sets (the first
    # picks the branches to try, the others turn some away): each set must truly be required.
    from disputedraft.checks import prefilter, regroup

    text = "".join(pieces)
    for pattern in [*PATTERNS, r"(?:please )?leave us\b"]:
        if re.search(pattern, text):
            for needed in requirements(pattern, 0):
                index = prefilter._Index()  # the shared one would keep the single characters
                index.add(needed)
                assert needed & index.scan(text), (pattern, needed, text)
                gate = PartGate.of(regroup._unwhole(needed))  # how a finder looks for its other sets
                assert gate.admits(text), (pattern, needed, text)


def test_a_branch_is_gated_by_its_other_literals_too() -> None:
    # " our " is in most replies; "fault" or "problem" must be there too.
    sets = requirements(r"\b(?:not|isn't) our (?:fault|problem)\b", 0)
    assert sets[0] == {" our "}
    assert {"fault", "problem"} in sets


GATED = [p for p in PATTERNS if required(p, 0) is not None]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abcwyzxe llrfundtmu'\n:[]SUſ\u212aKkBΣσςΑαé_1", max_size=60), st.data())
def test_a_part_the_gate_turns_away_holds_no_match(text: str, data: st.DataObject) -> None:
    # The gate is built from one look at the whole text; a sentence it turns away is never
    # searched, so it must be one the list cannot match in.
    alt = Alternation.compile(GATED, 0)
    gate = PartGate.of(alt.needles_within(text))
    lo = data.draw(st.integers(0, len(text)))
    part = text[lo : data.draw(st.integers(lo, len(text)))]
    if not gate.admits(part):
        assert alt.search(part) is None
    if not gate:
        assert alt.search(text) is None


def test_the_gate_admits_only_parts_holding_a_needle_found_in_the_text() -> None:
    alt = Alternation.compile(GATED, 0)
    assert not PartGate.of(alt.needles_within("good day, all is well"))
    gate = PartGate.of(alt.needles_within("good day. if we'll refunded it. bye"))
    assert gate.admits("if we'll refunded it.")
    assert not gate.admits("good day.")
    assert PartGate.of(Alternation.compile([r"\d{3}"], 0).needles_within("good")).admits("day")  # no needle
    words = Alternation.compile([r"\b(?:ab|lu)\b"], 0)
    assert PartGate.of(words.needles_within("xab")).admits("ab")
    assert words.search("ab")
    ci = Alternation.compile([r"(?i:su)w"], 0)
    assert PartGate.of(ci.needles_within("a SUW b")).admits("SUW")


def _upset() -> tuple[Any, tuple[str, ...]]:
    from disputedraft.checks.lexicon import default_lexicon
    from disputedraft.language import SUPPORTED

    return default_lexicon().upset, tuple(SUPPORTED)


def _upset_words() -> list[str]:
    from disputedraft.checks.regroup import Choice

    upset, langs = _upset()
    choice = Choice.of(upset.patterns(langs))
    return sorted({n.lstrip(CASELESS + WHOLE) for n in choice.needles})


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_asking_every_language_at_once_finds_what_asking_each_finds(data: st.DataObject) -> None:
    # PhraseSet.search in many languages (the upset words of 14) first asks regroup.Choice which
    # alternations may match; it must find what searching each alternation in turn finds.
    upset, langs = _upset()
    vocabulary = [*_upset_words(), "the", "order", "!!", "pedido", "заказ", "and", " ", "\n"]
    words = data.draw(st.lists(st.sampled_from(vocabulary), min_size=1, max_size=8))
    text = " ".join(words)
    expected = next((m for p in upset.patterns(langs) if (m := p.exact.search(text))), None)
    found = upset.search(text, langs)
    assert (found and (found.start(), found.group())) == (expected and (expected.start(), expected.group()))
