"""The main window: sidebar of pages, toolbar with search and quick log, detail pages with Back."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from btvcrm.domain.errors import UserError
from btvcrm.ui import settings, show_user_error
from btvcrm.ui.i18n import tr

PAGE_NAMES = ("today", "meetings", "follow_ups", "counties", "organisations", "people", "initiatives", "lessons")
LIST_KIND = {"meetings": "meeting", "organisations": "organisation", "people": "person",
             "initiatives": "initiative", "lessons": "lesson"}


def page_title(name: str) -> str:
    return {
        "today": tr("Today"),
        "meetings": tr("Meetings"),
        "follow_ups": tr("Follow-ups"),
        "counties": tr("Counties"),
        "organisations": tr("Organisations"),
        "people": tr("People"),
        "initiatives": tr("Initiatives"),
        "lessons": tr("Lessons learned"),
    }[name]


class PlaceholderPage(QWidget):
    """Shown where a part of the app is not available (yet)."""

    open_requested = Signal(str, int)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)


class MainWindow(QMainWindow):
    data_changed = Signal()
    language_changed = Signal()

    def __init__(self, crm: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.resize(1280, 760)
        self.setMinimumSize(QSize(900, 600))
        self._stale: set[str] = set()
        self._listener: Callable[[], None] = self._on_crm_changed
        crm.add_listener(self._listener)
        self.data_changed.connect(self._refresh_pages)
        self._build()
        self._restore()
        from btvcrm.ui.notifier import Notifier

        self.notifier = Notifier(crm, self)
        self.data_changed.connect(self.notifier.check)
        QTimer.singleShot(0, self.notifier.start)

    # Building ----------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(self._title())
        self.pages: dict[str, QWidget] = {}
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(tr("Pages"))
        self.sidebar.setUniformItemSizes(True)
        for index, name in enumerate(PAGE_NAMES):
            item = QListWidgetItem(page_title(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(f"{page_title(name)} (Ctrl+{index + 1})")
            self.sidebar.addItem(item)
        width = max(self.sidebar.fontMetrics().horizontalAdvance(page_title(n) + " (99)") for n in PAGE_NAMES)
        self.sidebar.setMinimumWidth(width + 40)
        self.sidebar.setMaximumWidth(width + 120)
        self.page_stack = QStackedWidget()
        self.content = QStackedWidget()
        self.content.addWidget(self.page_stack)
        self.content.setAccessibleName(tr("Content"))
        self.splitter = QSplitter()
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.content)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)

        self.toolbar = QToolBar(tr("Main toolbar"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.back_action = self._action(tr("← Back"), "Alt+Left", self.go_back)
        self.back_action.setEnabled(False)
        self.toolbar.addAction(self.back_action)
        self.quick_log_action = self._action(tr("Log contact"), "Ctrl+L", self.quick_log)
        self.toolbar.addAction(self.quick_log_action)
        self.new_meeting_action = self._action(tr("New meeting"), "Ctrl+N", self.new_meeting)
        self.toolbar.addAction(self.new_meeting_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(tr("Search everything (Ctrl+K)"))
        self.search_field.setAccessibleName(tr("Search"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(320)
        self.toolbar.addWidget(self.search_field)
        self.settings_action = self._action(tr("Settings"), "Ctrl+,", self.open_settings)
        self.toolbar.addAction(self.settings_action)
        self.search_action = self._action(tr("Search"), "Ctrl+K", self.focus_search)
        self.addAction(self.search_action)
        for index, name in enumerate(PAGE_NAMES):
            self.addAction(self._action(page_title(name), f"Ctrl+{index + 1}", lambda _checked=False, n=name: self.show_page(n)))
        self.addAction(self._action(tr("Quit"), QKeySequence.StandardKey.Quit, self.close))

        from btvcrm.ui.search_popup import SearchPopup

        self.search_popup = SearchPopup(self.crm, self.search_field, self)
        self.search_popup.open_requested.connect(self.open_item)

        self.file_label = QLabel(str(self.crm.path) if self.crm.path else tr("In-memory file"))
        self.statusBar().addPermanentWidget(self.file_label)
        self.setTabOrder(self.sidebar, self.content)

    def _title(self) -> str:
        name = self.crm.path.name if self.crm.path else tr("unsaved")
        return f"btvcrm — {name}"

    def _action(self, text: str, shortcut: Any, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        shown = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text} ({shown})")
        action.triggered.connect(slot)
        return action

    def _create_page(self, name: str) -> QWidget:
        page: QWidget
        if name == "today":
            from btvcrm.ui.pages.today import TodayPage

            page = TodayPage(self.crm)
        elif name == "follow_ups":
            from btvcrm.ui.pages.follow_ups import FollowUpsPage

            page = FollowUpsPage(self.crm)
        elif name == "counties":
            from btvcrm.ui.pages.counties_list import CountiesPage

            page = CountiesPage(self.crm)
        else:
            from btvcrm.ui.pages.lists import ListPage

            page = ListPage(self.crm, LIST_KIND[name])
        page.setObjectName(f"page_{name}")
        page.open_requested.connect(self.open_item)  # type: ignore[attr-defined]
        return page

    def page(self, name: str) -> QWidget:
        if name not in self.pages:
            self.pages[name] = self._create_page(name)
            self.page_stack.addWidget(self.pages[name])
        elif name in self._stale:
            self._reload(self.pages[name])
        self._stale.discard(name)
        return self.pages[name]

    # Navigation --------------------------------------------------------
    def current_page_name(self) -> str:
        item = self.sidebar.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else PAGE_NAMES[0]

    def show_page(self, name: str) -> None:
        row = PAGE_NAMES.index(name)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)
        else:
            self._sidebar_changed(row)

    def _sidebar_changed(self, row: int) -> None:
        if not 0 <= row < len(PAGE_NAMES):
            return
        name = PAGE_NAMES[row]
        widget = self.page(name)
        self._clear_details()
        self.page_stack.setCurrentWidget(widget)
        self.statusBar().showMessage(page_title(name), 2000)

    def _clear_details(self) -> None:
        while self.content.count() > 1:
            widget = self.content.widget(self.content.count() - 1)
            self.content.removeWidget(widget)
            widget.deleteLater()
        self.content.setCurrentIndex(0)
        self.back_action.setEnabled(False)

    def open_item(self, kind: str, item_id: int) -> QWidget:
        """Push the detail page of an item; Back (Alt+Left) returns."""
        widget = self._detail_page(kind, item_id)
        widget.setProperty("item_kind", kind)
        widget.setProperty("item_id", item_id)
        self.content.addWidget(widget)
        self.content.setCurrentWidget(widget)
        self.back_action.setEnabled(True)
        widget.setFocus()
        return widget

    def _detail_page(self, kind: str, item_id: int) -> QWidget:
        try:
            from btvcrm.ui.details import create_detail_page
        except ImportError:
            create_detail_page = None
        widget: QWidget | None = None
        if create_detail_page is not None:
            try:
                widget = create_detail_page(kind, item_id, self.crm, self)
            except UserError as error:
                show_user_error(self, error)
            except (KeyError, ValueError):
                widget = None  # a kind the detail pages do not know
        if widget is None:
            widget = PlaceholderPage(self._describe(kind, item_id), self)
        signal = getattr(widget, "open_requested", None)
        if signal is not None:
            signal.connect(self.open_item)
        return widget

    def _describe(self, kind: str, item_id: int) -> str:
        title = ""
        repository = {"organisation": "organisations", "person": "people", "meeting": "meetings",
                      "initiative": "initiatives", "lesson": "lessons", "follow_up": "follow_ups",
                      "county": "counties"}.get(kind)
        with contextlib.suppress(UserError, AttributeError):
            record = getattr(self.crm, repository or "").get(item_id)
            title = getattr(record, "name", None) or getattr(record, "title", None) or getattr(record, "text", "")
            body = getattr(record, "text", "") if kind == "lesson" else ""
            if body:
                return f"<h2>{title}</h2><p>{body}</p>"
        return f"<h2>{title}</h2><p>{tr('The detail page is not available yet.')}</p>"

    def go_back(self) -> None:
        if self.content.count() <= 1:
            return
        widget = self.content.widget(self.content.count() - 1)
        self.content.removeWidget(widget)
        widget.deleteLater()
        self.content.setCurrentIndex(self.content.count() - 1)
        self.back_action.setEnabled(self.content.count() > 1)
        current = self.content.currentWidget()
        if current is self.page_stack:
            self.page_stack.currentWidget().setFocus()
        else:
            current.setFocus()

    def detail_depth(self) -> int:
        return self.content.count() - 1

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    # Actions -----------------------------------------------------------
    def quick_log(self) -> None:
        try:
            from btvcrm.ui.dialogs.quick_log import QuickLogDialog
        except ImportError:
            self.statusBar().showMessage(tr("Quick log is not available yet."), 4000)
            return
        dialog = QuickLogDialog(self.crm, self)
        dialog.exec()

    def new_meeting(self) -> None:
        try:
            from btvcrm.ui.dialogs.meeting_editor import MeetingEditor
        except ImportError:
            self.statusBar().showMessage(tr("The meeting editor is not available yet."), 4000)
            return
        editor = MeetingEditor(self.crm, None, self)
        editor.exec()

    def open_settings(self) -> None:
        from btvcrm.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.crm, self)
        dialog.language_changed.connect(self.retranslate)
        dialog.exec()

    def retranslate(self) -> None:
        """Rebuild every widget in the new language, keeping the page and the file."""
        current = self.current_page_name()
        self.search_popup.deleteLater()
        self.removeToolBar(self.toolbar)
        self.toolbar.deleteLater()
        for action in self.actions():
            self.removeAction(action)
        self.statusBar().removeWidget(self.file_label)
        old = self.takeCentralWidget()
        if old is not None:
            old.deleteLater()
        self._stale.clear()
        self._build()
        self.show_page(current)
        self.notifier.check()
        self.language_changed.emit()

    # Data changes ------------------------------------------------------
    def _on_crm_changed(self) -> None:
        self.data_changed.emit()

    def _refresh_pages(self) -> None:
        visible = self.page_stack.currentWidget()
        for name, widget in self.pages.items():
            if widget is visible:
                self._reload(widget)
            else:
                self._stale.add(name)

    @staticmethod
    def _reload(widget: QWidget) -> None:
        reload = getattr(widget, "reload", None)
        if reload is not None:
            reload()

    def set_badge(self, count: int) -> None:
        item = self.sidebar.item(0)
        item.setText(page_title("today") + (f"  ({count})" if count else ""))
        item.setToolTip(tr("{n} follow-ups due").format(n=count) if count else page_title("today"))

    # Visiting every page (smoke test for packaging) --------------------
    def check_pages(self) -> list[str]:
        visited = []
        for name in PAGE_NAMES:
            self.show_page(name)
            widget = self.page_stack.currentWidget()
            assert widget is self.pages[name]
            widget.grab()
            visited.append(name)
        return visited

    # Remembering the window --------------------------------------------
    def _restore(self) -> None:
        store = settings()
        geometry = store.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        size = store.value("window/size")
        if isinstance(size, QSize) and not self.isMaximized():
            self.resize(size)  # restoreGeometry clamps to the screen it thinks it is on
        state = store.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = store.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([180, 1100])
        last = str(store.value("window/page", PAGE_NAMES[0]))
        self.show_page(last if last in PAGE_NAMES else PAGE_NAMES[0])

    def save_state(self) -> None:
        store = settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/size", self.size())
        store.setValue("window/state", self.saveState())
        store.setValue("window/splitter", self.splitter.saveState())
        store.setValue("window/page", self.current_page_name())
        store.sync()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.page_stack.currentWidget().setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        self.notifier.stop()
        self.crm.remove_listener(self._listener)
        super().closeEvent(event)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.search_popup.isVisible():
            self.search_popup.place()

