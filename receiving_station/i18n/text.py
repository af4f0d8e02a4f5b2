"""Sentences for people, in any of the station's languages.

The core says what happened in English, but as a `Text`: a `str` (so logs, the CLI and the
tests read English) that also keeps what a translator needs, the context and the English source
with its `{placeholders}`, and the values that fill them.  Whoever shows it to a person says it
in that person's language with `localized()`: the window through Qt's translator
(ui/i18n.py), a printed label or an exported report through the same `.ts` catalogue read here
without Qt (receiving_station/i18n/language.py).

    Text("workflow", "{lpn} confirmed: {disposition}, {amount}. Label printing.",
         lpn=unit.lpn, disposition=DISPOSITIONS[unit.disposition], amount=Money(...))

Rules that keep translation possible (tests/receiving_station/test_language.py checks them):
the context and the source are string literals, so `receiving-station translations update`
finds them in the code; a value that is itself a sentence is a `Text` (it is said in the same
language); a count that changes the sentence's form is passed as `n` (plural forms).  Numbers,
weights, money and times are passed as values (`Decimal`, `Money`, `datetime`), never formatted
into the source, so each language writes them its own way.
"""

from __future__ import annotations

import datetime as dt
import json
import string
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

Translate = Callable[[str, str, int | None], str]
"""(context, English source, n) -> the source in the reader's language (or the source)."""
Format = Callable[[Any], str]
"""A value that is not a sentence (number, money, time, name) -> how the reader writes it."""

_FORMATTER = string.Formatter()


@dataclass(frozen=True)
class Money:
    """An amount with its currency, said the reader's way (669,00 NOK; NOK 669,00)."""

    amount: Decimal
    currency: str

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}"


@dataclass(frozen=True)
class Weight:
    """Kilograms, with as many decimals as were measured."""

    kg: Decimal

    def __str__(self) -> str:
        return f"{self.kg} kg"


def plural(source: str, n: int | None) -> str:
    """English plurals: a source's "(s)" is "" for one and "s" for any other count `n`
    ("{n} item(s)" -> "1 item", "3 items"); without a count the source stays as it is.
    Other languages have their forms in their catalogue (numerusform)."""
    if n is None or "(s)" not in source:
        return source
    return source.replace("(s)", "" if abs(n) == 1 else "s")


def placeholders(source: str) -> set[str]:
    """The names a source (or its translation) fills: {lpn} -> 'lpn'."""
    return {name for _, name, _, _ in _FORMATTER.parse(source) if name}


class Text(str):
    """English text that can be said in another language (see the module docstring)."""

    context: str
    source: str
    n: int | None
    args: Mapping[str, Any]

    def __new__(cls, context: str, source: str, /, n: int | None = None, **args: Any) -> Text:
        values = dict(args)
        if n is not None:
            values["n"] = n
        english = plural(source, n)
        if values:
            english = english.format(**{k: _english(v) for k, v in values.items()})
        self = super().__new__(cls, english)
        self.context, self.source, self.n, self.args = context, source, n, values
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # pickling (the bench's worker hands results on)
        return (_rebuild, (self.context, self.source, self.n, dict(self.args)))

    @classmethod
    def joined(cls, separator: str, parts: Iterable[Any]) -> Text:
        """Sentences in a row ('a; b'): each said in the reader's language."""
        items = list(parts)
        source = separator.join("{p" + str(i) + "}" for i in range(len(items)))
        values: dict[str, Any] = {f"p{i}": part for i, part in enumerate(items)}
        return cls("", source, **values)

    # -- stored with a row (an exception's summary), read back on any bench -------------------

    def to_json(self) -> str:
        return json.dumps(_dump(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, stored: str | None, fallback: str = "") -> str:
        """The Text stored with `to_json`; `fallback` (the English column) when there is none or
        it cannot be read (a row written before texts were stored)."""
        if not stored:
            return fallback
        try:
            value = _load(json.loads(stored))
        except (ValueError, TypeError, KeyError):
            return fallback
        return value if isinstance(value, str) else fallback


def plain(context: str, source: str) -> Text:
    """A fixed word or sentence without values (a disposition, a grade's name, a question
    from the rules file): braces in it are text, not placeholders."""
    return Text(context, source)


def message_of(exc: BaseException) -> str:
    """An exception's message as raised: the Text itself when it was one (str(exc) would
    give its English only)."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Text):
        return exc.args[0]
    return str(exc)


def localized(value: Any, translate: Translate, format_value: Format) -> str:
    """`value` as the reader should see it: a Text in their language with its values in their
    way of writing; anything else through `format_value` (a name, an LPN: as it is)."""
    if not isinstance(value, Text):
        return format_value(value)
    source = translate(value.context, value.source, value.n) if value.context else value.source
    source = plural(source, value.n)  # the English, when it is what there is
    if not value.args:
        return source
    values = {k: localized(v, translate, format_value) for k, v in value.args.items()}
    try:
        return source.format(**values)
    except (KeyError, IndexError, ValueError):
        # a translation that lost or misspelt a placeholder: the English says it right
        return plural(value.source, value.n).format(**values)


def _english(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


def _rebuild(context: str, source: str, n: int | None, args: dict[str, Any]) -> Text:
    return Text(context, source, n=n, **{k: v for k, v in args.items() if k != "n"})


def _dump(value: Any) -> Any:
    if isinstance(value, Text):
        args = {
            k: _dump(v) for k, v in value.args.items() if not (k == "n" and value.n is not None)
        }
        return {"t": [value.context, value.source], "n": value.n, "a": args}
    if isinstance(value, Money):
        return {"money": [str(value.amount), value.currency]}
    if isinstance(value, Weight):
        return {"kg": str(value.kg)}
    if isinstance(value, Decimal):
        return {"d": str(value)}
    if isinstance(value, dt.datetime):
        return {"at": value.isoformat()}
    if isinstance(value, dt.date):
        return {"day": value.isoformat()}
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, int | str):
        return value
    return str(value)


def _load(value: Any) -> Any:
    if isinstance(value, dict):
        if "t" in value:
            context, source = value["t"]
            args = {k: _load(v) for k, v in value.get("a", {}).items()}
            return Text(context, source, n=value.get("n"), **args)
        if "money" in value:
            return Money(Decimal(value["money"][0]), value["money"][1])
        if "kg" in value:
            return Weight(Decimal(value["kg"]))
        if "d" in value:
            return Decimal(value["d"])
        if "at" in value:
            return dt.datetime.fromisoformat(value["at"])
        if "day" in value:
            return dt.date.fromisoformat(value["day"])
    return value
