from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from btvcrm.storage.crm import Crm


def test_today_shows_due_items_meetings_and_matrix(window: Any, sample: dict[str, int]) -> None:
    page = window.pages["today"]
    assert "onsdag 15. juni 2016" in page.heading.text().lower()
    assert page.follow_ups.counts["overdue"] == 1
    assert page.follow_ups.counts["today"] == 1
    meeting_titles = [page.meetings.topLevelItem(i).text(0) for i in range(page.meetings.topLevelItemCount())]
    assert "Dialogkonferanse om digitalt styringsverktøy" in meeting_titles
    assert page.matrix.rowCount() == 3
    assert page.matrix.item(0, 2).text().startswith("●")  # Buskerud: informert
    assert "(2)" in window.sidebar.item(0).text()  # the badge


def test_complete_from_today_updates_badge_and_file(qtbot: Any, window: Any, db_path: Any, sample: dict[str, int]) -> None:
    page = window.pages["today"]
    tree = page.follow_ups
    tree.setFocus()
    first = tree.topLevelItem(0).child(0)
    tree.setCurrentItem(first)
    qtbot.keyClick(tree, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: "(1)" in window.sidebar.item(0).text())
    window.close()
    with Crm.open(db_path, readonly=True) as check:
        assert check.follow_ups.get(sample["fu_overdue"]).status.value == "done"


def test_enter_on_a_meeting_opens_it(qtbot: Any, window: Any) -> None:
    page = window.pages["today"]
    page.meetings.setFocus()
    page.meetings.setCurrentItem(page.meetings.topLevelItem(0))
    qtbot.keyClick(page.meetings, Qt.Key.Key_Return)
    assert window.detail_depth() == 1
    assert window.content.currentWidget().property("item_kind") == "meeting"


def test_recent_activity_tells_when_a_meeting_was_changed_not_when_it_was_held(window: Any) -> None:
    """Minutes written today for a meeting held last year: "i dag", not "for 528 dager siden"."""
    import datetime as dt

    from btvcrm.domain import clock
    from btvcrm.domain.models import Meeting

    crm = window.crm
    crm.meetings.save(Meeting(title="Fjorårets møte", starts_at=dt.datetime(2015, 1, 5, 10, 0, tzinfo=clock.OSLO),
                              participants=[]))
    page = window.pages["today"]
    page.reload()
    rows = {page.recent.topLevelItem(i).text(0): page.recent.topLevelItem(i).text(1)
            for i in range(page.recent.topLevelItemCount())}
    assert rows["Fjorårets møte"] == "i dag"
    assert not any("dager siden" in when and int(when.split()[1]) > 60 for when in rows.values())


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_at_1280_pixels_every_anchoring_stage_shows_whole_without_scrolling_sideways(
        qtbot: Any, window: Any, lang: str) -> None:
    from PySide6.QtGui import QFontMetrics

    from btvcrm.ui import i18n

    i18n.install(lang)
    window.resize(1280, 736)
    matrix = window.pages["today"].matrix
    matrix.reload()
    qtbot.waitUntil(lambda: window.width() == 1280)
    header = matrix.horizontalHeader()
    last = header.count() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= matrix.viewport().width()
    assert not matrix.horizontalScrollBar().isVisible()
    for row in range(matrix.rowCount()):
        for column in range(matrix.columnCount()):
            item = matrix.item(row, column)
            for word in item.text().split():  # "● 10.05.2016" wraps at the space; the date stays whole
                assert QFontMetrics(item.font()).horizontalAdvance(word) < header.sectionSize(column), word


def test_a_long_overdue_item_shows_its_date_without_thousands_of_days(nb: None) -> None:
    import datetime as dt

    from btvcrm.ui.pages.follow_ups import due_text

    today = dt.date(2026, 12, 2)
    assert due_text({"due_date": "2016-06-10"}, today) == "10.06.2016"
    assert due_text({"due_date": "2026-11-29"}, today) == "29.11.2026 (for 3 dager siden)"
