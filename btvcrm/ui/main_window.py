"""The main window, a shell: the sidebar of pages, toolbar and menus, detail pages
with Back, the status bar. The work is elsewhere: the open file's life in
`file_session`, import and export in `file_actions`, the calendar file in
`calendar_feed`, long jobs in `background`, every change in `services`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from btvcrm import paths
from btvcrm.domain.errors import NotFoundError
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.kinds import Kind
from btvcrm.storage.crm import Crm
from btvcrm.storage.safety import cloud_sync_warning
from btvcrm.ui import show_user_error, window_state
from btvcrm.ui.calendar_feed import CalendarFeed
from btvcrm.ui.commands import Commands
from btvcrm.ui.deletions import Deletions
from btvcrm.ui.file_actions import FileActions
from btvcrm.ui.file_session import FileSession
from btvcrm.ui.i18n import arg, translate
from btvcrm.ui.notifier import Notifier
from btvcrm.ui.pages import PAGE_KINDS, PAGE_NAMES, create_page, page_title
from btvcrm.ui.record_actions import RecordActions
from btvcrm.ui.widgets.banners import RED, BannerArea

if TYPE_CHECKING:
    from btvcrm.ui.search_popup import SearchPopup


def app_icon() -> QIcon:
    return QIcon(str(paths.resource("icons", "btvcrm.svg")))


class MainWindow(QMainWindow):
    data_changed = Signal()
    language_changed = Signal()

    def __init__(self, crm: Crm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(1280, 760)
        self.setMinimumSize(QSize(900, 600))
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self._stale: set[str] = set()
        self.session = FileSession(crm, self)
        self.session.replaced.connect(self._file_replaced)
        self.session.message.connect(self.show_status)
        self.session.backup_failed.connect(self._show_backup_state)
        crm.add_listener(self._on_crm_changed)
        self.deletions = Deletions(self, lambda: self.crm)
        self.deletions.message.connect(self.show_status)
        self.deletions.changed.connect(self._apply_readonly)
        self.records = RecordActions(self, lambda: self.crm, self.deletions)
        self.records.message.connect(self.show_status)
        self.records.open_requested.connect(self.open_item)
        self.records.deleted.connect(self._close_deleted)
        self.files = FileActions(self, lambda: self.crm, self.run_task, self._current_list)
        self.files.message.connect(self.show_status)
        self.calendar_feed = CalendarFeed(lambda: self.crm, self)
        self.calendar_feed.message.connect(self.show_status)
        self.data_changed.connect(self._refresh_pages)
        self.data_changed.connect(self.calendar_feed.schedule)
        self.notifier = Notifier(crm, self)
        self._build()
        last = window_state.restore(self, self.splitter)
        self.show_page(last if last in PAGE_NAMES else PAGE_NAMES[0])
        self.data_changed.connect(self.notifier.check)
        QTimer.singleShot(0, self.notifier.start)

    @property
    def crm(self) -> Crm:
        return self.session.crm

    @property
    def banners(self) -> dict[str, QLabel]:
        return self.banner_area.banners

    # Building ----------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(self._title())
        self.pages: dict[str, QWidget] = {}
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Pages"))
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
        self.content.setAccessibleName(self.tr("Content"))
        self.splitter = QSplitter()
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.content)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.banner_area = BannerArea()
        column.addWidget(self.banner_area)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)

        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Search everything (Ctrl+K)"))
        self.search_field.setAccessibleName(self.tr("Search"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(320)
        self.commands = Commands(self, [page_title(name) for name in PAGE_NAMES])
        self.commands.fill_toolbar(self.toolbar, self.search_field)
        self.commands.fill_menus(self.menuBar(), lambda: self._current_list()[0] is not None)
        self._apply_readonly()
        self._build_banners()

        self._search_popup: SearchPopup | None = None  # made at the first key typed (search_popup)
        self.search_field.textChanged.connect(self._first_search_text)
        self.file_label = QLabel(str(self.crm.path) if self.crm.path else self.tr("In-memory file"))
        self.statusBar().addPermanentWidget(self.file_label)
        self.setTabOrder(self.sidebar, self.content)

    @property
    def search_popup(self) -> SearchPopup:
        """The search results under the field, made on first use: not needed for the first paint."""
        if self._search_popup is None:
            from btvcrm.ui.search_popup import SearchPopup

            self._search_popup = SearchPopup(self.crm, self.search_field, self)
            self._search_popup.open_requested.connect(self.open_item)
        return self._search_popup

    def _first_search_text(self) -> None:
        if self._search_popup is None:  # from now on the popup hears the field itself
            self.search_popup.schedule()

    def _apply_readonly(self) -> None:
        self.commands.apply_readonly(self.crm.readonly, self.deletions.can_undo())

    def _build_banners(self) -> None:
        if self.crm.readonly:
            self.banner_area.show_banner("readonly", self.tr("Read only: the data file was opened read-only. Changes cannot be saved "
                                                            "until you open it normally."), RED)
        warning = cloud_sync_warning(self.crm.path) if self.crm.path is not None else None
        if warning:
            self.banner_area.show_banner("cloud", warning)

    def _show_backup_state(self, error: str | None) -> None:
        if error:
            self.banner_area.show_banner("backup", error)
        else:
            self.banner_area.hide_banner("backup")

    def _title(self) -> str:
        name = self.crm.path.name if self.crm.path else self.tr("unsaved")
        return f"btvcrm — {name}"

    def show_status(self, text: str, ms: int = 4000) -> None:
        self.statusBar().showMessage(text, ms)

    # Pages and navigation -------------------------------------------------------------
    def page(self, name: str) -> QWidget:
        if name not in self.pages:
            page = create_page(name, self.crm)
            page.open_requested.connect(self.open_item)  # type: ignore[attr-defined]
            for signal, slot in (("delete_requested", self.records.delete), ("new_requested", self.records.new),
                                 ("edit_requested", self.records.edit)):
                if hasattr(page, signal):
                    getattr(page, signal).connect(slot)
            self.pages[name] = page
            self.page_stack.addWidget(page)
        elif name in self._stale:
            self._reload(self.pages[name])
        self._stale.discard(name)
        return self.pages[name]

    def current_page_name(self) -> str:
        item = self.sidebar.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else PAGE_NAMES[0]

    def show_page_at(self, index: int) -> None:
        """Ctrl+1…8: the page, with the focus in it (not in the sidebar)."""
        self.show_page(PAGE_NAMES[index])
        page = self.page_stack.currentWidget()
        if page is not None:
            page.setFocus()

    def show_page(self, name: str) -> None:
        row = PAGE_NAMES.index(name)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)
        else:
            self._sidebar_changed(row)

    def _sidebar_changed(self, row: int) -> None:
        if not 0 <= row < len(PAGE_NAMES):
            return
        widget = self.page(PAGE_NAMES[row])
        while self.content.count() > 1:
            self._drop_top()
        self.page_stack.setCurrentWidget(widget)
        self.show_status(page_title(PAGE_NAMES[row]), 2000)

    def _push(self, widget: QWidget) -> QWidget:
        self.content.addWidget(widget)
        self.content.setCurrentWidget(widget)
        self.commands.back.setEnabled(True)
        widget.setFocus()
        return widget

    def _drop_top(self) -> None:
        widget = self.content.widget(self.content.count() - 1)
        assert widget is not None
        self.content.removeWidget(widget)
        widget.deleteLater()
        self.content.setCurrentIndex(self.content.count() - 1)
        self.commands.back.setEnabled(self.content.count() > 1)

    def open_item(self, kind: str, item_id: int) -> QWidget | None:
        """Push the detail page of an item (Back, Alt+Left, returns); an id not in the file says so."""
        from btvcrm.ui.details import create_detail_page, is_record_page, sidebar_page

        try:
            widget = create_detail_page(kind, item_id, self.crm, self)
        except NotFoundError as error:
            show_user_error(self, error)
            return None
        widget.open_requested.connect(self.open_item)
        self._highlight_sidebar(sidebar_page(kind))
        if is_record_page(kind):  # (a page of its own, the market dialogue, is not edited or deleted as a record)
            widget.setProperty("item_kind", str(Kind(kind)))
            widget.setProperty("item_id", item_id)
            widget.delete_requested.connect(self.records.delete)
            widget.edit_requested.connect(self.records.edit)
        return self._push(widget)

    def _highlight_sidebar(self, name: str) -> None:
        """The sidebar shows the page a detail belongs to (without leaving the detail)."""
        if name in PAGE_NAMES:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(PAGE_NAMES.index(name))
            self.sidebar.blockSignals(False)

    # Records: new, edit, delete wherever the user is ---------------------------------------
    def current_item(self) -> tuple[Kind, int] | None:
        """The record the Edit menu acts on: the detail page shown, or the list's selected row."""
        top = self.content.currentWidget()
        if top is not self.page_stack and top is not None:
            if not top.property("item_kind"):
                return None  # the trash: nothing to edit or delete there
            return Kind(str(top.property("item_kind"))), int(top.property("item_id"))
        page = self.page_stack.currentWidget()
        current = getattr(page, "current_item", None)
        return current() if current is not None else None

    def new_here(self) -> None:
        """Ctrl+N: a new record of the kind on screen (a meeting on Today)."""
        top = self.content.currentWidget()
        if top is not self.page_stack and top is not None and top.property("item_kind"):
            kind = Kind(str(top.property("item_kind")))
        else:
            kind = PAGE_KINDS.get(self.current_page_name(), Kind.MEETING)
        self.records.new(kind)

    def edit_current(self) -> None:
        current = self.current_item()
        if current is not None:
            self.records.edit(*current)

    def delete_current(self) -> None:
        current = self.current_item()
        if current is not None:
            self.records.delete(*current)

    def _close_deleted(self, kind: str, item_id: int) -> None:
        """A detail page of a record that went to the trash closes."""
        top = self.content.currentWidget()
        if top is not None and top is not self.page_stack and top.property("item_kind") == str(kind) \
                and top.property("item_id") == item_id:
            self.go_back()

    def show_shortcuts(self) -> None:
        from btvcrm.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.commands, self).exec()

    def go_back(self) -> None:
        if self.content.count() <= 1:
            return
        self._drop_top()
        current = self.content.currentWidget()
        target = self.page_stack.currentWidget() if current is self.page_stack else current
        if target is not None:
            target.setFocus()

    def detail_depth(self) -> int:
        return self.content.count() - 1

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def open_trash(self) -> QWidget:
        from btvcrm.ui.pages.trash import TrashPage

        page = TrashPage(self.crm, self)
        page.setObjectName("page_trash")
        page.restored.connect(self.deletions.restored_elsewhere)
        return self._push(page)

    # Dialogs --------------------------------------------------------------------------
    def quick_log(self) -> None:
        from btvcrm.ui.dialogs.quick_log import QuickLogDialog

        dialog = QuickLogDialog(self.crm, self)
        if self.records.run(dialog) and dialog.saved_meeting_id is not None:
            title = self.crm.meetings.get(dialog.saved_meeting_id).title
            self.show_status(arg(self.tr("Logged “%1”."), title), 6000)
            self.open_item(Kind.MEETING, dialog.saved_meeting_id)

    def new_meeting(self) -> None:
        self.records.new(Kind.MEETING)

    def open_settings(self) -> None:
        from btvcrm.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.crm, self, move_file=self.session.move_to)
        dialog.language_changed.connect(self.retranslate)
        if dialog.exec():
            self.calendar_feed.schedule()

    def open_about(self) -> None:
        from btvcrm.ui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def open_privacy_review(self) -> None:
        from btvcrm.ui.dialogs.privacy_review import PrivacyReviewDialog

        PrivacyReviewDialog(self.crm, self).exec()

    def open_backups(self) -> None:
        from btvcrm.ui.dialogs.backups_dialog import BackupsDialog

        BackupsDialog(self.crm, self, reopen=self.session.restore_backup, run=self.run_task).exec()

    def run_task(self, label: str, fn: Callable[[], Any]) -> Any:
        """`fn()` off the UI thread behind the progress dialog (see `ui.background`)."""
        return self.session.run(label, fn)

    # Import and export ------------------------------------------------------------------
    def _current_list(self) -> tuple[str | None, ListFilter | None]:
        """The repository shown on the current list page and its filter as on screen."""
        from btvcrm.ui.pages.lists import ListPage

        widget = self.page_stack.currentWidget()
        if not isinstance(widget, ListPage) or self.content.currentWidget() is not self.page_stack:
            return None, None
        return widget.kind.repository, widget.current_filter()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.files.dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = self.files.dropped_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # Leave the drop handler first: the platform's drag loop must end before a modal dialog opens.
        QTimer.singleShot(0, lambda: self.files.import_files(paths))

    # Another file, another language -------------------------------------------------------
    def _file_replaced(self, crm: Crm) -> None:
        crm.add_listener(self._on_crm_changed)
        self.deletions.stack.clear()
        self.notifier.crm = crm
        self._rebuild()

    def retranslate(self) -> None:
        """Rebuild every widget in the new language, keeping the page and the file."""
        self._rebuild()
        self.language_changed.emit()

    def _rebuild(self) -> None:
        current = self.current_page_name()
        if self._search_popup is not None:
            self._search_popup.shutdown()
            self._search_popup.deleteLater()
        self.removeToolBar(self.toolbar)
        self.toolbar.deleteLater()
        for action in self.actions():
            self.removeAction(action)
        self.commands.deleteLater()
        self.statusBar().removeWidget(self.file_label)
        old = self.takeCentralWidget()
        if old is not None:
            old.deleteLater()
        self._stale.clear()
        self._build()
        self.show_page(current)
        self.notifier.check()

    # Data changes -------------------------------------------------------------------------
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
        item.setToolTip(translate("MainWindow", "%n follow-up(s) due", "", count) if count else page_title("today"))

    def check_pages(self) -> list[str]:
        """Visit every page (the packaged app's smoke test)."""
        for name in PAGE_NAMES:
            self.show_page(name)
            assert self.page_stack.currentWidget() is self.pages[name]
            self.pages[name].grab()
        return list(PAGE_NAMES)

    # Remembering the window ---------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        page = self.page_stack.currentWidget()
        if page is not None:
            page.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        window_state.save(self, self.splitter, self.current_page_name())
        self.notifier.stop()
        if self._search_popup is not None:
            self._search_popup.shutdown()
        self.calendar_feed.flush()
        self.session.close()
        super().closeEvent(event)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        popup = getattr(self, "_search_popup", None)  # (a resize can come before _build)
        if popup is not None and popup.isVisible():
            popup.place()
