"""GUI test fixtures: a real temporary SQLite file, settings in a temp folder, a fixed day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from btvcrm.domain import clock
from btvcrm.storage.crm import Crm

TODAY = dt.date(2016, 6, 15)  # a Wednesday


@pytest.fixture(autouse=True)
def ui_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "home"
    monkeypatch.setenv("BTVCRM_HOME", str(home))
    monkeypatch.delenv("BTVCRM_DB", raising=False)
    monkeypatch.delenv("BTVCRM_TODAY", raising=False)
    clock.freeze(dt.datetime.combine(TODAY, dt.time(9, 0), tzinfo=clock.OSLO))
    yield home
    clock.freeze(None)


@pytest.fixture(autouse=True)
def big_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """The offscreen platform's screen is 800×800; the tests' windows are laptop-sized."""
    from PySide6.QtCore import QRect

    monkeypatch.setattr("btvcrm.ui.window_state.available_geometry", lambda _window: QRect(0, 0, 1920, 1080))


@pytest.fixture
def nb(qapp: Any) -> Iterator[None]:
    from btvcrm.ui import i18n

    i18n.install("nb")
    yield
    i18n.install("en")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crm.sqlite"


@pytest.fixture
def crm(db_path: Path) -> Iterator[Crm]:
    with Crm.open(db_path) as opened:
        yield opened


@pytest.fixture
def sample(crm: Crm) -> dict[str, int]:
    from btvcrm.ui.screenshots import fill_sample

    return fill_sample(crm, TODAY)


@pytest.fixture
def window(qtbot: Any, crm: Crm, sample: dict[str, int], nb: None) -> Any:
    from btvcrm.ui.main_window import MainWindow

    win = MainWindow(crm)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win
