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


def _module_graph(packages: tuple[str, ...]) -> dict[str, set[str]]:
    """Which module imports which, among the repository's own modules, as import-linter's
    graph counts it: `from a.b import c` depends on the module a.b.c when c is one, else on a.b
    (a package's __init__ is not counted for its submodules).  Imports inside functions count."""
    import ast

    files: dict[str, Path] = {}
    for package in packages:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            files[".".join(parts)] = path
    files["main"] = ROOT / "main.py"

    def known(name: str) -> str | None:
        while name and name not in files:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for module, path in files.items():
        deps: set[str] = set()
        package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                deps.update(filter(None, (known(alias.name) for alias in node.names)))
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package[: len(package) - node.level + 1]
                    base = ".".join([*up, base] if base else up)
                for alias in node.names:
                    target = f"{base}.{alias.name}"
                    found = target if target in files else known(base)
                    if found:
                        deps.add(found)
        deps.discard(module)
        graph[module] = deps
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycle_anywhere() -> None:
    graph = _module_graph(("receiving_station", "ui", "devices", "db", "benchmarks"))
    assert len(graph) > 100
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_module_of_the_core_the_cli_or_the_ui_passes_a_thousand_lines() -> None:
    """A module that grows past 1,000 lines holds more than one reason to change: split it by
    what it does (as receiving/ and exceptions/ are split)."""
    long = {
        str(path.relative_to(ROOT)): lines
        for package in ("receiving_station", "ui", "devices", "db")
        for path in (ROOT / package).rglob("*.py")
        if "migrations" not in path.parts
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) > 1000
    }
    assert long == {}


def test_the_cores_top_level_is_a_few_modules_beside_its_feature_packages() -> None:
    """A feature has its package (receiving/, exceptions/, labels/, figures/ ...); the top level
    keeps what every feature shares, at most 15 modules (docs/architecture.md: the tree)."""
    core = ROOT / "receiving_station"
    modules = sorted(p.name for p in core.glob("*.py") if p.name != "__init__.py")
    packages = sorted(p.name for p in core.iterdir() if (p / "__init__.py").exists())
    assert len(modules) <= 15, modules
    assert {"receiving", "bench", "codes", "exceptions", "labels", "figures"} <= set(packages)
    assert {"importing", "upstream", "i18n", "demo", "cli"} <= set(packages)
