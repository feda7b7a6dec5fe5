"""Schema of the policy files under `policies/`: rules, remedies and the default seller."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from disputedraft.policy.facts import FACT_DOMAINS

# Things a message can promise; the checker knows how each one is phrased per language.
Concept = Literal["refund", "discount", "compensation", "free_item", "reshipment"]
OfferKind = Literal["partial_refund", "return_and_refund", "reshipment", "protection_extension"]
# Facts a point may be required to quote verbatim (when the dispute knows them).
Mention = Literal[
    "tracking_number",
    "reship_tracking_number",
    "protection_extension_days",
    "partial_refund_cap",
    "return_address",
    "order_id",
]

FactValue = str | bool | None


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PointSpec(_Spec):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    say: str = Field(min_length=5, description="What the message must get across, for the drafter.")
    # A small model copies the register of an example sentence far better than it turns an
    # instruction ("say the seller ...") into first-person prose.
    example: str | None = Field(default=None, min_length=5, description="One English sentence making the point.")
    mention: list[Mention] = Field(default_factory=list)


class VariantSpec(_Spec):
    points: list[PointSpec] = Field(default_factory=list)
    evidence_requested: str | None = None
    seller_actions: list[str] = Field(default_factory=list)


class RemedySpec(_Spec):
    title: str
    handbook: str = Field(min_length=10, description="The handbook passage this remedy comes from.")
    points: list[PointSpec] = Field(default_factory=list)
    variant_by: Literal["problem", "duties_payer"] | None = None
    variants: dict[str, VariantSpec] = Field(default_factory=dict)
    offers: list[OfferKind] = Field(default_factory=list)
    forbidden: list[Concept] = Field(default_factory=list)
    must_not: list[str] = Field(default_factory=list, description="Plain-language limits for the drafter.")
    seller_actions: list[str] = Field(default_factory=list)
    keep_evidence: list[str] = Field(default_factory=list)
    model_call: bool = True

    def points_for(self, variant: str | None) -> list[PointSpec]:
        """The points a message must make: the remedy's own, then those of its variant."""
        return [*self.points, *(self.variants[variant].points if variant else [])]

    def point_sets(self) -> list[tuple[str | None, list[PointSpec]]]:
        """Every (variant, points) a Decision of this remedy can carry."""
        return [(name, self.points_for(name)) for name in self.variants] or [(None, self.points_for(None))]


Condition = FactValue | list[FactValue]


class RuleSpec(_Spec):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    remedy: str
    when: dict[str, Condition]
    why: str = Field(min_length=5)

    @field_validator("when")
    @classmethod
    def _known_facts(cls, when: dict[str, Condition]) -> dict[str, Condition]:
        for fact, cond in when.items():
            if fact not in FACT_DOMAINS:
                raise ValueError(f"unknown fact {fact!r}; known: {sorted(FACT_DOMAINS)}")
            values = cond if isinstance(cond, list) else [cond]
            bad = [v for v in values if v not in FACT_DOMAINS[fact]]
            if bad:
                raise ValueError(f"{fact}: {bad!r} not in {list(FACT_DOMAINS[fact])}")
        return when

    def matches(self, facts: dict[str, FactValue]) -> bool:
        return all(_satisfied(cond, facts[fact]) for fact, cond in self.when.items())

    def first_miss(self, facts: dict[str, FactValue]) -> str | None:
        for fact, cond in self.when.items():
            if not _satisfied(cond, facts[fact]):
                return f"{fact} is {_show(facts[fact])}, rule needs {_show(cond)}"
        return None


def _satisfied(cond: Condition, value: FactValue) -> bool:
    return value in cond if isinstance(cond, list) else value == cond


def _show(v: Condition) -> str:
    if isinstance(v, list):
        return " or ".join(_show(x) for x in v)
    if v is None:
        return "absent"
    return str(v).lower() if isinstance(v, bool) else str(v)


class SellerProfile(_Spec):
    store_name: str
    signature: str | None = None
    max_partial_refund_pct: Decimal = Field(ge=0, le=100)
    protection_extension_days: int = Field(ge=1, le=120)
    return_address: str | None = None
    response_hours: int = Field(ge=1, le=240)


class PolicySpec(_Spec):
    version: str
    rules: list[RuleSpec]
    remedies: dict[str, RemedySpec]
    global_must_not: list[str] = Field(default_factory=list)
