"""The background-operation helper: off the UI thread, progress, timers paused, listeners held."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QProgressDialog, QWidget

from btvcrm.domain.errors import UserError
from btvcrm.domain.models import Organisation
from btvcrm.storage.crm import Crm
from btvcrm.ui import background
from btvcrm.ui.background import BackgroundOp, PausableTimer

pytestmark = pytest.mark.gui


def test_run_returns_the_result_from_another_thread(qtbot: Any) -> None:
    threads: list[threading.Thread] = []

    def work() -> int:
        threads.append(threading.current_thread())
        return 42

    assert background.run(None, "Working…", work) == 42
    assert threads and threads[0] is not threading.main_thread()


def test_run_raises_the_error_on_the_ui_thread(qtbot: Any) -> None:
    def work() -> None:
        raise UserError("Disken er full.")

    with pytest.raises(UserError, match="Disken er full."):
        background.run(None, "Working…", work)


def test_progress_dialog_shows_after_the_delay_and_follows_progress(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()
    seen: list[QProgressDialog] = []

    def work(progress: background.Progress) -> str:
        progress(3, 10)
        release.wait(10)
        progress(10, 10)
        return "ferdig"

    op = BackgroundOp(parent, "Importerer…", work, delay_ms=0)
    with qtbot.waitSignal(op.succeeded, timeout=10_000) as blocker:
        op.start()
        qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.isVisible())
        assert op.dialog is not None
        seen.append(op.dialog)
        qtbot.waitUntil(lambda: seen[0].maximum() == 10 and seen[0].value() == 3)
        assert seen[0].labelText() == "Importerer…"
        release.set()
    assert blocker.args == ["ferdig"]
    assert op.dialog is None


def test_quick_work_shows_no_dialog(qtbot: Any) -> None:
    op = BackgroundOp(None, "Kjapt", lambda _progress: 1, delay_ms=60_000)
    with qtbot.waitSignal(op.succeeded, timeout=5000):
        op.start()
    assert op.dialog is None


def test_every_timer_pauses_while_work_runs(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    ticking = PausableTimer(owner, interval=60_000)
    ticking.start()
    idle = PausableTimer(owner, interval=60_000)

    class Reminder:
        paused = False

        def pause(self) -> None:
            self.paused = True

        def resume(self) -> None:
            self.paused = False

    reminder = Reminder()
    background.register_pausable(reminder)
    during: list[tuple[bool, bool, bool]] = []

    def work() -> None:
        during.append((ticking.held, idle.held, reminder.paused))

    background.run(owner, "…", work)
    assert during == [(True, True, True)]
    assert ticking.isActive() and not idle.isActive() and not reminder.paused
    background.unregister_pausable(reminder)


def test_listeners_run_once_on_the_ui_thread_after_the_work(qtbot: Any) -> None:
    calls: list[threading.Thread] = []
    with Crm.open(None) as crm:
        crm.add_listener(lambda: calls.append(threading.current_thread()))

        def work() -> None:
            crm.organisations.save(Organisation(name="A"))
            crm.organisations.save(Organisation(name="B"))
            assert calls == []

        background.run(None, "…", work, crm=crm)
        assert calls == [threading.main_thread()]
