"""Quick log driven by the keyboard, checked in the file with a fresh Crm."""

from __future__ import annotations

import datetime as dt
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402

from btvcrm.domain import clock  # noqa: E402
from btvcrm.domain.enums import MeetingKind  # noqa: E402
from btvcrm.domain.models import Organisation, Person  # noqa: E402
from btvcrm.storage.crm import Crm  # noqa: E402
from btvcrm.ui.dialogs.logic import parse_follow_up_lines  # noqa: E402
from btvcrm.ui.dialogs.quick_log import QuickLogDialog  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def frozen_clock():
    clock.freeze(dt.datetime(2016, 6, 14, 12, 0, tzinfo=clock.OSLO))  # a Tuesday
    yield
    clock.freeze(None)


@pytest.fixture
def crm_file(tmp_path, frozen_clock):
    path = tmp_path / "btv.sqlite"
    crm = Crm.open(path)
    buskerud = crm.counties.by_name("Buskerud").id
    org_id = crm.organisations.save(Organisation(name="Vestre Viken HF", county_ids=[buskerud]))
    crm.people.save(Person(name="Kari Nordmann", organisation_id=org_id, title="innkjøpssjef"))
    yield crm, path
    crm.close()


def test_follow_up_lines_are_read():
    lines = parse_follow_up_lines("Send invitasjon @ fredag\n\n- Ring Ola\nX @ blabla", today=dt.date(2016, 6, 14))
    assert [(x.text, x.due) for x in lines[:2]] == [("Send invitasjon", dt.date(2016, 6, 17)), ("Ring Ola", None)]
    assert lines[2].error


def test_quick_log_by_keyboard_saves_everything_in_the_file(qtbot, crm_file):
    crm, path = crm_file
    dialog = QuickLogDialog(crm)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title_edit, "Avklaring av rammer")
    dialog.when_edit.clear()
    qtbot.keyClicks(dialog.when_edit, "fredag kl 10")
    assert dialog.when_preview.text() in ("fredag 17. juni 2016 kl. 10.00", "Friday 17 June 2016 at 10:00")
    qtbot.keyClicks(dialog.people_edit, "Kari")
    assert dialog.people_edit.completion_count() == 1
    dialog.people_edit.accept_completion(0)
    qtbot.keyClicks(dialog.people_edit, "Per Hansen")
    qtbot.keyClicks(dialog.orgs_edit, "Vestre Viken HF")
    buskerud = crm.counties.by_name("Buskerud").id
    assert dialog.county_boxes[buskerud].isChecked()
    qtbot.keyClicks(dialog.notes_edit, "Gode signaler om medeierskap.")
    qtbot.keyClicks(dialog.follow_ups_edit, "Send invitasjon @ fredag")
    qtbot.keyClick(dialog.follow_ups_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.follow_ups_edit, "Ring Per")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    meeting_id = dialog.saved_meeting_id
    assert meeting_id is not None

    with Crm.open(path, readonly=True) as fresh:
        meeting = fresh.meetings.get(meeting_id)
        assert meeting.title == "Avklaring av rammer"
        assert meeting.kind == MeetingKind.MEETING
        assert meeting.starts_at == dt.datetime(2016, 6, 17, 10, 0, tzinfo=clock.OSLO)
        assert meeting.county_ids == [buskerud]
        assert meeting.notes == "Gode signaler om medeierskap."
        names = sorted(fresh.people.get(p.person_id).name for p in meeting.participants)
        assert names == ["Kari Nordmann", "Per Hansen"]
        per = fresh.people.find_by_name("Per Hansen")
        assert per is not None and per.organisation_id == meeting.organisation_ids[0]
        follow_ups = fresh.follow_ups.for_meeting(meeting_id)
        assert [(f.text, f.due_date) for f in follow_ups] == [
            ("Send invitasjon", dt.date(2016, 6, 17)),
            ("Ring Per", None),
        ]


def test_bad_date_shows_the_sentence_and_saves_nothing(qtbot, crm_file, monkeypatch):
    crm, path = crm_file
    shown = []
    monkeypatch.setattr("btvcrm.ui.dialogs.quick_log.show_user_error", lambda parent, error: shown.append(str(error)))
    dialog = QuickLogDialog(crm)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Telefon")
    dialog.when_edit.setText("blåbær")
    assert dialog.when_preview.property("valid") is False
    assert dialog.when_preview.text()
    qtbot.keyClicks(dialog.orgs_edit, "Ny leverandør AS")
    dialog.save()
    assert shown and dialog.saved_meeting_id is None
    assert crm.meetings.count() == 0
    assert crm.organisations.find_by_name("Ny leverandør AS") is None


def test_new_organisation_is_created_in_the_same_transaction(qtbot, crm_file):
    crm, path = crm_file
    dialog = QuickLogDialog(crm)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Dialogmøte")
    qtbot.keyClicks(dialog.orgs_edit, "Skien kommune")
    assert "Skien kommune" in dialog.new_names_label.text()
    telemark = crm.counties.by_name("Telemark").id
    dialog.county_boxes[telemark].click()
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    with Crm.open(path, readonly=True) as fresh:
        org = fresh.organisations.find_by_name("Skien kommune")
        assert org is not None and org.county_ids == [telemark]
        assert fresh.meetings.get(dialog.saved_meeting_id).organisation_ids == [org.id]


def test_tab_order_and_accessible_names(qtbot, tmp_path):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QWidget

    with Crm.open(tmp_path / "a11y.sqlite") as crm:
        dialog = QuickLogDialog(crm)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.focusWidget() is dialog.quick_edit  # the text first
        dialog.fields_button.setChecked(True)
        order = [dialog.quick_edit]
        for _ in range(6):
            order.append(order[-1].nextInFocusChain())
            while not (order[-1].focusPolicy() & Qt.FocusPolicy.TabFocus) or not order[-1].isVisible():
                order[-1] = order[-1].nextInFocusChain()
        assert order[1:] == [dialog.fields_button, dialog.title_edit, dialog.when_edit, dialog.kind_combo,
                             dialog.people_edit, dialog.orgs_edit]
        kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton)
        unnamed = [w for w in dialog.findChildren(QWidget)
                   if isinstance(w, kinds) and w.window() is dialog and not w.accessibleName()
                   and not isinstance(w.parent(), QComboBox)]
        assert unnamed == []
