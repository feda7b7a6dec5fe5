"""no_shouting: no capitals for emphasis, no "!!" or "?!".

A word counts as shouted when it is all capitals, at least 4 letters long, and is not a
known acronym (lexicon `style.yaml`) nor a word of the order's facts (store, carrier,
product titles, codes). More than two such words fail, and so does a run of three or more
capitalised words of any length ("WE WILL NOT REFUND"), which is shouting however short
the words are. A single shouted word of five or more letters ("SCHLIESSEN", "ВІДКРИТІ") is
emphasis too, and so is a short emphatic word alone ("you MUST", "NUR", style.yaml
`emphatic_caps`), and so are runs of question marks ("???").

A reply can shout without capitals: a bossy demand that the buyer act at once ("decide right now
and don't drag it out"), style.yaml `pushy`.
"""

from __future__ import annotations

import re

from disputedraft.checks.context import CheckContext
from disputedraft.checks.outcome import verdict
from disputedraft.checks.types import CheckOutcome

NAME = "no_shouting"
MAX_CAPS_WORDS = 2
MIN_CAPS_LETTERS = 4
MIN_SHOUTED_LETTERS = 2  # "OK" in a run of capitals; a lone "I" is no shouting
MIN_LONE_LETTERS = 5  # one such word alone is shouting
RUN = 3
_PUNCT_RUN = re.compile(r"[!¡]{2,}|[?？]{2,}|\?!|!\?")
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")


def _shouted(word: str, ctx: CheckContext) -> bool:
    if not word.isupper() or sum(map(str.isalpha, word)) < MIN_SHOUTED_LETTERS:
        return False
    upper = word.upper()
    return upper not in ctx.lexicon.acronyms and not ctx.known.has_upper_word(upper)


def check_no_shouting(ctx: CheckContext) -> CheckOutcome:
    problems = [f"{m.group()!r} punctuation" for m in _PUNCT_RUN.finditer(ctx.text)]
    problems += [
        f"pushy demand {ctx.quote(m.start(), m.end())}" for m in ctx.lexicon.pushy.finditer(ctx.folded, ctx.langs)
    ]
    words = _WORD.findall(ctx.text)
    # Most words are not in capitals: each one in capitals is judged once, however often it recurs.
    shouted = {w: _shouted(w, ctx) for w in words if w.isupper()}
    if not any(shouted.values()):  # most replies: no word to count, no run to find
        return verdict(NAME, True, problems, "no shouting")
    caps = [w for w in words if shouted.get(w) and sum(map(str.isalpha, w)) >= MIN_CAPS_LETTERS]
    if len(caps) > MAX_CAPS_WORDS:
        problems.append(f"{len(caps)} words in capitals ({', '.join(caps[:5])})")
    else:
        # Only words wholly in a cased script: "JPYを" is a code glued to Japanese, not emphasis.
        long = [w for w in caps if len(w) >= MIN_LONE_LETTERS and all(c.isupper() for c in w if c.isalpha())]
        # "you MUST send": a short emphatic word (style.yaml emphatic_caps) shouts on its own too
        long += [w for w in words if shouted.get(w) and w.upper() in ctx.lexicon.emphatic_caps and w not in long]
        if long:
            problems.append(f"word in capitals for emphasis ({', '.join(long[:5])})")
    run: list[str] = []
    for word in [*words, ""]:
        if shouted.get(word):
            run.append(word)
            continue
        if len(run) >= RUN:
            problems.append(f"capitalised phrase {' '.join(run)!r}")
        run = []
    return verdict(NAME, True, problems, "no shouting")
