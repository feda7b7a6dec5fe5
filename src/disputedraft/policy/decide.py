"""decide(dispute) -> Decision: pure, deterministic, and blind to what the buyer wrote."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_DOWN, Decimal

from disputedraft.contract import Dispute
from disputedraft.policy.decision import Decision, DraftFacts, Offer, RequiredPoint
from disputedraft.policy.facts import FactValue, facts_of
from disputedraft.policy.loader import HUMAN_REVIEW, Policy, default_policy
from disputedraft.policy.spec import PointSpec, RemedySpec, RuleSpec, SellerProfile

# ISO 4217 currencies without minor units: a cap of "11670.00 KRW" reads wrong to a buyer.
ZERO_DECIMAL_CURRENCIES = frozenset(
    [
        "BIF",
        "CLP",
        "DJF",
        "GNF",
        "ISK",
        "JPY",
        "KMF",
        "KRW",
        "PYG",
        "RWF",
        "UGX",
        "UYI",
        "VND",
        "VUV",
        "XAF",
        "XOF",
        "XPF",
    ]
)


def _unit(currency: str | None) -> Decimal:
    return Decimal(1) if currency in ZERO_DECIMAL_CURRENCIES else Decimal("0.01")


def merged_seller(dispute: Dispute, default: SellerProfile) -> SellerProfile:
    overrides = dispute.seller.model_dump(exclude_none=True) if dispute.seller else {}
    # A profile is frozen: with nothing to override, the default itself is the merged one
    # (a draft merges three times: deciding, signing, reading the facts).
    return default.model_copy(update=overrides) if overrides else default


def _as_utc(when: datetime | date) -> datetime:
    if isinstance(when, datetime):
        return when if when.tzinfo else when.replace(tzinfo=UTC)
    return datetime.combine(when, time(0, 0), tzinfo=UTC)


def money(amount: Decimal, currency: str | None) -> str:
    text = f"{amount.quantize(_unit(currency), rounding=ROUND_DOWN)}"
    return f"{text} {currency}" if currency else text


def _draft_facts(dispute: Dispute, seller: SellerProfile, variant_evidence: str | None) -> DraftFacts:
    order = dispute.order
    cap = None
    if order is not None:
        unit = _unit(order.currency)
        cap = (order.total * seller.max_partial_refund_pct / 100).quantize(unit, rounding=ROUND_DOWN)
    dates = [
        d.isoformat()[:10]
        for d in (
            dispute.opened_at,
            order.placed_at if order else None,
            dispute.shipment.shipped_at if dispute.shipment else None,
        )
        if d is not None
    ]
    return DraftFacts(
        store_name=seller.store_name,
        signature=seller.signature or f"{seller.store_name} team",
        buyer_name=dispute.buyer.name if dispute.buyer else None,
        order_id=order.id if order else None,
        items=[i.title for i in order.items] if order else [],
        order_total=order.total if order else None,
        currency=order.currency if order else None,
        item_prices=[i.unit_price for i in order.items] if order else [],
        carrier=dispute.shipment.carrier if dispute.shipment else None,
        tracking_number=dispute.shipment.tracking_number if dispute.shipment else None,
        reship_tracking_number=dispute.reship.tracking_number,
        return_tracking_number=dispute.return_shipment.tracking_number if dispute.return_shipment else None,
        return_address=seller.return_address,
        protection_extension_days=seller.protection_extension_days,
        partial_refund_cap=cap,
        evidence_requested=variant_evidence,
        dates=dates,
    )


def mention_values(facts: DraftFacts) -> dict[str, str | None]:
    cap = facts.partial_refund_cap
    return {
        "tracking_number": facts.tracking_number,
        "reship_tracking_number": facts.reship_tracking_number,
        "protection_extension_days": str(facts.protection_extension_days),
        "partial_refund_cap": money(cap, facts.currency) if cap is not None else None,
        "return_address": facts.return_address,
        "order_id": facts.order_id,
    }


def fill(text: str, values: dict[str, str | None], evidence: str | None) -> str:
    # Policy text is ours, but values come from the dispute: plain replacement, no templating.
    filled = text.replace("{evidence_requested}", evidence or "photos or a short video that show the problem")
    cap = values["partial_refund_cap"]
    filled = filled.replace("{partial_refund_cap}", cap or "an amount the seller will confirm")
    for key in ("protection_extension_days", "return_address"):
        filled = filled.replace("{" + key + "}", values[key] or "")
    return filled


def _points(specs: list[PointSpec], values: dict[str, str | None], evidence: str | None) -> list[RequiredPoint]:
    points = []
    for spec in specs:
        mention = {m: v for m in spec.mention if (v := values[m])}
        example = fill(spec.example, values, evidence) if spec.example else None
        missing = [m for m in spec.mention if m not in mention]
        points.append(
            RequiredPoint(
                id=spec.id, say=fill(spec.say, values, evidence), example=example, mention=mention, missing=missing
            )
        )
    return points


def _offers(remedy: RemedySpec, seller: SellerProfile, facts: DraftFacts) -> list[Offer]:
    offers = []
    for kind in remedy.offers:
        if kind == "partial_refund":
            offers.append(
                Offer(
                    kind=kind,
                    max_amount=facts.partial_refund_cap,
                    currency=facts.currency,
                    max_pct=seller.max_partial_refund_pct,
                )
            )
        elif kind == "protection_extension":
            offers.append(Offer(kind=kind, days=seller.protection_extension_days))
        elif kind == "return_and_refund":
            offers.append(Offer(kind=kind, max_amount=facts.order_total, currency=facts.currency))
        else:
            offers.append(Offer(kind=kind))
    return offers


def _fire(rules: list[RuleSpec], facts: dict[str, FactValue]) -> tuple[RuleSpec | None, list[str]]:
    """The first rule the facts match (as `first_match`), and the trace of why: each rule
    before it with its first unmet condition, then the rule itself. One pass: finding the rule
    and then tracing the ones skipped read their conditions twice."""
    trace = []
    for rule in rules:
        miss = rule.first_miss(facts)
        if miss is None:
            shown = ", ".join(f"{k}={facts[k]}" for k in rule.when)
            trace.append(f"matched {rule.id} ({shown}): {rule.why}")
            return rule, trace
        trace.append(f"skipped {rule.id}: {miss}")
    return None, trace


def first_match(rules: list[RuleSpec], facts: dict[str, FactValue]) -> RuleSpec | None:
    return next((r for r in rules if r.matches(facts)), None)


def decide(dispute: Dispute, policy: Policy | None = None) -> Decision:
    policy = policy or default_policy()
    spec = policy.spec
    seller = merged_seller(dispute, policy.seller)
    facts = facts_of(dispute, seller.return_address)
    rule, trace = _fire(spec.rules, facts)
    if rule is None:  # the linter proves this unreachable; stay safe if a policy was not linted
        remedy_id, rule_id = HUMAN_REVIEW, "no_rule_matched"
        reasons = ["no rule matched these facts: " + ", ".join(f"{k}={v}" for k, v in facts.items())]
    else:
        remedy_id, rule_id, reasons = rule.remedy, rule.id, trace
    remedy = spec.remedies[remedy_id]

    variant, variant_key = None, None
    if remedy.variant_by:
        key = facts[remedy.variant_by]
        variant_key = "absent" if key is None else str(key)
        variant = remedy.variants[variant_key]
        reasons.append(f"variant {remedy.variant_by}={variant_key}")
    evidence = variant.evidence_requested if variant else None
    draft_facts = _draft_facts(dispute, seller, evidence)
    values = mention_values(draft_facts)
    point_specs = remedy.points_for(variant_key)
    respond_by = None
    if dispute.opened_at is not None:
        respond_by = _as_utc(dispute.opened_at) + timedelta(hours=seller.response_hours)

    return Decision(
        dispute_id=dispute.id,
        remedy=remedy_id,
        title=remedy.title,
        rule=rule_id,
        variant=variant_key,
        reasons=reasons,
        handbook=remedy.handbook,
        required_points=_points(point_specs, values, evidence),
        forbidden=list(remedy.forbidden),
        must_not=[fill(t, values, evidence) for t in [*remedy.must_not, *spec.global_must_not]],
        allowed_offers=_offers(remedy, seller, draft_facts),
        seller_actions=[*remedy.seller_actions, *(variant.seller_actions if variant else [])],
        keep_evidence=list(remedy.keep_evidence),
        respond_by=respond_by,
        facts=draft_facts,
        policy_version=spec.version,
        human_review_reason=(reasons[-1] if remedy_id == HUMAN_REVIEW else None),
    )
