"""The window's language: Qt's translator over resources/translations/*.ts.

    from ui.i18n import tr, say
    self.title.setText(tr("bench", "Scan the parcel's carrier label"))
    self.message.setText(say(update.message))       # a core Text, in the operator's language

`tr(context, source, n=..., **values)` says one of the window's own sentences; `say(value)` says
whatever the core handed over (a `Text`, or a plain name or code as it is).  Both read the
language in use; `use_language()` changes it for the whole application at once (an operator
signs in): Qt then sends every widget a LanguageChange event, and each view's `retranslate()`
sets its fixed texts again (`Retranslating`), so nothing needs a restart.

The .ts files are compiled to .qm with the lrelease that PySide6 ships, at start-up, into the
user's cache (once per content of the .ts; ~20 ms each), so a site that edits a .ts in Qt
Linguist sees it at the next start without a build step.

Threading: GUI thread (the language is the application's).
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
from pathlib import Path
from typing import Any

import platformdirs
import PySide6
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QKeyEvent, QKeySequence

from receiving_station.i18n.language import (
    LANGUAGES,
    SOURCE_LANGUAGE,
    TRANSLATIONS_DIR,
    Writing,
    ts_path,
)
from receiving_station.i18n.text import Text, localized

log = logging.getLogger(__name__)

_writing = Writing()
_installed: list[QTranslator] = []
_station_locale: str | None = None
_applied: tuple[str, str] | None = None  # (language, locale) in use, once one was applied


def writing() -> Writing:
    """How the person at the bench writes: their language and locale."""
    return _writing


def language() -> str:
    return _writing.language


def _qt_translate(context: str, source: str, n: int | None) -> str:
    return QCoreApplication.translate(context, source, None, -1 if n is None else n)


def say(value: Any) -> str:
    """A core Text (or a name, a code, a number) as the person at the bench reads it."""
    return localized(value, _qt_translate, _writing.value)


def tr(context: str, source: str, /, n: int | None = None, **values: Any) -> str:
    """One of the window's sentences in the language in use; `{name}` filled from `values`
    (numbers, money, times written the locale's way), `n` choosing the plural form."""
    if n is None and not values:
        return _qt_translate(context, source, None)
    return say(Text(context, source, n=n, **values))


def mnemonic(text: str) -> str | None:
    """The letter a `&` underlines in a caption ("&Bänk" -> "B"), upper case; None without."""
    at = text.find("&")
    return text[at + 1].upper() if 0 <= at < len(text) - 1 else None


def plain_caption(text: str) -> str:
    """A caption without its `&` marks ("&Avvikelser" -> "Avvikelser"; "&&" is an ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def alt_letter(event: QKeyEvent) -> str | None:
    """The letter of an Alt + letter key press (upper case), else None."""
    if event.modifiers() != Qt.KeyboardModifier.AltModifier:
        return None
    return (event.text() or QKeySequence(event.key()).toString()).upper() or None


class Retranslating:
    """Mixin for a view: `retranslate()` is called when the application's language changes.

    Put every fixed text in `retranslate()` and call it once from `__init__`."""

    def retranslate(self) -> None:  # pragma: no cover - each view has its own
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def lrelease_program() -> str | None:
    bundled = Path(PySide6.__file__).resolve().parent / "lrelease"
    if bundled.exists():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled(
    language: str, directory: Path = TRANSLATIONS_DIR, cache: Path | None = None
) -> Path | None:
    """The .qm of a language's .ts, compiled now if this content was not compiled before;
    None (and a log line naming the reason) when it cannot be had: the window stays English."""
    source = ts_path(language, directory)
    if not source.exists():
        log.warning("no translation for %s: %s is missing", language, source)
        return None
    data = source.read_bytes()
    cache = cache or Path(platformdirs.user_cache_dir("receiving-station", appauthor=False))
    target = cache / "translations" / f"{source.stem}-{hashlib.sha256(data).hexdigest()[:16]}.qm"
    if target.exists():
        return target
    program = lrelease_program()
    if program is None:
        log.warning("cannot compile %s: PySide6's lrelease is not installed", source)
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part.qm")
    done = subprocess.run(
        [program, "-silent", str(source), "-qm", str(partial)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not partial.exists():
        log.warning("lrelease failed on %s: %s", source, (done.stderr or done.stdout).strip())
        return None
    partial.replace(target)
    return target


def set_station_locale(locale_name: str | None) -> None:
    """The station's locale (config, else the system): the territory for every language."""
    global _station_locale
    _station_locale = locale_name


def site_writing() -> Writing:
    """How the site writes (its locale's language and way): what printed labels say, whoever
    is signed in."""
    from receiving_station.i18n.language import language_of, system_locale

    station = _station_locale or system_locale()
    return Writing.for_language(language_of(station), station)


def use_language(code: str | None) -> str:
    """Speak `code` (None: the station's language) from now on, in every window; returns the
    language in use (English when a translation cannot be loaded).  Nothing happens when it
    is spoken already: a change makes every widget say its texts again."""
    global _writing, _applied
    from receiving_station.i18n.language import language_of, system_locale

    station = _station_locale or system_locale()
    wanted = code or language_of(station)
    if wanted not in LANGUAGES:
        wanted = SOURCE_LANGUAGE
    if _applied == (wanted, Writing.for_language(wanted, station).locale):
        return wanted
    app = QCoreApplication.instance()
    translators: list[QTranslator] = []
    if wanted != SOURCE_LANGUAGE:
        ours = compiled(wanted)
        translator = QTranslator()
        if ours is not None and translator.load(str(ours)):
            translators.append(translator)
        else:
            wanted = SOURCE_LANGUAGE
    writing_now = Writing.for_language(wanted, station)
    if wanted != SOURCE_LANGUAGE:
        qt_own = QTranslator()  # Qt's own words (standard dialogs' buttons)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_name = "qtbase_nn" if wanted == "nb" else f"qtbase_{wanted}"
        if qt_own.load(qt_name, qt_dir):
            translators.append(qt_own)
    if app is not None:
        for old in _installed:
            app.removeTranslator(old)
    _installed.clear()
    _writing = writing_now
    _applied = (wanted, writing_now.locale)
    QLocale.setDefault(QLocale(writing_now.locale))
    if app is not None:
        for translator in translators:
            app.installTranslator(translator)
        _installed.extend(translators)
    # installing and removing a translator each make Qt send LanguageChange to every widget
    return wanted
