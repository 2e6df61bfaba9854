"""Screenshots of the market dialogue page for docs/market-dialogue.md.

`python -m btvcrm.ui.dialogue_screenshots docs/screenshots` (offscreen) fills an
in-memory file with the demo, opens the Telemark dialogue and saves each tab
and the initiative page's Markedsdialog section as PNG, in Bokmål.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path


def render(out_dir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from btvcrm.demo import DEMO_TODAY, fill_demo
    from btvcrm.domain import clock
    from btvcrm.storage.crm import Crm
    from btvcrm.ui import i18n
    from btvcrm.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    i18n.install("nb")
    crm = Crm.open(None)
    fill_demo(crm)
    clock.freeze(dt.datetime.combine(DEMO_TODAY, dt.time(9, 0), tzinfo=clock.OSLO))
    out_dir.mkdir(parents=True, exist_ok=True)
    window = MainWindow(crm)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    written = []
    page = window.open_item("market_dialogue", 1)
    assert page is not None
    names = ["registrations", "one-to-one", "questions", "sendings"]
    for index, name in enumerate(names):
        page.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
        if name == "one-to-one":
            page.timetable.setCurrentCell(2, 0)  # type: ignore[attr-defined]  # a supplier with a confidential note
        if name == "questions":
            page.questions.setCurrentItem(page.questions.topLevelItem(3))  # type: ignore[attr-defined]
        app.processEvents()
        written.append(_save(window, out_dir / f"dialogue-{index + 1}-{name}.png"))
    window.go_back()
    initiative = window.open_item("initiative", crm.dialogues.get(1).initiative_id)
    assert initiative is not None
    app.processEvents()
    written.append(_save(window, out_dir / "dialogue-0-initiative.png"))
    clock.freeze(None)
    window.close()
    crm.close()
    return written


def _save(widget: object, path: Path) -> Path:
    widget.grab().save(str(path), "PNG", 0)  # type: ignore[attr-defined]
    return path


if __name__ == "__main__":  # pragma: no cover - a tool
    for written_path in render(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(written_path)
