"""Property tests: decide never raises on a valid dispute and always answers the same."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disputedraft.contract import (
    Dispute,
    EvidenceKind,
    Payer,
    Problem,
    ReshipAnswer,
    ReturnStatus,
    Ruling,
    ShipmentStatus,
    Stage,
)
from disputedraft.policy import decide, default_policy


def _enum(e: Any) -> st.SearchStrategy[str]:
    return st.sampled_from([m.value for m in e])


def _maybe(s: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | s


text = st.text(min_size=1, max_size=40).filter(lambda s: s.strip())
money = st.decimals(min_value=0, max_value=10_000, places=2, allow_nan=False, allow_infinity=False)


@st.composite
def disputes(draw: st.DrawFn) -> dict[str, Any]:
    reason = draw(st.sampled_from(["not_received", "not_as_described"]))
    doc: dict[str, Any] = {"id": draw(text), "reason": reason, "stage": draw(_enum(Stage))}
    if reason == "not_as_described" and draw(st.booleans()):
        doc["problem"] = draw(_enum(Problem))
    if draw(st.booleans()):
        doc["shipment"] = {
            "status": draw(_enum(ShipmentStatus)),
            "tracking_number": draw(_maybe(text)),
            "duties_payer": draw(_maybe(_enum(Payer))),
        }
    doc["reship"] = {"buyer_answer": draw(_enum(ReshipAnswer))}
    doc["seller_evidence_submitted"] = draw(st.booleans())
    doc["buyer_evidence"] = draw(st.lists(st.builds(dict, kind=_enum(EvidenceKind)), max_size=2))
    doc["platform_ruling"] = draw(_maybe(_enum(Ruling)))
    if draw(st.booleans()):
        doc["return_shipment"] = {"status": draw(_enum(ReturnStatus))}
    if draw(st.booleans()):
        price = draw(money)
        doc["order"] = {
            "id": draw(text),
            "items": [{"title": draw(text), "quantity": 1, "unit_price": price}],
            "total": price,
            "currency": draw(st.sampled_from(["USD", "EUR", "KRW"])),
        }
    if draw(st.booleans()):
        doc["buyer"] = {"name": draw(text)}
    doc["messages"] = draw(st.lists(st.builds(dict, author=st.just("buyer"), text=st.text(max_size=200)), max_size=3))
    if draw(st.booleans()):
        doc["seller"] = {"max_partial_refund_pct": draw(st.integers(0, 100)), "return_address": draw(_maybe(text))}
    if draw(st.booleans()):
        doc["opened_at"] = draw(st.datetimes()).isoformat()
    return doc


REMEDIES = set(default_policy().spec.remedies)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(disputes())
def test_decide_total_and_deterministic(doc: dict[str, Any]) -> None:
    dispute = Dispute.model_validate(doc)
    first = decide(dispute)
    assert first.remedy in REMEDIES
    assert first == decide(Dispute.model_validate(doc))
    assert (first.remedy == "human_review") == (first.required_points == [])
    for offer in first.allowed_offers:
        if offer.kind == "partial_refund" and offer.max_amount is not None and dispute.order:
            assert offer.max_amount <= dispute.order.total


@settings(max_examples=150)
@given(disputes(), st.text(max_size=300))
def test_buyer_text_is_irrelevant_to_the_decision(doc: dict[str, Any], injected: str) -> None:
    plain = decide(Dispute.model_validate({**doc, "messages": []}))
    noisy = decide(Dispute.model_validate({**doc, "messages": [{"author": "buyer", "text": injected}]}))
    assert plain == noisy
