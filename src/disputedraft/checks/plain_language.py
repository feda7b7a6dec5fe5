"""Whether a reply is plainly in the buyer's language, or plainly in another one, without the detector.

lingua reads a reply in about 0.8 ms, a third of a check's cost, and most replies need no
reading: their function words or their script say the language (lexicon `style.yaml`,
`own_language`). `plain_language` only ever answers "yes, the expected language" or "ask the
detector", so a reply that is not plain goes to lingua as before, and a plain one still has its
paragraphs and sentences searched for another language afterwards. The thresholds were set on
the 7,466 labelled replies of evals/checker: wherever it answers yes, lingua's top language is
the same with confidence >= 0.2, and no check's verdict changed.

`plainly_other` names another language, for the reply a small model writes in English to a
Spanish buyer, which otherwise costs a lingua read on every repair attempt. It asks more: the
other language's words are at least 1/SHARE of the sample, not one word is on the expected
language's list (not even one it shares with a neighbour, such as Spanish "que"), and no letter
is in the expected language's script, so a reply with a foreign passage in it is never taken
for a foreign reply. Wherever it answers, lingua names the same language with confidence >=
SURE (0.5), so the verdict is the one lingua would give (tests/test_checks_plain_language.py
holds both agreements over every labelled set).

`plainly_in` asks the same of a text with no expected language: what a buyer wrote when their
profile names none (`language.buyer_language`), so lingua reads only the buyer texts it leaves open.
"""

from __future__ import annotations

import re

from disputedraft.checks.language_signs import KANA, LETTERS
from disputedraft.checks.lexicon import Lexicon

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Function words make up 30-50% of running text. A sample (about 30 words) is plain when at least
# MIN_OWN of its words are the language's own, they are at least 1/SHARE of its words, and words
# owned by other languages number at most 1/MARGIN of them. At (3, 1/7, 3) one of the 7,466
# labelled replies already disagrees with lingua (a Spanish paragraph in a Romanian reply).
MIN_OWN = 4
SHARE = 5
MARGIN = 3
# A script only one served language uses: plain when nine letters in ten are in it. Han is
# Chinese and Japanese alike; Japanese needs kana among them (a fifth), Chinese none.
SCRIPT_SHARE = 0.9
KANA_SHARE = 0.2


def _by_script(sample: str, expected: str, pattern: re.Pattern[str]) -> str | None:
    letters = len(LETTERS.findall(sample))
    mine = len(pattern.findall(sample))
    if not letters or mine < SCRIPT_SHARE * letters:
        return None
    kana = len(KANA.findall(sample))
    if (expected == "ja" and kana < KANA_SHARE * mine) or (expected == "zh" and kana):
        return None
    return f"{mine} of its {letters} letters are in {expected}'s script"


def _owned(words: list[str], lexicon: Lexicon) -> dict[str, int]:
    """How many of the words each language owns alone."""
    counts: dict[str, int] = {}
    for word in words:
        lang = lexicon.own_language.owner.get(word)
        if lang is not None:
            counts[lang] = counts.get(lang, 0) + 1
    return counts


def _by_words(lang: str, counts: dict[str, int], total: int) -> str | None:
    """Why a sample of `total` words is plainly in `lang`, given the words each language owns."""
    own = counts.get(lang, 0)
    others = sum(counts.values()) - own
    if own < MIN_OWN or own * SHARE < total or own < MARGIN * others:
        return None
    return f"{own} of its {total} words are {lang} function words"


def _never_writes(lang: str, sample: str, lexicon: Lexicon) -> bool:
    never = lexicon.own_language.not_letters.get(lang)
    return never is not None and not never.isdisjoint(sample.lower())


def plainly_other(sample: str, expected: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """(language, why) when the sample is plainly in a language other than `expected`, by its
    function words; None when the detector must read it."""
    script = lexicon.own_language.scripts.get(expected)
    if script is not None and script.search(sample):
        return None
    words = WORD.findall(sample.lower())
    counts = _owned(words, lexicon)
    # Not one word of the buyer's language, not even one it shares with its neighbours ("que",
    # "la"): the words it owns alone are too few in a short sample to rule a passage of it out.
    if not counts or not lexicon.own_language.words.get(expected, frozenset()).isdisjoint(words):
        return None
    return _most_owned(sample, words, counts, lexicon)


def _most_owned(sample: str, words: list[str], counts: dict[str, int], lexicon: Lexicon) -> tuple[str, str] | None:
    """(language, why) when the language owning the most words makes the sample plain."""
    lang = max(counts, key=counts.__getitem__)
    why = None if _never_writes(lang, sample, lexicon) else _by_words(lang, counts, len(words))
    return None if why is None else (lang, why)


def plainly_in(sample: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """(language, why) when a text with no expected language (what a buyer wrote, when their
    profile names none) is plainly in one, by its script or its words; None when the
    detector must read it. Wherever it answers, lingua names the same language over the
    whole text (tests/test_checks_plain_language.py holds it over every dispute we have)."""
    for lang, script in lexicon.own_language.scripts.items():
        # Most texts have no letter of a given script: one search says so, where _by_script
        # would count every letter of the sample, for each of the eight scripts.
        why = _by_script(sample, lang, script) if script.search(sample) else None
        if why is not None:
            return lang, why
    words = WORD.findall(sample.lower())
    counts = _owned(words, lexicon)
    return _most_owned(sample, words, counts, lexicon) if counts else None


def plain_language(sample: str, expected: str, lexicon: Lexicon) -> str | None:
    """Why the sample is plainly in `expected`, or None when the detector must read it."""
    # A letter the language never writes ("ø" in Swedish) is another language's sign: the
    # function words of a Norwegian sentence are mostly Swedish ones too, so ask the detector.
    if _never_writes(expected, sample, lexicon):
        return None
    script = lexicon.own_language.scripts.get(expected)
    if script is not None:
        return _by_script(sample, expected, script)
    if expected in lexicon.own_language.languages:
        words = WORD.findall(sample.lower())
        return _by_words(expected, _owned(words, lexicon), len(words))
    return None
