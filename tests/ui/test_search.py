from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from btvcrm.ui.search_popup import highlighted_html


def test_type_search_and_open_the_result(qtbot: Any, window: Any, sample: dict[str, int]) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    qtbot.keyClicks(window.search_field, "tønsberg")
    popup = window.search_popup
    qtbot.waitUntil(lambda: popup.isVisible() and bool(popup.hits))
    kinds = [popup.tree.topLevelItem(i).text(0) for i in range(popup.tree.topLevelItemCount())]
    assert kinds[0] == "Organisasjoner"
    label = popup.tree.itemWidget(popup.hits[0], 0)
    assert "<b>" in label.text()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert window.detail_depth() == 1
    assert window.content.currentWidget().property("item_id") == sample["tonsberg"]
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.detail_depth() == 0


def test_highlight_escapes_user_text() -> None:
    assert highlighted_html("<i>\x02ferje\x03</i>") == "&lt;i&gt;<b>ferje</b>&lt;/i&gt;"
