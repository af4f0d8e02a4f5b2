"""The stored words (db/enums.py) as people read them: `word(value)` -> a Text.

The database keeps 'return_to_vendor' so every bench and upstream agree on it; the bench shows
"return to vendor", "retur till leverantör" or "terug naar leverancier".  A value a site added
itself (VARCHARs, see db/enums.py) is shown as stored, underscores as spaces.
"""

from __future__ import annotations

from receiving_station.text import Text, plain

WORDS: dict[str, Text] = {
    # roles
    "staff": plain("vocabulary", "staff"),
    "lead": plain("vocabulary", "shift lead"),
    "supervisor": plain("vocabulary", "supervisor"),
    # dispositions
    "restock": plain("vocabulary", "restock"),
    "refurbish": plain("vocabulary", "refurbish"),
    "repair": plain("vocabulary", "repair"),
    "return_to_vendor": plain("vocabulary", "return to vendor"),
    "liquidate": plain("vocabulary", "liquidate"),
    "donate": plain("vocabulary", "donate"),
    "recycle": plain("vocabulary", "recycle"),
    "discard": plain("vocabulary", "discard"),
    "return_to_customer": plain("vocabulary", "return to customer"),
    "quarantine": plain("vocabulary", "quarantine"),
    # exception types
    "blind_return": plain("vocabulary", "blind return"),
    "unexpected_item": plain("vocabulary", "unexpected item"),
    "missing_item": plain("vocabulary", "missing item"),
    "wrong_item": plain("vocabulary", "wrong item"),
    "serial_mismatch": plain("vocabulary", "serial mismatch"),
    "weight_mismatch": plain("vocabulary", "weight mismatch"),
    "outside_window": plain("vocabulary", "outside the return window"),
    "non_returnable": plain("vocabulary", "non-returnable"),
    "damaged_in_transit": plain("vocabulary", "damaged in transit"),
    "upstream_rejected": plain("vocabulary", "refused by the shop"),
    "device_fault": plain("vocabulary", "device fault"),
    "review": plain("vocabulary", "review"),
    # exception and unit states
    "open": plain("vocabulary", "open"),
    "claimed": plain("vocabulary", "claimed"),
    "resolved": plain("vocabulary", "resolved"),
    "received": plain("vocabulary", "received"),
    "graded": plain("vocabulary", "graded"),
    "confirmed": plain("vocabulary", "confirmed"),
    "held": plain("vocabulary", "held"),
    "cancelled": plain("vocabulary", "cancelled"),
    "closed": plain("vocabulary", "closed"),
    "expected": plain("vocabulary", "expected"),
    # outbox
    "pending": plain("vocabulary", "waiting"),
    "sending": plain("vocabulary", "sending"),
    "sent": plain("vocabulary", "sent"),
    "refused": plain("vocabulary", "refused"),
    "refund": plain("vocabulary", "refund"),
    "exchange": plain("vocabulary", "exchange"),
    "store_credit": plain("vocabulary", "store credit"),
    "status": plain("vocabulary", "customer message"),
    "exchange_release": plain("vocabulary", "exchange release"),
    "status_event": plain("vocabulary", "customer message"),
    # channels
    "post": plain("vocabulary", "post"),
    "store": plain("vocabulary", "store"),
    "portal": plain("vocabulary", "portal"),
}


def word(value: str | None) -> str:
    """A stored value as a word people read (a Text when the station knows it)."""
    if value is None:
        return ""
    known = WORDS.get(str(value))
    return known if known is not None else str(value).replace("_", " ")
