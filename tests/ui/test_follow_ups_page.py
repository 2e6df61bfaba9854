from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from btvcrm.domain.enums import FollowUpStatus
from btvcrm.storage.crm import Crm
from tests.ui.conftest import TODAY


def _select(tree: Any, item_id: int) -> None:
    for top in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(top)
        for child in range(group.childCount()):
            item = group.child(child)
            if item.data(0, Qt.ItemDataRole.UserRole + 1) == item_id:
                tree.setCurrentItem(item)
                return
    raise AssertionError(f"follow-up {item_id} not shown")


def test_done_and_snooze_with_one_key(qtbot: Any, window: Any, db_path: Any, sample: dict[str, int]) -> None:
    window.show_page("follow_ups")
    tree = window.pages["follow_ups"].tree
    tree.setFocus()
    _select(tree, sample["fu_overdue"])
    qtbot.keyClick(tree, Qt.Key.Key_D)
    _select(tree, sample["fu_today"])
    qtbot.keyClick(tree, Qt.Key.Key_S)
    _select(tree, sample["fu_later"])
    qtbot.keyClick(tree, Qt.Key.Key_W)
    window.close()
    with Crm.open(db_path, readonly=True) as check:
        assert check.follow_ups.get(sample["fu_overdue"]).status == FollowUpStatus.DONE
        assert check.follow_ups.get(sample["fu_today"]).due_date == TODAY + dt.timedelta(days=1)
        assert check.follow_ups.get(sample["fu_later"]).due_date == TODAY + dt.timedelta(days=27)


def test_groups_are_labelled_in_norwegian(window: Any) -> None:
    window.show_page("follow_ups")
    tree = window.pages["follow_ups"].tree
    titles = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert titles[0].startswith("Forfalt")
    assert any(t.startswith("I dag") for t in titles)
    assert any(t.startswith("Senere") for t in titles)
