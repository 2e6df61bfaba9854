"""Fylker: each county with its anchoring stage; move it up or down the ladder."""

from __future__ import annotations

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
from btvcrm.domain.enums import AnchoringStage
from btvcrm.domain.errors import UserError
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.kinds import Kind
from btvcrm.services import anchoring
from btvcrm.storage.crm import Crm
from btvcrm.storage.repo_base import parse_iso_date
from btvcrm.ui import show_user_error
from btvcrm.ui.i18n import arg, current_lang
from btvcrm.ui.kinds import new_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CountiesPage(QWidget):
    open_requested = Signal(str, int)
    new_requested = Signal(str)
    edit_requested = Signal(str, int)

    def __init__(self, crm: Crm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Counties"))
        self.tree.setHeaderLabels([self.tr("County"), self.tr("Anchoring stage"), self.tr("Step"), self.tr("Last change"),
                                   self.tr("Organisations"), self.tr("Open follow-ups")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        self.up = QPushButton(self.tr("Move &up the ladder"))
        self.up.setShortcut("Ctrl+Up")
        self.up.setToolTip(self.tr("Ctrl+Up"))
        self.down = QPushButton(self.tr("Move &down"))
        self.down.setShortcut("Ctrl+Down")
        self.down.setToolTip(self.tr("Ctrl+Down"))
        self.open_button = QPushButton(self.tr("&Open county"))
        self.up.clicked.connect(lambda: self.step(1))
        self.down.clicked.connect(lambda: self.step(-1))
        self.open_button.clicked.connect(lambda: self._activated(self.tree.currentItem(), 0))
        self.new_button = QPushButton(new_label(Kind.COUNTY))
        self.new_button.setObjectName("newRecord")
        self.new_button.setToolTip(arg(self.tr("%1 (Ctrl+N)"), new_label(Kind.COUNTY)))
        self.new_button.clicked.connect(lambda: self.new_requested.emit(Kind.COUNTY))
        self.rename_button = QPushButton(self.tr("Re&name…"))
        self.rename_button.setToolTip(self.tr("F2"))
        self.rename_button.clicked.connect(self._rename)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.up, self.down, self.new_button, self.rename_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        ladder = " → ".join(s.label(current_lang()) for s in AnchoringStage)
        hint = QLabel(arg(self.tr("The anchoring ladder: %1"), ladder))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Counties") + "</h2>"))
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        self.setFocusProxy(self.tree)
        self.reload()

    def reload(self) -> None:
        selected = self.current_id()
        lang = current_lang()
        self.tree.clear()
        total = len(AnchoringStage)
        for row in self.crm.anchoring.matrix():
            stage = AnchoringStage(row["stage"])
            changed = parse_iso_date(row["changed_on"])
            county_filter = ListFilter(county_id=row["county_id"])
            open_filter = ListFilter(county_id=row["county_id"], status="open")
            item = QTreeWidgetItem(self.tree, [
                row["county"],
                stage.label(lang),
                f"{stage.rung + 1} / {total}",
                dates.format_date_short(changed, lang) if changed else self.tr("never"),
                str(self.crm.organisations.query_count(county_filter)),
                str(self.crm.follow_ups.query_count(open_filter)),
            ])
            item.setData(0, ID_ROLE, row["county_id"])
            if row["county_id"] == selected:
                self.tree.setCurrentItem(item)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)

    def current_item(self) -> tuple[Kind, int] | None:
        county_id = self.current_id()
        return (Kind.COUNTY, county_id) if county_id is not None else None

    def _rename(self) -> None:
        county_id = self.current_id()
        if county_id is not None:
            self.edit_requested.emit(Kind.COUNTY, county_id)

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def step(self, direction: int) -> None:
        county_id = self.current_id()
        if county_id is None:
            return
        try:
            anchoring.step(self.crm, anchoring.AnchoringStepRequest(direction, county_id=county_id))
        except UserError as error:
            show_user_error(self, error)
        self.reload()

    def _activated(self, item: QTreeWidgetItem | None, _column: int) -> None:
        if item is not None and item.data(0, ID_ROLE) is not None:
            self.open_requested.emit(Kind.COUNTY, int(item.data(0, ID_ROLE)))
