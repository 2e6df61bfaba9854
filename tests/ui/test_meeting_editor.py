"""The meeting editor: edit the minutes and find them in the file and on the timeline."""

from __future__ import annotations

import datetime as dt
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QComboBox, QMessageBox  # noqa: E402

from btvcrm.domain import clock  # noqa: E402
from btvcrm.domain.enums import AgendaMark, Attendance, FollowUpStatus, MinutesStatus  # noqa: E402
from btvcrm.domain.models import FollowUp, Meeting, Organisation, Participant, Person  # noqa: E402
from btvcrm.storage.crm import Crm  # noqa: E402
from btvcrm.ui.details import create_detail_page  # noqa: E402
from btvcrm.ui.dialogs.meeting_editor import MeetingEditor  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def data(tmp_path):
    clock.freeze(dt.datetime(2016, 6, 14, 12, 0, tzinfo=clock.OSLO))
    path = tmp_path / "btv.sqlite"
    crm = Crm.open(path)
    telemark = crm.counties.by_name("Telemark").id
    org = crm.organisations.save(Organisation(name="Telemark fylkeskommune", county_ids=[telemark]))
    kari = crm.people.save(Person(name="Kari Nordmann", organisation_id=org))
    ola = crm.people.save(Person(name="Ola Hansen", organisation_id=org))
    meeting = crm.meetings.save(
        Meeting(title="Forventninger og rammer", starts_at=dt.datetime(2016, 6, 13, 10, tzinfo=clock.OSLO),
                participants=[Participant(kari)])
    )
    crm.follow_ups.save(FollowUp(text="Sende referat", meeting_id=meeting, due_date=dt.date(2016, 6, 20)))
    yield crm, path, {"org": org, "kari": kari, "ola": ola, "meeting": meeting, "telemark": telemark}
    crm.close()
    clock.freeze(None)


def test_edit_meeting_and_see_it_on_the_organisation_timeline(qtbot, data):
    crm, path, ids = data
    editor = MeetingEditor(crm, ids["meeting"])
    qtbot.addWidget(editor)
    assert not editor.is_dirty()
    editor.participant_add_edit.setText("Ola Hansen, Per Nilsen")
    editor._add_participants_from_edit()
    absent = editor.participants.table.cellWidget(1, 2)
    assert isinstance(absent, QComboBox)
    absent.setCurrentIndex(absent.findData(Attendance.ABSENT.value))
    editor.copy_to_edit.setText("Vestfold fylkeskommune")
    editor.add_agenda_item("Status i Telemark", AgendaMark.ORIENTATION, "")
    editor.add_agenda_item("Medeierskap", AgendaMark.DECISION, "Drøftet")
    editor.add_decision("Telemark fylkeskommune går inn som medeier fra 2017.")
    editor.follow_ups.table.item(0, 2).setText("fredag")
    editor.add_follow_up(FollowUp(text="Forberede avtale"))
    responsible = editor.follow_ups.table.cellWidget(1, 1)
    responsible.setCurrentIndex(responsible.findData("name:Per Nilsen"))
    editor.follow_ups.table.item(1, 2).setText("om 2 uker")
    editor.status_combo.setCurrentIndex(editor.status_combo.findData(MinutesStatus.APPROVED.value))
    editor.county_boxes[ids["telemark"]].setChecked(True)
    editor.orgs_edit.setText("Telemark fylkeskommune")
    editor.private_notes_edit.setPlainText("Kun for meg")
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.accepted, timeout=2000):
        editor.save()

    with Crm.open(path, readonly=True) as fresh:
        meeting = fresh.meetings.get(ids["meeting"])
        per = fresh.people.find_by_name("Per Nilsen")
        assert per is not None
        assert [(p.person_id, p.attendance) for p in meeting.participants] == [
            (ids["kari"], Attendance.PRESENT), (ids["ola"], Attendance.ABSENT), (per.id, Attendance.PRESENT),
        ]
        assert meeting.copy_to == "Vestfold fylkeskommune"
        assert [(a.title, a.mark) for a in meeting.agenda] == [
            ("Status i Telemark", AgendaMark.ORIENTATION), ("Medeierskap", AgendaMark.DECISION),
        ]
        assert meeting.decisions == ["Telemark fylkeskommune går inn som medeier fra 2017."]
        assert meeting.minutes_status == MinutesStatus.APPROVED
        assert meeting.organisation_ids == [ids["org"]]
        assert meeting.private_notes == "Kun for meg"
        follow_ups = fresh.follow_ups.for_meeting(ids["meeting"])
        assert [(f.text, f.due_date, f.responsible_person_id, f.status) for f in follow_ups] == [
            ("Sende referat", dt.date(2016, 6, 17), None, FollowUpStatus.OPEN),
            # «om 2 uker» from the meeting's day, Monday 13 June (typed on the 14th)
            ("Forberede avtale", dt.date(2016, 6, 27), per.id, FollowUpStatus.OPEN),
        ]

    page = create_detail_page("organisation", ids["org"], crm)
    qtbot.addWidget(page)
    titles = [page.timeline.topLevelItem(i).text(2) for i in range(page.timeline.topLevelItemCount())]
    assert "Forventninger og rammer" in titles
    with qtbot.waitSignal(page.open_requested, timeout=1000) as blocker:
        row = titles.index("Forventninger og rammer")
        page.timeline.itemActivated.emit(page.timeline.topLevelItem(row), 0)
    assert blocker.args == ["meeting", ids["meeting"]]


def test_closing_with_changes_asks(qtbot, data, monkeypatch):
    crm, _path, ids = data
    editor = MeetingEditor(crm, ids["meeting"])
    qtbot.addWidget(editor)
    editor.title_edit.setText("Endret tittel")
    asked = []

    def answer(*args, **kwargs):
        asked.append(args)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    editor.show()
    editor.reject()
    assert asked and editor.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    editor.reject()
    assert not editor.isVisible()
    assert crm.meetings.get(ids["meeting"]).title == "Forventninger og rammer"


def test_new_meeting_is_created(qtbot, data):
    crm, _path, ids = data
    editor = MeetingEditor(crm, None)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.title_edit, "Dialogkonferanse")
    editor.when_edit.setText("neste fredag kl 9")
    editor.save()
    meeting = crm.meetings.get(editor.saved_meeting_id)
    assert meeting.title == "Dialogkonferanse"
    assert meeting.starts_at == dt.datetime(2016, 6, 24, 9, tzinfo=clock.OSLO)


def test_editor_inputs_have_accessible_names_and_private_box(qtbot, tmp_path):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QSpinBox,
        QWidget,
    )

    from btvcrm.storage.crm import Crm
    from btvcrm.ui.dialogs.meeting_editor import MeetingEditor

    with Crm.open(tmp_path / "a11y.sqlite") as crm:
        editor = MeetingEditor(crm, None)
        qtbot.addWidget(editor)
        kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton, QSpinBox)
        unnamed = [w for w in editor.findChildren(QWidget)
                   if isinstance(w, kinds) and not w.accessibleName()
                   and not isinstance(w.parent(), (QComboBox, QSpinBox)) and not w.objectName().startswith("qt_")]
        assert unnamed == []
        box = editor.private_notes_edit.parentWidget()
        assert box.objectName() == "privateNotesBox"
        assert editor.title_edit.nextInFocusChain() is editor.when_edit


def test_a_failed_save_can_be_fixed_and_saved_once(qtbot, data, monkeypatch):
    """The stuck save: a too-long follow-up in row 2 failed the save; row 1 kept the id of a
    rolled-back row and every later save failed until the dialog was closed."""
    import btvcrm.ui.dialogs.meeting_editor as module

    crm, path, ids = data
    errors: list[str] = []
    monkeypatch.setattr(module, "show_user_error", lambda _parent, error: errors.append(str(error)))

    def counts() -> tuple[int, int]:
        return (crm.db.execute("SELECT count(*) FROM follow_ups").fetchone()[0],
                crm.db.execute("SELECT count(*) FROM people").fetchone()[0])

    before = counts()
    editor = MeetingEditor(crm, ids["meeting"])
    qtbot.addWidget(editor)
    editor.participant_add_edit.setText("Per Nilsen")
    editor._add_participants_from_edit()
    editor.add_follow_up(FollowUp(text="Forberede avtale"))
    editor.add_follow_up(FollowUp(text="x" * 10_001))
    assert editor.save() is False
    assert errors and counts() == before
    editor.follow_ups.table.item(2, 0).setText("Sende invitasjon")
    with qtbot.waitSignal(editor.accepted, timeout=2000):
        assert editor.save() is True
    assert len(errors) == 1
    assert counts() == (before[0] + 2, before[1] + 1)
    texts = [f.text for f in crm.follow_ups.for_meeting(ids["meeting"])]
    assert texts == ["Sende referat", "Forberede avtale", "Sende invitasjon"]
    # The editor now knows the saved rows: saving again writes no new ones.
    assert editor.save() is True
    assert counts() == (before[0] + 2, before[1] + 1)


def test_picking_an_attendee_with_down_and_return_adds_that_person_and_keeps_the_dialog_open(
        qtbot, data, monkeypatch):
    """Found in a real-window walk: ↓ + Return on «Kari Nordmann» in the popup added a new
    person «Kari (ny)», and the same Return saved and closed the whole meeting dialog."""
    from PySide6.QtCore import Qt

    crm, path, ids = data
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)  # at teardown
    editor = MeetingEditor(crm, None)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.tabs.setCurrentIndex(1)
    field = editor.participant_add_edit
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "Ola")
    popup = field.completion_popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.participants.table.rowCount() == 1)
    rows = editor._participant_rows()
    assert [(pid, name) for pid, name, _attendance in rows] == [(ids["ola"], "Ola Hansen")]
    assert editor.isVisible() and editor.result() == 0  # still open: more attendees, then the agenda
    assert field.text() == ""
    qtbot.keyClicks(field, "Per Nilsen")  # a new person, typed whole: Return adds the row, nothing more
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert [name for _pid, name, _a in editor._participant_rows()] == ["Ola Hansen", "Per Nilsen"]
    assert editor.isVisible()
    assert crm.people.find_by_name("Ola") is None


def test_in_english_the_time_field_is_written_the_english_way_and_saves_unchanged(qtbot, data, monkeypatch):
    from btvcrm.ui import i18n

    crm, path, ids = data
    i18n.install("en")
    editor = MeetingEditor(crm, ids["meeting"])
    qtbot.addWidget(editor)
    assert editor.when_edit.text() == "13/06/2016 10:00"  # not «13.06.2016 kl 10.00»
    editor.title_edit.setText("Forventninger og rammer (endret)")
    with qtbot.waitSignal(editor.accepted, timeout=2000):
        editor.save()
    assert crm.meetings.get(ids["meeting"]).starts_at == dt.datetime(2016, 6, 13, 10, tzinfo=clock.OSLO)
