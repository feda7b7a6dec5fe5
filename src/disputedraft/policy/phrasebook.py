"""Example sentences in the buyer's language (`policies/phrasebook/<lang>.yaml`).

The 1.5B default model, shown an English example and told to write Russian, answers in
English or in a mix about one time in five. Shown the same sentence in Russian, it adapts it.
The phrasebook is policy data like the handbook: it says how each point is put in each
language. It decides nothing and excuses nothing: every draft still passes the same checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from disputedraft.errors import PolicyError
from disputedraft.policy.decide import fill, mention_values
from disputedraft.policy.decision import Decision
from disputedraft.policy.loader import HUMAN_REVIEW, PLACEHOLDER_PATTERN, default_policy, validated
from disputedraft.policy.spec import PolicySpec
from disputedraft.resources import data_path


class _Book(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RemedyPhrases(_Book):
    points: dict[str, str] = Field(default_factory=dict)
    # variant -> point id -> sentence, for the points only that variant has
    variants: dict[str, dict[str, str]] = Field(default_factory=dict)


class Phrasebook(_Book):
    language: str = Field(pattern=r"^[a-z]{2}$")
    greeting: str = Field(min_length=3, description="Greeting with {buyer_name}.")
    # An upset buyer gets this after the greeting: the point sentences are calm and factual,
    # and a small model copying them word for word never said sorry to a furious buyer.
    sorry: str = Field(min_length=3, description="Sorry for the trouble, we understand how you feel.")
    closing: str = Field(min_length=3, description="A friendly closing sentence, no signature.")
    # decide() signs "<store> team" when the seller set no signature: it runs before the
    # reply's language is known, and "Casa Brava team" under a Spanish reply reads as a slip.
    signature: str = Field(min_length=3, description="The store's signature, with {store_name}.")
    # variant of a remedy with `evidence_requested` -> the same request in this language
    evidence_requested: dict[str, str] = Field(default_factory=dict)
    remedies: dict[str, RemedyPhrases]


@dataclass(frozen=True)
class Localized:
    """The filled example sentences for one decision in one language."""

    greeting: str | None
    sorry: str
    points: dict[str, str]
    closing: str


def _sentence(book: Phrasebook, remedy: str, variant: str | None, point: str) -> str | None:
    phrases = book.remedies.get(remedy)
    if phrases is None:
        return None
    if variant is not None and point in phrases.variants.get(variant, {}):
        return phrases.variants[variant][point]
    return phrases.points.get(point)


def problems(book: Phrasebook, spec: PolicySpec) -> list[str]:
    """Everything that keeps a phrasebook from matching the handbook, one line each."""
    out: list[str] = []
    drafted = [name for name, r in spec.remedies.items() if name != HUMAN_REVIEW and r.model_call]
    for name in book.remedies.keys() - set(drafted):
        out.append(f"remedies.{name}: not a drafted remedy of the handbook")
    if "{buyer_name}" not in book.greeting:
        out.append("greeting: must contain {buyer_name}")
    if "{store_name}" not in book.signature:
        out.append("signature: must contain {store_name}")
    for remedy in drafted:
        known: set[str] = set()
        for variant, points in spec.remedies[remedy].point_sets():
            for point in points:
                known.add(point.id)
                where = f"remedies.{remedy}" + (f".variants.{variant}" if variant else "") + f".{point.id}"
                text = _sentence(book, remedy, variant, point.id)
                if text is None:
                    out.append(f"{where}: missing")
                    continue
                wanted = set(PLACEHOLDER_PATTERN.findall(point.example or point.say))
                got = set(PLACEHOLDER_PATTERN.findall(text))
                if wanted != got:
                    out.append(f"{where}: placeholders {sorted(got)} but the handbook's are {sorted(wanted)}")
        phrases = book.remedies.get(remedy, RemedyPhrases())
        for variant, by_point in phrases.variants.items():
            if variant not in spec.remedies[remedy].variants:
                out.append(f"remedies.{remedy}.variants.{variant}: not a variant of this remedy")
            out += [f"remedies.{remedy}.variants.{variant}.{p}: not a point" for p in by_point.keys() - known]
        out += [f"remedies.{remedy}.points.{p}: not a point" for p in phrases.points.keys() - known]
    evidence_variants = {name for r in spec.remedies.values() for name, v in r.variants.items() if v.evidence_requested}
    for name in sorted(evidence_variants - book.evidence_requested.keys()):
        out.append(f"evidence_requested.{name}: missing")
    return out


def load_phrasebook(path: Path, spec: PolicySpec) -> Phrasebook:
    book = validated(Phrasebook, path)
    if path.stem != book.language:
        raise PolicyError(str(path), [f"language: {book.language!r} but the file is named {path.name}"])
    found = problems(book, spec)
    if found:
        raise PolicyError(str(path), found)
    return book


@lru_cache(maxsize=8)
def _phrasebooks(directory: str) -> dict[str, Phrasebook]:
    spec = default_policy().spec
    return {p.stem: load_phrasebook(p, spec) for p in sorted(Path(directory).glob("*.yaml"))}


def phrasebooks() -> dict[str, Phrasebook]:
    return _phrasebooks(data_path("policies", "phrasebook"))


def _book(language: str) -> Phrasebook | None:
    return phrasebooks().get(language.split("-", 1)[0].lower())


def signed_in(decision: Decision, language: str) -> Decision:
    """`decision` with the default signature in `language` ("El equipo de Casa Brava" for
    "Casa Brava team"); unchanged when the phrasebook has no such language. Only for a seller
    who set no signature: one they set is theirs, and stays as written."""
    book = _book(language)
    if book is None:
        return decision
    signature = book.signature.replace("{store_name}", decision.facts.store_name)
    return decision.model_copy(update={"facts": decision.facts.model_copy(update={"signature": signature})})


def localized(decision: Decision, language: str) -> Localized | None:
    """The decision's example sentences in `language` (a tag such as "pt-BR"), or None when
    the phrasebook has no such language."""
    book = _book(language)
    if book is None or not decision.needs_model:
        return None
    values = mention_values(decision.facts)
    evidence = book.evidence_requested.get(decision.variant or "") if decision.facts.evidence_requested else None
    points = {}
    for point in decision.required_points:
        text = _sentence(book, decision.remedy, decision.variant, point.id)
        if text is None:  # a policy changed under a loaded phrasebook: fall back to English
            return None
        points[point.id] = fill(text, values, evidence)
    name = decision.facts.buyer_name
    greeting = book.greeting.replace("{buyer_name}", name) if name else None
    return Localized(greeting=greeting, sorry=book.sorry, points=points, closing=book.closing)


__all__ = [
    "Localized",
    "Phrasebook",
    "RemedyPhrases",
    "load_phrasebook",
    "localized",
    "phrasebooks",
    "problems",
    "signed_in",
]
