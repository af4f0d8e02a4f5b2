"""One exception's whole story as the detail pane shows it (`detail_html`): the return, parcel
and unit facts, what was expected and found, the evidence, upstream attempts, notes, history and
scan log, in the reader's language.  Every text from outside is escaped for HTML.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from html import escape
from typing import Any

from receiving_station.exceptions.queue import ExceptionDetail
from receiving_station.i18n.text import Money, Text
from receiving_station.i18n.vocabulary import word
from ui.i18n import say, tr, writing
from ui.sections.exceptions.model import SLA_COLOURS, sla_text
from ui.theme import AMBER, GREEN, MUTED

# The names of the facts the detail shows (exceptions.queue._case_facts, the evidence the bench
# raised an exception with); a fact not named here is shown by its key, underscores as spaces.
FACTS = {
    "number": Text("exceptions_view", "number"),
    "order": Text("exceptions_view", "order"),
    "customer": Text("exceptions_view", "customer"),
    "market": Text("exceptions_view", "market"),
    "channel": Text("exceptions_view", "channel"),
    "purchase_date": Text("exceptions_view", "purchase date"),
    "requested": Text("exceptions_view", "requested"),
    "status": Text("exceptions_view", "status"),
    "tracking_number": Text("exceptions_view", "tracking number"),
    "carrier": Text("exceptions_view", "carrier"),
    "expected_weight_kg": Text("exceptions_view", "expected weight"),
    "measured_weight_kg": Text("exceptions_view", "measured weight"),
    "weight_mismatch": Text("exceptions_view", "weight mismatch"),
    "lpn": Text("exceptions_view", "LPN"),
    "sku": Text("exceptions_view", "SKU"),
    "serial": Text("exceptions_view", "serial number"),
    "grade": Text("exceptions_view", "grade"),
    "disposition": Text("exceptions_view", "disposition"),
    "refund_amount": Text("exceptions_view", "refund"),
    "refund": Text("exceptions_view", "refund"),
    "currency": Text("exceptions_view", "currency"),
    "rule": Text("exceptions_view", "rule"),
    "why": Text("exceptions_view", "why"),
    "expected_kg": Text("exceptions_view", "expected weight"),
    "measured_kg": Text("exceptions_view", "measured weight"),
    "tolerance_kg": Text("exceptions_view", "tolerance"),
    "difference_kg": Text("exceptions_view", "difference"),
    "serials_shipped": Text("exceptions_view", "serials shipped"),
    "serial_scanned": Text("exceptions_view", "serial scanned"),
    "scanned_code": Text("exceptions_view", "code scanned"),
    "scan": Text("exceptions_view", "scan"),
    "window": Text("exceptions_view", "return window"),
    "days_allowed": Text("exceptions_view", "days allowed"),
    "days_since": Text("exceptions_view", "days since"),
    "basis": Text("exceptions_view", "counted from"),
    "expected_lines": Text("exceptions_view", "expected lines"),
    "missing_lines": Text("exceptions_view", "missing lines"),
    "parcels": Text("exceptions_view", "parcels"),
    "checklist": Text("exceptions_view", "checklist"),
    "flags": Text("exceptions_view", "flags"),
    "photos": Text("exceptions_view", "photos"),
    "explanation": Text("exceptions_view", "explanation"),
    "proposed_disposition": Text("exceptions_view", "proposed disposition"),
    "proposed_refund": Text("exceptions_view", "proposed refund"),
}
WORD_FACTS = {
    "status",
    "channel",
    "requested",
    "disposition",
    "proposed_disposition",
    "flags",
    "basis",
}
AMOUNT_FACTS = {"proposed_refund", "refund", "fee"}
# What a history line shows of its audit details: what people wrote, and the facts a lead
# weighs (the rest, event keys and raw scans, is for IT, in the audit log).
HISTORY_FACTS = (
    "note",
    "message",
    "reason",
    "lpn",
    "measured_kg",
    "expected_kg",
    "serial",
    "grade",
    "disposition",
    "refund",
    "status",
)


# The evidence's weights, and the parcel's facts that say the same
PARCEL_WEIGHTS = {"expected_kg": "expected_weight_kg", "measured_kg": "measured_weight_kg"}


def _parcel_facts(detail: ExceptionDetail) -> dict[str, Any]:
    """The parcel's facts; its expected weight is the one the bench weighed it against
    (upstream's, or its RMA's lines': exceptions.queue), as the summary says it."""
    return dict(detail.case["parcel"])


def _fact_name(key: str) -> str:
    known = FACTS.get(key)
    return say(known) if known is not None else key.replace("_", " ")


def _value(value: Any, key: str = "", questions: Mapping[str, str] | None = None) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "–"
    if isinstance(value, bool):
        return tr("exceptions_view", "yes") if value else tr("exceptions_view", "no")
    if key.endswith("_kg") and isinstance(value, Decimal | int | float | str):
        try:
            return writing().weight(Decimal(str(value)))
        except InvalidOperation:
            return str(value)
    if key in AMOUNT_FACTS and isinstance(value, str):
        try:
            return writing().number(Decimal(value))
        except InvalidOperation:
            return value
    if key in WORD_FACTS and isinstance(value, str):
        return say(word(value))
    if isinstance(value, list):
        return ", ".join(_value(item, key, questions) for item in value)
    if isinstance(value, dict):
        if key == "checklist":
            return _answers(value, questions or {})
        if key == "scan":  # the identification's workings: the code as scanned says it
            return str(value.get("input") or "–")
        if "line_no" in value:  # an RMA line
            return tr(
                "exceptions_view",
                "line {line}: {sku} × {quantity}",
                line=value.get("line_no"),
                sku=value.get("sku") or "",
                quantity=value.get("missing", value.get("quantity")),
            )
        return "; ".join(f"{_fact_name(k)}: {_value(v, k, questions)}" for k, v in value.items())
    if isinstance(value, dt.datetime | dt.date | Decimal | Text | Money):
        return say(value)
    return str(value)


def _answers(checklist: Mapping[str, Any], questions: Mapping[str, str]) -> str:
    """Checklist answers as the questions read ('Does it power on? yes')."""
    return ", ".join(
        f"{say(questions.get(k, k.replace('_', ' ')))} {_value(bool(v))}"
        for k, v in checklist.items()
    )


def _table(facts: Mapping[str, Any], questions: Mapping[str, str] | None = None) -> str:
    cells = "".join(
        f"<tr><td style='color:{MUTED};padding-right:12px'>{escape(_fact_name(k))}</td>"
        f"<td>{escape(_value(v, k, questions))}</td></tr>"
        for k, v in facts.items()
    )
    return f"<table>{cells}</table>"


def _log(lines: Any, empty: str) -> str:
    def details(line: Any) -> str:
        shown = [
            f"{_fact_name(k)}: {_value(line.details[k], k)}"
            for k in HISTORY_FACTS
            if isinstance(line.details, dict) and line.details.get(k) not in (None, "")
        ]
        return f" <span style='color:{MUTED}'>{escape('; '.join(shown))}</span>" if shown else ""

    items = [
        f"<li>{escape(writing().datetime(line.at))} <b>{escape(say(word(line.action)))}</b>"
        f" {escape(line.operator or '')}{details(line)}</li>"
        for line in lines
    ]
    return (
        f"<ul>{''.join(items)}</ul>" if items else f"<p style='color:{MUTED}'>{escape(empty)}</p>"
    )


def detail_html(
    detail: ExceptionDetail, now: dt.datetime, questions: Mapping[str, str] | None = None
) -> str:
    """One exception's whole story as the detail pane shows it, in the reader's language;
    `questions` names the checklist's answers (key -> question)."""
    row = detail.row
    state = row.sla_state(now)
    colour = SLA_COLOURS.get(state, GREEN if state != "resolved" else MUTED)

    def heading(text: str) -> str:
        return f"<h3>{escape(text)}</h3>"

    status = (
        tr("exceptions_view", "{status} by {name}", status=word(row.status), name=row.claimed_by)
        if row.claimed_by
        else say(word(row.status))
    )
    raised = (
        tr("exceptions_view", "raised {at} at {station}", at=row.created_at, station=row.station)
        if row.station
        else tr("exceptions_view", "raised {at}", at=row.created_at)
    )
    parts = [
        f"<h2>#{row.exception_id} {escape(say(word(row.type)))}</h2>",
        f"<p><b>{escape(say(row.summary))}</b></p>",
        f"<p>{escape(status)}"
        f" · <span style='color:{colour}'>{escape(sla_text(row, now))}</span>"
        f" · {escape(raised)}</p>",
    ]
    if detail.resolution:
        parts.append(
            "<p>"
            + escape(tr("exceptions_view", "Resolved:"))
            + f" <b>{escape(say(word(detail.resolution)))}</b> "
            f"{escape(detail.resolution_note or '')}</p>"
        )
    case = detail.case
    if "rma" in case:
        parts += [heading(tr("exceptions_view", "Return")), _table(case["rma"])]
    parcel = _parcel_facts(detail) if "parcel" in case else None
    if parcel is not None:
        parts += [heading(tr("exceptions_view", "Parcel")), _table(parcel)]
    if "unit" in case:
        unit = dict(case["unit"])
        checklist = unit.pop("checklist", {}) or {}
        currency = unit.pop("currency", None)
        if unit.get("refund_amount") is not None and currency:
            unit["refund_amount"] = Money(Decimal(str(unit["refund_amount"])), currency)
        parts += [heading(tr("exceptions_view", "Unit")), _table(unit)]
        if checklist:
            answers = _answers(checklist, questions or {})
            parts.append(
                "<p>"
                + escape(tr("exceptions_view", "Checklist: {answers}", answers=answers))
                + "</p>"
            )
    if detail.lines:
        rows = "".join(
            f"<tr><td>{ln.line_no}</td><td>{escape(ln.sku)}</td><td>{escape(ln.description)}</td>"
            f"<td align='right'>{ln.expected}</td><td align='right'"
            + (f" style='color:{AMBER}'" if ln.received != ln.expected else "")
            + f">{ln.received}</td><td>{escape(', '.join(ln.serials_shipped))}</td></tr>"
            for ln in detail.lines
        )
        titles = (
            tr("exceptions_view", "#"),
            tr("exceptions_view", "SKU"),
            tr("exceptions_view", "Description"),
            tr("exceptions_view", "Expected"),
            tr("exceptions_view", "Found"),
            tr("exceptions_view", "Serials shipped"),
        )
        parts.append(
            heading(tr("exceptions_view", "Expected vs found"))
            + "<table cellpadding='3'><tr>"
            + "".join(f"<th>{escape(t)}</th>" for t in titles)
            + f"</tr>{rows}</table>"
        )
    # The evidence the bench raised it with, less what the unit's facts above say already
    # (in the reader's language: the evidence keeps the bench's English explanation), and
    # less the weights the parcel's facts say (kept when the parcel was weighed again since)
    shown_above = set(case["unit"]) | {"explanation", "checklist"} if "unit" in case else set()
    if parcel is not None:
        shown_above |= {
            key
            for key, fact in PARCEL_WEIGHTS.items()
            if detail.evidence.get(key) is None
            or _value(detail.evidence[key], key) == _value(parcel.get(fact), fact)
        }
    evidence = {k: v for k, v in detail.evidence.items() if k not in shown_above}
    if evidence:
        parts += [heading(tr("exceptions_view", "Evidence")), _table(evidence, questions)]
    if detail.upstream_attempts:
        parts.append(heading(tr("exceptions_view", "Upstream attempts")) + "<ul>")
        for at, outcome, status_code, error in detail.upstream_attempts:
            parts.append(
                f"<li>{escape(writing().datetime(at))} {escape(say(word(outcome)))} "
                f"HTTP {status_code or '–'} {escape(error or '')}</li>"
            )
        parts.append("</ul>")
    parts += [
        heading(tr("exceptions_view", "Notes")),
        _log(detail.notes, tr("exceptions_view", "No notes yet (N adds one).")),
        heading(tr("exceptions_view", "History")),
        _log(detail.history, tr("exceptions_view", "No history.")),
        heading(tr("exceptions_view", "Scan log")),
        _log(detail.scan_log, tr("exceptions_view", "No bench activity recorded.")),
    ]
    return "".join(parts)
