"""What every detail page shares: a header, key facts, lists that open on
double-click or Enter, a timeline, and a refresh after each committed change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from btvcrm.domain.dates import format_date_short
from btvcrm.domain.errors import NotFoundError
from btvcrm.domain.kinds import Kind
from btvcrm.storage.list_query import ListRow
from btvcrm.ui.widgets.common import PRIVATE_STYLE, ItemList, me_name, section_label, ui_lang
from btvcrm.ui.widgets.timeline import TimelineWidget

if TYPE_CHECKING:
    import datetime as dt

    from btvcrm.storage.crm import Crm


class DetailPage(QWidget):
    """Base of the detail pages. Subclasses build in `build()` and fill in `refresh()`."""

    open_requested = Signal(str, int)
    delete_requested = Signal(str, int)  # the Delete button: the window asks, deletes, closes the page
    edit_requested = Signal(str, int)
    kind: Kind  # each page says which kind it shows

    def __init__(self, crm: Crm, item_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.item_id = item_id
        self.lang = ui_lang()
        self._refresh_pending = False
        self.setObjectName(f"{self.kind}Page")
        self.title_label = QLabel()
        self.title_label.setObjectName("detailTitle")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.subtitle_label = QLabel()
        self.subtitle_label.setWordWrap(True)
        self.action_row = QHBoxLayout()
        self.action_row.setContentsMargins(0, 0, 0, 0)
        header = QVBoxLayout()
        header.addWidget(self.title_label)
        header.addWidget(self.subtitle_label)
        header_row = QHBoxLayout()
        header_row.addLayout(header, 1)
        header_row.addLayout(self.action_row)

        self.facts_box = QWidget()
        self.facts = QFormLayout(self.facts_box)
        self.facts.setContentsMargins(0, 0, 0, 0)
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.left = QVBoxLayout()
        self.left.addWidget(section_label(self.tr("Key facts")))
        self.left.addWidget(self.facts_box)
        left_widget = QWidget()
        left_widget.setLayout(self.left)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(left_widget)
        scroll.setMinimumWidth(460)
        self.facts_scroll = scroll
        self.right = QVBoxLayout()
        self.right.setContentsMargins(0, 0, 0, 0)
        self.timeline = TimelineWidget()
        self.timeline.open_requested.connect(self.open_requested)
        right_widget = QWidget()
        right_widget.setLayout(self.right)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(right_widget)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([500, 700])
        layout = QVBoxLayout(self)
        layout.addLayout(header_row)
        layout.addWidget(self.splitter, 1)
        self.page_layout = layout
        self.build()
        if self.kind is Kind.COUNTY:
            self.rename_button = self.add_button(self.tr("Rename…"), self.request_edit, "rename")
        else:
            self.delete_button = self.add_button(self.tr("Delete…"), self.request_delete, "delete")
            self.delete_button.setToolTip(self.tr("Move to the trash (Del); Ctrl+Z brings it back"))
        self.timeline_label = section_label(self.tr("Timeline"))
        self.right.addWidget(self.timeline_label)
        self.timeline_label.setVisible(not getattr(self, "timeline_label_hidden", False))
        self.right.addWidget(self.timeline, 1)
        self.left.addStretch(1)
        self.refresh()
        callback = self._schedule_refresh
        crm.add_listener(callback)
        self.destroyed.connect(lambda *_args: crm.remove_listener(callback))

    def request_delete(self) -> None:
        self.delete_requested.emit(self.kind, self.item_id)

    def request_edit(self) -> None:
        self.edit_requested.emit(self.kind, self.item_id)

    # For subclasses ------------------------------------------------------------
    def build(self) -> None:
        """Add widgets (lists, maps) to self.left / self.right and buttons to self.action_row."""

    def refresh(self) -> None:
        raise NotImplementedError

    def _schedule_refresh(self) -> None:
        if not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(0, self._do_refresh)

    def _do_refresh(self) -> None:
        self._refresh_pending = False
        try:
            self.refresh()
        except NotFoundError:
            self.setEnabled(False)  # deleted under us; the shell will close the page
        except RuntimeError:  # pragma: no cover - C++ side already gone
            pass

    # Helpers -------------------------------------------------------------------
    def add_button(self, text: str, slot, name: str = "") -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        self.action_row.addWidget(button)
        return button

    def insert_full_width(self, widget: QWidget) -> None:
        """A widget between the header and the two panes, spanning the page."""
        self.page_layout.insertWidget(self.page_layout.count() - 1, widget)

    def private_notes_box(self) -> tuple[QFrame, QLabel]:
        """A visibly different box for private notes, which never leave the app."""
        box = QFrame()
        box.setObjectName("privateNotesBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setStyleSheet(PRIVATE_STYLE)
        inner = QVBoxLayout(box)
        title = QLabel(self.tr("Private notes – never leave the app"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setStyleSheet("color: #a16207;")
        text = QLabel()
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setAccessibleName(self.tr("Private notes – never leave the app"))
        inner.addWidget(title)
        inner.addWidget(text)
        return box, text

    def add_list(self, title: str, headers: list[str], where: QVBoxLayout | None = None) -> ItemList:
        target = where if where is not None else self.left
        target.addWidget(section_label(title))
        view = ItemList(headers)
        view.setAccessibleName(title)
        view.open_requested.connect(self.open_requested)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        view.setMinimumHeight(110)
        target.addWidget(view)
        return view

    def set_facts(self, rows: list[tuple[str, str]]) -> None:
        while self.facts.rowCount():
            self.facts.removeRow(0)
        for label, value in rows:
            if not value:
                continue
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
            )
            text.setOpenExternalLinks(value.startswith("<a href=\"http"))
            text.linkActivated.connect(self._link)
            self.facts.addRow(QLabel(label + ":"), text)

    def link(self, kind: Kind, item_id: int, text: str) -> str:
        """Rich text for a fact that opens another item."""
        from html import escape

        return f'<a href="btvcrm:{kind}:{item_id}">{escape(text)}</a>'

    def _link(self, href: str) -> None:
        if href.startswith("btvcrm:"):
            _scheme, kind, item_id = href.split(":", 2)
            self.open_requested.emit(kind, int(item_id))

    def date_text(self, value: dt.date | None) -> str:
        return format_date_short(value, self.lang) if value else ""

    def fill_follow_ups(self, view: ItemList, rows: list[ListRow]) -> None:
        from btvcrm.domain import clock

        view.clear()
        today = clock.today()
        for row in rows:
            due = row.get("due_date")
            responsible = me_name() if row.get("responsible_person_id") is None else str(row["responsible"])
            item = view.add_row([self.date_text(due), row["text"], responsible], Kind.FOLLOW_UP, row["id"])
            if due is not None and due < today:
                item.setForeground(0, Qt.GlobalColor.red)
                item.setToolTip(0, self.tr("Overdue"))
        view.fit_columns()
