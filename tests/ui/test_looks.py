"""Looks right on a laptop screen: the window fits its screen, columns are as wide as what
they show, empty columns are hidden, the user's own name stands for "meg"."""

from __future__ import annotations

import os
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect, QSize, Qt  # noqa: E402

from btvcrm import settings  # noqa: E402
from btvcrm.domain.models import Person  # noqa: E402
from btvcrm.storage.crm import Crm  # noqa: E402
from btvcrm.ui import window_settings  # noqa: E402
from btvcrm.ui.main_window import MainWindow  # noqa: E402

pytestmark = pytest.mark.gui

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel task bar


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("btvcrm.ui.window_state.available_geometry", lambda _window: LAPTOP)


def test_the_first_start_on_a_laptop_shows_the_status_bar(qtbot: Any, crm: Crm, laptop: None) -> None:
    win = MainWindow(crm)
    qtbot.addWidget(win)
    assert win.height() + 32 <= LAPTOP.height() and win.width() <= LAPTOP.width()
    win.show()
    qtbot.waitExposed(win)
    bar = win.statusBar()
    assert bar.isVisible() and bar.geometry().bottom() <= win.height()


def test_a_window_restored_larger_than_the_screen_is_fitted(qtbot: Any, crm: Crm, laptop: None) -> None:
    store = window_settings()
    store.setValue("window/size", QSize(1900, 1150))
    store.sync()
    win = MainWindow(crm)
    qtbot.addWidget(win)
    assert win.width() <= LAPTOP.width() and win.height() + 32 <= LAPTOP.height()
    assert LAPTOP.contains(win.pos())


def test_columns_fit_what_they_show(window: Any) -> None:
    window.show_page("meetings")
    page = window.pages["meetings"]
    keys = [c.key for c in page.model.columns]
    title, minutes, when = keys.index("title"), keys.index("minutes_status"), keys.index("starts_at")
    assert page.table.columnWidth(title) > 2 * page.table.columnWidth(minutes)  # titles wide, «Referat» narrow
    metrics = page.table.fontMetrics()
    for row in range(page.model.rowCount()):
        shown = str(page.model.data(page.model.index(row, when)))
        assert metrics.horizontalAdvance(shown) <= page.table.columnWidth(when)  # dates never cut


def test_empty_columns_are_hidden(qtbot: Any, crm: Crm, nb: None) -> None:
    crm.people.save(Person(name="Kari Vik"))
    win = MainWindow(crm)
    qtbot.addWidget(win)
    win.show_page("people")
    page = win.pages["people"]
    keys = [c.key for c in page.model.columns]
    assert page.table.isColumnHidden(keys.index("email")) and page.table.isColumnHidden(keys.index("phone"))
    assert not page.table.isColumnHidden(keys.index("name"))
    crm.people.save(Person(name="Per Hansen", email="per@example.no"))
    page.reload()
    assert not page.table.isColumnHidden(keys.index("email"))


def test_the_users_name_stands_for_me(qtbot: Any, crm: Crm, sample: dict[str, int], nb: None) -> None:
    settings.save(settings.Settings(user_name="Anne Olsen"))
    win = MainWindow(crm)
    qtbot.addWidget(win)
    win.show_page("follow_ups")
    tree = win.pages["follow_ups"].tree
    shown = {tree.topLevelItem(i).child(j).text(2) for i in range(tree.topLevelItemCount())
             for j in range(tree.topLevelItem(i).childCount())}
    assert "Anne Olsen" in shown and "meg" not in shown


def test_true_empty_states(qtbot: Any, crm: Crm, nb: None) -> None:
    win = MainWindow(crm)
    qtbot.addWidget(win)
    today = win.pages["today"]
    texts = [today.neglected.topLevelItem(i).text(0) for i in range(today.neglected.topLevelItemCount())]
    assert texts == ["Ingen nøkkelkontakter ennå: merk en organisasjon eller en person som det."]
    assert not today.neglected.topLevelItem(0).flags() & Qt.ItemFlag.ItemIsSelectable


def test_the_demos_buskerud_county_council_has_its_own_anchoring(qtbot: Any, crm: Crm, nb: None) -> None:
    from btvcrm.demo import fill_demo
    from btvcrm.domain.enums import AnchoringStage

    fill_demo(crm)
    org = crm.organisations.find_by_name("Buskerud fylkeskommune")
    assert org is not None and org.id is not None
    history = crm.anchoring.history(organisation_id=org.id)
    assert history[-1].stage is AnchoringStage.CO_OWNER
    meeting = crm.meetings.get(history[-1].meeting_id or 0)
    assert org.id in meeting.organisation_ids and meeting.starts_at.date() == history[-1].changed_on
    win = MainWindow(crm)
    qtbot.addWidget(win)
    page = win.open_item("organisation", org.id)
    assert not page.up_button.isEnabled()  # at the top of the ladder, as its meetings say
