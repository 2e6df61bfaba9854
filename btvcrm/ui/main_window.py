"""The main window: sidebar of pages, toolbar with search and quick log, detail pages with Back."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
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
#: item kind -> repository attribute on Crm
REPOSITORY = {"meeting": "meetings", "organisation": "organisations", "person": "people",
              "initiative": "initiatives", "lesson": "lessons", "follow_up": "follow_ups"}
IMPORT_FILTER = "*.json *.ics *.vcf *.csv *.xlsx"


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


def app_icon() -> Any:
    from PySide6.QtGui import QIcon

    from btvcrm import paths

    return QIcon(str(paths.resource("icons", "btvcrm.svg")))


def make_auto_backup() -> Any:
    """`btvcrm.storage.safety.AutoBackup()`, or None while that module is not there."""
    try:
        from btvcrm.storage.safety import AutoBackup
    except ImportError:
        return None
    return AutoBackup()


def cloud_warning(path: Path) -> str | None:
    try:
        from btvcrm.storage.safety import cloud_sync_warning
    except ImportError:
        return None
    return cloud_sync_warning(path)


def privacy_review_class() -> Any:
    try:
        from btvcrm.ui.dialogs.privacy_review import PrivacyReviewDialog
    except ImportError:
        return None
    return PrivacyReviewDialog


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
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self._stale: set[str] = set()
        self.deleted_stack: list[tuple[str, int]] = []  # (kind, id), newest last: Ctrl+Z restores
        self._listener: Callable[[], None] = self._on_crm_changed
        crm.add_listener(self._listener)
        self.data_changed.connect(self._refresh_pages)
        self.auto_backup = make_auto_backup()
        if self.auto_backup is not None:
            self.auto_backup.attach(crm)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(60_000)
        self.backup_timer.timeout.connect(self.backup_tick)
        self.backup_timer.start()
        self.calendar_timer = QTimer(self)
        self.calendar_timer.setSingleShot(True)
        self.calendar_timer.setInterval(2000)
        self.calendar_timer.timeout.connect(self.write_calendar_feed)
        self.data_changed.connect(self._schedule_calendar_feed)
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
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        self.banners: dict[str, QLabel] = {}
        self.banner_layout = QVBoxLayout()
        self.banner_layout.setSpacing(0)
        central_layout.addLayout(self.banner_layout)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
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
        self.page_actions = []
        for index, name in enumerate(PAGE_NAMES):
            action = self._action(page_title(name), f"Ctrl+{index + 1}", lambda _checked=False, n=name: self.show_page(n))
            self.page_actions.append(action)
            self.addAction(action)
        self.quit_action = self._action(tr("Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.addAction(self.quit_action)
        self.undo_action = self._action(tr("Undo delete"), QKeySequence.StandardKey.Undo, self.undo_delete)
        self.undo_action.setEnabled(bool(self.deleted_stack))
        self.addAction(self.undo_action)
        self._build_menus()
        self._build_banners()

        from btvcrm.ui.search_popup import SearchPopup

        self.search_popup = SearchPopup(self.crm, self.search_field, self)
        self.search_popup.open_requested.connect(self.open_item)

        self.file_label = QLabel(str(self.crm.path) if self.crm.path else tr("In-memory file"))
        self.statusBar().addPermanentWidget(self.file_label)
        self.setTabOrder(self.sidebar, self.content)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(tr("&File"))
        self.new_file_action = self._menu_action(file_menu, tr("&New data file…"), None, self.new_data_file)
        self.open_file_action = self._menu_action(file_menu, tr("&Open data file…"), QKeySequence.StandardKey.Open,
                                                  self.open_data_file)
        file_menu.addSeparator()
        self.import_action = self._menu_action(file_menu, tr("&Import…"), "Ctrl+I", self.import_dialog)
        export_menu = file_menu.addMenu(tr("&Export"))
        self.export_menu = export_menu
        self.export_actions: dict[str, QAction] = {}
        for key, text in (("json", tr("Everything as &JSON…")), ("ics", tr("&Calendar (.ics)…")),
                          ("vcf", tr("&Address book (.vcf)…")), ("csv", tr("This list as &CSV…")),
                          ("xlsx", tr("This list as &Excel (.xlsx)…"))):
            self.export_actions[key] = self._menu_action(
                export_menu, text, None, lambda _checked=False, k=key: self.export_dialog(k))
        export_menu.aboutToShow.connect(self._update_export_actions)
        file_menu.addSeparator()
        self.backups_action = self._menu_action(file_menu, tr("&Backups…"), None, self.open_backups)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.quick_log_action)
        edit_menu.addAction(self.new_meeting_action)
        edit_menu.addAction(self.search_action)

        view_menu = bar.addMenu(tr("&View"))
        for action in self.page_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.trash_action = self._menu_action(view_menu, tr("&Trash"), None, self.open_trash)
        view_menu.addAction(self.back_action)

        people_menu = bar.addMenu(tr("&People"))
        self.privacy_review_action = self._menu_action(
            people_menu, tr("Review: no contact in 24 months…"), None, self.open_privacy_review)
        if privacy_review_class() is None:
            self.privacy_review_action.setVisible(False)
            people_menu.menuAction().setVisible(False)

        help_menu = bar.addMenu(tr("&Help"))
        self._menu_action(help_menu, tr("&About btvcrm"), None, self.open_about)
        self._apply_readonly()

    def _menu_action(self, menu: QMenu, text: str, shortcut: Any, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _apply_readonly(self) -> None:
        writable = not getattr(self.crm, "readonly", False)
        for action in (self.quick_log_action, self.new_meeting_action, self.import_action, self.undo_action):
            action.setEnabled(writable and (action is not self.undo_action or bool(self.deleted_stack)))

    # Banners -----------------------------------------------------------
    def _build_banners(self) -> None:
        self.banners = {}
        if getattr(self.crm, "readonly", False):
            self.show_banner("readonly", tr("Read only: the data file was opened read-only. "
                                            "Changes cannot be saved until you open it normally."), "#f8d7da")
        if self.crm.path is not None:
            warning = cloud_warning(self.crm.path)
            if warning:
                self.show_banner("cloud", warning, "#fff3cd")

    def show_banner(self, key: str, text: str, colour: str = "#fff3cd") -> QLabel:
        label = self.banners.get(key)
        if label is None:
            label = QLabel()
            label.setObjectName(f"banner_{key}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAccessibleName(tr("Warning"))
            label.setStyleSheet(f"QLabel {{ background: {colour}; color: #3d3000; padding: 6px 10px;"
                                " border-bottom: 1px solid #d6c88a; }")
            self.banner_layout.addWidget(label)
            self.banners[key] = label
        label.setText(text)
        label.show()
        return label

    def hide_banner(self, key: str) -> None:
        label = self.banners.get(key)
        if label is not None:
            label.hide()

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
        delete_signal = getattr(page, "delete_requested", None)
        if delete_signal is not None:
            delete_signal.connect(self.delete_item)
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

        dialog = SettingsDialog(self.crm, self, move_file=self.move_data_file)
        dialog.language_changed.connect(self.retranslate)
        if dialog.exec():
            self._schedule_calendar_feed()

    def open_about(self) -> None:
        from btvcrm.ui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def open_privacy_review(self) -> None:
        dialog_class = privacy_review_class()
        if dialog_class is not None:
            dialog_class(self.crm, self).exec()

    def open_trash(self) -> QWidget:
        from btvcrm.ui.pages.trash import TrashPage

        page = TrashPage(self.crm, self)
        page.setObjectName("page_trash")
        page.restored.connect(self._restored_from_trash)
        self.content.addWidget(page)
        self.content.setCurrentWidget(page)
        self.back_action.setEnabled(True)
        page.setFocus()
        return page

    def _restored_from_trash(self, kind: str, item_id: int) -> None:
        with contextlib.suppress(ValueError):
            self.deleted_stack.remove((kind, item_id))
        self._apply_readonly()
        self.statusBar().showMessage(tr("Restored from the trash."), 4000)

    # Running slow work -------------------------------------------------
    def run_task(self, label: str, fn: Callable[[], Any]) -> Any:
        """Run `fn` off the UI thread behind a modal progress dialog (see import_dialog.run_task)."""
        from btvcrm.ui.dialogs.import_dialog import run_task

        self.notifier.pause()
        self.backup_timer.stop()
        try:
            return run_task(self, self.crm, label, fn)
        finally:
            self.backup_timer.start()
            self.notifier.resume()

    # Deleting and undo -------------------------------------------------
    def delete_item(self, kind: str, item_id: int, *, confirm: bool = True) -> bool:
        repository = getattr(self.crm, REPOSITORY.get(kind, ""), None)
        if repository is None or getattr(self.crm, "readonly", False):
            return False
        if confirm:
            answer = QMessageBox.question(
                self, tr("Delete"), tr("Move this item to the trash? You can undo with Ctrl+Z."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            repository.soft_delete(item_id)
        except UserError as error:
            show_user_error(self, error)
            return False
        self.deleted_stack.append((kind, item_id))
        self._apply_readonly()
        self.statusBar().showMessage(tr("Moved to the trash. Ctrl+Z restores it."), 6000)
        return True

    def undo_delete(self) -> bool:
        if not self.deleted_stack or getattr(self.crm, "readonly", False):
            return False
        kind, item_id = self.deleted_stack.pop()
        try:
            getattr(self.crm, REPOSITORY[kind]).restore(item_id)
        except UserError as error:
            show_user_error(self, error)
            return False
        finally:
            self._apply_readonly()
        self.statusBar().showMessage(tr("Restored from the trash."), 4000)
        return True

    # Files: import, export, open, new ------------------------------------
    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Import"), "", tr("Files btvcrm can import ({patterns});;All files (*)").format(patterns=IMPORT_FILTER))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> str | None:
        """Import one file (File ▸ Import, drag and drop): previews for .ics and spreadsheets; returns the report."""
        if getattr(self.crm, "readonly", False):
            QMessageBox.information(self, tr("Read only"), tr("The data file is open read-only; nothing can be imported."))
            return None
        try:
            report = self._import_file(Path(path))
        except UserError as error:
            QMessageBox.warning(self, tr("Import failed"), str(error))
            return None
        if report:
            QMessageBox.information(self, tr("Import"), report)
        return report

    def _import_file(self, path: Path) -> str | None:
        from btvcrm.domain.errors import UserError as _UserError
        from btvcrm.exchange import files
        from btvcrm.exchange.sniff import detect_format

        try:
            data = path.read_bytes()
        except OSError as error:
            raise _UserError(tr("Cannot read {path}: {reason}").format(path=path, reason=error.strerror or error)) from error
        kind = detect_format(str(path), data)
        if kind == "ics":
            from btvcrm.exchange import bridge
            from btvcrm.ui.dialogs.import_dialog import CalendarImportDialog

            previews = bridge.preview_events(self.crm, data)
            dialog = CalendarImportDialog(previews, path.name, self)
            if not dialog.exec():
                return None
            chosen = dialog.chosen()
            self._backup_before_import()
            result = self.run_task(tr("Logging the events…"), lambda: bridge.import_events(self.crm, chosen))
            return str(result.summary(tr("Meetings")))
        skip_invalid = False
        if kind in ("csv", "xlsx"):
            from btvcrm.exchange.spreadsheets import headers_and_mapping
            from btvcrm.ui.dialogs.import_dialog import SpreadsheetImportDialog

            table, mapping, guessed = headers_and_mapping(data, kind)
            sheet = SpreadsheetImportDialog(table, mapping, guessed, path.name, self)
            if not sheet.exec():
                return None
            skip_invalid = sheet.skip_invalid.isChecked()
        self._backup_before_import()
        return str(self.run_task(tr("Importing {name}…").format(name=path.name),
                                 lambda: files.import_from(self.crm, path, skip_invalid=skip_invalid)))

    def _backup_before_import(self) -> None:
        if self.auto_backup is not None and self.crm.path is not None:
            self.run_task(tr("Taking a backup before the import…"), lambda: self.auto_backup.before(self.crm, "import"))

    def _current_list(self) -> tuple[str | None, Any]:
        """The kind shown on the current list page and its filter as on screen."""
        widget = self.page_stack.currentWidget()
        spec = getattr(widget, "spec", None)
        if spec is None or self.content.currentWidget() is not self.page_stack:
            return None, None
        return spec.repository, widget.current_filter()  # type: ignore[attr-defined]

    def _update_export_actions(self) -> None:
        what, _ = self._current_list()
        for key in ("csv", "xlsx"):
            self.export_actions[key].setEnabled(what is not None)

    def export_dialog(self, fmt: str) -> str | None:
        what, list_filter = self._current_list() if fmt in ("csv", "xlsx") else (None, None)
        if fmt in ("csv", "xlsx") and what is None:
            what = "people"
        suggested = {"json": "btvcrm-eksport.json", "ics": "btvcrm-kalender.ics", "vcf": "btvcrm-kontakter.vcf",
                     "csv": f"btvcrm-{what}.csv", "xlsx": f"btvcrm-{what}.xlsx"}[fmt]
        name, _ = QFileDialog.getSaveFileName(self, tr("Export"), suggested, f"*.{fmt}")
        if not name:
            return None
        return self.export_file(Path(name), fmt, what=what, list_filter=list_filter)

    def export_file(self, path: Path, fmt: str, *, what: str | None = None, list_filter: Any = None) -> str | None:
        from btvcrm.exchange import bridge, files

        def work() -> str:
            if fmt == "json":
                return str(files.export_to(self.crm, path, "json"))
            return str(bridge.export_to(self.crm, path, fmt, what=what, list_filter=list_filter))

        try:
            message = str(self.run_task(tr("Exporting…"), work))
        except UserError as error:
            QMessageBox.warning(self, tr("Export failed"), str(error))
            return None
        self.statusBar().showMessage(message, 8000)
        return message

    def open_data_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Open data file"), "",
                                              tr("btvcrm files (*.sqlite *.db);;All files (*)"))
        if name:
            self.switch_to_file(Path(name))

    def new_data_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, tr("New data file"), "btvcrm.sqlite", tr("btvcrm files (*.sqlite)"))
        if not name:
            return
        path = Path(name)
        if path.exists():
            QMessageBox.warning(self, tr("New data file"), tr("{path} exists already. Choose a new name.").format(path=path))
            return
        self.switch_to_file(path)

    def switch_to_file(self, path: Path) -> bool:
        """Close the current file and open `path` (created when new) in this window."""
        from btvcrm.storage.crm import Crm
        from btvcrm.storage.errors import ReadOnlyError

        if self.crm.path is not None and Path(path).resolve() == self.crm.path.resolve():
            return True
        try:
            opened = Crm.open(path)
        except ReadOnlyError as error:
            if not ask_readonly(self, error):
                return False
            try:
                opened = Crm.open(path, readonly=True)
            except UserError as again:
                show_user_error(self, again)
                return False
        except UserError as error:
            show_user_error(self, error)
            return False
        self._finish_file()
        old = self.crm
        old.close()
        self.replace_crm(opened)
        with contextlib.suppress(Exception):
            from btvcrm import settings as user_settings

            chosen = user_settings.load()
            chosen.last_db_path = str(opened.path or "")
            user_settings.save(chosen)
        self.start_auto_backup()
        return True

    def move_data_file(self, dest: Path) -> Path | None:
        """Settings → Move data file: close, copy and verify, remove the old file, reopen here.

        Returns the new path, or None when the file stays where it was."""
        from btvcrm.services.move_file import OldFileKeptError, move_data_file
        from btvcrm.storage.crm import Crm

        path = self.crm.path
        if path is None or getattr(self.crm, "readonly", False):
            QMessageBox.warning(self, tr("Move data file"), tr("Only a data file open for writing can be moved."))
            return None
        dest = Path(dest)
        if dest.exists():
            QMessageBox.warning(self, tr("Move data file"),
                                tr("{path} exists already. Choose a new name.").format(path=dest))
            return None
        self._finish_file()
        self.crm.close()
        warning: UserError | None = None
        try:
            moved = Path(self.run_task(tr("Moving the data file…"), lambda: move_data_file(path, dest)))
        except OldFileKeptError as kept:
            moved, warning = kept.dest, kept
        except UserError as error:
            self.replace_crm(Crm.open(path))
            show_user_error(self, error)
            return None
        try:
            opened = Crm.open(moved)
        except UserError as error:
            show_user_error(self, error)
            self.replace_crm(Crm.open(None))
            return None
        self.replace_crm(opened)
        self._remember_moved_file(path, moved)
        if warning is not None:
            show_user_error(self, warning)
        self.statusBar().showMessage(tr("The data file is now {path}.").format(path=moved), 8000)
        self.start_auto_backup()
        return moved

    @staticmethod
    def _remember_moved_file(old: Path, new: Path) -> None:
        """The next start opens the moved file (settings.json and the next-file choice)."""
        from btvcrm import settings as user_settings
        from btvcrm.ui.settings_dialog import next_file_choice

        chosen = user_settings.load()
        chosen.last_db_path = str(new)
        user_settings.save(chosen)
        upcoming = next_file_choice()
        if upcoming is None or upcoming.resolve() == old.resolve():
            store = settings()
            store.setValue("data/next_file", str(new))
            store.sync()

    def restore_backup(self, source: Path) -> bool:
        """Close the file, replace it with the backup `source`, and open it again."""
        from btvcrm.storage import backup
        from btvcrm.storage.crm import Crm

        path = self.crm.path
        if path is None:
            return False
        self._finish_file(backup_at_close=False)
        self.crm.close()
        error: UserError | None = None
        try:
            self.run_task(tr("Restoring the backup…"), lambda: backup.restore(path, source))
        except UserError as failed:
            error = failed
        reopened = Crm.open(path)
        self.replace_crm(reopened)
        if error is not None:
            show_user_error(self, error)
            return False
        self.statusBar().showMessage(tr("Restored the backup {name}.").format(name=source.name), 8000)
        return True

    def _finish_file(self, *, backup_at_close: bool = True) -> None:
        """Leave the open file: the backup at close, listeners off. Safe to call twice."""
        self.crm.remove_listener(self._listener)
        if self.auto_backup is not None:
            if backup_at_close:
                with contextlib.suppress(sqlite3.ProgrammingError):  # the file was closed already
                    self.auto_backup.on_close(self.crm)
            self.auto_backup.detach(self.crm)
            self.auto_backup = None

    def replace_crm(self, crm: Any) -> None:
        """Show another open Crm in this window (after open, new or restore)."""
        self.crm = crm
        crm.add_listener(self._listener)
        self.auto_backup = make_auto_backup()
        if self.auto_backup is not None:
            self.auto_backup.attach(crm)
        self.deleted_stack.clear()
        self.notifier.crm = crm
        self._rebuild()

    def start_auto_backup(self) -> None:
        """The first-of-the-day backup, behind a progress dialog (called once the window is shown)."""
        if self.auto_backup is None or self.crm.path is None or self.crm.readonly:
            return
        try:
            self.run_task(tr("Taking today's backup…"), lambda: self.auto_backup.on_open(self.crm))
        except UserError as error:
            self.statusBar().showMessage(str(error), 10000)
        self._show_backup_error()

    def backup_tick(self) -> None:
        if self.auto_backup is None:
            return
        self.auto_backup.tick(self.crm)
        self._show_backup_error()

    def _show_backup_error(self) -> None:
        error = getattr(self.auto_backup, "last_error", None)
        if error:
            self.show_banner("backup", tr("Automatic backup failed: {error}").format(error=error), "#fff3cd")
        else:
            self.hide_banner("backup")

    def open_backups(self) -> None:
        from btvcrm.ui.dialogs.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.crm, self, reopen=self.restore_backup, run=self.run_task)
        dialog.exec()

    # Calendar feed -------------------------------------------------------
    def _schedule_calendar_feed(self) -> None:
        from btvcrm import settings as user_settings

        if user_settings.load().calendar_feed_path.strip():
            self.calendar_timer.start()

    def write_calendar_feed(self) -> bool:
        from btvcrm import settings as user_settings
        from btvcrm.exchange import bridge

        target = user_settings.load().calendar_feed_path.strip()
        if not target:
            return False
        try:
            bridge.write_calendar_file(self.crm, Path(target).expanduser())
        except (OSError, UserError) as error:
            self.statusBar().showMessage(tr("Could not update the calendar file: {error}").format(error=error), 8000)
            return False
        return True

    # Drag and drop -------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and all(url.isLocalFile() for url in urls) and not getattr(self.crm, "readonly", False):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # Leave the drop handler first: the platform's drag loop must end before a modal dialog opens.
        QTimer.singleShot(0, lambda: [self.import_file(p) for p in paths])

    def retranslate(self) -> None:
        """Rebuild every widget in the new language, keeping the page and the file."""
        self._rebuild()
        self.language_changed.emit()

    def _rebuild(self) -> None:
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
        self.pages = {}
        self._build()
        self.setWindowTitle(self._title())
        self.show_page(current)
        self.notifier.check()

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
        self.backup_timer.stop()
        if self.calendar_timer.isActive():
            self.calendar_timer.stop()
            self.write_calendar_feed()
        self._finish_file()
        super().closeEvent(event)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.search_popup.isVisible():
            self.search_popup.place()



def ask_readonly(parent: QWidget | None, error: Exception) -> bool:
    """Offer to open a file that cannot be written read-only; True when the user accepts."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("The data file cannot be written"), str(error), parent=parent)
    readonly = box.addButton(tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(readonly)
    box.exec()
    return box.clickedButton() is readonly
