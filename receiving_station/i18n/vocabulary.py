"""The stored words (db/enums.py) as people read them: `word(value)` -> a Text.

The database keeps 'return_to_vendor' so every bench and upstream agree on it; the bench shows
"return to vendor", "retur till leverantör" or "terug naar leverancier".  A value a site added
itself (VARCHARs, see db/enums.py) is shown as stored, underscores as spaces.
"""

from __future__ import annotations

from receiving_station.i18n.text import Text, plain

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
    "retry": plain("vocabulary", "will try again"),
    # label jobs
    "queued": plain("vocabulary", "queued"),
    "printed": plain("vocabulary", "printed"),
    "failed": plain("vocabulary", "failed"),
    # what a return window counts from
    "delivery": plain("vocabulary", "delivery"),
    "purchase": plain("vocabulary", "purchase"),
    "unknown": plain("vocabulary", "unknown"),
    # channels
    "post": plain("vocabulary", "post"),
    "store": plain("vocabulary", "store"),
    "portal": plain("vocabulary", "portal"),
    # how an exception was resolved
    "refund_approved": plain("vocabulary", "refund approved"),
    "refund_partial": plain("vocabulary", "refunded in part"),
    "returned_to_customer": plain("vocabulary", "returned to the customer"),
    "cancelled_at_bench": plain("vocabulary", "cancelled at the bench"),
    "retried": plain("vocabulary", "sent again"),
    "resolved_by_hand": plain("vocabulary", "resolved by hand"),
    # what the audit log records (an exception's history, the bench's scan log)
    "exception_raised": plain("vocabulary", "exception raised"),
    "exception_updated": plain("vocabulary", "exception updated"),
    "exception_claimed": plain("vocabulary", "claimed"),
    "exception_released": plain("vocabulary", "released"),
    "exception_reassigned": plain("vocabulary", "reassigned"),
    "exception_note": plain("vocabulary", "note"),
    "exception_contact_requested": plain("vocabulary", "customer service asked"),
    "exception_resolved": plain("vocabulary", "exception resolved"),
    "exception_unit_regraded": plain("vocabulary", "unit re-graded"),
    "unit_regraded": plain("vocabulary", "re-graded"),
    "parcel_opened": plain("vocabulary", "parcel opened"),
    "parcel_closed": plain("vocabulary", "parcel closed"),
    "parcel_reopened": plain("vocabulary", "parcel reopened"),
    "weight_recorded": plain("vocabulary", "weighed"),
    "unit_received": plain("vocabulary", "item scanned"),
    "serial_recorded": plain("vocabulary", "serial number recorded"),
    "unit_graded": plain("vocabulary", "graded"),
    "unit_ungraded": plain("vocabulary", "grade taken back"),
    "unit_confirmed": plain("vocabulary", "decision confirmed"),
    "unit_cancelled": plain("vocabulary", "item cancelled"),
    "label_reprinted": plain("vocabulary", "label reprinted"),
    "label_batch_printed": plain("vocabulary", "labels printed"),
    "upstream_refused": plain("vocabulary", "refused by the shop"),
    "upstream_event_retried": plain("vocabulary", "sent again"),
    "upstream_event_resolved": plain("vocabulary", "resolved by hand"),
    "signed_in": plain("vocabulary", "signed in"),
    "signed_out": plain("vocabulary", "signed out"),
}


def word(value: str | None) -> str:
    """A stored value as a word people read (a Text when the station knows it)."""
    if value is None:
        return ""
    known = WORDS.get(str(value))
    return known if known is not None else str(value).replace("_", " ")
