"""Helpers shared by the dialogs and detail pages: error boxes, item lists
that open on double-click or Enter, language lookup."""

from __future__ import annotations

# Dialogs through the module: PySide makes a class, with a Python enum per C++ enum in it,
# when its name is first read; not at start.
from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btvcrm.ui import show_user_error  # noqa: F401 - one message box for user errors, app-wide

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def ui_lang() -> str:
    """"en" when the shell runs in English, else "nb" (the default)."""
    try:
        from btvcrm.ui.i18n import current_lang
    except ImportError:  # pragma: no cover - the shell's module is missing
        return "nb"
    return "en" if current_lang() == "en" else "nb"




def me_name() -> str:
    """The user as the responsible person: her name from Settings, "meg"/"me" until one is set."""
    from btvcrm import settings
    from btvcrm.domain.responsible import me_label

    return me_label(settings.load().user_name, ui_lang())


def show_error_text(parent: QWidget | None, message: str) -> None:
    """A plain sentence in a warning box (errors that arrive as text, e.g. from a worker thread)."""
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Common", "Something went wrong"))
    box.setText(message)
    box.setStandardButtons(QtWidgets.QMessageBox.StandardButton.Ok)
    box.setObjectName("userErrorBox")
    box.exec()


PRIVATE_STYLE = (
    "#privateNotesBox { background: rgba(250, 204, 21, 40); border: 1px dashed #a16207; border-radius: 4px; }"
)


def private_notes_frame(editor: QWidget) -> QFrame:
    """A visibly different box around a private-notes editor, saying they never leave the app."""
    text = QCoreApplication.translate("Common", "Private notes – never leave the app")
    box = QFrame()
    box.setObjectName("privateNotesBox")
    box.setStyleSheet(PRIVATE_STYLE)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 4, 6, 6)
    title = QLabel(text)
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    title.setStyleSheet("color: #a16207;")
    title.setBuddy(editor)
    layout.addWidget(title)
    layout.addWidget(editor)
    editor.setAccessibleName(text)
    return box


def name_accessibly(root: QWidget) -> None:
    """Give every input and button under `root` without an accessible name one:
    a form row's label, the button's text, the placeholder, or the tooltip."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QFormLayout,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    labels: dict[int, str] = {}
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label_item is None or field_item is None:
                continue
            label, field = label_item.widget(), field_item.widget()
            if isinstance(label, QLabel) and field is not None and label.text().strip():
                labels[id(field)] = label.text().replace("&", "").strip()
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or widget.accessibleName():
            continue
        if widget.objectName().startswith("qt_") or isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # Qt's own parts of a combo or spin box
        if isinstance(widget, QAbstractItemView) and widget.window() is not root.window():
            continue  # a combo box's popup list
        name = labels.get(id(widget), "")
        if not name and isinstance(widget, QAbstractButton):
            name = widget.text().replace("&", "").strip()
        if not name and isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            name = widget.placeholderText()
        if not name:
            name = widget.toolTip()
        if name:
            widget.setAccessibleName(name)


def section_label(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    label.setContentsMargins(0, 8, 0, 2)
    return label


MIN_SHARED_COLUMN = 80  # px: a column that gives way keeps at least this much (and its label)


class ItemList(QTreeWidget):
    """A read-only list whose rows point at (kind, id); double-click or Enter opens."""

    open_requested = Signal(str, int)

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels(headers)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QTreeWidget.SelectionMode.SingleSelection)
        self.itemActivated.connect(self._activated)
        self.header().setStretchLastSection(True)
        self._content_widths: list[int] = []  # set by fit_columns; shared out again on each resize

    def add_row(self, values: list[str], kind: str | None = None, item_id: int | None = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(values)
        if kind is not None and item_id is not None:
            item.setData(0, KIND_ROLE, kind)
            item.setData(0, ID_ROLE, int(item_id))
        for column, value in enumerate(values):
            item.setToolTip(column, value)
        self.addTopLevelItem(item)
        return item

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind = item.data(0, KIND_ROLE)
        item_id = item.data(0, ID_ROLE)
        if kind and item_id is not None:
            self.open_requested.emit(str(kind), int(item_id))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        current = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self._activated(current)
            return
        super().keyPressEvent(event)

    def fit_columns(self) -> None:
        """Columns as wide as their contents; when that is wider than the list, the widest give
        way (their text elided, whole in the tooltip) so that every column stays in view."""
        header = self.header()
        self._content_widths = [max(self.sizeHintForColumn(c), label_width(header, c))
                                for c in range(self.columnCount())]
        self._share_width()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        if self._content_widths:
            self._share_width()

    def _share_width(self) -> None:
        widths = self._content_widths
        if len(widths) < 2:
            return
        header = self.header()
        cap = max(widths)
        available = self.viewport().width()
        # The lowest cap on the widest columns that lets them all fit, but never below a label
        while cap > MIN_SHARED_COLUMN and sum(min(w, cap) for w in widths) > available:
            cap -= 8
        for column, width in enumerate(widths[:-1]):
            header.resizeSection(column, max(min(width, cap), label_width(header, column)))
        # The last column takes the rest itself: Qt keeps a stretched last section at least as
        # wide as it once was (100 px), which pushed a short one like «Oppmøte» out of view.
        header.setStretchLastSection(False)
        used = sum(header.sectionSize(column) for column in range(len(widths) - 1))
        last = len(widths) - 1
        header.resizeSection(last, max(min(widths[-1], cap), available - used, label_width(header, last)))


class CtrlEnterFilter(QObject):
    """Calls `callback` on Ctrl+Enter in any watched widget (text edits eat it otherwise)."""

    def __init__(self, callback, parent: QObject | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._callback()
            return True
        return False


def label_width(header: QHeaderView, section: int) -> int:
    """The width a header section needs to show its label whole (every line, margins, sort arrow)."""
    text = header.model().headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    if not text:
        return 0
    style = header.style()
    width = max(header.fontMetrics().horizontalAdvance(line) for line in str(text).split("\n"))
    width += 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    if header.isSortIndicatorShown():
        width += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    return width


def fit_header_labels(header: QHeaderView) -> None:
    """No header reads "Responsib": widen every section narrower than its label (in both
    languages the words differ in length); stretched sections get it as their minimum."""
    stretched = 0
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        needed = label_width(header, section)
        if header.sectionResizeMode(section) == QHeaderView.ResizeMode.Stretch:
            stretched = max(stretched, needed)
        elif (
            header.sectionResizeMode(section) != QHeaderView.ResizeMode.ResizeToContents
            and header.sectionSize(section) < needed
        ):
            header.resizeSection(section, needed)
    if stretched > header.minimumSectionSize():
        header.setMinimumSectionSize(stretched)
