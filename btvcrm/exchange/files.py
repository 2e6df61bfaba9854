"""Import and export of whole files, the kind told by content and name.

The one entry point for `btvcrm import` / `btvcrm export` and the app's File
menu and drag-and-drop.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from btvcrm.domain.errors import UserError
from btvcrm.domain.filters import ListFilter
from btvcrm.exchange.reading import reading
from btvcrm.exchange.results import Progress
from btvcrm.storage.crm import Crm

if TYPE_CHECKING:
    from btvcrm.exchange.calendar_sync import EventRecord
    from btvcrm.exchange.results import ImportResult


def export_to(crm: Crm, output: Path, fmt: str, *, what: str | None = None, vcard_version: str = "3.0",
              all_day_follow_ups: bool = False, list_filter: ListFilter | None = None,
              done_follow_ups: bool = False, feed: bool = False, force: bool = False) -> str:
    """Write one export (json, ics, vcf, csv, xlsx); returns the message. Every file
    goes through storage.safe_output; ``force`` allows replacing another data file."""
    output = Path(output)
    if fmt == "json":
        from btvcrm.exchange.jsonfile import export_file

        count = export_file(crm, output, force=force)
        return f"Eksporterte {count} poster til {output}."
    from btvcrm.exchange import bridge

    return bridge.export_to(crm, output, fmt, what=what, vcard_version=vcard_version,
                            all_day_follow_ups=all_day_follow_ups, list_filter=list_filter,
                            done_follow_ups=done_follow_ups, feed=feed, force=force)


#: How much of a file `sniff_file` reads (an OLE2 file is read whole: its directory can be anywhere).
SNIFF_BYTES = 64 * 1024


def sniff_file(source: Path | str) -> str:
    """The kind of an import file (see sniff.detect_format), from its first bytes only, so a
    150 MB register file is not read to be recognised. "email" and "register" files are
    imported by services.email_contacts and services.register_import; the rest by
    `import_from`."""
    source = Path(source)
    with reading(source), open(source, "rb") as handle:
        head = handle.read(SNIFF_BYTES)
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            from btvcrm.exchange.email_message import MAX_EMAIL_BYTES

            head += handle.read(MAX_EMAIL_BYTES)
    from btvcrm.exchange.sniff import detect_format

    return detect_format(str(source), head)


def import_from(crm: Crm, source: Path, *, skip_invalid: bool = False, import_as: str | None = None,
                on_duplicate: str = "merge", progress: Progress | None = None,
                decisions: Mapping[int, str] | None = None, mapping: dict[str, str] | None = None) -> str:
    """Import one file, its kind told by content; returns the report.
    ``progress(done, total)`` is called now and then during long imports;
    ``decisions`` and ``mapping`` come from the app's preview (see bridge.import_from).
    E-mails and register files are refused here (their use cases are services)."""
    source = Path(source)
    early = sniff_file(source)
    if early in ("email", "register"):
        what = "En e-post" if early == "email" else "En fil fra Enhetsregisteret"
        raise UserError(f"{what} importeres med «btvcrm import {source.name}» eller fra Fil-menyen i appen.")
    with reading(source):
        head = source.read_bytes()
    from btvcrm.exchange.sniff import detect_format

    kind = detect_format(str(source), head)
    if kind == "unknown":
        raise UserError(f"Kjenner ikke igjen filtypen til {source} (støttet: JSON-eksport, .ics, .vcf, .csv, .xlsx).")
    if crm.path is not None:
        # An import writes much at once: keep a copy of the file as it was.
        from btvcrm.storage.backup import backup_before

        backup_before(crm.db.conn, crm.path, reason="import")
    if kind == "json":
        from btvcrm.exchange.jsonfile import import_file

        count = import_file(crm, source, progress=progress)
        return f"Importerte {count} poster fra {source}."
    from btvcrm.exchange import bridge

    return bridge.import_from(crm, source, kind, head, skip_invalid=skip_invalid, import_as=import_as,
                              on_duplicate=on_duplicate, progress=progress, decisions=decisions,
                              mapping=mapping)


def import_events(crm: Crm, events: list[EventRecord], *, progress: Progress | None = None) -> ImportResult:
    """Log the events chosen from a calendar file's preview (the app's .ics import):
    like `import_from`, a copy of the file as it was is kept first — one import, one backup."""
    if crm.path is not None and events:
        from btvcrm.storage.backup import backup_before

        backup_before(crm.db.conn, crm.path, reason="import")
    from btvcrm.exchange import bridge

    return bridge.import_events(crm, events, progress=progress)
