"""The search popup searches off the UI thread: a newer key stops the older
search, only the newest text's results are shown, Enter never waits for a stale one."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt

from btvcrm.domain import clock
from btvcrm.domain.models import Meeting, Organisation
from btvcrm.storage import search as search_module
from btvcrm.storage.crm import Crm
from btvcrm.ui.search_worker import SearchWorker

WHEN = dt.datetime(2016, 6, 14, 10, 0, tzinfo=clock.OSLO)


def test_typing_key_by_key_shows_the_last_keys_results_only(qtbot: Any, window: Any) -> None:
    popup = window.search_popup
    assert popup.worker.threaded
    shown: list[str] = []
    popup.worker.found.connect(lambda _generation, text, _groups: shown.append(text))
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    for key in "tønsberg kommune":
        qtbot.keyClicks(window.search_field, key)
        popup.run_search()  # as if every key waited out the delay: each key fires
    qtbot.waitUntil(lambda: popup.shown_text == "tønsberg kommune" and popup.isVisible())
    assert popup.hits
    # Results of older keys either never came back (stopped) or were not shown.
    assert popup.shown_text == "tønsberg kommune"
    assert shown and shown[-1] == "tønsberg kommune"


def test_enter_before_the_results_arrive_opens_the_right_item(qtbot: Any, window: Any,
                                                               sample: dict[str, int]) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search_field, "tønsberg")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)  # the delay has not run out yet
    assert window.detail_depth() == 1
    assert window.content.currentWidget().property("item_id") == sample["tonsberg"]


def test_emptying_the_field_hides_the_popup_and_late_results_stay_away(qtbot: Any, window: Any) -> None:
    popup = window.search_popup
    window.search_field.setText("tønsberg")
    popup.run_search()
    window.search_field.clear()
    popup.run_search()
    qtbot.wait(50)
    assert not popup.isVisible()


def test_a_newer_text_stops_a_running_search(qtbot: Any, crm: Crm, monkeypatch: pytest.MonkeyPatch) -> None:
    crm.organisations.save(Organisation(name="Tønsberg kommune"))
    with crm.write():
        for n in range(40):
            crm.meetings.save_in_transaction(Meeting(title=f"Ferje {n}", starts_at=WHEN))
    monkeypatch.setattr(search_module, "_PROGRESS_STEPS", 1)
    worker = SearchWorker(crm)
    try:
        running, release = threading.Event(), threading.Event()
        found: list[tuple[int, str]] = []
        worker.found.connect(lambda generation, text, _groups: found.append((generation, text)))
        session = worker._session
        assert session is not None
        original = session.grouped

        def slow_first(text: str, **kwargs: Any) -> Any:
            if text == "ferje":  # the old key: held inside its statement until the new key arrives
                kwargs = {**kwargs, "cancelled": _blocking(kwargs["cancelled"], running, release)}
            return original(text, **kwargs)

        monkeypatch.setattr(session, "grouped", slow_first)
        old = worker.submit("ferje")
        assert running.wait(5)
        new = worker.submit("tønsberg")  # cancels the running search
        release.set()
        qtbot.waitUntil(lambda: any(g == new for g, _t in found))
        assert (old, "ferje") not in found
        assert found[-1] == (new, "tønsberg")
    finally:
        worker.close()
    assert worker._thread is not None and not worker._thread.is_alive()


def _blocking(cancelled: Any, running: threading.Event, release: threading.Event) -> Any:
    def check() -> bool:
        running.set()
        release.wait(5)
        return bool(cancelled())

    return check


def test_an_in_memory_file_searches_at_once(qtbot: Any) -> None:
    with Crm.open(None) as crm:
        crm.organisations.save(Organisation(name="Tønsberg kommune"))
        worker = SearchWorker(crm)
        assert not worker.threaded
        found: list[str] = []
        worker.found.connect(lambda _g, _text, groups: found.extend(h.title for hits in groups.values() for h in hits))
        worker.submit("tøns")
        assert found == ["Tønsberg kommune"]
        worker.close()
