from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
)

from btvcrm import i18n as core
from btvcrm.ui import i18n

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def nb_installed(qapp: Any) -> Iterator[None]:
    i18n.install("nb")
    yield
    i18n.install("en")


TRANSLATION_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP"}


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_every_translation_call_is_one_lupdate_reads() -> None:
    """Literal context and source, positional only, no .format()/.replace() glued on afterwards."""
    problems = []
    for path in sorted((ROOT / "btvcrm").rglob("*.py")):
        if path.relative_to(ROOT).as_posix() in ("btvcrm/i18n.py", "btvcrm/ui/i18n.py"):
            continue  # where the calls are defined
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name):
                name = func.id
            elif isinstance(func, ast.Attribute) and (
                (func.attr == "tr" and isinstance(func.value, ast.Name) and func.value.id == "self")
                or (func.attr == "translate" and isinstance(func.value, ast.Name) and func.value.id == "i18n")
                or (func.attr == "translate" and isinstance(func.value, ast.Call)
                    and isinstance(func.value.func, ast.Name) and func.value.func.id == "catalogue")
            ):
                name = func.attr
            else:
                continue
            if name not in TRANSLATION_CALLS:
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if name == "tr" and isinstance(func, ast.Name):
                problems.append(f"{where}: use self.tr() or translate(\"Context\", …), not a shared tr()")
            literals = 1 if name == "tr" else 2
            if node.keywords or len(node.args) < literals or not all(_literal(a) for a in node.args[:literals]):
                problems.append(f"{where}: {ast.get_source_segment(source, node)}")
            parent = parents.get(node)
            if isinstance(parent, ast.Attribute) and parent.attr in ("format", "replace"):
                problems.append(f"{where}: .{parent.attr}() on a translation: use arg()")
    assert not problems, "\n".join(problems)


def test_one_bokmal_catalogue() -> None:
    assert [p.name for p in core.ts_files("nb")] == ["btvcrm_nb.ts"]
    assert [p.name for p in core.ts_files("en")] == ["btvcrm_en.ts"]


# ---------------------------------------------------------------- the translator


def test_translator_switches_language(qapp: Any) -> None:
    try:
        assert i18n.install("nb") == "nb"
        assert i18n.translate("Pages", "Today") == "I dag"
        assert i18n.translate("Pages", "No such string, keep it") == "No such string, keep it"
        assert QLocale().language() == QLocale.Language.NorwegianBokmal
        assert i18n.install("en") == "en"
        assert i18n.translate("Pages", "Today") == "Today"
        assert QLocale().language() == QLocale.Language.English
    finally:
        i18n.install("en")


def test_the_translator_is_a_compiled_qm(qapp: Any) -> None:
    path = i18n.qm_file("nb")
    assert path is not None and path.suffix == ".qm"
    translator = QTranslator()
    assert translator.load(str(path))
    assert translator.translate("QPlatformTheme", "Cancel") == "Avbryt"


def test_language_choice_is_saved() -> None:
    assert i18n.saved_language() == "nb"
    i18n.save_language("en")
    assert i18n.saved_language() == "en"


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_qt_free_reader_agrees_with_the_qt_translator(qapp: Any, lang: str) -> None:
    """The reports and enum labels (btvcrm.i18n) and the window (QTranslator) say the same."""
    words = core.catalogue(lang)
    assert len(words) > 0
    try:
        i18n.install(lang)
        differ = []
        for context, source, comment in words.messages():
            for n in ((1, 2, 5) if "%n" in source else (-1,)):
                ours = words.translate(context, source, comment or None, n)
                qts = QCoreApplication.translate(context, source, comment or None, n)
                if ours != qts:
                    differ.append((context, source, n, ours, qts))
        assert not differ, differ[:10]
    finally:
        i18n.install("en")


def test_english_plurals_come_from_the_english_catalogue(qapp: Any) -> None:
    try:
        i18n.install("en")
        assert i18n.translate("Reports", "… and %n more", "", 1) == "… and 1 more"
        i18n.install("nb")
        assert i18n.translate("Reports", "… and %n more", "", 4) == "… og 4 til"
    finally:
        i18n.install("en")


# ---------------------------------------------------------------- Qt's own words in Bokmål


class _Recorder(QTranslator):
    """Sees every lookup first and passes it on (None: "not mine")."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:  # type: ignore[override]
        self.asked.add((context, source, disambiguation or ""))
        return None

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return False


# Asked for, but not words a user reads as English
NOT_WORDS = {("QGuiApplication", "QT_LAYOUT_DIRECTION"), ("QProgressBar", "%p%")}
# File type names ("Markdown document") come from the MIME database: hundreds, not ours to list
NOT_OURS = {"QMimeType", "QShortcut"}


def test_every_qt_string_the_app_shows_is_bokmal(qtbot: Any, tmp_path: Path, nb_installed: None) -> None:
    app = QApplication.instance()
    recorder = _Recorder()
    app.installTranslator(recorder)
    try:
        (tmp_path / "data.sqlite").write_bytes(b"")
        dialog = QFileDialog(None, "x", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.setDirectory(str(tmp_path))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        box = QMessageBox()
        qtbot.addWidget(box)
        box.setDetailedText("details")
        box.setStandardButtons(QMessageBox.StandardButton(0x07FFFF00))  # every standard button
        box.show()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton(0x07FFFF00))
        qtbot.addWidget(buttons)
        for widget in (QLineEdit(), QPlainTextEdit()):
            qtbot.addWidget(widget)
            widget.createStandardContextMenu().deleteLater()
        for other in (QInputDialog(), QProgressDialog()):
            qtbot.addWidget(other)
            other.show()
        app.processEvents()
    finally:
        app.removeTranslator(recorder)
    asked = {
        (c, s, d) for c, s, d in recorder.asked if c.startswith("Q") and (c, s) not in NOT_WORDS and c not in NOT_OURS
    }
    assert len(asked) > 60
    words = core.catalogue("nb")
    untranslated = sorted((c, s) for c, s, d in asked if words.lookup(c, s, d or None) is None)
    assert not untranslated, untranslated


def test_standard_buttons_and_context_menus_read_norwegian(qtbot: Any, nb_installed: None) -> None:
    box = QMessageBox()
    qtbot.addWidget(box)
    std = QMessageBox.StandardButton
    box.setStandardButtons(std.Yes | std.No | std.Save | std.Discard | std.Cancel | std.Close | std.Apply)
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert texts == {"Ja", "Nei", "Lagre", "Forkast", "Avbryt", "Lukk", "Bruk"}
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    entries = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert entries == ["Angre", "Gjør om", "Klipp ut", "Kopier", "Lim inn", "Slett", "Merk alt"]


def test_translations_are_rebuilt_when_a_ts_is_newer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for ts in core.translations_dir().glob("*.ts"):
        (tmp_path / ts.name).write_bytes(ts.read_bytes())
    monkeypatch.setattr(core, "translations_dir", lambda: tmp_path)
    assert i18n.qm_file("nb") == tmp_path / "btvcrm_nb.qm"
    built = (tmp_path / "btvcrm_nb.qm").stat().st_mtime_ns
    assert i18n.qm_file("nb") is not None
    assert (tmp_path / "btvcrm_nb.qm").stat().st_mtime_ns == built  # up to date: left alone
