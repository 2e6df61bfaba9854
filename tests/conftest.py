"""Fixtures shared by every test: an isolated home folder and fresh data files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from btvcrm.domain import clock
from btvcrm.storage.crm import Crm


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Nothing a test does touches the real user folder or depends on the real date env."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("BTVCRM_HOME", str(home))
    for name in ("BTVCRM_DB", "BTVCRM_BACKUP_DIR", "BTVCRM_TODAY"):
        monkeypatch.delenv(name, raising=False)
    yield home
    clock.freeze(None)


@pytest.fixture
def mem_crm() -> Iterator[Crm]:
    """A fresh in-memory data file."""
    with Crm.open(None) as crm:
        yield crm


@pytest.fixture
def file_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "btvcrm.sqlite"


@pytest.fixture
def file_crm(file_path: Path) -> Iterator[Crm]:
    with Crm.open(file_path) as crm:
        yield crm


@pytest.fixture
def demo_crm(file_crm: Crm) -> Crm:
    from btvcrm.demo import fill_demo

    fill_demo(file_crm)
    return file_crm
