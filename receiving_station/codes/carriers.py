"""Carrier tracking numbers, read from the couriers' definitions as data.

A definition is one format of one courier in the JSON shape of the tracking-number
community's shared data (jkeen/tracking_number_data, `couriers/*.json`): a regular
expression with named parts (`SerialNumber`, `CheckDigit`, `ServiceType`, …), the check-digit
algorithm and its parameters (`receiving_station.codes.checkdigits`), how the serial is
prepared before the check (`serial_number_format.prepend_if`), lookup tables for parts
(`additional`, e.g. an S10 number's country), which lookups must find something
(`validation.additional.exists`), and its own valid and invalid test numbers.

`CarrierBook.read(number)` tries every definition that can match a number of that length
against the number as scanned without spaces and in capitals (the data's own normalisation)
and ranks what matched, best first:

1. valid (check digit and required lookups hold) before a near miss;
2. a format with a check digit before one known only by its pattern;
3. the more characters the format pins (`1Z`, `JJD`, `00340`, `SE`) before fewer: a
   shipment number of Bring's (`70…`) is also a FedEx Ground SSCC by pattern and check
   digit, and the prefix says whose it is;
4. a site's own definitions, then our markets' (resources/carriers/markets), then the shared
   data; within one source, the order of the files and of the formats in them.

Loaded once per process (`receiving_station.codes.carrier_files.book()`), from the places
that module names; no Qt, no database.  Never raises on a scan: a definition that cannot be used is
refused when it is loaded, with the file and the reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from receiving_station.codes.checkdigits import ChecksumSpecError, checker

#: Longest number a carrier format is tried on (DHL eCommerce: 2 letters + up to 39); a
#: format whose pattern has no upper bound is tried up to this length.  A regular expression
#: that could backtrack for long on a number is refused when it is loaded (`_slow`).
MAX_NUMBER = 64

_NAMED_GROUP = re.compile(r"\(\?<(?=[A-Za-z_])")
_WHITESPACE = re.compile(r"\s+")
#: a group naming a GS1 application identifier printed before the number, not part of it
#: (Helthjem's (401), an SSCC's optional (00)): the tracking number starts after it
AI_GROUP = "GS1ApplicationIdentifier"
_ROUTING_GROUPS = ("RoutingApplicationId", "DestinationZip", "DestinationZipPlus4")

#: Where a definition came from: a site's own file outranks our markets' which outrank the
#: shared data, when two formats are otherwise equal.
SITE, MARKETS, SHARED = 0, 1, 2
SOURCE_NAMES = {SITE: "site", MARKETS: "markets", SHARED: "shared"}


_Lookup = tuple[str, str, Callable[[str], "Mapping[str, Any] | None"]]


class DefinitionError(ValueError):
    """A courier file or one of its formats cannot be used; the message says which and why."""


def normalise(number: str) -> str:
    """A number as the definitions read it: no whitespace, capitals."""
    return _WHITESPACE.sub("", number).upper()


@dataclass(frozen=True)
class CarrierMatch:
    """One definition's reading of a number."""

    definition: CarrierDefinition
    number: str  # the whole number, normalised
    tracking_number: str  # what the parcel is known by (the number less any routing prefix)
    valid: bool
    reason: str | None  # why a near miss is not valid
    groups: Mapping[str, str]
    lookups: Mapping[str, Mapping[str, Any]]

    @property
    def courier_code(self) -> str:
        return self.definition.courier_code

    @property
    def courier_name(self) -> str:
        """The courier: the definition's, or the one a `Courier` lookup names (S10's post)."""
        courier = self.lookups.get("Courier")
        if courier and isinstance(courier.get("courier"), str):
            return str(courier["courier"])
        return self.definition.courier_name

    @property
    def service(self) -> str | None:
        found = self.lookups.get("Service Type")
        return str(found["name"]) if found and "name" in found else None

    def rank(self) -> tuple[int, int, int, int, int]:
        return (0 if self.valid else 1, *self.definition.static_rank())


@dataclass(frozen=True, eq=False)
class CarrierDefinition:
    """One format of one courier, compiled."""

    courier_code: str
    courier_name: str
    format_id: str
    name: str
    pattern: str
    regex: re.Pattern[str]
    check: Callable[[str], str] | None
    checksum: Mapping[str, Any] | None
    prepend_if: tuple[re.Pattern[str], str] | None
    lookups: tuple[_Lookup, ...]  # (title, group, the entry a group's value finds)
    required_lookups: tuple[str, ...]
    valid_examples: tuple[str, ...]
    invalid_examples: tuple[str, ...]
    min_length: int
    max_length: int
    pinned: int
    source: int
    order: int
    origin: str  # the file it came from, for messages and `carriers list`

    @property
    def key(self) -> str:
        return f"{self.courier_code}/{self.format_id}"

    @property
    def has_checksum(self) -> bool:
        return self.check is not None

    def static_rank(self) -> tuple[int, int, int, int]:
        """The rank of this format's valid readings (CarrierMatch.rank without the validity)."""
        return (0 if self.has_checksum else 1, -self.pinned, self.source, self.order)

    def read(self, number: str) -> CarrierMatch | None:
        """This format's reading of an already normalised number, or None if it does not match."""
        found = self.regex.fullmatch(number)
        if found is None:
            return None
        return self.reading(number, found)

    def reading(self, number: str, found: re.Match[str]) -> CarrierMatch:
        """The reading of a number this format's regex matched (`found`)."""
        groups = {k: v for k, v in found.groupdict().items() if v is not None}
        lookups: dict[str, Mapping[str, Any]] = {}
        for title, group, find in self.lookups:
            value = groups.get(group)
            if value is None:
                continue
            entry = find(value)
            if entry is not None:
                lookups[title] = entry
        reason = None
        if self.check is not None:
            serial = groups.get("SerialNumber", "")
            if self.prepend_if is not None and self.prepend_if[0].search(serial):
                serial = self.prepend_if[1] + serial
            check_digit = groups.get("CheckDigit", "")
            if not serial or not check_digit or self.check(serial) != check_digit:
                reason = "check digit does not hold"
        if reason is None:
            for title in self.required_lookups:
                if title not in lookups:
                    group = next((g for t, g, _ in self.lookups if t == title), title)
                    reason = (
                        f"{_words(group)} {groups.get(group, '')!r} is not a known {_words(title)}"
                    )
                    break
        tracking = number
        if groups.get("RoutingApplicationId"):
            cut = max(found.end(g) for g in _ROUTING_GROUPS if groups.get(g))
            tracking = number[cut:]
        elif groups.get(AI_GROUP):
            tracking = number[found.end(AI_GROUP) :]
        return CarrierMatch(
            definition=self,
            number=number,
            tracking_number=tracking,
            valid=reason is None,
            reason=reason,
            groups=groups,
            lookups=lookups,
        )


def _without_spacing(pattern: str) -> str:
    """The pattern less its `\\s*` spacing (outside character classes, not `\\s*?` or
    `\\s*+`): what it matches in a number that has no whitespace is unchanged, and it
    matches faster."""
    out: list[str] = []
    index, in_class = 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            if (
                not in_class
                and pattern.startswith("\\s*", index)
                and pattern[index + 3 : index + 4] not in ("?", "+")
            ):
                index += 3
                continue
            out.append(pattern[index : index + 2])
            index += 2
            continue
        if char == "[" and not in_class:
            in_class = True
            out.append(char)
            index += 1
            if pattern[index : index + 1] == "^":
                out.append("^")
                index += 1
            if pattern[index : index + 1] == "]":  # a ] first in a class is a literal
                out.append("]")
                index += 1
            continue
        if char == "]" and in_class:
            in_class = False
        out.append(char)
        index += 1
    return "".join(out)


def _words(name: str) -> str:
    """`CountryCode` -> `country code`."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower()


class CarrierBook:
    """Every definition in force, indexed by the lengths of number each can match."""

    def __init__(
        self,
        definitions: Iterable[CarrierDefinition],
        *,
        problems: Iterable[str] = (),
        shared_source: Mapping[str, Any] | None = None,
    ) -> None:
        self.definitions: tuple[CarrierDefinition, ...] = tuple(definitions)
        #: the files a load left out, and why (`carriers list` shows them)
        self.problems: tuple[str, ...] = tuple(problems)
        #: the shared data's SOURCE.json: its commit, version and when it was taken
        self.shared_source: Mapping[str, Any] = shared_source or {}
        # per length of number, the formats that can match one, in the order of their rank
        self._by_length: dict[int, tuple[CarrierDefinition, ...]] = {}
        ranked = sorted(self.definitions, key=CarrierDefinition.static_rank)
        for length in range(1, MAX_NUMBER + 1):
            fits = tuple(d for d in ranked if d.min_length <= length <= d.max_length)
            if fits:
                self._by_length[length] = fits

    def candidates(self, number: str) -> list[CarrierMatch]:
        """Every definition's reading of `number` (normalised here), best first."""
        compact = normalise(number)
        found = []
        for definition in self._by_length.get(len(compact), ()):
            match = definition.read(compact)
            if match is not None:
                found.append(match)
        found.sort(key=CarrierMatch.rank)
        return found

    def best(self, number: str, *, normalised: bool = False) -> CarrierMatch | None:
        """The best reading: a valid one if any format accepts the number, else the nearest miss.

        The formats are tried in the order of their rank, so the first valid reading is the
        best and the rest are not read (the hot path of every scan)."""
        compact = number if normalised else normalise(number)
        near: CarrierMatch | None = None
        for definition in self._by_length.get(len(compact), ()):
            found = definition.regex.fullmatch(compact)
            if found is None:
                continue
            match = definition.reading(compact, found)
            if match.valid:
                return match
            if near is None:
                near = match
        return near


# -- compiling a courier file ------------------------------------------------------------------


def compile_courier(
    data: Any, *, source: int, origin: str, first_order: int = 0
) -> list[CarrierDefinition]:
    """The definitions of one courier file's parsed JSON.  Raises DefinitionError naming the
    file, the format and what is wrong."""
    if not isinstance(data, dict):
        raise DefinitionError(f"{origin}: a courier file is a JSON object")
    name, code = data.get("name"), data.get("courier_code")
    if not isinstance(name, str) or not name.strip():
        raise DefinitionError(f"{origin}: 'name' (the courier's name) is missing")
    if not isinstance(code, str) or not re.fullmatch(r"[A-Za-z0-9_]+", code):
        raise DefinitionError(
            f"{origin}: 'courier_code' must be letters, digits or _ (it is {code!r})"
        )
    formats = data.get("tracking_numbers")
    if not isinstance(formats, list) or not formats:
        raise DefinitionError(f"{origin}: 'tracking_numbers' must list at least one format")
    out = []
    for index, spec in enumerate(formats):
        try:
            definition = _compile_format(
                spec,
                courier_code=code,
                courier_name=name,
                source=source,
                origin=origin,
                index=index,
                order=first_order + index,
            )
        except DefinitionError:
            raise
        except Exception as exc:  # a shape no check above foresaw: refused, never a crash
            raise DefinitionError(
                f"{origin}: tracking_numbers[{index}] cannot be used "
                f"({exc.__class__.__name__}: {exc})"
            ) from exc
        out.append(definition)
    return out


def _compile_format(
    spec: Any,
    *,
    courier_code: str,
    courier_name: str,
    source: int,
    origin: str,
    index: int,
    order: int,
) -> CarrierDefinition:
    if not isinstance(spec, dict):
        raise DefinitionError(f"{origin}: tracking_numbers[{index}] is not an object")
    name = spec.get("name")
    where = f"{origin}: {name or f'tracking_numbers[{index}]'}"
    if not isinstance(name, str) or not name.strip():
        raise DefinitionError(f"{where}: 'name' is missing")
    format_id = spec.get("id") or _parameterize(name)
    if not isinstance(format_id, str):
        raise DefinitionError(f"{where}: 'id' must be a text")
    pattern = spec.get("regex")
    if isinstance(pattern, list) and all(isinstance(p, str) for p in pattern):
        pattern = "".join(pattern)
    if not isinstance(pattern, str) or not pattern:
        raise DefinitionError(f"{where}: 'regex' must be a text or a list of texts")
    python_pattern = _NAMED_GROUP.sub("(?P<", pattern)
    try:
        re.compile(python_pattern, re.ASCII)  # the pattern as written must compile
        # matched against numbers without whitespace: its `\s*` spacing is taken out
        regex = re.compile(_without_spacing(python_pattern), re.ASCII)
    except re.error as exc:
        raise DefinitionError(f"{where}: the regex does not compile: {exc}") from exc
    if "SerialNumber" not in regex.groupindex:
        raise DefinitionError(f"{where}: the regex has no SerialNumber group")
    validation = spec.get("validation", {})
    if not isinstance(validation, dict):
        raise DefinitionError(f"{where}: 'validation' must be an object")
    checksum = validation.get("checksum")
    check = None
    if checksum is not None:
        if not isinstance(checksum, dict):
            raise DefinitionError(f"{where}: 'validation.checksum' must be an object")
        if "CheckDigit" not in regex.groupindex:
            raise DefinitionError(f"{where}: a checksum needs a CheckDigit group in the regex")
        try:
            check = checker(checksum)
        except ChecksumSpecError as exc:
            raise DefinitionError(f"{where}: {exc}") from exc
    prepend_if = None
    number_format = validation.get("serial_number_format")
    if number_format is not None:
        prepend = number_format.get("prepend_if") if isinstance(number_format, dict) else None
        if not isinstance(prepend, dict) or not isinstance(prepend.get("content"), str):
            raise DefinitionError(
                f"{where}: serial_number_format needs prepend_if with matches_regex and content"
            )
        prepend_if = (_regex(prepend.get("matches_regex"), where), prepend["content"])
    lookups = _lookups(spec.get("additional"), regex, where)
    required = ()
    extra = validation.get("additional")
    if extra is not None:
        exists = extra.get("exists") if isinstance(extra, dict) else None
        if not isinstance(exists, list) or not all(isinstance(x, str) for x in exists):
            raise DefinitionError(f"{where}: validation.additional.exists must list lookup names")
        titles = {title for title, _, _ in lookups}
        missing = [x for x in exists if x not in titles]
        if missing:
            raise DefinitionError(f"{where}: validation needs lookups it does not have: {missing}")
        required = tuple(exists)
    tests = spec.get("test_numbers", {})
    if not isinstance(tests, dict):
        raise DefinitionError(f"{where}: 'test_numbers' must be an object")
    valid_examples = _texts(tests.get("valid", []), f"{where}: test_numbers.valid")
    invalid_examples = _texts(tests.get("invalid", []), f"{where}: test_numbers.invalid")
    low, high = _widths(python_pattern)
    # the shipped definitions are timed by the tests (test_carriers), a site's own here
    slow = _slow(regex, high, timed=source == SITE)
    if slow:
        raise DefinitionError(f"{where}: the regex {slow}; write it without nested repeats")
    return CarrierDefinition(
        courier_code=courier_code,
        courier_name=courier_name,
        format_id=format_id,
        name=name,
        pattern=pattern,
        regex=regex,
        check=check,
        checksum=checksum,
        prepend_if=prepend_if,
        lookups=lookups,
        required_lookups=required,
        valid_examples=valid_examples,
        invalid_examples=invalid_examples,
        min_length=low,
        max_length=high,
        pinned=_pinned(python_pattern),
        source=source,
        order=order,
        origin=origin,
    )


def _parameterize(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _regex(text: Any, where: str) -> re.Pattern[str]:
    if not isinstance(text, str):
        raise DefinitionError(f"{where}: a matches_regex must be a text")
    try:
        return re.compile(_NAMED_GROUP.sub("(?P<", text), re.ASCII)
    except re.error as exc:
        raise DefinitionError(f"{where}: {text!r} does not compile: {exc}") from exc


def _texts(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DefinitionError(f"{where} must be a list of texts")
    return tuple(value)


def _lookups(additional: Any, regex: re.Pattern[str], where: str) -> tuple[_Lookup, ...]:
    if additional is None:
        return ()
    if not isinstance(additional, list):
        raise DefinitionError(f"{where}: 'additional' must be a list")
    out = []
    for table in additional:
        if not isinstance(table, dict):
            raise DefinitionError(f"{where}: an 'additional' entry is not an object")
        title, group, entries = (
            table.get("name"),
            table.get("regex_group_name"),
            table.get("lookup"),
        )
        if not isinstance(title, str) or not isinstance(group, str):
            raise DefinitionError(f"{where}: an 'additional' entry needs name and regex_group_name")
        if group not in regex.groupindex:
            raise DefinitionError(
                f"{where}: lookup {title!r} reads group {group!r}, not in the regex"
            )
        if not isinstance(entries, list):
            raise DefinitionError(f"{where}: lookup {title!r} needs a 'lookup' list")
        compiled = []
        for entry in entries:
            if not isinstance(entry, dict):
                raise DefinitionError(
                    f"{where}: lookup {title!r} has an entry that is not an object"
                )
            if isinstance(entry.get("matches"), str):
                compiled.append((_equals(entry["matches"]), entry))
            elif "matches_regex" in entry:
                compiled.append((_searches(_regex(entry["matches_regex"], where)), entry))
            else:
                raise DefinitionError(
                    f"{where}: lookup {title!r} has an entry without matches or matches_regex"
                )
        out.append((title, group, _finder(compiled)))
    return tuple(out)


def _finder(
    entries: Sequence[tuple[Callable[[str], bool], Mapping[str, Any]]],
) -> Callable[[str], Mapping[str, Any] | None]:
    """The first entry a value matches; a table of exact values (S10's 191 countries) by a
    dict, not by trying each in turn."""
    if all(isinstance(entry.get("matches"), str) for _, entry in entries):
        table: dict[str, Mapping[str, Any]] = {}
        for _, entry in entries:
            table.setdefault(entry["matches"], entry)
        return table.get

    def first(value: str) -> Mapping[str, Any] | None:
        return next((entry for matches, entry in entries if matches(value)), None)

    return first


def _equals(expected: str) -> Callable[[str], bool]:
    def equals(value: str) -> bool:
        return value == expected

    return equals


def _searches(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    def searches(value: str) -> bool:
        return pattern.search(value) is not None

    return searches


def _widths(pattern: str) -> tuple[int, int]:
    """Shortest and longest normalised number the pattern can match (its `\\s*` spacing taken
    out: the numbers it reads have no whitespace)."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        low, high = _parser.parse(_without_spacing(pattern)).getwidth()
    except Exception:  # a construct the parser cannot size: try the definition on everything
        return 1, MAX_NUMBER
    return max(1, int(low)), min(MAX_NUMBER, int(high))


#: the longest a format's regex may take on a number of the length it reads (a worst case)
SLOW_SECONDS = 0.02


def _slow(regex: re.Pattern[str], longest: int, *, timed: bool = True) -> str | None:
    """Why the regex could take too long on some scan, or None.  A repeat inside another
    repeat, one of them without an upper bound (`([0-9]+)+`), or alternatives repeated without
    one, backtrack exponentially: refused as written; then the regex is timed on numbers of the
    longest length it reads that nearly match."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        if _nested_repeat(_parser.parse(regex.pattern), None):
            return "repeats a repeat without a bound (it could take minutes on one scan)"
    except RecursionError:
        return "nests too deeply"
    except Exception:  # a shape the parser cannot walk: the timing below decides
        pass
    if not timed:
        return None
    import time

    for fill in ("0", "A", "0A", "A0", "1Z"):
        for length in {max(1, longest - 1), longest}:
            probe = (fill * length)[:length]
            for tail in ("", "!"):
                started = time.perf_counter()
                regex.fullmatch(probe[: length - len(tail)] + tail)
                if time.perf_counter() - started > SLOW_SECONDS:
                    return f"took over {SLOW_SECONDS * 1000:.0f} ms on a {length}-character number"
    return None


def _nested_repeat(items: Any, outer: bool | None) -> bool:
    """`outer`: None outside any repeat of more than one, else whether that repeat is unbounded."""
    from re import _constants  # type: ignore[attr-defined]

    for op, value in items:
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            _low, high, inner = value
            unbounded = high == _constants.MAXREPEAT
            if high > 1:
                if outer is not None and (outer or unbounded):
                    return True
                if _nested_repeat(inner, unbounded):
                    return True
            elif _nested_repeat(inner, outer):
                return True
        elif op is _constants.SUBPATTERN:
            if _nested_repeat(value[-1], outer):
                return True
        elif op is _constants.BRANCH:
            if outer:  # alternatives under an unbounded repeat
                return True
            if any(_nested_repeat(branch, outer) for branch in value[1]):
                return True
        elif op in (_constants.ASSERT, _constants.ASSERT_NOT) and _nested_repeat(value[1], outer):
            return True
    return False


def _pinned(pattern: str) -> int:
    """How many characters of a match the pattern fixes (`1Z` 2, `JJD` 3, `(SE|DK)` 2)."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        return _literals(_parser.parse(_without_spacing(pattern)))
    except Exception:
        return 0


def _literals(items: Any) -> int:
    from re import _constants  # type: ignore[attr-defined]

    total = 0
    for op, value in items:
        if op is _constants.LITERAL:
            total += 1
        elif op is _constants.SUBPATTERN:
            total += _literals(value[-1])
        elif op is _constants.BRANCH:
            total += min(_literals(branch) for branch in value[1])
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            low, _high, inner = value
            total += int(low) * _literals(inner)
    return total
