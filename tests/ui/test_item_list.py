"""The detail pages' lists keep every column in view: the widest gives way, whole in its tooltip."""

from __future__ import annotations

from typing import Any

import pytest

from btvcrm.ui.widgets.common import ItemList

pytestmark = pytest.mark.gui


def _right_edge(view: ItemList) -> int:
    header = view.header()
    last = header.count() - 1
    return header.sectionPosition(last) + header.sectionSize(last)


def test_a_narrow_list_shows_its_short_last_column_and_elides_the_long_one(qtbot: Any) -> None:
    view = ItemList(["Navn", "Organisasjon", "Oppmøte"])
    qtbot.addWidget(view)
    long_name = "Nasjonalt program for leverandørutvikling og innovative anskaffelser"
    view.add_row(["Lars Ellingsen", long_name, "til stede"])
    view.resize(360, 200)
    view.show()
    qtbot.waitExposed(view)
    view.fit_columns()
    assert _right_edge(view) <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    assert view.header().sectionSize(2) >= view.fontMetrics().horizontalAdvance("til stede")
    assert view.topLevelItem(0).toolTip(1) == long_name  # the whole text is one hover away
    view.resize(1200, 200)
    qtbot.waitUntil(lambda: view.header().sectionSize(1) >= view.sizeHintForColumn(1))  # room again: whole
    assert _right_edge(view) <= view.viewport().width()
