"""The bench's use cases: open a parcel, weigh it, receive, grade, confirm and cancel units,
close and reopen parcels (`workflow`), each one transaction returning an `OperationResult`,
and the snapshots the screens show (`views`)."""
