"""Translation: English source strings in code, Bokmål in `resources/translations/btvcrm_nb*.ts`.

The .ts files (Qt's XML format) are read at run time with `xml.etree`, so the app
runs from source without a compile step. Norwegian is the default; English means
no translator at all.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from btvcrm import paths

CONTEXT = "btvcrm"
LANGUAGES = {"nb": "Norsk bokmål", "en": "English"}
DEFAULT_LANGUAGE = "nb"

_current = DEFAULT_LANGUAGE
_installed: TsTranslator | None = None


def tr(text: str) -> str:
    """Translate an English source string in the shared context."""
    return QCoreApplication.translate(CONTEXT, text)


def current_lang() -> str:
    """"nb" or "en": what the domain's date and money formatters take."""
    return _current


def translation_files() -> list[Path]:
    return sorted(paths.resource("translations").glob("btvcrm_nb*.ts"))


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, skipping unfinished or empty ones."""
    table: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or not (node.text or ""):
                continue
            if node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            table[(name, source)] = node.text or ""
    return table


class TsTranslator(QTranslator):
    """A QTranslator fed straight from .ts files."""

    def __init__(self, files: list[Path], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.table: dict[tuple[str, str], str] = {}
        for path in files:
            self.table.update(read_ts(path))

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:  # type: ignore[override]
        # None (a null QString) lets Qt fall back to the source; "" would show an empty label.
        return self.table.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return not self.table


def saved_language() -> str:
    from btvcrm.ui import settings

    value = str(settings().value("language", DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(lang: str) -> None:
    from btvcrm.ui import settings

    store = settings()
    store.setValue("language", lang)
    store.sync()


def install(lang: str | None = None) -> str:
    """Install the translator for `lang` (default: the saved choice); returns the language."""
    global _current, _installed
    app = QCoreApplication.instance()
    lang = lang or saved_language()
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    if _installed is not None and app is not None:
        app.removeTranslator(_installed)
        _installed = None
    if lang == "nb" and app is not None:
        _installed = TsTranslator(translation_files(), app)
        app.installTranslator(_installed)
    _current = lang
    return lang


def source_strings(root: Path) -> set[tuple[str, str]]:
    """(context, source) of every literal `tr("…")`, `self.tr("…")` and `translate("ctx", "…")` under root."""
    import ast

    found: set[tuple[str, str]] = set()
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes: dict[ast.AST, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for child in ast.walk(node):
                    classes.setdefault(child, node.name)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            literal = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
            if name == "translate" and len(literal) >= 2 and literal[0] is not None and literal[1] is not None:
                found.add((literal[0], literal[1]))
            elif name == "tr" and literal[0] is not None:
                if isinstance(func, ast.Attribute):
                    found.add((classes.get(node, CONTEXT), literal[0]))
                else:
                    found.add((CONTEXT, literal[0]))
    return found
