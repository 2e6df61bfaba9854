"""Quick log in two shortcuts: the whole contact typed as text, read live, completed with Tab,
saved with Ctrl+Enter — checked in the SQLite file."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from btvcrm.domain.models import Organisation, Person  # noqa: E402
from btvcrm.storage.crm import Crm  # noqa: E402
from btvcrm.ui.dialogs.quick_log import QuickLogDialog  # noqa: E402

pytestmark = pytest.mark.gui

EXAMPLE = [
    "Ferjemøte med Tønsberg kommune @ i dag kl 10 + Kari Vik, Per Hansen # Tønsberg kommune",
    "- Sende referat til Kari @ fredag",
    "- Avklare budsjett @ 1.7 + Per Hansen",
]


@pytest.fixture(autouse=True)
def no_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a dialog with typed text asks first; in these tests the answer is Discard."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.Discard)


@pytest.fixture
def people(crm: Crm) -> dict[str, int]:
    vestfold = crm.counties.by_name("Vestfold").id or 0
    org = crm.organisations.save(Organisation(name="Tønsberg kommune", county_ids=[vestfold]))
    kari = crm.people.save(Person(name="Kari Vik", organisation_id=org))
    return {"org": org, "kari": kari, "vestfold": vestfold}


def type_lines(qtbot: Any, widget: Any, lines: list[str]) -> int:
    """Type the lines with key events; returns how many special keys (Enter) it took."""
    special = 0
    for number, line in enumerate(lines):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
            special += 1
        qtbot.keyClicks(widget, line)
    return special


def test_the_text_is_read_live_and_saved_with_ctrl_enter(qtbot: Any, crm: Crm, db_path: Path, people: Any,
                                                         nb: None) -> None:
    dialog = QuickLogDialog(crm)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.quick_edit
    type_lines(qtbot, dialog.quick_edit, EXAMPLE)
    assert dialog.quick_edit.toPlainText().count("\n") == 2  # Enter added lines, it did not save
    assert dialog.saved_meeting_id is None
    dialog.refresh_preview()
    preview = dialog.preview_label.text()
    assert "onsdag 15. juni 2016 kl. 10.00 (i dag)" in preview
    assert "ny person: Per Hansen" in preview and "Kari Vik (Tønsberg kommune)" in preview
    assert "Vestfold (fra Tønsberg kommune)" in preview
    assert "frist fredag 17. juni 2016" in preview and "frist fredag 1. juli 2016" in preview
    # The other fields are filled from the text.
    assert dialog.title_edit.text() == "Ferjemøte med Tønsberg kommune"
    assert dialog.people_edit.names() == ["Kari Vik", "Per Hansen"]
    assert dialog.county_boxes[people["vestfold"]].isChecked()
    qtbot.keyClick(dialog.quick_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved_meeting_id is not None
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT title, starts_at FROM meetings").fetchall() == [
            ("Ferjemøte med Tønsberg kommune", "2016-06-15T10:00:00+02:00")]
        per = conn.execute("SELECT id FROM people WHERE name = 'Per Hansen'").fetchone()[0]
        assert conn.execute("SELECT text, due_date, responsible_person_id FROM follow_ups ORDER BY id").fetchall() \
            == [("Sende referat til Kari", "2016-06-17", None), ("Avklare budsjett", "2016-07-01", per)]


def test_tab_takes_the_suggested_name(qtbot: Any, crm: Crm, people: Any) -> None:
    dialog = QuickLogDialog(crm)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.quick_edit, "Telefon + Ka")
    assert dialog.quick_edit.suggestions_shown()
    assert dialog.quick_edit.suggestions() == ["Kari Vik"]
    qtbot.keyClick(dialog.quick_edit, Qt.Key.Key_Tab)
    assert dialog.quick_edit.toPlainText() == "Telefon + Kari Vik"
    assert dialog.focusWidget() is dialog.quick_edit  # Tab took the name, it did not leave the field
    assert not dialog.quick_edit.suggestions_shown()
    qtbot.keyClicks(dialog.quick_edit, " # Tøn")
    assert dialog.quick_edit.suggestions() == ["Tønsberg kommune"]
    qtbot.keyClick(dialog.quick_edit, Qt.Key.Key_Escape)  # closes the suggestions, not the dialog
    assert dialog.isVisible() and not dialog.quick_edit.suggestions_shown()
    dialog.refresh_preview()
    assert dialog.reading is not None and dialog.reading.people[0].id == people["kari"]
    qtbot.keyClick(dialog.quick_edit, Qt.Key.Key_Tab)  # no suggestions: Tab moves on
    assert dialog.focusWidget() is not dialog.quick_edit


def test_errors_show_in_the_preview_and_nothing_is_saved(qtbot: Any, crm: Crm, monkeypatch: Any) -> None:
    shown: list[str] = []
    monkeypatch.setattr("btvcrm.ui.dialogs.quick_log.show_user_error", lambda _parent, error: shown.append(str(error)))
    dialog = QuickLogDialog(crm)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.quick_edit, "Møte @ i morgn")
    dialog.refresh_preview()
    assert "✗" in dialog.preview_label.text() and "i morgn" in dialog.preview_label.text()
    qtbot.keyClick(dialog.quick_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved_meeting_id is None and shown and "i morgn" in shown[0]
    assert crm.meetings.query_count() == 0


def test_fields_changed_by_hand_win(qtbot: Any, crm: Crm) -> None:
    dialog = QuickLogDialog(crm)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.quick_edit, "Lunsj @ i går")
    dialog.refresh_preview()
    dialog.fields_button.click()
    assert dialog.fields_box.isVisible()
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Lunsj med Kari")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves too
    assert dialog.saved_meeting_id is not None
    meeting = crm.meetings.get(dialog.saved_meeting_id)
    assert meeting.title == "Lunsj med Kari" and meeting.starts_at.date().isoformat() == "2016-06-14"


def test_help_explains_the_syntax(qtbot: Any, crm: Crm, monkeypatch: Any) -> None:
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: seen.append(text))
    dialog = QuickLogDialog(crm)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.quick_edit, Qt.Key.Key_F1)
    dialog.help_button.click()
    assert len(seen) == 2 and "@" in seen[0] and "+" in seen[0] and "#" in seen[0] and "!" in seen[0]
    assert QApplication.activeModalWidget() is None


def test_the_whole_preview_is_in_view(qtbot: Any, crm: Crm, people: Any, nb: None) -> None:
    """The walk-through: two follow-ups and a note cut the preview's last lines off."""
    dialog = QuickLogDialog(crm)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.quick_edit.setPlainText("\n".join([
        "Møte om velferdsteknologi @ i dag kl 10 + Kari Vik, Linn Haugland # Tønsberg kommune",
        "- Sende referat til Linn @ fredag", "- Avklare budsjett @ om 2 uker + Kari Vik", "",
        "Linn er ny innkjøpsrådgiver i kommunen."]))
    dialog.refresh_preview()
    QApplication.processEvents()
    label, scroll = dialog.preview_label, dialog.preview_scroll
    assert "ansvarlig: Kari Vik" in label.text()
    assert scroll.viewport().height() >= label.heightForWidth(scroll.viewport().width())  # nothing cut off
