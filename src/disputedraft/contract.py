"""The dispute contract: the one public input format shared by the CLI, API, batch and evals."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator


class Reason(StrEnum):
    not_received = "not_received"
    not_as_described = "not_as_described"


class Problem(StrEnum):
    wrong_item = "wrong_item"
    size_or_fit = "size_or_fit"
    color_or_appearance = "color_or_appearance"
    quality = "quality"
    not_working = "not_working"
    damaged = "damaged"
    missing_parts = "missing_parts"
    counterfeit = "counterfeit"
    other = "other"


class Stage(StrEnum):
    open = "open"
    escalated = "escalated"
    ruled = "ruled"


class ShipmentStatus(StrEnum):
    in_transit = "in_transit"
    customs_hold = "customs_hold"
    lost = "lost"
    delivered = "delivered"
    returned_to_sender = "returned_to_sender"
    unknown = "unknown"


class Payer(StrEnum):
    buyer = "buyer"
    seller = "seller"


class ReshipAnswer(StrEnum):
    not_asked = "not_asked"
    asked = "asked"
    agreed = "agreed"
    declined = "declined"


class EvidenceKind(StrEnum):
    photo = "photo"
    video = "video"
    document = "document"
    screenshot = "screenshot"
    other = "other"


class Ruling(StrEnum):
    return_and_refund = "return_and_refund"
    refund = "refund"
    partial_refund = "partial_refund"
    seller_favour = "seller_favour"


class ReturnStatus(StrEnum):
    not_shipped = "not_shipped"
    in_transit = "in_transit"
    received = "received"


class Author(StrEnum):
    buyer = "buyer"
    seller = "seller"
    platform = "platform"


NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
# BCP-47 is richer than this, but a primary subtag with optional region/script is what
# buyers' profiles carry; anything else is more likely a typo than a real tag.
LanguageTag = Annotated[
    str, StringConstraints(strip_whitespace=True, pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
]
Currency = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[A-Z]{3}$")]
When = datetime | date
# No order is worth more; beyond ~1e26 decimal arithmetic on caps would overflow its context.
MAX_AMOUNT = Decimal("1e12")


class _Strict(BaseModel):
    # Unknown keys inside nested objects are almost always typos ("stauts"): reject them.
    model_config = ConfigDict(extra="forbid", frozen=True)


class Shipment(_Strict):
    status: ShipmentStatus = ShipmentStatus.unknown
    carrier: NonEmpty | None = None
    tracking_number: NonEmpty | None = None
    shipped_at: When | None = None
    duties_payer: Payer | None = None


class Reship(_Strict):
    buyer_answer: ReshipAnswer = ReshipAnswer.not_asked
    tracking_number: NonEmpty | None = None


class Evidence(_Strict):
    kind: EvidenceKind
    note: str | None = None


class ReturnShipment(_Strict):
    status: ReturnStatus = ReturnStatus.not_shipped
    tracking_number: NonEmpty | None = None


class Item(_Strict):
    title: NonEmpty
    quantity: int = Field(default=1, ge=1)
    unit_price: Decimal = Field(ge=0, le=MAX_AMOUNT)


class Order(_Strict):
    id: NonEmpty
    items: list[Item] = Field(default_factory=list)
    total: Decimal = Field(ge=0, le=MAX_AMOUNT)
    currency: Currency
    placed_at: When | None = None


class Buyer(_Strict):
    name: NonEmpty
    country: str | None = None
    language: LanguageTag | None = None


class Message(_Strict):
    author: Author
    text: str
    at: When | None = None


class SellerOverrides(_Strict):
    """What a dispute may say about its seller; anything left out comes from the default profile."""

    store_name: NonEmpty | None = None
    signature: NonEmpty | None = None
    max_partial_refund_pct: Decimal | None = Field(default=None, ge=0, le=100)
    protection_extension_days: int | None = Field(default=None, ge=1, le=120)
    return_address: NonEmpty | None = None
    response_hours: int | None = Field(default=None, ge=1, le=240)


class Dispute(BaseModel):
    # Top-level extras are tolerated (callers attach their own bookkeeping) and reported
    # as warnings by the CLI, so a misspelt field still gets noticed.
    model_config = ConfigDict(extra="allow", frozen=True)

    id: NonEmpty
    reason: Reason
    problem: Problem | None = None
    stage: Stage
    shipment: Shipment | None = None
    reship: Reship = Field(default_factory=Reship)
    seller_evidence_submitted: bool = False
    buyer_evidence: list[Evidence] = Field(default_factory=list)
    platform_ruling: Ruling | None = None
    return_shipment: ReturnShipment | None = None
    order: Order | None = None
    buyer: Buyer | None = None
    messages: list[Message] = Field(default_factory=list)
    opened_at: When | None = None
    seller: SellerOverrides | None = None

    @model_validator(mode="after")
    def _problem_only_for_not_as_described(self) -> Dispute:
        if self.problem is not None and self.reason is Reason.not_received:
            raise ValueError("'problem' only applies when reason is 'not_as_described'")
        return self

    @property
    def unknown_fields(self) -> list[str]:
        return sorted((self.model_extra or {}).keys())

    def buyer_texts(self) -> list[str]:
        return [m.text for m in self.messages if m.author is Author.buyer and m.text.strip()]
