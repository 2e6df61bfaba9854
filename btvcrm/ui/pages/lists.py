"""The generic list page: a filter bar over a lazy, SQL-sorted table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from btvcrm.domain import dates
from btvcrm.domain.enums import (
    InitiativePhase,
    LabelledEnum,
    MeetingKind,
    MinutesStatus,
    OrganisationKind,
)
from btvcrm.domain.errors import UserError
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.formatting import format_nok
from btvcrm.domain.kinds import Kind
from btvcrm.storage.list_query import ListRow, as_date
from btvcrm.ui.i18n import arg, current_lang, error_text, translate
from btvcrm.ui.kinds import kind_title, new_label
from btvcrm.ui.models import Column, LazyTableModel

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm


def fmt_datetime(value: dt.datetime | None, _row: ListRow) -> str:
    if value is None:
        return ""
    lang = current_lang()
    return f"{dates.format_date_short(value.date(), lang)} {dates.format_time(value, lang)}"


def fmt_date(value: dt.date | dt.datetime | None, _row: ListRow) -> str:
    day = as_date(value)
    return dates.format_date_short(day, current_lang()) if day else ""


def fmt_enum(enum_cls: type[LabelledEnum]) -> Callable[[Any, ListRow], str]:
    def format_value(value: Any, _row: ListRow) -> str:
        try:
            return enum_cls(value).label(current_lang()) if value else ""
        except ValueError:
            return str(value)

    return format_value


def fmt_nok(value: Any, _row: ListRow) -> str:
    return format_nok(value, current_lang(), short=True) if value is not None else ""


@dataclass
class ListKind:
    kind: Kind  # what a row is (and opens)
    columns: Callable[[], list[Column]]
    kind_enum: type[LabelledEnum] | None = None
    kind_label: Callable[[], str] = lambda: translate("ListKind", "Kind")
    status_enum: type[LabelledEnum] | None = None
    status_field: str = "status"  # which ListFilter field the status combo sets
    dates: bool = False
    tag: bool = True
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def repository(self) -> str:
        return self.kind.repository

    def title(self) -> str:
        return kind_title(self.kind)


def list_kinds() -> dict[Kind, ListKind]:
    return {
        Kind.MEETING: ListKind(
            Kind.MEETING,
            lambda: [
                Column("starts_at", lambda: translate("Lists", "When"), "date", fmt_datetime),
                Column("title", lambda: translate("Lists", "Title"), "title"),
                Column("kind", lambda: translate("Lists", "Kind"), "kind", fmt_enum(MeetingKind)),
                Column("organisations", lambda: translate("Lists", "Organisations")),
                Column("counties", lambda: translate("Lists", "Counties")),
                Column("minutes_status", lambda: translate("Lists", "Minutes"), "status", fmt_enum(MinutesStatus)),
            ],
            kind_enum=MeetingKind, status_enum=MinutesStatus, dates=True,
        ),
        Kind.ORGANISATION: ListKind(
            Kind.ORGANISATION,
            lambda: [
                Column("name", lambda: translate("Lists", "Name"), "name"),
                Column("kind", lambda: translate("Lists", "Kind"), "kind", fmt_enum(OrganisationKind)),
                Column("orgnr", lambda: translate("Lists", "Org. no."), "orgnr"),
                Column("counties", lambda: translate("Lists", "Counties")),
                Column("last_contact", lambda: translate("Lists", "Last contact"), "last_contact", fmt_date),
            ],
            kind_enum=OrganisationKind,
        ),
        Kind.PERSON: ListKind(
            Kind.PERSON,
            lambda: [
                Column("name", lambda: translate("Lists", "Name"), "name"),
                Column("title", lambda: translate("Lists", "Role")),
                Column("organisation_name", lambda: translate("Lists", "Organisation"), "organisation"),
                Column("email", lambda: translate("Lists", "E-mail"), "email"),
                Column("phone", lambda: translate("Lists", "Phone")),
                Column("counties", lambda: translate("Lists", "Counties")),
            ],
        ),
        Kind.INITIATIVE: ListKind(
            Kind.INITIATIVE,
            lambda: [
                Column("title", lambda: translate("Lists", "Title"), "title"),
                Column("phase", lambda: translate("Lists", "Phase"), "phase", fmt_enum(InitiativePhase)),
                Column("owner_name", lambda: translate("Lists", "Owner")),
                Column("counties", lambda: translate("Lists", "Counties")),
                Column("estimated_value_nok", lambda: translate("Lists", "Estimated value"), "value", fmt_nok, align_right=True),
                Column("doffin_id", lambda: translate("Lists", "Doffin")),
            ],
            status_enum=InitiativePhase, status_field="status",
        ),
        Kind.LESSON: ListKind(
            Kind.LESSON,
            lambda: [
                Column("learned_on", lambda: translate("Lists", "Date"), "date", fmt_date),
                Column("title", lambda: translate("Lists", "Title"), "title"),
                Column("learned_in", lambda: translate("Lists", "Learned in")),
                Column("relevant_counties", lambda: translate("Lists", "Relevant for")),
            ],
            dates=True, tag=False,
        ),
    }


class ListPage(QWidget):
    open_requested = Signal(str, int)
    delete_requested = Signal(str, int)  # Delete key on a row: the window asks, deletes and keeps it for Ctrl+Z
    new_requested = Signal(str)  # the New button, Ctrl+N here, the context menu
    edit_requested = Signal(str, int)  # F2 on a row, the context menu

    def __init__(self, crm: Crm, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.kind = Kind(kind)
        self.spec = list_kinds()[self.kind]
        repository = getattr(crm, self.spec.repository)
        self.model = LazyTableModel(repository, self.spec.columns(), self)
        self.model.counted.connect(self._update_count)  # a big list's exact count, after it opened

        self.county = QComboBox()
        self.county.setAccessibleName(self.tr("County"))
        self.kind_combo: QComboBox | None = None
        self.status_combo: QComboBox | None = None
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Search in the list…"))
        self.text.setAccessibleName(self.tr("Free text"))
        self.text.setClearButtonEnabled(True)
        self.tag = QLineEdit()
        self.tag.setPlaceholderText(self.tr("Tag"))
        self.tag.setAccessibleName(self.tr("Tag"))
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        for edit, name in ((self.date_from, self.tr("From date")), (self.date_to, self.tr("To date"))):
            edit.setPlaceholderText(name)
            edit.setAccessibleName(name)
            edit.setMaximumWidth(110)
        self.count_label = QLabel()

        bar = QHBoxLayout()
        bar.addWidget(self.text, 2)
        bar.addWidget(self.county)
        if self.spec.kind_enum is not None:
            self.kind_combo = self._enum_combo(self.spec.kind_enum, self.tr("All kinds"), self.tr("Kind"))
            bar.addWidget(self.kind_combo)
        if self.spec.status_enum is not None:
            self.status_combo = self._enum_combo(self.spec.status_enum, self.tr("Any status"), self.tr("Status"))
            bar.addWidget(self.status_combo)
        if self.spec.dates:
            bar.addWidget(self.date_from)
            bar.addWidget(self.date_to)
        if self.spec.tag:
            self.tag.setMaximumWidth(140)
            bar.addWidget(self.tag)

        self.table = QTableView()
        self.table.setAccessibleName(self.spec.title())
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)  # the title column takes the room instead
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder if kind not in (Kind.MEETING, Kind.LESSON) else Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._open_index)
        self.table.installEventFilter(self)

        title = QLabel(f"<h2>{self.spec.title()}</h2>")
        self.new_button = QPushButton(new_label(self.kind))
        self.new_button.setObjectName("newRecord")
        self.new_button.setToolTip(arg(self.tr("%1 (Ctrl+N)"), new_label(self.kind)))
        self.new_button.clicked.connect(lambda: self.new_requested.emit(self.kind))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.new_button)
        header.addStretch(1)
        header.addWidget(self.count_label)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.text.installEventFilter(self)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.text.textChanged.connect(self._debounce.start)
        self.tag.textChanged.connect(self._debounce.start)
        self.date_from.editingFinished.connect(self.apply_filter)
        self.date_to.editingFinished.connect(self.apply_filter)
        self.text.returnPressed.connect(self._focus_table)
        self._fill_counties()
        self.county.currentIndexChanged.connect(self.apply_filter)
        for combo in (self.kind_combo, self.status_combo):
            if combo is not None:
                combo.currentIndexChanged.connect(self.apply_filter)
        self._fit_columns()
        self._update_count()
        self.setFocusProxy(self.table)

    def _enum_combo(self, enum_cls: type[LabelledEnum], everything: str, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(everything, None)
        for member in enum_cls:
            combo.addItem(member.label(current_lang()), member.value)
        return combo

    def _fill_counties(self) -> None:
        self.county.blockSignals(True)
        chosen = self.county.currentData()
        self.county.clear()
        self.county.addItem(self.tr("All counties"), None)
        for county in self.crm.counties.all():
            self.county.addItem(county.name, county.id)
        index = self.county.findData(chosen)
        self.county.setCurrentIndex(max(index, 0))
        self.county.blockSignals(False)

    # Widest a column may get, in average characters; dates and short codes take what they need.
    MAX_CHARS = {"title": 60, "name": 40, "organisations": 40, "organisation_name": 34, "owner_name": 30,
                 "counties": 28, "relevant_counties": 28, "email": 32}

    def _fit_columns(self) -> None:
        """Columns as wide as what they show (titles wide, «Referat» narrow, dates whole);
        a column that is empty in every row shown is hidden."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        rows = min(self.model.rowCount(), 200)
        char = metrics.averageCharWidth()
        for column, spec in enumerate(self.model.columns):
            texts = [str(self.model.data(self.model.index(row, column)) or "") for row in range(rows)]
            empty = rows > 0 and not any(text.strip() for text in texts)
            self.table.setColumnHidden(column, empty)
            if empty:
                continue
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            wanted = max([metrics.horizontalAdvance(text) for text in texts] + [header.fontMetrics()
                                                                                  .horizontalAdvance(title) + 24])
            limit = char * self.MAX_CHARS.get(spec.key, 30)
            self.table.setColumnWidth(column, min(wanted, limit) + 16)
        self._fitted = {column: self.table.columnWidth(column) for column in range(len(self.model.columns))}
        self._stretch_main_column()

    def _stretch_main_column(self) -> None:
        """The columns fill the view: the title (or name) column gets the room the others
        leave; when there is too little, the long text columns give way (never dates or codes)."""
        keys = [spec.key for spec in self.model.columns]
        fitted = getattr(self, "_fitted", {})
        shown = [c for c in range(len(keys)) if not self.table.isColumnHidden(c) and c in fitted]
        if not shown:
            return
        width = self.table.viewport().width() - 2
        if not self.table.isVisible() or width < 300:
            return  # not laid out yet: the resize that shows it comes back here
        main = next((keys.index(k) for k in ("title", "name") if k in keys), None)
        flexible = [c for c in shown if keys[c] in self.MAX_CHARS]
        floor = self.table.fontMetrics().averageCharWidth() * 14
        widths = {c: fitted[c] for c in shown}
        excess = sum(widths.values()) - width
        if excess > 0 and flexible:
            give = {c: max(0, widths[c] - floor) for c in flexible}
            total = sum(give.values()) or 1
            for c in flexible:
                widths[c] -= min(give[c], round(excess * give[c] / total))
        elif excess < 0 and main in widths:
            widths[main] -= excess
        for column, value in widths.items():
            self.table.setColumnWidth(column, value)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._stretch_main_column()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        QTimer.singleShot(0, self._stretch_main_column)  # once the table has its real width

    def _parse_date(self, edit: QLineEdit) -> dt.date | None:
        text = edit.text().strip()
        if not text:
            edit.setToolTip("")
            return None
        try:
            day = dates.parse_date(text)
        except UserError as error:
            edit.setToolTip(error_text(error))
            return None
        edit.setToolTip(dates.format_date_long(day, current_lang()))
        return day

    def current_filter(self) -> ListFilter:
        f = ListFilter(
            county_id=self.county.currentData(),
            text=self.text.text().strip() or None,
            tag=self.tag.text().strip() or None if self.spec.tag else None,
        )
        if self.kind_combo is not None:
            f.kind = self.kind_combo.currentData()
        if self.status_combo is not None:
            setattr(f, self.spec.status_field, self.status_combo.currentData())
        if self.spec.dates:
            f.date_from = self._parse_date(self.date_from)
            f.date_to = self._parse_date(self.date_to)
        return f

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._update_count()
        self._fit_columns()

    def reload(self) -> None:
        selected = self.selected_id()
        self._fill_counties()
        self.model.refresh()
        self._update_count()
        self._fit_columns()
        if selected is not None:
            row = self.model.row_of(selected)
            if row is None and self.model.rowCount() > 0:
                self.model.row_dict(0)
                row = self.model.row_of(selected)
            if row is not None:
                self.table.selectRow(row)

    def current_item(self) -> tuple[Kind, int] | None:
        item_id = self.selected_id()
        return (self.kind, item_id) if item_id is not None else None

    def _context_menu(self, position: Any) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.table.selectRow(index.row())
        item_id = self.selected_id() if index.isValid() else None
        menu = QMenu(self)
        menu.addAction(new_label(self.kind), lambda: self.new_requested.emit(self.kind))
        if item_id is not None:
            menu.addSeparator()
            menu.addAction(self.tr("Open"), lambda: self.open_requested.emit(self.kind, item_id))
            menu.addAction(self.tr("Edit (F2)"), lambda: self.edit_requested.emit(self.kind, item_id))
            menu.addAction(self.tr("Delete (Del)"), lambda: self.delete_requested.emit(self.kind, item_id))
        self.context_menu = menu  # kept for tests
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _update_empty_state(self) -> None:
        """An empty file says so (and how to begin) instead of showing an empty table."""
        empty = self.model.rowCount() == 0
        filtered = self.current_filter() != ListFilter()
        if empty and not filtered:
            self.empty_label.setText(arg(self.tr("Nothing here yet. %1 with the button above or Ctrl+N."),
                                         new_label(self.kind)))
        elif empty:
            self.empty_label.setText(self.tr("Nothing matches the filter."))
        self.empty_label.setVisible(empty)
        self.table.setVisible(not empty)

    def _update_count(self) -> None:
        if self.model.counting:  # a big list, being counted: the number follows in a moment
            self.count_label.setText("")
        else:
            self.count_label.setText(arg(self.tr("%1 shown"), f"{self.model.rowCount():,}".replace(",", "\u00a0")))
        self._update_empty_state()

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount() > 0:
            self.table.selectRow(0)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _open_index(self, index: Any) -> None:
        item_id = self.model.id_at(index.row()) if index.isValid() else None
        if item_id is not None:
            self.open_requested.emit(self.spec.kind, item_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.text and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self._focus_table()  # Down in the filter field moves into the list
                return True
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_F2:
                item_id = self.selected_id()
                if item_id is not None:
                    self.edit_requested.emit(self.spec.kind, item_id)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_index(self.table.currentIndex())
                return True
            if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                item_id = self.selected_id()
                if item_id is not None:
                    self.delete_requested.emit(self.spec.kind, item_id)
                return True
        return super().eventFilter(watched, event)
