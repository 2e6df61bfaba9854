"""What happens when a bug escapes: the traceback goes to a rotating log file in
the user data folder (`paths.log_dir()`), and the user sees one short sentence
saying so, as qutebrowser does. A `UserError` that got this far is shown as the
sentence it is. Installed by `app.py` for the main thread and worker threads."""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from btvcrm import paths
from btvcrm.domain.errors import UserError
from btvcrm.ui.i18n import arg

LOG_NAME = "btvcrm.log"
MAX_BYTES = 1_000_000
KEEP = 3

log = logging.getLogger("btvcrm")


class _RotatingLog(logging.Handler):
    """A rotating log file opened at the first record: most runs log nothing, and
    `logging.handlers` (with socket and pickle) costs ~5 ms of every start."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            import logging.handlers

            self._file = logging.handlers.RotatingFileHandler(self.path, maxBytes=MAX_BYTES, backupCount=KEEP,
                                                              encoding="utf-8")
            self._file.setFormatter(
                logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"))
        self._file.handle(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        super().close()


class CrashHandler(QObject):
    """`sys.excepthook` and `threading.excepthook`; `reported(text)` after each report."""

    reported = Signal(str)
    _from_thread = Signal(object, object, object)

    def __init__(self, folder: Path | None = None) -> None:
        super().__init__()
        self.folder = folder or paths.log_dir()
        self.log_path = self.folder / LOG_NAME
        self.box: QMessageBox | None = None
        self._handler: logging.Handler | None = None
        self._native: IO[str] | None = None
        self._previous: tuple[Any, Any] = (sys.excepthook, threading.excepthook)
        self._from_thread.connect(self.excepthook, Qt.ConnectionType.QueuedConnection)

    def install(self, *, native: bool = False) -> CrashHandler:
        """Take over the hooks; `native` also sends fatal crashes (faulthandler: segfaults, aborts
        in C extensions) to `fatal.log` in the log folder."""
        self.folder.mkdir(parents=True, exist_ok=True)
        handler = _RotatingLog(self.log_path)
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        self._handler = handler
        if native and not faulthandler.is_enabled():  # (pytest and `python -X faulthandler` have their own)
            self._native = open(self.folder / "fatal.log", "a", encoding="utf-8")  # noqa: SIM115 - kept open
            faulthandler.enable(self._native)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_hook
        return self

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous
        if self._handler is not None:
            log.removeHandler(self._handler)
            self._handler.close()
            self._handler = None
        if self._native is not None:
            faulthandler.disable()
            self._native.close()
            self._native = None

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        # Qt widgets live on the UI thread: report there.
        self._from_thread.emit(args.exc_type, args.exc_value, args.exc_traceback)

    def excepthook(self, kind: type[BaseException], value: BaseException | None,
                   tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous[0](kind, value, tb)
            return
        if isinstance(value, UserError):
            log.warning("a user error reached the top: %s", value)
            self.show(str(value))
            return
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("unhandled %s\n%s", kind.__name__, text.rstrip())
        self.show(arg(self.tr("Something went wrong: %1\n\nThe details are in the log: %2"), value if value is not None and str(value) else kind.__name__, self.log_path))

    def show(self, text: str) -> None:
        """One short box at a time (a bug in a timer must not open a hundred)."""
        self.reported.emit(text)
        if QApplication.instance() is None:
            print(f"btvcrm: {text}", file=sys.stderr)
            return
        if self.box is not None and self.box.isVisible():
            return
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Something went wrong"), text)
        box.setObjectName("crashBox")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()  # not exec(): no event loop inside the hook
        self.box = box


def install(folder: Path | None = None, *, native: bool = True) -> CrashHandler:
    return CrashHandler(folder).install(native=native)


__all__ = ["CrashHandler", "install"]
