"""The window's size, place, splitter and last page, kept in QSettings (the only
visual state there; every choice the user makes is in `btvcrm.settings`)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtWidgets import QMainWindow, QSplitter

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
    sizes = store.value("window/splitter")
    if isinstance(sizes, QByteArray):
        splitter.restoreState(sizes)
    else:
        splitter.setSizes([180, 1100])
    return str(store.value("window/page", ""))


def save(window: QMainWindow, splitter: QSplitter, page: str) -> None:
    store = window_settings()
    store.setValue("window/geometry", window.saveGeometry())
    store.setValue("window/size", window.size())
    store.setValue("window/state", window.saveState())
    store.setValue("window/splitter", splitter.saveState())
    store.setValue("window/page", page)
    store.sync()


__all__ = ["restore", "save"]
