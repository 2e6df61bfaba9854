"""Debounced draft autosave for editor dialogs (see `btvcrm.drafts`).

The dialog calls `schedule()` on every change; one second after the last one
the timer fires and `flush()` writes `get_state()` as a draft (or deletes the
draft when `is_dirty()` says there is nothing to keep). A draft for an
in-memory or read-only file is never written.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from btvcrm.domain.dates import format_datetime_long
from btvcrm.drafts import Draft, DraftStore, draft_key
from btvcrm.storage.crm import Crm

DEBOUNCE_MS = 1000


class DraftAutosave(QObject):
    def __init__(self, crm: Crm, dialog: str, meeting_id: int | None, get_state: Callable[[], dict[str, Any]],
                 is_dirty: Callable[[], bool], parent: QObject | None = None, *,
                 store: DraftStore | None = None) -> None:
        super().__init__(parent)
        path = getattr(crm, "path", None)
        self.enabled = path is not None and not getattr(crm, "readonly", False)
        self.store = store or DraftStore()
        self.key = draft_key(path, dialog, meeting_id) if path is not None else ""
        self._get_state = get_state
        self._is_dirty = is_dirty
        self.paused = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.flush)

    def schedule(self, *_args: object) -> None:
        if self.enabled and not self.paused:
            self.timer.start()

    def flush(self) -> None:
        """Write the draft now (what the timer does after a second of quiet)."""
        self.timer.stop()
        if not self.enabled:
            return
        with contextlib.suppress(OSError, ValueError):  # a full disk must not stop the typing
            if self._is_dirty():
                self.store.save(self.key, self._get_state())
            else:
                self.store.delete(self.key)

    def load(self) -> Draft | None:
        return self.store.load(self.key) if self.enabled else None

    def discard(self) -> None:
        """Forget the draft: after a save or an explicit discard."""
        self.timer.stop()
        if self.enabled:
            with contextlib.suppress(OSError):
                self.store.delete(self.key)


def restored_notice(draft: Draft, lang: str, template: str) -> str:
    """`template` holds %1 for the moment the draft was saved."""
    return template.replace("%1", format_datetime_long(draft.saved_at, lang))
