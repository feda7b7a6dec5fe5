"""Text normalisation shared by the checks and by the lexicon compiler.

Two views of a message are used: `normalise` keeps case and accents (shouting, language
detection), `fold` lowercases and drops accents so that one lexicon pattern matches
"devolución", "devolucion" and "DEVOLUCIÓN" alike. Lexicon patterns go through
`fold_pattern` so that they and the text are folded the same way.
"""

from __future__ import annotations

import re
import unicodedata

# Typographic variants that writers (and models) use interchangeably.
_PUNCT = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200b": "",
        "\ufeff": "",
    }
)
# Japanese voiced-sound marks are combining characters too, but dropping them changes the
# word (が -> か); every other combining mark is an accent we want to ignore.
_KEEP_MARKS = frozenset({"\u3099", "\u309a"})
_SPACES = re.compile(r"[ \t\f\v]+")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|\n+|(?<=[。！？])")
# Characters that can start or end a Latin/Cyrillic/Greek word (used for word boundaries
# around numbers, where \b would treat CJK characters as word characters).
LETTER = r"A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff"
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HANGUL_WORD = re.compile(r"[\uac00-\ud7af]")
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")


def strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if c in _KEEP_MARKS or unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", kept)


def normalise(text: str) -> str:
    """NFKC (full-width digits, ligatures), one kind of quote/dash/space, tidy lines."""
    text = unicodedata.normalize("NFKC", text).translate(_PUNCT).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def fold(text: str) -> str:
    """Lowercase, accent-free form of `normalise(text)`, for lexicon matching."""
    return strip_marks(normalise(text).lower())


def fold_pattern(pattern: str) -> str:
    # Accents only: lowercasing a regex would turn \S, \W, \D, \B into their opposites,
    # so patterns are compiled case-insensitively instead.
    return strip_marks(unicodedata.normalize("NFKC", pattern).translate(_PUNCT))


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_count(text: str) -> float:
    """Words, counting CJK text by characters: about two Chinese/Japanese characters make
    a word, and one Korean space-separated unit carries about 1.5 English words."""
    total = 0.0
    for word in _WORD.findall(text):
        cjk = len(_CJK.findall(word))
        if cjk:
            total += cjk / 2 + (1 if len(word) > cjk else 0)
        elif _HANGUL_WORD.search(word):
            total += 1.5
        else:
            total += 1
    return total


def compact(token: str) -> str:
    """Tracking numbers and ids compared without case, spaces or dashes."""
    return re.sub(r"[\s\-_./]", "", token).upper()


def contains_phrase(haystack_folded: str, phrase: str) -> bool:
    """Whether a fact string (an address, a name) appears, ignoring case, accents,
    punctuation and line breaks: "12 rue X, 93150 Y" matches "12 rue X\n93150 Y"."""
    needle = _tokens(fold(phrase))
    if not needle:
        return False
    hay = _tokens(haystack_folded)
    n = len(needle)
    return any(hay[i : i + n] == needle for i in range(len(hay) - n + 1))


def _tokens(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text)
