"""no_placeholders: template residue such as [Name], {{order}}, XXX, TODO, %s, "insert ... here".

A slot is often typed in the reply's own script with letters that look Latin: "ХХ дней" (Cyrillic
Ha), "ΧΧ ημέρες" (Greek Chi). Before matching, a word made only of such look-alikes that repeats
one letter ("ХХ", "ΧΧΧ"), or that mixes them with Latin letters ("XХ"), is read as Latin. A real
word of the language is left alone: it is never one letter repeated, and it never mixes scripts.
Cyrillic/Greek O is left out of the table, since Russian "ООО" (a company form) is a word.
"""

from __future__ import annotations

import re

from disputedraft.checks.context import CheckContext
from disputedraft.checks.outcome import verdict
from disputedraft.checks.types import CheckOutcome

NAME = "no_placeholders"

# Cyrillic and Greek capitals (and the small x-likes) that are drawn like a Latin letter.
_LOOKALIKES = str.maketrans(
    {
        "Х": "X", "х": "x", "Χ": "X", "χ": "x",  # Cyrillic Ha, Greek Chi
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "Р": "P", "С": "C", "Т": "T", "У": "Y",
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
        "Ρ": "P", "Τ": "T", "Υ": "Y",
    }
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]{2,}")


def _as_latin(match: re.Match[str]) -> str:
    word = match.group(0)
    latin = word.translate(_LOOKALIKES)
    if latin == word or not latin.isascii():
        return word
    slot = len(set(latin)) == 1  # one letter repeated: "ХХ", "ΧΧΧ"
    mixed = any(c.isascii() for c in word)  # "XХ": no word mixes scripts
    return latin if slot or mixed else word


_ANY_LOOKALIKE = re.compile("[" + "".join(map(chr, _LOOKALIKES)) + "]")


def latin_slots(text: str) -> str:
    """`text` with look-alike slot words read as Latin; same length, so match offsets still quote `text`."""
    # Only a word holding a look-alike can change: most replies have none, and then no word is visited.
    return _WORD.sub(_as_latin, text) if _ANY_LOOKALIKE.search(text) else text


def check_no_placeholders(ctx: CheckContext) -> CheckOutcome:
    # Run on the case-keeping text, not the folded one: some markers are case-sensitive
    # ("TODO" is residue, Spanish "todo" is a word).
    found = [
        f"placeholder {ctx.quote(m.start(), m.end())}"
        for m in ctx.lexicon.placeholders.finditer(latin_slots(ctx.plain), ctx.langs)
    ]
    return verdict(NAME, True, found, "no template placeholders")
