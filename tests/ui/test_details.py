"""Detail pages: open every kind, move a county up the ladder, drag a dot on the map."""

from __future__ import annotations

import datetime as dt
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, Qt  # noqa: E402

from btvcrm.domain import clock  # noqa: E402
from btvcrm.domain.enums import AnchoringStage, InitiativePhase  # noqa: E402
from btvcrm.domain.models import (  # noqa: E402
    AnchoringChange,
    Assessment,
    FollowUp,
    Initiative,
    Lesson,
    Meeting,
    Organisation,
    Participant,
    Person,
)
from btvcrm.storage.crm import Crm  # noqa: E402
from btvcrm.ui.details import PAGES, create_detail_page  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def data(tmp_path):
    clock.freeze(dt.datetime(2016, 6, 14, 12, 0, tzinfo=clock.OSLO))
    path = tmp_path / "btv.sqlite"
    crm = Crm.open(path)
    vestfold = crm.counties.by_name("Vestfold").id
    org = crm.organisations.save(Organisation(name="Tønsberg kommune", county_ids=[vestfold], is_key=True))
    supplier = crm.organisations.save(Organisation(name="Ferje AS", county_ids=[vestfold]))
    person = crm.people.save(Person(name="Kari Nordmann", organisation_id=org, title="rådgiver"))
    meeting = crm.meetings.save(
        Meeting(title="Førerløs ferge", starts_at=dt.datetime(2016, 6, 10, 10, tzinfo=clock.OSLO),
                participants=[Participant(person)], organisation_ids=[org], county_ids=[vestfold])
    )
    follow_up = crm.follow_ups.save(FollowUp(text="Sjekke Doffin", meeting_id=meeting, organisation_id=org,
                                             county_id=vestfold, due_date=dt.date(2016, 6, 13)))
    initiative = crm.initiatives.save(Initiative(title="Førerløs ferge", owner_organisation_id=org,
                                                 county_ids=[vestfold], phase=InitiativePhase.MARKET_DIALOGUE,
                                                 estimated_value_nok=40_000_000))
    lesson = crm.lessons.save(Lesson(title="Tidlig markedsdialog", learned_in_county_id=vestfold,
                                     initiative_ids=[initiative], learned_on=dt.date(2016, 6, 1)))
    crm.anchoring.record(AnchoringChange(AnchoringStage.FIRST_CONTACT, dt.date(2016, 3, 1), county_id=vestfold))
    crm.assessments.record(Assessment(influence=4, interest=2, assessed_on=dt.date(2016, 5, 1), organisation_id=org))
    ids = {"county": vestfold, "organisation": org, "supplier": supplier, "person": person, "meeting": meeting,
           "follow_up": follow_up, "initiative": initiative, "lesson": lesson}
    yield crm, path, ids
    crm.close()
    clock.freeze(None)


def test_every_kind_opens_with_its_title(qtbot, data):
    crm, _path, ids = data
    for kind in PAGES:
        page = create_detail_page(kind, ids[kind], crm)
        qtbot.addWidget(page)
        assert page.title_label.text(), kind
        assert hasattr(page, "open_requested")


def test_enter_on_a_person_row_opens_the_person(qtbot, data):
    crm, _path, ids = data
    page = create_detail_page("organisation", ids["organisation"], crm)
    qtbot.addWidget(page)
    page.show()
    view = page.people_view
    view.setCurrentItem(view.topLevelItem(0))
    with qtbot.waitSignal(page.open_requested, timeout=1000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == ["person", ids["person"]]
    assert page.follow_up_view.topLevelItemCount() == 1


def test_move_county_up_the_ladder(qtbot, data):
    crm, path, ids = data
    page = create_detail_page("county", ids["county"], crm)
    qtbot.addWidget(page)
    assert page.stepper.current == AnchoringStage.FIRST_CONTACT
    dialog = page.make_step_dialog(1)
    qtbot.addWidget(dialog)
    dialog.date_edit.setText("i går")
    dialog.note_edit.setPlainText("Informert i fylkesutvalget")
    dialog.meeting_combo.setCurrentIndex(dialog.meeting_combo.findData(ids["meeting"]))
    dialog.accept_step()
    qtbot.waitUntil(lambda: page.stepper.current == AnchoringStage.INFORMED, timeout=2000)
    assert page.history_view.topLevelItem(0).text(1) in ("informert", "informed")
    with Crm.open(path, readonly=True) as fresh:
        history = fresh.anchoring.history(county_id=ids["county"])
        assert [(h.stage, h.changed_on, h.meeting_id, h.note) for h in history][-1] == (
            AnchoringStage.INFORMED, dt.date(2016, 6, 13), ids["meeting"], "Informert i fylkesutvalget",
        )


def test_drag_a_dot_records_an_assessment(qtbot, data):
    crm, path, ids = data
    page = create_detail_page("county", ids["county"], crm)
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    view = page.map
    assert view.positions[ids["organisation"]] == (4, 2)
    assert view.positions[ids["supplier"]] is None  # not assessed yet: in the tray
    with qtbot.waitSignal(view.assessed, timeout=1000) as blocker:
        view.dot_moved(ids["supplier"], view.point_of(5, 4))
    assert blocker.args == [ids["supplier"], 5, 4]
    # a real mouse drag of the other dot, from (4, 2) to (2, 5)
    dot = view.dots[ids["organisation"]]
    start = view.mapFromScene(dot.scenePos())
    end = view.mapFromScene(view.point_of(2, 5))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    move = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(end), view.viewport().mapToGlobal(QPointF(end)),
                       Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), move)
    with qtbot.waitSignal(view.assessed, timeout=1000):
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    with Crm.open(path, readonly=True) as fresh:
        supplier = fresh.assessments.history(organisation_id=ids["supplier"])
        assert [(a.influence, a.interest, a.assessed_on) for a in supplier] == [(5, 4, dt.date(2016, 6, 14))]
        org = fresh.assessments.history(organisation_id=ids["organisation"])
        assert [(a.influence, a.interest) for a in org] == [(4, 2), (2, 5)]
    assert page.map.positions[ids["organisation"]] == (2, 5)


def test_unchanged_drop_records_nothing(qtbot, data):
    crm, _path, ids = data
    page = create_detail_page("county", ids["county"], crm)
    qtbot.addWidget(page)
    page.map.dot_moved(ids["organisation"], page.map.point_of(4, 2))
    assert len(crm.assessments.history(organisation_id=ids["organisation"])) == 1


def test_follow_up_dialog_custom_repeat_rule(qtbot, data, monkeypatch):
    from btvcrm.ui.dialogs import follow_up_dialog
    from btvcrm.ui.dialogs.follow_up_dialog import CUSTOM, FollowUpDialog

    crm, _path, ids = data
    dialog = FollowUpDialog(crm, ids["follow_up"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.rrule_edit.isHidden()
    dialog.repeat_combo.setCurrentIndex(dialog.repeat_combo.findData(CUSTOM))
    assert not dialog.rrule_edit.isHidden()
    errors = []
    monkeypatch.setattr(follow_up_dialog, "show_user_error", lambda _parent, error: errors.append(str(error)))
    dialog.rrule_edit.setText("FREQ=SOMETIMES")
    dialog.save()
    assert errors and dialog.saved_id is None
    dialog.rrule_edit.setText("freq=monthly;bymonthday=1")
    dialog.save()
    assert crm.follow_ups.get(ids["follow_up"]).rrule == "FREQ=MONTHLY;BYMONTHDAY=1"
    again = FollowUpDialog(crm, ids["follow_up"])
    qtbot.addWidget(again)
    assert again.repeat_combo.currentData() == CUSTOM
    assert again.rrule_edit.text() == "FREQ=MONTHLY;BYMONTHDAY=1"
    every_other = FollowUpDialog(crm, ids["follow_up"])
    qtbot.addWidget(every_other)
    every_other.repeat_combo.setCurrentIndex(every_other.repeat_combo.findData("FREQ=WEEKLY;INTERVAL=2"))
    every_other.save()
    assert crm.follow_ups.get(ids["follow_up"]).rrule == "FREQ=WEEKLY;INTERVAL=2"


def test_organisation_moves_up_the_ladder(qtbot, data):
    crm, _path, ids = data
    page = create_detail_page("organisation", ids["organisation"], crm)
    qtbot.addWidget(page)
    assert page.stepper.current == AnchoringStage.NOT_CONTACTED
    assert not page.down_button.isEnabled()
    dialog = page.make_step_dialog(1)
    qtbot.addWidget(dialog)
    dialog.date_edit.setText("12.06.2016")
    dialog.accept_step()
    assert crm.anchoring.current_stage(organisation_id=ids["organisation"]) == AnchoringStage.FIRST_CONTACT
    assert crm.anchoring.current_stage(county_id=ids["county"]) == AnchoringStage.FIRST_CONTACT
    qtbot.waitUntil(lambda: page.stepper.current == AnchoringStage.FIRST_CONTACT, timeout=2000)
    assert page.down_button.isEnabled()


def test_stepper_reads_every_rung_in_full(qtbot, data, nb):
    crm, _path, ids = data
    page = create_detail_page("county", ids["county"], crm)
    qtbot.addWidget(page)
    page.resize(1186, 700)
    page.show()
    qtbot.waitExposed(page)
    page.stepper.repaint()
    assert page.stepper.width() >= 1100
    assert not any(page.stepper.elided)
