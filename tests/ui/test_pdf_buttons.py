"""PDF and e-mail buttons on the meeting, county and organisation pages (issue 4).

The save dialog is replaced; the PDF is rendered on a worker thread and the
test waits for the exporter's `done` signal."""

from __future__ import annotations

import datetime as dt
import email.parser
import email.policy
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402

from btvcrm import demo  # noqa: E402
from btvcrm.domain import clock  # noqa: E402
from btvcrm.domain.filters import ListFilter  # noqa: E402
from btvcrm.storage.crm import Crm  # noqa: E402
from btvcrm.ui.details import create_detail_page  # noqa: E402
from btvcrm.ui.widgets import pdf_export  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def demo_crm(tmp_path):
    clock.freeze(dt.datetime(2016, 6, 20, 9, tzinfo=clock.OSLO))
    crm = Crm.open(tmp_path / "demo.sqlite")
    demo.fill_demo(crm)
    yield crm
    crm.close()


@pytest.fixture
def save_dialog(monkeypatch, tmp_path):
    """Answers the save dialog with the proposed name in a temp folder; records the proposals."""
    proposed: list[str] = []
    out = tmp_path / "out"
    out.mkdir()

    def fake(parent, title, suggested, filters):
        proposed.append(Path(suggested).name)
        return str(out / Path(suggested).name), filters

    monkeypatch.setattr(pdf_export.QFileDialog, "getSaveFileName", staticmethod(fake))
    return proposed


def _meeting_id(crm: Crm) -> int:
    rows = crm.meetings.query(ListFilter(text="Dialogkonferanse Telemark"), limit=10)
    return next(r["id"] for r in rows if r["title"] == "Dialogkonferanse Telemark")


def _click(qtbot, page, button) -> Path:
    with qtbot.waitSignal(page.exporter.done, timeout=20000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return Path(blocker.args[0])


def _check_eml(path: Path, pdf_name: str) -> email.message.EmailMessage:
    assert path.suffix == ".eml" and path.exists()
    message = email.parser.BytesParser(policy=email.policy.default).parsebytes(path.read_bytes())
    assert message["X-Unsent"] == "1"
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == [pdf_name]
    assert attachments[0].get_content().startswith(b"%PDF")
    return message


def test_minutes_pdf_and_email_draft(qtbot, demo_crm, save_dialog):
    page = create_detail_page("meeting", _meeting_id(demo_crm), demo_crm)
    qtbot.addWidget(page)
    pdf = _click(qtbot, page, page.pdf_button)
    assert save_dialog == ["2016-06-14 Referat Dialogkonferanse Telemark.pdf"] or save_dialog[0].endswith(
        "Dialogkonferanse Telemark.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    eml = _click(qtbot, page, page.email_button)
    message = _check_eml(eml, pdf.name)
    participants = [r for r in demo_crm.meetings.participants_detail(page.item_id) if r["email"]]
    assert participants
    for row in participants:
        assert row["email"] in str(message["To"])
    assert "Dialogkonferanse Telemark" in str(message["Subject"])


def test_county_report_asks_for_a_period(qtbot, demo_crm, save_dialog, monkeypatch):
    from btvcrm.reports.builders import default_period
    from btvcrm.ui.dialogs.report_period import ReportPeriodDialog

    seen = {}

    def exec_(dialog):
        seen["from"], seen["to"] = dialog.from_edit.text(), dialog.to_edit.text()
        dialog.from_edit.setText("1.1.2016")
        return 1

    monkeypatch.setattr(ReportPeriodDialog, "exec", exec_)
    county = demo_crm.counties.by_name("Telemark").id
    page = create_detail_page("county", county, demo_crm)
    qtbot.addWidget(page)
    pdf = _click(qtbot, page, page.pdf_button)
    start, end = default_period(clock.today())
    assert seen == {"from": start.strftime("%d.%m.%Y"), "to": end.strftime("%d.%m.%Y")}
    assert pdf.name.startswith("2016-06-20 ") and "Telemark" in pdf.name
    assert pdf.read_bytes().startswith(b"%PDF")
    eml = _click(qtbot, page, page.email_button)
    _check_eml(eml, pdf.name)


def test_period_dialog_refuses_a_reversed_period(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from btvcrm.ui.dialogs.report_period import ReportPeriodDialog

    dialog = ReportPeriodDialog(dt.date(2016, 4, 1), dt.date(2016, 6, 15))
    qtbot.addWidget(dialog)
    assert dialog.period() == (dt.date(2016, 4, 1), dt.date(2016, 6, 15))
    dialog.to_edit.setText("1.3.2016")
    assert dialog.period() is None
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_brief_pdf_and_email_never_to_the_organisation(qtbot, demo_crm, save_dialog):
    rows = demo_crm.organisations.query(ListFilter(text="Vestre Viken"), limit=5)
    org = next(r["id"] for r in rows if r["name"] == "Vestre Viken HF")
    page = create_detail_page("organisation", org, demo_crm)
    qtbot.addWidget(page)
    pdf = _click(qtbot, page, page.pdf_button)
    assert "Vestre Viken HF" in pdf.name and pdf.read_bytes().startswith(b"%PDF")
    eml = _click(qtbot, page, page.email_button)
    message = _check_eml(eml, pdf.name)
    # The brief is internal (issue 14): its draft goes to nobody at the organisation.
    people = [row["email"] for row in demo_crm.people.at_organisation(org) if row["email"]]
    assert people and not any(addr in str(message["To"] or "") for addr in people)
    assert "internt" in str(message["Subject"]).lower() or "internal" in str(message["Subject"]).lower()


def test_cancelled_save_dialog_writes_nothing(qtbot, demo_crm, monkeypatch, tmp_path):
    monkeypatch.setattr(pdf_export.QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    page = create_detail_page("meeting", _meeting_id(demo_crm), demo_crm)
    qtbot.addWidget(page)
    assert page.export_minutes() is False
    assert not page.exporter.busy


def test_the_status_bar_says_where_the_minutes_are_when_no_viewer_opens_them(qtbot, demo_crm, save_dialog, nb):
    """Found in a real-window walk: with no PDF viewer the PDF was written and nothing at all was said."""
    from btvcrm.ui.main_window import MainWindow

    window = MainWindow(demo_crm)
    qtbot.addWidget(window)
    window.show()
    page = window.open_item("meeting", _meeting_id(demo_crm))
    pdf = _click(qtbot, page, page.pdf_button)  # offscreen: no viewer opens
    told = window.statusBar().currentMessage()
    assert str(pdf) in told and "fant ikke noe program" in told
