"""The import preview: possible duplicates side by side, the user's choice per row,
progress for long imports, and the calendar file's follow-up option in Settings.
Real files, real keys and clicks, the real background helper."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from btvcrm import settings as user_settings
from btvcrm.storage.crm import Crm
from btvcrm.ui import background
from btvcrm.ui.dialogs.duplicates_dialog import PossibleDuplicatesDialog

# Ola Ødegård (+47 912 34 567, no e-mail) and Kari Nordmann (kari@example.no) are in the sample file.
CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sentralbord Vestre Viken\r\nTEL:912 34 567\r\n"
    "EMAIL:post@vestreviken.example.no\r\nEND:VCARD\r\n"  # Ola's phone only: possible
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ola Ødegård\r\nTEL:+47 400 00 001\r\nTITLE:Rådgiver\r\nEND:VCARD\r\n"  # name only
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kari N.\r\nEMAIL:KARI@example.no\r\nEND:VCARD\r\n"  # same e-mail: certain
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ny Person\r\nEMAIL:ny@example.no\r\nEND:VCARD\r\n"  # new
)


class Answerer:
    """Answers modal dialogs as they appear (a polling timer, no sleeps)."""

    def __init__(self, answer: Callable[[QWidget], bool]) -> None:
        self.answer = answer
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
        if self.answer(widget):
            self.seen.append(widget)


@pytest.fixture
def answering() -> Iterator[Callable[[Callable[[QWidget], bool]], Answerer]]:
    made: list[Answerer] = []

    def make(answer: Callable[[QWidget], bool]) -> Answerer:
        made.append(Answerer(answer))
        return made[-1]

    yield make
    for item in made:
        item.timer.stop()


def _ok(widget: QWidget) -> None:
    box = widget.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def _choose(qtbot: Any, combo: QComboBox, steps: int) -> None:
    """Pick an entry the way a user does: focus the box, arrow down, Enter."""
    combo.setFocus()
    for _ in range(steps):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)


def _import(window: Any, source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(source), ""))
    window.commands.import_file.trigger()


def test_possible_duplicates_side_by_side_and_the_choice_per_row(qtbot: Any, window: Any, db_path: Path,
                                                                 tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 answering: Any) -> None:
    source = tmp_path / "kontakter.vcf"
    source.write_text(CARDS, encoding="utf-8")
    shown: dict[str, Any] = {}
    reports: list[str] = []

    def answer(widget: QWidget) -> bool:
        if isinstance(widget, PossibleDuplicatesDialog):
            table = widget.table
            shown["rows"] = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
            shown["headers"] = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
            shown["intro"] = [label.text() for label in widget.findChildren(QLabel)]
            _choose(qtbot, widget.choices[1], 1)  # the namesake: "Slå sammen med den som finnes"
            _ok(widget)
            return True
        if isinstance(widget, QMessageBox):
            reports.append(widget.text())
            widget.buttons()[0].click()
            return True
        return False

    answering(answer)
    _import(window, source, monkeypatch)
    qtbot.waitUntil(lambda: bool(reports), timeout=10_000)
    assert shown["headers"] == ["I filen", "Finnes fra før", "Hvorfor", "Ditt valg"]
    incoming, existing, why = shown["rows"][0]
    assert incoming.splitlines() == ["Sentralbord Vestre Viken", "post@vestreviken.example.no", "912 34 567"]
    assert existing.splitlines()[0] == "Ola Ødegård" and "+47 912 34 567" in existing
    assert why == "Samme telefon"
    assert shown["rows"][1][0].startswith("Ola Ødegård") and shown["rows"][1][2] == "Samme navn"
    assert len(shown["rows"]) == 2  # the e-mail match is certain, the new person no question
    assert "kontakter.vcf: 2 personer kan allerede finnes i datafilen." in shown["intro"][0]
    assert shown["intro"][1] == "1 person med samme e-postadresse eller UID slås sammen med den som finnes fra før."
    report = reports[-1]
    assert report.startswith("Personer: 2 lagt til, 1 oppdatert, 1 hoppet over."), report  # Kari: nothing new
    assert "mulig duplikat" not in report  # the user decided
    with Crm.open(db_path, readonly=True) as check:
        assert check.people.count() == 4  # Kari, Ola, the switchboard (kept apart), Ny Person
        ola = check.people.find_by_name("Ola Ødegård")
        assert ola is not None and ola.title == "Rådgiver" and "+47 400 00 001" in ola.notes
        assert check.people.find_by_email("post@vestreviken.example.no") is not None


def test_cancelling_the_preview_imports_nothing(qtbot: Any, window: Any, db_path: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch, answering: Any) -> None:
    source = tmp_path / "kontakter.vcf"
    source.write_text(CARDS, encoding="utf-8")
    cancelled: list[bool] = []

    def answer(widget: QWidget) -> bool:
        if isinstance(widget, PossibleDuplicatesDialog):
            qtbot.keyClick(widget, Qt.Key.Key_Escape)
            cancelled.append(True)
            return True
        return False

    answering(answer)
    _import(window, source, monkeypatch)
    qtbot.waitUntil(lambda: bool(cancelled), timeout=10_000)
    with Crm.open(db_path, readonly=True) as check:
        assert check.people.count() == 2
    assert not list((db_path.parent / "backups").glob("*.sqlite"))  # not even a backup


def test_a_person_list_goes_through_the_mapping_then_the_duplicates(qtbot: Any, window: Any, db_path: Path,
                                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                    answering: Any) -> None:
    source = tmp_path / "deltakere.csv"
    source.write_text("Navn;Telefon;E-post\nOla Ødegård;+47 400 00 002;\nPer Ås;;per@example.no\n",
                      encoding="utf-8")
    order: list[str] = []

    def answer(widget: QWidget) -> bool:
        if isinstance(widget, QMessageBox):
            order.append("report:" + widget.text())
            widget.buttons()[0].click()
            return True
        order.append(type(widget).__name__)
        if isinstance(widget, PossibleDuplicatesDialog):
            _choose(qtbot, widget.choices[0], 2)  # "Hopp over"
        _ok(widget)
        return True

    answering(answer)
    _import(window, source, monkeypatch)
    qtbot.waitUntil(lambda: any(o.startswith("report:") for o in order), timeout=10_000)
    assert order[:2] == ["SpreadsheetImportDialog", "PossibleDuplicatesDialog"]
    assert order[2].startswith("report:Personer: 1 lagt til, 0 oppdatert, 1 hoppet over.")
    with Crm.open(db_path, readonly=True) as check:
        assert check.people.count() == 3 and check.people.find_by_email("per@example.no") is not None


def test_a_long_import_reports_its_count_to_the_progress_dialog(qtbot: Any, window: Any, db_path: Path,
                                                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                answering: Any) -> None:
    rows = "\n".join(f"Person {i};p{i}@example.no" for i in range(1200))
    source = tmp_path / "mange.csv"
    source.write_text(f"Navn;E-post\n{rows}\n", encoding="utf-8")
    seen: list[tuple[int, int | None]] = []
    original = background.BackgroundOp._progressed

    def record(self: Any, done: int, total: int | None) -> None:
        seen.append((done, total))
        original(self, done, total)

    monkeypatch.setattr(background.BackgroundOp, "_progressed", record)
    monkeypatch.setattr(background, "PROGRESS_DELAY_MS", 0)  # show the dialog at once
    reports: list[str] = []

    def answer(widget: QWidget) -> bool:
        if isinstance(widget, QMessageBox):
            reports.append(widget.text())
            widget.buttons()[0].click()
            return True
        if widget.objectName() == "backgroundProgress":
            return False
        _ok(widget)
        return True

    answering(answer)
    _import(window, source, monkeypatch)
    qtbot.waitUntil(lambda: bool(reports), timeout=30_000)
    assert reports[-1].startswith("Personer: 1200 lagt til")
    assert (1200, 1200) in seen and seen == sorted(seen)


def test_settings_choose_all_day_follow_ups_for_the_calendar_file(qtbot: Any, window: Any, tmp_path: Path,
                                                                 crm: Crm) -> None:
    from btvcrm.domain.models import FollowUp
    from btvcrm.ui.settings_dialog import SettingsDialog

    crm.follow_ups.save(FollowUp(text="Send referat", due_date=window_today()))
    feed = tmp_path / "btv.ics"
    dialog = SettingsDialog(crm, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.feed_follow_ups.currentData() == "tasks"
    assert [dialog.feed_follow_ups.itemText(i) for i in range(2)] == [
        "Som oppgaver (Thunderbird, Apple Påminnelser)", "Som heldagshendelser (Outlook, Google Kalender)"]
    qtbot.keyClicks(dialog.calendar_feed, str(feed))
    _choose(qtbot, dialog.feed_follow_ups, 1)
    _ok(dialog)
    saved = user_settings.load()
    assert saved.calendar_feed_path == str(feed) and saved.calendar_feed_follow_ups == "all_day"
    assert window.calendar_feed.write_now()
    data = feed.read_bytes()
    assert b"X-BTVCRM-KIND:follow-up" in data and b"BEGIN:VTODO" not in data
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT1H" in data


def window_today() -> Any:
    from btvcrm.domain import clock

    return clock.today()


def test_the_duplicates_dialog_reads_right_in_english(qtbot: Any, crm: Crm, sample: Any) -> None:
    from btvcrm.exchange import bridge
    from btvcrm.ui import i18n
    from btvcrm.ui.dialogs.duplicates_dialog import certain_count, duplicate_rows

    i18n.install("en")
    previews = bridge.preview_people(crm, "vcard", CARDS.encode())
    dialog = PossibleDuplicatesDialog(duplicate_rows(crm, previews), "kontakter.vcf",
                                      certain=certain_count(previews))
    qtbot.addWidget(dialog)
    dialog.show()
    intro = [label.text() for label in dialog.findChildren(QLabel)]
    assert intro[0].startswith("kontakter.vcf: 2 people may already be in the data file.")
    assert intro[1] == "1 person with the same e-mail address or UID will be merged with the one already here."
    assert dialog.windowTitle() == "Possible duplicates"
    assert [dialog.table.item(r, 2).text() for r in range(2)] == ["Same phone", "Same name"]
    assert [dialog.choices[0].itemText(i) for i in range(3)] == ["Keep both", "Merge into the one already here",
                                                                 "Skip it"]
    assert dialog.decisions() == {0: "add", 1: "add"}


def test_a_changed_event_can_be_chosen_and_updates_its_meeting(qtbot: Any, window: Any, db_path: Path,
                                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               answering: Any) -> None:
    from btvcrm.ui.dialogs.import_dialog import CalendarImportDialog

    def event(sequence: int, place: str) -> str:
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:dialog@example.no\r\n"
                f"DTSTAMP:2016060{sequence + 1}T080000Z\r\nSEQUENCE:{sequence}\r\nSUMMARY:Dialogmøte\r\n"
                f"DTSTART:20160620T080000Z\r\nDTEND:20160620T090000Z\r\nLOCATION:{place}\r\nEND:VEVENT\r\n"
                "END:VCALENDAR\r\n")

    titles: list[list[str]] = []
    reports: list[str] = []

    def answer(widget: QWidget) -> bool:
        if isinstance(widget, CalendarImportDialog):
            titles.append([widget.tree.topLevelItem(i).text(0) for i in range(widget.tree.topLevelItemCount())])
            _ok(widget)
            return True
        if isinstance(widget, QMessageBox):
            reports.append(widget.text())
            widget.buttons()[0].click()
            return True
        return False

    answering(answer)
    source = tmp_path / "a.ics"
    source.write_text(event(0, "Skien"), encoding="utf-8")
    _import(window, source, monkeypatch)
    qtbot.waitUntil(lambda: len(reports) == 1, timeout=10_000)
    source.write_text(event(1, "Porsgrunn"), encoding="utf-8")
    _import(window, source, monkeypatch)
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=10_000)
    assert titles == [["Dialogmøte"], ["Dialogmøte (endret i kalenderen: oppdaterer møtet)"]]
    assert reports[1].startswith("Møter: 0 lagt til, 1 oppdatert, 0 hoppet over.")
    with Crm.open(db_path, readonly=True) as check:
        assert check.meetings.get(check.meetings.find_by_uid("dialog@example.no") or 0).place == "Porsgrunn"
