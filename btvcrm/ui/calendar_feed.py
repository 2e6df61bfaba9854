"""The calendar file kept up to date (Settings → Calendar file): an .ics of the
meetings and follow-ups (as tasks, or as all-day events for Outlook and Google:
Settings → Follow-ups in it), rewritten two seconds after the last change, for a
calendar client to subscribe to. The timer is paused by background work."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from btvcrm import settings as user_settings
from btvcrm.domain.errors import UserError
from btvcrm.storage.crm import Crm
from btvcrm.ui import background
from btvcrm.ui.background import PausableTimer
from btvcrm.ui.i18n import arg, error_text

DEBOUNCE_MS = 2000


class CalendarFeed(QObject):
    message = Signal(str, int)

    def __init__(self, crm: Callable[[], Crm], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._crm = crm  # the window's current file, asked at write time
        self.timer = PausableTimer(self, interval=DEBOUNCE_MS, single_shot=True)
        self.timer.timeout.connect(self.write_now)

    @staticmethod
    def target() -> Path | None:
        chosen = user_settings.load().calendar_feed_path.strip()
        return Path(chosen).expanduser() if chosen else None

    def schedule(self) -> None:
        """After a change: write soon (once, however many changes come meanwhile)."""
        if self.target() is not None:
            self.timer.start_unless_held()

    def write_now(self) -> bool:
        from btvcrm.exchange import bridge

        target = self.target()
        if target is None:
            return False
        try:
            bridge.write_calendar_file(self._crm(), target,
                                       all_day_follow_ups=user_settings.load().feed_all_day_follow_ups)
        except (OSError, UserError) as error:
            self.message.emit(arg(self.tr("Could not update the calendar file: %1"), error_text(error)), 8000)
            return False
        return True

    def flush(self) -> None:
        """At close: write what is still pending, then stop."""
        pending = self.timer.pending
        self.timer.stop()
        background.unregister_pausable(self.timer)
        if pending:
            self.write_now()


__all__ = ["CalendarFeed"]
