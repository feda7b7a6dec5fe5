"""The finite facts that rules are written over, and how a dispute maps onto them.

Keeping rules over a small, enumerable set of facts is what lets the linter prove the
table total: every combination of these domains can be tried.
"""

from __future__ import annotations

from collections.abc import Mapping

from disputedraft.contract import (
    Dispute,
    Payer,
    Problem,
    Reason,
    ReshipAnswer,
    ReturnStatus,
    Ruling,
    ShipmentStatus,
    Stage,
)

FactValue = str | bool | None


def _values(
    enum: type[Problem]
    | type[Reason]
    | type[Stage]
    | type[ShipmentStatus]
    | type[Payer]
    | type[ReshipAnswer]
    | type[Ruling]
    | type[ReturnStatus],
) -> tuple[str, ...]:
    return tuple(m.value for m in enum)


FACT_DOMAINS: Mapping[str, tuple[FactValue, ...]] = {
    "stage": _values(Stage),
    "reason": _values(Reason),
    "problem": (*_values(Problem), None),
    "shipment_status": _values(ShipmentStatus),
    "duties_payer": (*_values(Payer), None),
    "reship_answer": _values(ReshipAnswer),
    "seller_evidence_submitted": (False, True),
    "buyer_evidence_given": (False, True),
    "platform_ruling": (*_values(Ruling), None),
    "return_status": (*_values(ReturnStatus), None),
    "return_address_known": (False, True),
}


def facts_of(dispute: Dispute, return_address: str | None) -> dict[str, FactValue]:
    """Only structured fields feed the facts: buyer text can never move a rule."""
    shipment = dispute.shipment
    return {
        "stage": dispute.stage.value,
        "reason": dispute.reason.value,
        "problem": dispute.problem.value if dispute.problem else None,
        "shipment_status": shipment.status.value if shipment else ShipmentStatus.unknown.value,
        "duties_payer": shipment.duties_payer.value if shipment and shipment.duties_payer else None,
        "reship_answer": dispute.reship.buyer_answer.value,
        "seller_evidence_submitted": dispute.seller_evidence_submitted,
        "buyer_evidence_given": bool(dispute.buyer_evidence),
        "platform_ruling": dispute.platform_ruling.value if dispute.platform_ruling else None,
        "return_status": dispute.return_shipment.status.value if dispute.return_shipment else None,
        "return_address_known": bool(return_address),
    }


def is_possible(facts: Mapping[str, FactValue]) -> bool:
    """Combinations the contract itself rejects need no rule."""
    return not (facts["reason"] == Reason.not_received.value and facts["problem"] is not None)
