"""The bench use cases: open a parcel, weigh it, receive, grade, confirm and close.

Every operation is one writing transaction (db.engine.write_transaction): the state change,
its audit lines, the exceptions it raises, the outbox events and the label job are committed
together or not at all.  Operations return an `OperationResult` that says what changed, built
from plain views (receiving_station.receiving.views), so the caller (the bench worker thread, the replay
command, a test) never holds an ORM object.

Refused actions raise `WorkflowError` (or a subclass) with a sentence for the person at the
bench; nothing is written then.  Anomalies are not errors: a wrong item, a light parcel, a late
return are received and recorded, and go to the exception queue with their evidence.

Threading: a `Workflow` is safe to share; each call opens its own session.  The UI calls it
from its single bench worker so scans are handled in arrival order.
"""

from __future__ import annotations

from receiving_station.receiving.parcels import ParcelOperations
from receiving_station.receiving.units import UnitOperations


class Workflow(ParcelOperations, UnitOperations):
    """The bench use cases over one database and one rule set: parcels (receiving/parcels.py)
    and units (receiving/units.py), sharing receiving/base.py."""
