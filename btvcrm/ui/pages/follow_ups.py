"""The follow-up page: grouped Forfalt / I dag / Denne uka / Senere / Fullført.

One key does the common thing on the selected item: D = done, S = snooze one
day, W = snooze one week, Shift+S = choose a date; Enter opens what it belongs to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

# Dialogs through the module: PySide makes a class, with a Python enum per C++ enum in it,
# when its name is first read; not at start.
from PySide6 import QtWidgets
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btvcrm.domain import clock, dates
from btvcrm.domain.errors import UserError
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.kinds import Kind
from btvcrm.storage.crm import Crm
from btvcrm.storage.repo_base import parse_iso_date
from btvcrm.ui import show_user_error
from btvcrm.ui.i18n import arg, current_lang, translate
from btvcrm.ui.kinds import new_label
from btvcrm.ui.widgets.common import fit_header_labels, label_width, me_name

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

#: A tree widget holds real items: beyond this many per group the list says how many more there are.
MAX_SHOWN_PER_GROUP = 200
OPEN_GROUPS = ("overdue", "today", "this_week", "later", "no_date")
ALL_GROUPS = (*OPEN_GROUPS, "done")


def group_title(name: str) -> str:
    return {
        "overdue": translate("FollowUps", "Overdue"),
        "today": translate("FollowUps", "Today"),
        "this_week": translate("FollowUps", "This week"),
        "later": translate("FollowUps", "Later"),
        "no_date": translate("FollowUps", "No due date"),
        "done": translate("FollowUps", "Done"),
    }[name]


def due_text(row: dict[str, Any], today: dt.date) -> str:
    due = parse_iso_date(row.get("due_date"))
    if due is None:
        return ""
    lang = current_lang()
    day, relative = dates.format_date_short(due, lang), dates.describe_recent(due, today, lang)
    return day if relative == day else f"{day} ({relative})"  # beyond two months the date says enough


class ChooseDateDialog(QDialog):
    def __init__(self, initial: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a new due date"))
        self.calendar = QtWidgets.QCalendarWidget(self)
        self.calendar.setAccessibleName(self.tr("New due date"))
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setSelectedDate(QDate(initial.year, initial.month, initial.day))
        self.calendar.activated.connect(self.accept)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def chosen(self) -> dt.date:
        q = self.calendar.selectedDate()
        return dt.date(q.year(), q.month(), q.day())


class FollowUpTree(QTreeWidget):
    """Follow-ups in due groups, with one-key actions on the current item."""

    open_requested = Signal(str, int)

    def __init__(self, crm: Crm, groups: tuple[str, ...] = ALL_GROUPS, parent: QWidget | None = None,
                 *, load: bool = True) -> None:
        super().__init__(parent)
        self.crm = crm
        self.groups = groups
        self.per_group = MAX_SHOWN_PER_GROUP  # I dag shows fewer: "… and N more" leads to the page
        self.list_filter = ListFilter()
        self.setAccessibleName(self.tr("Follow-ups"))
        self.setColumnCount(4)
        self.setHeaderLabels([self.tr("What"), self.tr("Due"), self.tr("Responsible"), self.tr("Concerns")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        char = self.fontMetrics().averageCharWidth()
        for column, chars in ((1, 24), (2, 14), (3, 22)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, char * chars)
        fit_header_labels(header)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._add_action(self.tr("Mark done"), "D", self.complete_current)
        self._add_action(self.tr("Snooze 1 day"), "S", lambda: self.snooze_current(days=1))
        self._add_action(self.tr("Snooze 1 week"), "W", lambda: self.snooze_current(days=7))
        self._add_action(self.tr("Choose date…"), "Shift+S", self.choose_date_current)
        self._add_action(self.tr("Reassign…"), "R", self.reassign_current)
        self.itemActivated.connect(self._activated)
        self.counts: dict[str, int] = {}
        if load:  # the Today page loads it with the rest of the page
            self.reload()

    def _add_action(self, text: str, key: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def set_filter(self, list_filter: ListFilter) -> None:
        self.list_filter = list_filter
        self.reload()

    def reload(self) -> None:
        current_id = self.current_id()
        current_row = self._flat_position()
        self.clear()
        today = clock.today()
        grouped = self.crm.follow_ups.grouped(self.list_filter, today=today, limit_per_group=self.per_group,
                                              groups=self.groups)
        totals = self.crm.follow_ups.group_counts(self.list_filter, today=today, groups=self.groups)
        bold = QFont(self.font())
        bold.setBold(True)
        flat: list[QTreeWidgetItem] = []
        me = me_name()
        self.counts = {}
        for name in self.groups:
            rows = grouped.get(name, [])
            self.counts[name] = totals.get(name, len(rows))
            if not rows and name not in ("overdue", "today"):
                continue
            header = QTreeWidgetItem(self, [f"{group_title(name)} ({self.counts[name]})"])
            header.setFont(0, bold)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            header.setFirstColumnSpanned(True)
            for row in rows[:self.per_group]:
                concerns = row.get("organisation_name") or row.get("meeting_title") or row.get("county_name") or ""
                item = QTreeWidgetItem(header, [row["text"], due_text(row, today), me if row.get("responsible_person_id") is None else row.get("responsible") or "", concerns])
                item.setData(0, ID_ROLE, row["id"])
                item.setData(0, ROW_ROLE, row)
                if name == "overdue":
                    item.setForeground(1, QBrush(self.palette().link().color()))
                    item.setFont(1, bold)
                    item.setText(1, "⚠ " + item.text(1))
                if name == "done":
                    font = QFont(self.font())
                    font.setStrikeOut(True)
                    item.setFont(0, font)
                flat.append(item)
            if self.counts[name] > len(rows):
                more = QTreeWidgetItem(header, [arg(self.tr("… and %1 more: narrow the list with the filters on Follow-ups"), self.counts[name] - len(rows))])
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
                more.setFirstColumnSpanned(True)
                more.setForeground(0, self.palette().placeholderText())
            header.setExpanded(True)
        self._fit_due_column(flat, bold)
        if not flat:
            return
        target = None
        if current_id is not None:
            target = next((i for i in flat if i.data(0, ID_ROLE) == current_id), None)
        if target is None and current_row is not None:
            target = flat[min(current_row, len(flat) - 1)]
        self.setCurrentItem(target or flat[0])

    def _fit_due_column(self, items: list[QTreeWidgetItem], bold: QFont) -> None:
        """The due column as wide as its longest text ("⚠ 10.06.2016 (for 10 dager siden)"),
        no wider: what is to be done («Hva») gets the rest."""
        metrics = QFontMetrics(bold)  # overdue rows are bold and marked with ⚠
        widest = max((metrics.horizontalAdvance(item.text(1)) for item in items), default=0)
        header = self.header()
        header.resizeSection(1, max(label_width(header, 1) + 8, widest + 24))

    def _flat_position(self) -> int | None:
        item = self.currentItem()
        if item is None or item.data(0, ID_ROLE) is None:
            return None
        position = 0
        for top in range(self.topLevelItemCount()):
            group = self.topLevelItem(top)
            assert group is not None
            for child in range(group.childCount()):
                if group.child(child) is item:
                    return position
                position += 1
        return None

    def current_id(self) -> int | None:
        item = self.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def current_row(self) -> dict[str, Any] | None:
        item = self.currentItem()
        return item.data(0, ROW_ROLE) if item is not None else None

    def _run(self, action: Callable[[int], object]) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        try:
            action(item_id)
        except UserError as error:
            show_user_error(self, error)
        self.reload()

    def complete_current(self) -> None:
        self._run(lambda i: self.crm.follow_ups.complete(i))

    def snooze_current(self, *, days: int) -> None:
        self._run(lambda i: self.crm.follow_ups.snooze(i, days=days))

    def choose_date_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        start = parse_iso_date(row.get("due_date")) or clock.today()
        dialog = ChooseDateDialog(max(start, clock.today()), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            chosen = dialog.chosen()
            self._run(lambda i: self.crm.follow_ups.snooze(i, until=chosen))

    def reassign_current(self) -> None:
        if self.current_id() is None:
            return
        people = self.crm.people.query_rows(sort="name", limit=2000)
        names = [me_name()] + [p["name"] for p in people]
        name, ok = QInputDialog.getItem(self, self.tr("Reassign"), self.tr("Responsible:"), names, 0, False)
        if not ok:
            return
        index = names.index(name)
        person_id = None if index == 0 else int(people[index - 1]["id"])
        self._run(lambda i: self.crm.follow_ups.reassign(i, person_id))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        row = item.data(0, ROW_ROLE)
        if not row:
            return
        for kind, key in ((Kind.MEETING, "meeting_id"), (Kind.ORGANISATION, "organisation_id"),
                          (Kind.PERSON, "person_id"), (Kind.INITIATIVE, "initiative_id"), (Kind.COUNTY, "county_id")):
            if row.get(key):
                self.open_requested.emit(kind, int(row[key]))
                return


class FollowUpsPage(QWidget):
    open_requested = Signal(str, int)
    new_requested = Signal(str)

    def __init__(self, crm: Crm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        title = QLabel("<h2>" + self.tr("Follow-ups") + "</h2>")
        hint = QLabel(self.tr("D = done · S = +1 day · W = +1 week · Shift+S = choose date · R = reassign · Enter = open"))
        hint.setWordWrap(True)
        self.tree = FollowUpTree(crm, ALL_GROUPS, self)
        self.tree.open_requested.connect(self.open_requested)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(new_label(Kind.FOLLOW_UP))
        self.new_button.setObjectName("newRecord")
        self.new_button.setToolTip(arg(self.tr("%1 (Ctrl+N)"), new_label(Kind.FOLLOW_UP)))
        self.new_button.clicked.connect(lambda: self.new_requested.emit(Kind.FOLLOW_UP))
        buttons.addWidget(self.new_button)
        for text, slot in (
            (self.tr("&Done"), self.tree.complete_current),
            (self.tr("+1 &day"), lambda: self.tree.snooze_current(days=1)),
            (self.tr("+1 &week"), lambda: self.tree.snooze_current(days=7)),
            (self.tr("&Choose date…"), self.tree.choose_date_current),
            (self.tr("&Reassign…"), self.tree.reassign_current),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        self.setFocusProxy(self.tree)

    def reload(self) -> None:
        self.tree.reload()

    def current_item(self) -> tuple[Kind, int] | None:
        item_id = self.tree.current_id()
        return (Kind.FOLLOW_UP, item_id) if item_id is not None else None
