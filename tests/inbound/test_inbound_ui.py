"""The app's side of issue 15, driven like a user: e-mails dropped on the main window open
the quick log filled in (one per message) and are saved with a follow-up typed in; File ▸
Import from Enhetsregisteret shows a preview with filters and matches to approve."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from inbound_helpers import unit, valid_orgnr, write_email, write_register
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from btvcrm import settings
from btvcrm.domain import clock
from btvcrm.domain.enums import MeetingKind
from btvcrm.domain.models import Organisation, Person
from btvcrm.storage.crm import Crm

pytestmark = pytest.mark.gui

TODAY = dt.date(2016, 6, 15)


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "home"
    monkeypatch.setenv("BTVCRM_HOME", str(folder))
    clock.freeze(dt.datetime.combine(TODAY, dt.time(9, 0), tzinfo=clock.OSLO))
    settings.save(settings.Settings(user_name="Prosjektleder", user_email="leder@btv.no"))
    yield folder
    clock.freeze(None)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite"
    with Crm.open(path) as crm:
        vfk = crm.organisations.save(Organisation(name="Vestfold fylkeskommune", website="vfk.no",
                                                  county_ids=[crm.counties.by_name("Vestfold").id or 0]))
        crm.people.save(Person(name="Kari Nordmann", email="kari@vfk.no", organisation_id=vfk))
    return path


@pytest.fixture
def window(qtbot: Any, qapp: Any, db_path: Path) -> Iterator[Any]:
    from btvcrm.ui import i18n
    from btvcrm.ui.main_window import MainWindow

    i18n.install("nb")
    crm = Crm.open(db_path)
    win = MainWindow(crm)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.crm.close()
    i18n.install("en")


class Answerer:
    """Acts on each modal dialog as it appears (a polling timer, no sleeps)."""

    def __init__(self, act: Callable[[QWidget], bool]) -> None:
        self.act = act
        self.seen: list[QWidget] = []
        self.texts: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible() or widget in self.seen:
            return
        if isinstance(widget, QMessageBox):
            self.texts.append(widget.text())
        if self.act(widget):
            self.seen.append(widget)


@pytest.fixture
def answer() -> Iterator[Callable[[Callable[[QWidget], bool]], Answerer]]:
    made: list[Answerer] = []

    def make(act: Callable[[QWidget], bool]) -> Answerer:
        made.append(Answerer(act))
        return made[-1]

    yield make
    for item in made:
        item.timer.stop()


def click_box(qtbot: Any, box: QWidget) -> None:
    """A click on a check box's indicator (its middle may lie beyond the label's end)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def drop(window: Any, *paths: Path) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)  # the window's drop handler, as the platform's drag loop calls it
    return event


def test_drop_an_eml_and_save_the_prefilled_quick_log(qtbot: Any, window: Any, db_path: Path, tmp_path: Path,
                                                      answer: Any) -> None:
    from btvcrm.ui.dialogs.email_log import EmailLogDialog

    mail = write_email(tmp_path / "Oppfølging.eml", to="Prosjektleder <leder@btv.no>",
                       cc="\"Hansen, Ola\" <ola.hansen@vfk.no>",
                       attachments=[("Referat.pdf", "application/pdf", b"%PDF-1.4 referat")])
    shown: dict[str, str] = {}

    def fill_in(widget: QWidget) -> bool:
        if not isinstance(widget, EmailLogDialog):
            return isinstance(widget, QMessageBox) and bool(widget.buttons()[0].click() or True)
        shown.update(title=widget.title_edit.text(), when=widget.when_edit.text(),
                     kind=str(widget.kind_combo.currentData()), people=widget.people_edit.text(),
                     orgs=widget.orgs_edit.text(), notes=widget.notes_edit.toPlainText(),
                     new=widget.new_names_label.text(), preview=widget.when_preview.text())
        widget.follow_ups_edit.setFocus()
        qtbot.keyClicks(widget.follow_ups_edit, "Send referat til Ola @ 17.06.2016")
        click_box(qtbot, widget.save_attachments)
        qtbot.keyClick(widget.follow_ups_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return True

    answer(fill_in)
    event = drop(window, mail)
    assert event.isAccepted()
    with Crm.open(db_path, readonly=True) as check:
        qtbot.waitUntil(lambda: check.meetings.find_by_message_id("abc123@vfk.no") is not None, timeout=10_000)
        meeting = check.meetings.get(check.meetings.find_by_message_id("abc123@vfk.no") or 0)
        assert meeting.kind == MeetingKind.EMAIL and meeting.title == "Oppfølging etter møtet"
        assert meeting.starts_at == dt.datetime(2016, 6, 14, 10, 15, tzinfo=clock.OSLO)
        people = {check.people.get(p.person_id).name: check.people.get(p.person_id) for p in meeting.participants}
        assert set(people) == {"Kari Nordmann", "Ola Hansen"}  # not the user herself
        assert people["Ola Hansen"].email == "ola.hansen@vfk.no"
        assert [check.organisations.get(i).name for i in meeting.organisation_ids] == ["Vestfold fylkeskommune"]
        follow_up = _follow_up_of(check, meeting.id or 0)
        assert follow_up.text == "Send referat til Ola" and follow_up.due_date == dt.date(2016, 6, 17)
        (attachment,) = check.attachments.for_meeting(meeting.id or 0)
        assert check.attachments.path_of(attachment).read_bytes() == b"%PDF-1.4 referat"  # type: ignore[union-attr]
    assert shown["title"] == "Oppfølging etter møtet" and shown["when"] == "14.06.2016 10:15"
    assert shown["kind"] == "email" and shown["people"] == "Kari Nordmann, Ola Hansen"
    assert shown["orgs"] == "Vestfold fylkeskommune"
    assert shown["notes"].startswith("Fra: Kari Nordmann <kari@vfk.no>") and "Vedlegg: Referat.pdf" in shown["notes"]
    assert "Ola Hansen" in shown["new"] and "Kari Nordmann" not in shown["new"]
    assert "14. juni 2016" in shown["preview"]


def _follow_up_of(crm: Crm, meeting_id: int) -> Any:
    row = crm.db.execute("SELECT id FROM follow_ups WHERE meeting_id = ?", [meeting_id]).fetchone()
    return crm.follow_ups.get(row[0])


def test_two_dropped_mails_open_one_dialog_each_and_a_repeat_is_recognised(
        qtbot: Any, window: Any, db_path: Path, tmp_path: Path, answer: Any) -> None:
    from btvcrm.ui.dialogs.email_log import EmailLogDialog

    first = write_email(tmp_path / "a.eml", subject="Første", message_id="<a@vfk.no>")
    second = write_email(tmp_path / "b.eml", subject="Andre", message_id="<b@vfk.no>")
    titles: list[str] = []

    def save(widget: QWidget) -> bool:
        if isinstance(widget, EmailLogDialog):
            titles.append(widget.title_edit.text())
            widget.buttons.button(QDialogButtonBox.StandardButton.Save).click()
            return True
        if isinstance(widget, QMessageBox):
            widget.buttons()[0].click()
            return True
        return False

    boxes = answer(save)
    drop(window, first, second)
    qtbot.waitUntil(lambda: len(titles) == 2, timeout=10_000)
    assert titles == ["Første", "Andre"]
    drop(window, first)  # the same message again
    qtbot.waitUntil(lambda: any("allerede logget" in t or "logget allerede" in t for t in boxes.texts),
                    timeout=10_000)
    with Crm.open(db_path, readonly=True) as check:
        assert check.meetings.count() == 2


def test_import_from_enhetsregisteret_with_the_preview(qtbot: Any, window: Any, db_path: Path, tmp_path: Path,
                                                       answer: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from btvcrm.ui.dialogs.register_import import RegisterImportDialog

    window.crm.organisations.save(Organisation(name="Tønsberg kommune", orgnr=valid_orgnr(1)))
    window.crm.organisations.save(Organisation(name="Ferje AS"))
    register = write_register(tmp_path / "enheter_alle.json.gz", [
        unit(1, "TØNSBERG KOMMUNE", form="KOMM", municipality="3905", sector="6500"),
        unit(2, "FERJE AS", municipality="3811"),
        unit(3, "SKIEN KOMMUNE", form="KOMM", municipality="4003", sector="6500"),
        unit(4, "LEVERANDØR AS", municipality="3301"),
        unit(5, "OSLO AS", municipality="0301"),
    ])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(register), ""))
    seen: dict[str, Any] = {}

    def review(widget: QWidget) -> bool:
        if isinstance(widget, QMessageBox):
            widget.buttons()[0].click()
            return True
        if not isinstance(widget, RegisterImportDialog):
            return False
        seen["matches"] = [(widget.matches.topLevelItem(i).text(0), widget.matches.topLevelItem(i).text(3))
                           for i in range(widget.matches.topLevelItemCount())]
        seen["forms"] = [widget.forms.item(i).text() for i in range(widget.forms.count())]
        seen["add_new"] = widget.add_new.text()
        # She keeps the orgnr match, leaves out the name match, and adds new municipalities only.
        widget.matches.topLevelItem(1).setCheckState(0, Qt.CheckState.Unchecked)
        for i in range(widget.forms.count()):
            item = widget.forms.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text().startswith("KOMM") else Qt.CheckState.Unchecked)
        qtbot.mouseClick(widget.refresh_button, Qt.MouseButton.LeftButton)
        seen["after"] = widget.add_new.text()
        click_box(qtbot, widget.add_new)
        seen["checked"] = widget.add_new.isChecked()
        QTimer.singleShot(0, widget.import_button.click)  # from the event loop: its summary box is answered too
        return True

    boxes = answer(review)
    window.commands.import_register.trigger()  # File ▸ Importer fra Enhetsregisteret…
    qtbot.waitUntil(lambda: any(t.startswith("Enhetsregisteret:") for t in boxes.texts), timeout=10_000)
    assert seen["matches"] == [("Tønsberg kommune", "org.nr."), ("Ferje AS", "samme navn")]
    assert seen["forms"][0].startswith("KOMM")  # public forms first
    assert "2 nye organisasjoner" in seen["add_new"] and "1 ny organisasjon" in seen["after"] and seen["checked"]
    with Crm.open(db_path, readonly=True) as check:
        names = sorted(r["name"] for r in check.organisations.register_keys())
        assert names == ["Ferje AS", "Skien kommune", "Tønsberg kommune", "Vestfold fylkeskommune"]
        assert check.organisations.find_by_name("Tønsberg kommune").org_form == "KOMM"  # type: ignore[union-attr]
        assert check.organisations.find_by_name("Ferje AS").orgnr is None  # type: ignore[union-attr]


def test_the_organisation_page_shows_what_the_register_gave(qtbot: Any, window: Any) -> None:
    org_id = window.crm.organisations.save(Organisation(
        name="Gammel Bedrift AS", orgnr=valid_orgnr(9), org_form="AS", address="Storgata 1, 3110 Tønsberg",
        nace_code="62.010", sector_code="2100", register_deleted_on=dt.date(2015, 3, 1)))
    page = window.open_item("organisation", org_id)
    texts = [page.facts.itemAt(i).widget().text() for i in range(page.facts.count())
             if page.facts.itemAt(i).widget() is not None]
    assert "Organisasjonsform" in " ".join(texts) and "Storgata 1, 3110 Tønsberg" in texts
    assert any("slettet i registeret 01.03.2015" in t for t in texts)


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_new_dialogs_have_unique_mnemonics(qtbot: Any, window: Any, tmp_path: Path, lang: str) -> None:
    import re

    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    from btvcrm.exchange.email_message import parse_eml
    from btvcrm.services.email_contacts import propose_email
    from btvcrm.services.register_import import RegisterImportRequest, preview_register
    from btvcrm.ui import i18n
    from btvcrm.ui.dialogs.email_log import EmailLogDialog
    from btvcrm.ui.dialogs.register_import import RegisterImportDialog

    i18n.install(lang)
    crm = window.crm
    raw = write_email(tmp_path / "a.eml", attachments=[("a.pdf", "application/pdf", b"%PDF")]).read_bytes()
    register = write_register(tmp_path / "e.json.gz", [unit(1, "TØNSBERG KOMMUNE", form="KOMM")])
    dialogs = [EmailLogDialog(crm, propose_email(crm, parse_eml(raw))),
               RegisterImportDialog(crm, register, preview_register(crm, RegisterImportRequest(path=register)))]
    problems = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        seen: dict[str, str] = {}
        for widget in dialog.findChildren(QWidget):
            if not widget.isVisibleTo(dialog):
                continue
            text = ""
            if isinstance(widget, QLabel) and widget.buddy() is not None or isinstance(widget, QAbstractButton):
                text = widget.text()
            elif isinstance(widget, QGroupBox):
                text = widget.title()
            found = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
            if found:
                letter = found.group(1).casefold()
                if letter in seen and seen[letter] != text:
                    problems.append(f"{type(dialog).__name__}: {letter}: {seen[letter]!r} / {text!r}")
                seen.setdefault(letter, text)
        dialog.close()
    assert problems == []
