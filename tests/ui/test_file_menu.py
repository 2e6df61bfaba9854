"""File menu, drag and drop, delete + undo, read-only: real keys and clicks on a real file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from btvcrm.domain.filters import ListFilter
from btvcrm.storage.crm import Crm

VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Siri Støren\r\nN:Støren;Siri;;;\r\nORG:Skien kommune\r\n"
    "EMAIL;TYPE=INTERNET:siri@skien.example.no\r\nTEL;TYPE=CELL:+47 900 11 222\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Åge Ås\r\nN:Ås;Åge;;;\r\nEMAIL:age@example.no\r\nEND:VCARD\r\n"
)

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
    "BEGIN:VEVENT\r\nUID:evt-1@example.com\r\nSUMMARY:Møte med Skien kommune\r\n"
    "DTSTART:20160620T080000Z\r\nDTEND:20160620T090000Z\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:evt-2@example.com\r\nSUMMARY:Telefon med Vestfold fylkeskommune\r\n"
    "DTSTART:20160621T120000Z\r\nDTEND:20160621T123000Z\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


class ModalAnswerer:
    """Answers modal dialogs as they appear (a polling timer, no sleeps); records what it saw."""

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
            if isinstance(widget, QMessageBox):
                self.texts.append(widget.text())

    def stop(self) -> None:
        self.timer.stop()


def press_default(widget: QWidget) -> bool:
    if isinstance(widget, QMessageBox):
        button = widget.defaultButton() or widget.buttons()[0]
        button.click()
        return True
    ok = widget.findChild(QDialogButtonBox)
    if ok is not None and ok.button(QDialogButtonBox.StandardButton.Ok) is not None:
        ok.button(QDialogButtonBox.StandardButton.Ok).click()
        return True
    return False


@pytest.fixture
def answerer() -> Iterator[Callable[[Callable[[QWidget], bool]], ModalAnswerer]]:
    made: list[ModalAnswerer] = []

    def make(answer: Callable[[QWidget], bool] = press_default) -> ModalAnswerer:
        made.append(ModalAnswerer(answer))
        return made[-1]

    yield make
    for item in made:
        item.stop()


def test_import_vcard_through_the_file_menu(qtbot: Any, window: Any, db_path: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch, answerer: Any) -> None:
    source = tmp_path / "kontakter.vcf"
    source.write_text(VCARD, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(source), ""))
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:2] == ["&Fil", "&Rediger"]
    assert window.commands.import_file.shortcut().toString() == "Ctrl+I"
    boxes = answerer()
    window.commands.import_file.trigger()  # what File ▸ Importer… and Ctrl+I do
    assert boxes.texts and "Personer: 2 lagt til" in boxes.texts[-1]
    with Crm.open(db_path, readonly=True) as check:
        names = {row["name"] for row in check.people.query(ListFilter(), limit=50)}
    assert {"Siri Støren", "Åge Ås"} <= names
    backups = list((db_path.parent / "backups").glob("*.sqlite"))
    assert len(backups) == 1, "one import, one backup (taken by the import service)"
    assert "import" in backups[0].name


def test_dropping_an_ics_file_logs_its_events(qtbot: Any, window: Any, db_path: Path, tmp_path: Path,
                                             answerer: Any) -> None:
    source = tmp_path / "outlook.ics"
    source.write_text(ICS, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    boxes = answerer()
    assert window.acceptDrops()
    drop = QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)  # the window's drop handler, as the platform's drag loop calls it
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: bool(boxes.texts), timeout=5000)
    assert "Møter: 2 lagt til" in boxes.texts[-1], (boxes.texts, boxes.seen)
    with Crm.open(db_path, readonly=True) as check:
        assert check.meetings.find_by_uid("evt-1@example.com") is not None
        assert check.meetings.find_by_uid("evt-2@example.com") is not None
    backups = list((db_path.parent / "backups").glob("*.sqlite"))
    assert len(backups) == 1 and "import" in backups[0].name, backups


def test_delete_a_meeting_with_the_delete_key_and_undo(qtbot: Any, window: Any, db_path: Path,
                                                       sample: dict[str, int], answerer: Any) -> None:
    window.show_page("meetings")
    page = window.pages["meetings"]
    page.table.setFocus()
    row = next(r for r in range(page.model.rowCount()) if page.model.id_at(r) == sample["meeting_past"])
    page.table.selectRow(row)
    answerer()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    with Crm.open(db_path, readonly=True) as check:
        deleted = [r["id"] for r in check.meetings.query(ListFilter(deleted=True))]
        assert sample["meeting_past"] in deleted
    assert page.model.row_of(sample["meeting_past"]) is None
    window.activateWindow()  # the question box was the active window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with Crm.open(db_path, readonly=True) as check:
        assert check.meetings.query(ListFilter(deleted=True)) == []
        assert check.meetings.get(sample["meeting_past"]).title.startswith("Forankringsmøte")


def test_trash_page_restores(qtbot: Any, window: Any, crm: Crm, db_path: Path, sample: dict[str, int]) -> None:
    window.deletions.delete("person", sample["ola"], confirm=False)
    page = window.open_trash()
    group = page.tree.topLevelItem(0)
    assert group.text(0).startswith("Personer")
    page.tree.setCurrentItem(group.child(0))
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    with Crm.open(db_path, readonly=True) as check:
        assert check.people.query(ListFilter(deleted=True)) == []
    assert page.tree.topLevelItem(0).text(0) == "Papirkurven er tom."


def test_export_the_filtered_list_as_csv(qtbot: Any, window: Any, tmp_path: Path) -> None:
    window.show_page("organisations")
    page = window.pages["organisations"]
    qtbot.keyClicks(page.text, "vestre")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    target = tmp_path / "orgs.csv"
    what, list_filter = window._current_list()
    assert what == "organisations"
    window.files.export_file(target, "csv", what=what, list_filter=list_filter)
    text = target.read_text(encoding="utf-8-sig")
    assert "Vestre Viken HF" in text and "Tønsberg" not in text


def test_read_only_file_shows_a_banner_and_disables_writing(qtbot: Any, crm: Crm, db_path: Path,
                                                            sample: dict[str, int], nb: None) -> None:
    from btvcrm.ui.main_window import MainWindow

    crm.close()
    with Crm.open(db_path, readonly=True) as readonly:
        win = MainWindow(readonly)
        qtbot.addWidget(win)
        win.show()
        assert win.banners["readonly"].isVisible()
        assert win.banners["readonly"].text().startswith("Bare lesing")
        assert not win.commands.quick_log.isEnabled()
        assert not win.commands.new_meeting.isEnabled()
        assert not win.commands.import_file.isEnabled()
        win.close()


def test_cloud_folder_shows_a_warning(qtbot: Any, tmp_path: Path, nb: None) -> None:
    from btvcrm.ui.main_window import MainWindow

    folder = tmp_path / "OneDrive - Firma AS"
    folder.mkdir()
    with Crm.open(folder / "crm.sqlite") as synced:
        win = MainWindow(synced)
        qtbot.addWidget(win)
        win.show()
        assert "OneDrive" in win.banners["cloud"].text()
        win.close()
