"""The shell's wiring: a missing record says so, every timer pauses for background work,
the calendar file follows changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import btvcrm.ui.main_window as main_window
from btvcrm import settings as user_settings
from btvcrm.domain.models import Organisation
from btvcrm.ui import background

pytestmark = pytest.mark.gui


def test_a_missing_record_shows_a_sentence_not_a_page(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(main_window, "show_user_error", lambda _parent, error: shown.append(str(error)))
    before = window.detail_depth()
    assert window.open_item("meeting", 999_999) is None
    assert window.detail_depth() == before
    assert shown and "999999" in shown[0].replace("\u00a0", "")


def test_a_kind_without_a_page_is_a_bug(window: Any) -> None:
    with pytest.raises(ValueError):
        window.open_item("no_such_kind", 1)


def test_background_work_pauses_the_backup_tick_the_calendar_feed_and_the_reminders(window: Any) -> None:
    window.calendar_feed.timer.start()
    seen: list[tuple[bool, bool, bool]] = []

    def work() -> None:
        seen.append((window.session.backup_timer.held, window.calendar_feed.timer.held, not window.notifier.timer.isActive()))

    window.run_task("…", work)
    assert seen == [(True, True, True)]
    assert window.session.backup_timer.isActive() and window.calendar_feed.timer.isActive()


def test_the_calendar_file_is_rewritten_after_a_change(qtbot: Any, window: Any, tmp_path: Path) -> None:
    target = tmp_path / "feed.ics"
    chosen = user_settings.load()
    chosen.calendar_feed_path = str(target)
    user_settings.save(chosen)
    window.crm.organisations.save(Organisation(name="Skien kommune"))  # any committed change
    assert window.calendar_feed.timer.isActive()
    with qtbot.waitSignal(window.calendar_feed.timer.timeout, timeout=5000):
        pass
    assert target.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


def test_closing_writes_a_pending_calendar_file(window: Any, tmp_path: Path) -> None:
    target = tmp_path / "feed.ics"
    chosen = user_settings.load()
    chosen.calendar_feed_path = str(target)
    user_settings.save(chosen)
    window.calendar_feed.schedule()
    window.close()
    assert target.exists()
    assert not background.paused()
