"""The quick-log text field: several lines, Enter adds a line, names after `+`
(people) and `#` (organisations) are suggested from the file and Tab accepts the
suggestion. What is being typed is found by `services.quick_text.completion_at`,
the same reading as the parser's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPlainTextEdit, QWidget

from btvcrm.services.quick_text import Completion, completion_at

Source = Callable[[str], list[dict[str, Any]]]
NAME_ROLE = Qt.ItemDataRole.UserRole + 20
ID_ROLE = Qt.ItemDataRole.UserRole + 21


class QuickTextEdit(QPlainTextEdit):
    """`sources` maps a marker ("+" or "#") to a completion source (rows with "id",
    "name" and optionally "organisation_name"/"kind" as a detail)."""

    accepted_name = Signal(str, str, int)  # marker, name, id

    def __init__(self, sources: dict[str, Source], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sources = sources
        self._completion: Completion | None = None
        self.known: dict[str, dict[str, int]] = {marker: {} for marker in sources}
        self.setTabChangesFocus(True)
        self.popup = QListWidget(self)  # a window of its own (ToolTip), owned and deleted with the field
        self.popup.setObjectName("quickTextSuggestions")
        self.popup.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.popup.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.popup.setUniformItemSizes(True)
        self.popup.itemClicked.connect(self._clicked)
        self.textChanged.connect(self.update_suggestions)
        self.cursorPositionChanged.connect(self.update_suggestions)

    # Suggestions ----------------------------------------------------------------------
    def suggestions_shown(self) -> bool:
        return self.popup.isVisible()

    def suggestions(self) -> list[str]:
        return [str(self.popup.item(row).data(NAME_ROLE)) for row in range(self.popup.count())]

    def update_suggestions(self) -> None:
        completion = completion_at(self.toPlainText(), self.textCursor().position())
        self._completion = completion
        if completion is None or not completion.prefix or completion.marker not in self._sources:
            self.hide_suggestions()
            return
        rows = self._sources[completion.marker](completion.prefix)
        self.popup.clear()
        for row in rows:
            detail = str(row.get("organisation_name") or "")
            item = QListWidgetItem(f"{row['name']} — {detail}" if detail else str(row["name"]))
            item.setData(NAME_ROLE, str(row["name"]))
            item.setData(ID_ROLE, int(row["id"]))
            self.popup.addItem(item)
        if not rows or self.window().focusWidget() is not self:
            self.hide_suggestions()
            return
        self.popup.setCurrentRow(0)
        rect = self.cursorRect()
        width = max(260, self.popup.sizeHintForColumn(0) + 24)
        height = min(8, len(rows)) * (self.popup.sizeHintForRow(0) or 20) + 6
        self.popup.resize(width, height)
        self.popup.move(self.viewport().mapToGlobal(QPoint(rect.left(), rect.bottom() + 2)))
        self.popup.show()

    def hide_suggestions(self) -> None:
        if self.popup.isVisible():
            self.popup.hide()

    def accept_suggestion(self, row: int | None = None) -> bool:
        """Put the chosen name in place of the fragment being typed (Tab does this)."""
        completion = self._completion
        index = self.popup.currentRow() if row is None else row
        if completion is None or not 0 <= index < self.popup.count():
            return False
        item = self.popup.item(index)
        name, item_id = str(item.data(NAME_ROLE)), int(item.data(ID_ROLE))
        cursor = self.textCursor()
        cursor.setPosition(completion.start)
        cursor.setPosition(completion.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(name)
        self.setTextCursor(cursor)
        self.known[completion.marker][name.casefold()] = item_id
        self.hide_suggestions()
        self.accepted_name.emit(completion.marker, name, item_id)
        return True

    def _clicked(self, item: QListWidgetItem) -> None:
        self.accept_suggestion(self.popup.row(item))

    # Keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.suggestions_shown() and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                                               Qt.KeyboardModifier.KeypadModifier):
            key = event.key()
            if key == Qt.Key.Key_Tab:
                self.accept_suggestion()
                return
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                self.popup.setCurrentRow(max(0, min(self.popup.count() - 1, self.popup.currentRow() + step)))
                return
            if key == Qt.Key.Key_Escape:
                self.hide_suggestions()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.hide_suggestions()  # Enter adds a line; only Tab takes a suggestion
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's names
        if self.suggestions_shown():
            return False  # Tab goes to keyPressEvent and takes the suggestion
        return super().focusNextPrevChild(next)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802
        self.hide_suggestions()
        super().focusOutEvent(event)


__all__ = ["QuickTextEdit"]
