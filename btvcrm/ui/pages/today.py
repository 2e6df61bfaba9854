"""I dag: what is due, today's meetings, the anchoring matrix, who needs a call, recent activity."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btvcrm.domain import clock, dates
from btvcrm.domain.enums import AnchoringStage, MeetingKind
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.kinds import Kind
from btvcrm.storage.crm import Crm
from btvcrm.storage.keep_in_touch import key_contact_count
from btvcrm.storage.repo_base import parse_iso_date
from btvcrm.storage.timeline import recent_activity
from btvcrm.storage.today import TODAY_GROUPS
from btvcrm.ui.i18n import arg, current_lang, translate, upper_first
from btvcrm.ui.pages.follow_ups import FollowUpTree
from btvcrm.ui.widgets.common import fit_header_labels

# Due follow-ups shown per group on I dag; the rest is "… and N more" (the Follow-ups page shows 200).
TODAY_SHOWN_PER_GROUP = 50
ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 3


def section(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(f"<b>{title}</b>")
    label.setBuddy(widget)
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box


def meeting_when(moment: dt.datetime, today: dt.date) -> str:
    lang = current_lang()
    day = dates.describe_relative(moment.date(), today, lang)
    if abs((moment.date() - today).days) > 1:
        day = dates.format_date_short(moment.date(), lang)
    return f"{day} {dates.format_time(moment, lang)}"


def kind_label(value: str | None) -> str:
    try:
        return MeetingKind(value).label(current_lang()) if value else ""
    except ValueError:
        return value or ""


class LinkTree(QTreeWidget):
    """A small read-only list whose rows open an item (Enter / double-click)."""

    open_requested = Signal(str, int)

    def __init__(self, headers: list[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setHeaderLabels(headers)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            self.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.header().resizeSection(column, self.fontMetrics().averageCharWidth() * 20)
        fit_header_labels(self.header())
        self.itemActivated.connect(self._activated)

    def add(self, kind: str, item_id: int, texts: list[str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, texts)
        item.setData(0, ID_ROLE, item_id)
        item.setData(0, KIND_ROLE, kind)
        return item

    def placeholder(self, text: str) -> None:
        item = QTreeWidgetItem(self, [text])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setForeground(0, self.palette().placeholderText())

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        kind = item.data(0, KIND_ROLE)
        item_id = item.data(0, ID_ROLE)
        if kind and item_id is not None:
            self.open_requested.emit(str(kind), int(item_id))


class AnchoringMatrix(QTableWidget):
    """County × stage; the current stage is marked with the date of the last change."""

    open_requested = Signal(str, int)

    def __init__(self, crm: Crm, parent: QWidget | None = None, *, load: bool = True) -> None:
        super().__init__(parent)
        self.crm = crm
        self.setAccessibleName(self.tr("Anchoring matrix"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.cellActivated.connect(self._activated)
        self.cellDoubleClicked.connect(self._activated)
        self.county_ids: list[int] = []
        if load:  # the I dag page loads it with the rest of the page, once
            self.reload()

    def reload(self) -> None:
        lang = current_lang()
        stages = list(AnchoringStage)
        rows = self.crm.anchoring.matrix()
        self.clear()
        self.setColumnCount(len(stages))
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels([s.label(lang).replace(' ', '\n') for s in stages])
        fit_header_labels(self.horizontalHeader())
        self.setVerticalHeaderLabels([r["county"] for r in rows])
        self.county_ids = [int(r["county_id"]) for r in rows]
        bold = QFont(self.font())
        bold.setBold(True)
        texts: list[str] = []
        for r, row in enumerate(rows):
            current = AnchoringStage(row["stage"])
            for c, stage in enumerate(stages):
                text = ""
                if stage == current:
                    changed = parse_iso_date(row["changed_on"])
                    text = "● " + (dates.format_date_short(changed, lang) if changed else self.tr("never"))
                elif stage.rung < current.rung:
                    text = "✓"
                item = QTableWidgetItem(text)
                texts.append(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if stage == current:
                    item.setFont(bold)
                    item.setBackground(self.palette().highlight())
                    item.setForeground(self.palette().highlightedText())
                self.setItem(r, c, item)
        # Every stage in view without scrolling sideways (at 1280 px «medeier» was cut off), and
        # the current stage's date in bold whole (in English the labels are narrower than it)
        widest = max((QFontMetrics(bold).horizontalAdvance(word) for text in texts for word in text.split()),
                     default=0) + 12
        header = self.horizontalHeader()
        header.setMinimumSectionSize(max(header.minimumSectionSize(), widest))
        self.setMinimumWidth(self.verticalHeader().sizeHint().width() + 2 * self.frameWidth()
                             + len(stages) * header.minimumSectionSize())

    def _activated(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.county_ids):
            self.open_requested.emit(Kind.COUNTY, self.county_ids[row])


class TodayPage(QWidget):
    open_requested = Signal(str, int)

    def __init__(self, crm: Crm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.heading = QLabel()
        self.follow_ups = FollowUpTree(crm, TODAY_GROUPS, self, load=False)
        self.follow_ups.per_group = TODAY_SHOWN_PER_GROUP
        self.follow_ups.setAccessibleName(self.tr("Due follow-ups"))
        # Half the page at 1366×768: the due date keeps its full width, the others give way.
        char = self.fontMetrics().averageCharWidth()
        self.follow_ups.header().resizeSection(2, char * 11)
        self.follow_ups.header().resizeSection(3, char * 14)
        fit_header_labels(self.follow_ups.header())
        self.meetings = LinkTree([self.tr("Meeting"), self.tr("When"), self.tr("Kind")], self.tr("Today's and upcoming meetings"))
        self.matrix = AnchoringMatrix(crm, self, load=False)
        self.neglected = LinkTree([self.tr("Key contact"), self.tr("Kind"), self.tr("Last contact")], self.tr("Key contacts to call"))
        self.neglected.header().resizeSection(1, self.fontMetrics().averageCharWidth() * 16)
        fit_header_labels(self.neglected.header())
        self.recent = LinkTree([self.tr("Recently changed"), self.tr("When")], self.tr("Recent activity"))
        for widget in (self.follow_ups, self.meetings, self.matrix, self.neglected, self.recent):
            widget.open_requested.connect(self.open_requested)
        grid = QGridLayout()
        grid.addWidget(section(self.tr("Due follow-ups (D done, S +1 day, W +1 week)"), self.follow_ups), 0, 0, 2, 1)
        grid.addWidget(section(self.tr("Meetings today and the next 7 days"), self.meetings), 0, 1)
        grid.addWidget(section(self.tr("Anchoring by county"), self.matrix), 1, 1)
        grid.addWidget(section(self.tr("Key contacts not heard from in a while"), self.neglected), 2, 0)
        grid.addWidget(section(self.tr("Recent activity"), self.recent), 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)
        self.setFocusProxy(self.follow_ups)
        self.reload()

    def reload(self) -> None:
        today = clock.today()
        lang = current_lang()
        self.follow_ups.reload()
        due = sum(self.follow_ups.counts.get(g, 0) for g in ("overdue", "today"))
        self.heading.setText(
            f"<h2>{upper_first(dates.format_date_long(today, lang))}</h2>"
            + arg(self.tr("Follow-ups due today or overdue: %1"), due)
        )
        self.matrix.reload()
        self._reload_meetings(today)
        self._reload_neglected(today)
        self._reload_recent(today)

    def _reload_meetings(self, today: dt.date) -> None:
        self.meetings.clear()
        rows = self.crm.meetings.query_rows(
            ListFilter(date_from=today, date_to=today + dt.timedelta(days=7)), sort="date", limit=50
        )
        for row in rows:
            self.meetings.add(Kind.MEETING, row["id"], [row["title"], meeting_when(row["starts_at"], today), kind_label(row["kind"])])
        if not rows:
            self.meetings.placeholder(self.tr("No meetings in the coming week."))

    def _reload_neglected(self, today: dt.date) -> None:
        """Key organisations and people past their keep-in-touch interval (Crm.overdue_key_contacts)."""
        self.neglected.clear()
        lang = current_lang()
        overdue = self.crm.overdue_key_contacts(today)
        for contact in overdue[:30]:
            when = dates.describe_recent(contact.last_contact, today, lang) if contact.last_contact else self.tr("never")
            kind = self.tr("Organisation") if contact.kind == Kind.ORGANISATION else self.tr("Person")
            item = self.neglected.add(contact.kind, contact.id, [contact.name, kind, when])
            item.setToolTip(0, translate("TodayPage", "Keep in touch every %n day(s)", "", contact.interval_days))
        if not overdue and key_contact_count(self.crm) == 0:
            self.neglected.placeholder(self.tr("No key contacts yet: mark an organisation or a person as one."))
        elif not overdue:
            self.neglected.placeholder(self.tr("Every key contact has been in touch recently."))

    def _reload_recent(self, today: dt.date) -> None:
        """Recently changed meetings and done follow-ups (each shown as its meeting),
        from storage.timeline.recent_activity: two index walks, no lookup per line."""
        self.recent.clear()
        lang = current_lang()
        entries = recent_activity(self.crm)
        for entry in entries:
            day = parse_iso_date(entry.when[:10]) if entry.when else None
            text = dates.describe_recent(day, today, lang) if day else ""
            if entry.kind == "follow_up":
                if entry.meeting_id is not None:
                    self.recent.add(Kind.MEETING, entry.meeting_id, ["✓ " + entry.title, text])
                continue
            self.recent.add(Kind.MEETING, entry.id, [entry.title, text])
        if not entries:
            self.recent.placeholder(self.tr("Nothing logged yet. Press Ctrl+L to log a contact."))
