"""The search popup's searches, off the UI thread, newest key only.

`SearchWorker.submit(text)` hands the text to one worker thread that searches on
a read-only connection of its own (`storage.search.SearchSession`) and stops at
once a search that a newer key made stale (`SearchSession.cancel()`, SQLite's
interrupt). Only the newest text's results come back, as the `found` signal on
the UI thread (a queued signal; no Qt object is made on the worker). Typing
never waits for a search, however large the file.

Not `ui.background`: that is for long jobs that write (progress dialog, paused
timers, held listeners); a search per key reads on its own connection, so the
UI thread can go on using the main one meanwhile.

An in-memory file has no second connection: there `submit` searches at once on
the UI thread (tests and demos only; the app always has a file).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from btvcrm.storage.search import SearchCancelled

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm
    from btvcrm.storage.search import SearchHit, SearchSession


class SearchWorker(QObject):
    # (generation, text, groups): the results of the newest text submitted.
    found = Signal(int, str, object)
    # (generation, error): a search failed (a damaged file, say); shown as a sentence.
    failed = Signal(int, object)

    def __init__(self, crm: Crm, *, per_kind: int = 8, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.per_kind = per_kind
        self.generation = 0
        self._pending: tuple[int, str] | None = None
        self._closed = False
        self._wake = threading.Condition()
        self._session: SearchSession | None = None
        self._thread: threading.Thread | None = None
        if crm.path is not None:
            self._session = crm.search.session()
            self._thread = threading.Thread(target=self._loop, name="btvcrm-search", daemon=True)
            self._thread.start()

    @property
    def threaded(self) -> bool:
        return self._thread is not None

    def submit(self, text: str) -> int:
        """Search for `text` (stopping the search of any older text); returns its generation."""
        with self._wake:
            self.generation += 1
            generation = self.generation
            self._pending = (generation, text)
            self._wake.notify()
        if self._session is None:
            self._search(generation, text)
        else:
            self._session.cancel()  # a running search for an older text stops now
        return generation

    def cancel(self) -> None:
        """Make whatever is queued or running stale (the field was emptied)."""
        with self._wake:
            self.generation += 1
            self._pending = None
        if self._session is not None:
            self._session.cancel()

    def search_now(self, text: str) -> dict[str, list[SearchHit]]:
        """The results for `text` at once, on the caller's (UI) thread and the main
        connection: for Enter pressed before the newest results came back."""
        self.cancel()
        return self.crm.search.grouped(text, per_kind=self.per_kind)

    def close(self) -> None:
        """Stop the worker and close its connection (idempotent)."""
        with self._wake:
            if self._closed:
                return
            self._closed = True
            self._wake.notify()
        if self._session is not None:
            self._session.cancel()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._session is not None:
            self._session.close()
            self._session = None

    # The worker thread ------------------------------------------------------------------
    def _loop(self) -> None:
        while True:
            with self._wake:
                while self._pending is None and not self._closed:
                    self._wake.wait()
                if self._closed:
                    return
                assert self._pending is not None
                generation, text = self._pending
                self._pending = None
            self._search(generation, text)

    def _stale(self, generation: int) -> bool:
        return self._closed or generation != self.generation

    def _search(self, generation: int, text: str) -> None:
        session: Any = self._session if self._session is not None else self.crm.search
        while not self._stale(generation):
            try:
                groups = session.grouped(text, per_kind=self.per_kind, cancelled=lambda: self._stale(generation))
            except SearchCancelled:
                continue  # stale: the loop ends; still newest: a cancel meant for an older one, search again
            except Exception as error:  # noqa: BLE001 - shown on the UI thread, never lost on the worker
                if not self._stale(generation):
                    self.failed.emit(generation, error)
                return
            if not self._stale(generation):
                self.found.emit(generation, text, groups)
            return
