"""Named, ordered schema migrations (sqlite-utils `Migrations`, registered through
`storage.connection.MigrationSet` so that opening an up-to-date file never imports sqlite-utils).

Rules: never edit a migration that has shipped; add a new one. Each runs in
its own transaction. A file that has a migration this version does not know
was written by a newer btvcrm and is refused (see `database.open_database`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from btvcrm.storage import search_schema, search_schema_v1
from btvcrm.storage.connection import MigrationSet

if TYPE_CHECKING:
    # Each migration gets a sqlite_utils.Database (sqlite-utils loads only to migrate);
    # helpers such as fill_missing_uids are also called with the open file's.
    from btvcrm.storage.connection import AnyDatabase as Database

MIGRATION_SET = "btvcrm"
migrations = MigrationSet(MIGRATION_SET)  # sqlite_utils.Migrations' API and table

DEFAULT_COUNTIES = ("Buskerud", "Telemark", "Vestfold")

_ORG_KINDS = "'county_council','municipality','health_trust','state_agency','ks','supplier','cluster','other'"
_MEETING_KINDS = "'meeting','phone','email','video','conference','dialogue_conference'"
_STAGES = "'not_contacted','first_contact','informed','expectations_clarified','committed','co_owner'"
_PHASES = "'needs','market_dialogue','competition','contract','follow_up'"

INITIAL_SCHEMA = f"""
CREATE TABLE counties (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ({_ORG_KINDS})),
    orgnr TEXT UNIQUE CHECK (orgnr IS NULL OR (length(orgnr) = 9 AND orgnr NOT GLOB '*[^0-9]*')),
    website TEXT,
    parent_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    notes TEXT NOT NULL DEFAULT '',
    is_key INTEGER NOT NULL DEFAULT 0 CHECK (is_key IN (0, 1)),
    keep_in_touch_days INTEGER CHECK (keep_in_touch_days IS NULL OR keep_in_touch_days > 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX organisations_name ON organisations(name COLLATE NOCASE);
CREATE INDEX organisations_parent ON organisations(parent_id);

CREATE TABLE organisation_counties (
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    county_id INTEGER NOT NULL REFERENCES counties(id) ON DELETE CASCADE,
    PRIMARY KEY (organisation_id, county_id)
) WITHOUT ROWID;
CREATE INDEX organisation_counties_county ON organisation_counties(county_id, organisation_id);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    email TEXT,
    phone TEXT,
    notes TEXT NOT NULL DEFAULT '',
    private_notes TEXT NOT NULL DEFAULT '',
    legal_basis TEXT NOT NULL DEFAULT 'legitimate_interest',
    objection INTEGER NOT NULL DEFAULT 0 CHECK (objection IN (0, 1)),
    is_key INTEGER NOT NULL DEFAULT 0 CHECK (is_key IN (0, 1)),
    keep_in_touch_days INTEGER CHECK (keep_in_touch_days IS NULL OR keep_in_touch_days > 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    erased_at TEXT
);
CREATE INDEX people_name ON people(name COLLATE NOCASE);
CREATE INDEX people_email ON people(email COLLATE NOCASE);

-- A person's jobs: the open one (end_date NULL) is the current role.
CREATE TABLE person_roles (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    title TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT
);
CREATE INDEX person_roles_person ON person_roles(person_id, end_date);
CREATE INDEX person_roles_organisation ON person_roles(organisation_id, end_date);

CREATE TABLE person_counties (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    county_id INTEGER NOT NULL REFERENCES counties(id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, county_id)
) WITHOUT ROWID;

CREATE TABLE initiatives (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    owner_organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    phase TEXT NOT NULL DEFAULT 'needs' CHECK (phase IN ({_PHASES})),
    procedure_type TEXT NOT NULL DEFAULT '',
    estimated_value_nok INTEGER CHECK (estimated_value_nok IS NULL OR estimated_value_nok >= 0),
    doffin_id TEXT,
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX initiatives_owner ON initiatives(owner_organisation_id);

CREATE TABLE initiative_counties (
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    county_id INTEGER NOT NULL REFERENCES counties(id) ON DELETE CASCADE,
    PRIMARY KEY (initiative_id, county_id)
) WITHOUT ROWID;
CREATE INDEX initiative_counties_county ON initiative_counties(county_id, initiative_id);

CREATE TABLE initiative_dates (
    id INTEGER PRIMARY KEY,
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    date TEXT NOT NULL
);
CREATE INDEX initiative_dates_initiative ON initiative_dates(initiative_id, date);

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    kind TEXT NOT NULL DEFAULT 'meeting' CHECK (kind IN ({_MEETING_KINDS})),
    starts_at TEXT NOT NULL,
    duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes >= 0),
    place TEXT NOT NULL DEFAULT '',
    chair TEXT NOT NULL DEFAULT '',
    secretary TEXT NOT NULL DEFAULT '',
    minutes_number TEXT NOT NULL DEFAULT '',
    other_participants TEXT NOT NULL DEFAULT '',
    copy_to TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    private_notes TEXT NOT NULL DEFAULT '',
    minutes_status TEXT NOT NULL DEFAULT 'draft' CHECK (minutes_status IN ('draft', 'approved')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX meetings_starts_at ON meetings(starts_at, id);

CREATE TABLE meeting_participants (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    attendance TEXT NOT NULL DEFAULT 'present' CHECK (attendance IN ('present', 'absent', 'copy')),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (meeting_id, person_id)
) WITHOUT ROWID;
CREATE INDEX meeting_participants_person ON meeting_participants(person_id, meeting_id);

CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    mark TEXT NOT NULL DEFAULT 'O' CHECK (mark IN ('O', 'D', 'V')),
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position);

CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX decisions_meeting ON decisions(meeting_id, position);

CREATE TABLE meeting_counties (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    county_id INTEGER NOT NULL REFERENCES counties(id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, county_id)
) WITHOUT ROWID;
CREATE INDEX meeting_counties_county ON meeting_counties(county_id, meeting_id);

CREATE TABLE meeting_organisations (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, organisation_id)
) WITHOUT ROWID;
CREATE INDEX meeting_organisations_organisation ON meeting_organisations(organisation_id, meeting_id);

CREATE TABLE meeting_initiatives (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, initiative_id)
) WITHOUT ROWID;
CREATE INDEX meeting_initiatives_initiative ON meeting_initiatives(initiative_id, meeting_id);

CREATE TABLE follow_ups (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL CHECK (trim(text) <> ''),
    notes TEXT NOT NULL DEFAULT '',
    responsible_person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    due_date TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    status_changed_on TEXT,
    rrule TEXT,
    previous_id INTEGER REFERENCES follow_ups(id) ON DELETE SET NULL,
    meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    county_id INTEGER REFERENCES counties(id) ON DELETE SET NULL,
    initiative_id INTEGER REFERENCES initiatives(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX follow_ups_open_due ON follow_ups(status, due_date);
CREATE INDEX follow_ups_meeting ON follow_ups(meeting_id);
CREATE INDEX follow_ups_organisation ON follow_ups(organisation_id);
CREATE INDEX follow_ups_person ON follow_ups(person_id);
CREATE INDEX follow_ups_responsible ON follow_ups(responsible_person_id);
CREATE INDEX follow_ups_county ON follow_ups(county_id);
CREATE INDEX follow_ups_initiative ON follow_ups(initiative_id);
CREATE INDEX follow_ups_previous ON follow_ups(previous_id);

-- Every change of anchoring stage, for a county or an organisation (never both).
CREATE TABLE anchoring_changes (
    id INTEGER PRIMARY KEY,
    county_id INTEGER REFERENCES counties(id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE CASCADE,
    stage TEXT NOT NULL CHECK (stage IN ({_STAGES})),
    changed_on TEXT NOT NULL,
    meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    CHECK ((county_id IS NULL) <> (organisation_id IS NULL))
);
CREATE INDEX anchoring_changes_county ON anchoring_changes(county_id, changed_on);
CREATE INDEX anchoring_changes_organisation ON anchoring_changes(organisation_id, changed_on);
CREATE INDEX anchoring_changes_meeting ON anchoring_changes(meeting_id);

CREATE TABLE lessons (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    text TEXT NOT NULL DEFAULT '',
    learned_in_county_id INTEGER REFERENCES counties(id) ON DELETE SET NULL,
    learned_on TEXT NOT NULL,
    meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE TABLE lesson_initiatives (
    lesson_id INTEGER NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    PRIMARY KEY (lesson_id, initiative_id)
) WITHOUT ROWID;
CREATE INDEX lesson_initiatives_initiative ON lesson_initiatives(initiative_id);

CREATE TABLE lesson_counties (
    lesson_id INTEGER NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
    county_id INTEGER NOT NULL REFERENCES counties(id) ON DELETE CASCADE,
    PRIMARY KEY (lesson_id, county_id)
) WITHOUT ROWID;
CREATE INDEX lesson_counties_county ON lesson_counties(county_id);

-- Stakeholder assessment (power/interest), dated, with history.
CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES people(id) ON DELETE CASCADE,
    influence INTEGER NOT NULL CHECK (influence BETWEEN 1 AND 5),
    interest INTEGER NOT NULL CHECK (interest BETWEEN 1 AND 5),
    assessed_on TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    CHECK ((organisation_id IS NULL) <> (person_id IS NULL))
);
CREATE INDEX assessments_organisation ON assessments(organisation_id, assessed_on);
CREATE INDEX assessments_person ON assessments(person_id, assessed_on);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> '')
);
CREATE TABLE person_tags (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, tag_id)
) WITHOUT ROWID;
CREATE TABLE organisation_tags (
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (organisation_id, tag_id)
) WITHOUT ROWID;
CREATE TABLE meeting_tags (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, tag_id)
) WITHOUT ROWID;
CREATE TABLE initiative_tags (
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (initiative_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX person_tags_tag ON person_tags(tag_id);
CREATE INDEX organisation_tags_tag ON organisation_tags(tag_id);
CREATE INDEX meeting_tags_tag ON meeting_tags(tag_id);
CREATE INDEX initiative_tags_tag ON initiative_tags(tag_id);

-- GDPR erasures: when, and which id; never the personal data itself.
CREATE TABLE erasure_log (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL,
    erased_at TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT ''
);

-- Small key/value settings that belong to the file (not to the machine).
CREATE TABLE file_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


def _execute_script(db: Database, script: str) -> None:
    # executescript() would COMMIT the migration's transaction; run one by one.
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


@migrations(name="0001_initial_schema")
def initial_schema(db: Database) -> None:
    from btvcrm.domain.clock import now_iso

    _execute_script(db, INITIAL_SCHEMA)
    db.execute(search_schema_v1.CREATE_INDEX)
    for statement in search_schema_v1.trigger_statements():
        db.execute(statement)
    created = now_iso()
    for position, name in enumerate(DEFAULT_COUNTIES):
        db.execute(
            "INSERT INTO counties (name, position, created_at) VALUES (?, ?, ?)",
            [name, position, created],
        )


@migrations(name="0002_indexes_for_today_page")
def indexes_for_today_page(db: Database) -> None:
    """The I dag page counts due follow-ups and lists what changed lately. Partial
    indexes over live rows answer both from the index alone on a 200k-meeting file."""
    db.execute("CREATE INDEX follow_ups_live_due ON follow_ups(status, due_date) WHERE deleted_at IS NULL")
    db.execute(
        "CREATE INDEX follow_ups_live_changed ON follow_ups(status, status_changed_on) WHERE deleted_at IS NULL"
    )
    db.execute("CREATE INDEX meetings_live_updated ON meetings(updated_at) WHERE deleted_at IS NULL")


@migrations(name="0003_search_index_by_kind")
def search_index_by_kind(db: Database) -> None:
    """Search index v2: one rowid range per kind (so a word common in meetings
    cannot crowd organisations out of the results), private notes in a column
    of their own (never in a snippet), erased people not indexed."""
    for trigger in [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_search'"
    ).fetchall()]:
        db.execute(f"DROP TRIGGER {trigger}")
    db.execute("DROP TABLE search_index")
    db.execute(search_schema.CREATE_INDEX_V2)
    for statement in search_schema.trigger_statements():
        db.execute(statement)
    for statement in search_schema.rebuild_statements():
        db.execute(statement)


# 0004 (safety, issue 11) -------------------------------------------------------------
@migrations(name="0004_file_identity_and_pending_cleanup")
def file_identity_and_pending_cleanup(db: Database) -> None:
    """A random identity in the header (`user_version`), copied into every backup, so the
    backups of this file are told from another file's in a shared folder; and the
    clean-up an erasure still owes (search index merge, WAL truncation), recorded in the
    erasure's own transaction and completed at the next open if it could not finish."""
    import secrets

    db.execute(
        "CREATE TABLE pending_cleanup ("
        " id INTEGER PRIMARY KEY,"
        " kind TEXT NOT NULL CHECK (kind IN ('erasure')),"
        " requested_at TEXT NOT NULL)"
    )
    current = db.execute("PRAGMA user_version").fetchone()[0]
    if not current:
        db.execute(f"PRAGMA user_version = {secrets.randbelow(2**31 - 2) + 1}")



# --- 0005 (exchange): stable identities for contacts, organisations, follow-ups ----------
#
# Side tables rather than new columns: filling a column of `people` or `follow_ups`
# would fire their search-index triggers once per row (minutes on a large file);
# an INSERT ... SELECT into a table of its own is one statement.

IDENTITY_TABLES = {
    # table: (key column, parent table, prefix of new uids)
    "person_uids": ("person_id", "people", "urn:uuid:"),
    "organisation_uids": ("organisation_id", "organisations", "urn:uuid:"),
    "follow_up_uids": ("follow_up_id", "follow_ups", ""),
}
# A random (version 4) UUID in SQL, from 16 random bytes `h` (hex) of a subquery.
_UUID4_SQL = (
    "substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' || "
    "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12)"
)


def fill_missing_uids(db: Database) -> None:
    """Give every person, organisation and follow-up without one a new UUID (one
    statement per table). Also used after a JSON import of an export made before 0005."""
    for table, (key, parent, prefix) in IDENTITY_TABLES.items():
        suffix = "@btvcrm" if table == "follow_up_uids" else ""
        live = " AND erased_at IS NULL" if parent == "people" else ""  # erased people keep none
        db.execute(
            f"INSERT INTO {table} ({key}, uid) SELECT id, '{prefix}' || {_UUID4_SQL} || '{suffix}' "
            f"FROM (SELECT id, lower(hex(randomblob(16))) AS h FROM {parent} "
            f"WHERE id NOT IN (SELECT {key} FROM {table}){live})"
        )


@migrations(name="0005_exchange_identities")
def exchange_identities(db: Database) -> None:
    """Stable UIDs for vCard/iCalendar (kept across exports, re-imports match on
    them; an imported card or task keeps its own), and the version of the calendar
    event each imported meeting came from (a newer one updates the meeting)."""
    for table, (key, parent, _prefix) in IDENTITY_TABLES.items():
        db.execute(
            f"CREATE TABLE {table} ("
            f"{key} INTEGER PRIMARY KEY REFERENCES {parent}(id) ON DELETE CASCADE, "
            "uid TEXT NOT NULL UNIQUE CHECK (trim(uid) <> ''))"
        )
    fill_missing_uids(db)
    # An erased person keeps no identifier that could tie a later import to them.
    db.execute(
        "CREATE TRIGGER person_uids_erased AFTER UPDATE OF erased_at ON people "
        "WHEN NEW.erased_at IS NOT NULL BEGIN DELETE FROM person_uids WHERE person_id = NEW.id; END"
    )
    db.execute(
        "CREATE TABLE meeting_calendar_versions ("
        "meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE, "
        "sequence INTEGER NOT NULL DEFAULT 0, "
        "stamp TEXT NOT NULL DEFAULT '', "  # UTC, 20160614T080000Z: LAST-MODIFIED, else DTSTAMP
        "notes_digest TEXT NOT NULL DEFAULT '', "  # of the notes as imported: edited here since?
        "saved_at TEXT NOT NULL DEFAULT '')"  # the meeting's updated_at right after that import
    )


@migrations(name="0006_public_or_exempt_and_case_numbers")
def public_or_exempt_and_case_numbers(db: Database) -> None:
    """Documents for the county archives: a case number (saksnummer) on meetings, and
    public or exempt (offentleglova) on the meeting as a whole, its general notes, each
    agenda item and each decision: a legal basis code (NULL is public) and a free text.
    An index on follow-ups' creation time for the county report's period."""
    # Spelled out (not imported): a shipped migration must not change with the code.
    codes = "'offl_13_fvl_13_1', 'offl_13_fvl_13_2', 'offl_14', 'offl_15', 'offl_23', 'other'"

    def basis(column: str) -> str:
        return f"{column} TEXT CHECK ({column} IS NULL OR {column} IN ({codes}))"

    for table, prefix in (("meetings", ""), ("meetings", "notes_"), ("agenda_items", ""), ("decisions", "")):
        db.execute(f"ALTER TABLE {table} ADD COLUMN {basis(prefix + 'exempt_basis')}")
        db.execute(f"ALTER TABLE {table} ADD COLUMN {prefix}exempt_note TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE meetings ADD COLUMN case_number TEXT NOT NULL DEFAULT ''")
    # The county report lists the follow-ups opened in its period: from an index, not a scan.
    db.execute("CREATE INDEX follow_ups_live_created ON follow_ups(created_at) WHERE deleted_at IS NULL")



# Indexes that let the list sorts and the I dag page read rows in order instead
# of sorting a whole table (figures in bench/). Each covers live rows only.
# Names and titles sort by norwegian_key(), a Python function: no index can serve it.
_SPEED_INDEXES = (
    "CREATE INDEX meetings_live_kind ON meetings(kind) WHERE deleted_at IS NULL",
    "CREATE INDEX meetings_live_minutes_status ON meetings(minutes_status) WHERE deleted_at IS NULL",
    "CREATE INDEX follow_ups_live_due_sort ON follow_ups(coalesce(due_date, '9999')) WHERE deleted_at IS NULL",
    "CREATE INDEX follow_ups_live_status ON follow_ups(status) WHERE deleted_at IS NULL",
    "CREATE INDEX follow_ups_live_status_changed ON follow_ups(status_changed_on) WHERE deleted_at IS NULL",
    # follow_ups_live_created (created_at) comes with 0006, for the county report.
    "CREATE INDEX people_live_email ON people(email) WHERE deleted_at IS NULL",
    "CREATE INDEX people_live_updated ON people(updated_at) WHERE deleted_at IS NULL",
    "CREATE INDEX organisations_live_kind ON organisations(kind) WHERE deleted_at IS NULL",
    "CREATE INDEX organisations_live_updated ON organisations(updated_at) WHERE deleted_at IS NULL",
    # Key contacts for "who needs a call" on I dag, without reading every person.
    "CREATE INDEX organisations_key ON organisations(id) WHERE is_key = 1 AND deleted_at IS NULL",
    "CREATE INDEX people_key ON people(id) WHERE is_key = 1 AND deleted_at IS NULL AND erased_at IS NULL",
)


INBOUND_SCHEMA = """
ALTER TABLE organisations ADD COLUMN org_form TEXT NOT NULL DEFAULT ''
    CHECK (length(org_form) <= 10 AND org_form NOT GLOB '*[^A-Z0-9]*');
ALTER TABLE organisations ADD COLUMN address TEXT NOT NULL DEFAULT '' CHECK (length(address) <= 1000);
ALTER TABLE organisations ADD COLUMN municipality_number TEXT NOT NULL DEFAULT ''
    CHECK (municipality_number = '' OR (length(municipality_number) = 4 AND municipality_number NOT GLOB '*[^0-9]*'));
ALTER TABLE organisations ADD COLUMN nace_code TEXT NOT NULL DEFAULT ''
    CHECK (length(nace_code) <= 10 AND nace_code NOT GLOB '*[^0-9.]*');
ALTER TABLE organisations ADD COLUMN sector_code TEXT NOT NULL DEFAULT ''
    CHECK (sector_code = '' OR (length(sector_code) = 4 AND sector_code NOT GLOB '*[^0-9]*'));
ALTER TABLE organisations ADD COLUMN register_deleted_on TEXT;
ALTER TABLE organisations ADD COLUMN register_updated_at TEXT;
ALTER TABLE meetings ADD COLUMN message_id TEXT CHECK (message_id IS NULL OR trim(message_id) <> '');
CREATE INDEX meetings_message_id ON meetings(message_id) WHERE message_id IS NOT NULL;

-- An e-mail's attachments: listed always; `stored_path` (relative to the data file's
-- attachments folder, see paths.attachments_dir) when the user asked to keep a copy.
CREATE TABLE meeting_attachments (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    size INTEGER NOT NULL CHECK (size >= 0),
    content_type TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    stored_path TEXT CHECK (stored_path IS NULL OR (trim(stored_path) <> '' AND stored_path NOT GLOB '*..*'
        AND substr(stored_path, 1, 1) <> '/')),
    created_at TEXT NOT NULL
);
CREATE INDEX meeting_attachments_meeting ON meeting_attachments(meeting_id, position)
"""


@migrations(name="0008_inbound")
def inbound(db: Database) -> None:
    """Issue 15: an organisation's register data (form, address, municipality, NACE,
    sector, deleted in the register, last refresh), a meeting's e-mail Message-ID
    (the same message is not logged twice) and an e-mail's attachments."""
    _execute_script(db, INBOUND_SCHEMA)


@migrations(name="0009_speed_indexes_and_search_index_v3")
def speed_indexes_and_search_index_v3(db: Database) -> None:
    """Search index v3 (prefix indexes up to 10 letters: the word being typed is
    read like a whole word) and indexes for list sorts and the I dag page.
    The index is rebuilt from the records (about 30 s for 200 000 meetings)."""
    db.execute("DROP TABLE search_index")
    db.execute(search_schema.CREATE_INDEX)
    for statement in search_schema.rebuild_statements():
        db.execute(statement)
    for statement in _SPEED_INDEXES:
        db.execute(statement)


# --- 0010 market dialogue (dialogue) ------------------------------------------

MARKET_DIALOGUE_SCHEMA = """
CREATE TABLE market_dialogues (
    id INTEGER PRIMARY KEY,
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    doffin_id TEXT CHECK (doffin_id IS NULL OR doffin_id GLOB '[12][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]'),
    announced_on TEXT,
    deadline_on TEXT,
    buyer_organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'announced', 'held', 'summarised')),
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX market_dialogues_initiative ON market_dialogues(initiative_id);
CREATE INDEX market_dialogues_buyer ON market_dialogues(buyer_organisation_id);

CREATE TABLE dialogue_events (
    id INTEGER PRIMARY KEY,
    dialogue_id INTEGER NOT NULL REFERENCES market_dialogues(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT 'conference' CHECK (kind IN ('conference', 'round')),
    title TEXT NOT NULL DEFAULT '',
    starts_at TEXT NOT NULL,
    duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes > 0),
    place TEXT NOT NULL DEFAULT '',
    video_link TEXT,
    meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL
);
CREATE INDEX dialogue_events_dialogue ON dialogue_events(dialogue_id, position);
CREATE INDEX dialogue_events_meeting ON dialogue_events(meeting_id);

CREATE TABLE dialogue_programme_items (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES dialogue_events(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    at_time TEXT CHECK (at_time IS NULL OR at_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    presenter TEXT NOT NULL DEFAULT ''
);
CREATE INDEX dialogue_programme_items_event ON dialogue_programme_items(event_id, position);

-- One registration per supplier and dialogue; its people are the attendees.
CREATE TABLE dialogue_registrations (
    id INTEGER PRIMARY KEY,
    dialogue_id INTEGER NOT NULL REFERENCES market_dialogues(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    email TEXT,
    wants_one_to_one INTEGER NOT NULL DEFAULT 0 CHECK (wants_one_to_one IN (0, 1)),
    attending INTEGER NOT NULL DEFAULT 1 CHECK (attending IN (0, 1)),
    registered_at TEXT NOT NULL,
    checked_in_at TEXT,
    comment TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (dialogue_id, organisation_id)
);
CREATE INDEX dialogue_registrations_organisation ON dialogue_registrations(organisation_id);

CREATE TABLE dialogue_attendees (
    registration_id INTEGER NOT NULL REFERENCES dialogue_registrations(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    checked_in_at TEXT,
    PRIMARY KEY (registration_id, person_id)
) WITHOUT ROWID;
CREATE INDEX dialogue_attendees_person ON dialogue_attendees(person_id);

-- The one-to-one schedule: how it was made (the draw's seed and time), and its slots.
CREATE TABLE dialogue_schedules (
    id INTEGER PRIMARY KEY,
    dialogue_id INTEGER NOT NULL UNIQUE REFERENCES market_dialogues(id) ON DELETE CASCADE,
    starts_at TEXT NOT NULL,
    slot_minutes INTEGER NOT NULL CHECK (slot_minutes > 0),
    break_minutes INTEGER NOT NULL DEFAULT 0 CHECK (break_minutes >= 0),
    rooms INTEGER NOT NULL DEFAULT 1 CHECK (rooms > 0),
    order_method TEXT NOT NULL CHECK (order_method IN ('draw', 'registration')),
    seed INTEGER,
    drawn_at TEXT,
    created_at TEXT NOT NULL,
    CHECK (order_method = 'registration' OR (seed IS NOT NULL AND drawn_at IS NOT NULL))
);

CREATE TABLE dialogue_slots (
    id INTEGER PRIMARY KEY,
    schedule_id INTEGER NOT NULL REFERENCES dialogue_schedules(id) ON DELETE CASCADE,
    registration_id INTEGER NOT NULL REFERENCES dialogue_registrations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    starts_at TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes > 0),
    room INTEGER NOT NULL DEFAULT 1 CHECK (room > 0),
    status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
    late INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX dialogue_slots_schedule ON dialogue_slots(schedule_id, starts_at, room);
CREATE INDEX dialogue_slots_registration ON dialogue_slots(registration_id);

-- Notes from a supplier's one-to-one: confidential (exempt) unless marked otherwise.
CREATE TABLE dialogue_notes (
    id INTEGER PRIMARY KEY,
    registration_id INTEGER NOT NULL REFERENCES dialogue_registrations(id) ON DELETE CASCADE,
    text TEXT NOT NULL CHECK (trim(text) <> ''),
    confidential INTEGER NOT NULL DEFAULT 1 CHECK (confidential IN (0, 1)),
    exemption TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX dialogue_notes_registration ON dialogue_notes(registration_id);

CREATE TABLE dialogue_questions (
    id INTEGER PRIMARY KEY,
    dialogue_id INTEGER NOT NULL REFERENCES market_dialogues(id) ON DELETE CASCADE,
    registration_id INTEGER REFERENCES dialogue_registrations(id) ON DELETE SET NULL,
    part TEXT NOT NULL DEFAULT 'plenary' CHECK (part IN ('plenary', 'one_to_one', 'written')),
    asked_at TEXT NOT NULL,
    question TEXT NOT NULL CHECK (trim(question) <> ''),
    answer TEXT NOT NULL DEFAULT '',
    answered_at TEXT,
    shared_at TEXT,
    shared_how TEXT CHECK (shared_how IS NULL OR shared_how IN ('email', 'doffin', 'summary')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((shared_at IS NULL) = (shared_how IS NULL))
);
CREATE INDEX dialogue_questions_dialogue ON dialogue_questions(dialogue_id, asked_at);
CREATE INDEX dialogue_questions_registration ON dialogue_questions(registration_id);

-- What was sent to whom (equal distribution of material).
CREATE TABLE dialogue_sendings (
    id INTEGER PRIMARY KEY,
    dialogue_id INTEGER NOT NULL REFERENCES market_dialogues(id) ON DELETE CASCADE,
    material TEXT NOT NULL CHECK (material IN
        ('invitation', 'programme', 'schedule', 'presentation', 'answers', 'summary', 'other')),
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    channel TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email_draft', 'email', 'doffin', 'by_hand')),
    sent_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX dialogue_sendings_dialogue ON dialogue_sendings(dialogue_id, sent_at);

CREATE TABLE dialogue_sending_recipients (
    sending_id INTEGER NOT NULL REFERENCES dialogue_sendings(id) ON DELETE CASCADE,
    registration_id INTEGER NOT NULL REFERENCES dialogue_registrations(id) ON DELETE CASCADE,
    PRIMARY KEY (sending_id, registration_id)
) WITHOUT ROWID;
CREATE INDEX dialogue_sending_recipients_registration ON dialogue_sending_recipients(registration_id);

-- Changes that must be shown later: draws, swaps, cancellations, answers shared.
CREATE TABLE dialogue_log (
    id INTEGER PRIMARY KEY,
    dialogue_id INTEGER NOT NULL REFERENCES market_dialogues(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX dialogue_log_dialogue ON dialogue_log(dialogue_id, at);
"""


@migrations(name="0010_market_dialogue")
def market_dialogue(db: Database) -> None:
    """Market dialogues (issue 17): events, registrations, the one-to-one schedule,
    confidential notes, questions and answers, and what was sent to whom."""
    _execute_script(db, MARKET_DIALOGUE_SCHEMA)


def known_migration_names() -> list[str]:
    return [m.name for m in migrations._migrations]


@migrations(name="0011_norwegian_sort_keys")
def norwegian_sort_keys(db: Database) -> None:
    """(speed's second migration, after 0009 shipped.) Stored Norwegian sort keys (domain.collation.sort_key, the same as
    norwegian_key()) for the lists' name and title sorts, each with an index
    over live rows: 456 ms -> 1 ms for the first screenful of 200 000 meetings
    by title. The repositories write the key with the text; triggers put it
    right after any other write (they use norwegian_key(), which btvcrm
    registers on each connection: other tools can read the file, and can write
    these tables only with that function)."""
    from btvcrm.storage.repo_base import SORT_KEYS

    search_update = {f"{table}_search_au" for table in SORT_KEYS}
    for name in search_update:  # filling the keys must not reindex every row (keys are not searched)
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table, (column, key) in SORT_KEYS.items():
        db.execute(f"ALTER TABLE {table} ADD COLUMN {key} TEXT")
        db.execute(f"UPDATE {table} SET {key} = norwegian_key({column})")
        db.execute(f"CREATE INDEX {table}_live_{key} ON {table}({key}) WHERE deleted_at IS NULL")
        stale = f"NEW.{key} IS NOT norwegian_key(NEW.{column})"
        fix = f"UPDATE {table} SET {key} = norwegian_key(NEW.{column}) WHERE id = NEW.id;"
        db.execute(f"CREATE TRIGGER {table}_sort_key_ai AFTER INSERT ON {table} WHEN {stale} BEGIN {fix} END")
        db.execute(f"CREATE TRIGGER {table}_sort_key_au AFTER UPDATE OF {column}, {key} ON {table} "
                   f"WHEN {stale} BEGIN {fix} END")
    for statement in search_schema.trigger_statements():
        if statement.split()[2] in search_update:
            db.execute(statement)


# --- 0012 one-to-one notes: public or exempt like the meetings (dialogue2) --------

@migrations(name="0012_dialogue_notes_exemption")
def dialogue_notes_exemption(db: Database) -> None:
    """A one-to-one note is public or exempt the way a meeting is (0006): a legal basis
    code (NULL is public) and a free text, instead of a confidential flag and a citation.
    The old default citation becomes the default exemption (business secrets, with its
    note); another known citation its code; any other text "other" with the text kept."""
    # Spelled out (not imported): a shipped migration must not change with the code.
    codes = "'offl_13_fvl_13_1', 'offl_13_fvl_13_2', 'offl_14', 'offl_15', 'offl_23', 'other'"
    default_note = "Leverandørens innspill i én-til-én-møte i markedsdialogen"
    citations = (
        ("offl. § 13 jf. fvl. § 13 første ledd nr. 1", "offl_13_fvl_13_1"),
        ("offl. § 14", "offl_14"),
        ("offl. § 15", "offl_15"),
        ("offl. § 23 første ledd", "offl_23"),
    )
    known = "".join(f" WHEN trim(exemption) = '{text}' THEN '{code}'" for text, code in citations)
    known_text = ", ".join(f"'{text}'" for text, _ in citations)
    db.execute(
        "CREATE TABLE dialogue_notes_0012 ("
        " id INTEGER PRIMARY KEY,"
        " registration_id INTEGER NOT NULL REFERENCES dialogue_registrations(id) ON DELETE CASCADE,"
        " text TEXT NOT NULL CHECK (trim(text) <> ''),"
        f" exempt_basis TEXT CHECK (exempt_basis IS NULL OR exempt_basis IN ({codes})),"
        " exempt_note TEXT NOT NULL DEFAULT '',"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL)"
    )
    default = "trim(exemption) IN ('', 'offl. § 13 jf. fvl. § 13 første ledd nr. 2')"
    db.execute(
        "INSERT INTO dialogue_notes_0012 (id, registration_id, text, exempt_basis, exempt_note, created_at, updated_at) "
        "SELECT id, registration_id, text, "
        f"CASE WHEN confidential = 0 THEN NULL WHEN {default} THEN 'offl_13_fvl_13_2'{known} ELSE 'other' END, "
        f"CASE WHEN confidential = 0 THEN '' WHEN {default} THEN '{default_note}' "
        f"WHEN trim(exemption) IN ({known_text}) THEN '' ELSE exemption END, "
        "created_at, updated_at FROM dialogue_notes"
    )
    db.execute("DROP TABLE dialogue_notes")
    db.execute("ALTER TABLE dialogue_notes_0012 RENAME TO dialogue_notes")
    db.execute("CREATE INDEX dialogue_notes_registration ON dialogue_notes(registration_id)")


# --- 0008 inbound: e-mails as contacts, organisations from Enhetsregisteret ----
