"""The lexicon files: loaded and validated once, with errors that name file, key and problem."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from disputedraft.checks.lexicon import default_lexicon, load_lexicon
from disputedraft.checks.text import contains_phrase, fold, word_count
from disputedraft.errors import PolicyError
from disputedraft.policy import default_policy
from disputedraft.resources import data_dir


@pytest.fixture
def lexicon_copy(tmp_path: Path) -> Path:
    target = tmp_path / "lexicon"
    shutil.copytree(data_dir("policies") / "lexicon", target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_shipped_lexicon_covers_every_point_of_the_policy() -> None:
    lex = default_lexicon()
    spec = default_policy().spec
    ids = {
        p.id for r in spec.remedies.values() for p in [*r.points, *(q for v in r.variants.values() for q in v.points)]
    }
    assert ids == set(lex.points.cues)
    core = ("en", "es", "fr", "pt", "de", "ru", "pl", "it", "ko")
    missing = [(pid, lang) for pid, cues in lex.points.cues.items() for lang in core if not cues.has(lang)]
    assert missing == []


def test_the_lexicon_is_loaded_once() -> None:
    assert default_lexicon() is default_lexicon()


@pytest.mark.parametrize(
    ("file", "old", "new", "problem"),
    [
        ("conduct.yaml", "\\buser error\\b", "\\buser error(\\b", "bad regex"),
        ("conduct.yaml", "  pl:\n    - '\\b(?:zostaw", "  xx:\n    - '\\b(?:zostaw", "unknown language 'xx'"),
        ("points.yaml", "'\\bgrateful\\b'", "'\\bGrateful\\b'", "lowercase"),
        ("contact.yaml", "  nl: ['\\b(?:direct", "  nl: ['x?', '\\b(?:direct", "matches empty text"),
        (
            "points.yaml",
            "  ask_confirm:\n",
            "  ask_confirmm:\n",
            "ask_confirm: the policy uses this point but it has no cues",
        ),
        ("points.yaml", "    missing_parts: [photo]\n", "", "evidence.by_problem.missing_parts: missing"),
        ("facts.yaml", "nisan, ", "", "expected 12 entries"),
        ("offers.yaml", "  discount:\n", "  discounts:\n", "unknown concept"),
        # a second `ar:` in `apps` would silently replace the first list
        ("contact.yaml", "  ar: ['واتساب", "  ar: ['x']\n  ar: ['واتساب", "duplicate key 'ar'"),
        ("style.yaml", "    el: ['[а-яё]']", "    el: ['[а-яё']", "foreign_paragraph.not_in.el: bad regex"),
        (
            "residue.yaml",
            "addressed_notes:\n  any:\n",
            "addressed_notes:\n  any:\n    - '(?P<name_label>Ab)c'\n",
            "group name ['name_label'] used twice",
        ),
        ("style.yaml", "    el: ['[а-яё]']", "    xx: ['[а-яё]']", "not_in.xx: unknown language code"),
        ("style.yaml", "    th: '[\\u0e00-\\u0e7f]'", "    th: '[\\u0e00-'", "own_language.scripts.th: not a regex"),
        ("style.yaml", "  words:\n    en: [", "  words:\n    xx: [", "own_language.words.xx: unknown language code"),
        ("style.yaml", "    fi: [ja, ", "    fi: [7, ", "own_language.words.fi: expected a list of words"),
    ],
)
def test_a_broken_lexicon_names_the_file_key_and_problem(
    lexicon_copy: Path, file: str, old: str, new: str, problem: str
) -> None:
    edit(lexicon_copy / file, old, new)
    with pytest.raises(PolicyError) as err:
        load_lexicon(lexicon_copy)
    assert file in str(err.value)
    assert problem in str(err.value)


def test_invalid_yaml_is_reported(lexicon_copy: Path) -> None:
    (lexicon_copy / "style.yaml").write_text("acronyms: [USD\nempathy: {", encoding="utf-8")
    with pytest.raises(PolicyError, match="not valid YAML"):
        load_lexicon(lexicon_copy)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("DEVOLUCIÓN", "devolucion"),
        ("Zapłacimy", "zaplacimy"),
        ("Ｌｐ００１", "lp001"),  # full-width
        ("it’s", "it's"),
        ("28.00 USD", "28,00 usd"),  # decimal point kept off sentence windows
        ("02.10.2026", "02.10.2026"),  # dates untouched
        ("が", "が"),  # kana voicing is part of the letter
        ("한국어", "한국어"),
    ],
)
def test_folding(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_contains_phrase_ignores_case_punctuation_and_line_breaks() -> None:
    address = "Retours Maison Lumière, 12 rue des Frères Lumière, 93150 Le Blanc-Mesnil, France"
    assert contains_phrase(
        fold("Envoyez-la à : retours maison lumiere\n12 rue des Freres Lumiere\n93150 Le Blanc-Mesnil (France)"),
        address,
    )
    assert not contains_phrase(fold("12 rue des Frères Lumière, 93150 Le Blanc-Mesnil"), address)


def test_word_count_counts_cjk_sensibly() -> None:
    assert word_count("Hello there, how are you?") == 5
    assert word_count("您好我们已经发货了") == 4.5  # nine characters, about two a word
    assert word_count("안녕하세요 고객님") == 3.0  # Korean units carry more than one English word


def test_a_carrier_name_ending_a_hyphenated_word_is_not_that_carrier() -> None:
    carriers = default_lexicon().facts.carriers
    text = fold("Close-ups of the logo help; mix-ups and follow-ups happen. We ship with UPS or DHL.")
    assert [m.group() for m in carriers.finditer(text)] == ["ups", "dhl"]


def test_zh_patterns_also_match_traditional_characters() -> None:
    lex = default_lexicon()
    assert lex.points.cues["in_transit"].search(fold("包裹仍在運送中"), ("zh",))
    assert lex.points.cues["in_transit"].search(fold("包裹仍在运送中"), ("zh",))


def test_a_zh_traditional_entry_without_a_traditional_form_is_rejected(lexicon_copy: Path) -> None:
    edit(lexicon_copy / "style.yaml", "zh_traditional: >-\n", "zh_traditional: >-\n  运 ")
    with pytest.raises(PolicyError, match="zh_traditional"):
        load_lexicon(lexicon_copy)


def test_spelled_numbers_are_read_from_facts_yaml(lexicon_copy: Path) -> None:
    spelled = default_lexicon().facts.spelled
    assert spelled.values["fifteen"] == 15
    assert spelled.values["احد عشر"] == 11  # folded, two words
    pattern = spelled.words_pattern(("en",))
    assert pattern is not None
    assert pattern is spelled.words_pattern(("en",))  # built once
    edit(lexicon_copy / "facts.yaml", "veintena: 20}", "veintena: 20, ten: 11}")
    with pytest.raises(PolicyError, match="'ten' is 10 in another language"):
        load_lexicon(lexicon_copy)


def test_offer_tables_are_read_from_offers_yaml(lexicon_copy: Path) -> None:
    offers = default_lexicon().offers
    assert [pct for _, pct in offers.share_of_price] == [75, 67, 25, 33]  # larger shares tried first
    assert ("сорок", 40) in offers.percent_tens
    assert offers.for_the_trouble.search("un petit cadeau pour la gene et l'attente")
    edit(lexicon_copy / "offers.yaml", "  - pct: 33\n", "  - pct: 330\n")
    with pytest.raises(PolicyError, match=r"share_of_price\[3\]: expected pct"):
        load_lexicon(lexicon_copy)


def test_a_broken_offer_regex_names_its_key(lexicon_copy: Path) -> None:
    edit(lexicon_copy / "offers.yaml", "percent_before: '\\byuzde'", "percent_before: '(yuzde'")
    with pytest.raises(PolicyError, match="percent_before: not a valid regular expression"):
        load_lexicon(lexicon_copy)


def _count_compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from disputedraft.checks import lexicon as module

    seen: list[str] = []
    real = module.re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        seen.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(module.re, "compile", counting)
    return seen


def test_a_lexicon_validated_once_loads_without_compiling_each_pattern_again(
    lexicon_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPUTEDRAFT_CACHE_DIR", str(tmp_path / "cache"))
    compiles = _count_compiles(monkeypatch)
    first = load_lexicon(lexicon_copy)
    validating = len(compiles)
    compiles.clear()
    second = load_lexicon(lexicon_copy)
    assert validating > 10_000  # every pattern on its own
    assert len(compiles) < validating / 20
    # the very same lists either way
    assert second.blame.by_lang.keys() == first.blame.by_lang.keys()
    assert all(second.blame.by_lang[k].patterns == v.patterns for k, v in first.blame.by_lang.items())


def test_an_edited_lexicon_is_validated_again(
    lexicon_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPUTEDRAFT_CACHE_DIR", str(tmp_path / "cache"))
    load_lexicon(lexicon_copy)
    edit(lexicon_copy / "conduct.yaml", "\\buser error\\b", "\\buser error(\\b")
    with pytest.raises(PolicyError, match="bad regex"):
        load_lexicon(lexicon_copy)


def test_an_unwritable_cache_only_means_validating_every_time(
    lexicon_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-dir"
    blocked.write_text("a file where the cache directory would be", encoding="utf-8")
    monkeypatch.setenv("DISPUTEDRAFT_CACHE_DIR", str(blocked))
    compiles = _count_compiles(monkeypatch)
    load_lexicon(lexicon_copy)
    load_lexicon(lexicon_copy)
    assert len(compiles) > 20_000  # both loads validated every pattern
