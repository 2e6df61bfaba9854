"""The one way the app runs long work off the UI thread (like Anki's QueryOp/CollectionOp).

`BackgroundOp(parent, label, work, crm=...)` runs `work(progress)` on a worker
thread. `progress(done, total)` may be called from the Qt-free code as often
as it likes (`total` None: unknown); the progress dialog, shown only when the
work takes longer than `PROGRESS_DELAY_MS`, follows it. While the work runs:

- every registered timer is paused (`register_pausable`: the backup tick, the
  calendar feed, the reminders) and resumed afterwards, so nothing on the UI
  thread touches the data file meanwhile;
- the Crm's change listeners are held (`crm.listeners_held()`), and run once on
  the UI thread when the work is done;
- `run()` blocks the caller (input is held back; the event loop keeps painting)
  and returns the result or raises the work's error on the UI thread;
  `start()` returns at once and emits `succeeded(result)` or `failed(error)`.

The worker is a plain Python thread: no Qt object is created or deleted on it.
"""

from __future__ import annotations

import contextlib
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Protocol

# QEventLoop and QProgressDialog through their modules: PySide makes a class (and a Python
# enum per C++ enum in it) when its name is first read, so these cost nothing before a long job.
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm

#: The dialog appears only for work that takes longer than this.
PROGRESS_DELAY_MS = 300

Progress = Callable[[int, int | None], None]


class Pausable(Protocol):
    def pause(self) -> None: ...
    def resume(self) -> None: ...


_pausables: weakref.WeakSet[Any] = weakref.WeakSet()
_pause_depth = 0


def register_pausable(item: Pausable) -> None:
    """Pause `item` while any background work runs (kept by a weak reference)."""
    _pausables.add(item)
    if _pause_depth:
        item.pause()


def unregister_pausable(item: Pausable) -> None:
    _pausables.discard(item)


@contextlib.contextmanager
def timers_paused() -> Iterator[None]:
    """Pause every registered timer; nested calls resume only at the outermost exit."""
    global _pause_depth
    _pause_depth += 1
    if _pause_depth == 1:
        for item in list(_pausables):
            with contextlib.suppress(RuntimeError):  # its C++ side is gone
                item.pause()
    try:
        yield
    finally:
        _pause_depth -= 1
        if _pause_depth == 0:
            for item in list(_pausables):
                with contextlib.suppress(RuntimeError):
                    item.resume()


def paused() -> bool:
    return _pause_depth > 0


class PausableTimer(QTimer):
    """A QTimer that background work pauses: a running timer stops and starts again after."""

    def __init__(self, parent: QObject | None = None, *, interval: int = 0, single_shot: bool = False) -> None:
        super().__init__(parent)
        self.setInterval(interval)
        self.setSingleShot(single_shot)
        self._was_active = False
        self.held = False
        register_pausable(self)

    def pause(self) -> None:
        self._was_active = self._was_active or self.isActive()
        self.held = True
        self.stop()

    def resume(self) -> None:
        self.held = False
        if self._was_active:
            self._was_active = False
            self.start()

    @property
    def pending(self) -> bool:
        """Running, or would be running but for background work."""
        return self.isActive() or (self.held and self._was_active)

    def start_unless_held(self) -> None:
        """Start (or restart) now, or when the background work is done."""
        if self.held:
            self._was_active = True
        else:
            self.start()


class _Relay(QObject):
    """Carries the worker's news to the UI thread (queued: emitted on the worker)."""

    done = Signal(object, object)  # result, error
    progressed = Signal(int, object)  # done, total


class BackgroundOp(QObject):
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget | None, label: str, work: Callable[[Progress], Any], *,
                 crm: Crm | None = None, delay_ms: int | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.label = label
        self.work = work
        self.crm = crm
        self.delay_ms = PROGRESS_DELAY_MS if delay_ms is None else delay_ms
        self.dialog: QtWidgets.QProgressDialog | None = None
        self.running = False
        self.finished = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.last_progress: tuple[int, int | None] | None = None
        self._relay = _Relay()
        self._relay.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self._relay.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_dialog)
        self._exits: contextlib.ExitStack | None = None
        self._last_emit = 0.0

    # Starting ------------------------------------------------------------------------
    def start(self) -> None:
        """Start the work; `succeeded`/`failed` follow on the UI thread."""
        if self.running or self.finished:
            raise RuntimeError("a BackgroundOp runs once")
        self.running = True
        self._exits = contextlib.ExitStack()
        self._exits.enter_context(timers_paused())
        if self.crm is not None:
            self._exits.enter_context(self.crm.listeners_held())
        self._show_timer.start(self.delay_ms)
        thread = threading.Thread(target=self._run_work, name=f"btvcrm: {self.label}", daemon=True)
        thread.start()

    def run(self) -> Any:
        """Start, wait (user input held back; painting goes on) and return the result or raise."""
        loop = QtCore.QEventLoop()
        self._relay.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        self._show_timer.timeout.connect(loop.quit)
        self.start()
        if not self.finished:
            # Before the dialog shows, keep the user's clicks and keys for later ...
            loop.exec(QtCore.QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        while not self.finished:
            # ... after, the modal dialog keeps them from the rest of the app.
            loop.exec()
        if self.error is not None:
            raise self.error
        return self.result

    # On the worker thread --------------------------------------------------------------
    def _run_work(self) -> None:
        try:
            result = self.work(self._report_progress)
        except BaseException as error:  # noqa: BLE001 - handed to the UI thread, raised there
            self._relay.done.emit(None, error)
            return
        self._relay.done.emit(result, None)

    def _report_progress(self, done: int, total: int | None = None) -> None:
        now = time.monotonic()
        if now - self._last_emit < 0.05 and (total is None or done < total):
            return  # a million rows need not be a million events
        self._last_emit = now
        self._relay.progressed.emit(int(done), total)

    # Back on the UI thread ---------------------------------------------------------------
    def _show_dialog(self) -> None:
        if self.finished or self.dialog is not None:
            return
        dialog = QtWidgets.QProgressDialog(self.label, "", 0, 0, self.parent_widget)
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setObjectName("backgroundProgress")
        dialog.setAccessibleName(self.label)
        dialog.setCancelButton(None)  # type: ignore[arg-type]  # the work cannot stop half-way
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(380)
        self.dialog = dialog
        if self.last_progress is not None:
            self._progressed(*self.last_progress)
        dialog.show()

    def _progressed(self, done: int, total: int | None) -> None:
        self.last_progress = (done, total)
        if self.dialog is None:
            return
        if total:
            self.dialog.setRange(0, int(total))
            self.dialog.setValue(min(done, int(total)))
        else:
            self.dialog.setRange(0, 0)

    def _done(self, result: Any, error: BaseException | None) -> None:
        self.result, self.error = result, error
        self.finished = True
        self.running = False
        self._show_timer.stop()
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        if self._exits is not None:
            exits, self._exits = self._exits, None
            exits.close()  # timers resume; held change notices run here, on the UI thread
        if error is None:
            self.succeeded.emit(result)
        else:
            self.failed.emit(error)


def run(parent: QWidget | None, label: str, fn: Callable[[], Any], *, crm: Crm | None = None) -> Any:
    """`fn()` off the UI thread behind the progress dialog; its result, or its error raised here."""
    return BackgroundOp(parent, label, lambda _progress: fn(), crm=crm).run()


def run_with_progress(parent: QWidget | None, label: str, fn: Callable[[Progress], Any], *,
                      crm: Crm | None = None) -> Any:
    """Like `run`, handing `fn` a `progress(done, total)` callback."""
    return BackgroundOp(parent, label, fn, crm=crm).run()


__all__ = [
    "PROGRESS_DELAY_MS",
    "BackgroundOp",
    "PausableTimer",
    "Progress",
    "paused",
    "register_pausable",
    "run",
    "run_with_progress",
    "timers_paused",
    "unregister_pausable",
]
