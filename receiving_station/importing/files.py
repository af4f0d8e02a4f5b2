"""Reading a whole file, a record at a time: CSV rows merged into returns, or a JSON file's
returns one by one, each checked (reading.Checker) and put in the import's staging database,
with the checks that span records (an RMA number, a parcel or a GTIN named twice)."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from db.types import utcnow
from receiving_station.importing.jsontext import JsonBroken, JsonText
from receiving_station.importing.reading import (
    CONTROL,
    CSV_COLUMNS,
    JSON_LINE_FIELDS,
    MAX_LINE_NO,
    MAX_PARCELS,
    PARCEL_FIELDS,
    PLATFORM,
    REQUIRED_LINE,
    REQUIRED_RMA,
    RESERVED_PLATFORM_KEYS,
    RMA_FIELDS,
    Checker,
)
from receiving_station.importing.records import (
    ImportFailed,
    LineRecord,
    ParcelRecord,
    Problem,
    Progress,
    RmaRecord,
)
from receiving_station.importing.staging import Staging

PROGRESS_EVERY = 2_000  # lines (CSV) or returns (JSON) between two words of progress


def detect_format(path: Path, file_format: str | None = None) -> str:
    if file_format:
        return file_format
    suffix = path.suffix.lower()
    if suffix in (".json", ".ndjson"):
        return "json"
    return "csv"


def read_returns(
    text: str,
    file_format: str,
    *,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> list[RmaRecord]:
    """Check and normalise a whole text (a pulled page, a test's file): its records, merged.
    Raises ImportFailed with every problem found."""
    data = io.BytesIO(text.encode("utf-8", "surrogatepass"))
    with stage_returns(data, file_format, today=today, progress=progress) as staged:
        records = list(staged.records())
        staged.refuse_if_problems()
    return records


class Staged:
    """A file read and checked into its staging database: its records, to be read back in the
    file's order, merged (a CSV RMA's rows) and checked as a whole (its line numbers, how many
    lines and parcels); a problem found then is added to `problems`."""

    def __init__(self, staging: Staging, checker: Checker) -> None:
        self._staging = staging
        self._checker = checker
        self.problems = checker.problems

    @property
    def count(self) -> int:
        """How many returns the file holds."""
        return self._staging.count

    def records(self) -> Iterator[RmaRecord]:
        for parts in self._staging.groups():
            record = parts[0]
            for part in parts[1:]:
                _merge(record, part, self._checker)
            check_record(record, self._checker)
            yield record

    def refuse_if_problems(self, *, read_through: bool = False) -> None:
        """Raise ImportFailed if a problem was found; with `read_through`, first read every
        record back so the problems of whole records are named too."""
        if self.problems and read_through:
            for _record in self.records():
                pass
        if self.problems:
            raise ImportFailed(self.problems)


@contextmanager
def stage_returns(
    stream: BinaryIO,
    file_format: str,
    *,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> Iterator[Staged]:
    """Read a file (a binary stream that can seek) a record at a time, checking each, into a
    staging database; give it back for writing, or raise ImportFailed with every problem.
    Memory holds a record at a time, whatever the file's size."""
    checker = Checker(today or utcnow().date())
    staging = Staging()
    try:
        read_into(staging, stream, file_format, checker, progress or _silent)
        staged = Staged(staging, checker)
        staged.refuse_if_problems(read_through=True)
        yield staged
    finally:
        staging.close()


def read_into(
    staging: Staging, stream: BinaryIO, file_format: str, checker: Checker, progress: Progress
) -> None:
    """Read a whole file into `staging`, each record checked; the problems go to `checker`
    (a file that is not UTF-8 raises ImportFailed at once)."""
    if file_format not in ("csv", "json"):
        raise ValueError(f"unknown format {file_format!r}")
    lines = _utf8_lines(stream)
    stream.seek(0)
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    try:
        if file_format == "json":
            _read_json(text, lines, checker, staging, progress)
        else:
            _read_csv(text, lines, checker, staging, progress)
    finally:
        text.detach()  # the stream is the caller's to close
    if not staging.count and not checker.problems:
        checker.problem("file", None, "no returns in the file")
    staging.commit()


def _silent(phase: str, done: int, total: int) -> None:
    pass


def _utf8_lines(stream: BinaryIO) -> int:
    """The file's lines, once it is known to be UTF-8 text (ImportFailed, naming the line, if
    it is not): a pass at the decoder's speed, before anything is read."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    lines = 0
    last = b"\n"
    while block := stream.read(1 << 20):
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(block)
        except UnicodeDecodeError as exc:
            line = lines + block[: max(0, exc.start - pending)].count(b"\n") + 1
            raise ImportFailed(
                [Problem(f"line {line}", None, "not UTF-8 text: save the file as UTF-8")]
            ) from exc
        lines += block.count(b"\n")
        last = block[-1:]
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        raise ImportFailed(
            [Problem(f"line {lines + 1}", None, "not UTF-8 text: save the file as UTF-8")]
        ) from exc
    return lines + (last != b"\n")


def _merge(record: RmaRecord, part: RmaRecord, checker: Checker) -> None:
    """Add a later row (or rows) of the same RMA to its record: a field it repeats must agree,
    one it fills that was empty is taken; its lines follow, its parcels unless already listed."""
    for name, value in part.fields.items():
        old = record.fields[name]
        if value in (None, "") or value == old:
            continue
        if old in (None, ""):
            record.fields[name] = value
        else:
            checker.problem(
                part.where,
                name,
                f"{value!s} differs from {old!s} on {record.where} for the same RMA",
            )
    record.lines.extend(part.lines)
    for parcel in part.parcels:
        if all(p.tracking_number != parcel.tracking_number for p in record.parcels):
            record.parcels.append(parcel)


def check_record(record: RmaRecord, checker: Checker) -> None:
    """What only the whole return shows: how many lines and parcels, a line number twice."""
    for name, count, most in (
        ("line_no", len(record.lines), MAX_LINE_NO),
        ("tracking_number", len(record.parcels), MAX_PARCELS),
    ):
        if count > most:
            what = "lines" if name == "line_no" else "parcels"
            checker.problem(
                record.where, name, f"{record.number} has {count} {what}; at most {most}"
            )
    line_nos: dict[int, str] = {}
    for line in record.lines:
        if line.line_no in line_nos:
            checker.problem(
                line.where,
                "line_no",
                f"line {line.line_no} of {record.number} is also on {line_nos[line.line_no]}",
            )
        line_nos.setdefault(line.line_no, line.where)


def _claim_keys(
    staging: Staging,
    checker: Checker,
    number: str,
    lines: list[LineRecord],
    parcels: list[ParcelRecord],
) -> None:
    """A parcel belongs to one RMA in the file, a GTIN to one SKU."""
    for parcel in parcels:
        taken = staging.claim("parcel", parcel.tracking_number, number, parcel.where)
        if taken is not None:
            checker.problem(
                parcel.where,
                "tracking_number",
                f"{parcel.tracking_number} also belongs to {taken[0]} in this file",
            )
    for line in lines:
        if line.gtin:
            taken = staging.claim("gtin", line.gtin, line.sku, line.where)
            if taken is not None:
                checker.problem(
                    line.where,
                    "gtin",
                    f"{line.gtin} is SKU {taken[0]} on {taken[1]}, not {line.sku}",
                )


def _read_csv(
    text: TextIO, lines: int, checker: Checker, staging: Staging, progress: Progress
) -> None:
    sample = text.read(4096)
    text.seek(0)
    first_line = sample.splitlines()[0] if sample.splitlines() else ""
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(text, delimiter=delimiter, strict=True)
    try:
        header_row = next(reader, None)
    except csv.Error as exc:
        checker.problem("line 1", None, f"cannot read the header: {exc}")
        return
    if not header_row or not any(h.strip() for h in header_row):
        checker.problem("line 1", None, "the first line must name the columns (see docs)")
        return
    header = [h.strip().lower().replace(" ", "_") for h in header_row]
    unknown = [h for h in header if h and h not in CSV_COLUMNS]
    for name in unknown:
        checker.problem("line 1", name, f"unknown column (known: {', '.join(CSV_COLUMNS)})")
    repeated = sorted({h for h in header if h and header.count(h) > 1})
    for name in repeated:
        checker.problem("line 1", name, "the column is named twice")
    missing = [c for c in (*REQUIRED_RMA, *REQUIRED_LINE) if c not in header]
    for name in missing:
        checker.problem("line 1", name, "required column is missing")
    if unknown or repeated or missing:
        return

    # The rows of one RMA are merged as they come (in a shop's export they follow each other);
    # rows of an RMA the file named earlier are kept as a part of it, merged when read back.
    record: RmaRecord | None = None
    rows = 0  # the record's rows so far: a line's number when the file gives none
    # the row before's RMA fields and parcel columns, when they had no problem: a row that
    # repeats them (as an RMA's rows do) is not checked twice
    same_as_before: tuple[str, ...] | None = None
    parcels_as_before: tuple[str | None, ...] | None = None

    def put() -> None:
        if record is not None and record.number:
            staging.put(record)
            staging.rows(record.number, rows)

    rma_columns = [header.index(c) for c in RMA_FIELDS if c in header]
    try:
        for row in reader:
            if reader.line_num % PROGRESS_EVERY == 0:
                progress("checking", reader.line_num, lines)
            where = f"line {reader.line_num}"
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                checker.problem(
                    where, None, f"{len(row)} fields where the header has {len(header)}"
                )
                continue
            raw = dict(zip(header, row, strict=True))
            checker.controls = CONTROL.search("".join(row)) is not None
            rma_values = tuple(row[i] for i in rma_columns)
            if record is not None and rma_values == same_as_before:
                number, fields = record.number, None  # checked on the row before
            else:
                before = len(checker.problems)
                number, fields = checker.rma_fields(raw, where)
                same_as_before = rma_values if len(checker.problems) == before else None
            if record is None or number != record.number:
                put()
                seen = staging.first(number, where) if number else None
                if seen is not None:
                    staging.scattered = True
                rows = seen[1] if seen is not None else 0
                record = RmaRecord(where, number, fields or {})
                parcels_as_before = None
            elif fields is not None:
                _merge(record, RmaRecord(where, number, fields), checker)
            rows += 1
            line = checker.line(raw, where, rows)
            parcels: list[ParcelRecord] = []
            parcel_values = tuple(raw.get(c) for c in PARCEL_FIELDS)
            if parcel_values != parcels_as_before:  # else the same parcels, listed already
                before = len(checker.problems)
                for tracking in checker.items(where, "tracking_number", parcel_values[0]):
                    parcel = checker.parcel(
                        where,
                        "tracking_number",
                        tracking,
                        checker.get(raw, where, "carrier"),
                        checker.get(raw, where, "parcel_weight_kg"),
                    )
                    if parcel is not None and all(
                        p.tracking_number != parcel.tracking_number for p in record.parcels
                    ):
                        parcels.append(parcel)
                        record.parcels.append(parcel)
                ok = len(checker.problems) == before
                parcels_as_before = parcel_values if ok else None
            if number:
                _claim_keys(staging, checker, number, [line] if line else [], parcels)
            if line is not None:
                record.lines.append(line)
        put()
    except csv.Error as exc:
        checker.problem(f"line {reader.line_num}", None, f"broken CSV: {exc}")
    progress("checking", lines, lines)


_NOT_RETURNS = 'expected {"returns": [...]} or a list of returns'


def _read_json(
    text: TextIO, lines: int, checker: Checker, staging: Staging, progress: Progress
) -> None:
    json_text = JsonText(text)
    try:
        for index, (where, raw) in enumerate(_json_returns(json_text, checker)):
            if index % PROGRESS_EVERY == 0:
                progress("checking", json_text.line(), lines)
            record = _json_record(raw, where, checker)
            if record is None:
                continue
            if record.number:
                seen = staging.first(record.number, where)
                if seen is not None:
                    checker.problem(where, "rma_number", f"{record.number} is also on {seen[0]}")
                _claim_keys(staging, checker, record.number, record.lines, record.parcels)
                if seen is None:  # a return named twice is refused, not merged (as CSV rows are)
                    staging.put(record)
    except JsonBroken as exc:
        checker.problem(f"line {exc.line}", None, f"not valid JSON: {exc.message}")
    except RecursionError:
        checker.problem(
            "file", None, "nested far deeper than a return file can be (returns, lines, serials)"
        )
    except ValueError as exc:  # a number with thousands of digits, say
        checker.problem("file", None, f"not readable as JSON: {exc}")
    progress("checking", lines, lines)


def _json_returns(text: JsonText, checker: Checker) -> Iterator[tuple[str, Any]]:
    """Each return in the file, with where it is (`returns[3]`, or `[3]` in a bare list)."""
    first = text.peek()
    if first == "[":
        yield from _json_array(text, "")
    elif first == "{":
        text.take("{", "Expecting '{'")
        found = False
        if text.peek() == "}":
            text.take("}", "Expecting '}'")
        else:
            while True:
                if text.peek() != '"':
                    raise text.broken("Expecting property name enclosed in double quotes")
                key = text.value()
                text.take(":", "Expecting ':' delimiter")
                if key == "returns" and text.peek() == "[" and not found:
                    found = True
                    yield from _json_array(text, "returns")
                elif key == "returns" and found:
                    checker.problem("file", "returns", "is named twice: one list of returns")
                    text.value()
                else:
                    text.value()  # another key, or returns that is no list: read, left
                if text.peek() == ",":
                    text.take(",", "")
                    continue
                text.take("}", "Expecting ',' delimiter")
                break
        if not found:
            checker.problem("file", None, _NOT_RETURNS)
    else:
        text.value()  # JSON, or not
        checker.problem("file", None, _NOT_RETURNS)
    if text.peek():
        raise text.broken("Extra data")


def _json_array(text: JsonText, prefix: str) -> Iterator[tuple[str, Any]]:
    text.take("[", "Expecting '['")
    if text.peek() == "]":
        text.take("]", "")
        return
    index = 0
    while True:
        yield f"{prefix}[{index}]", text.value()
        index += 1
        if text.peek() == ",":
            text.take(",", "")
            continue
        text.take("]", "Expecting ',' delimiter")
        return


def _json_record(raw: Any, where: str, checker: Checker) -> RmaRecord | None:
    if not isinstance(raw, dict):
        checker.problem(where, None, "each return must be an object")
        return None
    rma_keys = {*RMA_FIELDS, "lines", "parcels", PLATFORM}
    for name in sorted(set(raw) - rma_keys):
        checker.problem(where, name, f"unknown field (known: {', '.join(sorted(rma_keys))})")
    number, fields = checker.rma_fields(raw, where)
    record = RmaRecord(where, number, fields, carries_platform_refs=True)
    record.platform_ref = checker.platform(raw, where, RESERVED_PLATFORM_KEYS)
    lines = raw.get("lines")
    if not isinstance(lines, list) or not lines:
        checker.problem(where, "lines", "a return needs a list of at least one line")
        lines = []
    for line_index, line_raw in enumerate(lines):
        line_where = f"{where}.lines[{line_index}]"
        if not isinstance(line_raw, dict):
            checker.problem(line_where, None, "each line must be an object")
            continue
        for name in sorted(set(line_raw) - set(JSON_LINE_FIELDS)):
            checker.problem(
                line_where, name, f"unknown field (known: {', '.join(JSON_LINE_FIELDS)})"
            )
        line = checker.line(line_raw, line_where, line_index + 1)
        platform_ref = checker.platform(line_raw, line_where)
        if line is not None:
            line.platform_ref = platform_ref
            record.lines.append(line)
    parcels = raw.get("parcels", [])
    if not isinstance(parcels, list):
        checker.problem(where, "parcels", "must be a list")
        parcels = []
    for parcel_index, parcel_raw in enumerate(parcels):
        parcel_where = f"{where}.parcels[{parcel_index}]"
        if isinstance(parcel_raw, str):
            parcel_raw = {"tracking_number": parcel_raw}
        if not isinstance(parcel_raw, dict):
            checker.problem(parcel_where, None, "a parcel is an object or a tracking number")
            continue
        known = {"tracking_number", "carrier", "expected_weight_kg"}
        for name in sorted(set(parcel_raw) - known):
            checker.problem(parcel_where, name, f"unknown field (known: {', '.join(known)})")
        tracking = checker.get(parcel_raw, parcel_where, "tracking_number", required=True)
        if not tracking:
            continue
        parcel = checker.parcel(
            parcel_where,
            "tracking_number",
            tracking,
            checker.get(parcel_raw, parcel_where, "carrier"),
            checker.get(parcel_raw, parcel_where, "expected_weight_kg"),
            "expected_weight_kg",
        )
        if parcel is not None:
            record.parcels.append(parcel)
    return record
