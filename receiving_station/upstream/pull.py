"""Pulling expected returns from upstream, page by page through the connector (the station's
contract: `GET /returns?updated_since=CURSOR`; Shopify: its open returns; WooCommerce: orders
in the configured statuses), each page imported exactly as a JSON import file is
(all-or-nothing per page, idempotent), the cursor stored after each page so the next pull
starts where this one ended."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, select

from db.engine import session_factory, write_transaction
from db.models import SyncCursor
from db.types import utcnow
from receiving_station.i18n.text import plural
from receiving_station.importing.importer import import_text
from receiving_station.importing.records import ImportFailed, ImportResult
from receiving_station.upstream.connector import Connector, ConnectorError

CURSOR_NAME = "upstream_returns"


class PullError(Exception):
    """The pull stopped; pages imported before it stay imported, the cursor says which."""


@dataclass
class PullResult:
    pages: int = 0
    returns: int = 0
    cursor: str = ""
    created: int = 0  # the pages' imports added up (a pull of a million returns keeps no list)
    updated: int = 0

    def add(self, imported: ImportResult) -> None:
        self.created += imported.rmas_created
        self.updated += imported.rmas_updated

    def describe(self) -> str:
        new, updated = self.created, self.updated
        return (
            f"pulled {self.returns} returns in {self.pages} {plural('page(s)', self.pages)} "
            f"({new} new, {updated} "
            f"updated); next pull continues from cursor {self.cursor!r}"
        )


def stored_cursor(engine: Engine) -> str:
    with session_factory(engine)() as session:
        return session.scalar(select(SyncCursor.value).where(SyncCursor.name == CURSOR_NAME)) or ""


def _store_cursor(engine: Engine, value: str) -> None:
    with write_transaction(session_factory(engine)) as session:
        row = session.get(SyncCursor, CURSOR_NAME)
        if row is None:
            session.add(SyncCursor(name=CURSOR_NAME, value=value, updated_at=utcnow()))
        else:
            row.value, row.updated_at = value, utcnow()


def pull_returns(
    engine: Engine,
    connector: Connector,
    *,
    limit: int = 500,
    restart: bool = False,
    max_pages: int = 10_000,
    progress: Callable[[str, int, int], None] | None = None,
) -> PullResult:
    """Pull page after page until upstream has no more.  `progress("pulling", returns so far,
    0)` after each page (how many there are in all is not known until the last page)."""
    result = PullResult(cursor="" if restart else stored_cursor(engine))
    for _ in range(max_pages):
        try:
            page = connector.pull_page(result.cursor, limit)
        except ConnectorError as exc:
            raise PullError(str(exc)) from exc
        if page.returns:
            try:
                imported = import_text(
                    engine,
                    json.dumps({"returns": page.returns}),
                    "json",
                    source="upstream pull"
                    if connector.platform == "station"
                    else f"upstream pull ({connector.platform})",
                )
            except ImportFailed as exc:
                listed = "; ".join(str(p) for p in exc.problems[:10])
                raise PullError(
                    f"upstream sent returns the station refuses (nothing of this page imported; "
                    f"cursor stays at {result.cursor!r}): {listed}"
                ) from exc
            result.add(imported)
            result.returns += len(page.returns)
        result.pages += 1
        if progress is not None:
            progress("pulling", result.returns, 0)
        if page.next_cursor != result.cursor:
            _store_cursor(engine, page.next_cursor)
            result.cursor = page.next_cursor
        if not page.has_more or not page.returns:
            break
    return result
