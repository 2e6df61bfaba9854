"""Reminders without a server: due follow-ups raise a tray message and a badge on «I dag»."""

from __future__ import annotations

from typing import TYPE_CHECKING

# Dialogs through the module: PySide makes a class, with a Python enum per C++ enum in it,
# when its name is first read; not at start.
from PySide6 import QtWidgets
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from btvcrm import paths
from btvcrm.domain import clock
from btvcrm.domain.filters import ListFilter
from btvcrm.storage.crm import Crm
from btvcrm.ui import background
from btvcrm.ui.i18n import translate

if TYPE_CHECKING:
    from btvcrm.ui.main_window import MainWindow

CHECK_INTERVAL_MS = 15 * 60 * 1000


def due_count(crm: Crm) -> int:
    """Open follow-ups due today or earlier."""
    return int(crm.follow_ups.query_count(ListFilter(status="open", date_to=clock.today())))


class Notifier(QObject):
    def __init__(self, crm: Crm, window: MainWindow) -> None:
        super().__init__(window)
        self.crm = crm
        self.window = window
        self.count = 0
        self._notified_for: tuple[str, int] | None = None
        self.tray: QtWidgets.QSystemTrayIcon | None = None
        self.stopped = False
        self.started = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_and_notify)
        background.register_pausable(self)  # no check while background work uses the file

    def start(self) -> None:
        if self.stopped:
            return
        if (self.tray is None and QtWidgets.QSystemTrayIcon.isSystemTrayAvailable()
                and QApplication.platformName() != "offscreen"):
            icon = QIcon(str(paths.resource("logo.png")))
            self.tray = QtWidgets.QSystemTrayIcon(icon, self)
            self.tray.setToolTip("btvcrm")
            self.tray.activated.connect(self._tray_activated)
            self.tray.show()
        self.started = True
        self.timer.start()
        self.check_and_notify()

    def pause(self) -> None:
        """Hold the periodic check (while a worker thread uses the Crm)."""
        self.timer.stop()

    def resume(self) -> None:
        if not self.stopped and self.started:
            self.timer.start()

    def stop(self) -> None:
        self.stopped = True
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def check(self) -> int:
        if self.stopped:
            return self.count
        self.count = due_count(self.crm)
        self.window.set_badge(self.count)
        return self.count

    def check_and_notify(self) -> None:
        count = self.check()
        key = (clock.today().isoformat(), count)
        if count and self.tray is not None and key != self._notified_for:
            self._notified_for = key
            self.tray.showMessage(
                self.tr("Follow-ups due"),
                translate("Notifier", "%n follow-up(s) due today or overdue.", "", count),
                QtWidgets.QSystemTrayIcon.MessageIcon.Information,
                10_000,
            )

    def _tray_activated(self, _reason: object) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        self.window.show_page("today")
