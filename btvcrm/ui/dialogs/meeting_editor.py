"""The meeting editor: the full minutes (møtereferat) of one meeting.

Participants present and absent (forfall), kopi til, agenda items with
O/D/V, decisions, follow-ups with responsible and due date, minutes status,
links to counties, organisations and initiatives, notes and private notes.
One save is one transaction; closing with unsaved changes asks."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from btvcrm.domain import clock
from btvcrm.domain.dates import (
    DateParseError,
    format_date_long,
    format_date_short,
    format_datetime_long,
)
from btvcrm.domain.enums import AgendaMark, Attendance, FollowUpStatus, MeetingKind, MinutesStatus
from btvcrm.domain.errors import UserError
from btvcrm.domain.exemption import Exemption
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.models import AgendaItem, FollowUp
from btvcrm.services.meetings import (
    FollowUpEntry,
    MeetingExemptions,
    MeetingRequest,
    ParticipantEntry,
    SavedMeeting,
    save_meeting,
)
from btvcrm.ui.dialogs.draft_autosave import DraftAutosave, restored_notice
from btvcrm.ui.dialogs.logic import parse_meeting_when
from btvcrm.ui.i18n import arg
from btvcrm.ui.widgets.common import (
    fit_header_labels,
    me_name,
    name_accessibly,
    private_notes_frame,
    show_user_error,
    ui_lang,
)
from btvcrm.ui.widgets.completer import NameListEdit
from btvcrm.ui.widgets.exemption import ExemptionPicker, exemption_combo, exemption_of
from btvcrm.ui.widgets.form_keys import FormKeys

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm

ID_ROLE = Qt.ItemDataRole.UserRole
ME_KEY = "me"


def _combo(items: list[tuple[str, Any]], current: Any = None) -> QComboBox:
    combo = QComboBox()
    for label, data in items:
        combo.addItem(label, data)
    if current is not None:
        index = combo.findData(current)
        if index >= 0:
            combo.setCurrentIndex(index)
    return combo


def cell(table: QTableWidget, row: int, column: int = 0) -> QTableWidgetItem:
    """The item of a cell that the editor always fills (text columns)."""
    item = table.item(row, column)
    if item is None:
        item = QTableWidgetItem("")
        table.setItem(row, column, item)
    return item


class _NamedCellsTable(QTableWidget):
    """A table whose cell widgets (combo boxes) are named after their column, for screen readers."""

    def setCellWidget(self, row: int, column: int, widget: QWidget) -> None:  # noqa: N802 (Qt name)
        header = self.horizontalHeaderItem(column)
        if header is not None and not widget.accessibleName():
            widget.setAccessibleName(header.text())
        super().setCellWidget(row, column, widget)


class EditableTable(QWidget):
    """A table with Add / Remove / Up / Down buttons under it."""

    def __init__(self, headers: list[str], stretch: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _NamedCellsTable(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        # Whole rows are selected: a highlighted (bold) header for every column says nothing and
        # is wider than fit_header_labels measures.
        header.setHighlightSections(False)
        for column in range(len(headers)):
            header.setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
            )
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.setToolTip(self.tr("Insert or Ctrl+Shift+Enter"))
        self.remove_button.setToolTip(self.tr("Delete"))
        self.table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Rows by keyboard: Insert or Ctrl+Shift+Enter adds one, Delete removes the current one."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            editing = self.table.state() == QAbstractItemView.State.EditingState
            control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            if event.key() == Qt.Key.Key_Insert or (
                    event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() == control_shift):
                self.add_button.click()
                self.table.setFocus()
                return True
            if event.key() == Qt.Key.Key_Delete and not editing and self.table.currentRow() >= 0:
                self.remove_button.click()
                return True
        return super().eventFilter(watched, event)

    def edit_current(self) -> None:
        """A row just added by the user: its first cell open for typing (as Legg til promises)."""
        item = self.table.item(self.table.currentRow(), 0)
        if item is not None:
            self.table.setFocus()
            self.table.editItem(item)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move_current(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        values = [self._take(row, c) for c in range(self.table.columnCount())]
        self.table.removeRow(row)
        self.table.insertRow(target)
        for column, (item, widget) in enumerate(values):
            if item is not None:
                self.table.setItem(target, column, item)
            if widget is not None:
                self.table.setCellWidget(target, column, widget)
        self.table.setCurrentCell(target, 0)

    def _take(self, row: int, column: int) -> tuple[QTableWidgetItem | None, QWidget | None]:
        item = self.table.takeItem(row, column)
        widget = self.table.cellWidget(row, column)
        if widget is not None:
            clone = self._clone_widget(widget)
            return item, clone
        return item, None

    @staticmethod
    def _clone_widget(widget: QWidget) -> QWidget:
        if isinstance(widget, QComboBox):
            clone = QComboBox()
            for i in range(widget.count()):
                clone.addItem(widget.itemText(i), widget.itemData(i))
            clone.setCurrentIndex(widget.currentIndex())
            return clone
        return widget


class MeetingEditor(QDialog):
    """`MeetingEditor(crm, meeting_id_or_None, parent)`; `saved_meeting_id` after a save."""

    def __init__(self, crm: Crm, meeting_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.lang = ui_lang()
        self.meeting_id = meeting_id
        self.saved_meeting_id: int | None = None
        self._removed_follow_ups: list[int] = []
        self.setObjectName("meetingEditor")
        self.setMinimumSize(860, 600)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("&Meeting"))
        self.tabs.addTab(self._participants_tab(), self.tr("&Participants"))
        self.tabs.addTab(self._agenda_tab(), self.tr("&Agenda and decisions"))
        self.tabs.addTab(self._follow_ups_tab(), self.tr("&Follow-ups"))
        self.tabs.addTab(self._links_tab(), self.tr("&Links"))
        self.tabs.addTab(self._notes_tab(), self.tr("&Notes"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.draft_notice = QLabel()
        self.draft_notice.setObjectName("draftNotice")
        self.draft_notice.setWordWrap(True)
        self.draft_notice.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_notice)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self._load()
        self._clean_state = self._state()
        self._setup_drafts()
        self.setWindowTitle(
            arg(self.tr("Edit meeting: %1"), self.title_edit.text()) if meeting_id else self.tr("New meeting")
        )
        name_accessibly(self)
        self._set_tab_order()
        self.keys = FormKeys(self, self.save)  # Return moves on; Ctrl+Enter and Ctrl+S save
        self.title_edit.setFocus()

    def _set_tab_order(self) -> None:
        """Top to bottom on the first tab, then Save and Close."""
        chain = [self.tabs.tabBar(), self.title_edit, self.when_edit, self.kind_combo, self.duration_spin,
                 self.place_edit, self.chair_edit, self.secretary_edit, self.number_edit, self.status_combo]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # Tabs -----------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.when_edit = QLineEdit()
        self.when_edit.setAccessibleName(self.tr("Date and time"))
        self.when_preview = QLabel()
        self.when_preview.setObjectName("whenPreview")
        self.when_edit.textChanged.connect(self._update_when)
        self.kind_combo = _combo([(k.label(self.lang), k.value) for k in MeetingKind])
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(0, 60 * 24)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setSpecialValueText(self.tr("not set"))
        self.place_edit = QLineEdit()
        self.chair_edit = QLineEdit()
        self.secretary_edit = QLineEdit()
        self.number_edit = QLineEdit()
        self.status_combo = _combo([(s.label(self.lang).capitalize(), s.value) for s in MinutesStatus])
        self.status_combo.setAccessibleName(self.tr("Minutes status"))
        self.case_edit = QLineEdit()
        self.case_edit.setPlaceholderText(self.tr("The county's case number (saksnummer), printed in the header"))
        self.exemption_picker = ExemptionPicker(self.lang)
        self.exemption_picker.setFocusProxy(self.exemption_picker.combo)
        self.exemption_picker.setToolTip(self.tr("The minutes as a whole: public, or exempt with its legal basis"))
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&When"), self.when_edit)
        form.addRow("", self.when_preview)
        form.addRow(self.tr("&Kind"), self.kind_combo)
        form.addRow(self.tr("D&uration"), self.duration_spin)
        form.addRow(self.tr("Pla&ce"), self.place_edit)
        form.addRow(self.tr("C&hair"), self.chair_edit)
        form.addRow(self.tr("&Secretary"), self.secretary_edit)
        form.addRow(self.tr("Minutes num&ber"), self.number_edit)
        form.addRow(self.tr("M&inutes status"), self.status_combo)
        form.addRow(self.tr("Case numbe&r"), self.case_edit)
        form.addRow(self.tr("Public acc&ess"), self.exemption_picker)
        return page

    def _participants_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.participants = EditableTable([self.tr("Name"), self.tr("Organisation"), self.tr("Attendance")], 0)
        self.participants.table.setAccessibleName(self.tr("Participants"))
        self.participant_add_edit = NameListEdit(self.crm.people.complete, detail_key="organisation_name")
        self.participant_add_edit.setPlaceholderText(self.tr("Add people: names, separated by commas"))
        self.participant_add_edit.returnPressed.connect(self._add_participants_from_edit)
        self.participant_add_edit.setProperty("return_acts", True)  # Return adds the rows (FormKeys leaves it)
        self.participants.add_button.clicked.connect(self._add_participants_from_edit)
        add_row = QHBoxLayout()
        add_row.addWidget(self.participant_add_edit, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.participants, 1)
        form = QFormLayout()
        self.other_participants_edit = QLineEdit()
        self.copy_to_edit = QLineEdit()
        self.copy_to_edit.setPlaceholderText(self.tr("Names or e-mail addresses"))
        form.addRow(self.tr("Other participants"), self.other_participants_edit)
        form.addRow(self.tr("Copy to"), self.copy_to_edit)
        layout.addLayout(form)
        return page

    def _agenda_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.agenda = EditableTable([self.tr("Item"), self.tr("O/D/V"), self.tr("Notes"), self.tr("Public access"),
                                     self.tr("Exemption note")], 0)
        agenda_header = self.agenda.table.horizontalHeader()
        agenda_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        char = self.fontMetrics().averageCharWidth()
        agenda_header.resizeSection(2, char * 24)
        agenda_header.setMinimumSectionSize(char * 20)  # the item stays wide enough to type in
        self.agenda.table.setAccessibleName(self.tr("Agenda"))
        self.agenda.add_button.clicked.connect(lambda: self.add_agenda_item("", AgendaMark.ORIENTATION, ""))
        self.agenda.add_button.clicked.connect(self.agenda.edit_current)
        exempt_hint = QLabel(self.tr("Exempt items and decisions are marked in the minutes and left out of "
                                     "the public version."))
        exempt_hint.setEnabled(False)
        exempt_hint.setWordWrap(True)
        hint = QLabel(self.tr("O = information, D = discussion, V = decision"))
        hint.setEnabled(False)
        self.decisions = EditableTable([self.tr("Decision"), self.tr("Public access"), self.tr("Exemption note")], 0)
        self.decisions.table.setAccessibleName(self.tr("Decisions"))
        self.decisions.add_button.clicked.connect(lambda: self.add_decision(""))
        self.decisions.add_button.clicked.connect(self.decisions.edit_current)
        layout.addWidget(QLabel(self.tr("Agenda")))
        layout.addWidget(self.agenda, 3)
        layout.addWidget(hint)
        layout.addWidget(QLabel(self.tr("Decisions")))
        layout.addWidget(self.decisions, 2)
        layout.addWidget(exempt_hint)
        # The legal bases are long: fixed widths keep the item and decision text readable even at
        # the editor's smallest size (the full choice shows when the list opens, and as the
        # combo's tooltip).
        for table, column in ((self.agenda.table, 3), (self.decisions.table, 1)):
            header = table.horizontalHeader()
            for offset, chars in ((0, 36), (1, 20)):
                header.setSectionResizeMode(column + offset, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column + offset, char * chars)
            fit_header_labels(header)
        return page

    def _follow_ups_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.follow_ups = EditableTable(
            [self.tr("What"), self.tr("Responsible"), self.tr("Due"), self.tr("Status")], 0
        )
        self.follow_ups.table.setAccessibleName(self.tr("Follow-ups"))
        self.follow_ups.add_button.clicked.connect(lambda: self.add_follow_up(FollowUp(text="")))
        self.follow_ups.add_button.clicked.connect(self.follow_ups.edit_current)
        self.follow_ups.remove_button.clicked.disconnect()
        self.follow_ups.remove_button.clicked.connect(self._remove_follow_up)
        hint = QLabel(self.tr("Due dates in Norwegian, e.g. “fredag”, “14.06”, “om 2 uker”."))
        hint.setEnabled(False)
        layout.addWidget(self.follow_ups, 1)
        layout.addWidget(hint)
        return page

    def _links_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.county_boxes: dict[int, QCheckBox] = {}
        row = QHBoxLayout()
        for county in self.crm.counties.all():
            assert county.id is not None
            box = QCheckBox(county.name)
            self.county_boxes[county.id] = box
            row.addWidget(box)
        row.addStretch(1)
        counties = QWidget()
        counties.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.orgs_edit = NameListEdit(self.crm.organisations.complete)
        self.orgs_edit.setPlaceholderText(self.tr("Organisations, separated by commas"))
        self.orgs_edit.setAccessibleName(self.tr("Organisations"))
        self.initiatives_edit = NameListEdit(self._initiative_source)
        self.initiatives_edit.setPlaceholderText(self.tr("Initiatives, separated by commas"))
        self.initiatives_edit.setAccessibleName(self.tr("Initiatives"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Tags, separated by commas"))
        form.addRow(self.tr("Counties"), counties)
        form.addRow(self.tr("&Organisations"), self.orgs_edit)
        form.addRow(self.tr("&Initiatives"), self.initiatives_edit)
        form.addRow(self.tr("Ta&gs"), self.tags_edit)
        return page

    def _notes_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.private_notes_edit = QPlainTextEdit()
        self.private_notes_edit.setTabChangesFocus(True)
        self.notes_edit.setTabChangesFocus(True)
        notes_label = QLabel(self.tr("Notes (in t&he minutes)"))
        notes_label.setBuddy(self.notes_edit)
        self.notes_exemption_picker = ExemptionPicker(self.lang)
        self.notes_exemption_picker.combo.setAccessibleName(self.tr("Notes: public or exempt"))
        layout.addWidget(notes_label)
        layout.addWidget(self.notes_exemption_picker)
        layout.addWidget(self.notes_edit, 3)
        layout.addWidget(private_notes_frame(self.private_notes_edit), 1)
        return page

    def _initiative_source(self, prefix: str) -> list[dict[str, Any]]:
        try:
            rows = self.crm.initiatives.query_rows(ListFilter(text=prefix), limit=10)
        except UserError:
            return []
        return [{"id": r["id"], "name": r["title"]} for r in rows]

    # Rows -----------------------------------------------------------------
    def add_participant(self, person_id: int | None, name: str, organisation: str = "",
                        attendance: Attendance = Attendance.PRESENT) -> None:
        table = self.participants.table
        row = table.rowCount()
        table.insertRow(row)
        name_item = QTableWidgetItem(name if person_id is not None else arg(self.tr("%1 (new)"), name))
        name_item.setData(ID_ROLE, person_id)
        name_item.setData(ID_ROLE + 1, name)
        name_item.setFlags(name_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        org_item = QTableWidgetItem(organisation)
        org_item.setFlags(org_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(row, 0, name_item)
        table.setItem(row, 1, org_item)
        table.setCellWidget(row, 2, _combo([(a.label(self.lang), a.value) for a in Attendance], attendance.value))
        self._watch_combo(table.cellWidget(row, 2))
        self._refresh_responsible_choices()

    def _participant_rows(self) -> list[tuple[int | None, str, str]]:
        table = self.participants.table
        rows = []
        for row in range(table.rowCount()):
            item = cell(table, row)
            combo = table.cellWidget(row, 2)
            assert isinstance(combo, QComboBox)
            rows.append((item.data(ID_ROLE), str(item.data(ID_ROLE + 1)), str(combo.currentData())))
        return rows

    def _add_participants_from_edit(self) -> None:
        present = {name.casefold() for _pid, name, _a in self._participant_rows()}
        for name in self.participant_add_edit.names():
            if name.casefold() in present:
                continue
            person_id = self.participant_add_edit.known_id(name)
            if person_id is None:
                found = self.crm.people.find_by_name(name)
                person_id = found.id if found else None
            organisation = ""
            if person_id is not None:
                person = self.crm.people.get(person_id)
                if person.organisation_id is not None:
                    organisation = self.crm.organisations.get(person.organisation_id).name
            self.add_participant(person_id, name, organisation)
        self.participant_add_edit.clear()

    def add_agenda_item(self, title: str, mark: AgendaMark, notes: str, exemption: Exemption | None = None) -> None:
        table = self.agenda.table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(title))
        table.setCellWidget(
            row, 1, _combo([(f"{m.value} – {m.label(self.lang)}", m.value) for m in AgendaMark], AgendaMark(mark).value)
        )
        self._watch_combo(table.cellWidget(row, 1))
        table.setItem(row, 2, QTableWidgetItem(notes))
        self._set_exemption_cells(table, row, 3, exemption)
        table.setCurrentCell(row, 0)

    def add_decision(self, text: str, exemption: Exemption | None = None) -> None:
        table = self.decisions.table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(text))
        self._set_exemption_cells(table, row, 1, exemption)
        table.setCurrentCell(row, 0)

    def _set_exemption_cells(self, table: QTableWidget, row: int, column: int, exemption: Exemption | None) -> None:
        """A row's public-or-exempt choice (a combo) and its note (text) in two cells."""
        combo = exemption_combo(self.lang, exemption.basis.value if exemption is not None else None, compact=True)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        table.setCellWidget(row, column, combo)
        self._watch_combo(combo)
        table.setItem(row, column + 1, QTableWidgetItem(exemption.note if exemption is not None else ""))

    def _responsible_choices(self) -> list[tuple[str, Any]]:
        choices: list[tuple[str, Any]] = [(me_name(), ME_KEY)]
        for person_id, name, _attendance in self._participant_rows():
            choices.append((name, person_id if person_id is not None else f"name:{name}"))
        return choices

    def _refresh_responsible_choices(self) -> None:
        if not hasattr(self, "follow_ups"):
            return
        table = self.follow_ups.table
        choices = self._responsible_choices()
        for row in range(table.rowCount()):
            combo = table.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            current, current_text = combo.currentData(), combo.currentText()
            combo.clear()
            for label, data in choices:
                combo.addItem(label, data)
            index = combo.findData(current)
            if index < 0 and current is not None:
                combo.addItem(current_text, current)
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))

    def add_follow_up(self, item: FollowUp) -> None:
        table = self.follow_ups.table
        row = table.rowCount()
        table.insertRow(row)
        text_item = QTableWidgetItem(item.text)
        text_item.setData(ID_ROLE, item.id)
        table.setItem(row, 0, text_item)
        choices = self._responsible_choices()
        current: Any = ME_KEY if item.responsible_person_id is None else item.responsible_person_id
        if current != ME_KEY and all(data != current for _label, data in choices):
            choices.append((self.crm.people.get(current).name, current))
        table.setCellWidget(row, 1, _combo(choices, current))
        table.setItem(row, 2, QTableWidgetItem(format_date_short(item.due_date, self.lang) if item.due_date else ""))
        table.setCellWidget(
            row, 3, _combo([(s.label(self.lang), s.value) for s in FollowUpStatus], FollowUpStatus(item.status).value)
        )
        self._watch_combo(table.cellWidget(row, 1))
        self._watch_combo(table.cellWidget(row, 3))
        table.setCurrentCell(row, 0)

    def _remove_follow_up(self) -> None:
        table = self.follow_ups.table
        row = table.currentRow()
        if row < 0:
            return
        item_id = cell(table, row).data(ID_ROLE)
        if item_id is not None:
            self._removed_follow_ups.append(int(item_id))
        table.removeRow(row)

    # Drafts -------------------------------------------------------------------
    def _watch_combo(self, widget: QWidget | None) -> None:
        drafts = getattr(self, "drafts", None)
        if drafts is not None and isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(drafts.schedule)

    def _setup_drafts(self) -> None:
        """Autosave a draft a second after each change; restore one left by a crash.

        Drafts hold the private notes too: they stay on this machine, in the user
        data folder beside the settings (like the database), never exported."""
        self.drafts = DraftAutosave(self.crm, "meeting_editor", self.meeting_id, self.draft_state, self.is_dirty, self)
        schedule = self.drafts.schedule
        for edit in (self.title_edit, self.when_edit, self.place_edit, self.chair_edit, self.secretary_edit,
                     self.number_edit, self.other_participants_edit, self.copy_to_edit, self.orgs_edit,
                     self.initiatives_edit, self.tags_edit, self.case_edit):
            edit.textChanged.connect(schedule)
        for picker in (self.exemption_picker, self.notes_exemption_picker):
            picker.changed.connect(schedule)
        for plain in (self.notes_edit, self.private_notes_edit):
            plain.textChanged.connect(schedule)
        for combo in (self.kind_combo, self.status_combo):
            combo.currentIndexChanged.connect(schedule)
        self.duration_spin.valueChanged.connect(schedule)
        for box in self.county_boxes.values():
            box.toggled.connect(schedule)
        for editable in (self.participants, self.agenda, self.decisions, self.follow_ups):
            table = editable.table
            table.itemChanged.connect(schedule)
            model = table.model()
            model.rowsInserted.connect(schedule)
            model.rowsRemoved.connect(schedule)
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    self._watch_combo(table.cellWidget(row, column))
        draft = self.drafts.load()
        if draft is not None:
            self.drafts.paused = True
            try:
                self.restore_draft(draft.state)
            finally:
                self.drafts.paused = False
            self.draft_notice.setText(restored_notice(draft, self.lang, self.tr("Restored a draft from %1")))
            self.draft_notice.setVisible(True)

    def draft_state(self) -> dict[str, Any]:
        participants = []
        table = self.participants.table
        for row in range(table.rowCount()):
            item, org, combo = cell(table, row), table.item(row, 1), table.cellWidget(row, 2)
            participants.append({
                "id": item.data(ID_ROLE), "name": str(item.data(ID_ROLE + 1)),
                "organisation": org.text() if org else "",
                "attendance": combo.currentData() if isinstance(combo, QComboBox) else Attendance.PRESENT.value,
            })
        follow_ups = []
        table = self.follow_ups.table
        for row, values in enumerate(self._table_texts(table)):
            follow_ups.append({"id": cell(table, row).data(ID_ROLE), "text": values[0], "responsible": values[1],
                               "due": values[2], "status": values[3]})
        return {
            "title": self.title_edit.text(), "when": self.when_edit.text(), "kind": self.kind_combo.currentData(),
            "duration": self.duration_spin.value(), "place": self.place_edit.text(), "chair": self.chair_edit.text(),
            "secretary": self.secretary_edit.text(), "number": self.number_edit.text(),
            "status": self.status_combo.currentData(),
            "other_participants": self.other_participants_edit.text(), "copy_to": self.copy_to_edit.text(),
            "participants": participants,
            "agenda": [{"title": v[0], "mark": v[1], "notes": v[2], "exempt": v[3], "exempt_note": v[4]}
                       for v in self._table_texts(self.agenda.table)],
            "decisions": [v[0] for v in self._table_texts(self.decisions.table)],
            "decision_exemptions": [[v[1], v[2]] for v in self._table_texts(self.decisions.table)],
            "case_number": self.case_edit.text(),
            "exemption": self.exemption_picker.state(),
            "notes_exemption": self.notes_exemption_picker.state(),
            "follow_ups": follow_ups,
            "removed_follow_ups": list(self._removed_follow_ups),
            "counties": [cid for cid, box in self.county_boxes.items() if box.isChecked()],
            "organisations": self.orgs_edit.text(), "initiatives": self.initiatives_edit.text(),
            "tags": self.tags_edit.text(), "notes": self.notes_edit.toPlainText(),
            "private_notes": self.private_notes_edit.toPlainText(),
        }

    def restore_draft(self, state: dict[str, Any]) -> None:
        """Put a saved draft back in the form; anything unreadable in it is skipped."""
        def text(name: str) -> str:
            value = state.get(name)
            return value if isinstance(value, str) else ""

        def rows(name: str) -> list[dict[str, Any]]:
            value = state.get(name)
            return [r for r in value if isinstance(r, dict)] if isinstance(value, list) else []

        def select(combo: QComboBox, data: Any) -> None:
            index = combo.findData(data)
            if index >= 0:
                combo.setCurrentIndex(index)

        for edit, name in ((self.title_edit, "title"), (self.when_edit, "when"), (self.place_edit, "place"),
                           (self.chair_edit, "chair"), (self.secretary_edit, "secretary"),
                           (self.number_edit, "number"), (self.other_participants_edit, "other_participants"),
                           (self.copy_to_edit, "copy_to"), (self.orgs_edit, "organisations"),
                           (self.initiatives_edit, "initiatives"), (self.tags_edit, "tags"),
                           (self.case_edit, "case_number")):
            edit.setText(text(name))

        def exemption_from(value: Any) -> Exemption | None:
            if isinstance(value, list) and len(value) == 2 and all(isinstance(v, str) for v in value):
                return exemption_of(value[0], value[1])
            return None

        self.exemption_picker.set_value(exemption_from(state.get("exemption")))
        self.notes_exemption_picker.set_value(exemption_from(state.get("notes_exemption")))
        select(self.kind_combo, state.get("kind"))
        select(self.status_combo, state.get("status"))
        if isinstance(state.get("duration"), int):
            self.duration_spin.setValue(int(state["duration"]))
        self.notes_edit.setPlainText(text("notes"))
        self.private_notes_edit.setPlainText(text("private_notes"))
        counties = state.get("counties")
        if isinstance(counties, list):
            for county_id, box in self.county_boxes.items():
                box.setChecked(county_id in counties)
        for editable in (self.participants, self.agenda, self.decisions, self.follow_ups):
            editable.table.setRowCount(0)
        for row in rows("participants"):
            person_id = row.get("id") if isinstance(row.get("id"), int) else None
            try:
                attendance = Attendance(str(row.get("attendance")))
            except ValueError:
                attendance = Attendance.PRESENT
            self.add_participant(person_id, str(row.get("name") or ""), str(row.get("organisation") or ""),
                                 attendance)
        for row in rows("agenda"):
            try:
                mark = AgendaMark(str(row.get("mark")))
            except ValueError:
                mark = AgendaMark.ORIENTATION
            self.add_agenda_item(str(row.get("title") or ""), mark, str(row.get("notes") or ""),
                                 exemption_of(str(row.get("exempt") or ""), str(row.get("exempt_note") or "")))
        saved_marks = state.get("decision_exemptions")
        decision_marks: list[Any] = saved_marks if isinstance(saved_marks, list) else []
        for index, decision in enumerate(state.get("decisions") or []):
            if isinstance(decision, str):
                marked = decision_marks[index] if index < len(decision_marks) else None
                self.add_decision(decision, exemption_from(marked))
        for row in rows("follow_ups"):
            try:
                status = FollowUpStatus(str(row.get("status")))
            except ValueError:
                status = FollowUpStatus.OPEN
            responsible = str(row.get("responsible") or ME_KEY)
            person_id = int(responsible) if responsible.isdigit() else None
            try:
                self.add_follow_up(FollowUp(text=str(row.get("text") or ""), responsible_person_id=person_id,
                                            status=status))
            except UserError:  # the person is gone: "me" instead
                self.add_follow_up(FollowUp(text=str(row.get("text") or ""), status=status))
            table = self.follow_ups.table
            last = table.rowCount() - 1
            cell(table, last).setData(ID_ROLE, row.get("id") if isinstance(row.get("id"), int) else None)
            table.setItem(last, 2, QTableWidgetItem(str(row.get("due") or "")))
            combo = table.cellWidget(last, 1)
            if isinstance(combo, QComboBox) and not responsible.isdigit():
                select(combo, responsible)
        removed = state.get("removed_follow_ups")
        if isinstance(removed, list):
            self._removed_follow_ups = [int(i) for i in removed if isinstance(i, int)]

    # Load / state ------------------------------------------------------------
    def _when_text(self, local: dt.datetime) -> str:
        """The meeting's time as the user would type it: «14.06.2016 kl 10.00» / "14/06/2016 10:00"."""
        if self.lang == "en":
            return f"{format_date_short(local, 'en')} {local.hour:02d}:{local.minute:02d}"
        return f"{format_date_short(local, 'nb')} kl {local.hour:02d}.{local.minute:02d}"

    def _load(self) -> None:
        if self.meeting_id is None:
            from btvcrm import settings

            self.when_edit.setText(self._when_text(dt.datetime.combine(clock.today(), dt.time(9, 0))))
            self.chair_edit.setText(settings.load().user_name)  # she usually chairs her own meetings
            return
        meeting = self.crm.meetings.get(self.meeting_id)
        self.meeting = meeting
        self.title_edit.setText(meeting.title)
        self.when_edit.setText(self._when_text(meeting.starts_at.astimezone(clock.OSLO)))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(meeting.kind.value))
        self.duration_spin.setValue(meeting.duration_minutes or 0)
        self.place_edit.setText(meeting.place)
        self.chair_edit.setText(meeting.chair)
        self.secretary_edit.setText(meeting.secretary)
        self.number_edit.setText(meeting.minutes_number)
        self.status_combo.setCurrentIndex(self.status_combo.findData(meeting.minutes_status.value))
        self.case_edit.setText(meeting.case_number)
        self.exemption_picker.set_value(meeting.exemption)
        self.notes_exemption_picker.set_value(meeting.notes_exemption)
        for row in self.crm.meetings.participants_detail(self.meeting_id):
            self.add_participant(row["id"], row["name"], row["organisation_name"] or "", Attendance(row["attendance"]))
        self.other_participants_edit.setText(meeting.other_participants)
        self.copy_to_edit.setText(meeting.copy_to)
        for agenda_item in meeting.agenda:
            self.add_agenda_item(agenda_item.title, agenda_item.mark, agenda_item.notes, agenda_item.exemption)
        for index, decision in enumerate(meeting.decisions):
            self.add_decision(decision, meeting.decision_exemptions.get(index))
        for follow_up in self.crm.follow_ups.for_meeting(self.meeting_id):
            self.add_follow_up(follow_up)
        for county_id, box in self.county_boxes.items():
            box.setChecked(county_id in meeting.county_ids)
        self.orgs_edit.set_names([self.crm.organisations.get(i).name for i in meeting.organisation_ids])
        self.initiatives_edit.set_names([self.crm.initiatives.get(i).title for i in meeting.initiative_ids])
        self.tags_edit.setText(", ".join(meeting.tags))
        self.notes_edit.setPlainText(meeting.notes)
        self.private_notes_edit.setPlainText(meeting.private_notes)

    def _update_when(self) -> None:
        try:
            parsed, moment = parse_meeting_when(self.when_edit.text(), today=clock.today())
        except DateParseError as error:
            self.when_preview.setText(error.message_for(self.lang))
            self.when_preview.setStyleSheet("color: #b91c1c;")
            return
        self.when_preview.setStyleSheet("")
        self.when_preview.setText(
            format_datetime_long(moment, self.lang) if parsed.time else format_date_long(parsed.date, self.lang)
        )

    def _table_texts(self, table: QTableWidget) -> list[list[str]]:
        rows = []
        for row in range(table.rowCount()):
            values = []
            for column in range(table.columnCount()):
                widget = table.cellWidget(row, column)
                if isinstance(widget, QComboBox):
                    values.append(str(widget.currentData()))
                else:
                    item = table.item(row, column)
                    values.append(item.text() if item else "")
            rows.append(values)
        return rows

    def _state(self) -> str:
        parts: list[Any] = [
            self.title_edit.text(), self.when_edit.text(), self.kind_combo.currentData(), self.duration_spin.value(),
            self.place_edit.text(), self.chair_edit.text(), self.secretary_edit.text(), self.number_edit.text(),
            self.status_combo.currentData(), self.other_participants_edit.text(), self.copy_to_edit.text(),
            self._table_texts(self.participants.table), self._table_texts(self.agenda.table),
            self._table_texts(self.decisions.table), self._table_texts(self.follow_ups.table),
            [box.isChecked() for box in self.county_boxes.values()], self.orgs_edit.names(),
            self.initiatives_edit.names(), self.tags_edit.text(), self.notes_edit.toPlainText(),
            self.private_notes_edit.toPlainText(), self._removed_follow_ups,
            self.case_edit.text(), self.exemption_picker.state(), self.notes_exemption_picker.state(),
        ]
        return repr(parts)

    def is_dirty(self) -> bool:
        return self._state() != self._clean_state

    # Save ---------------------------------------------------------------------
    def request(self) -> MeetingRequest:
        """What the form says, as the meeting service's request (nothing is saved here)."""
        participants = [ParticipantEntry(name, pid, Attendance(attendance))
                        for pid, name, attendance in self._participant_rows()]
        follow_ups = []
        table = self.follow_ups.table
        for row, values in enumerate(self._table_texts(table)):
            entry = FollowUpEntry(values[0], id=cell(table, row).data(ID_ROLE), due_text=values[2],
                                  status=FollowUpStatus(values[3]))
            responsible = values[1]
            if responsible.startswith("name:"):
                entry.responsible_name = responsible[5:]
            elif responsible != ME_KEY:
                entry.responsible_person_id = int(responsible)
            follow_ups.append(entry)
        decision_rows = self._table_texts(self.decisions.table)
        return MeetingRequest(
            id=self.meeting_id,
            title=self.title_edit.text(),
            when_text=self.when_edit.text(),
            kind=MeetingKind(self.kind_combo.currentData()),
            duration_minutes=self.duration_spin.value() or None,
            place=self.place_edit.text(),
            chair=self.chair_edit.text(),
            secretary=self.secretary_edit.text(),
            minutes_number=self.number_edit.text(),
            minutes_status=MinutesStatus(self.status_combo.currentData()),
            participants=participants,
            other_participants=self.other_participants_edit.text(),
            copy_to=self.copy_to_edit.text(),
            agenda=[AgendaItem(title=v[0], mark=AgendaMark(v[1]), notes=v[2], exemption=exemption_of(v[3], v[4]))
                    for v in self._table_texts(self.agenda.table)],
            decisions=[v[0] for v in decision_rows],
            follow_ups=follow_ups,
            removed_follow_up_ids=list(self._removed_follow_ups),
            county_ids=[cid for cid, box in self.county_boxes.items() if box.isChecked()],
            organisations=self.orgs_edit.names(),
            known_organisations=self.orgs_edit.known_ids(),
            initiatives=self.initiatives_edit.names(),
            known_initiatives=self.initiatives_edit.known_ids(),
            tags=[t.strip() for t in self.tags_edit.text().split(",") if t.strip()],
            notes=self.notes_edit.toPlainText(),
            private_notes=self.private_notes_edit.toPlainText(),
            case_number=self.case_edit.text().strip(),
            exemptions=MeetingExemptions(
                meeting=self.exemption_picker.value(),
                notes=self.notes_exemption_picker.value(),
                decisions={index: exemption for index, v in enumerate(decision_rows)
                           if (exemption := exemption_of(v[1], v[2])) is not None},
            ),
        )

    def build_and_save(self) -> SavedMeeting:
        """Form -> request -> `services.meetings.save_meeting`; the rows learn their ids after the commit."""
        saved = save_meeting(self.crm, self.request())
        self._learn_ids(saved)
        return saved

    def _learn_ids(self, saved: SavedMeeting) -> None:
        """Give the table rows the ids of what was just saved, so a second save edits them."""
        table = self.participants.table
        by_name: dict[str, int] = {}
        for row, person_id in enumerate(saved.participant_ids[: table.rowCount()]):
            item = cell(table, row)
            name = str(item.data(ID_ROLE + 1))
            if item.data(ID_ROLE) is None:
                item.setData(ID_ROLE, person_id)
                item.setText(name)
            by_name[name.casefold()] = person_id
        self._refresh_responsible_choices()
        table = self.follow_ups.table
        for row, item_id in enumerate(saved.follow_up_ids[: table.rowCount()]):
            cell(table, row).setData(ID_ROLE, item_id)
            combo = table.cellWidget(row, 1)
            if not isinstance(combo, QComboBox):
                continue
            data = combo.currentData()
            if isinstance(data, str) and data.startswith("name:") and data[5:].casefold() in by_name:
                index = combo.findData(by_name[data[5:].casefold()])
                if index >= 0:
                    combo.setCurrentIndex(index)

    def save(self) -> bool:
        try:
            saved = self.build_and_save()
        except UserError as error:
            show_user_error(self, error)
            return False
        self.saved_meeting_id = self.meeting_id = saved.meeting_id
        self._removed_follow_ups = []
        self._clean_state = self._state()
        self.drafts.discard()
        self.accept()
        return True

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("The meeting has changes that are not saved. Save them?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
        self.drafts.discard()
        super().reject()
