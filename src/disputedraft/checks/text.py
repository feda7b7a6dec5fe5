"""Text normalisation shared by the checks and by the lexicon compiler.

Two views of a message are used: `normalise` keeps case and accents (shouting, language
detection), `fold` lowercases and drops accents so that one lexicon pattern matches
"devolución", "devolucion" and "DEVOLUCIÓN" alike. Lexicon patterns go through
`fold_pattern` so that they and the text are folded the same way.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import islice

# Typographic variants that writers (and models) use interchangeably.
_PUNCT: dict[str, str] = {
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
# Japanese voiced-sound marks are combining characters too, but dropping them changes the
# word (が -> か); every other combining mark is an accent we want to ignore.
_KEEP_MARKS = frozenset({"\u3099", "\u309a"})
# Letters that carry their accent in the letter itself (no combining mark to drop):
# Polish ł, Danish ø, Turkish dotless ı... folded by hand so "zapłacimy" matches "zaplacimy".
_SOLID = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h"}
_SPACES = re.compile(r"[ \t\f\v]+")
# Whitespace ending a line or starting one (str.strip's whitespace, which is re's \s).
_LINE_ENDS = re.compile(r"[^\S\n]+(?=\n)|(?<=\n)[^\S\n]+")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|\n+|(?<=[。！？])")
# Characters that can start or end a Latin/Cyrillic/Greek word (used for word boundaries
# around numbers, where \b would treat CJK characters as word characters).
LETTER = r"A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff"
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HANGUL_WORD = re.compile(r"[\uac00-\ud7af]")
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")


_MARK: dict[str, bool] = {}  # character -> whether strip_marks drops it, filled in as met


def _is_mark(char: str) -> bool:
    # Filled in as characters are met: deciding it for all of Unicode up front would cost a
    # second at import.
    mark = _MARK.get(char)
    if mark is None:
        mark = _MARK[char] = unicodedata.category(char) == "Mn" and char not in _KEEP_MARKS
    return mark


def _replace_each(text: str, table: dict[str, str]) -> str:
    """`text.translate(str.maketrans(table))`, for a table whose keys are non-ASCII characters
    and whose values are ASCII (so no replacement makes another key appear). str.translate looks
    every character of a non-ASCII text up in the table, 30-40 us for a reply; a substring test
    per key is a fast scan, and the keys are rarely there (session 17)."""
    for old, new in table.items():
        if old in text:
            text = text.replace(old, new)
    return text


def strip_marks(text: str) -> str:
    if text.isascii():
        return text
    stripped = unicodedata.normalize("NFD", text)
    # The marks in the text, each deleted at once: a text holds a handful of distinct ones.
    for char in set(stripped):
        if char >= "\x80" and _is_mark(char):
            stripped = stripped.replace(char, "")
    stripped = _replace_each(stripped, _SOLID)
    # Composing changes nothing in an ASCII text, which most Latin-script replies become here.
    return stripped if stripped.isascii() else unicodedata.normalize("NFC", stripped)


def normalise(text: str) -> str:
    """NFKC (full-width digits, ligatures), one kind of quote/dash/space, tidy lines."""
    text = _replace_each(unicodedata.normalize("NFKC", text), _PUNCT).replace("\r\n", "\n").replace("\r", "\n")
    # Each line's runs of spaces made one, and its ends stripped of whitespace, over the whole
    # text at once (a regex call per line cost 20 us a reply).
    return _LINE_ENDS.sub("", _SPACES.sub(" ", text)).strip()


# A decimal point inside an amount ("28.00") written as a comma, so that lexicon
# patterns can keep a cue within one sentence with [^.!?\n] without an amount ending
# the sentence. Dates such as 02.10.2026 are left alone.
# The full stop leads the pattern so that the search jumps from one to the next; a pattern
# opening with the lookbehind tried every position.
_DECIMAL_POINT = re.compile(r"\.(?<=\d\.)(?=\d{1,2}(?!\d|[./-]\d))")


def fold(text: str) -> str:
    """Lowercase, accent-free form of `normalise(text)`, for lexicon matching."""
    return fold_normalised(normalise(text))


def fold_normalised(text: str) -> str:
    """`fold` of a text that `normalise` already gave."""
    return _DECIMAL_POINT.sub(",", strip_marks(text.lower()))


def fold_pattern(pattern: str) -> str:
    # Accents only: lowercasing a regex would turn \S, \W, \D, \B into their opposites,
    # so patterns are compiled case-insensitively instead.
    return strip_marks(_replace_each(unicodedata.normalize("NFKC", pattern), _PUNCT))


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def at_least(pattern: re.Pattern[str], text: str, n: int) -> bool:
    """Whether `pattern` matches `text` n times, reading no further than the n-th match."""
    return sum(1 for _ in islice(pattern.finditer(text), n)) >= n


def has_words(text: str, n: int) -> bool:
    """`word_count(text) >= n`, without reading past the n-th word of a text with no CJK in it."""
    if _CJK.search(text) or _HANGUL_WORD.search(text):
        return word_count(text) >= n
    return at_least(_WORD, text, n)


def word_count(text: str) -> float:
    """Words, counting CJK text by characters: about two Chinese/Japanese characters make
    a word, and one Korean space-separated unit carries about 1.5 English words."""
    found = _WORD.findall(text)
    if not _CJK.search(text) and not _HANGUL_WORD.search(text):
        return float(len(found))  # one scan of the text rather than two per word
    total = 0.0
    for word in found:
        cjk = len(_CJK.findall(word))
        if cjk:
            total += cjk / 2 + (1 if len(word) > cjk else 0)
        elif _HANGUL_WORD.search(word):
            total += 1.5
        else:
            total += 1
    return total


_SEPARATORS = re.compile(r"[\s\-_./]")


def compact(token: str) -> str:
    """Tracking numbers and ids compared without case, spaces or dashes."""
    return _SEPARATORS.sub("", token).upper()


def contains_phrase(haystack_folded: str, phrase: str) -> bool:
    """Whether a fact string (an address, a name) appears, ignoring case, accents,
    punctuation and line breaks: "12 rue X, 93150 Y" matches "12 rue X\n93150 Y"."""
    needle = _phrase_tokens(phrase)
    if not needle or max(needle, key=len) not in haystack_folded:
        return False
    hay = _tokens(haystack_folded)
    n = len(needle)
    return any(hay[i : i + n] == needle for i in range(len(hay) - n + 1))


def _tokens(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text)


@lru_cache(maxsize=4096)
def _phrase_tokens(phrase: str) -> list[str]:
    # Instructions and addresses repeat from message to message; fold each once.
    return _tokens(fold(phrase))


def _without(text: str, phrase: str) -> str:
    """`text` with every occurrence of `phrase`, in any case, replaced by a space. Plain string
    search: a regex per phrase meant a compile for every new dispute."""
    low, needle = text.lower(), phrase.lower()
    if needle not in low:
        return text
    if len(low) != len(text):  # a few characters change length when lowered (İ): let re align
        return re.sub(re.escape(phrase), " ", text, flags=re.I)
    parts, start = [], 0
    while (hit := low.find(needle, start)) >= 0:
        parts.append(text[start:hit])
        start = hit + len(needle)
    parts.append(text[start:])
    return " ".join(parts)


_LINKISH = re.compile(r"@|://|^www\.|\.(?:com|net|org)\b", re.I)


def _letters(words: list[str]) -> int:
    # map() over the joined words: no Python frame per character (a generator here was a
    # sixth of building a reply's check context).
    return sum(map(str.isalpha, "".join(words)))


def spread_sample(text: str, min_letters: int) -> str:
    """An even sample of the words of a long text with at least `min_letters` letters in it:
    a fixed share of the words, spread across all of it. Language detection reads n-grams
    within words, so the sample keeps the mix of languages of the whole text; a reply that
    drifts into English in its second half is sampled there too, which a cut after the first
    N characters would miss."""
    words = text.split()
    total = _letters(words)
    target = min_letters * 6 // 5  # a margin: words differ in length
    if total <= target:
        return text
    share, due, sample = target / total, 0.0, []
    for word in words:
        due += share
        if due >= 1.0:
            due -= 1.0
            sample.append(word)
    return " ".join(sample) if _letters(sample) >= min_letters else text


_CJK_EDGE = re.compile(
    r"(?<=[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef])(?=[0-9A-Za-z])"
    r"|(?<=[0-9A-Za-z])(?=[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef])"
)


def _spaced(text: str) -> str:
    return _CJK_EDGE.sub(" ", text)


def without_phrases(text: str, phrases: tuple[str, ...]) -> str:
    """`text` with the quoted names, addresses and product titles blanked out, layout kept:
    an address holds full stops ("ul. Składowa 5"), so a reply is split into sentences only
    after its quotes are gone."""
    if _CJK.search(text):
        # Chinese/Japanese runs into codes and amounts with no space ("最多1200 JPY"); the
        # token rule of strip_for_detection would drop the words with the digits, so they
        # are parted first.
        text, phrases = _spaced(text), tuple(_spaced(p) for p in phrases)
    for phrase in sorted(phrases, key=len, reverse=True):
        if len(phrase) >= 3:
            text = _without(text, phrase)
    return text


def strip_for_detection(text: str, phrases: tuple[str, ...]) -> str:
    """What is left of a reply once the parts that carry no language are removed: tracking
    numbers, amounts, links, and names/addresses/product titles quoted from the order (a
    French reply quoting an English product title is still French)."""
    return strip_codes(without_phrases(text, phrases))


def strip_codes(text: str) -> str:
    """`text` without the tokens that carry no language: codes, amounts, links. Token by token
    rather than one regex over the text: linear on any input."""
    # Most tokens are plain words, which `isalpha` clears at C speed.
    kept = [t for t in text.split() if t.isalpha() or not (any(c.isdigit() for c in t) or _LINKISH.search(t))]
    return " ".join(kept)
