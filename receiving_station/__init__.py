"""Receiving Station core: domain rules and use cases.  Never imports Qt (docs/architecture.md)."""

__version__ = "0.1.0"
