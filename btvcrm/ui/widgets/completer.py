"""A line edit for a comma-separated list of names, completing the name being
typed from the file (people or organisations). Unknown names are allowed: the
dialog creates them on save."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

NAME_ROLE = Qt.ItemDataRole.UserRole + 10
ID_ROLE = Qt.ItemDataRole.UserRole + 11

Source = Callable[[str], list[dict[str, Any]]]


def split_names(text: str) -> list[str]:
    """"Kari Nordmann, , Ola  Hansen," -> ["Kari Nordmann", "Ola Hansen"], no repeats."""
    seen: dict[str, str] = {}
    for part in text.replace(";", ",").split(","):
        name = " ".join(part.split())
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return list(seen.values())


def _segment_bounds(text: str, cursor: int) -> tuple[int, int]:
    start = text.rfind(",", 0, cursor) + 1
    end = text.find(",", cursor)
    return start, (len(text) if end < 0 else end)


class NameListEdit(QLineEdit):
    """Comma-separated names with completion of the one under the cursor.

    `source(prefix)` returns rows with "id", "name" and optionally a detail
    ("organisation_name" or "kind") shown in the popup."""

    names_changed = Signal()

    def __init__(self, source: Source, parent: QWidget | None = None, *, detail_key: str = "") -> None:
        super().__init__(parent)
        self._source = source
        self._detail_key = detail_key
        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setWidget(self)
        self._completer.setCompletionRole(NAME_ROLE)
        self._completer.activated[QModelIndex].connect(self._insert)  # type: ignore[index]  # overloaded signal
        self._known: dict[str, int] = {}
        popup = self._completer.popup()
        if popup is not None:  # ours runs before the completer's own filter on the popup
            popup.installEventFilter(self)
        self.textEdited.connect(self._update)
        self.textChanged.connect(lambda _text: self.names_changed.emit())

    def names(self) -> list[str]:
        return split_names(self.text())

    def set_names(self, names: list[str]) -> None:
        self.setText(", ".join(names))

    def known_id(self, name: str) -> int | None:
        """The id of a name picked from the popup in this session (else None)."""
        return self._known.get(name.casefold())

    def known_ids(self) -> dict[str, int]:
        return dict(self._known)

    def set_known(self, name: str, item_id: int) -> None:
        """Tie a name to a record, as picking it from the popup does (a pre-filled dialog)."""
        self._known[name.casefold()] = item_id

    def current_prefix(self) -> str:
        start, _end = _segment_bounds(self.text(), self.cursorPosition())
        return self.text()[start : self.cursorPosition()].strip()

    def _update(self, _text: str = "") -> None:
        prefix = self.current_prefix()
        self._model.clear()
        if len(prefix) < 1:
            self._hide_popup()
            return
        for row in self._source(prefix):
            detail = str(row.get(self._detail_key) or "") if self._detail_key else ""
            label = f"{row['name']} — {detail}" if detail else str(row["name"])
            item = QStandardItem(label)
            item.setData(row["name"], NAME_ROLE)
            item.setData(int(row["id"]), ID_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
        if self._model.rowCount() and self.hasFocus():
            self._completer.complete()
        else:
            self._hide_popup()

    def _hide_popup(self) -> None:
        popup = self._completer.popup()
        if popup is not None:
            popup.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """Return (or Enter) on a highlighted suggestion takes that record, then acts as Return
        in the field. (QCompleter let the field see the Return first: it added the typed prefix,
        «Kari», as a new person, and then filled in «Kari Vik».)"""
        popup = self._completer.popup()
        if (watched is popup and popup is not None and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and popup.isVisible()):
            current = popup.currentIndex()
            if current.isValid():
                self._insert(current)
            self._hide_popup()
            self.returnPressed.emit()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.property("return_acts"):
            event.accept()  # "add these rows" is all Return does here: not the dialog's default button too

    def completion_popup(self) -> QAbstractItemView | None:
        return self._completer.popup()

    def completion_count(self) -> int:
        return self._model.rowCount()

    def accept_completion(self, row: int = 0) -> None:
        """Take a popup row (used by tests and by Tab)."""
        if 0 <= row < self._model.rowCount():
            self._insert(self._model.index(row, 0))

    def _insert(self, index: QModelIndex) -> None:
        name = str(index.data(NAME_ROLE))
        self._known[name.casefold()] = int(index.data(ID_ROLE))
        text = self.text()
        start, end = _segment_bounds(text, self.cursorPosition())
        before = text[:start].rstrip()
        after = text[end:].lstrip(", ")
        lead = (before + " ") if before else ""
        new_text = f"{lead}{name}, {after}" if after else f"{lead}{name}, "
        self.setText(new_text)
        self.setCursorPosition(len(lead) + len(name) + 2)
        self._hide_popup()
        self.names_changed.emit()
