"""A stand-in for a Shopify shop's Admin GraphQL API, for demo mode and the tests: a real HTTP
server that answers `POST /admin/api/{version}/graphql.json` as shopify.dev documents it.

- the schema is resources/shopify/admin-2026-10.graphql (the types the station uses, field by
  field as the reference has them); every request is parsed and validated against it with
  graphql-core, so a document Shopify would refuse is refused here too, with GraphQL's errors;
- `X-Shopify-Access-Token` must be the shop's token (401 otherwise), and each operation needs
  its access scope (an `ACCESS_DENIED` error names the one missing);
- the cost-based throttle: a leaky bucket per shop (`maximum` points, `restore_rate` a second,
  100 for a Standard plan), every answer carrying `extensions.cost` (requested and actual cost,
  `throttleStatus`), a request costing more than is available answered `THROTTLED`;
- `refundCreate` honours `@idempotent(key:)` (required since 2026-04): a repeat with the same
  key and input answers the first result, another input under the key is refused;
- `returnProcess` confirms quantities with their dispositions (shopify_book.py);
- failure switches as the station's own sandbox has them (503s, slow answers, connections
  dropped after the change was made), and `/_standin/` pages to seed orders and read the books
  (no token: for tests and the demo on this machine only).
"""

from __future__ import annotations

import functools
import json
import re
import threading
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    GraphQLError,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    build_schema,
    execute_sync,
    get_named_type,
    is_abstract_type,
    parse,
    validate,
)
from graphql.language import Lexer, SelectionSetNode, Source, TokenKind
from graphql.type import GraphQLInterfaceType, GraphQLObjectType
from graphql.utilities import value_from_ast_untyped

from receiving_station.demo.sandbox import Faults
from receiving_station.demo.shopify_book import ShopifyBook, UserErrors
from receiving_station.demo.standins import JsonHandler, StandInServer

SCHEMA_FILE = (
    Path(__file__).resolve().parents[2] / "resources" / "shopify" / "admin-2026-10.graphql"
)
VERSIONS = ("2026-01", "2026-04", "2026-07", "2026-10")
PATH = re.compile(r"^/admin/api/(?P<version>[0-9]{4}-[0-9]{2})/graphql\.json$")
MUTATION_COST = 10
# What each root field needs (shopify.dev: read_returns for returns, write_returns for
# returnProcess, the orders scopes for orders and refunds; a write scope grants its read).
SCOPES = {
    "return": "read_returns",
    "returnProcess": "write_returns",
    "orders": "read_orders",
    "order": "read_orders",
    "refundCreate": "write_orders",
    "locations": "read_locations",
    "location": "read_locations",
}
ACCESS_DOCS = "https://shopify.dev/api/usage/access-scopes"
RATE_DOCS = "https://shopify.dev/api/usage/rate-limits"

_schema: GraphQLSchema | None = None


def schema() -> GraphQLSchema:
    global _schema
    if _schema is None:
        _schema = build_schema(SCHEMA_FILE.read_text(encoding="utf-8"))
    return _schema


@functools.lru_cache(maxsize=512)
def _checked(source: str) -> tuple[DocumentNode | None, list[Any]]:
    """A request's document parsed and validated against the schema, once per text (the
    connector sends the same few documents again and again).  A valid document's validation
    is also kept by its shape (`_shape`): each refundCreate's text is new, its idempotency key
    written in it, and validating it again was most of the stand-in's time."""
    try:
        document = parse(source)
    except GraphQLError as exc:
        return None, [exc.formatted]
    shape = _shape(source)
    if shape in _valid_shapes:
        return document, []
    problems = validate(schema(), document)
    if not problems:
        if len(_valid_shapes) >= 1024:  # a client writing new shapes all day: start again
            _valid_shapes.clear()
        _valid_shapes.add(shape)
    return document, [p.formatted for p in problems]


_valid_shapes: set[tuple[tuple[str, str | None], ...]] = set()  # (the connector's few)
_STRINGS = (TokenKind.STRING, TokenKind.BLOCK_STRING)


def _shape(source: str) -> tuple[tuple[str, str | None], ...]:
    """The document's tokens with each string's text left out: validation cannot tell two
    documents of one shape apart (a string literal is valid wherever one is, whatever it says:
    the schema's scalars are built from SDL and take any), so a shape valid once is valid.  An
    invalid document is validated each time (its errors carry their own positions)."""
    lexer = Lexer(Source(source))
    tokens: list[tuple[str, str | None]] = []
    token = lexer.advance()
    while token.kind != TokenKind.EOF:
        tokens.append((token.kind.value, None if token.kind in _STRINGS else token.value))
        token = lexer.advance()
    return tuple(tokens)


def _has(scopes: tuple[str, ...], needed: str) -> bool:
    return needed in scopes or needed.replace("read_", "write_") in scopes


# -- query cost (shopify.dev: objects 1, scalars and enums 0, connections times `first`) ---------


def query_cost(document: Any, operation: OperationDefinitionNode, variables: dict[str, Any]) -> int:
    s = schema()
    if operation.operation.value == "mutation":
        return MUTATION_COST
    root = s.query_type
    assert root is not None
    return _selection_cost(operation.selection_set, root, variables)


def _selection_cost(
    selection_set: SelectionSetNode | None, parent: Any, variables: dict[str, Any]
) -> int:
    if selection_set is None:
        return 0
    total = 0
    for selection in selection_set.selections:
        if isinstance(selection, InlineFragmentNode):
            target = parent
            if selection.type_condition is not None:
                target = schema().get_type(selection.type_condition.name.value) or parent
            total += _selection_cost(selection.selection_set, target, variables)
            continue
        if not isinstance(selection, FieldNode) or not isinstance(
            parent, GraphQLObjectType | GraphQLInterfaceType
        ):
            continue
        definition = parent.fields.get(selection.name.value)
        if definition is None:
            continue
        named = get_named_type(definition.type)
        if not isinstance(named, GraphQLObjectType | GraphQLInterfaceType) and not is_abstract_type(
            named
        ):
            continue
        first = 1
        for argument in selection.arguments or ():
            if argument.name.value == "first":
                value = value_from_ast_untyped(argument.value, variables)
                first = max(1, int(value or 1))
        total += 1 + first * _selection_cost(selection.selection_set, named, variables)
    return total


# -- execution -------------------------------------------------------------------------------------


def _resolve(source: Any, info: Any, **args: Any) -> Any:
    """Fields of the book's dicts: connections paged by `first`/`after` (the cursor is the
    node's position), lists cut at `first`, derived quantities worked out."""
    name = info.field_name
    if isinstance(source, dict):
        if name in _DERIVED:
            return _DERIVED[name](source)
        value = source.get(name)
    else:
        value = getattr(source, name, None)
    if callable(value):
        return value(info, **args)
    return_type = get_named_type(info.return_type)
    if isinstance(value, list) and return_type.name.endswith("Connection"):
        return _page(value, args.get("first"), args.get("after"))
    if isinstance(value, list) and args.get("first") is not None:
        return value[: args["first"]]
    return value


def _page(items: list[Any], first: int | None, after: str | None) -> dict[str, Any]:
    start = int(after) + 1 if after and after.isdigit() else 0
    count = len(items) if first is None else max(0, min(first, 250))
    chosen = items[start : start + count]
    end = start + len(chosen) - 1
    return {
        "nodes": chosen,
        "pageInfo": {
            "hasNextPage": start + len(chosen) < len(items),
            "hasPreviousPage": start > 0,
            "startCursor": str(start) if chosen else None,
            "endCursor": str(end) if chosen else None,
        },
    }


_DERIVED = {
    "processableQuantity": lambda d: d["quantity"] - d["processedQuantity"],
    "unprocessedQuantity": lambda d: d["quantity"] - d["processedQuantity"],
    "refundableQuantity": lambda d: d["processedQuantity"] - d.get("refundedQuantity", 0),
    "currentQuantity": lambda d: d["quantity"] - d.get("refundedQuantity", 0),
    "totalQuantity": lambda d: (
        sum(line["quantity"] for line in d["returnLineItems"])
        if "returnLineItems" in d
        else d.get("totalQuantity")
    ),
}


class _Root:
    """The query and mutation roots over one book."""

    def __init__(self, book: ShopifyBook, keys: dict[str, str]) -> None:
        self.book = book
        self.keys = keys  # @idempotent keys by the mutation field's response name

    # queries
    def currentAppInstallation(self, info: Any) -> dict[str, Any]:
        return {
            "id": "gid://shopify/AppInstallation/1",
            "accessScopes": [
                {"handle": h, "description": h.replace("_", " ")} for h in self.book.scopes
            ],
        }

    def shop(self, info: Any) -> dict[str, Any]:
        return {
            "id": "gid://shopify/Shop/1",
            "name": self.book.shop_name,
            "currencyCode": self.book.currency,
            "myshopifyDomain": "receiving-station-demo.myshopify.com",
        }

    def location(self, info: Any, id: str | None = None) -> Any:
        return (
            self.book.locations.get(id or "")
            if id
            else next(iter(self.book.locations.values()), None)
        )

    def locations(
        self, info: Any, first: int | None = None, after: str | None = None, **_: Any
    ) -> Any:
        return _page(list(self.book.locations.values()), first, after)

    def order(self, info: Any, id: str) -> Any:
        return self.book.orders.get(id)

    def orders(
        self, info: Any, first: int | None = None, after: str | None = None, query: str | None = None,
        reverse: bool = False, sortKey: str = "PROCESSED_AT", **_: Any,
    ) -> Any:  # fmt: skip
        with self.book.lock:
            found = [o for o in self.book.orders.values() if _matches(o, query or "")]
        key = {"UPDATED_AT": "updatedAt", "CREATED_AT": "createdAt", "ID": "id"}.get(
            sortKey, "processedAt"
        )
        found.sort(key=lambda o: (o[key], o["id"]), reverse=reverse)
        return _page(found, first, after)

    def return_(self, info: Any, id: str) -> Any:
        return self.book.returns.get(id)

    # mutations
    def returnProcess(self, info: Any, input: dict[str, Any]) -> dict[str, Any]:
        try:
            return self.book.return_process(input)
        except UserErrors as exc:
            return {"return": None, "userErrors": exc.errors}

    def refundCreate(self, info: Any, input: dict[str, Any]) -> dict[str, Any]:
        return self.book.refund_create(input, self.keys.get(info.path.key))


def _matches(order: dict[str, Any], query: str) -> bool:
    """The part of Shopify's search syntax the station uses: `return_status:VALUE` terms
    (joined by OR) and `updated_at:>=TIME` / `updated_at:>TIME`, ANDed."""
    statuses = [m.lower() for m in re.findall(r"return_status:([A-Za-z_]+)", query)]
    if statuses:
        status = _order_return_status(order)
        if status not in statuses:
            return False
    for op, value in re.findall(r"updated_at:(>=|>)'?([0-9T:.+Z-]+)'?", query):
        if op == ">=" and not order["updatedAt"] >= value:
            return False
        if op == ">" and not order["updatedAt"] > value:
            return False
    return True


def _order_return_status(order: dict[str, Any]) -> str:
    """OrderReturnStatus, lower case: return_requested while a return awaits approval,
    in_progress while one is open, returned when all are closed, else no_return."""
    statuses = {r["status"] for r in order["returns"]}
    if "REQUESTED" in statuses:
        return "return_requested"
    if "OPEN" in statuses:
        return "in_progress"
    if statuses and statuses <= {"CLOSED", "CANCELED", "DECLINED"}:
        return "returned"
    return "no_return"


class ShopifyStandIn(StandInServer):
    """`serve_forever()` on a thread; `url` is the shop's address (`https://x.myshopify.com`
    in real life)."""

    def __init__(
        self,
        address: tuple[str, int],
        book: ShopifyBook,
        token: str,
        *,
        faults: Faults | None = None,
        maximum: float = 2000.0,
        restore_rate: float = 100.0,
        throttled_status: int = 200,
        seed: int | None = None,
    ) -> None:
        super().__init__(address, _Handler, faults, seed)
        self.book = book
        self.token = token
        self.maximum = maximum
        self.restore_rate = restore_rate
        self.throttled_status = throttled_status
        self.available = maximum
        self.filled_at = time.monotonic()
        self.bucket_lock = threading.Lock()

    def take(self, cost: int) -> tuple[bool, dict[str, Any]]:
        """Take `cost` points from the bucket if there are that many: (taken, throttleStatus)."""
        with self.bucket_lock:
            now = time.monotonic()
            self.available = min(
                self.maximum, self.available + (now - self.filled_at) * self.restore_rate
            )
            self.filled_at = now
            taken = cost <= self.available
            if taken:
                self.available -= cost
            status = {
                "maximumAvailable": self.maximum,
                "currentlyAvailable": int(self.available),
                "restoreRate": self.restore_rate,
            }
        return taken, status


class _Handler(JsonHandler):
    server: ShopifyStandIn

    def do_GET(self) -> None:
        book = self.server.book
        pages = {
            "/_standin/summary": lambda: {**book.summary(), "faults": asdict(self.server.faults)},
            "/_standin/refunds": book.all_refunds,
        }
        page = pages.get(self.path)
        if page is None:
            return self._send(404, {"errors": "Not Found"})
        return self._send(200, page())

    def do_POST(self) -> None:
        body = self._body()
        if body is None:
            return None
        if self.path.startswith("/_standin/"):
            return self._control(self.path, body)
        match = PATH.match(self.path.split("?", 1)[0])
        if match is None or match["version"] not in VERSIONS:
            return self._send(404, {"errors": "Not Found"})
        if self.headers.get("X-Shopify-Access-Token") != self.server.token:
            return self._send(
                401,
                {
                    "errors": "[API] Invalid API key or access token (unrecognized login or wrong password)"
                },
            )
        faults = self.server.faults
        if faults.latency_ms:
            time.sleep(faults.latency_ms / 1000)
        if self.server.chance(faults.error_rate):
            return self._send(
                503, {"errors": "Service Unavailable"}, {"Retry-After": str(faults.retry_after)}
            )
        try:
            request = json.loads(body)
            source, variables = request["query"], request.get("variables") or {}
            if not isinstance(source, str) or not isinstance(variables, dict):
                raise TypeError("query must be a string and variables an object")
        except (ValueError, KeyError, TypeError) as exc:
            return self._send(400, {"errors": f"Bad Request: {exc}"})
        status, answer = self._graphql(source, variables, request.get("operationName"))
        if status == 200 and answer.get("data") and self.server.chance(faults.drop_rate):
            self.close_connection = True  # made the change, the answer never leaves
            return None
        return self._send(status, answer)

    def _graphql(
        self, source: str, variables: dict[str, Any], operation_name: str | None
    ) -> tuple[int, dict[str, Any]]:
        document, problems = _checked(source)
        if problems:
            return 200, {"errors": problems}
        assert document is not None
        operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
        operation = next(
            (
                o
                for o in operations
                if operation_name is None or (o.name and o.name.value == operation_name)
            ),
            None,
        )
        if operation is None:
            return 200, {"errors": [{"message": f"No operation named {operation_name!r}"}]}
        denied = self._denied(operation)
        if denied:
            return 200, denied
        cost = query_cost(document, operation, variables)
        taken, throttle = self.server.take(cost)
        extensions = {
            "cost": {
                "requestedQueryCost": cost,
                "actualQueryCost": cost if taken else None,
                "throttleStatus": throttle,
            }
        }
        if not taken:
            self.server.book.count("throttled")
            body = {
                "errors": [
                    {
                        "message": "Throttled",
                        "extensions": {"code": "THROTTLED", "documentation": RATE_DOCS},
                    }
                ],
                "extensions": extensions,
            }
            return self.server.throttled_status, body
        keys = {}
        for selection in operation.selection_set.selections:
            if isinstance(selection, FieldNode):
                for directive in selection.directives or ():
                    if directive.name.value == "idempotent":
                        argument = next(
                            a for a in directive.arguments or () if a.name.value == "key"
                        )
                        keys[(selection.alias or selection.name).value] = str(
                            value_from_ast_untyped(argument.value, variables)
                        )
        root = _Root(self.server.book, keys)
        result = execute_sync(
            schema(),
            document,
            root_value=root,
            variable_values=variables,
            operation_name=operation_name,
            field_resolver=_root_aware(root),
            type_resolver=lambda value, info, abstract: (
                value.get("__typename") if isinstance(value, dict) else None
            ),
        )
        answer: dict[str, Any] = {"data": result.data}
        if result.errors:
            answer["errors"] = [e.formatted for e in result.errors]
        answer["extensions"] = extensions
        self.server.book.count("requests")
        return 200, answer

    def _denied(self, operation: OperationDefinitionNode) -> dict[str, Any] | None:
        scopes = self.server.book.scopes
        errors = []
        data: dict[str, Any] = {}
        for selection in operation.selection_set.selections:
            if not isinstance(selection, FieldNode):
                continue
            needed = SCOPES.get(selection.name.value)
            if needed and not _has(scopes, needed):
                name = (selection.alias or selection.name).value
                data[name] = None
                errors.append(
                    {
                        "message": f"Access denied for {selection.name.value} field. Required access: `{needed}` access scope.",
                        "locations": [
                            {
                                "line": selection.loc.start_token.line,
                                "column": selection.loc.start_token.column,
                            }
                        ]
                        if selection.loc
                        else [],
                        "path": [name],
                        "extensions": {
                            "code": "ACCESS_DENIED",
                            "documentation": ACCESS_DOCS,
                            "requiredAccess": f"`{needed}` access scope.",
                        },
                    }
                )
        return {"data": data, "errors": errors} if errors else None

    def _control(self, path: str, body: bytes) -> None:
        try:
            data = json.loads(body or b"{}")
            if path == "/_standin/orders":
                orders = data.get("orders") if isinstance(data, dict) else data
                made = [self.server.book.seed_order(spec) for spec in orders or []]
                return self._send(
                    200, {"orders": [{"id": o["id"], "name": o["name"]} for o in made]}
                )
            if path == "/_standin/faults":
                self.server.faults = Faults.from_json(data, self.server.faults)
                return self._send(200, asdict(self.server.faults))
            if path == "/_standin/throttle":
                self.server.maximum = float(data.get("maximum", self.server.maximum))
                self.server.restore_rate = float(data.get("restore_rate", self.server.restore_rate))
                self.server.available = min(self.server.available, self.server.maximum)
                return self._send(
                    200, {"maximum": self.server.maximum, "restore_rate": self.server.restore_rate}
                )
        except (ValueError, TypeError, KeyError) as exc:
            return self._send(422, {"errors": str(exc)})
        return self._send(404, {"errors": "Not Found"})


def _root_aware(root: _Root) -> Any:
    """Root fields from the `_Root` object (`return` is a Python keyword: `return_`), the rest
    from the book's dicts."""

    def resolve(source: Any, info: Any, **args: Any) -> Any:
        if source is root:
            method = getattr(root, "return_" if info.field_name == "return" else info.field_name)
            return method(info, **args)
        return _resolve(source, info, **args)

    return resolve


def start_shopify_standin(
    book: ShopifyBook, token: str, listen: tuple[str, int] = ("127.0.0.1", 0), **options: Any
) -> tuple[ShopifyStandIn, threading.Thread]:
    """A stand-in serving on a daemon thread; `server.url` says where."""
    server = ShopifyStandIn(listen, book, token, **options)
    return server, server.start("shopify-standin")
