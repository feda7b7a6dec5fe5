"""The buyer's language: their profile's tag, else detected from what they wrote."""

from __future__ import annotations

import threading
from functools import cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from disputedraft.contract import Dispute

# Languages buyers write to cross-border sellers in. A closed set detects short texts far
# better than all 75 lingua languages (which call "Hola, mi paquete no llega" Tswana).
SUPPORTED = [
    "en",
    "es",
    "fr",
    "pt",
    "de",
    "ru",
    "pl",
    "it",
    "nl",
    "ko",
    "ja",
    "zh",
    "ar",
    "tr",
    "he",
    "uk",
    "cs",
    "sv",
    "fi",
    "da",
    "nb",
    "ro",
    "hu",
    "el",
    "th",
    "vi",
    "id",
    "ms",
    "hi",
    "bg",
    "sk",
    "lt",
    "lv",
    "et",
    "sl",
    "hr",
]

# When the text is too short to tell, a buyer's country is a better guess than English.
COUNTRY_LANGUAGE = {
    "ES": "es",
    "MX": "es",
    "AR": "es",
    "CL": "es",
    "CO": "es",
    "PE": "es",
    "FR": "fr",
    "BE": "fr",
    "BR": "pt",
    "PT": "pt",
    "DE": "de",
    "AT": "de",
    "CH": "de",
    "RU": "ru",
    "BY": "ru",
    "KZ": "ru",
    "PL": "pl",
    "IT": "it",
    "NL": "nl",
    "KR": "ko",
    "JP": "ja",
    "CN": "zh",
    "TW": "zh",
    "SA": "ar",
    "AE": "ar",
    "EG": "ar",
    "TR": "tr",
    "IL": "he",
    "UA": "uk",
    "CZ": "cs",
    "SE": "sv",
    "FI": "fi",
    "DK": "da",
    "NO": "nb",
    "RO": "ro",
    "HU": "hu",
    "GR": "el",
    "TH": "th",
    "VN": "vi",
    "ID": "id",
    "MY": "ms",
    "IN": "hi",
    "BG": "bg",
    "SK": "sk",
    "LT": "lt",
    "LV": "lv",
    "EE": "et",
    "SI": "sl",
    "HR": "hr",
    "US": "en",
    "GB": "en",
    "AU": "en",
    "CA": "en",
    "NZ": "en",
    "IE": "en",
}
# lingua spreads confidence over all candidates; ~0.2 separates real signal from guesses.
MIN_CONFIDENCE = 0.2
_lock = threading.Lock()


@cache
def _detector() -> LanguageDetector:
    # Built once per process, lazily: language models load on first use, not at import.
    langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in SUPPORTED]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def _confidences(text: str) -> list[tuple[str, float]]:
    """(language, confidence) for every candidate, best first; empty when lingua cannot tell."""
    if not text.strip():
        return []
    with _lock:  # lingua's lazy model loading is not documented as thread-safe
        values = _detector().compute_language_confidence_values(text)
    return [(v.language.iso_code_639_1.name.lower(), float(v.value)) for v in values]


def detect(text: str) -> tuple[str | None, float]:
    """Best language of a text and lingua's confidence in it (None when it cannot tell)."""
    values = _confidences(text)
    return values[0] if values else (None, 0.0)


def detect_versus(text: str, expected: str) -> tuple[str | None, float, float]:
    """Like `detect`, plus lingua's confidence that the text is in `expected` (0.0 when it is
    not a candidate): a short sentence spreads its confidence over close languages, but the
    language it is not in gets next to nothing."""
    values = _confidences(text)
    if not values:
        return None, 0.0, 0.0
    mine = next((value for lang, value in values if lang == expected), 0.0)
    return values[0][0], values[0][1], mine


def primary(tag: str) -> str:
    return tag.replace("_", "-").split("-")[0].lower()


def _plainly_in(text: str) -> tuple[str, str] | None:
    # Imported here: the checks import this module, and deciding alone needs none of them.
    # The sample is as long as the one a reply's language is judged by.
    from disputedraft.checks.context import DETECTION_LETTERS
    from disputedraft.checks.lexicon import default_lexicon
    from disputedraft.checks.plain_language import plainly_in
    from disputedraft.checks.text import spread_sample

    return plainly_in(spread_sample(text, DETECTION_LETTERS), default_lexicon())


def buyer_language(dispute: Dispute) -> tuple[str, str]:
    """(language, how it was found): profile, detected, country, or default. A text whose words
    or script leave no doubt is not read by lingua, 2-5 ms a text when languages alternate."""
    if dispute.buyer and dispute.buyer.language:
        return primary(dispute.buyer.language), "profile"
    text = "\n".join(dispute.buyer_texts())
    plain = _plainly_in(text) if text.strip() else None
    if plain is not None:
        return plain[0], f"detected ({plain[1]})"
    lang, confidence = detect(text)
    if lang and confidence >= MIN_CONFIDENCE:
        return lang, f"detected ({confidence:.2f})"
    country = (dispute.buyer.country or "").upper() if dispute.buyer else ""
    if country in COUNTRY_LANGUAGE:
        return COUNTRY_LANGUAGE[country], "country"
    if lang:
        return lang, f"detected, low confidence ({confidence:.2f})"
    return "en", "default"


def language_name(code: str) -> str:
    """English name of a language code, for prompts ("es" -> "Spanish")."""
    try:
        return Language.from_iso_code_639_1(getattr(IsoCode639_1, primary(code).upper())).name.title()
    except AttributeError:
        return code
