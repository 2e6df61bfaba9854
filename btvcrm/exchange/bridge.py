"""Between the file formats and the data file: what `btvcrm import`/`export` and the
app's File menu do with .ics, .vcf, .csv and .xlsx files.

The work is in :mod:`calendar_sync`, :mod:`contacts_sync` and :mod:`spreadsheets`;
this module picks one by format and turns the outcome into one Norwegian message,
e.g. "Personer: 2 lagt til, 0 oppdatert, 1 hoppet over." followed by a line per
skipped or salvaged record.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from btvcrm.domain.errors import UserError
from btvcrm.domain.filters import ListFilter
from btvcrm.exchange import calendar_sync, contacts_sync, spreadsheets
from btvcrm.exchange.calendar_sync import (
    import_events,
    preview_events,
    write_calendar_file,
)
from btvcrm.exchange.contacts_sync import ContactPreview
from btvcrm.exchange.results import ImportAborted, ImportResult, Progress
from btvcrm.storage.crm import Crm
from btvcrm.storage.safe_output import write_output

__all__ = [
    "ContactPreview",
    "ImportAborted",
    "ImportResult",
    "export_to",
    "import_events",
    "import_from",
    "preview_events",
    "preview_people",
    "write_calendar_file",
]

_KIND_WORDS = {"people": "Personer", "organisations": "Organisasjoner"}


def export_to(
    crm: Crm,
    output: Path,
    fmt: str,
    *,
    what: str | None = None,
    list_filter: ListFilter | None = None,
    vcard_version: str = "3.0",
    all_day_follow_ups: bool = False,
    done_follow_ups: bool = False,
    feed: bool = False,
    force: bool = False,
) -> str:
    """Write ``output`` in ``fmt`` ("ics", "vcf", "csv", "xlsx"); returns a message.

    ics: meetings and follow-ups with due dates (``what`` "meetings" or
    "follow-ups" for one of them; ``done_follow_ups`` adds the done and cancelled
    ones; ``feed`` adds the refresh properties of a subscribed calendar). vcf:
    people and organisations (``what`` "people" or "organisations" for one of
    them). csv/xlsx: the list ``what`` (default people), narrowed by
    ``list_filter`` as on screen. Every file goes through storage.safe_output
    (``force`` allows replacing another data file).
    """
    output = Path(output)
    try:
        if fmt == "ics":
            if what not in (None, "meetings", "follow-ups", "follow_ups"):
                raise UserError("En kalenderfil kan bare inneholde møter og oppfølgingspunkter.")
            return calendar_sync.export_calendar(
                crm, output, all_day_follow_ups=all_day_follow_ups, what=what, list_filter=list_filter,
                done_follow_ups=done_follow_ups, feed=feed, force=force,
            )
        if fmt in ("vcf", "vcard"):
            if what not in (None, "people", "organisations"):
                raise UserError("Et adressekort (.vcf) kan bare inneholde personer og organisasjoner.")
            data, people, organisations = contacts_sync.vcard_bytes(
                crm, version=vcard_version, list_filter=list_filter, what=what)
            write_output(output, data, force=force)
            parts = [f"{people} {'person' if people == 1 else 'personer'}"] if what != "organisations" else []
            if what != "people":
                parts.append(f"{organisations} {'organisasjon' if organisations == 1 else 'organisasjoner'}")
            return f"Eksporterte {' og '.join(parts)} til {output} (vCard {vcard_version})."
        if fmt in ("csv", "xlsx"):
            count = spreadsheets.export_list(crm, what or "people", output, fmt, list_filter, force=force)
            return f"Eksporterte {count} rader til {output}."
    except OSError as error:
        reason = error.strerror or str(error)
        raise UserError(f"Kan ikke skrive {output}: {reason}.") from error
    raise UserError(f"Ukjent eksportformat «{fmt}» (støttet: json, ics, vcf, csv, xlsx).")


def import_from(
    crm: Crm,
    source: Path,
    kind: str,
    data: bytes,
    *,
    skip_invalid: bool = False,
    import_as: str | None = None,
    on_duplicate: str = "merge",
    progress: Progress | None = None,
    decisions: Mapping[int, str] | None = None,
    mapping: dict[str, str] | None = None,
) -> str:
    """Import ``data`` (read from ``source``, of the sniffed ``kind``: "ics",
    "vcard", "csv" or "xlsx") in one transaction; returns the report.
    ``progress(done, total)`` is called now and then (records, not bytes).
    ``decisions`` (the app's preview: a record's index -> "merge", "add" or "skip",
    as :func:`preview_people` numbers them) and ``mapping`` (the columns as the user
    set them) are for contact files and spreadsheets."""
    if kind == "ics":
        result = calendar_sync.import_calendar(crm, data, progress=progress)
        return result.summary("Møter")
    if kind == "vcard":
        result = contacts_sync.import_vcard_data(
            crm, data, on_duplicate=on_duplicate, skip_invalid=skip_invalid, progress=progress,
            decisions=decisions,
        )
        return result.summary("Personer")
    if kind in ("csv", "xlsx"):
        result, imported = spreadsheets.import_spreadsheet_data(
            crm, data, kind, import_as=import_as, skip_invalid=skip_invalid, on_duplicate=on_duplicate,
            progress=progress, mapping=mapping, decisions=decisions,
        )
        return result.summary(_KIND_WORDS[imported])
    raise UserError(f"Kan ikke importere {source} (typen «{kind}» støttes ikke her).")


def preview_people(crm: Crm, kind: str, data: bytes, *,
                   mapping: dict[str, str] | None = None) -> list[ContactPreview]:
    """What a contact import would do with each person of a .vcf/.csv/.xlsx file:
    whom each matches (certain: merged; possible: the user decides). ``index`` is
    what ``decisions`` expects. Nothing is written."""
    if kind == "vcard":
        contacts, _, _ = contacts_sync.read_vcard_data(data)
        return contacts_sync.preview_contacts(crm, contacts)
    if kind in ("csv", "xlsx"):
        table = spreadsheets.read_spreadsheet(data, kind)
        chosen = mapping if mapping is not None else spreadsheets.guess_mapping(table.headers)
        return spreadsheets.preview_people(crm, table, chosen)
    return []
