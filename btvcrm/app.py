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
import shutil
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from btvcrm import paths


def newest_backup(db_path: Path) -> Path | None:
    folder = paths.backup_dir(db_path)
    if not folder.is_dir():
        return None
    candidates = [p for p in folder.glob("*.sqlite") if p.is_file()]
    return max(candidates, key=lambda p: p.stat().st_mtime) if candidates else None


def restore_copy(backup: Path, db_path: Path) -> Path:
    """Copy a backup beside the damaged file (never over it) and return the copy."""
    from btvcrm.domain import clock

    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.stem}-gjenopprettet-{stamp}{db_path.suffix or '.sqlite'}")
    shutil.copy2(backup, target)
    return target


def open_with_recovery(path: Path | None, *, interactive: bool) -> Any:
    """Open the data file; on a StorageError offer another file or the newest backup."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from btvcrm.storage.crm import Crm
    from btvcrm.storage.errors import ReadOnlyError, StorageError
    from btvcrm.ui.i18n import arg, translate

    while True:
        try:
            return Crm.open(path)
        except ReadOnlyError as error:
            if not interactive or path is None:
                raise
            from btvcrm.ui.file_session import ask_readonly

            if ask_readonly(None, error):
                return Crm.open(path, readonly=True)
            return None
        except StorageError as error:
            if not interactive or path is None:
                raise
            box = QMessageBox(QMessageBox.Icon.Warning, translate("App", "Could not open the data file"), str(error))
            other = box.addButton(translate("App", "Choose another file…"), QMessageBox.ButtonRole.AcceptRole)
            backup = newest_backup(path)
            restore = None
            if backup is not None:
                restore = box.addButton(arg(translate("App", "Open the newest backup (%1)"), backup.name),
                                        QMessageBox.ButtonRole.AcceptRole)
            box.addButton(translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            clicked = box.clickedButton()
            if clicked is other:
                name, _ = QFileDialog.getOpenFileName(None, translate("App", "Open data file"), str(path.parent),
                                                      translate("App", "btvcrm files (*.sqlite *.db);;All files (*)"))
                if not name:
                    return None
                path = Path(name)
            elif restore is not None and clicked is restore and backup is not None:
                path = restore_copy(backup, path)
            else:
                return None


def choose_start_file(db_path: Path | None, *, check_pages: bool) -> tuple[Path | None, str | None] | None:
    """The file to open and what to fill it with (None, "demo"); None when the user cancels."""
    from btvcrm.ui.settings_dialog import next_file_choice

    if db_path is not None:
        return db_path, None
    if check_pages:
        return None, None  # a throwaway in-memory file
    path = next_file_choice() or paths.default_db_path()
    if path.exists():
        return path, None
    from btvcrm.ui.welcome import WelcomeDialog

    dialog = WelcomeDialog(path)
    if not dialog.exec() or dialog.choice is None:
        return None
    if dialog.choice == "open" and dialog.chosen_path is not None:
        return dialog.chosen_path, None
    return path, dialog.choice if dialog.choice == "demo" else None


def main(db_path: Path | None = None, argv: Sequence[str] | None = None) -> int:
    started = float(os.environ.get("BTVCRM_T0") or time.time())
    args = list(sys.argv[1:] if argv is None else argv)
    check_pages = "--check-pages" in args
    first_paint = "--exit-after-first-paint" in args
    args = [a for a in args if a not in ("--check-pages", "--exit-after-first-paint")]
    if check_pages and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

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
        crm = open_with_recovery(path, interactive=not (check_pages or first_paint))
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
