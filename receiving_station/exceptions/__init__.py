"""The exception queue a shift lead works: raising and resolving exceptions and the lead's
actions on them, claim to close (`actions`), and the queue's paged reads and a case's detail
(`queue`)."""
