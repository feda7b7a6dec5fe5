"""buyer_language: the reply is written in the buyer's language.

Detection runs on the reply without its tracking numbers, amounts, links and quoted
names/addresses/product titles (see text.strip_for_detection). Too little text, or an
unsure detector, passes with the reason said: a wrong "wrong language" costs a good
draft, while a reply in the wrong language is long enough to be detected confidently.

A reply in the buyer's language can still carry a paragraph in another one ("the options in
English"), which the sample of the whole reply outvotes. Detection is costly, so a paragraph is
read on its own only when a cheap sign says it looks foreign: its letters are in another script
than the buyer's language, or it holds several English function words in a reply not due in
English (lexicon `style.yaml`, `foreign_paragraph`). Neighbouring suspect paragraphs are read
together; fewer than 60 letters (a Chinese character counting three) are not read at all.

A single sentence in another language inside a paragraph (or a paragraph too short for the
rule above) is found the same way one level down: each sentence of a suspect paragraph gets
the cheap signs, plus a third one for languages that share a script (`foreign_paragraph.not_in`:
letters the reply's alphabet lacks, function words of a close neighbour, Chinese kana-free
text in Japanese). Neighbouring suspect sentences are read together from 30 letters on; below
60 letters the detector must be surer (SHORT_SURE), so greetings, signatures and quoted names
stay unread or pass.
"""

from __future__ import annotations

import re

from disputedraft.checks.context import CheckContext
from disputedraft.checks.outcome import verdict
from disputedraft.checks.text import strip_for_detection, without_phrases, word_count
from disputedraft.checks.types import CheckOutcome
from disputedraft.language import MIN_CONFIDENCE, SUPPORTED, detect, detect_versus

NAME = "buyer_language"
MIN_WORDS = 4
MIN_LETTERS = 20
# Below this, lingua's top language is a guess between close candidates; a reply that is
# really in another language scores far above it (0.9+ on a sentence or two).
SURE = 0.5
# Tags that name the same written language.
_SAME = {"no": "nb", "nn": "nb", "iw": "he", "in": "id", "zh-hans": "zh", "zh-hant": "zh"}


_LETTERS = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_OTHER_SCRIPT = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_HAN = re.compile(r"[\u3400-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_PARAGRAPHS = re.compile(r"\n[ \t]*\n")
_ASCII_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
PARAGRAPH_LETTERS = 60
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
_SENTENCE_MARK = re.compile(r"[.!?。！？]\s*$")
HAN_WEIGHT = 3  # one Chinese character carries about as much as three letters
MAX_PARAGRAPH_READS = 2
MAX_SENTENCE_READS = 3
# A sentence looks English from this many distinct English function words (lexicon
# `foreign_paragraph.english_words`) when they are at least 1/SENTENCE_ENGLISH_SHARE of its words.
SENTENCE_ENGLISH_MIN = 2
SENTENCE_ENGLISH_SHARE = 4
# A sentence also ends where a Latin end mark runs straight into a letter of another script
# ("Which option do you prefer?お知らせ…").
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+|(?<=[。！？])|(?<=[.!?])(?=[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff])")


def _canonical(code: str) -> str:
    return _SAME.get(code, code)


def _weight(text: str) -> int:
    return len(_LETTERS.findall(text)) + (HAN_WEIGHT - 1) * len(_HAN.findall(text))


def _english_words(text: str, ctx: CheckContext) -> bool:
    words = set(_ASCII_WORD.findall(text.lower()))
    return len(words & ctx.lexicon.foreign_english_words) >= ctx.lexicon.foreign_english_min


def _english_sentence(text: str, ctx: CheckContext, *, share: bool = True) -> bool:
    """A short English sentence ("Which option do you prefer?") holds fewer function words
    than a paragraph: SENTENCE_ENGLISH_MIN of them, making up a good share of its words."""
    words = _ASCII_WORD.findall(text.lower())
    found = [w for w in words if w in ctx.lexicon.foreign_english_words]
    if len(set(found)) < SENTENCE_ENGLISH_MIN:
        return False
    return not share or len(found) * SENTENCE_ENGLISH_SHARE >= len(text.split())


def _looks_foreign(text: str, expected: str, ctx: CheckContext, *, raw: bool = False) -> str | None:
    """Why a paragraph (stripped for detection) may be in another language, or None. With
    `raw`, a paragraph not yet stripped: a necessary condition only (any letter of another
    script, for Japanese any Chinese character, or the English words)."""
    non_latin = expected in ctx.lexicon.non_latin_languages
    if raw:
        if non_latin:
            return "script" if _LATIN.search(text) or (expected == "ja" and _HAN.search(text)) else None
        if _OTHER_SCRIPT.search(text):
            return "script"
        return "english" if expected != "en" and _english_words(text, ctx) else None
    letters = len(_LETTERS.findall(text))
    if not letters:
        return None
    if (len(_LATIN.findall(text)) * 2 > letters) == non_latin:
        return "script"
    if expected == "ja" and _HAN.search(text) and not _KANA.search(text):
        return "script"
    if not non_latin and expected != "en" and _english_words(text, ctx):
        return "english"
    return None


def _foreign_paragraph(ctx: CheckContext, expected: str) -> tuple[str, float, str] | None:
    groups: list[str] = []
    previous: str | None = None
    for paragraph in _PARAGRAPHS.split(ctx.text):
        # Stripping only removes words, so a paragraph whose raw text shows no sign shows none
        # stripped either; most paragraphs stop here, before the costlier strip.
        sign = _looks_foreign(paragraph, expected, ctx, raw=True)
        if sign is not None:
            stripped = strip_for_detection(paragraph, ctx.known.phrases)
            sign = _looks_foreign(stripped, expected, ctx)
            if sign is not None and sign == previous:
                groups[-1] += " " + stripped
            elif sign is not None:
                groups.append(stripped)
        previous = sign
    reads = 0
    for text in groups:
        if _weight(text) < PARAGRAPH_LETTERS:
            continue
        if reads == MAX_PARAGRAPH_READS:
            break
        reads += 1
        detected, confidence = detect(text)
        if detected and _canonical(detected) != expected and confidence >= max(SURE, MIN_CONFIDENCE):
            return detected, confidence, text
    return None


def _sentence_sign(text: str, expected: str, ctx: CheckContext, marker: re.Pattern[str] | None) -> str | None:
    sign = _looks_foreign(text, expected, ctx)
    if sign is None and expected != "en" and expected not in ctx.lexicon.non_latin_languages:
        sign = "english" if _english_sentence(text, ctx) else None
    if sign is None and marker is not None and marker.search(text.lower()):
        return "marker"
    return sign


def _foreign_sentence(ctx: CheckContext, expected: str) -> tuple[str, float, str] | None:
    """A sentence (or a run of them) in another language inside a paragraph; see the module doc."""
    marker = ctx.lexicon.foreign_markers.get(expected)
    groups: list[tuple[str, bool, bool, str]] = []
    previous: str | None = None
    for paragraph in _PARAGRAPHS.split(ctx.text):
        raw = _looks_foreign(paragraph, expected, ctx, raw=True)
        if raw is None and expected != "en" and expected not in ctx.lexicon.non_latin_languages:
            # A necessary condition only: the share is read per sentence.
            raw = "english" if _english_sentence(paragraph, ctx, share=False) else None
        if raw is None and (marker is None or not marker.search(paragraph.lower())):
            previous = None
            continue
        # Quotes first: an address's own full stops would cut it into "sentences" in its language.
        for sentence in _SENTENCE_END.split(without_phrases(paragraph, ctx.known.phrases)):
            stripped = strip_for_detection(sentence, ()) if sentence.strip() else ""
            sign = _sentence_sign(stripped, expected, ctx, marker) if stripped else None
            marked = bool(_SENTENCE_MARK.search(sentence.strip()))
            words = word_count(stripped) if marked else 0
            whole = words >= SHORT_WORDS
            tiny = words >= TINY_WORDS and sign in ("marker", "script")
            if sign is not None and sign == previous:
                last = groups[-1]
                groups[-1] = (last[0] + " " + stripped, last[1] or whole, last[2] or tiny, sign)
            elif sign is not None:
                groups.append((stripped, whole, tiny, sign))
            previous = sign
    non_latin = expected in ctx.lexicon.non_latin_languages
    reads = 0
    for text, whole, tiny, sign in groups:
        weight = _weight(text)
        least = SHORT_LETTERS if whole else SENTENCE_LETTERS
        if weight < (TINY_LETTERS if tiny else least):
            continue
        if reads == MAX_SENTENCE_READS:
            break
        reads += 1
        detected, confidence, own = detect_versus(text, expected)
        if not detected or _canonical(detected) == expected:
            continue
        sure = SHORT_SURE if weight < PARAGRAPH_LETTERS else max(SURE, MIN_CONFIDENCE)
        short = weight < PARAGRAPH_LETTERS
        if weight < least:  # read as tiny only
            if confidence >= SHORT_SURE:
                return detected, confidence, text
            continue
        if confidence >= sure or (short and confidence >= SHORT_TOP and own < SHORT_OWN_MAX):
            return detected, confidence, text
        if (
            short
            and non_latin
            and sign == "script"
            and detected == "en"
            and confidence >= AGREE_SCRIPT_TOP
            and _english_sentence(text, ctx)
        ):
            return detected, confidence, text
        # English function words and the detector agree: a short English sentence spreads
        # over the Latin languages, but the reply's own gets almost nothing.
        if short and sign == "english" and detected == "en" and confidence >= AGREE_TOP and own < SHORT_OWN_MAX:
            return detected, confidence, text
    return None


def check_buyer_language(ctx: CheckContext) -> CheckOutcome:
    expected = _canonical(ctx.language)
    if expected not in SUPPORTED:
        return verdict(NAME, True, [], f"language {expected!r} cannot be detected; not checked")
    text = ctx.detection_text
    if word_count(text) < MIN_WORDS or len(_LETTERS.findall(text)) < MIN_LETTERS:
        return verdict(NAME, True, [], "too little text to tell the language; not checked")
    detected, confidence = ctx.detected, ctx.confidence
    if detected is None or confidence < MIN_CONFIDENCE:
        return verdict(NAME, True, [], f"language unclear (confidence {confidence:.2f}); not checked")
    if _canonical(detected) == expected:
        foreign = _foreign_paragraph(ctx, expected) or _foreign_sentence(ctx, expected)
        if foreign is not None:
            lang, conf, text = foreign
            problem = f"part of the reply is in {lang} (confidence {conf:.2f}), the buyer's language is {expected}"
            return verdict(NAME, True, [f"{problem}: {text[:60]!r}"], "")
        return verdict(NAME, True, [], f"written in {expected} (confidence {confidence:.2f})")
    if confidence < SURE:
        return verdict(NAME, True, [], f"probably {detected}, but unsure ({confidence:.2f}); not failed")
    return verdict(
        NAME, True, [f"written in {detected} (confidence {confidence:.2f}), the buyer's language is {expected}"], ""
    )
