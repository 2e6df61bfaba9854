from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from btvcrm import app
from btvcrm.storage.crm import Crm
from btvcrm.ui.main_window import PAGE_NAMES, MainWindow


def test_sidebar_is_norwegian_and_every_page_opens(window: Any, tmp_path: Path) -> None:
    labels = [window.sidebar.item(i).text().split("  ")[0] for i in range(window.sidebar.count())]
    assert labels == ["I dag", "Møter", "Oppfølging", "Fylker", "Organisasjoner", "Personer", "Initiativer",
                      "Læringspunkter"]
    assert window.check_pages() == list(PAGE_NAMES)
    for name in PAGE_NAMES:
        window.show_page(name)
        image = window.grab()
        assert image.width() == 1366
        image.save(str(tmp_path / f"{name}.png"))


def test_window_remembers_page_and_size(qtbot: Any, window: Any, crm: Crm) -> None:
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == "counties"
    window.resize(1100, 700)
    window.close()
    again = MainWindow(crm)
    qtbot.addWidget(again)
    assert again.current_page_name() == "counties"
    assert again.size().width() == 1100


def test_move_a_county_up_the_ladder(qtbot: Any, window: Any, db_path: Path) -> None:
    window.show_page("counties")
    page = window.pages["counties"]
    page.tree.setCurrentItem(page.tree.topLevelItem(1))  # Telemark
    qtbot.mouseClick(page.up, Qt.MouseButton.LeftButton)
    assert page.tree.topLevelItem(1).text(1) == "informert"
    window.close()
    with Crm.open(db_path, readonly=True) as check:
        telemark = check.counties.by_name("Telemark").id
        assert check.anchoring.current_stage(county_id=telemark).value == "informed"


def test_list_page_filters_and_opens_with_enter(qtbot: Any, window: Any, sample: dict[str, int]) -> None:
    window.show_page("organisations")
    page = window.pages["organisations"]
    assert page.model.rowCount() == 4
    page.text.setFocus()
    qtbot.keyClicks(page.text, "vestre")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.content.currentWidget().property("item_id") == sample["vestre_viken"]


def test_switch_language_to_english(window: Any) -> None:
    from btvcrm.ui import i18n

    i18n.install("en")
    window.retranslate()
    assert window.sidebar.item(1).text() == "Meetings"
    i18n.install("nb")
    window.retranslate()
    assert window.sidebar.item(1).text() == "Møter"


def test_check_pages_flag_exits_zero(qapp: Any, db_path: Path, crm: Crm, sample: dict[str, int]) -> None:
    crm.close()
    assert app.main(db_path, ["--check-pages"]) == 0
