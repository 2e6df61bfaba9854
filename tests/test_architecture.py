"""Layering rules that keep the core testable without a screen."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "btvcrm"
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _is_ui(path: Path) -> bool:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] == "ui" or relative == Path("app.py")


def test_only_ui_and_app_import_qt() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if _is_ui(path):
            continue
        qt = [name for name in _imports(path) if name.split(".")[0] in QT_MODULES]
        if qt:
            offenders.append(f"{path.relative_to(PACKAGE)}: {', '.join(sorted(qt))}")
    assert offenders == []


def test_only_storage_writes_sql() -> None:
    """Widgets, reports and exchange code go through the repositories."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "storage":
            continue
        text = path.read_text(encoding="utf-8")
        if ".execute(" in text and ("SELECT " in text or "INSERT " in text or "UPDATE " in text):
            offenders.append(str(relative))
    # The JSON import/export copies whole tables by design (lossless), so it speaks SQL.
    assert sorted(offenders) == ["exchange/jsonfile.py"]


def test_core_packages_do_not_import_ui() -> None:
    for path in PACKAGE.rglob("*.py"):
        # The CLI starts the app when given no command (a lazy import inside a function).
        if _is_ui(path) or path.name == "cli.py":
            continue
        assert not any(name.startswith("btvcrm.ui") or name == "btvcrm.app" for name in _imports(path)), path


def test_ui_has_no_transactions_and_no_sql() -> None:
    """Widgets translate widgets <-> requests; the transaction and the SQL live in services and storage."""
    import re

    pattern = re.compile(r"crm\.write\(|\.atomic\(|\.execute\(|\b(SELECT|INSERT|UPDATE|DELETE FROM|CREATE TABLE)\b")
    offenders = []
    for path in [*PACKAGE.joinpath("ui").rglob("*.py"), PACKAGE / "app.py"]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if pattern.search(line):
                offenders.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert offenders == []
