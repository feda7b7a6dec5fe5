"""What every check receives: the inputs plus the text views and lookups computed once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from disputedraft.checks.known import KnownFacts, known_facts
from disputedraft.checks.language_signs import canonical
from disputedraft.checks.lexicon import Lexicon, default_lexicon
from disputedraft.checks.plain_language import plain_language, plainly_other
from disputedraft.checks.scan import Scan, scan
from disputedraft.checks.text import (
    fold_normalised,
    normalise,
    sentences,
    spread_sample,
    strip_for_detection,
    strip_marks,
)
from disputedraft.contract import Dispute
from disputedraft.language import MIN_CONFIDENCE, buyer_language, detect, primary
from disputedraft.policy.decision import Decision

if TYPE_CHECKING:
    from disputedraft.policy.loader import Policy

# lingua is the costliest step of a check and its cost grows with length, so a long reply is
# read as an even sample of its words. Below 120 letters lingua switches to its short-text
# mode (all n-gram sizes, 3-5x the time of a 130-letter text); the sample keeps well above
# that. Over the 2,768 labelled replies it changes one verdict: a reply in the wrong language
# that the whole text had read as the right one.
DETECTION_LETTERS = 140


@dataclass(frozen=True)
class CheckContext:
    dispute: Dispute
    decision: Decision
    message: str  # as given
    language: str  # the language the reply must be in (primary subtag)
    text: str  # normalised: case and accents kept
    plain: str  # `text` without accents, case kept: for case-sensitive patterns
    folded: str  # lowercase, accent-free: what lexicon patterns run on
    sentences: tuple[str, ...]  # of `folded`
    detection_text: str  # `text` without codes, amounts, links and quoted names
    detected: str | None
    confidence: float
    detected_by: str  # why `detected`: lingua's confidence, or the words or script that made it plain
    langs: tuple[str, ...]  # lexicon languages to try: expected, detected, English
    scan: Scan  # of `folded`
    known: KnownFacts
    lexicon: Lexicon

    def shown(self, start: int, end: int) -> str:
        """A span of `folded` as the writer wrote it (case, accents, decimal point), for
        details; folding keeps positions, except for rare letters that change length."""
        source = self.text if len(self.text) == len(self.folded) else self.folded
        return " ".join(source[start:end].replace("\x00", " ").split())

    def quote(self, start: int, end: int, pad: int = 0) -> str:
        """The span plus about `pad` characters each side, cut at word edges, quoted."""
        s, e = max(0, start - pad), min(len(self.folded), end + pad)
        while s > 0 and self.folded[s - 1].isalnum():
            s -= 1
        while e < len(self.folded) and self.folded[e].isalnum():
            e += 1
        piece = self.shown(s, e)
        return f'"{piece[:70]}{"..." if len(piece) > 70 else ""}"'


def _language_of(detection_text: str, expected: str, lexicon: Lexicon) -> tuple[str | None, float, str]:
    if not detection_text:
        return None, 0.0, "no text to read"
    sample = spread_sample(detection_text, DETECTION_LETTERS)
    plain = plain_language(sample, expected, lexicon)
    if plain is not None:
        return expected, 1.0, plain
    other = plainly_other(sample, expected, lexicon)
    if other is not None:
        return other[0], 1.0, other[1]
    detected, confidence = detect(sample)
    return detected, confidence, f"confidence {confidence:.2f}"


def build_context(
    dispute: Dispute,
    decision: Decision,
    message: str,
    language: str | None = None,
    lexicon: Lexicon | None = None,
    *,
    known: KnownFacts | None = None,
    policy: Policy | None = None,
) -> CheckContext:
    """`known` may be passed in when checking several replies to one dispute: it depends only
    on the dispute and the Decision, and reading them is half the cost of a check. Without it,
    the facts are read with the seller of `policy`, the one the Decision was made with (None:
    the default policy)."""
    lex = lexicon or default_lexicon()
    expected = primary(language) if language else buyer_language(dispute)[0]
    text = normalise(message)
    folded = fold_normalised(text)
    known = known or known_facts(dispute, decision, lex.facts, policy.seller if policy else None)
    detection_text = strip_for_detection(text, known.phrases)
    detected, confidence, detected_by = _language_of(detection_text, canonical(expected), lex)
    langs = [expected]
    if detected and confidence >= MIN_CONFIDENCE:
        langs.append(detected)
    langs.append("en")
    return CheckContext(
        dispute=dispute,
        decision=decision,
        message=message,
        language=expected,
        text=text,
        plain=strip_marks(text),
        folded=folded,
        sentences=tuple(sentences(folded)),
        detection_text=detection_text,
        detected=detected,
        confidence=confidence,
        detected_by=detected_by,
        langs=tuple(dict.fromkeys(langs)),
        scan=scan(folded, lex.facts),
        known=known,
        lexicon=lex,
    )
