"""SQL for the full-text index (version 3, from migration 0009; version 2 came
with migration 0003), kept in sync by triggers in the database itself.

One FTS5 table holds every searchable thing. The rowid is `code << 40 | id`,
so each kind owns one contiguous rowid range: a trigger finds an item's row by
rowid, and a search can take the newest matches of each kind separately
(bounded work per kind, and a common word in meetings cannot crowd out
organisations). Private notes sit in their own column: searchable in the app,
never shown in a snippet. Erased people are not indexed at all.
"""

from __future__ import annotations

KIND_CODES = {
    "person": 1,
    "organisation": 2,
    "follow_up": 3,
    "meeting": 4,
    "initiative": 5,
    "lesson": 6,
}
ID_BITS = 40
# Kinds searched together, each group with its own bounded window: people and
# organisations are never crowded out by the many follow-ups and meetings, and
# within the last group (newest rowids first) lessons and initiatives come first.
SEARCH_GROUPS = (("person", "organisation"), ("follow_up",), ("meeting", "initiative", "lesson"))


def rowid_range(*kinds: str) -> tuple[int, int]:
    """The first and last rowid the kinds can have (they must have adjacent codes)."""
    codes = sorted(KIND_CODES[kind] for kind in kinds)
    return codes[0] << ID_BITS, ((codes[-1] + 1) << ID_BITS) - 1


# The longest prefix the index keeps (version 3); longer prefixes are merged
# from every matching term at query time.
LONGEST_PREFIX = 10

# unicode61 without diacritics folding: å, æ and ø are letters of their own in
# Norwegian ("Ål" must not find "Al"); case folding still covers ÆØÅ/æøå.
_CREATE = """
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED, ref_id UNINDEXED, title, body, private,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '{prefix}'
)
"""
# Version 2 (migration 0003): prefix indexes for 1-3 letters only, so the word
# being typed ("kommune"*) merged every term it starts at each query.
CREATE_INDEX_V2 = _CREATE.format(prefix="1 2 3")
# Version 3 (migration 0009): every prefix up to LONGEST_PREFIX letters is
# indexed and read like a whole word (bench/: p95 of the popup's searches 75 ms
# -> 4 ms on the 200k file; the index grows from 252 to 390 MB there).
CREATE_INDEX = _CREATE.format(prefix=" ".join(str(n) for n in range(1, LONGEST_PREFIX + 1)))
# bm25 weights per column: kind, ref_id, title, body, private.
BM25_WEIGHTS = "0, 0, 10.0, 1.0, 1.0"


def _c(expr: str) -> str:
    return f"coalesce({expr}, '')"


def _joined(*exprs: str) -> str:
    return " || ' ' || ".join(_c(e) for e in exprs)


# For each kind: source table, title, body, private text, and which rows are live.
_SOURCES: dict[str, tuple[str, str, str, str, str]] = {
    "person": ("people", "x.name", _joined("x.email", "x.phone", "x.notes"), _c("x.private_notes"),
               "x.deleted_at IS NULL AND x.erased_at IS NULL"),
    "organisation": ("organisations", "x.name", _joined("x.orgnr", "x.website", "x.notes"), "''",
                     "x.deleted_at IS NULL"),
    "meeting": (
        "meetings",
        "x.title",
        _joined(
            "x.place",
            "x.notes",
            "x.other_participants",
            "(SELECT group_concat(coalesce(a.title, '') || ' ' || coalesce(a.notes, ''), ' ') "
            "FROM agenda_items a WHERE a.meeting_id = x.id)",
            "(SELECT group_concat(d.text, ' ') FROM decisions d WHERE d.meeting_id = x.id)",
        ),
        _c("x.private_notes"),
        "x.deleted_at IS NULL",
    ),
    "follow_up": ("follow_ups", "x.text", _c("x.notes"), "''", "x.deleted_at IS NULL"),
    "initiative": ("initiatives", "x.title", _joined("x.description", "x.doffin_id", "x.procedure_type"), "''",
                   "x.deleted_at IS NULL"),
    "lesson": ("lessons", "x.title", _c("x.text"), "''", "x.deleted_at IS NULL"),
}


def _rowid(kind: str, id_expr: str) -> str:
    return f"(({KIND_CODES[kind]} << {ID_BITS}) | {id_expr})"


def _insert_sql(kind: str, where: str) -> str:
    table, title, body, private, live = _SOURCES[kind]
    return (
        f"INSERT INTO search_index(rowid, kind, ref_id, title, body, private) "
        f"SELECT {_rowid(kind, 'x.id')}, '{kind}', x.id, {title}, {body}, {private} "
        f"FROM {table} x WHERE {where} AND {live}"
    )


def _reindex_sql(kind: str, id_expr: str) -> str:
    return (
        f"DELETE FROM search_index WHERE rowid = {_rowid(kind, id_expr)};\n"
        f"{_insert_sql(kind, f'x.id = {id_expr}')};"
    )


def trigger_statements() -> list[str]:
    statements = []
    for kind, (table, *_rest) in _SOURCES.items():
        statements.append(
            f"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN\n{_reindex_sql(kind, 'NEW.id')}\nEND"
        )
        statements.append(
            f"CREATE TRIGGER {table}_search_au AFTER UPDATE ON {table} BEGIN\n"
            f"DELETE FROM search_index WHERE rowid = {_rowid(kind, 'OLD.id')};\n"
            f"{_reindex_sql(kind, 'NEW.id')}\nEND"
        )
        statements.append(
            f"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN\n"
            f"DELETE FROM search_index WHERE rowid = {_rowid(kind, 'OLD.id')};\nEND"
        )
    # Agenda items and decisions are part of their meeting's entry.
    for child in ("agenda_items", "decisions"):
        for event, ref in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            statements.append(
                f"CREATE TRIGGER {child}_search_{event.lower()} AFTER {event} ON {child} BEGIN\n"
                f"{_reindex_sql('meeting', f'{ref}.meeting_id')}\nEND"
            )
    return statements


def rebuild_statements() -> list[str]:
    """Recreate every entry from the source tables (repair, migration)."""
    return ["DELETE FROM search_index"] + [_insert_sql(kind, "1") for kind in _SOURCES]


def expected_counts_sql() -> str:
    """One row per kind: (kind, live rows in the source, rows in the index)."""
    parts = []
    for kind, (table, _t, _b, _p, live) in _SOURCES.items():
        low, high = rowid_range(kind)
        parts.append(
            f"SELECT '{kind}', (SELECT count(*) FROM {table} x WHERE {live}), "
            f"(SELECT count(*) FROM search_index WHERE rowid BETWEEN {low} AND {high})"
        )
    return " UNION ALL ".join(parts)
