"""Global search (Ctrl+K): results as you type, grouped by kind, matched words in bold.

Each key's search runs off the UI thread (`ui.search_worker`); a newer key stops
the older search, and only the newest text's results are shown."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btvcrm.domain.errors import UserError
from btvcrm.storage.crm import Crm
from btvcrm.storage.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit
from btvcrm.ui.i18n import error_text, translate
from btvcrm.ui.kinds import kind_title
from btvcrm.ui.search_worker import SearchWorker

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
# After a key, wait this long for the next before searching (searches are cancellable, so short).
SEARCH_DELAY_MS = 60


def highlighted_html(text: str) -> str:
    """Escape user text, then turn the search markers into <b>…</b>."""
    escaped = html.escape(text)
    return escaped.replace(HIGHLIGHT_START, "<b>").replace(HIGHLIGHT_END, "</b>")


class SearchPopup(QFrame):
    """A floating result list under the search field; the field keeps the keyboard focus."""

    open_requested = Signal(str, int)

    def __init__(self, crm: Crm, field: QLineEdit, parent: QWidget) -> None:
        super().__init__(parent)
        self.crm = crm
        self.field = field
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Search results"))
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tree.itemActivated.connect(self._open_item)
        self.tree.itemClicked.connect(self._open_item)
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        self.hits: list[QTreeWidgetItem] = []
        self.shown_text: str | None = None  # the text the results on screen are for
        self.worker = SearchWorker(crm)
        self.worker.found.connect(self._found)
        self.worker.failed.connect(self._failed)
        self.destroyed.connect(self.worker.close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        field.textChanged.connect(self._timer.start)
        field.installEventFilter(self)
        self.hide()

    def schedule(self) -> None:
        """Search the field's text after the typing pause, as a key typed in it does."""
        self._timer.start()

    def run_search(self) -> None:
        """Search for the field's text off the UI thread; the results come to `_found`."""
        text = self.field.text().strip()
        if not text:
            self.worker.cancel()  # a search still running for an older text is stale
            self.shown_text = None
            self.hide()
            return
        self.worker.submit(text)

    def search_now(self) -> None:
        """The field's text searched at once (Enter or Down before the results came)."""
        self._timer.stop()
        text = self.field.text().strip()
        if not text:
            self.hide()
            return
        if text != self.shown_text or not self.isVisible():
            self.show_results(self.worker.search_now(text), text)

    def _found(self, generation: int, text: str, groups: dict[str, list[SearchHit]]) -> None:
        if generation != self.worker.generation or text != self.field.text().strip():
            return  # a newer key was typed meanwhile
        self.show_results(groups, text)

    def _failed(self, generation: int, error: object) -> None:
        if generation != self.worker.generation:
            return
        if not isinstance(error, UserError):
            raise error if isinstance(error, BaseException) else RuntimeError(str(error))
        self.tree.clear()
        self.hits = []
        self.status.setText(error_text(error))
        self.place()
        self.show()

    def shutdown(self) -> None:
        """Stop the search thread and close its connection (the window closes or is rebuilt)."""
        self._timer.stop()
        self.worker.close()

    def show_results(self, groups: dict[str, list[SearchHit]], text: str | None = None) -> None:
        self.shown_text = text
        self.tree.clear()
        self.hits = []
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for kind, hits in groups.items():
            header = QTreeWidgetItem(self.tree, [kind_title(kind)])
            header.setFont(0, bold)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for hit in hits:
                item = QTreeWidgetItem(header, [""])
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{hit.title}: {hit.plain_snippet('', '')}")
                item.setData(0, ID_ROLE, hit.id)
                item.setData(0, KIND_ROLE, hit.kind)
                if hit.plain_snippet("", "").strip(" …") == hit.title.strip():
                    text = highlighted_html(hit.snippet)  # matched in the title: show it once
                else:
                    text = f"{html.escape(hit.title)} — {highlighted_html(hit.snippet)}"
                label = QLabel(text)
                label.setTextFormat(Qt.TextFormat.RichText)
                label.setAccessibleName(f"{hit.title}: {hit.plain_snippet('', '')}")
                label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
                self.tree.setItemWidget(item, 0, label)
                self.hits.append(item)
            header.setExpanded(True)
        count = len(self.hits)
        self.status.setText(self.tr("No matches.") if not count else translate("SearchPopup", "%n match(es) · Enter opens · Esc closes", "", count))
        if self.hits:
            self.tree.setCurrentItem(self.hits[0])
        self.place()
        self.show()
        self.raise_()

    def place(self) -> None:
        parent = self.parentWidget()
        assert parent is not None
        origin = self.field.mapTo(parent, QPoint(0, self.field.height()))
        width = max(self.field.width(), 560)
        x = min(origin.x(), max(0, parent.width() - width - 8))
        height = min(460, max(120, parent.height() - origin.y() - 20))
        self.setGeometry(x, origin.y() + 2, width, height)

    def move_selection(self, step: int) -> None:
        if not self.hits:
            return
        current = self.tree.currentItem()
        index = self.hits.index(current) if current in self.hits else -1
        self.tree.setCurrentItem(self.hits[max(0, min(len(self.hits) - 1, index + step))])

    def open_current(self) -> None:
        item = self.tree.currentItem()
        if item is None and self.hits:
            item = self.hits[0]
        if item is not None:
            self._open_item(item, 0)

    def _open_item(self, item: QTreeWidgetItem, _column: int) -> None:
        kind = item.data(0, KIND_ROLE)
        if kind is None:
            return
        self.hide()
        self.open_requested.emit(str(kind), int(item.data(0, ID_ROLE)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Down:
                if not self.isVisible():
                    self.search_now()
                self.move_selection(1)
                return True
            if key == Qt.Key.Key_Up:
                self.move_selection(-1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.search_now()  # no-op when the results on screen are for this text
                self.open_current()
                return True
            if key == Qt.Key.Key_Escape:
                self.hide()
                self.field.clear()
                return True
        return super().eventFilter(watched, event)
