"""What the policy layer hands to drafting: the remedy, why, and everything a draft may say."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from disputedraft.policy.spec import Concept, OfferKind


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class RequiredPoint(_Out):
    id: str
    say: str
    example: str | None = None
    # fact name -> the exact text the point must quote (only facts the dispute knows)
    mention: dict[str, str] = Field(default_factory=dict)
    # facts the point would quote but the dispute does not give: the drafter must not make one up
    missing: list[str] = Field(default_factory=list)


class Offer(_Out):
    kind: OfferKind
    max_amount: Decimal | None = None
    currency: str | None = None
    max_pct: Decimal | None = None
    days: int | None = None


class DraftFacts(_Out):
    """The only facts a draft may state; the no-invented-facts check works from these."""

    store_name: str
    signature: str
    buyer_name: str | None = None
    order_id: str | None = None
    items: list[str] = Field(default_factory=list)
    order_total: Decimal | None = None
    currency: str | None = None
    item_prices: list[Decimal] = Field(default_factory=list)
    carrier: str | None = None
    tracking_number: str | None = None
    reship_tracking_number: str | None = None
    return_tracking_number: str | None = None
    return_address: str | None = None
    protection_extension_days: int | None = None
    partial_refund_cap: Decimal | None = None
    evidence_requested: str | None = None
    dates: list[str] = Field(default_factory=list)


class Decision(_Out):
    dispute_id: str
    remedy: str
    title: str
    rule: str
    # which of the remedy's variants applies ("damaged", "buyer", "absent"), when it has any
    variant: str | None = None
    reasons: list[str]
    handbook: str
    required_points: list[RequiredPoint]
    forbidden: list[Concept]
    must_not: list[str]
    allowed_offers: list[Offer]
    seller_actions: list[str]
    keep_evidence: list[str]
    respond_by: datetime | None = None
    facts: DraftFacts
    policy_version: str
    human_review_reason: str | None = None

    @property
    def needs_model(self) -> bool:
        return self.human_review_reason is None
