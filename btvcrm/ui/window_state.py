"""The window's size, place, splitter and last page, kept in QSettings (the only
visual state there; every choice the user makes is in `btvcrm.settings`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter

from btvcrm import settings as user_settings
from btvcrm.ui import window_settings


def restore(window: QMainWindow, splitter: QSplitter) -> str:
    """Put the window back as it was; returns the page it showed (or "")."""
    store = window_settings()
    geometry = store.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    size = store.value("window/size")
    if isinstance(size, QSize) and not window.isMaximized():
        window.resize(size)  # restoreGeometry clamps to the screen it thinks it is on
    state = store.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    fit_to_screen(window)
    sizes = store.value("window/splitter")
    if isinstance(sizes, QByteArray):
        splitter.restoreState(sizes)
    else:
        # The sidebar as narrow as its longest page name allows: the pages need the width
        sidebar = splitter.widget(0)
        splitter.setSizes([max(sidebar.minimumWidth() if sidebar is not None else 0, 120), 1100])
    return str(store.value("window/page", ""))


def available_geometry(window: QMainWindow) -> QRect:
    """The part of the window's screen that windows may use (without task bars)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect()


def fit_to_screen(window: QMainWindow) -> None:
    """A window larger than its screen (restored from a bigger monitor, or the first
    start on a 1366×768 laptop) is made to fit, status bar included, and moved into view."""
    area = available_geometry(window)
    if area.isEmpty() or window.isMaximized() or window.isFullScreen():
        return
    frame_w = max(0, window.frameGeometry().width() - window.geometry().width())
    frame_h = max(0, window.frameGeometry().height() - window.geometry().height()) or 32  # title bar, not shown yet
    room = QSize(area.width() - frame_w, area.height() - frame_h)
    minimum = window.minimumSize()
    window.setMinimumSize(min(minimum.width(), room.width()), min(minimum.height(), room.height()))
    width, height = min(window.width(), room.width()), min(window.height(), room.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = max(area.left(), min(window.x(), area.right() + 1 - width - frame_w))
    y = max(area.top(), min(window.y(), area.bottom() + 1 - height - frame_h))
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)


def save(window: QMainWindow, splitter: QSplitter, page: str) -> None:
    store = window_settings()
    store.setValue("window/geometry", window.saveGeometry())
    store.setValue("window/size", window.size())
    store.setValue("window/state", window.saveState())
    store.setValue("window/splitter", splitter.saveState())
    store.setValue("window/page", page)
    store.sync()


# The file to open at the next start: read before the window is made (app.choose_start_file),
# so here rather than in settings_dialog, which the start does not need.
def next_file_choice() -> Path | None:
    """The data file chosen for the next start (settings.json), None for the default one.

    Older versions kept it in the window's QSettings ("data/next_file"): still read."""
    value = user_settings.load().next_db_path or str(window_settings().value("data/next_file", "") or "")
    return Path(value) if value else None


def forget_old_next_file() -> None:
    """settings.json holds the choice now; the old QSettings key goes."""
    store = window_settings()
    if store.contains("data/next_file"):
        store.remove("data/next_file")
        store.sync()


__all__ = ["available_geometry", "fit_to_screen", "forget_old_next_file", "next_file_choice", "restore", "save"]
