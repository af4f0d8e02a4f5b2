"""The bench's use cases: open a parcel, weigh it, receive, grade, confirm and cancel units,
close and reopen parcels (`workflow` composes `parcels` and `units`), each one transaction
returning an `OperationResult` (`results`).  Each runs in an `Operation` (`base`): the session,
the moment, who acts where and the rules, with `audit()` and `flag()` for its audit line and its
exceptions.  The snapshots the screens show are `views`."""
