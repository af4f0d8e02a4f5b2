"""What the person at the bench reads says each thing once, in every language (issue #21): a
shift through every demo parcel, with the usual mistakes (a grade pressed before the checklist
is answered, Enter too early, "no" to every question, F9 with items missing), reading every
visible text after each step, finds no "(s)" plural, no word or phrase said twice in one text,
no code (an LPN, an RMA) said twice, and a message bar that never names another step than the
prompt above it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from receiving_station.bench.state import PROMPT_STEPS, Stage
from receiving_station.i18n.language import LANGUAGES
from tests.helpers.texts import faults, visible_texts
from tests.helpers.window import TIMEOUT, key, open_window, scan, sign_in, wait_stage
from ui.i18n import say, use_language


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    use_language("en")


def test_faults_finds_what_people_found() -> None:
    """The findings of the first-shift trial, as they read then."""
    assert faults("Sara Holm signed out (signed out)") == ["'signed out' said twice"]
    assert faults("Exception 70: exception 70 is about LPN1") == ["'exception 70' said twice"]
    assert faults("State: refused, 1 attempt(s)") == ['a "(s)" plural']
    assert faults("LPN0000001 held: LPN0000001 weighs 2 kg") == ["LPN0000001 said twice"]
    assert faults("the the parcel") == ["'the' twice in a row"]
    assert faults("Put the parcel on the scale, then scan an item  ·  F9 closes the parcel") == []
    assert faults("RMA-NO-0000001 for Ingrid Andersen: 2 items expected") == []
    assert faults("1 A New / unopened") == []
    assert faults("12 found: 3 weight mismatch, 1 wrong item, 1 wrong serial") == []
    assert faults("15 labels waiting · P prints the chosen · R prints again") == []


def _steps() -> dict[Stage, str]:
    return {stage: say(step) for stage, step in PROMPT_STEPS.items()}


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_a_shift_at_the_bench_says_each_thing_once(qtbot, demo, tmp_path, code: str) -> None:  # type: ignore[no-untyped-def]
    engine, scenarios = demo
    window = open_window(qtbot, engine, scenarios, tmp_path)
    try:
        sign_in(qtbot, window)
        use_language(code)
        steps = _steps()
        seen: dict[str, tuple[str, str]] = {}
        disagree: list[str] = []

        def look(step: str) -> None:
            QApplication.processEvents()
            for where, text in visible_texts(window, demo=True):
                seen.setdefault(text, (step, where))
            state = window.bench_view.state
            message = window.bench_view.message.text()
            for stage, other in steps.items():
                if stage != state.stage and other in message:
                    disagree.append(f"{step}: the message {message!r} asks {other!r}")

        for name, scenario in scenarios.items():
            scan(qtbot, window, scenario.parcel_code)
            wait_stage(qtbot, window, Stage.PARCEL)
            look(f"{name}: parcel scanned")
            if scenario.weight_kg is not None:
                window.demo.put(scenario.weight_kg)
                qtbot.waitUntil(
                    lambda: window.bench_view.state.parcel.measured_weight_kg is not None,
                    timeout=TIMEOUT,
                )
                look(f"{name}: weighed")
            for item in scenario.item_codes:
                window.demo.scan(item)
                qtbot.waitUntil(lambda: window.bench_view.state.unit is not None, timeout=TIMEOUT)
                look(f"{name}: item scanned")
                view = window.bench_view
                if view.state.stage == Stage.SERIAL:
                    window.demo.scan("SN-TYPED-AT-BENCH")
                    qtbot.waitUntil(
                        lambda: window.bench_view.state.stage != Stage.SERIAL, timeout=TIMEOUT
                    )
                    look(f"{name}: serial scanned")
                if view.state.stage == Stage.CHECKLIST:
                    key(qtbot, window, "2")  # too early: refused
                    look(f"{name}: a grade before the checklist")
                    key(qtbot, window, "ENTER")  # too early: refused
                    look(f"{name}: Enter before the grade")
                while window.bench_view.state.stage == Stage.CHECKLIST:
                    key(qtbot, window, "N")
                    look(f"{name}: checklist answered no")
                key(qtbot, window, "2")
                if window.bench_view.state.stage == Stage.PHOTO:
                    look(f"{name}: the grade wants a photo")
                    key(qtbot, window, "P")
                    wait_stage(qtbot, window, Stage.DECIDE)
                look(f"{name}: graded")
                key(qtbot, window, "ENTER")
                qtbot.waitUntil(lambda: window.bench_view.state.unit is None, timeout=TIMEOUT)
                look(f"{name}: confirmed")
            key(qtbot, window, "F9")
            look(f"{name}: F9")
            if window.bench_view.state.closing is not None:
                key(qtbot, window, "F9")
                look(f"{name}: F9 again")
            wait_stage(qtbot, window, Stage.READY)
        qtbot.keyClick(window.bench_view, Qt.Key.Key_F12)
        wait_stage(qtbot, window, Stage.SIGNED_OUT)
        look("signed out")
        problems = [
            f"{step} · {where}: {text!r}: {why}"
            for text, (step, where) in seen.items()
            for why in faults(text)
        ]
        assert problems + disagree == [], "\n".join(problems + disagree)
    finally:
        window.close()
