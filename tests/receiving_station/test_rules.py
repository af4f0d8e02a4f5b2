"""The rules engine: the shipped file, the arithmetic, broken files refused with their line."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from receiving_station.rules import (
    EU_MINIMUM_DAYS,
    FLAGS,
    DecisionInput,
    RulesError,
    load_rules,
    parse_rules,
)

SHIPPED = load_rules()


def inp(**overrides: object) -> DecisionInput:
    values: dict[str, object] = {
        "grade": "A",
        "category": "apparel",
        "market": "SE",
        "channel": "post",
        "days_since_purchase": 10,
        "days_since_delivery": 5,
        "unit_value": Decimal("499.00"),
        "currency": "SEK",
        "reason_code": "changed_mind",
        "flags": frozenset(),
        "checklist": {},
    }
    values.update(overrides)
    return DecisionInput(**values)  # type: ignore[arg-type]


# One input per shipped rule that must make exactly that rule fire (first match wins).
FIRES = {
    "hold-blind-return": inp(flags=frozenset({"blind_return", "weight_mismatch"})),
    "hold-non-returnable": inp(category="hygiene", flags=frozenset({"non_returnable"})),
    "hold-wrong-item": inp(flags=frozenset({"wrong_item"})),
    "hold-extra-item": inp(flags=frozenset({"unexpected_item"})),
    "hold-serial-mismatch": inp(category="electronics", flags=frozenset({"serial_mismatch"})),
    "hold-weight-mismatch": inp(flags=frozenset({"weight_mismatch", "outside_window"})),
    "hold-outside-window": inp(days_since_delivery=45, flags=frozenset({"outside_window"})),
    "grade-a-restock": inp(grade="A"),
    "apparel-b-no-tags": inp(grade="B", checklist={"tags_attached": False}),
    "grade-b-restock": inp(grade="B", checklist={"tags_attached": True}),
    "electronics-dead-on-return": inp(
        grade="C", category="electronics", reason_code="defective", checklist={"powers_on": False}
    ),
    "customer-reported-fault": inp(grade="D", category="home", reason_code="damaged"),
    "electronics-c-repair": inp(
        grade="C",
        category="electronics",
        reason_code="changed_mind",
        checklist={"powers_on": False},
    ),
    "grade-c-refurbish": inp(grade="C"),
    "grade-d-low-value-liquidate": inp(grade="D", unit_value=Decimal("299.00")),
    "grade-d-low-value-liquidate-eur": inp(
        grade="D", market="NL", currency="EUR", unit_value=Decimal("29.95")
    ),
    "grade-d-review": inp(grade="D", market="DE", currency="EUR", unit_value=Decimal("49.95")),
    "grade-f-review": inp(grade="F", reason_code="changed_mind"),
}


def test_every_shipped_rule_is_covered_by_the_table() -> None:
    assert {rule.id for rule in SHIPPED.rules} == set(FIRES)


@pytest.mark.parametrize("rule_id", sorted(FIRES))
def test_every_shipped_rule_fires(rule_id: str) -> None:
    decision = SHIPPED.decide(FIRES[rule_id])
    assert decision.rule_id == rule_id
    assert f"(rule {rule_id})" in decision.explanation
    assert decision.explanation.endswith(".")
    if decision.hold:
        assert decision.exception_type
        assert "held for a shift lead" in decision.explanation


def test_restocking_fee_arithmetic_and_sentence() -> None:
    decision = SHIPPED.decide(inp(grade="C", unit_value=Decimal("499.00")))
    assert decision.rule_id == "grade-c-refurbish"
    assert decision.disposition == "refurbish"
    assert decision.restocking_fee == Decimal("49.90")
    assert decision.refund_amount == Decimal("449.10")
    assert decision.explanation == (
        "Grade C apparel: refurbish, refund 449.10 SEK after a 49.90 SEK restocking fee. "
        "Good but used (rule grade-c-refurbish)."
    )


def test_half_refund_rounds_half_even_to_cents() -> None:
    decision = SHIPPED.decide(inp(grade="D", unit_value=Decimal("0.05"), category="home"))
    assert decision.rule_id == "grade-d-low-value-liquidate"
    assert decision.refund_amount == Decimal("0.02")  # 0.025 → 0.02 (banker's rounding)


def test_a_currency_without_decimals_is_refunded_in_whole_units() -> None:
    """10 % of 1205 yen is 120.5: the fee and the refund are whole yen, as they go upstream."""
    decision = SHIPPED.decide(inp(grade="C", currency="JPY", unit_value=Decimal("1205")))
    assert decision.rule_id == "grade-c-refurbish"
    assert (decision.restocking_fee, decision.refund_amount) == (Decimal("120"), Decimal("1085"))
    assert str(decision.refund_amount) == "1085"


def test_fee_never_exceeds_the_refund() -> None:
    rules = parse_rules(
        MINIMAL + '[[rules]]\nid = "fee"\nwhen = {}\ndisposition = "restock"\n'
        "refund_percent = 10\nrestocking_fee = 500\n"
    )
    decision = rules.decide(inp(unit_value=Decimal("100.00")))
    assert decision.restocking_fee == Decimal("10.00")
    assert decision.refund_amount == Decimal("0.00")
    assert "no refund" in decision.explanation


def test_no_rule_matched_goes_to_quarantine_for_review() -> None:
    rules = parse_rules(
        MINIMAL + '[[rules]]\nid = "only-b"\nwhen = { grade = "B" }\ndisposition = "restock"\n'
    )
    decision = rules.decide(inp(grade="A"))
    assert decision.rule_id == "no-rule-matched"
    assert decision.hold and decision.disposition == "quarantine"
    assert decision.exception_type == "review"


def test_conditions_on_market_channel_days_and_value() -> None:
    rules = parse_rules(
        MINIMAL
        + """
[[rules]]
id = "late-store-no"
when = { market = "no", channel = "store", days_since_purchase_min = 40, unit_value_min = 100 }
disposition = "restock"
refund_percent = 50

[[rules]]
id = "rest"
disposition = "restock"
"""
    )
    assert rules.decide(inp(market="NO", channel="store", days_since_purchase=41)).rule_id == (
        "late-store-no"
    )
    assert rules.decide(inp(market="NO", channel="post", days_since_purchase=41)).rule_id == "rest"
    assert rules.decide(inp(market="NO", channel="store", days_since_purchase=39)).rule_id == "rest"
    assert rules.decide(inp(market="NO", channel="store", days_since_purchase=None)).rule_id == (
        "rest"
    )
    assert (
        rules.decide(
            inp(market="NO", channel="store", days_since_purchase=41, unit_value=Decimal("99"))
        ).rule_id
        == "rest"
    )


def test_return_windows_most_specific_first() -> None:
    assert SHIPPED.return_window_days("SE", "store") == 60
    assert SHIPPED.return_window_days("se", "post") == 30
    assert SHIPPED.return_window_days("DE", "portal") == 30
    assert SHIPPED.return_window_days("FR", "store") == 60
    assert SHIPPED.return_window_days("US", "post") == 30


def test_checklists_tolerances_sla_and_non_returnable() -> None:
    assert SHIPPED.checklist("electronics")[0].key == "powers_on"
    assert SHIPPED.checklist("toys") == SHIPPED.checklist("default")
    assert SHIPPED.weight_tolerance("electronics") == (Decimal(10), Decimal("0.1"))
    assert SHIPPED.weight_tolerance("toys") == (Decimal(20), Decimal("0.15"))
    assert SHIPPED.sla_hours("device_fault") == 2
    assert SHIPPED.sla_hours("something_new") == 24
    assert SHIPPED.is_non_returnable("hygiene")
    assert not SHIPPED.is_non_returnable("apparel")
    assert SHIPPED.grade_for_key("3").code == "C"  # type: ignore[union-attr]
    assert SHIPPED.grade("D").requires_photo
    with pytest.raises(ValueError, match="not on the scale"):
        SHIPPED.grade("Z")


MINIMAL = """\
version = 1

[[grades]]
code = "A"
label = "New"
key = "1"

[[grades]]
code = "B"
label = "Like new"
key = "2"

"""


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("version = 1\n[[grades]\ncode = 'A'\n", 2, "not valid TOML"),
        ("version = 1\ncolour = 'red'\n", 2, "unknown setting 'colour'"),
        ("version = 1\n", None, "grade scale needs at least one grade"),
        (MINIMAL + '[[grades]]\ncode = "A"\nlabel = "Again"\nkey = "3"\n', 14, "defined twice"),
        # a grade's key that the bench uses for something else, or that no one can press
        (MINIMAL + '[[grades]]\ncode = "C"\nlabel = "Good"\nkey = "Y"\n', 14, "one digit"),
        (MINIMAL + '[[grades]]\ncode = "C"\nlabel = "Good"\nkey = "10"\n', 14, "one digit"),
        (MINIMAL + '[[grades]]\ncode = "TOOLONGCODE"\nlabel = "x"\nkey = "3"\n', 14, "at most 8"),
        (MINIMAL + '[[grades]]\ncode = "C"\nlabel = ""\nkey = "3"\n', 14, "1 to 60"),
        ("version = 2\n" + MINIMAL.split("\n", 1)[1], 1, "version 2"),
        (MINIMAL + "[return_window]\nSE = 10\n", 14, "14"),
        (MINIMAL + '[[rules]]\nid = "r1"\nwhen = {}\n', 14, 'no disposition = "..."'),
        (
            MINIMAL
            + "[[rules]]\nid = 'a'\ndisposition = 'restock'\n\n[[rules]]\nid = 'b'\ndisposition = 'x'\n",
            18,
            "disposition 'x'",
        ),
        (MINIMAL + "[return_window]\nSE = 'thirty'\n", 14, "whole number of days"),
        (MINIMAL + "[sla_hours]\nreview = 0\n", 14, "above 0"),
        (
            MINIMAL + '[[rules]]\nid = "r1"\ndisposition = "burn"\n',
            14,
            "disposition 'burn' is not one of",
        ),
        (
            MINIMAL + '[[rules]]\nid = "r1"\nwhen = { grade = "Q" }\ndisposition = "restock"\n',
            14,
            "grade 'Q' is not on the grade scale",
        ),
        (
            MINIMAL + '[[rules]]\nid = "r1"\nwhen = { colour = "red" }\ndisposition = "restock"\n',
            14,
            "unknown condition 'colour'",
        ),
        (
            MINIMAL
            + '[[rules]]\nid = "r1"\nwhen = { flags_any = ["sticky"] }\ndisposition = "restock"\n',
            14,
            "'sticky' is not a flag",
        ),
        (
            MINIMAL
            + '[[rules]]\nid = "r1"\nwhen = { channel = "drone" }\ndisposition = "restock"\n',
            14,
            "channel 'drone'",
        ),
        (
            MINIMAL + '[[rules]]\nid = "r1"\nrefund_percent = 120\ndisposition = "restock"\n',
            14,
            "between 0 and 100",
        ),
        (
            MINIMAL + '[[rules]]\nid = "r1"\nrefund_percent = "all"\ndisposition = "restock"\n',
            14,
            "must be a number",
        ),
        (
            MINIMAL + '[[rules]]\nid = "r1"\nexception = "review"\ndisposition = "restock"\n',
            14,
            "only for rules with hold = true",
        ),
        (
            MINIMAL + '[[rules]]\nid = "r1"\ndisposition = "restock"\n\n[[rules]]\nid = "r1"\n',
            18,
            "defined twice",
        ),
        (MINIMAL + "[[rules]]\ndisposition = 'restock'\n", 13, "has no id"),
        (
            MINIMAL
            + '[[rules]]\nid = "r1"\nwhen = { days_since_purchase_max = 1.5 }\ndisposition = "restock"\n',
            14,
            "whole number of days",
        ),
        (
            MINIMAL
            + '[[rules]]\nid = "r1"\nwhen = { checklist = { powers_on = "yes" } }\ndisposition = "restock"\n',
            14,
            "true/false",
        ),
    ],
)
def test_broken_files_are_refused_with_line_and_reason(
    text: str, line: int | None, reason: str, tmp_path: Path
) -> None:
    path = tmp_path / "site-rules.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError) as caught:
        load_rules(path)
    assert caught.value.line == line
    assert reason in caught.value.reason
    assert str(path) in str(caught.value)
    if line is not None:
        assert f"line {line}" in str(caught.value)


def test_missing_file_is_refused_with_its_path(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="file not found"):
        load_rules(tmp_path / "nope.toml")


def test_site_file_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "site.toml"
    path.write_text(MINIMAL + '[[rules]]\nid = "site-all-refurbish"\ndisposition = "refurbish"\n')
    monkeypatch.setenv("RECEIVING_STATION_RULES", str(path))
    rules = load_rules()
    assert rules.source == path
    assert rules.decide(inp()).rule_id == "site-all-refurbish"


def test_eu_minimum_is_enforced_but_not_outside_the_eu() -> None:
    assert EU_MINIMUM_DAYS == 14
    rules = parse_rules(MINIMAL + "[return_window]\nUS = 7\nSE = 14\n")
    assert rules.return_window_days("US", "post") == 7
    assert rules.return_window_days("SE", "post") == 14


@settings(max_examples=300, deadline=None)
@given(
    grade=st.sampled_from(["A", "B", "C", "D", "F", "", "x"]),
    category=st.text(max_size=12),
    market=st.text(max_size=3),
    channel=st.sampled_from(["post", "store", "portal", "?"]),
    days=st.none() | st.integers(-1000, 100_000),
    value=st.decimals(min_value=-10, max_value=10**9, places=2, allow_nan=False),
    reason=st.none() | st.text(max_size=20),
    flags=st.frozensets(st.sampled_from(sorted(FLAGS))),
    checklist=st.dictionaries(st.sampled_from(["powers_on", "tags_attached", "x"]), st.booleans()),
)
def test_decide_never_raises_and_always_explains(
    grade: str,
    category: str,
    market: str,
    channel: str,
    days: int | None,
    value: Decimal,
    reason: str | None,
    flags: frozenset[str],
    checklist: dict[str, bool],
) -> None:
    decision = SHIPPED.decide(
        inp(
            grade=grade,
            category=category,
            market=market,
            channel=channel,
            days_since_purchase=days,
            days_since_delivery=days,
            unit_value=value,
            reason_code=reason,
            flags=flags,
            checklist=checklist,
        )
    )
    assert decision.rule_id
    assert Decimal(0) <= decision.refund_amount <= max(value, Decimal(0))
    assert decision.refund_amount == decision.refund_amount.quantize(Decimal("0.01"))
    assert decision.explanation
    if flags:
        assert decision.hold


def test_cli_rules_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from receiving_station.cli import main

    assert main(["rules", "check"]) == 0
    assert "OK: 5 grades" in capsys.readouterr().out
    bad = tmp_path / "bad.toml"
    bad.write_text(MINIMAL + '[[rules]]\nid = "r1"\ndisposition = "burn"\n')
    assert main(["rules", "check", str(bad)]) == 2
    assert f"{bad}, line 14: rule 'r1': disposition 'burn'" in capsys.readouterr().err


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_as_a_rules_file_is_read_or_refused_in_words(text: str) -> None:
    """Property (issue #20): a rules file is read or refused with a RulesError naming what to
    fix, never another exception."""
    try:
        parse_rules(text)
    except RulesError as refused:
        assert str(refused)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["code", "label", "key", "requires_photo"]),
    st.one_of(
        st.integers(), st.booleans(), st.text(max_size=12), st.lists(st.integers(), max_size=2)
    ),
)
def test_any_grade_setting_of_any_type_is_read_or_refused(setting: str, value: object) -> None:
    import json

    shown = json.dumps(value) if not isinstance(value, bool) else ("true" if value else "false")
    entry = {"code": '"C"', "label": '"Good"', "key": '"3"', setting: shown}
    text = MINIMAL + "[[grades]]\n" + "".join(f"{k} = {v}\n" for k, v in entry.items())
    try:
        parse_rules(text)
    except RulesError as refused:
        assert str(refused)
