"""Keys that do not lose work in a dialog of many fields (issue 12):

* Return never saves: on a button it presses that button (not the default one;
  nothing on Save/Cancel); in a one-line field it moves on to the next field (a
  completion popup, when open, takes it first; a multi-line field adds a line;
  a field with the property `return_acts` keeps its own Return, e.g. "add these rows");
* Ctrl+Enter and Ctrl+S save, from any field;
* Esc (and Cancel, and closing the window) asks before discarding changes: see
  `FormState`, a snapshot of every input, compared when the dialog is left.

`FormKeys(dialog, save)` installs this on the dialog's inputs; call `refresh()`
after adding inputs later (table rows). The dialog's buttons stop being
"default", so Return on them does nothing either."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTextEdit,
    QWidget,
)

_INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QPlainTextEdit, QTextEdit, QTableWidget)
_ONE_LINE = (QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox)


def is_save_key(event: QKeyEvent) -> bool:
    control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    return (control and not shift and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)) or event.matches(
        QKeySequence.StandardKey.Save)


class FormKeys(QObject):
    def __init__(self, dialog: QDialog, save: Callable[[], object]) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self._save = save
        self._watched: set[int] = set()
        self.refresh()

    def refresh(self) -> None:
        """Watch every input of the dialog (again: new rows, new tabs)."""
        for button in self.dialog.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        for widget in self.dialog.findChildren(QWidget):
            if isinstance(widget, _INPUTS) and id(widget) not in self._watched:
                self._watched.add(id(widget))
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if is_save_key(event):
            self._save()
            return True
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(watched, QPushButton):
            # Return presses the focused button ("Legg til"), never the dialog's default one;
            # on Save/Cancel it does nothing (Ctrl+Enter saves).
            if not isinstance(watched.parent(), QDialogButtonBox):
                watched.click()
            return True
        if (plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(watched, _ONE_LINE)
                and not watched.property("return_acts")):
            completer = watched.completer() if isinstance(watched, QLineEdit) else None
            popup = completer.popup() if completer is not None else None
            if popup is not None and popup.isVisible():
                return False
            view = watched.view() if isinstance(watched, QComboBox) else None
            if view is not None and view.isVisible():
                return False
            if isinstance(watched, QWidget):
                focus_next(watched)
            return True
        return False


def focus_next(widget: QWidget) -> None:
    """What Tab does: the next visible, enabled field in the focus chain."""
    candidate = widget.nextInFocusChain()
    while candidate is not None and candidate is not widget:
        if (candidate.focusPolicy() & Qt.FocusPolicy.TabFocus) and candidate.isVisible() and candidate.isEnabled() \
                and candidate.window() is widget.window() and candidate.focusProxy() is None:
            candidate.setFocus(Qt.FocusReason.TabFocusReason)
            return
        candidate = candidate.nextInFocusChain()


class FormState:
    """A snapshot of every input under a widget, to tell whether anything changed."""

    def __init__(self, root: QWidget) -> None:
        self.root = root
        self.clean = self.take()

    def take(self) -> tuple[object, ...]:
        values: list[object] = []
        for widget in self.root.findChildren(QWidget):
            if isinstance(widget, QLineEdit):
                if not isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
                    values.append(widget.text())
            elif isinstance(widget, QPlainTextEdit):
                values.append(widget.toPlainText())
            elif isinstance(widget, QComboBox):
                values.append(widget.currentIndex())
            elif isinstance(widget, QAbstractSpinBox):
                values.append(widget.text())
            elif isinstance(widget, QCheckBox):
                values.append(widget.isChecked())
        return tuple(values)

    def changed(self) -> bool:
        return self.take() != self.clean

    def mark_clean(self) -> None:
        self.clean = self.take()

    def may_close(self, parent: QWidget) -> bool:
        """Esc, Cancel or closing the window: unchanged, or the user agrees to discard the changes."""
        if not self.changed():
            return True
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("FormState", "Discard changes?"),
            QCoreApplication.translate("FormState", "You have changes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard


__all__ = ["FormKeys", "FormState", "focus_next", "is_save_key"]
