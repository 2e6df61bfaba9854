"""Full-text search over everything, safe for any text a user types.

User input is never passed raw to FTS5 `MATCH`: it is split into words, each
word quoted as a string and made a prefix query, so `o'brien`, `AND`, `NEAR(`,
`*` or an unbalanced quote are just text. Ranking (bm25) is bounded to the
newest matches, so a word found in every row does not make a query slow.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from btvcrm.storage.search_schema import BM25_WEIGHTS, SEARCH_GROUPS, rowid_range

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm

# Markers around matched words in snippets; the UI turns them into bold, the CLI into [..].
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
# How many of the newest matches are ranked; beyond this, recency wins.
RANKING_WINDOW = 1000

_WORD_RE = re.compile(r"\w+", re.UNICODE)

KIND_ORDER = ["organisation", "person", "meeting", "initiative", "follow_up", "lesson"]


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


class SearchService:
    def __init__(self, crm: Crm) -> None:
        self.crm = crm

    def search(self, text: str, *, limit: int = 50, kinds: list[str] | None = None) -> list[SearchHit]:
        expression = match_expression(text)
        if expression is None:
            return []
        tokens = words(text)
        hits: list[SearchHit] = []
        for group in SEARCH_GROUPS:
            wanted = [kind for kind in group if kinds is None or kind in kinds]
            if wanted:
                hits.extend(self._search_group(group, wanted, expression, tokens, limit))
        hits.sort(key=lambda hit: (title_tier(hit.title, text, tokens), hit.rank))
        return hits[:limit]

    def _search_group(self, group: tuple[str, ...], wanted: list[str], expression: str, tokens: list[str],
                      limit: int) -> list[SearchHit]:
        low, high = rowid_range(*group)
        # Rank only the newest RANKING_WINDOW matches of the group: walk its rowid
        # range backwards and stop early, then let bm25 score that window alone,
        # so a word found in every meeting stays cheap. (One lower bound per
        # query: FTS5 takes a single rowid range.)
        window_start = self.crm.db.execute(
            "SELECT min(rowid) FROM (SELECT rowid FROM search_index WHERE search_index MATCH ? "
            f"AND rowid >= ? AND rowid <= ? ORDER BY rowid DESC LIMIT {RANKING_WINDOW})",
            [expression, low, high],
        ).fetchone()[0]
        if window_start is None:
            return []
        kind_filter = "" if len(wanted) == len(group) else f" AND kind IN ({', '.join('?' for _ in wanted)})"
        rows = self.crm.db.execute(
            f"SELECT kind, ref_id, title, body, bm25(search_index, {BM25_WEIGHTS}) AS score FROM search_index "
            f"WHERE search_index MATCH ? AND rowid >= ? AND rowid <= ?{kind_filter} ORDER BY score LIMIT ?",
            [expression, window_start, high, *(wanted if kind_filter else []), limit],
        ).fetchall()
        return [
            SearchHit(kind, int(ref), title or "", make_snippet(title or "", body or "", tokens), score)
            for kind, ref, title, body, score in rows
        ]

    def grouped(self, text: str, *, per_kind: int = 8) -> dict[str, list[SearchHit]]:
        """Results by kind, in a fixed kind order, for the search popup."""
        groups: dict[str, list[SearchHit]] = {}
        for hit in self.search(text, limit=per_kind * len(KIND_ORDER) * 2):
            bucket = groups.setdefault(hit.kind, [])
            if len(bucket) < per_kind:
                bucket.append(hit)
        return {kind: groups[kind] for kind in KIND_ORDER if kind in groups}
