"""Issue 14 in the app: public or exempt in the meeting editor, "Lag offentlig versjon", the
county report's drafts option and case number, the user's name and e-mail in the documents."""

from __future__ import annotations

import datetime as dt
import email.parser
import email.policy
import io
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pikepdf  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QMessageBox  # noqa: E402

from btvcrm import demo  # noqa: E402
from btvcrm import settings as user_settings  # noqa: E402
from btvcrm.domain import clock  # noqa: E402
from btvcrm.domain.enums import AgendaMark  # noqa: E402
from btvcrm.domain.exemption import Exemption, ExemptionBasis  # noqa: E402
from btvcrm.domain.filters import ListFilter  # noqa: E402
from btvcrm.domain.models import AgendaItem, Meeting  # noqa: E402
from btvcrm.storage.crm import Crm  # noqa: E402
from btvcrm.ui.details import create_detail_page  # noqa: E402
from btvcrm.ui.dialogs.meeting_editor import MeetingEditor  # noqa: E402
from btvcrm.ui.widgets import pdf_export  # noqa: E402

pytestmark = pytest.mark.gui

WHEN = dt.datetime(2016, 6, 14, 10, tzinfo=clock.OSLO)


@pytest.fixture(autouse=True)
def bokmal(nb: None) -> None:
    """The app in Norwegian, as she uses it (the documents follow the window's language)."""


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages).split())


@pytest.fixture
def me(ui_home: Path) -> user_settings.Settings:
    prefs = user_settings.Settings(user_name="Cecilie Møller Endresen", user_title="prosjektleder",
                                   user_email="cecilie@example.no")
    user_settings.save(prefs)
    return prefs


@pytest.fixture
def save_dialog(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    proposed: list[str] = []
    out = tmp_path / "out"
    out.mkdir()

    def fake(parent, title, suggested, filters):  # type: ignore[no-untyped-def]
        proposed.append(Path(suggested).name)
        return str(out / Path(suggested).name), filters

    monkeypatch.setattr(pdf_export.QFileDialog, "getSaveFileName", staticmethod(fake))
    return proposed


def _click(qtbot, page, button) -> Path:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.exporter.done, timeout=20000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return Path(blocker.args[0])


def _choose(combo: QComboBox, code: str) -> None:
    """Pick an entry the way a user does: focus the combo and press keys until it shows."""
    index = combo.findData(code)
    assert index >= 0
    combo.setFocus()
    combo.setCurrentIndex(index)


def test_meeting_editor_marks_exempt_parts_and_case_number(qtbot, crm: Crm, me) -> None:  # type: ignore[no-untyped-def]
    meeting_id = crm.meetings.save(Meeting("Én-til-én med Grenland Digital", WHEN,
                                           agenda=[AgendaItem("Velkommen"), AgendaItem("Løsningen", AgendaMark.DISCUSSION)],
                                           decisions=["Offentlig vedtak", "Unntatt vedtak"]))
    editor = MeetingEditor(crm, meeting_id)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.case_edit, "2016/1432")
    agenda = editor.agenda.table
    _choose(agenda.cellWidget(1, 3), ExemptionBasis.OFFL_13_FVL_13_2.value)
    agenda.item(1, 4).setText("Leverandørens priser")
    _choose(editor.decisions.table.cellWidget(1, 1), ExemptionBasis.OFFL_23.value)
    _choose(editor.notes_exemption_picker.combo, ExemptionBasis.OFFL_14.value)
    qtbot.keyClicks(editor.notes_edit, "Interne vurderinger.")
    assert editor.is_dirty()
    assert editor.save()

    saved = crm.meetings.get(meeting_id)
    assert saved.case_number == "2016/1432"
    assert [item.exemption for item in saved.agenda] == [
        None, Exemption(ExemptionBasis.OFFL_13_FVL_13_2, "Leverandørens priser")]
    assert saved.decision_exemptions == {1: Exemption(ExemptionBasis.OFFL_23)}
    assert saved.notes_exemption == Exemption(ExemptionBasis.OFFL_14)
    assert saved.exemption is None

    again = MeetingEditor(crm, meeting_id)
    qtbot.addWidget(again)
    assert again.case_edit.text() == "2016/1432"
    assert again.agenda.table.cellWidget(1, 3).currentData() == "offl_13_fvl_13_2"
    assert again.decisions.table.cellWidget(1, 1).currentData() == "offl_23"
    assert again.notes_exemption_picker.value() == Exemption(ExemptionBasis.OFFL_14)
    assert not again.is_dirty()


def test_whole_meeting_exempt_and_another_basis_needs_its_text(qtbot, crm: Crm, me, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from btvcrm.ui.dialogs import meeting_editor

    shown: list[str] = []
    monkeypatch.setattr(meeting_editor, "show_user_error", lambda _parent, error: shown.append(str(error)))
    meeting_id = crm.meetings.save(Meeting("Internt møte", WHEN))
    editor = MeetingEditor(crm, meeting_id)
    qtbot.addWidget(editor)
    picker = editor.exemption_picker
    assert not picker.note.isEnabled()  # public: nothing to note
    _choose(picker.combo, ExemptionBasis.OTHER.value)
    assert picker.note.isEnabled()
    assert not editor.save()  # "annen hjemmel" without saying which: a sentence, nothing saved
    assert shown and "annen hjemmel" in shown[-1]
    assert crm.meetings.get(meeting_id).exemption is None
    qtbot.keyClicks(picker.note, "offl. § 24 annet ledd")
    assert editor.save()
    assert crm.meetings.get(meeting_id).exemption == Exemption(ExemptionBasis.OTHER, "offl. § 24 annet ledd")


def test_exemptions_survive_in_the_draft(qtbot, crm: Crm, me) -> None:  # type: ignore[no-untyped-def]
    meeting_id = crm.meetings.save(Meeting("Møte", WHEN, decisions=["Et vedtak"]))
    editor = MeetingEditor(crm, meeting_id)
    qtbot.addWidget(editor)
    _choose(editor.decisions.table.cellWidget(0, 1), ExemptionBasis.OFFL_15.value)
    qtbot.keyClicks(editor.case_edit, "2016/9")
    editor.drafts.timer.timeout.emit()
    state = editor.draft_state()
    other = MeetingEditor(crm, meeting_id)
    qtbot.addWidget(other)
    other.restore_draft(state)
    assert other.decisions.table.cellWidget(0, 1).currentData() == "offl_15"
    assert other.case_edit.text() == "2016/9"
    editor.drafts.discard()


@pytest.fixture
def demo_crm(tmp_path: Path):  # type: ignore[no-untyped-def]
    clock.freeze(dt.datetime(2016, 6, 20, 9, tzinfo=clock.OSLO))
    crm = Crm.open(tmp_path / "demo.sqlite")
    demo.fill_demo(crm)
    yield crm
    crm.close()


def _dialogue(crm: Crm) -> int:
    rows = crm.meetings.query_rows(ListFilter(text="Dialogkonferanse Telemark"), limit=10)
    return next(r["id"] for r in rows if r["title"] == "Dialogkonferanse Telemark")


def test_lag_offentlig_versjon_beside_the_minutes_button(qtbot, demo_crm: Crm, me, save_dialog) -> None:  # type: ignore[no-untyped-def]
    meeting_id = _dialogue(demo_crm)
    meeting = demo_crm.meetings.get(meeting_id)
    meeting.agenda[1].exemption = Exemption(ExemptionBasis.OFFL_13_FVL_13_2, "Leverandørenes innspill")
    meeting.case_number = "2016/1432"
    demo_crm.meetings.save(meeting)
    page = create_detail_page("meeting", meeting_id, demo_crm)
    qtbot.addWidget(page)
    buttons = page.action_row
    order = [buttons.itemAt(i).widget() for i in range(buttons.count()) if buttons.itemAt(i).widget()]
    assert order.index(page.public_button) == order.index(page.pdf_button) + 1  # beside the minutes PDF
    full = _click(qtbot, page, page.pdf_button)
    public = _click(qtbot, page, page.public_button)
    assert public.name == full.name.replace(".pdf", " (offentlig versjon).pdf")
    assert "Innspill fra leverandørene" in _text(full) and "Unntatt offentlighet" in _text(full)
    text = _text(public)
    assert "Innspill fra leverandørene" not in text and "Ni leverandører deltok" not in text
    assert "Utelatt fordi det er unntatt offentlighet: sak 2" in text and "Saksnr. 2016/1432" in text
    with pikepdf.open(io.BytesIO(public.read_bytes())) as pdf:
        assert str(pdf.docinfo["/Author"]) == "Cecilie Møller Endresen"  # Settings' user name
        assert pdf.open_metadata()["pdfaid:part"] == "2"


def test_meeting_page_shows_public_access_and_case_number(qtbot, demo_crm: Crm, me) -> None:  # type: ignore[no-untyped-def]
    meeting_id = _dialogue(demo_crm)
    meeting = demo_crm.meetings.get(meeting_id)
    meeting.decision_exemptions = {0: Exemption(ExemptionBasis.OFFL_23)}
    meeting.case_number = "2016/1432"
    demo_crm.meetings.save(meeting)
    page = create_detail_page("meeting", meeting_id, demo_crm)
    qtbot.addWidget(page)
    assert "offl. § 23" in page.body.toHtml()  # the decision marked in the minutes' body
    texts = " ".join(label.text() for label in page.findChildren(type(page.title_label)))
    assert "2016/1432" in texts and "offl. § 23" in texts


def test_county_report_dialog_drafts_option_and_case_number(qtbot, demo_crm: Crm, me, save_dialog, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from btvcrm.ui.dialogs.report_period import ReportPeriodDialog

    def exec_(dialog: ReportPeriodDialog) -> int:
        dialog.from_edit.setText("1.3.2016")
        dialog.to_edit.setText("30.6.2016")
        assert dialog.drafts_box.isChecked()  # drafts marked «(utkast)» unless she says otherwise
        qtbot.mouseClick(dialog.drafts_box, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.case_edit, "2016/1201")
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        return 1

    monkeypatch.setattr(ReportPeriodDialog, "exec", exec_)
    county = demo_crm.counties.by_name("Telemark").id
    page = create_detail_page("county", county, demo_crm)
    qtbot.addWidget(page)
    text = _text(_click(qtbot, page, page.pdf_button))
    assert "Kunngjøring utsettes" not in text and "(utkast)" not in text
    assert "Vedtak fra 1 møte med referat i utkast er ikke tatt med." in text
    assert "Saksnr. 2016/1201" in text


def test_settings_email_and_name_reach_the_email_draft(qtbot, demo_crm: Crm, ui_home, save_dialog) -> None:  # type: ignore[no-untyped-def]
    from btvcrm.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(demo_crm)
    qtbot.addWidget(dialog)
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Cecilie Møller Endresen")
    qtbot.keyClicks(dialog.email, "cecilie@example.no")
    dialog.accept()
    assert user_settings.load().user_email == "cecilie@example.no"
    page = create_detail_page("meeting", _dialogue(demo_crm), demo_crm)
    qtbot.addWidget(page)
    eml = _click(qtbot, page, page.email_button)
    message = email.parser.BytesParser(policy=email.policy.default).parsebytes(eml.read_bytes())
    assert message["From"].addresses[0].addr_spec == "cecilie@example.no"
    body = message.get_body(("plain",)).get_content()
    assert body.replace("\r\n", "\n").rstrip().endswith("Cecilie Møller Endresen")
    assert message["To"] is not None


def test_missing_characters_are_told_after_the_pdf(qtbot, crm: Crm, me, save_dialog, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: opened.append(box.text()))
    meeting_id = crm.meetings.save(Meeting("Møte med 中文 leverandør", WHEN))
    page = create_detail_page("meeting", meeting_id, crm)
    qtbot.addWidget(page)
    pdf = _click(qtbot, page, page.pdf_button)
    assert "\ufffd" in _text(pdf)
    assert page.exporter.last_notes and opened and "tegn finnes ikke" in opened[0]


def test_cell_choices_are_short_and_tell_the_citation(qtbot, crm: Crm, me) -> None:  # type: ignore[no-untyped-def]
    """A narrow cell cuts «offl. § 13 jf. fvl. § 13 første ledd nr. …»: the two § 13 bases looked
    the same. Cells show what is protected; the citation is the tooltip."""
    meeting_id = crm.meetings.save(Meeting("Møte", WHEN, agenda=[AgendaItem("Priser")]))
    editor = MeetingEditor(crm, meeting_id)
    qtbot.addWidget(editor)
    combo = editor.agenda.table.cellWidget(0, 3)
    _choose(combo, ExemptionBasis.OFFL_13_FVL_13_2.value)
    assert combo.currentText() == "Unntatt: forretningshemmeligheter"
    assert "offl. § 13 jf. fvl. § 13 første ledd nr. 2" in combo.toolTip()
    assert editor.agenda.table.columnWidth(0) >= editor.agenda.table.fontMetrics().averageCharWidth() * 20
    # the meeting as a whole has room for the whole choice
    assert "offl. § 13" in editor.exemption_picker.combo.itemText(
        editor.exemption_picker.combo.findData(ExemptionBasis.OFFL_13_FVL_13_2.value))


def test_about_names_the_qpdf_inside_pikepdf() -> None:
    from btvcrm.ui.about_dialog import component_version

    assert component_version("qpdf", "") == pikepdf.__libqpdf_version__
