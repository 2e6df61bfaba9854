"""Papirkurv: deleted items per kind, with "Gjenopprett"."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btvcrm.domain import dates
from btvcrm.domain.errors import UserError
from btvcrm.domain.kinds import Kind
from btvcrm.services import records
from btvcrm.storage.crm import Crm
from btvcrm.ui import show_user_error
from btvcrm.ui.i18n import arg, current_lang
from btvcrm.ui.kinds import TRASH_KINDS, kind_title
from btvcrm.ui.widgets.common import fit_header_labels

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

def row_title(row: dict[str, Any]) -> str:
    return str(row.get("title") or row.get("name") or row.get("text") or f"#{row.get('id')}")


class TrashPage(QWidget):
    open_requested = Signal(str, int)
    restored = Signal(str, int)

    def __init__(self, crm: Crm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Trash"))
        self.tree.setHeaderLabels([self.tr("Deleted item"), self.tr("Deleted")])
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, self.fontMetrics().averageCharWidth() * 24)
        fit_header_labels(header)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.clicked.connect(self.restore_current)
        self.tree.itemActivated.connect(lambda *_: self.restore_current())
        self.tree.currentItemChanged.connect(self._update_button)
        self.count_label = QLabel()
        header_row = QHBoxLayout()
        header_row.addWidget(QLabel("<h2>" + self.tr("Trash") + "</h2>"))
        header_row.addStretch(1)
        header_row.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(header_row)
        layout.addWidget(QLabel(self.tr("Deleted items stay here until the file is cleaned up. Select one and "
                                       "press Enter or Restore to bring it back.")))
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.tree)
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        lang = current_lang()
        total = 0
        for kind in TRASH_KINDS:
            rows = getattr(self.crm, kind.repository).trash_rows(limit=500)
            if not rows:
                continue
            group = QTreeWidgetItem(self.tree, [f"{kind_title(kind)} ({len(rows)})"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for row in rows:
                deleted = row.get("deleted_at")
                when = ""
                if isinstance(deleted, dt.datetime):
                    when = f"{dates.format_date_short(deleted.date(), lang)} {dates.format_time(deleted, lang)}"
                item = QTreeWidgetItem(group, [row_title(row), when])
                item.setData(0, KIND_ROLE, kind)
                item.setData(0, ID_ROLE, int(row["id"]))
                total += 1
            group.setExpanded(True)
        if total == 0:
            placeholder = QTreeWidgetItem(self.tree, [self.tr("The trash is empty.")])
            placeholder.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.count_label.setText(arg(self.tr("%1 deleted"), total))
        self._update_button()

    def _current(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) is None:
            return None
        return str(item.data(0, KIND_ROLE)), int(item.data(0, ID_ROLE))

    def _update_button(self, *_args: object) -> None:
        self.restore_button.setEnabled(self._current() is not None and not getattr(self.crm, "readonly", False))

    def restore_current(self) -> None:
        current = self._current()
        if current is None:
            return
        kind, item_id = current
        try:
            records.restore(self.crm, Kind(kind), item_id)
        except UserError as error:
            show_user_error(self, error)
            return
        self.restored.emit(kind, item_id)
        self.reload()
