"""Draft autosave: a crash loses at most the field being typed."""

from __future__ import annotations

import datetime as dt
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QMessageBox  # noqa: E402

from btvcrm.domain import clock  # noqa: E402
from btvcrm.domain.models import Meeting  # noqa: E402
from btvcrm.drafts import DraftStore, draft_key  # noqa: E402
from btvcrm.storage.crm import Crm  # noqa: E402
from btvcrm.ui.dialogs.meeting_editor import MeetingEditor  # noqa: E402
from btvcrm.ui.dialogs.quick_log import QuickLogDialog  # noqa: E402

pytestmark = pytest.mark.gui


def _crash(dialog) -> None:
    """Gone without save, cancel or close: what a crash or a power cut leaves."""
    dialog.hide()
    dialog.setParent(None)
    dialog.deleteLater()


def test_quick_log_draft_survives_a_crash_and_is_removed_on_save(qtbot, crm, ui_home) -> None:
    dialog = QuickLogDialog(crm)
    dialog.show()
    qtbot.keyClicks(dialog.title_edit, "Forankring i Telemark")
    qtbot.keyClicks(dialog.notes_edit, "Fylkeskommunen vil bli medeier.")
    qtbot.keyClicks(dialog.follow_ups_edit, "Send invitasjon @ fredag")
    qtbot.keyClicks(dialog.orgs_edit, "Telemark fylkeskommune")
    assert dialog.drafts.timer.isActive()  # debounced, not written on every key
    dialog.drafts.timer.timeout.emit()
    key = draft_key(crm.path, "quick_log")
    assert DraftStore().exists(key)
    assert DraftStore().folder == ui_home / "drafts"
    _crash(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    again = QuickLogDialog(crm)
    qtbot.addWidget(again)
    assert again.title_edit.text() == "Forankring i Telemark"
    assert again.notes_edit.toPlainText() == "Fylkeskommunen vil bli medeier."
    assert again.follow_ups_edit.toPlainText() == "Send invitasjon @ fredag"
    assert again.orgs_edit.text() == "Telemark fylkeskommune"
    assert again.draft_notice.isVisibleTo(again)
    assert "2016" in again.draft_notice.text()
    again.save()
    assert again.saved_meeting_id is not None
    assert not DraftStore().exists(key)
    assert crm.meetings.get(again.saved_meeting_id).notes == "Fylkeskommunen vil bli medeier."

    third = QuickLogDialog(crm)
    qtbot.addWidget(third)
    assert third.title_edit.text() == ""
    assert not third.draft_notice.isVisibleTo(third)


def test_quick_log_notice_is_norwegian(qtbot, crm, nb) -> None:
    dialog = QuickLogDialog(crm)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Utkast")
    dialog.drafts.flush()
    again = QuickLogDialog(crm)
    qtbot.addWidget(again)
    assert again.draft_notice.text().startswith("Gjenopprettet utkast fra ")
    assert "juni 2016" in again.draft_notice.text()


def test_quick_log_discard_removes_the_draft(qtbot, crm, monkeypatch) -> None:
    dialog = QuickLogDialog(crm)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Kastes")
    dialog.drafts.flush()
    key = draft_key(crm.path, "quick_log")
    assert DraftStore().exists(key)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert not DraftStore().exists(key)


def test_emptied_form_leaves_no_draft(qtbot, crm) -> None:
    dialog = QuickLogDialog(crm)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "x")
    dialog.drafts.flush()
    key = draft_key(crm.path, "quick_log")
    assert DraftStore().exists(key)
    dialog.title_edit.clear()
    dialog.drafts.flush()
    assert not DraftStore().exists(key)


def test_no_drafts_for_an_in_memory_file(qtbot) -> None:
    with Crm.open(None) as memory:
        dialog = QuickLogDialog(memory)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.title_edit, "x")
        dialog.drafts.flush()
        assert not DraftStore().folder.exists()


def test_meeting_editor_draft_survives_a_crash(qtbot, crm) -> None:
    meeting_id = crm.meetings.save(
        Meeting(title="Forventninger og rammer", starts_at=dt.datetime(2016, 6, 13, 10, tzinfo=clock.OSLO))
    )
    editor = MeetingEditor(crm, meeting_id)
    editor.show()
    qtbot.keyClicks(editor.notes_edit, "Buskerud er medeier.")
    qtbot.keyClicks(editor.private_notes_edit, "Kun for meg.")
    editor.place_edit.setText("Drammen")
    editor.add_agenda_item("Forventninger", "D", "Rammer avklart")
    editor.add_decision("Vi går videre")
    qtbot.waitUntil(lambda: editor.drafts.timer.isActive())
    editor.drafts.timer.timeout.emit()
    key = draft_key(crm.path, "meeting_editor", meeting_id)
    assert DraftStore().exists(key)
    assert not DraftStore().exists(draft_key(crm.path, "meeting_editor"))
    _crash(editor)

    again = MeetingEditor(crm, meeting_id)
    qtbot.addWidget(again)
    assert again.notes_edit.toPlainText() == "Buskerud er medeier."
    assert again.private_notes_edit.toPlainText() == "Kun for meg."
    assert again.place_edit.text() == "Drammen"
    assert again.title_edit.text() == "Forventninger og rammer"
    # the last two columns: public or exempt ("" is public) and the note on it
    assert again._table_texts(again.agenda.table) == [["Forventninger", "D", "Rammer avklart", "", ""]]
    assert again._table_texts(again.decisions.table) == [["Vi går videre", "", ""]]
    assert again.draft_notice.isVisibleTo(again)
    assert again.is_dirty()
    assert again.save()
    assert not DraftStore().exists(key)
    saved = crm.meetings.get(meeting_id)
    assert saved.notes == "Buskerud er medeier."
    assert saved.private_notes == "Kun for meg."
    assert saved.decisions == ["Vi går videre"]

    clean = MeetingEditor(crm, meeting_id)
    qtbot.addWidget(clean)
    assert not clean.draft_notice.isVisibleTo(clean)
    assert not clean.is_dirty()


def test_new_meeting_draft_and_discard(qtbot, crm, monkeypatch) -> None:
    editor = MeetingEditor(crm, None)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.title_edit, "Nytt møte")
    editor.drafts.flush()
    key = draft_key(crm.path, "meeting_editor")
    assert DraftStore().exists(key)
    again = MeetingEditor(crm, None)
    qtbot.addWidget(again)
    assert again.title_edit.text() == "Nytt møte"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    again.reject()
    assert not DraftStore().exists(key)
