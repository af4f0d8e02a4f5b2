"""The exception queue a shift lead works: an exception recorded with its evidence and resolved
by a decision (`record`), the lead's actions on it, claim to close (`actions`), the money a
decision moves, shown before it moves (`stakes`), and the queue's paged reads and a case's
detail (`queue`)."""
