"""The PDF and e-mail buttons of the detail pages.

The flow is the same for the minutes, the county report and the meeting brief:
a save dialog proposes a safe file name; the document object is built on the
UI thread (it reads the Crm, which lives there); the pure reportlab rendering
runs off the UI thread through `ui.background` (a progress dialog when it takes a while); the result is opened in the
system viewer. The e-mail button does the same, then writes an `.eml` draft
(marked unsent) next to the PDF with the PDF attached, and opens that instead.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QObject,
    QStandardPaths,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from btvcrm.domain.errors import UserError
from btvcrm.services.documents import EmailDraft
from btvcrm.ui import background
from btvcrm.ui.background import BackgroundOp
from btvcrm.ui.i18n import arg, error_text, translate
from btvcrm.ui.widgets.common import show_error_text, show_user_error

_last_folder: Path | None = None


def default_folder() -> Path:
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def ask_pdf_path(parent: QWidget | None, suggested_name: str) -> Path | None:
    """The save dialog (tests replace this function or QFileDialog.getSaveFileName)."""
    global _last_folder
    name, _filter = QFileDialog.getSaveFileName(
        parent, translate("PdfExport", "Save PDF"), str(default_folder() / suggested_name),
        translate("PdfExport", "PDF documents (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    _last_folder = path.parent
    return path


def open_file(path: Path) -> bool:
    """Open a file in the system's viewer; does nothing on the offscreen platform (tests, screenshots)."""
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen" or QGuiApplication.platformName() == "offscreen":
        return False
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def open_and_tell(widget: QWidget | None, path: Path) -> bool:
    """Open a written file in the system's viewer and say where it is in the window's status
    bar, also (and above all) when no program could open it."""
    opened = open_file(path)
    text = (arg(translate("PdfExport", "Saved %1."), str(path)) if opened else
            arg(translate("PdfExport", "Saved %1 (no program to open it was found: open it from its folder)."),
                str(path)))
    if widget is None:
        return opened
    window = widget.window()
    status = window.statusBar() if isinstance(window, QMainWindow) else None
    if status is not None:
        status.showMessage(text, 15_000)
    return opened


class ReportExporter(QObject):
    """One per page. `pdf(...)` and `email(...)` start a job; `done` carries the
    written path (the PDF, or the .eml for an e-mail draft), `failed` a sentence."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.page = parent
        self.busy = False
        self.last_path: Path | None = None
        self.last_notes: list[str] = []  # what the last render said about the text (missing characters, …)
        self._op: BackgroundOp | None = None

    def pdf(self, suggested_name: str, build: Callable[[], Any], render: Callable[[Any, Path], Any]) -> bool:
        return self._start(suggested_name, build, render, None)

    def email(self, suggested_name: str, build: Callable[[], Any], render: Callable[[Any, Path], Any],
              draft: Callable[[], EmailDraft]) -> bool:
        return self._start(suggested_name, build, render, draft)

    def _start(self, suggested_name: str, build: Callable[[], Any], render: Callable[[Any, Path], Any],
               draft: Callable[[], EmailDraft] | None) -> bool:
        if self.busy:
            return False
        path = ask_pdf_path(self.page, suggested_name)
        if path is None:
            return False
        try:
            doc = build()
            message = draft() if draft is not None else None
        except UserError as error:
            show_user_error(self.page, error)
            return False
        self.busy = True
        notes: list[str] = []
        takes_notes = "notes" in inspect.signature(render).parameters

        def work(_progress: background.Progress) -> Path:
            # reportlab only: the Crm was read above, on this thread
            if takes_notes:
                render(doc, path, notes=notes)  # type: ignore[call-arg]
            else:
                render(doc, path)
            return path

        self.last_notes = notes

        op = BackgroundOp(self.page, translate("PdfExport", "Making the PDF…"), work)
        op.succeeded.connect(lambda written: self._finished(Path(written), message))
        op.failed.connect(lambda error: self._render_failed(error, path))
        self._op = op
        op.start()
        return True

    def _render_failed(self, error: BaseException, path: Path) -> None:
        """A sentence for what a user can cause (a full disk, a file open elsewhere); a bug is raised
        for the crash handler."""
        if isinstance(error, UserError):
            self._failed(error_text(error))
        elif isinstance(error, OSError):
            self._failed(arg(translate("PdfExport", "Could not write %1: %2"), str(path), error.strerror or str(error)))
        else:
            self._close_progress()
            raise error

    def _close_progress(self) -> None:
        self._op = None
        self.busy = False

    def _finished(self, path: Path, message: EmailDraft | None) -> None:
        self._close_progress()
        result = path
        if message is not None:
            from btvcrm.services.documents import write_email_draft

            try:  # From and the signature from Settings, written like every other output
                result = write_email_draft(message, path.with_suffix(".eml"), path)
            except UserError as error:
                self._failed(error_text(error))
                return
        self.last_path = result
        if self.last_notes:
            self._show_notes(self.last_notes)
        open_and_tell(self.page, result)
        self.done.emit(result)

    def _show_notes(self, notes: list[str]) -> None:
        """What the document could not show as typed, in a box that does not stop the work."""
        box = QMessageBox(self.page)
        box.setIcon(QMessageBox.Icon.Information)
        box.setObjectName("reportNotesBox")
        box.setWindowTitle(translate("PdfExport", "The PDF is made"))
        box.setText("\n\n".join(notes))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()

    def _failed(self, message: str) -> None:
        self._close_progress()
        self.failed.emit(message)
        show_error_text(self.page, message)


__all__ = ["EmailDraft", "ReportExporter", "ask_pdf_path", "open_and_tell", "open_file"]
