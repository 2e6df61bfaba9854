"""Composition root of the desktop app: settings -> language -> open the file -> main window.

`main(db_path, argv)` is called by the command line (`btvcrm`, `btvcrm --db FILE`).
`--check-pages` opens the main window offscreen, visits every page and exits 0
(the packaged app's smoke test). `--exit-after-first-paint` prints
"first-paint-ms: N" (from `$BTVCRM_T0`, seconds since the epoch set by the caller,
else from the start of `main`) once the main window has painted, and exits 0
(bench/startup_bench.py). While the app runs, `ui.crash` logs any bug to the log
folder and tells the user in one sentence.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from btvcrm import paths


def ask_recovery(path: Path, error: BaseException, choices: list[Any]) -> Any:
    """Show the recovery dialog; the `RecoveryChoice` picked."""
    from btvcrm.ui.welcome import RecoveryDialog

    dialog = RecoveryDialog(path, error, choices)
    dialog.exec()
    return dialog.chosen


def open_with_recovery(path: Path | None, *, interactive: bool, create: bool = False,
                       ask: Any = None, pick_file: Any = None, tell: Any = None) -> Any:
    """Open the data file; when it cannot be opened, offer what `services.data_file` offers
    (restore the newest backup of this file, open read-only, look at the backup read-only,
    another file, quit) and carry it out. None when the user quits.

    `create`: the user chose to start a new file here (the welcome dialog). `ask`,
    `pick_file` and `tell` replace the dialogs (tests)."""
    from btvcrm.domain.errors import UserError
    from btvcrm.services import data_file
    from btvcrm.storage.crm import Crm
    from btvcrm.storage.errors import StorageError

    ask = ask or ask_recovery
    pick_file = pick_file or _pick_data_file
    tell = tell or _tell
    while True:
        try:
            if path is None:
                return Crm.open(None)
            return data_file.open_data_file(path, create=create)
        except StorageError as error:
            if not interactive or path is None:
                raise
            choice = ask(path, error, data_file.recovery_choices(path, error))
            if choice is None or choice.action == data_file.QUIT:
                return None
            if choice.action == data_file.OTHER_FILE:
                chosen = pick_file(path)
                if chosen is None:
                    continue
                path, create = Path(chosen), False
                continue
            try:
                recovered = data_file.recover(path, choice)
            except UserError as failed:
                tell(str(failed))
                continue
            if recovered is None:
                return None
            if recovered.message:
                tell(recovered.message)
            return recovered.crm


def _pick_data_file(near: Path) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    from btvcrm.ui.i18n import translate

    name, _ = QFileDialog.getOpenFileName(None, translate("App", "Open data file"), str(near.parent),
                                          translate("App", "btvcrm files (*.sqlite *.db);;All files (*)"))
    return Path(name) if name else None


def _tell(text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    from btvcrm.ui.i18n import translate

    QMessageBox.information(None, translate("App", "Data file"), text)


def choose_start_file(db_path: Path | None, *, check_pages: bool) -> tuple[Path | None, str | None] | None:
    """The file to open and what to do first (None, "empty" or "demo": make a new file);
    None when the user cancels. A file that is missing is never made without the user's
    choice: the welcome dialog says so, and offers its newest backup if there is one."""
    from btvcrm.ui.window_state import next_file_choice

    if check_pages and db_path is None:
        return None, None  # a throwaway in-memory file
    remembered = db_path or next_file_choice()
    path = remembered or paths.default_db_path()
    if check_pages or path.exists() or path.is_symlink():
        return path, None  # anything there (even damaged or a folder) goes to open_with_recovery
    from btvcrm.services import backups
    from btvcrm.ui.welcome import WelcomeDialog

    newest = backups.newest_backup(path)
    dialog = WelcomeDialog(path, missing=remembered is not None, backup=newest)
    if not dialog.exec() or dialog.choice is None:
        return None
    if dialog.choice == "open" and dialog.chosen_path is not None:
        return dialog.chosen_path, None
    if dialog.choice == "restore" and newest is not None:
        from btvcrm.domain.errors import UserError
        from btvcrm.services.data_file import RESTORE, RecoveryChoice, recover

        try:
            recovered = recover(path, RecoveryChoice(RESTORE, newest))
        except UserError as error:
            _tell(str(error))  # then the recovery dialog offers what is left
            return path, None
        if recovered is not None:
            if recovered.message:
                _tell(recovered.message)
            recovered.crm.close()
        return path, None
    return path, dialog.choice if dialog.choice in ("demo", "empty") else None


# The Qt-free modules the first window uses, imported before PySide6. Once PySide6 is loaded, its
# import hook reads the source of every module imported after it (looking for "PySide6", for its
# `__feature__` switch): about 0.2 ms a module run from source, ~95 modules on the way to the first
# paint. Imported first, only the modules a ui module names itself are read. (The packaged app has
# no sources, so there the hook finds nothing to read.) tests/test_cli_start.py keeps these Qt-free.
QT_FREE_START = (
    "faulthandler", "ctypes", "fcntl", "html", "glob", "json",
    "btvcrm.i18n", "btvcrm.settings", "btvcrm.domain.kinds", "btvcrm.domain.responsible",
    "btvcrm.storage.crm", "btvcrm.storage.safety", "btvcrm.storage.people", "btvcrm.storage.meetings",
    "btvcrm.storage.follow_ups", "btvcrm.storage.counties", "btvcrm.storage.today",
    "btvcrm.storage.timeline", "btvcrm.storage.keep_in_touch", "btvcrm.storage.search",
    "btvcrm.services.data_file", "btvcrm.services.backups", "btvcrm.services.records",
)


def import_qt_free_start() -> None:
    import importlib

    for name in QT_FREE_START:
        importlib.import_module(name)


def main(db_path: Path | None = None, argv: Sequence[str] | None = None) -> int:
    started = float(os.environ.get("BTVCRM_T0") or time.time())
    args = list(sys.argv[1:] if argv is None else argv)
    check_pages = "--check-pages" in args
    first_paint = "--exit-after-first-paint" in args
    args = [a for a in args if a not in ("--check-pages", "--exit-after-first-paint")]
    if check_pages and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    import_qt_free_start()
    from PySide6.QtWidgets import QApplication

    from btvcrm.ui import i18n

    app = QApplication.instance() or QApplication(["btvcrm", *args])
    assert isinstance(app, QApplication)
    app.setApplicationName("btvcrm")
    app.setOrganizationName("btvcrm")
    app.setApplicationDisplayName("btvcrm")
    from btvcrm.ui.main_window import app_icon

    app.setWindowIcon(app_icon())
    i18n.install()
    from btvcrm.ui import crash

    handler = crash.install()  # a bug from here on: logged, and one short sentence on screen
    try:
        return _run(app, db_path, check_pages=check_pages, first_paint=first_paint, started=started)
    finally:
        handler.uninstall()


def _run(app: Any, db_path: Path | None, *, check_pages: bool, first_paint: bool, started: float) -> int:
    from PySide6.QtWidgets import QMessageBox

    from btvcrm.domain.errors import UserError
    from btvcrm.ui import i18n

    choice = choose_start_file(db_path, check_pages=check_pages or first_paint)
    if choice is None:
        return 1
    path, fill = choice
    try:
        crm = open_with_recovery(path, interactive=not (check_pages or first_paint),
                                 create=fill in ("demo", "empty"))
    except UserError as error:
        if check_pages:
            print(f"btvcrm: {error}", file=sys.stderr)
        else:
            QMessageBox.critical(None, i18n.translate("App", "Could not open the data file"), str(error))
        return 1
    if crm is None:
        return 1
    window = None
    try:
        if fill == "demo":
            from btvcrm.demo import fill_demo

            fill_demo(crm)
        from btvcrm.ui.main_window import MainWindow

        window = MainWindow(crm)
        if first_paint:
            return _run_until_first_paint(app, window, started)
        window.show()
        if check_pages:
            visited = window.check_pages()
            print("checked pages: " + ", ".join(visited))
            window.close()
            return 0
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, window.session.start_auto_backup)
        return int(app.exec())
    finally:
        (window.crm if window is not None else crm).close()
        if window is not None and window.crm is not crm:
            crm.close()


def _run_until_first_paint(app: Any, window: Any, started: float) -> int:
    """Show the window, wait for its first paint, print the elapsed milliseconds and quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not hasattr(self, "at"):
                self.at = time.time()
                QTimer.singleShot(0, app.quit)
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    app.exec()
    elapsed = (getattr(watcher, "at", time.time()) - started) * 1000
    print(f"first-paint-ms: {elapsed:.0f}", flush=True)
    window.removeEventFilter(watcher)
    window.close()
    return 0


def _cli(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="btvcrm-app")
    parser.add_argument("--db", type=Path)
    parser.add_argument("--check-pages", action="store_true")
    parser.add_argument("--exit-after-first-paint", action="store_true")
    known, rest = parser.parse_known_args(argv)
    flags = [*(["--check-pages"] if known.check_pages else []),
             *(["--exit-after-first-paint"] if known.exit_after_first_paint else [])]
    return main(known.db, [*rest, *flags])


if __name__ == "__main__":
    sys.exit(_cli())
