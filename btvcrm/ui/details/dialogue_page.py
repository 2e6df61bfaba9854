"""The market dialogue page: registrations (import with the mapping preview,
check-in by typing a name), the one-to-one timetable (drag a supplier onto
another to swap), questions and answers ("del med alle"), and what was sent;
the equal-treatment check as a banner until it is clean.

Every action is a use case of `services.market_dialogue`; this page only
turns clicks and keys into requests and shows the results.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QDropEvent, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btvcrm.domain import clock, dates
from btvcrm.domain.errors import UserError
from btvcrm.domain.kinds import Kind
from btvcrm.domain.market_dialogue import Attendee, DialogueSnapshot, DialogueStatus, Slot
from btvcrm.i18n import upper_first
from btvcrm.services import market_dialogue as md
from btvcrm.ui.i18n import arg, error_text, translate
from btvcrm.ui.widgets.banners import YELLOW
from btvcrm.ui.widgets.common import (
    ItemList,
    fit_header_labels,
    name_accessibly,
    section_label,
    show_user_error,
    ui_lang,
)

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm

#: The kind string of the page in `open_requested(kind, id)` (a dialogue is not a `Kind`).
DIALOGUE = "market_dialogue"
SLOT_ROLE = Qt.ItemDataRole.UserRole
REG_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ROLE = Qt.ItemDataRole.UserRole + 2
QUESTION_ROLE = Qt.ItemDataRole.UserRole


_lock: QIcon | None = None


def lock_icon() -> QIcon:
    """A small padlock, drawn (no emoji font needed): the mark of a confidential note."""
    global _lock
    if _lock is None:
        pixmap = QPixmap(32, 32)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("#7a5900"), 3.2)
        painter.setPen(pen)
        painter.drawArc(QRectF(9, 3, 14, 16), 0, 180 * 16)
        painter.drawLine(9, 11, 9, 15)
        painter.drawLine(23, 11, 23, 15)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#a16207"))
        painter.drawRoundedRect(QRectF(5, 14, 22, 16), 3, 3)
        painter.setBrush(QColor("#fff3cd"))
        painter.drawEllipse(QRectF(14, 19, 4, 4))
        painter.end()
        _lock = QIcon(pixmap)
    return _lock


class Timetable(QTableWidget):
    """Rows are the rounds, columns the rooms; drop one supplier on another to swap them."""

    swap_requested = Signal(int, int)  # slot ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timetable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def slot_at(self, row: int, column: int) -> int | None:
        item = self.item(row, column)
        value = item.data(SLOT_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt name)
        source = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()  # the table itself never moves a cell: the schedule does, through the service
        if source is None or target is None or source is target:
            return
        first, second = source.data(SLOT_ROLE), target.data(SLOT_ROLE)
        if first is not None and second is not None:
            self.swap_requested.emit(int(first), int(second))

    def drop_on(self, source: tuple[int, int], target: tuple[int, int]) -> None:
        """A drag from one cell to another, as a drop event (tests and the keyboard use it)."""
        self.setCurrentCell(*source)
        cell = self.item(*target)
        point = self.visualItemRect(cell).center() if cell is not None else QPoint(0, 0)
        mime = QMimeData()
        mime.setData("application/x-qabstractitemmodeldatalist", b"")
        event = QDropEvent(point.toPointF(), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
        self.dropEvent(event)


class DialoguePage(QWidget):
    """One market dialogue. `open_requested(kind, id)` opens an organisation or person."""

    open_requested = Signal(str, int)

    def __init__(self, crm: Crm, dialogue_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.dialogue_id = dialogue_id
        self.lang = ui_lang()
        self.snap: DialogueSnapshot = crm.dialogues.snapshot(dialogue_id)  # NotFoundError: the shell says so
        self.setObjectName("dialoguePage")
        self._refresh_pending = False
        self._build()
        self.refresh()
        callback = self._schedule_refresh
        crm.add_listener(callback)
        self.destroyed.connect(lambda *_args: crm.remove_listener(callback))

    # Building ------------------------------------------------------------------
    def _build(self) -> None:
        self.title_label = QLabel()
        self.title_label.setObjectName("detailTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.subtitle_label = QLabel()
        self.subtitle_label.setWordWrap(True)
        self.facts_label = QLabel()
        self.facts_label.setObjectName("dialogueFacts")
        self.facts_label.setWordWrap(True)
        self.facts_label.linkActivated.connect(self._link)
        header = QVBoxLayout()
        header.addWidget(self.title_label)
        header.addWidget(self.subtitle_label)
        header.addWidget(self.facts_label)
        self.documents_button = self._menu_button(self.tr("Documents"), "documents", [
            (self.tr("Public summary (PDF)…"), lambda: self.write_document("public")),
            (self.tr("One-to-one schedule (PDF)…"), lambda: self.write_document("schedule")),
            (self.tr("Participant list (PDF)…"), lambda: self.write_document("participants")),
            (self.tr("Name badges (PDF)…"), lambda: self.write_document("badges")),
        ])
        self.drafts_button = self._menu_button(self.tr("E-mail drafts"), "drafts", [
            (self.tr("Invitation to all…"), lambda: self.write_drafts("invitation")),
            (self.tr("Each supplier's own slot…"), lambda: self.write_drafts("schedule")),
            (self.tr("Answers to all…"), lambda: self.write_drafts("answers")),
            (self.tr("Summary to all, attached…"), lambda: self.write_drafts("summary")),
        ])
        header_row = QHBoxLayout()
        header_row.addLayout(header, 1)
        header_row.addWidget(self.documents_button, 0, Qt.AlignmentFlag.AlignTop)
        header_row.addWidget(self.drafts_button, 0, Qt.AlignmentFlag.AlignTop)
        self.banner = QLabel()
        self.banner.setObjectName("equalTreatmentBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setAccessibleName(self.tr("Equal treatment"))
        self.banner.setStyleSheet(f"QLabel {{ background: {YELLOW}; color: #3d3000; padding: 6px 10px;"
                                  " border: 1px solid #d6c88a; }")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dialogueTabs")
        self.tabs.addTab(self._registrations_tab(), self.tr("Registrations"))
        self.tabs.addTab(self._schedule_tab(), self.tr("One-to-one"))
        self.tabs.addTab(self._questions_tab(), self.tr("Questions and answers"))
        self.tabs.addTab(self._sendings_tab(), self.tr("Sendings"))
        layout = QVBoxLayout(self)
        layout.addLayout(header_row)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        name_accessibly(self)

    def _menu_button(self, text: str, name: str, entries: list[tuple[str, Any]]) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setAccessibleName(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(button)
        for label, slot in entries:
            menu.addAction(label).triggered.connect(slot)
        button.setMenu(menu)
        return button

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _registrations_tab(self) -> QWidget:
        tab = QWidget()
        self.check_in_field = QLineEdit()
        self.check_in_field.setObjectName("checkIn")
        self.check_in_field.setPlaceholderText(self.tr("Check in: type a name and press Enter"))
        self.check_in_field.setClearButtonEnabled(True)
        self.check_in_field.textChanged.connect(self._filter_registrations)
        self.check_in_field.returnPressed.connect(self.check_in_typed)
        self.check_in_result = QLabel()
        self.check_in_result.setObjectName("checkInResult")
        self.check_in_result.setWordWrap(True)
        self.check_in_result.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_in_field, 1)
        buttons.addWidget(self._button(self.tr("Import registration list…"), "importRegistrations",
                                       self.import_registrations))
        buttons.addWidget(self._button(self.tr("Register a supplier…"), "register", self.register))
        self.registrations = QTreeWidget()
        self.registrations.setObjectName("registrations")
        self.registrations.setAccessibleName(self.tr("Registrations"))
        self.registrations.setHeaderLabels([self.tr("Present"), self.tr("Organisation"), self.tr("Participant"),
                                            self.tr("E-mail"), self.tr("One-to-one"), self.tr("Registered")])
        self.registrations.setRootIsDecorated(False)
        self.registrations.setAlternatingRowColors(True)
        self.registrations.itemChanged.connect(self._ticked)
        self.registrations.itemActivated.connect(self._open_registration)
        self.registration_count = QLabel()
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.check_in_result)
        layout.addWidget(self.registrations, 1)
        layout.addWidget(self.registration_count)
        return tab

    def _schedule_tab(self) -> QWidget:
        tab = QWidget()
        self.schedule_facts = QLabel()
        self.schedule_facts.setObjectName("scheduleFacts")
        self.schedule_facts.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self._button(self.tr("Make the schedule…"), "makeSchedule", self.make_schedule))
        self.append_button = self._button(self.tr("Add late registrations"), "appendLate", self.append_late)
        buttons.addWidget(self.append_button)
        self.swap_button = self._button(self.tr("Swap the two selected"), "swapSelected", self.swap_selected)
        buttons.addWidget(self.swap_button)
        self.cancel_button = self._button(self.tr("Cancel the selected slot…"), "cancelSlot", self.cancel_selected)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        self.timetable = Timetable()
        self.timetable.setAccessibleName(self.tr("One-to-one timetable"))
        self.timetable.swap_requested.connect(self.swap)
        self.timetable.itemSelectionChanged.connect(self._slot_selected)
        notes = QWidget()
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        self.notes_title = section_label(self.tr("Notes from the one-to-one"))
        self.notes_list = QListWidget()
        self.notes_list.setObjectName("oneToOneNotes")
        self.notes_list.setAccessibleName(self.tr("Notes from the one-to-one"))
        self.notes_list.setWordWrap(True)
        self.notes_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.notes_list.setSpacing(3)
        self.note_button = self._button(self.tr("New note…"), "newNote", self.new_note)
        notes_layout.addWidget(self.notes_title)
        notes_layout.addWidget(self.notes_list, 1)
        notes_layout.addWidget(self.note_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.timetable)
        splitter.addWidget(notes)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.schedule_facts)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        return tab

    def _questions_tab(self) -> QWidget:
        tab = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self._button(self.tr("New question…"), "newQuestion", self.new_question))
        buttons.addWidget(self._button(self.tr("Answer…"), "answerQuestion", self.edit_question))
        self.share_button = QToolButton()
        self.share_button.setObjectName("shareWithAll")
        self.share_button.setText(self.tr("Share with all"))
        self.share_button.setAccessibleName(self.tr("Share with all"))
        self.share_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.share_button.clicked.connect(lambda: self.share("email"))
        share_menu = QMenu(self.share_button)
        share_menu.addAction(self.tr("By e-mail to all registrants")).triggered.connect(lambda: self.share("email"))
        share_menu.addAction(self.tr("On Doffin")).triggered.connect(lambda: self.share("doffin"))
        share_menu.addAction(self.tr("In the public summary")).triggered.connect(lambda: self.share("summary"))
        self.share_button.setMenu(share_menu)
        buttons.addWidget(self.share_button)
        buttons.addStretch(1)
        self.questions = QTreeWidget()
        self.questions.setObjectName("questions")
        self.questions.setAccessibleName(self.tr("Questions and answers"))
        self.questions.setHeaderLabels([self.tr("No."), self.tr("Question"), self.tr("From"), self.tr("Asked"),
                                        self.tr("Answer"), self.tr("Shared with all")])
        self.questions.setRootIsDecorated(False)
        self.questions.setAlternatingRowColors(True)
        self.questions.setWordWrap(True)
        self.questions.itemActivated.connect(lambda *_a: self.edit_question())
        self.question_detail = QLabel()
        self.question_detail.setObjectName("questionDetail")
        self.question_detail.setWordWrap(True)
        self.question_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.question_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.questions.currentItemChanged.connect(self._question_selected)
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.questions, 1)
        layout.addWidget(self.question_detail)
        return tab

    def _question_selected(self, *_args: object) -> None:
        question_id = self._current_question()
        question = next((q for q in self.snap.questions if q.id == question_id), None)
        self.share_button.setEnabled(question is not None and question.answered and not question.shared)
        if question is None:
            self.question_detail.setText("")
            return
        answer = question.answer or self.tr("No answer yet")
        self.question_detail.setText(arg(self.tr("Question: %1\nAnswer: %2"), question.question, answer))

    def _sendings_tab(self) -> QWidget:
        tab = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self._button(self.tr("Log a sending…"), "logSending", self.log_sending))
        buttons.addStretch(1)
        self.sendings = ItemList([self.tr("Date"), self.tr("What"), self.tr("Title"), self.tr("How"), self.tr("To")])
        self.sendings.setObjectName("sendings")
        self.sendings.setAccessibleName(self.tr("Sendings"))
        self.log_list = ItemList([self.tr("When"), self.tr("What happened")])
        self.log_list.setObjectName("dialogueLog")
        self.log_list.setAccessibleName(self.tr("Log"))
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.sendings, 2)
        layout.addWidget(section_label(self.tr("Log")))
        layout.addWidget(self.log_list, 1)
        return tab

    # Refreshing ----------------------------------------------------------------
    def _schedule_refresh(self) -> None:
        if not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(0, self._do_refresh)

    def _do_refresh(self) -> None:
        self._refresh_pending = False
        try:
            self.refresh()
        except UserError:
            self.setEnabled(False)  # gone under us
        except RuntimeError:  # pragma: no cover - C++ side already gone
            pass

    def refresh(self) -> None:
        self.snap = self.crm.dialogues.snapshot(self.dialogue_id)
        d = self.snap.dialogue
        self.title_label.setText(d.title)
        ladder = " → ".join(
            f"<b>{escape(s.label(self.lang))}</b>" if s is d.status else escape(s.label(self.lang))
            for s in DialogueStatus
        )
        self.subtitle_label.setText(ladder)
        facts = []
        if self.snap.initiative_title:
            facts.append(f'<a href="btvcrm:{Kind.INITIATIVE}:{d.initiative_id}">{escape(self.snap.initiative_title)}</a>')
        if d.doffin_id:
            facts.append(f'Doffin <a href="{escape(d.doffin_url)}">{escape(d.doffin_id)}</a>')
        event = d.conference
        if event is not None:
            when = f"{dates.format_date_long(event.starts_at, self.lang)} {dates.format_time(event.starts_at, self.lang)}"
            facts.append(escape(upper_first(when) + (f", {event.place}" if event.place else "")))
        self.facts_label.setText(" · ".join(facts))
        self._refresh_banner()
        self._fill_registrations()
        self._fill_timetable()
        self._fill_questions()
        self._fill_sendings()

    def _refresh_banner(self) -> None:
        result = md.check(self.crm, self.dialogue_id, self.lang)
        if result.ok:
            self.banner.hide()
            self.banner.setText("")
            return
        lines = [translate("DialoguePage", "Equal treatment is not shown yet (%n thing(s) to do):", "",
                           len(result.findings))]
        lines += [f"• {finding.message}" for finding in result.findings]
        self.banner.setText("\n".join(lines))
        self.banner.show()

    def _fill_registrations(self) -> None:
        view = self.registrations
        view.blockSignals(True)
        view.clear()
        people = 0
        for registration in md.ordered_registrations(self.snap):
            slot = self.snap.slot_of(registration.id)
            one_to_one = ""
            if slot is not None:
                one_to_one = arg(self.tr("%1, room %2"), dates.format_time(slot.starts_at, self.lang), slot.room)
            elif registration.wants_one_to_one:
                one_to_one = self.tr("asked, no slot yet")
            registered = dates.format_date_short(registration.registered_at, self.lang)
            rows: list[Attendee | None] = list(registration.attendees) or [None]
            for attendee in rows:
                name = attendee.name if attendee else ""
                email = (attendee.email if attendee else registration.email) or ""
                if attendee is not None:
                    people += 1
                item = QTreeWidgetItem(["", registration.organisation_name, name, email, one_to_one, registered])
                item.setData(0, REG_ROLE, registration.id)
                item.setData(0, PERSON_ROLE, attendee.person_id if attendee else None)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = attendee.checked_in_at is not None if attendee else registration.checked_in
                item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                item.setToolTip(0, self.tr("Ticked when the person has come"))
                if not registration.attending:
                    item.setToolTip(2, self.tr("Registered, but not attending in person"))
                view.addTopLevelItem(item)
        for column in range(view.columnCount()):
            view.resizeColumnToContents(column)
        fit_header_labels(view.header())
        view.blockSignals(False)
        self._filter_registrations(self.check_in_field.text())
        present = sum(1 for r in self.snap.registrations if r.checked_in)
        self.registration_count.setText(arg(
            translate("DialoguePage", "%n registered supplier(s); %1 checked in.", "", len(self.snap.registrations)),
            present))

    def _fill_timetable(self) -> None:
        table = self.timetable
        schedule = self.snap.schedule
        table.clear()
        slots = self.snap.active_slots()
        self.append_button.setEnabled(schedule is not None)
        if schedule is None:
            table.setRowCount(0)
            table.setColumnCount(0)
            self.schedule_facts.setText(self.tr("No schedule yet. Make one when the registrations are in: every "
                                                "supplier who asked gets one slot of the same length."))
            self._slot_selected()
            return
        rooms = max([schedule.rooms, *[s.room for s in slots]])
        starts = sorted({s.starts_at for s in slots})
        table.setColumnCount(rooms)
        table.setRowCount(len(starts))
        table.setHorizontalHeaderLabels([arg(self.tr("Room %1"), n) for n in range(1, rooms + 1)])
        table.setVerticalHeaderLabels([
            f"{dates.format_time(start, self.lang)}–{dates.format_time(start + dt.timedelta(minutes=schedule.slot_minutes), self.lang).removeprefix('kl. ')}"
            for start in starts
        ])
        for slot in slots:
            registration = self.snap.registration(slot.registration_id)
            text = registration.organisation_name if registration else ""
            if registration is not None and registration.attendees:
                text += "\n" + ", ".join(a.name for a in registration.attendees)
            item = QTableWidgetItem(text)
            item.setData(SLOT_ROLE, slot.id)
            item.setData(REG_ROLE, slot.registration_id)
            if any(n.confidential for n in self.snap.notes if n.registration_id == slot.registration_id):
                item.setIcon(lock_icon())
                item.setToolTip(self.tr("Has confidential notes"))
            if slot.late:
                item.setToolTip(self.tr("Late registration, appended after the others"))
            table.setItem(starts.index(slot.starts_at), slot.room - 1, item)
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                if table.item(row, column) is None:
                    empty = QTableWidgetItem("")
                    empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    table.setItem(row, column, empty)
        how = (arg(self.tr("drawn at random on %1 with seed %2 (the same seed gives the same order)"),
                   f"{dates.format_date_short(schedule.drawn_at, self.lang)} {dates.format_time(schedule.drawn_at, self.lang)}",
                   schedule.seed)
               if schedule.drawn_at is not None and schedule.seed is not None
               else self.tr("set by registration time"))
        cancelled = sum(1 for s in self.snap.slots if not s.active)
        facts = arg(translate("DialoguePage", "%n meeting(s) of %1 minutes, %2 minutes' break; the order was %3.", "",
                              len(slots)), schedule.slot_minutes, schedule.break_minutes, how)
        if cancelled:
            facts += " " + translate("DialoguePage", "%n cancelled slot(s) are kept in the log.", "", cancelled)
        self.schedule_facts.setText(facts)
        self._slot_selected()

    def _fill_questions(self) -> None:
        view = self.questions
        view.clear()
        names = {r.id: r.organisation_name for r in self.snap.registrations}
        for question in self.snap.questions:
            if question.shared and question.shared_at is not None:
                shared = arg(self.tr("%1 (%2)"), dates.format_date_short(question.shared_at, self.lang),
                             question.shared_how.label(self.lang) if question.shared_how else "")
            elif question.changed_since_shared and question.shared_at is not None:
                shared = arg(self.tr("Changed after it was shared on %1"),
                             dates.format_date_short(question.shared_at, self.lang))
            elif question.answered:
                shared = self.tr("Not yet")
            else:
                shared = self.tr("No answer yet")
            item = QTreeWidgetItem([str(question.id), question.question, names.get(question.registration_id, ""),
                                    question.part.label(self.lang), question.answer, shared])
            item.setData(0, QUESTION_ROLE, question.id)
            for column in range(6):
                item.setToolTip(column, item.text(column))
            if question.answered and not question.shared:
                item.setForeground(5, Qt.GlobalColor.darkRed)
            view.addTopLevelItem(item)
        self._question_selected()
        view.resizeColumnToContents(0)
        for column, width in ((1, 34), (2, 20), (3, 16), (4, 34)):
            view.setColumnWidth(column, self.fontMetrics().averageCharWidth() * width)
        fit_header_labels(view.header())

    def _fill_sendings(self) -> None:
        everyone = {r.id for r in self.snap.registrations}
        self.sendings.clear()
        for sending in self.snap.sendings:
            reached = set(sending.recipient_ids)
            to = (self.tr("All registrants") if everyone and everyone <= reached
                  else arg(self.tr("%1 of %2"), len(reached & everyone), len(everyone)))
            self.sendings.add_row([dates.format_date_short(sending.sent_at, self.lang),
                                   upper_first(sending.material.label(self.lang)), sending.title,
                                   sending.channel.label(self.lang), to])
        self.sendings.fit_columns()
        fit_header_labels(self.sendings.header())
        self.log_list.clear()
        for entry in reversed(self.snap.log):
            self.log_list.add_row([f"{dates.format_date_short(entry.at, self.lang)} "
                                   f"{dates.format_time(entry.at, self.lang)}", entry.detail])
        self.log_list.fit_columns()
        fit_header_labels(self.log_list.header())

    # Registrations ---------------------------------------------------------------
    def _filter_registrations(self, text: str) -> None:
        wanted = " ".join(text.split()).casefold()
        for index in range(self.registrations.topLevelItemCount()):
            item = self.registrations.topLevelItem(index)
            if item is None:
                continue
            words = f"{item.text(1)} {item.text(2)}".casefold()
            item.setHidden(bool(wanted) and wanted not in words)

    def check_in_typed(self) -> None:
        text = self.check_in_field.text()
        if not text.strip():
            return
        try:
            result = md.check_in(self.crm, self.dialogue_id, text)
        except UserError as error:
            self.check_in_result.setStyleSheet("color: #b3261e;")
            self.check_in_result.setText(error_text(error))
            return
        self.check_in_result.setStyleSheet("color: #1e6b2d;")
        who = f"{result.person} ({result.organisation})" if result.person else result.organisation
        self.check_in_result.setText(arg(self.tr("✓ %1 is checked in."), who))
        self.check_in_field.clear()

    def _ticked(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0:
            return
        registration_id, person_id = item.data(0, REG_ROLE), item.data(0, PERSON_ROLE)
        try:
            md.check_in_person(self.crm, int(registration_id), int(person_id) if person_id is not None else None,
                               undo=item.checkState(0) != Qt.CheckState.Checked)
        except UserError as error:
            show_user_error(self, error)

    def _open_registration(self, item: QTreeWidgetItem, column: int) -> None:
        registration = self.snap.registration(item.data(0, REG_ROLE))
        if registration is None:
            return
        person_id = item.data(0, PERSON_ROLE)
        if column == 2 and person_id is not None:
            self.open_requested.emit(str(Kind.PERSON), int(person_id))
        else:
            self.open_requested.emit(str(Kind.ORGANISATION), registration.organisation_id)

    def import_registrations(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import registration list"), str(Path.home()),
            self.tr("Registration lists (*.csv *.xlsx *.txt);;All files (*)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> md.ImportRegistrationsResult | None:
        """The mapping preview, then the import off the UI thread; the report in a message box."""
        from btvcrm.exchange.sniff import detect_format
        from btvcrm.ui import background
        from btvcrm.ui.dialogs.dialogue_dialogs import RegistrationImportDialog

        try:
            data = path.read_bytes()
            kind = detect_format(str(path), data)
            if kind not in ("csv", "xlsx"):
                raise UserError(arg(self.tr("%1 is not a registration list (CSV or XLSX)."), path.name))
            dialog = RegistrationImportDialog(data, kind, path.name, self)
        except OSError as error:
            show_user_error(self, UserError(arg(self.tr("Cannot read %1: %2"), path, error.strerror or error)))
            return None
        except UserError as error:
            show_user_error(self, error)
            return None
        if not dialog.exec():
            return None
        request = md.ImportRegistrationsRequest(self.dialogue_id, data, kind, mapping=dialog.mapping(),
                                                skip_invalid=dialog.skip_invalid.isChecked(), source_name=path.name)
        try:
            result: md.ImportRegistrationsResult = background.run(
                self, arg(self.tr("Importing %1…"), path.name),
                lambda: md.import_registrations(self.crm, request), crm=self.crm)
        except UserError as error:
            show_user_error(self, error)
            return None
        QMessageBox.information(self, self.tr("Registrations imported"), result.summary)
        return result

    def register(self) -> None:
        from btvcrm.ui.dialogs.dialogue_dialogs import RegisterDialog

        dialog = RegisterDialog(self.crm, self.dialogue_id, self)
        if dialog.exec() and dialog.result_value is not None and dialog.result_value.notes:
            self.check_in_result.setStyleSheet("")
            self.check_in_result.setText("\n".join(dialog.result_value.notes))

    # One-to-one -------------------------------------------------------------------
    def _selected_slots(self) -> list[int]:
        found = []
        for item in self.timetable.selectedItems():
            value = item.data(SLOT_ROLE)
            if value is not None:
                found.append(int(value))
        return found

    def _slot_selected(self) -> None:
        selected = self._selected_slots()
        self.swap_button.setEnabled(len(selected) == 2)
        self.cancel_button.setEnabled(len(selected) == 1)
        current = self.timetable.currentItem()
        registration_id = current.data(REG_ROLE) if current is not None else None
        self.note_button.setEnabled(registration_id is not None)
        self.notes_list.clear()
        if registration_id is None:
            self.notes_title.setText(self.tr("Notes from the one-to-one"))
            return
        name = self.snap.organisation_of(int(registration_id))
        self.notes_title.setText(arg(self.tr("Notes from the one-to-one with %1"), name))
        for note in self.snap.notes:
            if note.registration_id != registration_id:
                continue
            mark = (arg(self.tr("Confidential (%1)"), note.exemption.citation) if note.exemption is not None
                    else self.tr("Not exempt from public access"))
            item = QListWidgetItem(f"{mark}\n{note.text}", self.notes_list)
            if note.confidential:
                item.setIcon(lock_icon())
            item.setToolTip(note.text)

    def make_schedule(self) -> None:
        from btvcrm.ui.dialogs.dialogue_dialogs import ScheduleDialog

        dialog = ScheduleDialog(self.crm, self.dialogue_id, self)
        if dialog.exec() and dialog.result_value is not None:
            self.tabs.setCurrentIndex(1)

    def append_late(self) -> None:
        try:
            result = md.make_schedule(self.crm, md.ScheduleRequest(self.dialogue_id))
        except UserError as error:
            show_user_error(self, error)
            return
        QMessageBox.information(self, self.tr("One-to-one schedule"), result.message)

    def swap(self, first: int, second: int) -> None:
        try:
            text = md.swap_slots(self.crm, self.dialogue_id, first, second)
        except UserError as error:
            show_user_error(self, error)
            return
        self.schedule_facts.setToolTip(text)

    def swap_selected(self) -> None:
        selected = self._selected_slots()
        if len(selected) == 2:
            self.swap(selected[0], selected[1])

    def cancel_selected(self) -> None:
        selected = self._selected_slots()
        if len(selected) != 1:
            return
        slot: Slot = next(s for s in self.snap.slots if s.id == selected[0])
        name = self.snap.organisation_of(slot.registration_id)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel the slot"),
                          arg(self.tr("Cancel the one-to-one with %1? It stays in the log."), name),
                          QMessageBox.StandardButton.NoButton, self)
        keep = box.addButton(self.tr("Cancel, give a new slot later"), QMessageBox.ButtonRole.AcceptRole)
        withdrawn = box.addButton(self.tr("Cancel, the supplier withdrew"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep the slot"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() not in (keep, withdrawn):
            return
        try:
            md.cancel_slot(self.crm, self.dialogue_id, selected[0], withdrawn=box.clickedButton() is withdrawn)
        except UserError as error:
            show_user_error(self, error)

    def new_note(self) -> None:
        from btvcrm.ui.dialogs.dialogue_dialogs import NoteDialog

        current = self.timetable.currentItem()
        registration_id = current.data(REG_ROLE) if current is not None else None
        if registration_id is not None:
            NoteDialog(self.crm, self.dialogue_id, int(registration_id), self).exec()

    # Questions -----------------------------------------------------------------------
    def _current_question(self) -> int | None:
        item = self.questions.currentItem()
        value = item.data(0, QUESTION_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def new_question(self) -> None:
        from btvcrm.ui.dialogs.dialogue_dialogs import QuestionDialog

        QuestionDialog(self.crm, self.dialogue_id, None, self).exec()

    def edit_question(self) -> None:
        from btvcrm.ui.dialogs.dialogue_dialogs import QuestionDialog

        question_id = self._current_question()
        if question_id is not None:
            QuestionDialog(self.crm, self.dialogue_id, question_id, self).exec()

    def share(self, how: str) -> None:
        """"Del med alle": note that the selected answer is shared with every registrant. btvcrm
        sends nothing itself, so it asks first; by e-mail it offers to make the drafts."""
        question_id = self._current_question()
        if question_id is None:
            return
        choice = self._confirm_share(question_id, how)
        if choice == "drafts":
            self.write_drafts("answers")  # the drafts note the answer as shared with all
            return
        if choice != "note":
            return
        try:
            md.share_answer(self.crm, self.dialogue_id, question_id, how)
        except UserError as error:
            show_user_error(self, error)

    def _confirm_share(self, question_id: int, how: str) -> str:
        """"drafts", "note" or "" (cancelled): one click must not record what was not done."""
        from btvcrm.domain.market_dialogue import ShareChannel

        channel = ShareChannel(how).label(self.lang)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Share with all"), arg(self.tr(
            "Note that the answer to question %1 is shared with every registrant (%2)? btvcrm sends nothing "
            "itself: the note is the record of equal treatment."), question_id, channel), parent=self)
        drafts = box.addButton(self.tr("Make the e-mail drafts…"), QMessageBox.ButtonRole.AcceptRole) \
            if how == "email" else None
        note = box.addButton(self.tr("It is shared: note it"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(drafts or note)
        box.exec()
        clicked = box.clickedButton()
        return "drafts" if drafts is not None and clicked is drafts else "note" if clicked is note else ""

    # Sendings and documents --------------------------------------------------------------
    def log_sending(self) -> None:
        from btvcrm.ui.dialogs.dialogue_dialogs import SendingDialog

        SendingDialog(self.crm, self.dialogue_id, self).exec()

    def write_document(self, kind: str, path: Path | None = None) -> Path | None:
        from btvcrm.reports.filenames import safe_pdf_name
        from btvcrm.ui import background
        from btvcrm.ui.widgets.pdf_export import ask_pdf_path, open_and_tell

        words = {"public": self.tr("Summary"), "schedule": self.tr("One-to-one schedule"),
                 "participants": self.tr("Participants"), "badges": self.tr("Name badges")}
        conference = self.snap.dialogue.conference
        day = conference.starts_at.date() if conference else clock.today()
        target = path or ask_pdf_path(self, safe_pdf_name(day, words[kind], self.snap.dialogue.title))
        if target is None:
            return None
        request = md.DocumentRequest(self.dialogue_id, kind, target, lang=self.lang)
        try:
            written: Path = background.run(self, self.tr("Making the PDF…"),
                                           lambda: md.write_document(self.crm, request), crm=self.crm)
        except UserError as error:
            show_user_error(self, error)
            return None
        open_and_tell(self, written)
        return written

    def write_drafts(self, kind: str, folder: Path | None = None) -> md.DraftsResult | None:
        from btvcrm.ui import background
        from btvcrm.ui.widgets.pdf_export import default_folder

        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the e-mail drafts"),
                                                      str(default_folder()))
            if not chosen:
                return None
            folder = Path(chosen)
        sender = (self.crm_user(), "") if self.crm_user() else None
        request = md.DraftRequest(self.dialogue_id, kind, folder, sender=sender)
        try:
            result: md.DraftsResult = background.run(self, self.tr("Writing the e-mail drafts…"),
                                                     lambda: md.write_drafts(self.crm, request), crm=self.crm)
        except UserError as error:
            show_user_error(self, error)
            return None
        QMessageBox.information(self, self.tr("E-mail drafts"), result.message)
        return result

    @staticmethod
    def crm_user() -> str:
        from btvcrm import settings

        return settings.load().user_name

    def _link(self, href: str) -> None:
        if href.startswith("btvcrm:"):
            _scheme, kind, item_id = href.split(":", 2)
            self.open_requested.emit(kind, int(item_id))
        elif href.startswith("https://"):
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl(href))


__all__ = ["DIALOGUE", "DialoguePage", "Timetable"]
