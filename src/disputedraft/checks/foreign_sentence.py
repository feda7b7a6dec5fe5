"""A sentence (or a run of them) in another language inside a reply in the buyer's language.

A single sentence in another language inside a paragraph (or a paragraph too short for the
paragraph rule of language_check.py) is found the same way one level down: each sentence of
a suspect paragraph gets the cheap signs (language_signs.py), plus a third one for languages
that share a script (`foreign_paragraph.not_in`: letters the reply's alphabet lacks, function
words of a close neighbour). Neighbouring suspect sentences are read together from 30 letters
on; below 60 letters the detector must be surer (SHORT_SURE), so greetings, signatures and
quoted names stay unread or pass. The thresholds below were set on the labelled sets, each
with the sentence that showed the need.
"""

from __future__ import annotations

import re

from disputedraft.checks.context import CheckContext
from disputedraft.checks.language_signs import (
    PARAGRAPH_LETTERS,
    PARAGRAPHS,
    SURE,
    canonical,
    english_sentence,
    looks_foreign,
    weight,
)
from disputedraft.checks.regroup import Alternation
from disputedraft.checks.text import strip_codes, without_phrases, word_count
from disputedraft.language import MIN_CONFIDENCE, detect_versus

SENTENCE_LETTERS = 30
# A sentence is short evidence: lingua gives a real English sentence of 35-50 letters about
# 0.7, a close-pair sentence (German in Dutch) 0.99, and a misread one of the right language
# rarely above 0.5.
SHORT_SURE = 0.6
# A whole short sentence (a question, an apology) of SHORT_LETTERS to SENTENCE_LETTERS letters,
# ending in . ! or ? and of at least SHORT_WORDS words, is read too (signatures and greetings
# have no end mark or too few words). lingua spreads a short sentence over close languages, so
# its top score is low; what tells is that the reply's own language gets next to nothing.
SHORT_LETTERS = 18
SHORT_WORDS = 4
SHORT_TOP = 0.4
SHORT_OWN_MAX = 0.05
# A closing or thank-you line is often three words ("Vielen Dank dafür!", "Ficamos à
# disposição!"): a whole sentence of TINY_WORDS words and TINY_LETTERS letters is read too when
# its sign is a close neighbour's words or another script than the reply's (a greeting or a
# signature has no end mark), and must then read as sure as a short sentence (SHORT_SURE).
TINY_WORDS = 3
TINY_LETTERS = 12
# When the cheap sign was English function words and lingua's top is English too, a lower top
# will do ("We apologise once again for the problem you had." reads en 0.33, Turkish 0.01,
# Spanish 0.03); the reply's own language must still get next to nothing.
AGREE_TOP = 0.3
# In a reply not in Latin letters, a Latin sentence whose English function words make it look
# English has two signs already; lingua then only has to put English first ("We apologise for
# that." reads en 0.23, spread over the Latin languages, Russian 0.0).
AGREE_SCRIPT_TOP = 0.15
# A close neighbour's words or letters (`not_in`) are a sign of their own, so lingua need not be
# as sure: a Danish sentence in a Swedish reply ("Sig bare til, hvad du helst vil.") reads
# da 0.5, nb 0.31, sv 0.13, spread over the two neighbours, with the reply's own language far
# behind. Its top must be MARKER_OWN_RATIO times the reply's own language's score.
MARKER_OWN_RATIO = 3
# A semicolon ends a clause that is read like a whole sentence: an English clause before one
# ("Sorry for the trouble this caused; gelecekte...") is outvoted by what follows otherwise.
_SENTENCE_MARK = re.compile(r"[.!?;。！？]\s*$")
# A closing line ends in a comma before the signature ("Дякуємо за розуміння та терпіння,"): it is
# a whole sentence too when it is a line of its own.
_CLOSING_COMMA = re.compile(r",\s*$")
# A marker is a sign of its own, so lingua's top may be a little under SHORT_TOP: a German
# sentence in a Dutch reply ("Lass es uns gerne wissen, wenn du Ideen hast.") reads de 0.39, nl 0.08.
MARKER_TOP = 0.35
# Sentences read together as one group that lingua gives to the reply's own language are read one
# by one as well (a neighbour's sentence after a paragraph of the reply's own that had a marker
# too), up to this many of them.
MAX_PART_READS = 2
# In a reply in Latin letters, a clause in another script ("Дякуємо за терпіння i mamy nadzieję...")
# is read on its own when the whole sentence reads as the reply's language.
_LATIN_RANGES = r"A-Za-z\u00c0-\u024f\u1e00-\u1eff"
_OTHER_RUN = re.compile(rf"[^\W\d_{_LATIN_RANGES}](?:[^{_LATIN_RANGES}]*[^\W\d_{_LATIN_RANGES}])?")
MAX_SENTENCE_READS = 3
# A sentence also ends where a Latin end mark runs straight into a letter of another script
# ("Which option do you prefer?お知らせ…").
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+|(?<=[。！？])|(?<=[.!?])(?=[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff])")


def _sentence_sign(text: str, expected: str, ctx: CheckContext, marker: Alternation | None) -> str | None:
    sign = looks_foreign(text, expected, ctx)
    non_latin = expected in ctx.lexicon.non_latin_languages
    if sign is None and not non_latin and (run := _OTHER_RUN.search(text)) and weight(run.group()) >= TINY_LETTERS:
        return "script"
    if sign is None and expected != "en" and not non_latin:
        sign = "english" if english_sentence(text, ctx) else None
    if sign is None and marker is not None and marker.matches(text.lower()):
        return "marker"
    return sign


def _marked_span(text: str, marker: Alternation) -> str:
    """From the first to the last marker match: in a reply not in Latin letters the markers are
    another script's letters, and a clause in it may follow the reply's own script after a comma
    ("...的心情，걱정을 끼쳐 드려 정말 죄송합니다。"), which lingua reads as the whole sentence's.
    In Latin letters a marker is a letter inside a word ("potíže"): the span runs to whole words,
    so a neighbour's clause ("Omlouváme se za potíže a mamy nadzieję...") is read on its own."""
    found = list(marker.finditer(text.lower()))
    if not found:
        return ""
    start, end = found[0].start(), found[-1].end()
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end]


def foreign_sentence(ctx: CheckContext, expected: str) -> tuple[str, float, str] | None:
    """A sentence (or a run of them) in another language inside a paragraph; see the module doc."""
    marker = ctx.lexicon.foreign_markers.get(expected)
    # Runs of neighbouring sentences with the same sign: each run is read as one text first.
    runs: list[list[tuple[str, bool, bool, str]]] = []
    previous: str | None = None
    for paragraph in PARAGRAPHS.split(ctx.text):
        raw = looks_foreign(paragraph, expected, ctx, raw=True)
        if raw is None and expected != "en" and expected not in ctx.lexicon.non_latin_languages:
            # A necessary condition only: the share is read per sentence.
            raw = "english" if english_sentence(paragraph, ctx, share=False) else None
        if raw is None and (marker is None or not marker.matches(paragraph.lower())):
            previous = None
            continue
        # Quotes first: an address's own full stops would cut it into "sentences" in its language.
        for sentence in _SENTENCE_END.split(without_phrases(paragraph, ctx.known.phrases)):
            stripped = strip_codes(sentence)  # its quotes are gone already
            sign = _sentence_sign(stripped, expected, ctx, marker) if stripped else None
            line = sentence.strip()
            marked = bool(_SENTENCE_MARK.search(line) or (_CLOSING_COMMA.search(line) and "\n" not in line))
            words = word_count(stripped) if marked else 0
            whole = words >= SHORT_WORDS
            tiny = words >= TINY_WORDS and sign in ("marker", "script")
            if sign is not None and sign == previous:
                runs[-1].append((stripped, whole, tiny, sign))
            elif sign is not None:
                runs.append([(stripped, whole, tiny, sign)])
            previous = sign
    groups = [(" ".join(p[0] for p in run), any(p[1] for p in run), any(p[2] for p in run), run[0][3]) for run in runs]
    found = _read_groups(ctx, expected, marker, groups, MAX_SENTENCE_READS)
    if found is None:
        singles = [part for run in runs if len(run) > 1 for part in run]
        found = _read_groups(ctx, expected, marker, singles, MAX_PART_READS)
    return found


def _read_groups(
    ctx: CheckContext,
    expected: str,
    marker: Alternation | None,
    groups: list[tuple[str, bool, bool, str]],
    max_reads: int,
) -> tuple[str, float, str] | None:
    non_latin = expected in ctx.lexicon.non_latin_languages
    reads = 0
    for text, whole, tiny, sign in groups:
        size = weight(text)
        least = SHORT_LETTERS if whole else SENTENCE_LETTERS
        if whole and sign == "english":
            # "Sorry for the hassle!" has 17 letters: four English words with an end mark are
            # read from TINY_LETTERS on, and must still pass the English agreement rules below.
            least = TINY_LETTERS
        if size < (TINY_LETTERS if tiny else least):
            continue
        if reads == max_reads:
            break
        reads += 1
        detected, confidence, own = detect_versus(text, expected)
        if sign == "marker" and detected and canonical(detected) == expected and marker is not None:
            span = _marked_span(text, marker)
            if weight(span) < TINY_LETTERS:
                continue
            detected, confidence, own = detect_versus(span, expected)
        if sign == "script" and not non_latin and detected and canonical(detected) == expected:
            run = _OTHER_RUN.search(text)
            if run is None or weight(run.group()) < TINY_LETTERS:
                continue
            detected, confidence, own = detect_versus(run.group(), expected)
            if detected and canonical(detected) != expected and confidence >= SHORT_SURE:
                return detected, confidence, run.group()
            continue
        if not detected or canonical(detected) == expected:
            continue
        sure = SHORT_SURE if size < PARAGRAPH_LETTERS else max(SURE, MIN_CONFIDENCE)
        short = size < PARAGRAPH_LETTERS
        if size < least:  # read as tiny only
            if confidence >= SHORT_SURE:
                return detected, confidence, text
            continue
        if confidence >= sure or (short and confidence >= SHORT_TOP and own < SHORT_OWN_MAX):
            return detected, confidence, text
        # A sign of its own (a neighbour's words or letters; English words that lingua puts
        # first too) and a wide margin over the reply's own language: "Just let us know which
        # one you'd like." reads en 0.53, German 0.08.
        signed = sign == "marker" or (sign == "english" and detected == "en")
        if short and signed and confidence >= MARKER_TOP and own * MARKER_OWN_RATIO <= confidence:
            return detected, confidence, text
        if (
            short
            and non_latin
            and sign == "script"
            and detected == "en"
            and confidence >= AGREE_SCRIPT_TOP
            and english_sentence(text, ctx)
        ):
            return detected, confidence, text
        # English function words and the detector agree: a short English sentence spreads
        # over the Latin languages, but the reply's own gets almost nothing.
        if short and sign == "english" and detected == "en" and confidence >= AGREE_TOP and own < SHORT_OWN_MAX:
            return detected, confidence, text
    return None
