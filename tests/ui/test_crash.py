"""A bug in a slot: the traceback goes to the log file, the user sees one short box."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from btvcrm import paths
from btvcrm.domain.errors import UserError
from btvcrm.ui.crash import CrashHandler

pytestmark = [pytest.mark.gui, pytest.mark.qt_no_exception_capture]


class Emitter(QObject):
    fire = Signal()


@pytest.fixture
def handler(qapp: Any, tmp_path: Path) -> Iterator[CrashHandler]:
    installed = CrashHandler(tmp_path / "logs").install()
    yield installed
    if installed.box is not None:
        installed.box.close()
    installed.uninstall()


def test_an_exception_in_a_slot_is_logged_and_reported(qtbot: Any, handler: CrashHandler) -> None:
    emitter = Emitter()

    def broken() -> None:
        {}["missing"]  # noqa: B018 - the bug

    emitter.fire.connect(broken)
    with qtbot.waitSignal(handler.reported, timeout=2000) as blocker:
        emitter.fire.emit()
    logged = handler.log_path.read_text(encoding="utf-8")
    assert "Traceback" in logged and "KeyError" in logged and "broken" in logged
    assert str(handler.log_path) in blocker.args[0]
    assert handler.box is not None and handler.box.isVisible()
    assert "Traceback" not in handler.box.text()


def test_only_one_box_at_a_time(qtbot: Any, handler: CrashHandler) -> None:
    emitter = Emitter()
    emitter.fire.connect(lambda: 1 / 0)
    with qtbot.waitSignal(handler.reported, timeout=2000):
        emitter.fire.emit()
    first = handler.box
    with qtbot.waitSignal(handler.reported, timeout=2000):
        emitter.fire.emit()
    assert handler.box is first
    assert handler.log_path.read_text(encoding="utf-8").count("ZeroDivisionError") >= 2


def test_a_user_error_shows_its_sentence(qtbot: Any, handler: CrashHandler) -> None:
    emitter = Emitter()

    def refuse() -> None:
        raise UserError("Datafilen er låst av et annet program.")

    emitter.fire.connect(refuse)
    with qtbot.waitSignal(handler.reported, timeout=2000) as blocker:
        emitter.fire.emit()
    assert blocker.args == ["Datafilen er låst av et annet program."]


def test_a_worker_thread_reports_on_the_ui_thread(qtbot: Any, handler: CrashHandler) -> None:
    def work() -> None:
        raise RuntimeError("worker bug")

    with qtbot.waitSignal(handler.reported, timeout=2000):
        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
    assert "worker bug" in handler.log_path.read_text(encoding="utf-8")


def test_the_log_lives_in_the_user_data_folder() -> None:
    assert paths.log_dir().parent == paths.user_data_dir()
    assert CrashHandler().log_path.parent == paths.log_dir()
