"""Keep the Qt Linguist files (`resources/translations/*.ts`) in step with the code.

`receiving-station translations update` finds every sentence a person can see, the core's
`Text(...)` / `plain(...)` and the window's `tr(...)` calls plus the texts of the shipped rules
file, and writes them into each language's .ts: new sentences as unfinished, changed ones
unfinished with their old translation kept for the translator, gone ones removed.
`receiving-station translations check` fails (and names the sentence) when any is unfinished,
missing, or its translation lost a `{placeholder}`; the test suite runs it.  Translators open
the .ts in Qt Linguist (`pyside6-linguist`); ui/i18n.py compiles them with `pyside6-lrelease`.

Why not pyside6-lupdate: its Python parser does not see calls outside a class method (the core's
`Text(...)` at module level, or a helper named anything but `tr`), and gives `self.tr()` in one
class another class's context when `QCoreApplication.translate` came just before it (Qt 6.8).
Python's own `ast` reads the code exactly; the .ts format is the one lupdate writes.
"""

from __future__ import annotations

import ast
import difflib
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from receiving_station.i18n.language import LANGUAGES, SOURCE_LANGUAGE, TRANSLATIONS_DIR, ts_path
from receiving_station.i18n.text import placeholders
from receiving_station.paths import PROJECT_ROOT

ROOT = PROJECT_ROOT
SCANNED = ("receiving_station", "ui", "devices")
RULES = ROOT / "resources" / "rules.toml"
MARKERS = {"Text", "plain", "tr"}  # the calls that say a sentence (core, core, window)
RULES_CONTEXT = "rules"
LABEL_TEMPLATES = ROOT / "resources" / "labels" / "templates.toml"
LABEL_TEMPLATES_CONTEXT = "label_templates"  # receiving_station.labels.layout.TEMPLATES_CONTEXT


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    where: str  # file:line, for the error messages


class ExtractError(Exception):
    pass


def extract(root: Path = ROOT) -> tuple[list[Message], list[str]]:
    """Every sentence in the code and the shipped rules, and the calls that cannot be read
    (an f-string or a variable where the sentence should be)."""
    found: list[Message] = []
    problems: list[str] = []
    for package in SCANNED:
        for path in sorted((root / package).rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            tree = ast.parse(path.read_text(encoding="utf-8"), rel)
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                name = _called(node.func)
                if name not in MARKERS or len(node.args) < 2:
                    continue
                where = f"{rel}:{node.lineno}"
                context, source = node.args[0], node.args[1]
                sources = _literals(source)
                if not _is_str(context) or sources is None:
                    if any(isinstance(n, ast.JoinedStr) for n in ast.walk(source)):
                        problems.append(f"{where}: an f-string cannot be translated; pass values")
                    continue  # a helper passing its own arguments on (tr inside ui/i18n.py)
                numerus = any(k.arg == "n" for k in node.keywords) or len(node.args) > 2
                for text in sources:
                    found.append(Message(context.value, text, numerus, where))  # type: ignore[attr-defined]
    found.extend(rules_messages(RULES))
    found.extend(label_template_messages(LABEL_TEMPLATES))
    return found, problems


def label_template_messages(path: Path) -> Iterator[Message]:
    """The shipped label templates' titles and instructions (printed in the site's
    language; their {fields} stay as they are)."""
    if not path.exists():
        return
    for template in tomllib.loads(path.read_text(encoding="utf-8")).values():
        for key in ("title", "instruction"):
            if isinstance(template, dict) and template.get(key):
                yield Message(LABEL_TEMPLATES_CONTEXT, template[key], False, path.name)


def rules_messages(path: Path) -> Iterator[Message]:
    """The shipped rules' words people see: grade names, checklist questions, rule texts."""
    if not path.exists():
        return
    rules = tomllib.loads(path.read_text(encoding="utf-8"))
    where = path.name
    for grade in rules.get("grades", []):
        yield Message(RULES_CONTEXT, grade["label"], False, where)
    for category in rules.get("non_returnable_categories", []):
        yield Message(RULES_CONTEXT, category.replace("_", " "), False, where)
    for category, questions in rules.get("checklists", {}).items():
        if category != "default":
            yield Message(RULES_CONTEXT, category.replace("_", " "), False, where)
        for question in questions:
            yield Message(RULES_CONTEXT, question["question"], False, where)
    for rule in rules.get("rules", []):
        if rule.get("description"):  # rules.Rule._explain says it without its full stop
            yield Message(RULES_CONTEXT, rule["description"].rstrip("."), False, where)


def _called(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _literals(node: ast.expr) -> list[str] | None:
    """The sentences a source argument can be: a literal, or `"a" if x else "b"`."""
    if _is_str(node):
        return [node.value]  # type: ignore[attr-defined]
    if isinstance(node, ast.IfExp):
        body, orelse = _literals(node.body), _literals(node.orelse)
        if body is not None and orelse is not None:
            return body + orelse
    return None


def _is_str(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


# -- the .ts files ----------------------------------------------------------------------------


@dataclass
class Entry:
    source: str
    numerus: bool
    forms: list[str]
    finished: bool
    old_source: str | None = None  # the sentence this translation was made for, if it changed


def read_entries(path: Path) -> dict[tuple[str, str], Entry]:
    if not path.exists():
        return {}
    entries: dict[tuple[str, str], Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            forms: list[str] = []
            finished = False
            if translation is not None:
                forms = (
                    [f.text or "" for f in translation.findall("numerusform")]
                    if numerus
                    else [translation.text or ""]
                )
                finished = translation.get("type") is None
            entries[(name, source)] = Entry(
                source, numerus, forms, finished, message.findtext("oldsource")
            )
    return entries


def write_entries(path: Path, language: str, entries: dict[tuple[str, str], Entry]) -> None:
    """The .ts as lupdate writes it (Qt Linguist opens it), contexts and messages sorted so a
    change shows as a small diff."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage=SOURCE_LANGUAGE)
    by_context: dict[str, list[Entry]] = {}
    for (context, _), entry in entries.items():
        by_context.setdefault(context, []).append(entry)
    for context in sorted(by_context):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for entry in sorted(by_context[context], key=lambda e: e.source):
            message = ET.SubElement(element, "message")
            if entry.numerus:
                message.set("numerus", "yes")
            ET.SubElement(message, "source").text = entry.source
            if entry.old_source:
                ET.SubElement(message, "oldsource").text = entry.old_source
            translation = ET.SubElement(message, "translation")
            if not entry.finished:
                translation.set("type", "unfinished")
            if entry.numerus:
                for form in entry.forms or ["", ""]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = entry.forms[0] if entry.forms else ""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def update(
    languages: Iterable[str] | None = None, directory: Path = TRANSLATIONS_DIR, root: Path = ROOT
) -> dict[str, tuple[int, int]]:
    """Bring each language's .ts in step with the code: language -> (sentences, unfinished)."""
    messages, problems = extract(root)
    if problems:
        raise ExtractError("\n".join(problems))
    wanted: dict[tuple[str, str], Message] = {}
    for message in messages:
        key = (message.context, message.source)
        if key in wanted and wanted[key].numerus != message.numerus:
            raise ExtractError(
                f"{message.where}: {message.source!r} is used with and without a count "
                f"(also at {wanted[key].where}); give one of them another sentence"
            )
        wanted.setdefault(key, message)
    result: dict[str, tuple[int, int]] = {}
    for language in languages or [c for c in LANGUAGES if c != SOURCE_LANGUAGE]:
        path = ts_path(language, directory)
        old = read_entries(path)
        by_context: dict[str, list[Entry]] = {}
        for (context, _), known in old.items():
            by_context.setdefault(context, []).append(known)
        new: dict[tuple[str, str], Entry] = {}
        for key, message in wanted.items():
            entry = old.get(key)
            if entry is not None and entry.numerus == message.numerus:
                new[key] = entry
                continue
            # a sentence reworded: keep the nearest old translation for the translator to fix
            nearest = _nearest(message.source, by_context.get(message.context, []), wanted)
            new[key] = Entry(
                message.source,
                message.numerus,
                _forms(nearest, message.numerus),
                False,
                nearest.source if nearest else None,
            )
        write_entries(path, language, new)
        result[language] = (len(new), sum(1 for e in new.values() if not e.finished))
    return result


def _forms(entry: Entry | None, numerus: bool) -> list[str]:
    if entry is None:
        return ["", ""] if numerus else [""]
    if numerus and not entry.numerus:
        return [entry.forms[0], entry.forms[0]]
    if not numerus and entry.numerus:
        return entry.forms[-1:]
    return list(entry.forms)


def _nearest(
    source: str, candidates: list[Entry], wanted: dict[tuple[str, str], Message]
) -> Entry | None:
    pool = {
        e.source: e for e in candidates if e.finished and not any(k[1] == e.source for k in wanted)
    }
    close = difflib.get_close_matches(source, list(pool), n=1, cutoff=0.75)
    return pool[close[0]] if close else None


def check(directory: Path = TRANSLATIONS_DIR, root: Path = ROOT) -> list[str]:
    """What keeps a language from being complete, one line each (empty: all complete)."""
    messages, problems = extract(root)
    wanted = {(m.context, m.source): m for m in messages}
    for language in LANGUAGES:
        if language == SOURCE_LANGUAGE:
            continue
        path = ts_path(language, directory)
        if not path.exists():
            problems.append(f"{path.name}: missing (run: receiving-station translations update)")
            continue
        entries = read_entries(path)
        for key, message in wanted.items():
            entry = entries.get(key)
            label = f"{path.name}: [{key[0]}] {key[1]!r} ({message.where})"
            if entry is None:
                problems.append(
                    f"{label}: not in the file (run: receiving-station translations update)"
                )
            elif not entry.finished or not all(f.strip() for f in entry.forms):
                problems.append(f"{label}: unfinished")
            elif entry.numerus != message.numerus:
                problems.append(
                    f"{label}: plural forms changed (run: receiving-station translations update)"
                )
            else:
                want = placeholders(message.source) - ({"n"} if message.numerus else set())
                for form in entry.forms:
                    have = placeholders(form)
                    if not want <= have or not have <= (want | {"n"}):
                        problems.append(
                            f"{label}: translation {form!r} has {sorted(have)}, wants {sorted(want)}"
                        )
        for key in entries.keys() - wanted.keys():
            problems.append(
                f"{path.name}: [{key[0]}] {key[1]!r} is no longer used (run: receiving-station translations update)"
            )
    return problems
