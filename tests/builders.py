"""Build contract documents for tests without repeating a whole dispute each time."""

from __future__ import annotations

import copy
from typing import Any

from disputedraft.contract import Dispute

BASE: dict[str, Any] = {
    "id": "D-1",
    "reason": "not_received",
    "stage": "open",
    "shipment": {"status": "in_transit", "carrier": "Cainiao", "tracking_number": "LP00123456789CN"},
    "order": {
        "id": "8123456789",
        "items": [{"title": "Bluetooth speaker", "quantity": 1, "unit_price": "42.00"}],
        "total": "42.00",
        "currency": "USD",
        "placed_at": "2026-10-02",
    },
    "buyer": {"name": "Maria", "country": "ES", "language": "es"},
    "messages": [{"author": "buyer", "text": "Hola, mi pedido todavía no ha llegado."}],
    "opened_at": "2026-11-20T09:30:00Z",
}


def doc(**changes: Any) -> dict[str, Any]:
    """BASE with top-level keys replaced; a value of None removes the key."""
    out = copy.deepcopy(BASE)
    for key, value in changes.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = value
    return out


def dispute(**changes: Any) -> Dispute:
    return Dispute.model_validate(doc(**changes))
