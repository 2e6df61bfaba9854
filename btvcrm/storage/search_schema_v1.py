"""The first version of the full-text index, as migration 0001 created it.

Frozen: migration 0001 has shipped, so what it creates must never change.
Migration 0003 replaces this index with the one in `search_schema.py`.

SQL for the full-text index, kept in sync by triggers in the database itself.

One FTS5 table holds every searchable thing. Its rowid encodes the kind and the
id (`id * 8 + kind code`), so a trigger finds an item's row by rowid instead of
scanning the index, and rowid order follows creation order (newest last).
"""

from __future__ import annotations

KIND_CODES = {
    "person": 1,
    "organisation": 2,
    "meeting": 3,
    "follow_up": 4,
    "initiative": 5,
    "lesson": 6,
}

# unicode61 without diacritics folding: å, æ and ø are letters of their own in
# Norwegian ("Ål" must not find "Al"); case folding still covers ÆØÅ/æøå.
CREATE_INDEX = """
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED, ref_id UNINDEXED, title, body,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '1 2 3'
)
"""


def _c(expr: str) -> str:
    return f"coalesce({expr}, '')"


# For each kind: source table and the SELECT producing (title, body) for row X.
_SOURCES: dict[str, tuple[str, str, str]] = {
    "person": (
        "people",
        "x.name",
        " || ' ' || ".join(_c(c) for c in ("x.email", "x.phone", "x.notes")),
    ),
    "organisation": (
        "organisations",
        "x.name",
        " || ' ' || ".join(_c(c) for c in ("x.orgnr", "x.website", "x.notes")),
    ),
    "meeting": (
        "meetings",
        "x.title",
        " || ' ' || ".join(
            [
                _c("x.place"),
                _c("x.notes"),
                _c("x.private_notes"),
                _c("x.other_participants"),
                _c(
                    "(SELECT group_concat(coalesce(a.title, '') || ' ' || coalesce(a.notes, ''), ' ') "
                    "FROM agenda_items a WHERE a.meeting_id = x.id)"
                ),
                _c("(SELECT group_concat(d.text, ' ') FROM decisions d WHERE d.meeting_id = x.id)"),
            ]
        ),
    ),
    "follow_up": ("follow_ups", "x.text", _c("x.notes")),
    "initiative": (
        "initiatives",
        "x.title",
        " || ' ' || ".join(_c(c) for c in ("x.description", "x.doffin_id", "x.procedure_type")),
    ),
    "lesson": ("lessons", "x.title", _c("x.text")),
}


def _reindex_sql(kind: str, id_expr: str) -> str:
    table, title, body = _SOURCES[kind]
    code = KIND_CODES[kind]
    return (
        f"DELETE FROM search_index WHERE rowid = {id_expr} * 8 + {code};\n"
        f"INSERT INTO search_index(rowid, kind, ref_id, title, body) "
        f"SELECT x.id * 8 + {code}, '{kind}', x.id, {title}, {body} "
        f"FROM {table} x WHERE x.id = {id_expr} AND x.deleted_at IS NULL;"
    )


def trigger_statements() -> list[str]:
    statements = []
    for kind, (table, _title, _body) in _SOURCES.items():
        code = KIND_CODES[kind]
        statements.append(
            f"CREATE TRIGGER {table}_ai_search AFTER INSERT ON {table} BEGIN\n"
            f"{_reindex_sql(kind, 'NEW.id')}\nEND"
        )
        statements.append(
            f"CREATE TRIGGER {table}_au_search AFTER UPDATE ON {table} BEGIN\n"
            f"DELETE FROM search_index WHERE rowid = OLD.id * 8 + {code};\n"
            f"{_reindex_sql(kind, 'NEW.id')}\nEND"
        )
        statements.append(
            f"CREATE TRIGGER {table}_ad_search AFTER DELETE ON {table} BEGIN\n"
            f"DELETE FROM search_index WHERE rowid = OLD.id * 8 + {code};\nEND"
        )
    # Agenda items and decisions are part of their meeting's entry.
    for child in ("agenda_items", "decisions"):
        for event, ref in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            statements.append(
                f"CREATE TRIGGER {child}_{event.lower()}_search AFTER {event} ON {child} BEGIN\n"
                f"{_reindex_sql('meeting', f'{ref}.meeting_id')}\nEND"
            )
    return statements


def rebuild_statements() -> list[str]:
    """Recreate every entry from the source tables (used by repair and import)."""
    statements = ["DELETE FROM search_index"]
    for kind, (table, title, body) in _SOURCES.items():
        code = KIND_CODES[kind]
        statements.append(
            f"INSERT INTO search_index(rowid, kind, ref_id, title, body) "
            f"SELECT x.id * 8 + {code}, '{kind}', x.id, {title}, {body} "
            f"FROM {table} x WHERE x.deleted_at IS NULL"
        )
    return statements


def expected_counts_sql() -> str:
    """One row per kind: (kind, rows in the source, rows in the index)."""
    parts = []
    for kind, (table, _t, _b) in _SOURCES.items():
        parts.append(
            f"SELECT '{kind}', (SELECT count(*) FROM {table} WHERE deleted_at IS NULL), "
            f"(SELECT count(*) FROM search_index WHERE kind = '{kind}')"
        )
    return " UNION ALL ".join(parts)
