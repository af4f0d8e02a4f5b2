"""Getting decisions to the shop's order system ("upstream") exactly once.

contract    the wire format of docs/upstream-api.yaml: requests, signatures, what answers mean
adapters    HTTP (http.client, keep-alive) and file-drop delivery behind one interface
dispatcher  claims outbox events with leases, sends them in order per RMA, records outcomes
events      what a lead sees and does with an event: attempts, retry, resolve by hand
sandbox     a real HTTP server implementing the contract, for demo mode and tests
pull        expected returns from upstream (GET /returns), page by page, into the importer
verbs       the command-line verbs: dispatch, sandbox-upstream, pull, upstream-events
"""
