"""The window in the warehouse's languages: each loads; an operator who chooses Swedish at the
sign-in screen works in Swedish (and finds it again at the next sign-in); a walk over every
visible text of the window finds no English: the sign-in screen and the bench through a whole
parcel, a lead's Upstream and Exceptions sections (with an action's outcome), a supervisor's
Labels and Figures sections and the files they save."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QToolButton,
    QWidget,
)
from sqlalchemy import select

from db.engine import session_factory
from db.models import Operator
from receiving_station.bench.state import Stage
from receiving_station.i18n.language import LANGUAGES, catalog
from receiving_station.i18n.text import Text
from receiving_station.i18n.translations import extract
from receiving_station.labels.jobs import DEFAULT_BINS
from tests.helpers.texts import faults, visible_texts
from tests.helpers.window import (
    TIMEOUT,
    badge_and_pin,
    key,
    open_window,
    scan,
    take_parcel,
    wait_stage,
)
from ui.i18n import language, mnemonic, say, tr, use_language

TRANSLATED = [code for code in LANGUAGES if code != "en"]
# every context the window says: its sections' own and the core's sentences they show
CONTEXTS = {
    "auth",
    "bench",
    "bench_view",
    "events",
    "exceptions_view",
    "figures_view",
    "labels",
    "labels_view",
    "login",
    "main_window",
    "reports",
    "review",
    "rules",
    "section",
    "shifts",
    "upstream_view",
    "views",
    "vocabulary",
    "workflow",
}


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    use_language("en")


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_language_loads_and_speaks(qtbot, code: str) -> None:  # type: ignore[no-untyped-def]
    assert use_language(code) == code
    assert language() == code
    signed = tr("login", "Sign in")
    assert signed and signed != "Sign in"
    assert tr("bench_view", "{n} photo(s) taken", n=1) != tr(
        "bench_view", "{n} photo(s) taken", n=3
    )
    assert use_language("en") == "en"
    assert tr("login", "Sign in") == "Sign in"


def english_words(code: str) -> set[str]:
    """Words of the English sentences (4 letters or more) that the language never uses: seen
    on screen, they are English left untranslated."""
    messages, _ = extract()
    words: set[str] = set()
    for message in messages:
        if message.context in CONTEXTS:
            words |= _words(re.sub(r"\{\w+\}", " ", message.source))
    spoken: set[str] = set()
    for forms in catalog(code).messages.values():
        for form in forms:
            spoken |= _words(form)
    return words - spoken


def _words(text: str) -> set[str]:
    text = re.sub(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b", " ", text)  # identifiers: grade-a-restock
    return {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]{4,}", text)}


# Codes, not words: the areas' location codes are painted on the warehouse floor and printed
# on labels as they are (receiving_station.labels.jobs.DEFAULT_BINS), in any language
CODES = set(DEFAULT_BINS.values())


def assert_no_english(window: QWidget, code: str, words: set[str]) -> None:
    QApplication.processEvents()
    left = [
        (where, text, sorted(_words(text) & words))
        for where, text in visible_texts(window)
        if _words(text) & words and text not in CODES
    ]
    assert not left, f"English left in {code}: " + "\n".join(map(str, left))
    # ... and nothing said twice, no "(s)" (tests/ui/test_visible_texts.py)
    wrong = [(where, text, faults(text)) for where, text in visible_texts(window) if faults(text)]
    assert not wrong, f"In {code}: " + "\n".join(map(str, wrong))


def _choose_language(window, code: str) -> None:  # type: ignore[no-untyped-def]
    """The sign-in screen's Language list, as a keyboard or a mouse chooses on it."""
    login = window.login
    index = login.languages.findData(code)
    login.languages.setCurrentIndex(index)
    login.languages.activated.emit(index)


def _open_by_own_letter(qtbot, window, tab: int, signal) -> None:  # type: ignore[no-untyped-def]
    """Alt + the letter the tab's title underlines in this language."""
    title = window.tabs.tabText(tab)
    letter = title[title.index("&") + 1]
    with qtbot.waitSignal(signal, timeout=TIMEOUT):
        qtbot.keyClicks(window.bench_view, letter.lower(), Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentIndex() == tab


@pytest.mark.parametrize("code", ["sv", "nl", "nb", "da", "de"])
def test_a_whole_parcel_in_the_operators_language_without_english(  # type: ignore[no-untyped-def]
    qtbot, demo, tmp_path: Path, code: str
) -> None:
    engine, scenarios = demo
    window = open_window(qtbot, engine, scenarios, tmp_path)
    words = english_words(code)
    try:
        login = window.login
        assert login.prompt.text() == "Scan your badge"  # the station's language: English
        _choose_language(window, code)
        qtbot.waitUntil(lambda: login.prompt.text() != "Scan your badge", timeout=TIMEOUT)
        assert login.prompt.text() == tr("login", "Scan your badge")
        assert_no_english(window, code, words)

        scan(qtbot, window, "B-1001")  # the badge: signed in, the choice kept with Sara
        wait_stage(qtbot, window, Stage.READY)
        assert language() == code
        with session_factory(engine)() as session:
            assert (
                session.scalar(select(Operator.language).where(Operator.badge_code == "B-1001"))
                == code
            )
        assert window.bench_view.prompt.text() == say(window.bench.controller.state.prompt)
        assert_no_english(window, code, words)

        normal = scenarios["normal"]
        scan(qtbot, window, normal.parcel_code)
        wait_stage(qtbot, window, Stage.PARCEL)
        assert_no_english(window, code, words)
        window.demo.put(normal.weight_kg)
        qtbot.waitUntil(
            lambda: window.bench_view.state.parcel.measured_weight_kg == normal.weight_kg,
            timeout=TIMEOUT,
        )
        window.demo.scan(normal.item_codes[0])
        qtbot.waitUntil(lambda: window.bench_view.state.unit is not None, timeout=TIMEOUT)
        assert_no_english(window, code, words)
        while window.bench_view.state.stage == Stage.CHECKLIST:
            key(qtbot, window, "Y")
        key(qtbot, window, "1")
        wait_stage(qtbot, window, Stage.DECIDE)
        assert_no_english(window, code, words)
        key(qtbot, window, "ENTER")
        qtbot.waitUntil(lambda: window.bench_view.state.unit is None, timeout=TIMEOUT)
        assert_no_english(window, code, words)
        key(qtbot, window, "F9")  # one item of two is in: it asks first ...
        assert window.bench_view.state.closing is not None
        assert_no_english(window, code, words)
        key(qtbot, window, "F9")  # ... and the key again closes it
        wait_stage(qtbot, window, Stage.READY)
        assert_no_english(window, code, words)

        qtbot.keyClick(window.bench_view, Qt.Key.Key_F12)  # signed out: the next person
        # starts in the station's language
        qtbot.waitUntil(lambda: window.stack.currentWidget() is login, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: login.prompt.text() == "Scan your badge", timeout=TIMEOUT)
        assert language() == "en"
        scan(qtbot, window, "B-1001")  # Sara again, without choosing: her language
        wait_stage(qtbot, window, Stage.READY)
        qtbot.waitUntil(lambda: language() == code, timeout=TIMEOUT)
        qtbot.waitUntil(
            lambda: window.bench_view.prompt.text() == say(window.bench.controller.state.prompt),
            timeout=TIMEOUT,
        )
        assert window.bench_view.prompt.text() != "Scan the parcel's carrier label or RMA barcode"
    finally:
        window.close()


def test_the_walk_finds_english_left_in_the_window(qtbot, demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The walk is not blind: an English text put on the bench is found."""
    engine, scenarios = demo
    window = open_window(qtbot, engine, scenarios, tmp_path)
    try:
        use_language("sv")
        scan(qtbot, window, "B-1001")
        wait_stage(qtbot, window, Stage.READY)
        window.bench_view.parcel_facts.setText("Scan the carrier label or the RMA barcode.")
        with pytest.raises(AssertionError, match="carrier"):
            assert_no_english(window, "sv", english_words("sv"))
    finally:
        window.close()


def test_tab_letters_are_one_per_section_in_every_language() -> None:
    titles = ["&Bench", "&Exceptions", "&Labels", "&Upstream", "F&igures"]
    for code in LANGUAGES:
        forms = [catalog(code).translate("main_window", title) for title in titles]
        letters = [form[form.index("&") + 1].upper() for form in forms]
        assert len(set(letters)) == len(letters), (code, forms)


def test_a_take_parcel_helper_still_speaks_english_by_default(qtbot, window, demo) -> None:  # type: ignore[no-untyped-def]
    """The station's language is English here: the other window tests read English."""
    _, scenarios = demo
    scan(qtbot, window, "B-1001")
    wait_stage(qtbot, window, Stage.READY)
    take_parcel(qtbot, window, scenarios["normal"], grade="1")
    assert "confirmed" in window.bench_view.message.text()


def test_the_language_list_is_reached_by_keyboard(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Alt + the underlined letter (Language: L) from the names list, then an arrow key: the
    sign-in screen speaks the next language at once."""
    login = window.login
    login.names.setFocus()
    qtbot.keyClick(login.names, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert login.languages.hasFocus()
    qtbot.keyClick(login.languages, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: login.prompt.text() == "Skanna din bricka", timeout=TIMEOUT)
    assert login.chosen == "sv"


@pytest.mark.parametrize("code", ["nl", "sv"])
def test_a_lead_reads_the_upstream_section_in_their_language(  # type: ignore[no-untyped-def]
    qtbot, demo, tmp_path: Path, code: str
) -> None:
    engine, scenarios = demo
    window = open_window(qtbot, engine, scenarios, tmp_path)
    words = english_words(code)
    try:
        _choose_language(window, code)
        badge_and_pin(qtbot, window, "B-2001")  # a shift lead
        wait_stage(qtbot, window, Stage.READY)
        _open_by_own_letter(qtbot, window, 3, window.upstream_view.shown)
        assert window.tabs.currentWidget() is window.upstream_view
        assert window.upstream_view.title.text() == tr("upstream_view", "Upstream events")
        assert_no_english(window, code, words)
        window.upstream_view.resolve_selected("")  # nothing chosen: nothing happens
        window.upstream_view.show_outcome(
            Text("upstream_view", "Event {id} will be sent again now.", id=7), "#ffffff"
        )
        use_language("en")  # a language change says the last outcome again
        qtbot.waitUntil(
            lambda: window.upstream_view.message.text() == "Event 7 will be sent again now.",
            timeout=TIMEOUT,
        )
    finally:
        window.close()


@pytest.mark.parametrize("code", ["sv", "nl"])
def test_a_lead_works_the_exception_queue_in_their_language(  # type: ignore[no-untyped-def]
    qtbot, demo, tmp_path: Path, code: str
) -> None:
    """The queue, an exception's whole story, a claim and a refusal: no English."""
    from tests.helpers.window import walk_all

    engine, scenarios = demo
    walk_all(engine, scenarios)  # another bench raised every kind of exception
    window = open_window(qtbot, engine, scenarios, tmp_path)
    words = english_words(code)
    try:
        _choose_language(window, code)
        badge_and_pin(qtbot, window, "B-2001")  # a shift lead
        wait_stage(qtbot, window, Stage.READY)
        view = window.exceptions_view
        _open_by_own_letter(qtbot, window, 1, view.model.loaded)
        qtbot.waitUntil(lambda: view.model.counts_current, timeout=TIMEOUT)
        assert view.model.rowCount() >= 5
        qtbot.waitUntil(lambda: view.detail is not None, timeout=TIMEOUT)
        assert_no_english(window, code, words)
        # every exception's story, one by one
        for row in range(view.model.rowCount()):
            view.table.selectRow(row)
            wanted = view.model.rows[row].exception_id
            qtbot.waitUntil(
                lambda wanted=wanted: (
                    view.detail is not None and view.detail.row.exception_id == wanted
                ),
                timeout=TIMEOUT,
            )
            assert_no_english(window, code, words)
        view.table.selectRow(0)
        qtbot.waitUntil(
            lambda: (
                view.detail is not None
                and view.detail.row.exception_id == view.model.rows[0].exception_id
            ),
            timeout=TIMEOUT,
        )
        qtbot.keyClick(view.table, Qt.Key.Key_C)  # claimed
        qtbot.waitUntil(lambda: view.message.text() != "", timeout=TIMEOUT)
        assert tr("exceptions_view", "claimed") in view.message.text()
        assert_no_english(window, code, words)
        view.close_selected("  ")  # refused: say why
        qtbot.waitUntil(
            lambda: say(Text("review", "say why the exception is closed")) in view.message.text(),
            timeout=TIMEOUT,
        )
        assert_no_english(window, code, words)
        use_language("en")  # the section says everything again, the last outcome too
        qtbot.waitUntil(
            lambda: "say why the exception is closed" in view.message.text(), timeout=TIMEOUT
        )
        assert view.model.headerData(1, Qt.Orientation.Horizontal) == "Type"
        assert "Evidence" in view.detail_text.toPlainText()
    finally:
        window.close()


@pytest.mark.parametrize("code", ["sv", "nl"])
def test_a_supervisor_reads_labels_and_figures_in_their_language(  # type: ignore[no-untyped-def]
    qtbot, demo, tmp_path: Path, code: str
) -> None:
    """The Labels and Figures sections, and the refunds CSV and shift report they save, in the
    supervisor's language and locale."""
    from tests.helpers.label_images import pdf_texts
    from tests.helpers.window import walk_all

    engine, scenarios = demo
    walk_all(engine, scenarios)
    window = open_window(qtbot, engine, scenarios, tmp_path)
    words = english_words(code)
    try:
        _choose_language(window, code)
        badge_and_pin(qtbot, window, "B-3001")  # the supervisor
        wait_stage(qtbot, window, Stage.READY)
        labels = window.labels_view
        with qtbot.waitSignal(labels.previewed, timeout=TIMEOUT):
            _open_by_own_letter(qtbot, window, 2, labels.shown)
        assert labels.table.rowCount() >= 5
        assert_no_english(window, code, words)
        qtbot.keyClick(labels.table, Qt.Key.Key_W)  # the job log
        qtbot.waitUntil(
            lambda: labels.title.text() == tr("labels_view", "Label job log"), timeout=TIMEOUT
        )
        assert_no_english(window, code, words)

        figures = window.figures_view
        _open_by_own_letter(qtbot, window, 4, figures.shown)
        assert_no_english(window, code, words)
        window.resize(900, 900)  # a narrow screen: the tables' tab bar shows its arrows
        qtbot.waitUntil(
            lambda: (
                figures.tables.tabBar().findChild(QToolButton, "ScrollLeftButton") is not None
                and figures.tables.tabBar().findChild(QToolButton, "ScrollLeftButton").isVisible()
            ),
            timeout=TIMEOUT,
        )
        assert_no_english(window, code, words)
        # (a folder whose name has no English words: the outcome names the file)
        folder = Path(tempfile.mkdtemp(prefix="rs-"))
        csv_file, pdf_file = folder / "r.csv", folder / "r.pdf"
        figures.export_refunds(str(csv_file))
        qtbot.waitUntil(lambda: str(csv_file) in figures.message.text(), timeout=TIMEOUT)
        assert_no_english(window, code, words)
        header, *rows = csv_file.read_text(encoding="utf-8-sig").splitlines()
        assert header.split(";")[:3] == [
            catalog(code).translate("exports", "accepted (local time)"),
            "RMA",
            catalog(code).translate("exports", "order"),
        ]
        assert rows and all(re.search(r";\d+,\d\d;\d+,\d\d;", row) for row in rows)
        figures.save_report(str(pdf_file))
        qtbot.waitUntil(lambda: str(pdf_file) in figures.message.text(), timeout=TIMEOUT)
        report = " ".join(pdf_texts(pdf_file.read_bytes()))
        assert catalog(code).translate("shift_report", "Units received") in report
        assert "Units received" not in report and "Operators" not in report
    finally:
        window.close()


def test_a_sections_buttons_keep_their_alt_letters_clear_of_the_tabs() -> None:
    """Alt + a letter opens a section; a button's own Alt letter must not be one of those, nor
    another button's of the same section, in any language."""
    tabs = ["&Bench", "&Exceptions", "&Labels", "&Upstream", "F&igures"]
    sections = {
        "labels_view": ["&Print selected (P)", "&Reprint… (R)", "&Waiting / job log (W)"],
        "figures_view": ["E&xport refunds CSV… (E)", "&Shift report PDF… (S)"],
        "upstream_view": ["&Retry now (R)", "Resolve by &hand… (H)"],
    }
    for code in LANGUAGES:
        say_it = catalog(code).translate
        taken = {mnemonic(say_it("main_window", title)) for title in tabs}
        for context, buttons in sections.items():
            letters = [mnemonic(say_it(context, button)) for button in buttons]
            assert None not in letters, (code, context, letters)
            assert len(set(letters)) == len(letters), (code, context, letters)
            assert not set(letters) & taken, (code, context, letters, taken)


def test_the_pin_question_is_asked_again_in_the_language_chosen_after_the_badge(  # type: ignore[no-untyped-def]
    qtbot, demo, tmp_path: Path
) -> None:
    """A lead scans the badge, then chooses Svenska before typing the PIN: the question on the
    sign-in screen is said again in Swedish (it stayed in English, or vanished)."""
    engine, scenarios = demo
    window = open_window(qtbot, engine, scenarios, tmp_path)
    try:
        login = window.login
        scan(qtbot, window, "B-2001")
        qtbot.waitUntil(lambda: login.error.text() != "", timeout=TIMEOUT)
        assert "type your PIN" in login.error.text()
        _choose_language(window, "sv")
        qtbot.waitUntil(lambda: "skriv din PIN" in login.error.text(), timeout=TIMEOUT)
        assert not login.error.text().startswith("✖")
    finally:
        window.close()
