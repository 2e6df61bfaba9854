"""Help → Keyboard shortcuts: every shortcut of the window's commands, and the keys
that work inside lists, follow-ups and dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btvcrm.ui.widgets.common import fit_header_labels

if TYPE_CHECKING:
    from btvcrm.ui.commands import Commands


class ShortcutsDialog(QDialog):
    def __init__(self, commands: Commands, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setObjectName("shortcutsDialog")
        self.setMinimumSize(560, 520)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        fit_header_labels(header)
        self.add_group(self.tr("Anywhere in the window"))
        seen: set[str] = set()
        for action in commands.findChildren(type(commands.back)):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys and keys not in seen:
                seen.add(keys)
                self.add(keys, action.text().replace("&", ""))
        self.add_group(self.tr("In a list"))
        self.add(self.tr("Enter"), self.tr("Open the selected row"))
        self.add("F2", self.tr("Edit the selected row"))
        self.add(self.tr("Del"), self.tr("Move the selected row to the trash (Ctrl+Z brings it back)"))
        self.add(self.tr("Down (in the filter field)"), self.tr("Into the list"))
        self.add(self.tr("Tab"), self.tr("Out of the list, to the next field"))
        self.add_group(self.tr("Follow-ups"))
        self.add("D", self.tr("Mark done"))
        self.add("S / W", self.tr("Snooze a day / a week"))
        self.add(self.tr("Shift+S"), self.tr("Choose a new due date"))
        self.add("R", self.tr("Reassign"))
        self.add_group(self.tr("In dialogs"))
        self.add(self.tr("Ctrl+Enter or Ctrl+S"), self.tr("Save"))
        self.add(self.tr("Enter"), self.tr("Next field (a new line in a text box); never saves"))
        self.add(self.tr("Esc"), self.tr("Close; asks first when something would be lost"))
        self.add(self.tr("Tab"), self.tr("Quick log: take the suggested name after + or #"))
        self.add("F1", self.tr("Quick log: how to write the contact"))
        self.add(self.tr("Insert or Ctrl+Shift+Enter / Del"), self.tr("Meeting editor: add / remove a row"))
        self.add_group(self.tr("Power/interest map"))
        self.add(self.tr("Page Up / Page Down"), self.tr("Choose an organisation"))
        self.add(self.tr("Arrow keys"), self.tr("Move the selected organisation one step"))
        self.add(self.tr("Enter"), self.tr("Open the organisation"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def add_group(self, title: str) -> None:
        item = QTreeWidgetItem(self.tree, [title])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(True)

    def add(self, keys: str, what: str) -> None:
        QTreeWidgetItem(self.tree, [keys, what])

    def entries(self) -> list[tuple[str, str]]:
        return [(self.tree.topLevelItem(i).text(0), self.tree.topLevelItem(i).text(1))  # type: ignore[union-attr]
                for i in range(self.tree.topLevelItemCount())]
