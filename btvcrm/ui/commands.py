"""Every command of the main window as a QAction (shortcut, tooltip), and the menu
bar and toolbar made from them. The window supplies the slots; nothing here
knows what a command does."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QSizePolicy, QToolBar, QWidget

from btvcrm.domain.kinds import Kind
from btvcrm.ui.kinds import new_label
from btvcrm.ui.record_actions import NEW_KINDS

if TYPE_CHECKING:
    from btvcrm.ui.main_window import MainWindow

EXPORT_FORMATS = ("json", "ics", "vcf", "csv", "xlsx")
LIST_EXPORTS = ("csv", "xlsx")  # these export the list on screen


def _action(parent: QObject, text: str, shortcut: Any, slot: Callable[..., object], *,
            tooltip: bool = False) -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tooltip:
            shown = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({shown})")
    action.triggered.connect(slot)
    return action


class Commands(QObject):
    def __init__(self, window: MainWindow, page_titles: list[str]) -> None:
        super().__init__(window)
        w = window
        def new_slot(kind: Kind) -> Callable[[bool], None]:
            def new(_checked: bool = False) -> None:
                w.records.new(kind)
            return new

        self.back = _action(self, self.tr("← Back"), "Alt+Left", w.go_back, tooltip=True)
        self.back.setEnabled(False)
        self.quick_log = _action(self, self.tr("Log contact"), "Ctrl+L", w.quick_log, tooltip=True)
        self.new_meeting = _action(self, self.tr("New meeting"), None, w.new_meeting, tooltip=True)
        self.new_here = _action(self, self.tr("New in this list"), "Ctrl+N", w.new_here, tooltip=True)
        self.new_kinds = {kind: _action(self, new_label(kind), None, new_slot(kind)) for kind in NEW_KINDS}
        self.edit_current = _action(self, self.tr("Edit"), "F2", w.edit_current, tooltip=True)
        self.delete_current = _action(self, self.tr("Delete…"), QKeySequence.StandardKey.Delete, w.delete_current,
                                      tooltip=True)
        self.shortcuts = _action(self, self.tr("&Keyboard shortcuts"), "F1", w.show_shortcuts)
        self.settings = _action(self, self.tr("Settings"), "Ctrl+,", w.open_settings, tooltip=True)
        self.search = _action(self, self.tr("Search"), "Ctrl+K", w.focus_search, tooltip=True)
        def page_slot(index: int) -> Callable[[bool], None]:
            def show(_checked: bool = False) -> None:
                w.show_page_at(index)
            return show

        def export_slot(fmt: str) -> Callable[[bool], None]:
            def export(_checked: bool = False) -> None:
                w.files.export_dialog(fmt)
            return export

        self.pages = [_action(self, title, f"Ctrl+{index + 1}", page_slot(index), tooltip=True)
                      for index, title in enumerate(page_titles)]
        self.quit = _action(self, self.tr("Quit"), QKeySequence.StandardKey.Quit, w.close, tooltip=True)
        self.undo = _action(self, self.tr("Undo delete"), QKeySequence.StandardKey.Undo, w.deletions.undo, tooltip=True)
        self.new_file = _action(self, self.tr("&New data file…"), None, w.session.new_dialog)
        self.open_file = _action(self, self.tr("&Open data file…"), QKeySequence.StandardKey.Open, w.session.open_dialog)
        self.import_file = _action(self, self.tr("&Import…"), "Ctrl+I", w.files.import_dialog)
        self.import_email = _action(self, self.tr("Import e-&mail…"), None, w.files.import_emails_dialog)
        self.import_register = _action(self, self.tr("Import from Enhets&registeret…"), None,
                                       w.files.import_register_dialog)
        texts = {"json": self.tr("Everything as &JSON…"), "ics": self.tr("&Calendar (.ics)…"),
                 "vcf": self.tr("&Address book (.vcf)…"), "csv": self.tr("This list as CS&V…"),
                 "xlsx": self.tr("This list as &Excel (.xlsx)…")}
        self.export = {fmt: _action(self, texts[fmt], None, export_slot(fmt)) for fmt in EXPORT_FORMATS}
        self.backups = _action(self, self.tr("&Backups…"), None, w.open_backups)
        self.trash = _action(self, self.tr("&Trash"), None, w.open_trash)
        self.privacy_review = _action(self, self.tr("Review: no contact in 24 months…"), None, w.open_privacy_review)
        self.about = _action(self, self.tr("&About btvcrm"), None, w.open_about)
        self.export_menu: QMenu | None = None
        for action in (self.search, *self.pages, self.quit, self.undo, self.new_here, self.edit_current,
                       self.delete_current, self.shortcuts):
            w.addAction(action)  # shortcuts that work with the menus closed

    def fill_toolbar(self, toolbar: QToolBar, search_field: QWidget) -> None:
        for action in (self.back, self.quick_log, self.new_meeting):
            toolbar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(search_field)
        toolbar.addAction(self.settings)

    def fill_menus(self, bar: QMenuBar, list_shown: Callable[[], bool]) -> None:
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        new_menu = file_menu.addMenu(self.tr("Ne&w"))
        new_menu.addAction(self.new_here)
        new_menu.addSeparator()
        new_menu.addActions(list(self.new_kinds.values()))
        file_menu.addSeparator()
        file_menu.addActions([self.new_file, self.open_file])
        file_menu.addSeparator()
        file_menu.addActions([self.import_file, self.import_email, self.import_register])
        self.export_menu = file_menu.addMenu(self.tr("&Export"))
        self.export_menu.addActions(list(self.export.values()))

        def update_exports() -> None:
            for fmt in LIST_EXPORTS:
                self.export[fmt].setEnabled(list_shown())

        self.export_menu.aboutToShow.connect(update_exports)
        file_menu.addSeparator()
        file_menu.addActions([self.backups, self.settings])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo)
        edit_menu.addSeparator()
        edit_menu.addActions([self.edit_current, self.delete_current])
        edit_menu.addSeparator()
        edit_menu.addActions([self.quick_log, self.new_meeting, self.search])
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions(self.pages)
        view_menu.addSeparator()
        view_menu.addActions([self.trash, self.back])
        bar.addMenu(self.tr("&People")).addAction(self.privacy_review)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts)
        help_menu.addAction(self.about)

    def apply_readonly(self, readonly: bool, can_undo: bool) -> None:
        for action in (self.quick_log, self.new_meeting, self.import_file, self.import_email, self.import_register,
                       self.new_here, self.edit_current, self.delete_current, *self.new_kinds.values()):
            action.setEnabled(not readonly)
        self.undo.setEnabled(not readonly and can_undo)


__all__ = ["EXPORT_FORMATS", "Commands"]
