"""The core, db and devices never import Qt (docs/architecture.md: layers)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _modules(package: str) -> list[str]:
    path = ROOT / package
    names = [package]
    for info in pkgutil.walk_packages([str(path)], prefix=f"{package}."):
        if ".migrations" in info.name or info.name.endswith(".__main__"):
            continue  # a __main__ runs its program when imported
        names.append(info.name)
    return names


def test_core_db_and_devices_import_no_qt() -> None:
    modules = _modules("receiving_station") + _modules("db") + _modules("devices")
    program = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt imported by core/db/devices: {result.stdout}"
    assert len(modules) >= 3


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function (absolute names)."""
    import ast

    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_the_cli_is_the_cores_composition_root_and_nothing_imports_it() -> None:
    """Only the CLI (receiving_station/cli/) reaches the window (ui.app), and no other module of
    the core, db, devices or ui imports the CLI: no import cycle runs through it."""
    cli = ROOT / "receiving_station" / "cli"
    wrong: list[str] = []
    for package in ("receiving_station", "db", "devices", "ui"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if cli in path.parents:
                continue
            imported = _imports(path)
            if any(name.split(".")[:2] == ["receiving_station", "cli"] for name in imported):
                wrong.append(f"{path.relative_to(ROOT)} imports the CLI")
            if package != "ui" and any(name.split(".")[0] == "ui" for name in imported):
                wrong.append(f"{path.relative_to(ROOT)} imports ui")
    assert wrong == []


def test_the_ui_asks_the_core_and_runs_no_sql() -> None:
    """ui/ draws and asks: every query and write it needs is a core function, so no ui module
    imports the ORM's models or writes SQL or transactions of its own."""
    banned = {
        "db.models",
        "sqlalchemy.select",
        "sqlalchemy.text",
        "sqlalchemy.update",
        "sqlalchemy.delete",
        "sqlalchemy.insert",
        "db.engine.write_transaction",
    }
    wrong = [
        f"{path.relative_to(ROOT)}: {', '.join(sorted(_imports(path) & banned))}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        if _imports(path) & banned
    ]
    assert wrong == []
