"""Layering rules that keep the core testable without a screen: docs/architecture.md's
"may import" column, row by row, plus who may speak Qt and SQL."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "btvcrm"
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6")
ROOT = "btvcrm"  # `from btvcrm import __version__`: the package's constants, free for all

# The areas of docs/architecture.md and what each may import (our own packages only).
AREAS = {"cli", "app", "ui", "services", "exchange", "reports", "storage", "domain", "i18n", "paths", "settings",
         "drafts", "demo"}
MAY_IMPORT: dict[str, set[str]] = {
    "cli": AREAS - {"ui", "cli"},
    "app": AREAS - {"cli", "app"},
    "ui": AREAS - {"app", "cli", "ui"},
    "services": {"storage", "domain", "exchange", "reports", "i18n", "paths", "settings", "drafts"},
    "exchange": {"storage", "domain", "i18n", "paths", "settings"},
    "reports": {"storage", "domain", "i18n", "paths", "settings"},
    "storage": {"domain", "i18n", "paths"},
    "domain": {"i18n"},
    "i18n": {"paths"},
    "paths": set(),
    "settings": {"paths"},
    "drafts": {"domain", "paths", "storage"},
    "demo": {"domain", "storage", "services", "i18n"},
}
# Documented exceptions: (module, area it may import, only inside a function?).
EXCEPTIONS = {
    ("cli.py", "app", True),  # `btvcrm` with no command starts the desktop app
    ("settings.py", "storage", True),  # settings.json is written through storage.safe_output
    ("reports/demo_samples.py", "demo", False),  # `make samples`: the sample PDFs from the demo file
}


@dataclass(frozen=True)
class Import:
    module: str  # "btvcrm.storage.crm", "PySide6.QtCore", ...
    in_function: bool
    line: int


def _imports(path: Path) -> list[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[Import] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            nested = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            if isinstance(child, ast.Import):
                found.extend(Import(alias.name, in_function, child.lineno) for alias in child.names)
            elif isinstance(child, ast.ImportFrom) and child.level == 0 and child.module:
                if child.module == ROOT:  # `from btvcrm import paths` names a module, or a constant
                    found.extend(Import(f"{ROOT}.{alias.name}", in_function, child.lineno) for alias in child.names)
                else:
                    found.append(Import(child.module, in_function, child.lineno))
            visit(child, nested)

    visit(tree, False)
    return found


def _area_of_path(relative: Path) -> str:
    if len(relative.parts) > 1:
        return relative.parts[0]
    stem = relative.stem
    if stem == "__main__" or stem.startswith("cli"):
        return "cli"
    return stem


def _area_of_module(module: str) -> str | None:
    """Our area a module name belongs to (None: not ours, or the root package's constants)."""
    parts = module.split(".")
    if parts[0] != ROOT or len(parts) < 2:
        return None
    name = parts[1]
    if name == "__main__" or name.startswith("cli"):
        return "cli"
    return name if name in AREAS else None


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_every_module_belongs_to_a_documented_area() -> None:
    strays = [str(p.relative_to(PACKAGE)) for p in _modules()
              if _area_of_path(p.relative_to(PACKAGE)) not in AREAS | {"__init__"}]
    assert strays == []


def test_every_row_of_may_import_holds() -> None:
    """Each area imports only what its row in docs/architecture.md allows, lazy imports included."""
    offenders = []
    for path in _modules():
        relative = path.relative_to(PACKAGE)
        area = _area_of_path(relative)
        if area == "__init__":
            continue
        allowed = MAY_IMPORT[area]
        for item in _imports(path):
            target = _area_of_module(item.module)
            if target is None or target == area or target in allowed:
                continue
            if (str(relative), target, True) in EXCEPTIONS and item.in_function:
                continue
            if (str(relative), target, False) in EXCEPTIONS:
                continue
            where = "in a function" if item.in_function else "at module level"
            offenders.append(f"{relative}:{item.line}: {area} imports {item.module} ({where})")
    assert offenders == []


def test_the_exceptions_are_still_needed() -> None:
    """An exception nobody uses any more goes from the list (and from the document)."""
    unused = []
    for module, target, _lazy in EXCEPTIONS:
        path = PACKAGE / module
        if not path.exists() or not any(_area_of_module(i.module) == target for i in _imports(path)):
            unused.append((module, target))
    assert unused == []


def test_the_document_names_every_area() -> None:
    text = (PACKAGE.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    table = text[text.index("| Where |"):text.index("## How an action reaches the file")]
    for area in AREAS - {"cli"}:
        assert f"`btvcrm/{area}" in table or f"`{area}.py`" in table or f"`btvcrm/{area}.py`" in table, area
    assert "`cli.py`" in table


def _is_ui(path: Path) -> bool:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] == "ui" or relative == Path("app.py")


def test_only_ui_and_app_import_qt() -> None:
    offenders = []
    for path in _modules():
        if _is_ui(path):
            continue
        qt = sorted({i.module for i in _imports(path) if i.module.split(".")[0] in QT_MODULES})
        if qt:
            offenders.append(f"{path.relative_to(PACKAGE)}: {', '.join(qt)}")
    assert offenders == []


def test_only_storage_writes_sql() -> None:
    """Widgets, reports and exchange code go through the repositories."""
    offenders = []
    for path in _modules():
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "storage":
            continue
        text = path.read_text(encoding="utf-8")
        if ".execute(" in text and ("SELECT " in text or "INSERT " in text or "UPDATE " in text):
            offenders.append(str(relative))
    # The JSON import/export copies whole tables by design (lossless), so it speaks SQL.
    assert sorted(offenders) == ["exchange/jsonfile.py"]


def test_ui_has_no_transactions_and_no_sql() -> None:
    """Widgets translate widgets <-> requests; the transaction and the SQL live in services and storage."""
    pattern = re.compile(r"crm\.write\(|\.atomic\(|\.execute\(|\b(SELECT|INSERT|UPDATE|DELETE FROM|CREATE TABLE)\b")
    offenders = []
    for path in [*PACKAGE.joinpath("ui").rglob("*.py"), PACKAGE / "app.py"]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if pattern.search(line):
                offenders.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert offenders == []


def _comments_and_docstrings(path: Path) -> list[tuple[int, str]]:
    text = path.read_text(encoding="utf-8")
    found = [(token.start[0], token.string) for token in tokenize.generate_tokens(io.StringIO(text).readline)
             if token.type == tokenize.COMMENT]
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            found.extend((node.lineno + n, line) for n, line in enumerate(node.value.value.splitlines()))
    return found


def test_no_source_comment_names_a_path_outside_the_repository() -> None:
    """Comments and docstrings speak of the repository's own files, not of someone's machine."""
    outside = re.compile(r"(/home/|/Users/|/work/|/tmp/|/opt/|[A-Z]:[\\/]Users|\.\./shared)")
    offenders = [f"{path.relative_to(PACKAGE.parent)}:{number}: {text.strip()}"
                 for path in [*_modules(), *PACKAGE.parent.joinpath("tests").rglob("*.py"),
                              *PACKAGE.parent.joinpath("bench").rglob("*.py")]
                 for number, text in _comments_and_docstrings(path) if outside.search(text)]
    assert offenders == []
