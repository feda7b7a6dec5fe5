"""The regrouped alternations find exactly the matches the lists as written find."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from disputedraft.checks.lexicon import Lexicon, PhraseSet, default_lexicon
from disputedraft.checks.regroup import Alternation, regrouped, split_top
from disputedraft.checks.text import fold, normalise

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("pattern", "branches"),
    [
        (r"a|(b|c)|[|]", ["a", "(b|c)", "[|]"]),
        (r"\|x|y", [r"\|x", "y"]),
        (r"[]|]|z", ["[]|]", "z"]),
        (r"[^]|]x|(?:p|q)r", ["[^]|]x", "(?:p|q)r"]),
        (r"[a\]|]|b", [r"[a\]|]", "b"]),
        ("solo", ["solo"]),
    ],
)
def test_split_top_cuts_only_top_level_bars(pattern: str, branches: list[str]) -> None:
    assert split_top(pattern) == branches


def test_regrouping_needs_two_branches_sharing_a_leading_test() -> None:
    assert regrouped([r"\bone\b", "two"]) is None
    grouped = regrouped([r"\bone\b|two", r"\bthree\b"])
    assert grouped is not None
    assert grouped.startswith(r"\b(?:one\b|three\b)")


def test_a_line_group_closing_early_is_not_merged() -> None:
    # "(?m:^\s*a)|b)" style branches: the last ")" is not the group's own.
    grouped = regrouped([r"(?m:^\s*note:)", r"(?m:^\s*todo)x(?:y)", r"(?m:^\s*memo:)"])
    assert grouped is not None
    assert re.compile(grouped).search("  todox") is None  # "todo)x(?:y" was never a line group
    alt = Alternation.compile([r"(?m:^\s*note:)", r"(?m:^\s*todo)x(?:y)", r"(?m:^\s*memo:)"], 0)
    assert [m.group() for m in alt.finditer("memo: a\n todoxy")] == ["memo:", " todoxy"]


def test_first_branch_as_written_wins_where_several_match() -> None:
    # Regrouping puts the \b branches first; the reported match must still be the list's own.
    alt = Alternation.compile(["refund(?:ed)?", r"\brefunded in full\b", r"\bre"], 0)
    assert alt.search("we refunded in full").group() == "refunded"  # type: ignore[union-attr]
    assert [m.group() for m in alt.finditer("refunded in full, refund")] == ["refunded", "refund"]


def _phrase_sets(lexicon: Lexicon) -> list[PhraseSet]:
    found: list[PhraseSet] = []

    def walk(value: object) -> None:
        if isinstance(value, PhraseSet):
            found.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                walk(getattr(value, name))

    walk(lexicon)
    return found


def _corpus() -> list[str]:
    texts = [json.loads(line)["message"] for line in (ROOT / "evals/checker/labelled.jsonl").open()]
    for path in sorted((ROOT / "evals/cases").glob("*.json")):
        texts += [m["text"] for m in json.loads(path.read_text())["dispute"].get("messages", [])]
    return [view(t) for t in texts for view in (fold, normalise)]


def test_every_list_matches_like_the_list_as_written() -> None:
    # Regrouped, split into gated and ungated branches, gated by the prefilter: the same matches.
    # Every list against every text is minutes; a fifth of the texts keeps each language.
    corpus = _corpus()[::5]
    lists = 0
    for phrase_set in _phrase_sets(default_lexicon()):
        for lang, alt in phrase_set.by_lang.items():
            lists += 1
            for text in corpus:
                want = [m.span() for m in alt.exact.finditer(text)]
                assert [m.span() for m in alt.finditer(text)] == want, (phrase_set.name, lang, text[:80])
                first = alt.search(text)
                assert (first.span() if first else None) == (want[0] if want else None)
                assert alt.matches(text) == bool(want), (phrase_set.name, lang, text[:80])
    assert lists >= 1000


def test_search_at_start_answers_as_search_does_when_its_match_opens_the_text() -> None:
    # Two languages: search stops at the first list that matches anywhere, so a later list's
    # match at 0 does not count when an earlier list matched further on.
    words = PhraseSet(
        "t",
        {"any": Alternation.compile([r"\bnote\b"], 0), "en": Alternation.compile([r"\bmemo\b", r"\(to \w+"], 0)},
    )
    for text in ["(to Kim: memo", "memo then note", "note first", "a memo", "(to Kim: no", "nothing"]:
        found = words.search(text, ("en",))
        want = found.span() if found and found.start() == 0 else None
        at_start = words.search_at_start(text, ("en",))
        assert (at_start.span() if at_start else None) == want, text
    assert words.search_at_start("(to Kim: no", ("en",)) is not None
    assert words.search_at_start("memo then note", ("en",)) is None  # "note" answers first, further on
