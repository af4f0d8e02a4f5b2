"""Sentences and how each language writes them (no Qt): Text, the .ts catalogues, locale
formatting of weights, money and dates, and the completeness check of the translations."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from receiving_station.i18n.language import (
    LANGUAGES,
    LanguageError,
    Writing,
    check_language,
    language_of,
    read_ts,
    ts_path,
)
from receiving_station.i18n.text import Money, Text, Weight, message_of
from receiving_station.i18n.translations import check, read_entries, update, write_entries
from receiving_station.i18n.vocabulary import word
from receiving_station.receiving.results import WorkflowError


@pytest.mark.parametrize(
    ("language", "weight", "money"),
    [
        ("en", "1.250\u00a0kg", "NOK\u00a01,669.00"),
        ("sv", "1,250\u00a0kg", "1\u00a0669,00\u00a0Nkr"),
        ("nb", "1,250\u00a0kg", "1\u00a0669,00\u00a0kr"),
        ("da", "1,250\u00a0kg", "1.669,00\u00a0NOK"),
        ("nl", "1,250\u00a0kg", "NOK\u00a01.669,00"),
        ("de", "1,250\u00a0kg", "1.669,00\u00a0NOK"),
    ],
)
def test_weight_and_money_are_written_the_locales_way(
    language: str, weight: str, money: str
) -> None:
    writing = Writing.for_language(language)
    assert writing.weight(Decimal("1.250")) == weight  # the scale's three decimals kept
    said = writing.money(Decimal("1669.00"), "NOK")
    assert said.replace("\u202f", "\u00a0") == money.replace("\u202f", "\u00a0")


def test_an_english_operator_at_a_swedish_site_writes_dates_the_swedish_way() -> None:
    writing = Writing.for_language("en", "sv_SE")
    assert writing.locale == "en_SE"
    assert writing.date(dt.date(2026, 11, 25)) == "2026-11-25"
    assert Writing.for_language("de").date(dt.date(2026, 11, 25)) == "25.11.26"
    assert Writing.for_language("nl").number(Decimal("12345.5")) == "12.345,5"


def test_languages_people_type_are_checked() -> None:
    assert check_language(" SV ") == "sv"
    assert check_language("no") == "nb"
    with pytest.raises(LanguageError, match=r"one of en .English., sv .Svenska."):
        check_language("fi")
    assert language_of("sv_SE.UTF-8") == "sv"
    assert language_of("fi_FI") == "en"  # not spoken here: English
    assert language_of(None) == "en"


def test_a_text_reads_english_and_says_itself_in_swedish() -> None:
    text = Text(
        "workflow",
        "{lpn} confirmed: {disposition}, {amount}. Label printing.",
        lpn="LPN0000000001",
        disposition=word("return_to_vendor"),
        amount=Money(Decimal("669.00"), "SEK"),
    )
    assert text == "LPN0000000001 confirmed: return to vendor, 669.00 SEK. Label printing."
    swedish = Writing.for_language("sv").say(text)
    assert swedish == (
        "LPN0000000001 bekräftad: tillbaka till leverantör, 669,00\u00a0kr. Etiketten skrivs ut."
    )
    assert Writing.for_language("nl").say(text).startswith("LPN0000000001 bevestigd: terug naar")


def test_plural_forms_follow_the_count() -> None:
    dutch = Writing.for_language("nl")
    one = Text(
        "workflow", "{rma} for {customer}: {n} item(s) expected", n=1, rma="R-1", customer="Eva"
    )
    three = Text(
        "workflow", "{rma} for {customer}: {n} item(s) expected", n=3, rma="R-1", customer="Eva"
    )
    assert dutch.say(one) == "R-1 voor Eva: 1 artikel verwacht"
    assert dutch.say(three) == "R-1 voor Eva: 3 artikelen verwacht"
    # English has its forms too: "(s)" is for the source only, no reader sees it
    assert (one, three) == ("R-1 for Eva: 1 item expected", "R-1 for Eva: 3 items expected")
    english = Writing.for_language("en")
    assert (english.say(one), english.say(three)) == (one, three)


def test_a_stored_sentence_comes_back_as_it_was_raised() -> None:
    raised = Text(
        "workflow",
        "Parcel {tracking} weighs {weight}, {difference} heavier than the expected {expected} "
        "(tolerance {tolerance})",
        tracking="TRK1",
        weight=Weight(Decimal("2.300")),
        difference=Weight(Decimal("0.800")),
        expected=Weight(Decimal("1.500")),
        tolerance=Weight(Decimal("0.150")),
    )
    back = Text.from_json(raised.to_json())
    assert back == raised and isinstance(back, Text)
    assert Writing.for_language("de").say(back) == (
        "Paket TRK1 wiegt 2,300\u00a0kg, 0,800\u00a0kg schwerer als die erwarteten "
        "1,500\u00a0kg (Toleranz 0,150\u00a0kg)"
    )
    assert Text.from_json(None, "the English") == "the English"
    assert Text.from_json("{not json", "the English") == "the English"


def test_a_refusal_keeps_its_sentence() -> None:
    error = WorkflowError(Text("workflow", "say why the unit is cancelled"))
    assert isinstance(message_of(error), Text)
    assert message_of(ValueError("plain")) == "plain"


def test_a_translation_that_drops_a_placeholder_falls_back_to_english() -> None:
    from receiving_station.i18n.text import localized

    text = Text("bench", "Welcome, {name}", name="Sara")
    assert localized(text, lambda c, s, n: "Välkommen, {namn}", str) == "Welcome, Sara"


def test_every_language_is_complete() -> None:
    """`receiving-station translations check`: every sentence of the code, translated, with
    the same placeholders, in every language."""
    assert check() == []
    for code in LANGUAGES:
        if code != "en":
            assert read_ts(ts_path(code)).messages


def test_the_check_names_what_is_missing_or_broken(tmp_path: Path) -> None:
    for code in LANGUAGES:
        if code != "en":
            shutil.copy(ts_path(code), ts_path(code, tmp_path))
    path = ts_path("sv", tmp_path)
    entries = read_entries(path)
    entries[("bench", "Welcome, {name}")].forms = ["Välkommen, {namn}"]
    entries[("login", "Sign in")].finished = False
    del entries[("bench", "yes")]
    write_entries(path, "sv", entries)
    problems = "\n".join(check(tmp_path))
    assert "'Welcome, {name}'" in problems and "['namn']" in problems
    assert "[login] 'Sign in'" in problems and "unfinished" in problems
    assert "[bench] 'yes'" in problems and "not in the file" in problems
    counts = update(["sv"], tmp_path)  # the missing one comes back, unfinished
    assert counts["sv"][1] == 2
    assert read_entries(path)[("bench", "yes")].finished is False
