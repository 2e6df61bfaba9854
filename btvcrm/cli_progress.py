"""A count on the terminal during long imports (`btvcrm import`).

Only when stderr is a terminal (a script or a pipe gets the summary alone), at
most every few seconds, on one line that is overwritten; the summary follows on
stdout as always.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from btvcrm.domain.formatting import format_number

INTERVAL_SECONDS = 2.0


class TerminalProgress:
    """A ``progress(done, total)`` callback that prints "btvcrm: 12 000 av 50 000 (24 %)"."""

    def __init__(self, stream: TextIO | None = None, *, interval: float = INTERVAL_SECONDS,
                 clock: object = time.monotonic) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.interval = interval
        self._clock = clock
        self._last: float | None = None
        self._printed = False
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())

    def _now(self) -> float:
        return float(self._clock())  # type: ignore[operator]

    def __call__(self, done: int, total: int | None) -> None:
        if not self.enabled:
            return
        now = self._now()
        if self._last is None:
            self._last = now  # the first report only starts the clock: short imports print nothing
            return
        if now - self._last < self.interval:
            return
        self._last = now
        if total:
            text = f"btvcrm: {format_number(done)} av {format_number(total)} ({min(100, done * 100 // total)} %)"
        else:
            text = f"btvcrm: {format_number(done)} …"
        self.stream.write("\r" + text.ljust(50))
        self.stream.flush()
        self._printed = True

    def close(self) -> None:
        """End the progress line (if one was printed) before the summary."""
        if self._printed:
            self.stream.write("\n")
            self.stream.flush()
            self._printed = False
