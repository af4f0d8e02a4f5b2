"""The rules engine: grade scale, checklists, return windows, tolerances and disposition rules.

Everything a site may want to change lives in a TOML file (`resources/rules.toml`, or the
site's own through `RECEIVING_STATION_RULES`), documented in docs/rules.md.  The file is checked
completely at load: a broken file is refused with its line and a reason a person can act on,
never half-applied.  `RuleSet.decide` is a pure function: first matching rule wins, and every
decision names its rule and says why in one sentence.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from db.enums import Disposition, ExceptionType
from receiving_station.i18n.text import Money, Text, plain
from receiving_station.i18n.vocabulary import word
from receiving_station.money import smallest_amount
from receiving_station.paths import resource

ENV_RULES = "RECEIVING_STATION_RULES"
FLAGS = frozenset(
    {
        "weight_mismatch",
        "serial_mismatch",
        "outside_window",
        "non_returnable",
        "wrong_item",
        "unexpected_item",
        "blind_return",
    }
)
#: EU/EEA markets: the consumer's right of withdrawal is at least 14 days (Directive 2011/83/EU art. 9).
EU_EEA = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
        "IS",
        "LI",
        "NO",
    ]
)
EU_MINIMUM_DAYS = 14
CHANNELS = ("post", "store", "portal")

_CONDITIONS = {
    "grade",
    "category",
    "market",
    "channel",
    "currency",
    "reason",
    "flags_any",
    "flags_all",
    "flags_none",
    "days_since_purchase_min",
    "days_since_purchase_max",
    "days_since_delivery_min",
    "days_since_delivery_max",
    "unit_value_min",
    "unit_value_max",
    "checklist",
}
_RULE_KEYS = {
    "id",
    "description",
    "when",
    "disposition",
    "refund_percent",
    "restocking_fee_percent",
    "restocking_fee",
    "hold",
    "exception",
}
RULES_VERSION = 1
# The keys a grade may be given at the bench: Y, N, P, W, Enter, Esc and the F keys mean
# other things there.
GRADE_KEYS = tuple("123456789")
_TOP_KEYS = {
    "version",
    "grades",
    "checklists",
    "return_window",
    "non_returnable_categories",
    "weight_tolerance",
    "sla_hours",
    "rules",
}


class RulesError(Exception):
    """A rules file that cannot be used; says where and why."""

    def __init__(self, reason: str, *, path: Path | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = str(path) if path else "rules"
        if line is not None:
            where += f", line {line}"
        super().__init__(f"{where}: {reason}")


def rules_word(text: str) -> Text:
    """A text of the rules file (a grade's name, a question, a rule's description): said in
    the reader's language when resources/translations has it (the shipped rules' texts are
    there; a site's own texts show as the site wrote them)."""
    return plain("rules", text)


def category_word(category: str | None) -> str:
    """A product category as people read it ('electronics' -> 'elektronik')."""
    if not category:
        return Text("rules", "unknown category")
    return plain("rules", category.replace("_", " "))


def _money(amount: Decimal, currency: str) -> Money | Decimal:
    return Money(amount, currency) if currency else amount


@dataclass(frozen=True)
class GradeDef:
    code: str
    label: str
    requires_photo: bool
    key: str


@dataclass(frozen=True)
class ChecklistQuestion:
    key: str
    question: str
    good: bool = True  # the answer of an item in order ("Worn or washed?": no)


@dataclass(frozen=True)
class DecisionInput:
    grade: str
    category: str
    market: str
    channel: str
    days_since_purchase: int | None
    days_since_delivery: int | None
    unit_value: Decimal
    currency: str
    reason_code: str | None
    flags: frozenset[str]
    checklist: Mapping[str, bool] = field(default_factory=dict)
    # the customer asked for an exchange: what is released is the new item, not money
    exchange: bool = False


@dataclass(frozen=True)
class Decision:
    rule_id: str
    disposition: str
    refund_percent: Decimal
    restocking_fee: Decimal
    refund_amount: Decimal
    hold: bool
    exception_type: str | None
    explanation: str


@dataclass(frozen=True)
class Rule:
    id: str
    description: str
    when: Mapping[str, Any]
    disposition: str
    refund_percent: Decimal
    restocking_fee_percent: Decimal
    restocking_fee: Decimal
    hold: bool
    exception: str | None
    line: int | None

    def matches(self, inp: DecisionInput) -> bool:
        w = self.when
        if "grade" in w and inp.grade not in w["grade"]:
            return False
        if "category" in w and inp.category not in w["category"]:
            return False
        if "market" in w and inp.market.upper() not in w["market"]:
            return False
        if "channel" in w and inp.channel not in w["channel"]:
            return False
        if "currency" in w and inp.currency.upper() not in w["currency"]:
            return False
        if "reason" in w and (inp.reason_code or "") not in w["reason"]:
            return False
        if "flags_any" in w and not (inp.flags & w["flags_any"]):
            return False
        if "flags_all" in w and not (w["flags_all"] <= inp.flags):
            return False
        if "flags_none" in w and inp.flags & w["flags_none"]:
            return False
        for name, days in (
            ("purchase", inp.days_since_purchase),
            ("delivery", inp.days_since_delivery),
        ):
            low, high = w.get(f"days_since_{name}_min"), w.get(f"days_since_{name}_max")
            if (low is not None or high is not None) and days is None:
                return False
            if low is not None and days < low:
                return False
            if high is not None and days > high:
                return False
        if "unit_value_min" in w and inp.unit_value < w["unit_value_min"]:
            return False
        if "unit_value_max" in w and inp.unit_value > w["unit_value_max"]:
            return False
        for key, wanted in w.get("checklist", {}).items():
            if key not in inp.checklist or bool(inp.checklist[key]) != wanted:
                return False
        return True

    def decide(self, inp: DecisionInput) -> Decision:
        value = inp.unit_value if inp.unit_value > 0 else Decimal(0)
        # In the currency's own minor units (cents; whole yen), so the amount goes upstream
        # as decided (receiving_station.money)
        unit = smallest_amount(inp.currency)
        gross = (value * self.refund_percent / 100).quantize(unit, ROUND_HALF_EVEN)
        fee = (value * self.restocking_fee_percent / 100 + self.restocking_fee).quantize(
            unit, ROUND_HALF_EVEN
        )
        fee = min(fee, gross)
        refund = max(gross - fee, Decimal(0)).quantize(unit)
        return Decision(
            rule_id=self.id,
            disposition=self.disposition,
            refund_percent=self.refund_percent,
            restocking_fee=fee,
            refund_amount=refund,
            hold=self.hold,
            exception_type=self.exception,
            explanation=self._explain(inp, refund, fee),
        )

    def _explain(self, inp: DecisionInput, refund: Decimal, fee: Decimal) -> str:
        subject = (
            Text(
                "rules",
                "Grade {grade} {category}",
                grade=inp.grade,
                category=category_word(inp.category),
            )
            if inp.grade
            else category_word(inp.category)
        )
        money: Text
        # a hold's why is the rule's description, said after this
        if self.hold and inp.exchange:
            money = Text("rules", "exchange held for a shift lead")
        elif self.hold:
            money = Text("rules", "refund held for a shift lead")
        elif inp.exchange:
            money = Text("rules", "the exchange is released")
        elif refund == 0:
            money = Text("rules", "no refund")
        elif fee > 0:
            money = Text(
                "rules",
                "refund {refund} after a {fee} restocking fee",
                refund=_money(refund, inp.currency),
                fee=_money(fee, inp.currency),
            )
        else:
            money = Text("rules", "refund {refund}", refund=_money(refund, inp.currency))
        reason = rules_word(self.description.rstrip(".")) if self.description else self.id
        return Text(
            "rules",
            "{subject}: {disposition}, {money}. {reason} (rule {rule}).",
            subject=subject,
            disposition=word(self.disposition),
            money=money,
            reason=reason,
            rule=self.id,
        )


class RuleSet:
    """A loaded, checked rules file."""

    def __init__(
        self,
        *,
        source: Path | None,
        grades: tuple[GradeDef, ...],
        checklists: Mapping[str, tuple[ChecklistQuestion, ...]],
        windows: Mapping[str, int],
        non_returnable: frozenset[str],
        tolerances: Mapping[str, tuple[Decimal, Decimal]],
        sla: Mapping[str, int],
        rules: tuple[Rule, ...],
    ) -> None:
        self.source = source
        self.grades = grades
        self._checklists = dict(checklists)
        self._windows = dict(windows)
        self._non_returnable = non_returnable
        self._tolerances = dict(tolerances)
        self._sla = dict(sla)
        self.rules = rules

    def grade(self, code: str) -> GradeDef:
        for grade in self.grades:
            if grade.code == code:
                return grade
        valid = ", ".join(g.code for g in self.grades)
        raise ValueError(f"grade {code!r} is not on the scale ({valid})")

    def grade_for_key(self, key: str) -> GradeDef | None:
        return next((g for g in self.grades if g.key == key), None)

    def checklist(self, category: str) -> tuple[ChecklistQuestion, ...]:
        return self._checklists.get(category) or self._checklists.get("default", ())

    def questions(self) -> dict[str, Text]:
        """Every checklist question by its key (as answers are stored), as people read it."""
        return {q.key: rules_word(q.question) for qs in self._checklists.values() for q in qs}

    def return_window_days(self, market: str, channel: str) -> int:
        market = (market or "").upper()
        for key in (f"{market}.{channel}", market, channel, "default"):
            if key in self._windows:
                return self._windows[key]
        return 30

    def is_non_returnable(self, category: str) -> bool:
        return category in self._non_returnable

    def weight_tolerance(self, category: str) -> tuple[Decimal, Decimal]:
        return (
            self._tolerances.get(category)
            or self._tolerances.get("default")
            or (Decimal(20), Decimal("0.150"))
        )

    def sla_hours(self, exception_type: str) -> int:
        return self._sla.get(str(exception_type), self._sla.get("default", 24))

    def decide(self, inp: DecisionInput) -> Decision:
        for rule in self.rules:
            if rule.matches(inp):
                return rule.decide(inp)
        return Decision(
            rule_id="no-rule-matched",
            disposition=Disposition.QUARANTINE.value,
            refund_percent=Decimal(0),
            restocking_fee=Decimal(0),
            refund_amount=Decimal("0.00"),
            hold=True,
            exception_type=ExceptionType.REVIEW.value,
            explanation=Text(
                "rules",
                "Grade {grade} {category}: no rule matched, so the unit goes to quarantine and a "
                "shift lead decides (rule no-rule-matched).",
                grade=inp.grade,
                category=category_word(inp.category),
            ),
        )


def load_rules(path: Path | None = None) -> RuleSet:
    """Load the rules: `path`, else `RECEIVING_STATION_RULES`, else the shipped file."""
    if path is None:
        env = os.environ.get(ENV_RULES)
        path = Path(env) if env else resource("rules.toml")
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise RulesError("file not found", path=Path(path)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(f"cannot read the file: {exc}", path=Path(path)) from exc
    return parse_rules(text, source=Path(path))


def parse_rules(text: str, source: Path | None = None) -> RuleSet:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise RulesError(
            f"not valid TOML: {exc}", path=source, line=int(match.group(1)) if match else None
        ) from exc
    return _Parser(text, source).parse(data)


class _Parser:
    def __init__(self, text: str, source: Path | None) -> None:
        self.lines = text.splitlines()
        self.source = source

    def fail(self, reason: str, line: int | None = None) -> RulesError:
        return RulesError(reason, path=self.source, line=line)

    def line_of(self, pattern: str, start: int = 0) -> int | None:
        regex = re.compile(pattern)
        for number, text in enumerate(self.lines[start:], start=start + 1):
            if regex.search(text):
                return number
        return None

    def line_of_key(self, key: str) -> int | None:
        return self.line_of(rf'^\s*("?{re.escape(key)}"?)\s*=') or self.line_of(
            rf"^\s*\[+\s*{re.escape(key)}\s*\]+"
        )

    def parse(self, data: dict[str, Any]) -> RuleSet:
        unknown = sorted(set(data) - _TOP_KEYS)
        if unknown:
            raise self.fail(
                f"unknown setting {unknown[0]!r} (known: {', '.join(sorted(_TOP_KEYS))})",
                self.line_of_key(unknown[0]),
            )
        version = data.get("version", RULES_VERSION)
        if isinstance(version, bool) or version != RULES_VERSION:
            raise self.fail(
                f"version {version!r}: this station reads rules files of version {RULES_VERSION} "
                "(a newer file needs a newer station)",
                self.line_of_key("version"),
            )
        grades = self.grades(data.get("grades"))
        codes = {g.code for g in grades}
        rules = self.rules(data.get("rules", []), codes)
        return RuleSet(
            source=self.source,
            grades=grades,
            checklists=self.checklists(data.get("checklists", {})),
            windows=self.windows(data.get("return_window", {})),
            non_returnable=self.non_returnable(data.get("non_returnable_categories", [])),
            tolerances=self.tolerances(data.get("weight_tolerance", {})),
            sla=self.sla(data.get("sla_hours", {})),
            rules=rules,
        )

    def grades(self, raw: Any) -> tuple[GradeDef, ...]:
        if not isinstance(raw, list) or not raw:
            raise self.fail(
                "[[grades]] is missing: the grade scale needs at least one grade",
                self.line_of_key("grades"),
            )
        grades: list[GradeDef] = []
        search_from = 0
        for item in raw:
            line = self.line_of(r"^\s*\[\[\s*grades\s*\]\]", search_from)
            if line is not None:
                search_from = line
                if isinstance(item, dict) and "code" in item:
                    line = self.line_of(r"^\s*code\s*=", line) or line
            if (
                not isinstance(item, dict)
                or not isinstance(item.get("code"), str)
                or not item["code"].strip()
            ):
                raise self.fail(
                    'each [[grades]] entry needs code = "..."', line or self.line_of_key("grades")
                )
            extra = set(item) - {"code", "label", "key", "requires_photo"}
            if extra:
                raise self.fail(
                    f"unknown grade setting {sorted(extra)[0]!r} (code, label, key, requires_photo)",
                    line,
                )
            code = item["code"].strip().upper()
            if len(code) > 8 or not code.isalnum():
                raise self.fail(f"grade code {code!r}: letters and digits, at most 8", line)
            label = item.get("label", code)
            if not isinstance(label, str) or not 0 < len(label.strip()) <= 60:
                raise self.fail(f"grade {code!r}: label is text, 1 to 60 characters", line)
            key = str(item.get("key", len(grades) + 1))
            if key not in GRADE_KEYS:
                raise self.fail(
                    f"grade {code!r}: key {key!r} must be one digit, 1 to 9 (the bench's other "
                    "keys answer the checklist, take photos and step back)",
                    line,
                )
            if any(g.code == code for g in grades):
                raise self.fail(f"grade {code!r} is defined twice", line)
            if any(g.key == key for g in grades):
                raise self.fail(f"key {key!r} is used by two grades", line)
            if not isinstance(item.get("requires_photo", False), bool):
                raise self.fail("requires_photo must be true or false", line)
            grades.append(
                GradeDef(
                    code,
                    rules_word(str(item.get("label", code))),
                    bool(item.get("requires_photo", False)),
                    key,
                )
            )
        return tuple(grades)

    def checklists(self, raw: Any) -> dict[str, tuple[ChecklistQuestion, ...]]:
        if not isinstance(raw, dict):
            raise self.fail(
                "[checklists] must be a table of category = [questions]",
                self.line_of_key("checklists"),
            )
        result: dict[str, tuple[ChecklistQuestion, ...]] = {}
        for category, questions in raw.items():
            line = self.line_of_key(category)
            if not isinstance(questions, list):
                raise self.fail(
                    f"checklist {category!r} must be a list of {{ key, question }}", line
                )
            items = []
            for q in questions:
                if (
                    not isinstance(q, dict)
                    or not {"key", "question"} <= set(q) <= {"key", "question", "good"}
                    or not isinstance(q["key"], str)
                    or not isinstance(q["question"], str)
                    or not isinstance(q.get("good", True), bool)
                ):
                    raise self.fail(
                        f'checklist {category!r}: each entry is {{ key = "...", question = "..." }}'
                        ", with good = false when no is the answer of an item in order",
                        line,
                    )
                items.append(
                    ChecklistQuestion(
                        q["key"], rules_word(q["question"]), bool(q.get("good", True))
                    )
                )
            if len({q.key for q in items}) != len(items):
                raise self.fail(f"checklist {category!r} asks the same key twice", line)
            result[category] = tuple(items)
        return result

    def windows(self, raw: Any) -> dict[str, int]:
        if not isinstance(raw, dict):
            raise self.fail("[return_window] must be a table", self.line_of_key("return_window"))
        result: dict[str, int] = {}
        for key, days in raw.items():
            line = self.line_of_key(key)
            if not isinstance(days, int) or isinstance(days, bool) or days < 0:
                raise self.fail(f"return_window {key!r} must be a whole number of days", line)
            market, _, channel = key.partition(".")
            if channel and channel not in CHANNELS:
                raise self.fail(
                    f"return_window {key!r}: channel must be one of {', '.join(CHANNELS)}", line
                )
            if key in CHANNELS:
                market = ""
            if market.upper() in EU_EEA and days < EU_MINIMUM_DAYS:
                raise self.fail(
                    f"return_window {key!r} = {days}: EU/EEA law gives customers at least {EU_MINIMUM_DAYS} days",
                    line,
                )
            result[
                key
                if key in CHANNELS or key == "default"
                else f"{market.upper()}{'.' + channel if channel else ''}"
            ] = days
        return result

    def non_returnable(self, raw: Any) -> frozenset[str]:
        if not isinstance(raw, list) or not all(isinstance(c, str) for c in raw):
            raise self.fail(
                "non_returnable_categories must be a list of category names",
                self.line_of_key("non_returnable_categories"),
            )
        return frozenset(raw)

    def tolerances(self, raw: Any) -> dict[str, tuple[Decimal, Decimal]]:
        if not isinstance(raw, dict):
            raise self.fail(
                "[weight_tolerance] must be a table", self.line_of_key("weight_tolerance")
            )
        result = {}
        for category, value in raw.items():
            line = self.line_of_key(category)
            if not isinstance(value, dict) or not set(value) <= {"percent", "kg"} or not value:
                raise self.fail(
                    f"weight_tolerance {category!r} must be {{ percent = N, kg = N }}", line
                )
            percent = self.number(
                value.get("percent", 0), f"weight_tolerance {category!r} percent", line
            )
            kg = self.number(value.get("kg", 0), f"weight_tolerance {category!r} kg", line)
            if percent < 0 or kg < 0:
                raise self.fail(f"weight_tolerance {category!r} cannot be negative", line)
            result[category] = (percent, kg)
        return result

    def sla(self, raw: Any) -> dict[str, int]:
        if not isinstance(raw, dict):
            raise self.fail("[sla_hours] must be a table", self.line_of_key("sla_hours"))
        result = {}
        valid = {e.value for e in ExceptionType} | {"default"}
        for key, hours in raw.items():
            line = self.line_of_key(key)
            if key not in valid:
                raise self.fail(
                    f"sla_hours: {key!r} is not an exception type ({', '.join(sorted(valid))})",
                    line,
                )
            if not isinstance(hours, int) or isinstance(hours, bool) or hours <= 0:
                raise self.fail(f"sla_hours {key!r} must be a whole number of hours above 0", line)
            result[key] = hours
        return result

    def number(self, value: Any, what: str, line: int | None) -> Decimal:
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise self.fail(f"{what} must be a number", line)
        try:
            number = Decimal(str(value))
        except InvalidOperation as exc:
            raise self.fail(f"{what} must be a number, not {value!r}", line) from exc
        if not number.is_finite():
            raise self.fail(f"{what} must be a finite number", line)
        return number

    def rules(self, raw: Any, grades: set[str]) -> tuple[Rule, ...]:
        if not isinstance(raw, list):
            raise self.fail("rules must be written as [[rules]] tables", self.line_of_key("rules"))
        seen: set[str] = set()
        rules = []
        search_from = 0
        dispositions = {d.value for d in Disposition}
        exceptions = {e.value for e in ExceptionType}
        for index, item in enumerate(raw, start=1):
            header = self.line_of(r"^\s*\[\[\s*rules\s*\]\]", search_from)
            if header is not None:
                search_from = header
            if not isinstance(item, dict):
                raise self.fail(f"rule {index} is not a table", header)
            rule_id = item.get("id")
            line = (self.line_of(r"^\s*id\s*=", header) or header) if header and rule_id else header
            if not isinstance(rule_id, str) or not rule_id.strip():
                raise self.fail(f'rule {index} has no id = "..."', header)
            name = f"rule {rule_id!r}"
            if rule_id in seen:
                raise self.fail(f"{name} is defined twice: ids must be unique", line)
            seen.add(rule_id)
            extra = sorted(set(item) - _RULE_KEYS)
            if extra:
                raise self.fail(
                    f"{name}: unknown setting {extra[0]!r} (known: {', '.join(sorted(_RULE_KEYS))})",
                    line,
                )
            hold = item.get("hold", False)
            if not isinstance(hold, bool):
                raise self.fail(f"{name}: hold must be true or false", line)
            disposition = item.get("disposition", Disposition.QUARANTINE.value if hold else None)
            if disposition is None:
                raise self.fail(
                    f'{name} says no disposition = "..." (one of {", ".join(sorted(dispositions))})',
                    line,
                )
            if disposition not in dispositions:
                raise self.fail(
                    f"{name}: disposition {disposition!r} is not one of {', '.join(sorted(dispositions))}",
                    line,
                )
            exception = item.get("exception")
            if hold and exception is None:
                exception = ExceptionType.REVIEW.value
            if exception is not None and exception not in exceptions:
                raise self.fail(
                    f"{name}: exception {exception!r} is not one of {', '.join(sorted(exceptions))}",
                    line,
                )
            if exception is not None and not hold:
                raise self.fail(f"{name}: exception is only for rules with hold = true", line)
            refund_percent = self.number(
                item.get("refund_percent", 0 if hold else 100), f"{name} refund_percent", line
            )
            if not 0 <= refund_percent <= 100:
                raise self.fail(f"{name}: refund_percent must be between 0 and 100", line)
            fee_percent = self.number(
                item.get("restocking_fee_percent", 0), f"{name} restocking_fee_percent", line
            )
            fee = self.number(item.get("restocking_fee", 0), f"{name} restocking_fee", line)
            if not 0 <= fee_percent <= 100 or fee < 0:
                raise self.fail(
                    f"{name}: restocking fees must be 0 or more (percent at most 100)", line
                )
            when = self.conditions(item.get("when", {}), name, line, grades)
            rules.append(
                Rule(
                    id=rule_id,
                    description=str(item.get("description", "")),
                    when=when,
                    disposition=disposition,
                    refund_percent=refund_percent,
                    restocking_fee_percent=fee_percent,
                    restocking_fee=fee,
                    hold=hold,
                    exception=exception,
                    line=line,
                )
            )
        return tuple(rules)

    def conditions(self, raw: Any, name: str, line: int | None, grades: set[str]) -> dict[str, Any]:
        if not isinstance(raw, dict):
            raise self.fail(f"{name}: when must be a table of conditions", line)
        extra = sorted(set(raw) - _CONDITIONS)
        if extra:
            raise self.fail(
                f"{name}: unknown condition {extra[0]!r} (known: {', '.join(sorted(_CONDITIONS))})",
                line,
            )
        when: dict[str, Any] = {}
        for key in ("grade", "category", "market", "channel", "currency", "reason"):
            if key in raw:
                values = raw[key] if isinstance(raw[key], list) else [raw[key]]
                if not values or not all(isinstance(v, str) for v in values):
                    raise self.fail(f"{name}: {key} must be a name or a list of names", line)
                if key == "grade":
                    values = [v.upper() for v in values]
                    bad = [v for v in values if v not in grades]
                    if bad:
                        raise self.fail(
                            f"{name}: grade {bad[0]!r} is not on the grade scale ({', '.join(sorted(grades))})",
                            line,
                        )
                if key in ("market", "currency"):
                    values = [v.upper() for v in values]
                if key == "channel":
                    bad = [v for v in values if v not in CHANNELS]
                    if bad:
                        raise self.fail(
                            f"{name}: channel {bad[0]!r} is not one of {', '.join(CHANNELS)}", line
                        )
                when[key] = frozenset(values)
        for key in ("flags_any", "flags_all", "flags_none"):
            if key in raw:
                values = raw[key]
                if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                    raise self.fail(f"{name}: {key} must be a list of flags", line)
                bad = [v for v in values if v not in FLAGS]
                if bad:
                    raise self.fail(
                        f"{name}: {bad[0]!r} is not a flag ({', '.join(sorted(FLAGS))})", line
                    )
                when[key] = frozenset(values)
        for key in (
            "days_since_purchase_min",
            "days_since_purchase_max",
            "days_since_delivery_min",
            "days_since_delivery_max",
        ):
            if key in raw:
                if not isinstance(raw[key], int) or isinstance(raw[key], bool):
                    raise self.fail(f"{name}: {key} must be a whole number of days", line)
                when[key] = raw[key]
        for key in ("unit_value_min", "unit_value_max"):
            if key in raw:
                when[key] = self.number(raw[key], f"{name} {key}", line)
        if "checklist" in raw:
            checklist = raw["checklist"]
            if not isinstance(checklist, dict) or not all(
                isinstance(v, bool) for v in checklist.values()
            ):
                raise self.fail(f"{name}: checklist must be a table of question = true/false", line)
            when["checklist"] = dict(checklist)
        return when
