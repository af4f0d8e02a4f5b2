"""The station's languages, and how each writes numbers, weights, money and times.

English is the source language; `resources/translations/receiving_station_<code>.ts` (Qt
Linguist) holds each other language.  The window reads them through Qt's translator
(ui/i18n.py); what the core prints or exports (labels, the shift report, the refunds CSV) reads
the same files here, without Qt.  Numbers, money and dates are written with Babel (the Unicode
CLDR's rules for each locale), on screen and on paper alike, so a weight reads the same on the
bench and on its label.

A language is chosen per operator (`operators.language`), else the station's locale
(`[station] locale` in the station config, else the system's LANG).
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime, format_time
from babel.numbers import format_currency, format_decimal, get_decimal_symbol

from receiving_station.i18n.text import Money, Weight, localized
from receiving_station.paths import RESOURCES

TRANSLATIONS_DIR = RESOURCES / "translations"
SOURCE_LANGUAGE = "en"
LANGUAGES: dict[str, str] = {
    # code: the language's own name, as its speakers look for it in a list
    "en": "English",
    "sv": "Svenska",
    "nb": "Norsk bokmål",
    "da": "Dansk",
    "nl": "Nederlands",
    "de": "Deutsch",
}
DEFAULT_TERRITORY = {"en": "GB", "sv": "SE", "nb": "NO", "da": "DK", "nl": "NL", "de": "DE"}
_ALIASES = {"no": "nb", "nn": "nb"}  # Norwegian without a written standard: bokmål


class LanguageError(ValueError):
    """A language or locale the station cannot use; the message names it and what can."""


def ts_path(language: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    return directory / f"receiving_station_{language}.ts"


def language_of(locale_name: str | None) -> str:
    """'sv_SE.UTF-8' -> 'sv'; a language the station does not speak -> English."""
    if not locale_name:
        return SOURCE_LANGUAGE
    code = locale_name.split(".")[0].replace("-", "_").split("_")[0].lower()
    code = _ALIASES.get(code, code)
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def check_language(code: str) -> str:
    """A language code a person typed (config, CLI, import): the code, or a clear error."""
    wanted = _ALIASES.get(code.strip().lower(), code.strip().lower())
    if wanted not in LANGUAGES:
        raise LanguageError(
            f"language {code!r} is not one the station speaks; use one of "
            + ", ".join(f"{c} ({name})" for c, name in LANGUAGES.items())
        )
    return wanted


def system_locale() -> str:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value.split(".")[0]
    return "en_GB"


@dataclass(frozen=True)
class Catalog:
    """One language's translations, read from its .ts file: (context, source) -> forms."""

    language: str
    messages: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)

    def translate(self, context: str, source: str, n: int | None = None) -> str:
        forms = self.messages.get((context, source))
        if not forms:
            return source
        if len(forms) == 1 or n is None:
            return forms[0]
        # every language the station speaks has two forms: one, and the rest
        return forms[0] if abs(n) == 1 else forms[1]


def read_ts(path: Path) -> Catalog:
    """The finished translations of a .ts file (unfinished ones are left to the English)."""
    root = ET.parse(path).getroot()
    language = language_of(root.get("language"))
    messages: dict[tuple[str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "vanished",
                "obsolete",
            ):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if not forms:
                forms = [translation.text or ""]
            if any(forms):
                messages[(name, message.findtext("source") or "")] = tuple(forms)
    return Catalog(language, messages)


@functools.lru_cache(maxsize=16)
def catalog(language: str, directory: Path = TRANSLATIONS_DIR) -> Catalog:
    if language == SOURCE_LANGUAGE:
        return Catalog(language)
    path = ts_path(language, directory)
    return read_ts(path) if path.exists() else Catalog(language)


@dataclass(frozen=True)
class Writing:
    """How one reader writes: a language and a locale (its territory decides the formats)."""

    language: str = SOURCE_LANGUAGE
    locale: str = "en_GB"

    @classmethod
    def for_language(cls, language: str, station_locale: str | None = None) -> Writing:
        """The language in the station's territory (English at a Swedish site writes dates
        the Swedish way), else the language's home territory."""
        language = check_language(language)
        home = f"{language}_{DEFAULT_TERRITORY[language]}"
        parts = (station_locale or "").split(".")[0].replace("-", "_").split("_")
        if len(parts) > 1:
            candidate = f"{language}_{parts[1].upper()}"
            try:
                Locale.parse(candidate)
                return cls(language, candidate)
            except (UnknownLocaleError, ValueError):
                pass  # no such locale (de_SE): the language's home writing
        return cls(language, home)

    def number(
        self, value: Decimal | int | float, places: int | None = None, *, grouping: bool = True
    ) -> str:
        """A number with the locale's separators; a Decimal keeps its decimals (1.250 kg
        stays three places), `places` fixes them (a float without `places`: one).  Without
        `grouping`, no thousands separator (a spreadsheet cell)."""
        whole = "#,##0" if grouping else "0"
        if isinstance(value, int) and places is None:
            return format_decimal(value, format=whole, locale=self.locale)
        if places is None:
            if isinstance(value, float):
                places = 1
            else:
                exponent = Decimal(value).as_tuple().exponent
                places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        pattern = whole + ("." + "0" * places if places else "")
        return format_decimal(value, format=pattern, locale=self.locale, decimal_quantization=True)

    @property
    def decimal_mark(self) -> str:
        return get_decimal_symbol(self.locale)

    def datetime_full(self, value: dt.datetime) -> str:
        """A local date and time to the second, the locale's way (an export's cell)."""
        local = value.astimezone() if value.tzinfo else value
        time = format_time(local, "medium", tzinfo=local.tzinfo, locale=self.locale)
        return f"{self.date(local.date())} {time}"

    def weight(self, kg: Decimal) -> str:
        return f"{self.number(kg)}\u00a0kg"

    def money(self, amount: Decimal, currency: str) -> str:
        if not currency:
            return self.number(amount, 2)
        said = format_currency(amount, currency, locale=self.locale)
        # CLDR glues a currency code to the digits in some locales (en_GB: NOK1,669.00): a
        # space between them reads better at arm's length
        return re.sub(r"(?<=[A-Z]{3})(?=[\d-])|(?<=\d)(?=[A-Z]{3})", "\u00a0", said)

    def datetime(self, value: dt.datetime) -> str:
        local = value.astimezone() if value.tzinfo else value
        return format_datetime(local, "short", tzinfo=local.tzinfo, locale=self.locale)

    def date(self, value: dt.date) -> str:
        return format_date(value, "short", locale=self.locale)

    def time(self, value: dt.datetime | dt.time) -> str:
        if isinstance(value, dt.datetime) and value.tzinfo:
            value = value.astimezone()
        return format_time(value, "short", locale=self.locale)

    def value(self, value: Any) -> str:
        """A value inside a sentence, written this reader's way."""
        if isinstance(value, Money):
            return self.money(value.amount, value.currency)
        if isinstance(value, Weight):
            return self.weight(value.kg)
        if isinstance(value, bool) or value is None:
            return str(value)
        if isinstance(value, Decimal | float):
            return self.number(value)
        if isinstance(value, dt.datetime):
            return self.datetime(value)
        if isinstance(value, dt.date):
            return self.date(value)
        if isinstance(value, dt.time):
            return self.time(value)
        return str(value)

    def say(self, value: Any) -> str:
        """A Text (or any value) in this reader's language, without Qt (labels, exports)."""
        return localized(value, catalog(self.language).translate, self.value)
