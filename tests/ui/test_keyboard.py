"""Keyboard conventions that do not lose work: unique Alt mnemonics in each dialog and menu
(both languages), Return never saves, Esc asks, rows by keyboard, the map by arrow keys."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from btvcrm.storage.crm import Crm  # noqa: E402

pytestmark = pytest.mark.gui

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every visible label, button and group box title under `root`."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        text = ""
        if isinstance(widget, QLabel) and widget.buddy() is not None or isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        letter = mnemonic(text)
        if letter:
            found.append((letter, text))
    return found


def duplicates(pairs: list[tuple[str, str]]) -> list[str]:
    seen: dict[str, str] = {}
    clashes = []
    for letter, text in pairs:
        if letter in seen and seen[letter] != text:
            clashes.append(f"{letter}: {seen[letter]!r} / {text!r}")
        seen.setdefault(letter, text)
    return clashes


@pytest.fixture(params=["nb", "en"])
def lang(request: Any, qapp: Any) -> Iterator[str]:
    from btvcrm.ui import i18n

    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def _dialogs(crm: Crm, sample: dict[str, int]) -> dict[str, Any]:
    from btvcrm.ui.dialogs.entity_dialogs import (
        CountyDialog,
        InitiativeDialog,
        LessonDialog,
        OrganisationDialog,
        PersonDialog,
    )
    from btvcrm.ui.dialogs.follow_up_dialog import FollowUpDialog
    from btvcrm.ui.dialogs.meeting_editor import MeetingEditor
    from btvcrm.ui.dialogs.quick_log import QuickLogDialog

    return {
        "quick log": lambda: QuickLogDialog(crm),
        "organisation": lambda: OrganisationDialog(crm, sample["buskerud_fk"]),
        "person": lambda: PersonDialog(crm, sample["kari"]),
        "initiative": lambda: InitiativeDialog(crm, sample["initiative"]),
        "lesson": lambda: LessonDialog(crm, sample["lesson"]),
        "county": lambda: CountyDialog(crm, None),
        "follow-up": lambda: FollowUpDialog(crm, sample["fu_overdue"]),
        "meeting": lambda: MeetingEditor(crm, sample["meeting_past"]),
    }


def test_mnemonics_are_unique_in_every_dialog(qtbot: Any, crm: Crm, sample: dict[str, int], lang: str,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)
    problems = []
    for name, make in _dialogs(crm, sample).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        if hasattr(dialog, "fields_button"):
            dialog.fields_button.setChecked(True)
        tabs = dialog.findChild(QTabWidget)
        if tabs is None:
            problems += [f"{name}: {c}" for c in duplicates(mnemonics(dialog))]
        else:  # Alt+letter reaches the tab bar, the buttons and the tab on screen
            bar = [(mnemonic(tabs.tabText(i)) or "", tabs.tabText(i)) for i in range(tabs.count())]
            buttons = [(mnemonic(b.text()) or "", b.text()) for b in dialog.findChildren(QAbstractButton)
                       if not tabs.isAncestorOf(b) and mnemonic(b.text())]
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                page = tabs.widget(index)
                problems += [f"{name} tab {index}: {c}"
                             for c in duplicates([p for p in bar if p[0]] + buttons + mnemonics(page))]
        dialog.reject()
    assert problems == []


def test_menus_have_unique_mnemonics(window: Any, lang: str) -> None:
    window.retranslate()
    bar = window.menuBar()
    top = [(mnemonic(a.text()) or "", a.text()) for a in bar.actions()]
    problems = duplicates([p for p in top if p[0]])
    for action in bar.actions():
        menu = action.menu()
        if menu is None:
            continue
        for sub in [menu] + [a.menu() for a in menu.actions() if a.menu() is not None]:
            items = [(mnemonic(a.text()) or "", a.text()) for a in sub.actions() if mnemonic(a.text())]
            problems += [f"{sub.title()}: {c}" for c in duplicates(items)]
    assert problems == []


def test_return_never_saves_and_esc_asks(qtbot: Any, crm: Crm, monkeypatch: pytest.MonkeyPatch) -> None:
    from btvcrm.ui.dialogs.entity_dialogs import OrganisationDialog

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **_k: asked.append(args[2])
                        or QMessageBox.StandardButton.Cancel)
    dialog = OrganisationDialog(crm, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setFocus()
    qtbot.keyClicks(dialog.name_edit, "Horten kommune")
    for _ in range(4):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.focusWidget() is not dialog.name_edit  # it moved on
    assert dialog.isVisible() and dialog.saved is None and crm.organisations.count() == 0
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()  # asked, and Cancel kept the dialog and the text
    assert dialog.name_edit.text() == "Horten kommune"
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved is not None and crm.organisations.count() == 1


def test_an_untouched_dialog_closes_without_asking(qtbot: Any, crm: Crm, monkeypatch: pytest.MonkeyPatch) -> None:
    from btvcrm.ui.dialogs.entity_dialogs import PersonDialog

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: pytest.fail("asked without changes"))
    dialog = PersonDialog(crm, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_meeting_rows_by_keyboard(qtbot: Any, crm: Crm, sample: dict[str, int],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from btvcrm.ui.dialogs.meeting_editor import MeetingEditor

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)
    editor = MeetingEditor(crm, None)
    qtbot.addWidget(editor)
    editor.show()
    table = editor.agenda.table
    assert editor.chair_edit.text() == ""  # no name in Settings yet
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert table.rowCount() == 2
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert table.rowCount() == 1
    wide = table.columnWidth(0)
    assert wide >= table.fontMetrics().averageCharWidth() * 20  # "Sak" is wide enough to type in
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)  # Return moves on
    assert editor.isVisible() and editor.saved_meeting_id is None


def test_new_meetings_are_chaired_by_the_user(qtbot: Any, crm: Crm) -> None:
    from btvcrm import settings
    from btvcrm.ui.dialogs.meeting_editor import MeetingEditor

    settings.save(settings.Settings(user_name="Anne Olsen"))
    editor = MeetingEditor(crm, None)
    qtbot.addWidget(editor)
    assert editor.chair_edit.text() == "Anne Olsen"


def test_the_power_map_moves_by_arrow_keys(qtbot: Any, crm: Crm, sample: dict[str, int]) -> None:
    from btvcrm.ui.widgets.power_map import PowerInterestMap

    county = crm.counties.by_name("Buskerud").id or 0
    view = PowerInterestMap(crm, county)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    assert view.current_org is not None
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    chosen = view.current_org
    before = view.positions[chosen] or (3, 3)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    expected = (min(5, before[0] + 1), min(5, before[1] + 1))
    assert view.positions[chosen] == expected
    history = crm.assessments.history(organisation_id=chosen)
    assert (history[-1].influence, history[-1].interest) == expected
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == ["organisation", chosen]


def test_add_opens_the_new_row_and_return_on_a_button_never_saves(
        qtbot: Any, crm: Crm, sample: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    """The walk-through: Space on «Legg til», type, Return saved the meeting and lost the text."""
    from PySide6.QtWidgets import QApplication

    from btvcrm.ui.dialogs.meeting_editor import MeetingEditor

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)
    editor = MeetingEditor(crm, sample["meeting_past"])
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    table = editor.agenda.table
    rows = table.rowCount()
    editor.agenda.add_button.setFocus()
    qtbot.keyClick(editor.agenda.add_button, Qt.Key.Key_Space)
    assert table.rowCount() == rows + 1
    assert table.state() == table.State.EditingState  # the new row's «Sak» is open for typing
    qtbot.keyClicks(QApplication.focusWidget(), "Budsjett 2017")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # the delegate commits queued
    assert table.item(rows, 0).text() == "Budsjett 2017"
    editor.agenda.add_button.setFocus()
    qtbot.keyClick(editor.agenda.add_button, Qt.Key.Key_Return)  # presses «Legg til», not Save
    assert editor.isVisible() and editor.saved_meeting_id is None
    assert table.rowCount() == rows + 2
    saved_titles = [a.title for a in crm.meetings.get(sample["meeting_past"]).agenda]
    assert "Budsjett 2017" not in saved_titles  # nothing saved until Ctrl+Enter
