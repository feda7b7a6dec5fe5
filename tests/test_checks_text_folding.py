"""The text helpers' fast paths give what the plain definitions give: folding (a substring test
per table key, the marks met deleted one by one, the lines tidied by one regex) and counting
words only up to the number asked about."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from disputedraft.checks.text import _PUNCT, _SOLID, fold_normalised, has_words, normalise, strip_marks, word_count

# The definitions, as they were written before the fast paths (session 16).
_KEEP = {"\u3099", "\u309a"}


def _reference_strip_marks(text: str) -> str:
    marks = {ord(c): None for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) == "Mn"}
    table = {k: v for k, v in marks.items() if chr(k) not in _KEEP}
    stripped = unicodedata.normalize("NFD", text).translate(table).translate(str.maketrans(_SOLID))
    return unicodedata.normalize("NFC", stripped)


def _reference_normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(str.maketrans(_PUNCT))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def _reference_fold_normalised(text: str) -> str:
    return re.sub(r"(?<=\d)\.(?=\d{1,2}(?!\d|[./-]\d))", ",", _reference_strip_marks(text.lower()))


# Characters the folding treats specially, mixed with any others.
_SPECIAL = list(_PUNCT) + list(_SOLID) + list(" \t\f\v\n\r\x1c\x85\u2028\u3000.,5") + ["e\u0301", "\u304b\u3099", "ñ"]
_TEXTS = st.lists(st.one_of(st.sampled_from(_SPECIAL), st.characters()), max_size=40).map("".join)


@settings(max_examples=600)
@given(_TEXTS)
@example("Ca\u0301mara  \u2019ok\u2019 \t\n  Łódź ø\u200b 12.50 € \r\n\u3000が ")
@example("  \n\x1c a \x1c\n\u2028b\u2028\n")
def test_folding_gives_what_the_definitions_give(text: str) -> None:
    assert strip_marks(text) == _reference_strip_marks(text)
    assert normalise(text) == _reference_normalise(text)
    assert fold_normalised(normalise(text)) == _reference_fold_normalised(_reference_normalise(text))


_WORDY = st.lists(
    st.sampled_from(["word", " ", "  ", "二", "世界", "한국어", "l'eau", "3", "-", "\n", "é"]), max_size=12
).map("".join)


@settings(max_examples=400)
@given(st.one_of(_WORDY, _TEXTS), st.integers(min_value=0, max_value=6))
def test_has_words_is_word_count_at_least(text: str, n: int) -> None:
    assert has_words(text, n) == (word_count(text) >= n)


@settings(max_examples=500)
@given(st.lists(st.sampled_from(["a", "b", "1", ".", " ", "\n", "@", "www.", "://", "x.com", "é", "-"]), max_size=30))
def test_link_words_are_the_words_holding_a_link_hint(pieces: list[str]) -> None:
    # The words that may hold a link or an email: those with "://", "www.", "@" or a dot
    # between a letter or digit and a letter, each word once, in order.
    from disputedraft.checks.scan import _link_words

    text = "".join(pieces)
    hint = re.compile(r"://|www\.|@|[a-z0-9]\.[a-z]")
    want: list[tuple[int, int]] = []
    for m in re.finditer(r"\S+", text):
        if hint.search(m.group()) and (m.start(), m.end()) not in want:
            want.append((m.start(), m.end()))
    assert _link_words(text) == want


def _currency_rules() -> Any:
    from disputedraft.checks.lexicon import default_lexicon
    from disputedraft.checks.scan import _rules

    return _rules(default_lexicon().facts)


@settings(max_examples=800, deadline=None)
@given(st.data())
def test_a_currency_before_a_number_is_what_the_currency_regex_finds(data: st.DataObject) -> None:
    # The scanner finds the currency before a number by the tokens that may end there; it must
    # find what searching the currency regex over the few characters before the number finds.
    from disputedraft.checks.scan import BEFORE

    rules = _currency_rules()
    tokens = sorted(rules.currencies)
    pieces = ["a", "e", "r", " ", "  ", "\n", "1", ".", "$", "x", "İ", "K", "\u212a", "S", "ſ", "é", "-", *tokens]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=8))) + data.draw(st.sampled_from(tokens))
    text += data.draw(st.sampled_from(["", " ", "  ", "\n", "x"]))
    for start in range(len(text) + 1):
        want = rules.currency_before.search(text, max(0, start - BEFORE), start)
        got = rules.currency_before_number(text, start)
        assert (got and (got.span(), got.group("c"))) == (want and (want.span(), want.group("c"))), (text, start)
