"""The cheap signs that part of a reply may be in another language than the buyer's.

Reading a text with lingua is the costly step of the language check, so a paragraph or a
sentence is only read when one of these says it may be foreign: its letters are in another
script than the buyer's language (Chinese without kana in a Japanese reply), or it holds
English function words in a reply not due in English (lexicon `style.yaml`,
`foreign_paragraph`). language_check.py reads paragraphs, foreign_sentence.py sentences.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the context module builds on these signs
    from disputedraft.checks.context import CheckContext

# Tags that name the same written language.
_SAME = {"no": "nb", "nn": "nb", "iw": "he", "in": "id", "zh-hans": "zh", "zh-hant": "zh"}
LETTERS = re.compile(r"[^\W\d_]")
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
OTHER_SCRIPT = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
HAN = re.compile(r"[\u3400-\u9fff]")
KANA = re.compile(r"[\u3040-\u30ff]")
ASCII_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
HAN_WEIGHT = 3  # one Chinese character carries about as much as three letters
# A Hangul block or a kana is a syllable (two or three letters' worth: 죄 = j+oe, す = s+u),
# so a three-word Korean apology (9 blocks) weighs as much as a Latin one of 18 letters.
HANGUL = re.compile(r"[\uac00-\ud7a3]")
SYLLABLE_WEIGHT = 2
# Below this, lingua's top language is a guess between close candidates; a text that is
# really in another language scores far above it (0.9+ on a sentence or two).
SURE = 0.5
PARAGRAPH_LETTERS = 60  # letters (a Chinese character counting three) a paragraph needs to be read
PARAGRAPHS = re.compile(r"\n[ \t]*\n")
# A sentence looks English from this many distinct English function words (lexicon
# `foreign_paragraph.english_words`) when they are at least 1/SENTENCE_ENGLISH_SHARE of its words.
SENTENCE_ENGLISH_MIN = 2
SENTENCE_ENGLISH_SHARE = 4


def canonical(code: str) -> str:
    return _SAME.get(code, code)


def weight(text: str) -> int:
    """Letters, each script's characters weighted by how much they carry (see HAN_WEIGHT)."""
    syllables = len(HANGUL.findall(text)) + len(KANA.findall(text))
    return len(LETTERS.findall(text)) + (HAN_WEIGHT - 1) * len(HAN.findall(text)) + (SYLLABLE_WEIGHT - 1) * syllables


def english_words(text: str, ctx: CheckContext) -> bool:
    words = set(ASCII_WORD.findall(text.lower()))
    return len(words & ctx.lexicon.foreign_english_words) >= ctx.lexicon.foreign_english_min


def english_sentence(text: str, ctx: CheckContext, *, share: bool = True) -> bool:
    """A short English sentence ("Which option do you prefer?") holds fewer function words
    than a paragraph: SENTENCE_ENGLISH_MIN of them, making up a good share of its words."""
    words = ASCII_WORD.findall(text.lower())
    found = [w for w in words if w in ctx.lexicon.foreign_english_words]
    if len(set(found)) < SENTENCE_ENGLISH_MIN:
        return False
    return not share or len(found) * SENTENCE_ENGLISH_SHARE >= len(text.split())


def looks_foreign(text: str, expected: str, ctx: CheckContext, *, raw: bool = False) -> str | None:
    """Why a paragraph (stripped for detection) may be in another language, or None. With
    `raw`, a paragraph not yet stripped: a necessary condition only (any letter of another
    script, for Japanese any Chinese character, or the English words)."""
    non_latin = expected in ctx.lexicon.non_latin_languages
    if raw:
        if non_latin:
            return "script" if LATIN.search(text) or (expected == "ja" and HAN.search(text)) else None
        if OTHER_SCRIPT.search(text):
            return "script"
        return "english" if expected != "en" and english_words(text, ctx) else None
    letters = len(LETTERS.findall(text))
    if not letters:
        return None
    if (len(LATIN.findall(text)) * 2 > letters) == non_latin:
        return "script"
    if expected == "ja" and HAN.search(text) and not KANA.search(text):
        return "script"
    if not non_latin and expected != "en" and english_words(text, ctx):
        return "english"
    return None
