"""`receiving-station translations update|check`: the window's languages."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from receiving_station.cli.errors import CliError
from receiving_station.i18n.text import plural


def cmd_translations_update(args: argparse.Namespace) -> int:
    from receiving_station.i18n.language import LanguageError, check_language, ts_path
    from receiving_station.i18n.translations import ExtractError, update

    try:
        languages = [check_language(code) for code in args.languages] or None
        counts = update(languages)
    except (LanguageError, ExtractError) as exc:
        raise CliError(str(exc)) from None
    for language, (sentences, unfinished) in counts.items():
        print(f"{ts_path(language)}: {sentences} sentences, {unfinished} unfinished")
    return 0


def cmd_translations_check(args: argparse.Namespace) -> int:
    from receiving_station.i18n.translations import check

    problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(
            f"receiving-station: {len(problems)} {plural('problem(s)', len(problems))}; "
            "translate them in Qt Linguist "
            "(pyside6-linguist resources/translations/receiving_station_LANG.ts)",
            file=sys.stderr,
        )
        return 1
    print("every language is complete")
    return 0


def add_translation_verbs(sub: Any) -> None:
    lang = sub.add_parser(
        "translations", help="the window's languages (Qt Linguist files in resources/translations)"
    )
    lang_sub = lang.add_subparsers(dest="translations_verb", metavar="ACTION", required=True)
    lang_up = lang_sub.add_parser(
        "update", help="bring each language's .ts in step with the code's sentences"
    )
    lang_up.add_argument("languages", nargs="*", metavar="LANG", help="default: all")
    lang_up.set_defaults(func=cmd_translations_update)
    lang_check = lang_sub.add_parser(
        "check", help="fail, naming the sentence, when a language is not complete"
    )
    lang_check.set_defaults(func=cmd_translations_check)
