"""A new user's first week, on an empty file, with the keyboard: an organisation, two
people, an initiative, a meeting logged in two shortcuts, a lesson learned, one record
edited and one deleted (and brought back) — each step checked in the SQLite file."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox  # noqa: E402

from btvcrm.storage.crm import Crm  # noqa: E402
from btvcrm.ui.main_window import MainWindow  # noqa: E402

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
QUICK_LOG_EXAMPLE = [
    "Ferjemøte med Tønsberg kommune @ i dag kl 10 + Kari Vik, Per Hansen # Tønsberg kommune",
    "- Sende referat til Kari @ fredag",
    "- Avklare budsjett @ 1.7 + Per Hansen",
]


class Keys:
    """Key events as a user types them, counting the special keys (not letters, digits or signs)."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.special = 0
        self.characters = 0

    def type(self, widget: Any, text: str) -> None:
        self.qtbot.keyClicks(widget, text)
        self.characters += len(text)

    def press(self, widget: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(widget, key, modifier)
        self.special += 1


@pytest.fixture
def empty_window(qtbot: Any, crm: Crm, nb: None, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.Yes)
    win = MainWindow(crm)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def drive(qtbot: Any, window: Any, step: Callable[[QDialog], None]) -> None:
    """The next dialog the window opens is shown (not modal, so the test can type in it) and driven by `step`."""

    def run(dialog: QDialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        step(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    window.records.run = run


def rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_a_new_users_first_week(qtbot: Any, empty_window: Any, db_path: Path) -> None:
    win = empty_window
    keys = Keys(qtbot)

    # Monday: the organisation, from its (empty) list with Ctrl+N.
    keys.press(win, Qt.Key.Key_5, CTRL)
    page = win.pages["organisations"]
    assert page.empty_label.isVisible() and "Ny organisasjon" in page.empty_label.text()

    def organisation(dialog: QDialog) -> None:
        keys.type(dialog.name_edit, "Tønsberg kommune")
        keys.press(dialog.name_edit, Qt.Key.Key_Return)  # Return moves on, it does not save
        assert dialog.isVisible() and dialog.focusWidget() is dialog.kind_combo
        keys.type(dialog.orgnr_edit, "939 634 142")
        dialog.counties.boxes[3].setChecked(True)  # Vestfold
        keys.press(dialog.orgnr_edit, Qt.Key.Key_Return, CTRL)

    drive(qtbot, win, organisation)
    keys.press(win, Qt.Key.Key_N, CTRL)
    assert rows(db_path, "SELECT name, orgnr FROM organisations") == [("Tønsberg kommune", "939634142")]
    assert win.content.currentWidget().property("item_kind") == "organisation"  # its page opened
    assert "Opprettet organisasjon «Tønsberg kommune»" in win.statusBar().currentMessage()

    # Two people, from File → New → person.
    for name, email in (("Kari Vik", "kari.vik@tonsberg.kommune.no"), ("Ola Berg", "ola@example.no")):
        def person(dialog: QDialog, name: str = name, email: str = email) -> None:
            keys.type(dialog.name_edit, name)
            keys.type(dialog.org_edit, "Tønsberg kommune")
            keys.type(dialog.email_edit, email)
            keys.press(dialog.email_edit, Qt.Key.Key_S, CTRL)

        drive(qtbot, win, person)
        win.commands.new_kinds["person"].trigger()
    assert rows(db_path, "SELECT p.name, o.name FROM people p JOIN person_roles r ON r.person_id = p.id "
                         "JOIN organisations o ON o.id = r.organisation_id ORDER BY p.id") == [
        ("Kari Vik", "Tønsberg kommune"), ("Ola Berg", "Tønsberg kommune")]

    # Tuesday: an initiative.
    keys.press(win, Qt.Key.Key_7, CTRL)

    def initiative(dialog: QDialog) -> None:
        keys.type(dialog.title_edit, "Førerløs ferje")
        keys.type(dialog.owner_edit, "Tønsberg kommune")
        keys.type(dialog.value_edit, "40 mill")
        keys.press(dialog.value_edit, Qt.Key.Key_Return, CTRL)

    drive(qtbot, win, initiative)
    keys.press(win, Qt.Key.Key_N, CTRL)
    assert rows(db_path, "SELECT title, estimated_value_nok FROM initiatives") == [("Førerløs ferje", 40_000_000)]

    # Wednesday: the meeting, in two shortcuts — Ctrl+L, the text, Ctrl+Enter.
    keys.press(win, Qt.Key.Key_1, CTRL)
    log = Keys(qtbot)

    def quick_log(dialog: QDialog) -> None:
        for number, line in enumerate(QUICK_LOG_EXAMPLE):
            if number:
                log.press(dialog.quick_edit, Qt.Key.Key_Return)
            log.type(dialog.quick_edit, line)
        log.press(dialog.quick_edit, Qt.Key.Key_Return, CTRL)

    drive(qtbot, win, quick_log)
    log.press(win, Qt.Key.Key_L, CTRL)
    assert log.special == 4  # Ctrl+L, two Returns for the follow-up lines, Ctrl+Enter (was 12)
    assert log.characters / 5 / 40 * 60 <= 60  # under a minute at 40 words a minute
    assert rows(db_path, "SELECT title, starts_at FROM meetings") == [
        ("Ferjemøte med Tønsberg kommune", "2016-06-15T10:00:00+02:00")]
    assert rows(db_path, "SELECT count(*) FROM meeting_participants") == [(2,)]
    assert rows(db_path, "SELECT text, due_date FROM follow_ups ORDER BY id") == [
        ("Sende referat til Kari", "2016-06-17"), ("Avklare budsjett", "2016-07-01")]
    assert win.content.currentWidget().property("item_kind") == "meeting"
    assert "Logget «Ferjemøte med Tønsberg kommune»" in win.statusBar().currentMessage()

    # Thursday: a lesson learned.
    keys.press(win, Qt.Key.Key_8, CTRL)

    def lesson(dialog: QDialog) -> None:
        keys.type(dialog.title_edit, "Avklar budsjett før markedsdialogen")
        keys.press(dialog.title_edit, Qt.Key.Key_Return, CTRL)

    drive(qtbot, win, lesson)
    keys.press(win, Qt.Key.Key_N, CTRL)
    assert rows(db_path, "SELECT title FROM lessons") == [("Avklar budsjett før markedsdialogen",)]

    # Friday: Ola's e-mail corrected with F2 from the list; the lesson deleted, then brought back.
    keys.press(win, Qt.Key.Key_6, CTRL)
    people = win.pages["people"]
    assert people.table.hasFocus()  # Ctrl+6 put the focus in the page, not the sidebar
    people.table.selectRow(1)  # Ola Berg (Norwegian order: Kari, Ola)

    def fix_email(dialog: QDialog) -> None:
        dialog.email_edit.selectAll()
        keys.type(dialog.email_edit, "ola.berg@tonsberg.kommune.no")
        keys.press(dialog.email_edit, Qt.Key.Key_Return, CTRL)

    drive(qtbot, win, fix_email)
    keys.press(people.table, Qt.Key.Key_F2)
    assert rows(db_path, "SELECT email FROM people WHERE name = 'Ola Berg'") == [("ola.berg@tonsberg.kommune.no",)]
    assert "Lagret person «Ola Berg»" in win.statusBar().currentMessage()

    keys.press(win, Qt.Key.Key_8, CTRL)
    lessons = win.pages["lessons"]
    lessons.table.selectRow(0)
    keys.press(lessons.table, Qt.Key.Key_Delete)
    assert rows(db_path, "SELECT deleted_at IS NOT NULL FROM lessons") == [(1,)]
    keys.press(win, Qt.Key.Key_Z, CTRL)
    assert rows(db_path, "SELECT deleted_at FROM lessons") == [(None,)]
    assert QApplication.activeModalWidget() is None


def test_delete_from_a_detail_page_names_it_and_closes_the_page(qtbot: Any, window: Any, db_path: Path,
                                                                 sample: dict[str, int],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def answer(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page = window.open_item("organisation", sample["vestre_viken"])
    name = page.title_label.text()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert asked and f"«{name}»" in asked[0] and "papirkurven" in asked[0]
    assert window.detail_depth() == 0  # the page of a deleted record closes
    assert rows(db_path, f"SELECT deleted_at IS NOT NULL FROM organisations WHERE id = {sample['vestre_viken']}") \
        == [(1,)]
    trash = window.open_trash()
    texts = [trash.tree.topLevelItem(i).child(j).text(1) for i in range(trash.tree.topLevelItemCount())
             for j in range(trash.tree.topLevelItem(i).childCount())]
    assert texts and all(text.startswith("15.06.2016") for text in texts)  # the deletion date shows


def test_new_and_edit_from_menus_and_context_menu(qtbot: Any, window: Any, db_path: Path) -> None:
    window.show_page("initiatives")
    page = window.pages["initiatives"]
    page.table.selectRow(0)
    page._context_menu(page.table.visualRect(page.model.index(0, 0)).center())
    texts = [a.text() for a in page.context_menu.actions() if a.text()]
    assert texts[:1] == ["Nytt initiativ"] and "Rediger (F2)" in texts and "Slett (Del)" in texts
    page.context_menu.close()
    assert window.current_item() == ("initiative", page.selected_id())
    file_menu = window.menuBar().actions()[0].menu()
    new_menu = next(a.menu() for a in file_menu.actions() if a.menu() is not None)
    assert [a.text() for a in new_menu.actions() if a.text()][1:] == [
        "Nytt møte", "Nytt oppfølgingspunkt", "Ny organisasjon", "Ny person", "Nytt initiativ",
        "Nytt læringspunkt", "Nytt fylke"]

    def county(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.name_edit, "Agder")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return, CTRL)

    drive(qtbot, window, county)
    window.commands.new_kinds["county"].trigger()
    assert rows(db_path, "SELECT name FROM counties WHERE name = 'Agder'") == [("Agder",)]


def test_shortcuts_are_listed(qtbot: Any, window: Any) -> None:
    from btvcrm.ui.dialogs.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window.commands, window)
    qtbot.addWidget(dialog)
    listed = {keys for keys, _what in dialog.entries()}
    for action in window.commands.findChildren(type(window.commands.back)):
        if not action.shortcut().isEmpty():
            assert action.shortcut().toString() in listed, action.text()
    assert "F2" in listed and "Ctrl+L" in listed and "Ctrl+N" in listed
