"""Full-text search over everything, safe for any text a user types.

User input is never passed raw to FTS5 `MATCH`: it is split into words, each
word quoted as a string (the one being typed made a prefix), so `o'brien`,
`AND`, `NEAR(`, `*` or an unbalanced quote are just text.

How a search stays cheap when a word is in 150 000 rows (figures: bench/):

- each kind is searched on its own rowid range, so a common word in meetings
  cannot crowd organisations or people out of the popup;
- per kind, a walk newest-first that stops after a screenful: first rows whose
  title holds the words (put in title order: exact name, starts with, whole
  words), then rows matching elsewhere. Nothing ranks every match: bm25 alone
  reads every row each word is in (5 ms a statement for two common words);
- whole words for all but the word being typed, and prefix indexes for words
  up to 10 letters (search_schema v3), so no prefix merges thousands of terms;
  "tøns kom" still works: too few hits, and every word is tried as a prefix;
- snippets are read only for the hits shown.

A search can be cancelled while it runs (`cancelled=`, or `SearchSession.cancel`
from another thread): a newer key in the search field stops the old search.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from btvcrm.storage.search_schema import LONGEST_PREFIX, rowid_range

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm

# Markers around matched words in snippets; the UI turns them into bold, the CLI into [..].
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
# Of the newest rows whose title matches, how many are put in title order (exact
# name, starts with, whole words); beyond them, recency wins.
_TITLE_CANDIDATES = 50
# How many of the newest matches of a kind the title pass looks through.
TITLE_SCAN = 1000

_WORD_RE = re.compile(r"\w+", re.UNICODE)
_ENDS_IN_WORD = re.compile(r"\w\Z", re.UNICODE)

KIND_ORDER = ["organisation", "person", "meeting", "initiative", "follow_up", "lesson"]

# Progress handler granularity: SQLite virtual machine steps between checks.
_PROGRESS_STEPS = 2000


class SearchCancelled(Exception):
    """The search was cancelled before it finished (a newer search replaced it)."""


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: int
    title: str
    snippet: str
    rank: float

    def plain_snippet(self, start: str = "[", end: str = "]") -> str:
        return self.snippet.replace(HIGHLIGHT_START, start).replace(HIGHLIGHT_END, end)


def words(text: str) -> list[str]:
    # Stored text is NFC; a decomposed "Å" (A + ring) typed or pasted must match it.
    return _WORD_RE.findall(unicodedata.normalize("NFC", text or ""))


def match_expression(text: str) -> str | None:
    """An FTS5 query matching every word of `text` as a prefix, or None if no words."""
    tokens = words(text)
    if not tokens:
        return None
    # A quoted string in FTS5 is always literal; `"word"*` is a prefix query.
    return " ".join(f'"{token}"*' for token in tokens[:32])


def ids_matching_sql(kind: str) -> str:
    """SQL for `id IN (...)` filters in list queries; takes the match expression as its one parameter."""
    low, high = rowid_range(kind)
    return f"SELECT rowid - {low} FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN {low} AND {high}"


SNIPPET_LENGTH = 160


def title_tier(title: str, query: str, tokens: list[str]) -> int:
    """What a person expects on top: the exact name, then names starting with what
    they typed, then names holding every word whole; bm25 orders within a tier."""
    folded = " ".join(title.casefold().split())
    typed = " ".join(query.casefold().split())
    if folded == typed:
        return 0
    if typed and folded.startswith(typed):
        return 1
    title_words = set(words(folded))
    if tokens and all(token.casefold() in title_words for token in tokens):
        return 2
    return 3


def make_snippet(title: str, body: str, tokens: list[str]) -> str:
    """A short excerpt around the first match, matched words between markers.

    Built here rather than with FTS5's snippet(), whose cost grows with the
    whole document: a 1 MB note made every search that found it slow.
    """
    if not tokens:
        return title
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in tokens) + r")\w*", re.IGNORECASE)
    found = pattern.search(body)
    if found is None:
        text, prefix, suffix = title, "", ""
    else:
        start = max(0, found.start() - 50)
        if start:
            space = body.rfind(" ", 0, start + 1)
            start = space + 1 if space > found.start() - 80 else start
        end = min(len(body), start + SNIPPET_LENGTH)
        text = body[start:end]
        prefix = "…" if start else ""
        suffix = "…" if end < len(body) else ""
    text = " ".join(text.split())
    marked = pattern.sub(lambda m: f"{HIGHLIGHT_START}{m.group(0)}{HIGHLIGHT_END}", text)
    return f"{prefix}{marked}{suffix}"


@dataclass(frozen=True)
class _Query:
    text: str
    tokens: list[str]
    expression: str  # what runs first: whole words, the last one as a prefix
    broad: str  # every word a prefix: when the first finds less than a screenful


def search_expressions(text: str) -> tuple[str, str] | None:
    """(first, broad) FTS5 expressions for what a person typed, or None if no words.

    First: every word but the one being typed whole (`"kari" "haug"*`): a
    whole word is read straight from the index, while a prefix beyond the
    prefix indexes merges every term that starts with it. Text ending in a
    space or punctuation has no word being typed. Broad: every word a prefix,
    so "tøns kom" still finds Tønsberg kommune.
    """
    tokens = words(text)[:32]
    if not tokens:
        return None
    # A word longer than the prefix indexes is taken whole at first: it is most
    # likely complete, and as a prefix it would merge every term it starts.
    typing = _ENDS_IN_WORD.search(unicodedata.normalize("NFC", text)) is not None
    typing = typing and len(tokens[-1]) <= LONGEST_PREFIX
    whole = [f'"{token}"' for token in (tokens[:-1] if typing else tokens)]
    first = " ".join(whole + ([f'"{tokens[-1]}"*'] if typing else []))
    return first, " ".join(f'"{token}"*' for token in tokens)


def _prepare(text: str) -> _Query | None:
    expressions = search_expressions(text)
    if expressions is None:
        return None
    return _Query(text, words(text), *expressions)


@contextmanager
def _cancellable(conn: sqlite3.Connection, cancelled: Callable[[], bool] | None) -> Iterator[None]:
    """Run statements that stop (SearchCancelled) as soon as `cancelled()` is true."""
    if cancelled is None:
        try:
            yield
        except sqlite3.OperationalError as error:
            if "interrupt" in str(error).lower():
                raise SearchCancelled() from error
            raise
        return
    if cancelled():
        raise SearchCancelled()
    conn.set_progress_handler(lambda: 1 if cancelled() else 0, _PROGRESS_STEPS)
    try:
        yield
    except sqlite3.OperationalError as error:
        if "interrupt" in str(error).lower() or cancelled():
            raise SearchCancelled() from error
        raise
    finally:
        conn.set_progress_handler(None, 0)
    if cancelled():
        raise SearchCancelled()


# One found row before it becomes a hit: sort key, rowid, ref_id, title.
_Found = tuple[tuple[int, int, int], int, int, str]


def _found_in_kind(conn: sqlite3.Connection, query: _Query, expression: str, kind: str, keep: int,
                   skip: set[int]) -> list[_Found]:
    """The best `keep` rows of one kind for `expression`, best first: rows whose
    title holds every word (exact name, starts with, whole words, then the
    rest; newest first within each), then rows matching elsewhere, newest first.

    Both are newest-first walks of the kind's rowid range that stop early; no
    statement ranks all matches (bm25 alone reads every row a common word is in)."""
    low, high = rowid_range(kind)
    # The title pass looks among the newest TITLE_SCAN matches only: when no title
    # holds the words, a column filter would otherwise read every match.
    oldest = conn.execute(
        "SELECT min(rowid) FROM (SELECT rowid FROM search_index WHERE search_index MATCH ? "
        "AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT ?)",
        [expression, low, high, TITLE_SCAN],
    ).fetchone()[0]
    if oldest is None:
        return []
    titled = conn.execute(
        "SELECT rowid, ref_id, title FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ? "
        "ORDER BY rowid DESC LIMIT ?",
        ["{title} : (" + expression + ")", oldest, high, max(keep, _TITLE_CANDIDATES)],
    ).fetchall()
    found: list[_Found] = [
        ((title_tier(title or "", query.text, query.tokens), 0, -rowid), rowid, ref, title or "")
        for rowid, ref, title in titled if rowid not in skip
    ]
    found.sort()
    found = found[:keep]
    if len(found) < keep:
        seen = skip | {f[1] for f in found}
        others = conn.execute(
            "SELECT rowid, ref_id, title FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ? "
            "ORDER BY rowid DESC LIMIT ?",
            [expression, low, high, keep + len(seen)],
        ).fetchall()
        found.extend(((4, 1, -rowid), rowid, ref, title or "") for rowid, ref, title in others if rowid not in seen)
    return found[:keep]


def _by_kind(conn: sqlite3.Connection, query: _Query, kinds: list[str], keep: int,
             enough: int) -> dict[str, list[_Found]]:
    """Per kind its best `keep`; broadened to every word a prefix when all kinds
    together found fewer than `enough`."""
    found = {kind: _found_in_kind(conn, query, query.expression, kind, keep, set()) for kind in kinds}
    if query.broad != query.expression and sum(len(rows) for rows in found.values()) < enough:
        for kind in kinds:
            if len(found[kind]) < keep:
                more = _found_in_kind(conn, query, query.broad, kind, keep - len(found[kind]),
                                      {f[1] for f in found[kind]})
                # Broad matches come after the first ones, in their own order.
                found[kind].extend(((5, *key[1:]), rowid, ref, title) for key, rowid, ref, title in more)
    return found


def _hits(conn: sqlite3.Connection, query: _Query, kind: str, rows: list[_Found]) -> list[SearchHit]:
    if not rows:
        return []
    bodies = dict(conn.execute(
        f"SELECT rowid, body FROM search_index WHERE rowid IN ({', '.join('?' for _ in rows)})",
        [row[1] for row in rows],
    ).fetchall())
    return [
        SearchHit(kind, int(ref), title, make_snippet(title, bodies.get(rowid) or "", query.tokens), float(position))
        for position, (_key, rowid, ref, title) in enumerate(rows)
    ]


def run_search(conn: sqlite3.Connection, text: str, *, limit: int = 50, kinds: list[str] | None = None,
               cancelled: Callable[[], bool] | None = None) -> list[SearchHit]:
    """Hits of every kind (or of `kinds`) in one list: exact and starts-with
    titles first, then titles holding the words, then the rest, the kinds
    taking turns within each step."""
    query = _prepare(text)
    if query is None:
        return []
    wanted = [kind for kind in KIND_ORDER if kinds is None or kind in kinds]
    with _cancellable(conn, cancelled):
        found = _by_kind(conn, query, wanted, limit, limit)
        merged = sorted(
            ((row[0][0], row[0][1], position, KIND_ORDER.index(kind)), kind, row)
            for kind, rows in found.items()
            for position, row in enumerate(rows)
        )[:limit]
        shown: dict[str, list[_Found]] = {}
        for _key, kind, row in merged:
            shown.setdefault(kind, []).append(row)
        hits = {kind: iter(_hits(conn, query, kind, rows)) for kind, rows in shown.items()}
        return [next(hits[kind]) for _key, kind, _row in merged]


def run_grouped(conn: sqlite3.Connection, text: str, *, per_kind: int = 8,
                cancelled: Callable[[], bool] | None = None) -> dict[str, list[SearchHit]]:
    """The best `per_kind` hits of each kind, in a fixed kind order (the search popup)."""
    query = _prepare(text)
    if query is None:
        return {}
    with _cancellable(conn, cancelled):
        found = _by_kind(conn, query, KIND_ORDER, per_kind, per_kind)
        return {kind: _hits(conn, query, kind, rows) for kind, rows in found.items() if rows}


class SearchService:
    def __init__(self, crm: Crm) -> None:
        self.crm = crm

    def search(self, text: str, *, limit: int = 50, kinds: list[str] | None = None,
               cancelled: Callable[[], bool] | None = None) -> list[SearchHit]:
        """Raises SearchCancelled if `cancelled()` turns true while it runs."""
        return run_search(self.crm.db.conn, text, limit=limit, kinds=kinds, cancelled=cancelled)

    def grouped(self, text: str, *, per_kind: int = 8,
                cancelled: Callable[[], bool] | None = None) -> dict[str, list[SearchHit]]:
        """Results by kind, in a fixed kind order, for the search popup."""
        return run_grouped(self.crm.db.conn, text, per_kind=per_kind, cancelled=cancelled)

    def session(self) -> SearchSession:
        """A search on a connection of its own, for a worker thread (see SearchSession)."""
        return SearchSession(self.crm)


class SearchSession:
    """Searches on their own read-only connection, so a worker thread can search
    while the UI thread uses the main one, and the UI thread can stop a running
    search at once with `cancel()` (safe from any thread).

    An in-memory file has no second connection; there the session shares the
    main one (tests only; the app always has a file)."""

    def __init__(self, crm: Crm) -> None:
        self._own = crm.path is not None
        self._cancel_requested = threading.Event()
        if crm.path is not None:
            from btvcrm.storage.database import configure, user_errors

            uri = Path(crm.path).resolve().as_uri() + "?mode=ro"
            with user_errors(crm.path):
                self.conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
                configure(self.conn)
        else:
            self.conn = crm.db.conn

    def _stop_when(self, cancelled: Callable[[], bool] | None) -> Callable[[], bool]:
        self._cancel_requested.clear()  # a cancel() before this search started was meant for the previous one
        flag = self._cancel_requested
        if cancelled is None:
            return flag.is_set
        return lambda: flag.is_set() or cancelled()

    def search(self, text: str, *, limit: int = 50, kinds: list[str] | None = None,
               cancelled: Callable[[], bool] | None = None) -> list[SearchHit]:
        """As SearchService.search; raises SearchCancelled after `cancel()` or when `cancelled()`."""
        return run_search(self.conn, text, limit=limit, kinds=kinds, cancelled=self._stop_when(cancelled))

    def grouped(self, text: str, *, per_kind: int = 8,
                cancelled: Callable[[], bool] | None = None) -> dict[str, list[SearchHit]]:
        return run_grouped(self.conn, text, per_kind=per_kind, cancelled=self._stop_when(cancelled))

    def cancel(self) -> None:
        """Stop the search running on this session now (from any thread)."""
        self._cancel_requested.set()
        if self._own:
            self.conn.interrupt()  # stops a statement at once, even inside a long step

    def close(self) -> None:
        if self._own:
            self.conn.close()

    def __enter__(self) -> SearchSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["HIGHLIGHT_END", "HIGHLIGHT_START", "SearchCancelled", "SearchHit", "SearchService", "SearchSession",
           "match_expression", "search_expressions", "words"]
