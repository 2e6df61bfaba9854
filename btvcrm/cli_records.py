"""`btvcrm add|edit|delete|undelete|show KIND …`: every kind of record on the command line.

KIND is organisation, person, meeting, follow-up, initiative or lesson
(`domain.kinds.Kind`). Fields carry the JSON export's names (`--orgnr`,
`--doffin-id`, `--due-date`, `--estimated-value-nok` …) with the short forms as
aliases (`--doffin`, `--due`, `--value`). Saving goes through `services.records`,
the same functions as the app's dialogs, in one transaction: a bad value is one
Norwegian line, exit 1, and nothing is written.

`delete` moves a record to the trash; `undelete` takes it back out (the word
`restore` is taken by backups).
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from btvcrm.domain.enums import (
    Attendance,
    FollowUpStatus,
    InitiativePhase,
    LegalBasis,
    MeetingKind,
    MinutesStatus,
    OrganisationKind,
)
from btvcrm.domain.kinds import Kind

if TYPE_CHECKING:
    from btvcrm.services.records import Saved
    from btvcrm.storage.crm import Crm

KINDS = (Kind.ORGANISATION, Kind.PERSON, Kind.MEETING, Kind.FOLLOW_UP, Kind.INITIATIVE, Kind.LESSON)
KIND_WORDS = tuple(kind.cli_name for kind in KINDS)


class Context:
    """What reading a typed value may need: the open file and the moment."""

    def __init__(self, crm: Crm, now: dt.datetime) -> None:
        self.crm = crm
        self.now = now
        self.notes: list[str] = []  # said on standard error after the save ("02.30 finnes ikke …")

    @property
    def today(self) -> dt.date:
        return self.now.date()


Reader = Callable[[Context, Any, str], Any]


# Readers: typed text -> the record's value (a ValidationError names the field) ----

def _text(_ctx: Context, value: str, _field: str) -> str:
    return value


def _optional(_ctx: Context, value: str, _field: str) -> str | None:
    return value.strip() or None


def _int(_ctx: Context, value: str, field: str) -> int | None:
    from btvcrm.domain.errors import ValidationError

    text = value.strip()
    if not text:
        return None
    try:
        number = int(text)
    except ValueError:
        raise ValidationError(field, f"«{value}» er ikke et helt tall")
    if abs(number) > 10**9:  # days, minutes: beyond this is a typo (and past 2^63 SQLite cannot store it)
        raise ValidationError(field, f"«{value}» er et altfor stort tall")
    return number


_YES = {"ja", "j", "yes", "y", "true", "1", "sant"}
_NO = {"nei", "n", "no", "false", "0", "usant", ""}


def _bool(_ctx: Context, value: str, field: str) -> bool:
    from btvcrm.domain.errors import ValidationError

    word = value.strip().casefold()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise ValidationError(field, f"«{value}»: skriv ja eller nei")


def _date(ctx: Context, value: str, field: str) -> dt.date | None:
    from btvcrm.domain import dates
    from btvcrm.domain.errors import ValidationError

    if not value.strip():
        return None
    try:
        return dates.parse_date(value, today=ctx.today)
    except dates.DateParseError as error:
        raise ValidationError(field, str(error))


def _due(ctx: Context, value: str, field: str) -> dt.date | None:
    """A due date: a day and month already past this year is next year's."""
    from btvcrm.domain import dates
    from btvcrm.domain.errors import ValidationError

    if not value.strip():
        return None
    try:
        return dates.parse_due_date(value, today=ctx.today)
    except dates.DateParseError as error:
        raise ValidationError(field, str(error))


def _when(ctx: Context, value: str, field: str) -> dt.datetime:
    from btvcrm.domain import dates
    from btvcrm.domain.errors import ValidationError
    from btvcrm.services.quick_log import resolve_when, skipped_when

    if not value.strip():
        raise ValidationError(field, "skriv når, f.eks. «i dag kl 10» eller «14.06.2016 10:00»")
    try:
        moment = resolve_when(value, ctx.now)
    except dates.DateParseError as error:
        raise ValidationError(field, str(error))
    skipped = skipped_when(value, ctx.now)
    if skipped is not None:
        ctx.notes.append(str(skipped))
    return moment


def _nok(_ctx: Context, value: str, field: str) -> int | None:
    from btvcrm.domain.errors import ValidationError
    from btvcrm.domain.formatting import AmountParseError, parse_nok

    if not value.strip():
        return None
    try:
        return parse_nok(value)
    except AmountParseError as error:
        raise ValidationError(field, str(error))


def _enum(enum_cls: type[Any]) -> Reader:
    def read(_ctx: Context, value: str, field: str) -> Any:
        return enum_cls.parse(value, field)

    return read


def _values(values: list[str]) -> list[str]:
    """A repeated option's values; a single empty value means "none"."""
    return [v.strip() for v in values if v.strip()]


def _list(_ctx: Context, values: list[str], _field: str) -> list[str]:
    return _values(values)


def _texts(_ctx: Context, values: list[str], _field: str) -> list[str]:
    return [v for v in values if v.strip()]


def _county(ctx: Context, value: str, _field: str) -> int | None:
    if not value.strip():
        return None
    return ctx.crm.counties.by_name(value).id


def _counties(ctx: Context, values: list[str], field: str) -> list[int]:
    return list(dict.fromkeys(int(_county(ctx, v, field) or 0) for v in _values(values)))


def _meeting(ctx: Context, value: str, field: str) -> int | None:
    from btvcrm.domain.errors import ValidationError

    text = value.strip()
    if not text:
        return None
    if not text.isdecimal():
        raise ValidationError(field, f"«{value}»: oppgi møtets id (et tall, se btvcrm list meetings)")
    ctx.crm.meetings.require("meetings", int(text), field, "møte")
    return int(text)


def _initiative(ctx: Context, value: str, field: str) -> int | None:
    from btvcrm.domain.errors import NotFoundError

    text = value.strip()
    if not text:
        return None
    if text.isdecimal():
        ctx.crm.initiatives.require("initiatives", int(text), field, "initiativ")
        return int(text)
    found = ctx.crm.initiatives.find_by_title(text)
    if found is None or found.id is None:
        raise NotFoundError(f"Fant ikke initiativet «{text}».")
    return found.id


def _initiatives(ctx: Context, values: list[str], field: str) -> list[int]:
    return list(dict.fromkeys(int(_initiative(ctx, v, field) or 0) for v in _values(values)))


def _key_dates(ctx: Context, values: list[str], field: str) -> list[Any]:
    from btvcrm.domain.errors import ValidationError
    from btvcrm.domain.models import KeyDate

    result = []
    for value in _values(values):
        label, at, when = value.rpartition(" @ ")
        if not at or not label.strip():
            raise ValidationError(field, f"«{value}»: skriv «NAVN @ DATO», f.eks. «Kunngjøring @ 1.9.2016»")
        day = _date(ctx, when, field)
        if day is None:
            raise ValidationError(field, f"«{value}» mangler dato")
        result.append(KeyDate(label.strip(), day))
    return result


def _attendance(_ctx: Context, values: list[str], field: str) -> list[tuple[str, Attendance]]:
    """"Kari Vik=forfall" -> ("Kari Vik", Attendance.ABSENT), for each value."""
    from btvcrm.domain.errors import ValidationError

    result = []
    for value in _values(values):
        person, equals, status = value.rpartition("=")
        if not equals or not person.strip() or not status.strip():
            raise ValidationError(field, f"«{value}»: skriv «PERSON=STATUS», f.eks. «Kari Vik=forfall»")
        result.append((person.strip(), Attendance.parse(status, field)))
    return result


def _link(_ctx: Context, value: str, _field: str) -> str:
    """A link typed as a name or an id: the service resolves it (and may create it)."""
    return value


def _links(_ctx: Context, values: list[str], _field: str) -> list[str]:
    return _values(values)


# Fields per kind ----------------------------------------------------------

class Field(NamedTuple):
    """One option of `add KIND`/`edit KIND`: `dest` is the record's attribute
    (the JSON export's field); `link` fields go to the service as names."""

    dest: str
    flags: tuple[str, ...]
    help: str
    read: Reader = _text
    metavar: str = "TEKST"
    many: bool = False
    required: bool = False
    link: bool = False


def _choices(enum_cls: type[Any]) -> str:
    return ", ".join(member.nb for member in enum_cls)


_COUNTY_HELP = "fylke (kan gjentas)"
_TAG = Field("tags", ("--tag",), "stikkord (kan gjentas)", _list, "ORD", many=True)
_KEY = Field("is_key", ("--is-key",), "nøkkelkontakt: ja eller nei", _bool, "JA/NEI")
_KEEP = Field("keep_in_touch_days", ("--keep-in-touch-days",), "hold kontakt minst hver N. dag (tom: av)",
              _int, "DAGER")

FIELDS: dict[Kind, list[Field]] = {
    Kind.ORGANISATION: [
        Field("name", ("--name",), "navn", metavar="NAVN", required=True),
        Field("kind", ("--kind",), f"type: {_choices(OrganisationKind)}", _enum(OrganisationKind), "TYPE"),
        Field("orgnr", ("--orgnr",), "organisasjonsnummer (9 siffer, kontrollsiffer sjekkes)", _optional, "NUMMER"),
        Field("website", ("--website",), "nettsted", _optional, "ADRESSE"),
        Field("parent", ("--parent", "--parent-id"), "overordnet organisasjon: navn (lages om den er ny) eller id",
              _link, "ORGANISASJON", link=True),
        Field("county_ids", ("--county",), _COUNTY_HELP, _counties, "FYLKE", many=True),
        Field("notes", ("--notes",), "notater", metavar="TEKST"),
        _KEY, _KEEP, _TAG,
    ],
    Kind.PERSON: [
        Field("name", ("--name",), "navn", metavar="NAVN", required=True),
        Field("email", ("--email",), "e-postadresse", _optional, "ADRESSE"),
        Field("phone", ("--phone",), "telefonnummer", _optional, "NUMMER"),
        Field("organisation", ("--organisation", "--organisation-id", "--org"),
              "organisasjon: navn (lages om den er ny) eller id; tom verdi: ingen", _link, "ORGANISASJON", link=True),
        Field("title", ("--title",), "rolle/stilling", metavar="TEKST"),
        Field("county_ids", ("--county",), _COUNTY_HELP, _counties, "FYLKE", many=True),
        Field("notes", ("--notes",), "notater"),
        Field("private_notes", ("--private-notes",), "private notater (kommer aldri i rapporter)"),
        Field("legal_basis", ("--legal-basis",), f"behandlingsgrunnlag: {_choices(LegalBasis)}",
              _enum(LegalBasis), "GRUNNLAG"),
        Field("objection", ("--objection",), "har protestert mot behandling: ja eller nei", _bool, "JA/NEI"),
        _KEY, _KEEP, _TAG,
    ],
    Kind.MEETING: [
        Field("title", ("--title",), "tittel", required=True),
        Field("starts_at", ("--starts-at", "--date", "--when"),
              "når, f.eks. «i dag kl 10», «fredag», «14.06.2016 10:00» (standard ved add: nå)", _when, "NÅR"),
        Field("kind", ("--kind",), f"type: {_choices(MeetingKind)}", _enum(MeetingKind), "TYPE"),
        Field("duration_minutes", ("--duration-minutes", "--duration"), "varighet i minutter", _int, "MINUTTER"),
        Field("place", ("--place",), "sted"),
        Field("participants", ("--person", "--participant"),
              "deltaker: navn, e-post eller id; nye personer lages (kan gjentas)", _links, "PERSON",
              many=True, link=True),
        Field("absent", ("--absent",),
              "deltaker med forfall: navn, e-post eller id; legges til om personen ikke er med (kan gjentas)",
              _links, "PERSON", many=True, link=True),
        Field("attendance", ("--attendance",),
              f"oppmøte for en deltaker, «PERSON=STATUS» med status {_choices(Attendance)}; legges til om "
              "personen ikke er med (kan gjentas). Deltakere som blir stående, beholder oppmøtet sitt",
              _attendance, "PERSON=STATUS", many=True, link=True),
        Field("organisations", ("--organisation", "--org"),
              "organisasjon: navn eller id; nye lages (kan gjentas)", _links, "ORGANISASJON", many=True, link=True),
        Field("county_ids", ("--county",), "fylke (kan gjentas; standard ved add: organisasjonenes fylker)",
              _counties, "FYLKE", many=True),
        Field("initiative_ids", ("--initiative",), "initiativ: tittel eller id (kan gjentas)", _initiatives,
              "INITIATIV", many=True),
        Field("agenda", ("--agenda",), "sak på dagsordenen (kan gjentas)", _texts, "SAK", many=True),
        Field("decisions", ("--decision",), "vedtak (kan gjentas)", _texts, "VEDTAK", many=True),
        Field("notes", ("--notes",), "notater/referat"),
        Field("private_notes", ("--private-notes",), "private notater (kommer aldri i referatet)"),
        Field("chair", ("--chair",), "møteleder", metavar="NAVN"),
        Field("secretary", ("--secretary",), "referent", metavar="NAVN"),
        Field("minutes_number", ("--minutes-number",), "referatnummer", metavar="NUMMER"),
        Field("minutes_status", ("--minutes-status",), f"referatstatus: {_choices(MinutesStatus)}",
              _enum(MinutesStatus), "STATUS"),
        Field("other_participants", ("--other-participants",), "andre deltakere (fritekst)"),
        Field("copy_to", ("--copy-to",), "kopi til (fritekst)"),
        _TAG,
    ],
    Kind.FOLLOW_UP: [
        Field("text", ("--text",), "hva som skal gjøres", required=True),
        Field("due_date", ("--due-date", "--due"), "frist, f.eks. «fredag», «1.7» (neste 1. juli), «14.06.2016» (tom: ingen)",
              _due, "DATO"),
        Field("responsible", ("--responsible", "--responsible-person-id"),
              "ansvarlig: navn, e-post eller id; «meg» eller tom verdi: deg selv (standard)", _link, "PERSON",
              link=True),
        Field("status", ("--status",), f"status: {_choices(FollowUpStatus)}", _enum(FollowUpStatus), "STATUS"),
        Field("rrule", ("--rrule", "--repeat"), "gjentakelse (RFC 5545), f.eks. FREQ=WEEKLY;INTERVAL=2",
              _optional, "REGEL"),
        Field("notes", ("--notes",), "notater"),
        Field("meeting_id", ("--meeting", "--meeting-id"), "møtet det kom fra (id)", _meeting, "ID"),
        Field("person", ("--person", "--person-id"), "personen det gjelder: navn, e-post eller id", _link,
              "PERSON", link=True),
        Field("organisation", ("--organisation", "--organisation-id", "--org"),
              "organisasjonen det gjelder: navn eller id", _link, "ORGANISASJON", link=True),
        Field("county_id", ("--county", "--county-id"), "fylket det gjelder", _county, "FYLKE"),
        Field("initiative_id", ("--initiative", "--initiative-id"), "initiativet det gjelder: tittel eller id",
              _initiative, "INITIATIV"),
    ],
    Kind.INITIATIVE: [
        Field("title", ("--title",), "tittel", required=True),
        Field("phase", ("--phase",), f"fase: {_choices(InitiativePhase)}", _enum(InitiativePhase), "FASE"),
        Field("owner", ("--owner", "--owner-organisation-id", "--organisation", "--org"),
              "eier (oppdragsgiver): navn (lages om den er ny) eller id", _link, "ORGANISASJON", link=True),
        Field("county_ids", ("--county",), _COUNTY_HELP, _counties, "FYLKE", many=True),
        Field("estimated_value_nok", ("--estimated-value-nok", "--value"),
              "anslått verdi i kroner, f.eks. «8 mrd», «1,5 mill», «250 000»", _nok, "BELØP"),
        Field("doffin_id", ("--doffin-id", "--doffin"), "Doffin-kunngjøring (ÅÅÅÅ-NNNNNN)", _optional, "ID"),
        Field("procedure_type", ("--procedure-type",), "anskaffelsesprosedyre"),
        Field("description", ("--description",), "beskrivelse"),
        Field("key_dates", ("--key-date",), "viktig dato: «NAVN @ DATO» (kan gjentas)", _key_dates,
              "«NAVN @ DATO»", many=True),
        _TAG,
    ],
    Kind.LESSON: [
        Field("title", ("--title",), "tittel", required=True),
        Field("text", ("--text",), "hva vi lærte"),
        Field("learned_in_county_id", ("--learned-in", "--learned-in-county-id"), "fylket det ble lært i",
              _county, "FYLKE"),
        Field("learned_on", ("--learned-on", "--date"), "dato (standard: i dag)", _date, "DATO"),
        Field("meeting_id", ("--meeting", "--meeting-id"), "møtet det kom fra (id)", _meeting, "ID"),
        Field("initiative_ids", ("--initiative",), "initiativ: tittel eller id (kan gjentas)", _initiatives,
              "INITIATIV", many=True),
        Field("relevant_county_ids", ("--county",), "fylke det er relevant for (kan gjentas)", _counties,
              "FYLKE", many=True),
    ],
}

_EXAMPLES = {
    Kind.ORGANISATION: 'btvcrm add organisation --name "Tønsberg kommune" --kind kommune '
                       "--orgnr 939634142 --county Vestfold",
    Kind.PERSON: 'btvcrm add person --name "Kari Vik" --organisation "Tønsberg kommune" '
                 "--email kari.vik@example.no --title innkjøpssjef",
    Kind.MEETING: 'btvcrm add meeting --title "Ferjemøte" --date "i morgen kl 10" '
                  '--organisation "Tønsberg kommune" --person "Kari Vik"',
    Kind.FOLLOW_UP: 'btvcrm add follow-up --text "Sende referat" --due fredag --responsible "Kari Vik"',
    Kind.INITIATIVE: 'btvcrm add initiative --title "Førerløs ferje" --phase behovsavklaring '
                     '--owner "Tønsberg kommune" --county Vestfold --value "40 mill"',
    Kind.LESSON: 'btvcrm add lesson --title "Dialog før konkurranse" --learned-in Telemark '
                 "--county Buskerud --county Vestfold",
}


def _add_fields(parser: argparse.ArgumentParser, kind: Kind, *, adding: bool) -> None:
    group = parser.add_argument_group("felt")
    for spec in FIELDS[kind]:
        group.add_argument(
            *spec.flags, dest=spec.dest, metavar=spec.metavar, help=spec.help + (" (påkrevd)" if spec.required
                                                                                 and adding else ""),
            action="append" if spec.many else "store", default=argparse.SUPPRESS,
            required=spec.required and adding,
        )


def register(commands: Any, add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add the subcommands to `btvcrm`'s subparsers."""
    # Ids from 1 to 2^63-1; beyond is an argparse error (exit 2), not an OverflowError in SQLite.
    from btvcrm.cli import _positive_id

    kind_list = ", ".join(KIND_WORDS)

    add = commands.add_parser("add", help="legg til en post; skriver ut id-en til den nye posten",
                              description=f"Legg til en post. TYPE er en av: {kind_list}. "
                                          "Se «btvcrm add TYPE --help» for feltene.")
    edit = commands.add_parser("edit", help="endre felt i en post",
                               description=f"Endre en post. TYPE er en av: {kind_list}. Bare feltene du "
                                           "oppgir endres; en tom verdi («») tømmer et felt, og et felt som "
                                           "kan gjentas (--county) erstatter hele listen.")
    for verb, parser in (("add", add), ("edit", edit)):
        add_db(parser)
        kinds = parser.add_subparsers(dest="record_kind", metavar="TYPE", required=True)
        for kind in KINDS:
            label = kind.label("nb")
            if verb == "add":
                sub = kinds.add_parser(kind.cli_name, help=f"{_new(kind)} {label}",
                                       description=f"Legg til {_article(kind)} {label}. Skriver ut id-en.",
                                       epilog=f"Eksempel:\n  {_EXAMPLES[kind]}")
            else:
                sub = kinds.add_parser(kind.cli_name, help=f"endre {_article(kind)} {label}",
                                       description=f"Endre {_article(kind)} {label}. Bare feltene du oppgir "
                                                   "endres; en tom verdi («») tømmer et felt, og et felt som kan "
                                                   "gjentas erstatter hele listen.")
                sub.add_argument("id", type=_positive_id, metavar="ID",
                                 help=f"id-en (se «btvcrm list {kind.list_name}»)")
            _add_fields(sub, kind, adding=verb == "add")
            add_db(sub)

    for name, help_text in (
        ("delete", "flytt en post til papirkurven (angres med undelete)"),
        ("undelete", "gjenopprett en post fra papirkurven"),
        ("show", "vis en post"),
    ):
        sub = commands.add_parser(name, help=help_text, description=help_text[0].upper() + help_text[1:] + ".")
        sub.add_argument("record_kind", choices=KIND_WORDS, metavar="TYPE", help=f"en av: {kind_list}")
        sub.add_argument("id", type=_positive_id, metavar="ID", help="postens id")
        if name == "show":
            sub.add_argument("--json", action="store_true",
                             help="skriv posten som JSON, med feltnavnene fra JSON-eksporten")
        add_db(sub)


def _article(kind: Kind) -> str:
    """The Bokmål indefinite article of the kind's noun: "et møte", "en person"."""
    return "et" if kind.neuter else "en"


def _new(kind: Kind) -> str:
    """"ny" or "nytt" before the kind's noun: "ny person", "nytt møte"."""
    return "nytt" if kind.neuter else "ny"


# Commands -----------------------------------------------------------------

def _kind(args: argparse.Namespace) -> Kind:
    return Kind.parse(args.record_kind)


def _given(args: argparse.Namespace, kind: Kind) -> dict[str, Any]:
    """The fields typed on the command line (argparse leaves out the others)."""
    return {spec.dest: getattr(args, spec.dest) for spec in FIELDS[kind] if hasattr(args, spec.dest)}


def _user_name() -> str:
    from btvcrm import settings

    return settings.load().user_name


def _save(crm: Crm, kind: Kind, item_id: int | None, given: dict[str, Any]) -> Saved:
    """Read the typed values (nothing is written if one is bad), then save in one transaction."""
    from btvcrm.domain import clock

    context = Context(crm, clock.now())
    record = _record(crm, kind, item_id, context)
    links: dict[str, Any] = {}
    for spec in FIELDS[kind]:
        if spec.dest not in given:
            continue
        value = spec.read(context, given[spec.dest], spec.dest)
        if spec.link:
            links[spec.dest] = value
        else:
            setattr(record, spec.dest, value)
    saved = _SAVERS[kind](crm, record, links, given)
    saved.notes += context.notes
    return saved


def _record(crm: Crm, kind: Kind, item_id: int | None, context: Context) -> Any:
    from btvcrm.domain import models

    if item_id is not None:
        return getattr(crm, kind.repository).get(item_id)
    return {
        Kind.ORGANISATION: lambda: models.Organisation(name=""),
        Kind.PERSON: lambda: models.Person(name=""),
        Kind.MEETING: lambda: models.Meeting(title="", starts_at=context.now),
        Kind.FOLLOW_UP: lambda: models.FollowUp(text=""),
        Kind.INITIATIVE: lambda: models.Initiative(title=""),
        Kind.LESSON: lambda: models.Lesson(title=""),
    }[kind]()


def _id_or_name(value: str | None) -> tuple[int | None, str | None]:
    """A link typed as "12" (an id) or a name; (None, None) when not given."""
    if value is None:
        return None, None
    text = value.strip()
    return (int(text), None) if text.isdecimal() else (None, text)


def _save_organisation(crm: Crm, org: Any, links: dict[str, Any], _given: dict[str, Any]) -> Saved:
    from btvcrm.services import records

    parent_id, parent_name = _id_or_name(links.get("parent"))
    if parent_id is not None:
        org.parent_id = parent_id
    return records.save_organisation(crm, org, parent_name=parent_name)


def _save_person(crm: Crm, person: Any, links: dict[str, Any], _given: dict[str, Any]) -> Saved:
    from btvcrm.services import records

    org_id, org_name = _id_or_name(links.get("organisation"))
    if org_id is not None:
        person.organisation_id = org_id
    return records.save_person(crm, person, organisation_name=org_name)


def _save_initiative(crm: Crm, item: Any, links: dict[str, Any], _given: dict[str, Any]) -> Saved:
    from btvcrm.services import records

    owner_id, owner_name = _id_or_name(links.get("owner"))
    if owner_id is not None:
        item.owner_organisation_id = owner_id
    return records.save_initiative(crm, item, owner_name=owner_name)


def _save_lesson(crm: Crm, lesson: Any, _links: dict[str, Any], _given: dict[str, Any]) -> Saved:
    from btvcrm.services import records

    return records.save_lesson(crm, lesson)


def _save_follow_up(crm: Crm, item: Any, links: dict[str, Any], _given: dict[str, Any]) -> Saved:
    from btvcrm.services import records

    named: dict[str, str | None] = {}
    for key, attribute in (("responsible", "responsible_person_id"), ("person", "person_id"),
                           ("organisation", "organisation_id")):
        link_id, name = _id_or_name(links.get(key))
        if link_id is not None:
            setattr(item, attribute, link_id)
        else:
            named[key] = name
    return records.save_follow_up_named(crm, item, user_name=_user_name(), **named)


def _save_meeting(crm: Crm, meeting: Any, links: dict[str, Any], given: dict[str, Any]) -> Saved:
    """Through `services.meetings.save_meeting`, the meeting editor's use case: the
    record as it is (or new) with the typed fields applied, as a `MeetingRequest`."""
    from btvcrm.domain.models import AgendaItem
    from btvcrm.services import records
    from btvcrm.services.meetings import MeetingRequest, ParticipantEntry, save_meeting

    if "agenda" in given:
        meeting.agenda = [AgendaItem(title) for title in meeting.agenda]
    known_orgs: dict[str, int] = {}
    org_names: list[str] = []
    typed_orgs = links.get("organisations")
    for ref in typed_orgs if typed_orgs is not None else [str(i) for i in meeting.organisation_ids]:
        if ref.isdecimal():
            name = crm.organisations.get(int(ref)).name
            known_orgs[name.casefold()] = int(ref)
            org_names.append(name)
        else:
            org_names.append(ref)
    def entry(ref: str, attendance: Attendance | None = None) -> ParticipantEntry:
        return ParticipantEntry("", int(ref), attendance) if ref.isdecimal() else ParticipantEntry(ref, None, attendance)

    # Attendance None: the service keeps what the meeting says about people who stay.
    typed_people = links.get("participants")
    refs = typed_people if typed_people is not None else [str(p.person_id) for p in meeting.participants]
    participants = [entry(ref) for ref in refs]
    participants += [entry(ref, Attendance.ABSENT) for ref in links.get("absent", [])]
    participants += [entry(ref, attendance) for ref, attendance in links.get("attendance", [])]
    county_ids = list(meeting.county_ids)
    if meeting.id is None and "county_ids" not in given:  # a new contact gets its organisations' counties
        for name in org_names:
            org_id = known_orgs.get(name.casefold())
            found = crm.organisations.get(org_id) if org_id else crm.organisations.find_by_name(name)
            if found is not None:
                county_ids += [c for c in found.county_ids if c not in county_ids]
    initiatives = {crm.initiatives.get(i).title: i for i in meeting.initiative_ids}
    request = MeetingRequest(
        title=meeting.title, id=meeting.id, starts_at=meeting.starts_at, kind=meeting.kind,
        duration_minutes=meeting.duration_minutes, place=meeting.place, chair=meeting.chair,
        secretary=meeting.secretary, minutes_number=meeting.minutes_number, minutes_status=meeting.minutes_status,
        participants=participants, other_participants=meeting.other_participants, copy_to=meeting.copy_to,
        agenda=meeting.agenda, decisions=meeting.decisions, county_ids=county_ids,
        organisations=org_names, known_organisations=known_orgs,
        initiatives=list(initiatives), known_initiatives={t.casefold(): i for t, i in initiatives.items()},
        tags=meeting.tags, notes=meeting.notes, private_notes=meeting.private_notes,
    )
    saved = save_meeting(crm, request)
    return records.Saved(Kind.MEETING, saved.meeting_id, saved.title, saved.new,
                         saved.created_organisations, saved.created_people)


_SAVERS: dict[Kind, Callable[[Crm, Any, dict[str, Any], dict[str, Any]], Saved]] = {
    Kind.ORGANISATION: _save_organisation,
    Kind.PERSON: _save_person,
    Kind.MEETING: _save_meeting,
    Kind.FOLLOW_UP: _save_follow_up,
    Kind.INITIATIVE: _save_initiative,
    Kind.LESSON: _save_lesson,
}


def _open(args: argparse.Namespace, *, readonly: bool = False) -> Crm:
    from btvcrm.cli import _open as open_file

    return open_file(args, readonly=readonly)


def _report_created(saved: Saved) -> None:
    for note in saved.notes:
        print(note, file=sys.stderr)
    for org_id, name in saved.created_organisations:
        print(f"Ny organisasjon opprettet: {name} (id {org_id})", file=sys.stderr)
    for person_id, name in saved.created_people:
        print(f"Ny person opprettet: {name} (id {person_id})", file=sys.stderr)


def cmd_add(args: argparse.Namespace) -> int:
    kind = _kind(args)
    with _open(args) as crm:
        saved = _save(crm, kind, None, _given(args, kind))
    _report_created(saved)
    print(saved.id)
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from btvcrm.domain.errors import UserError
    from btvcrm.i18n import upper_first
    from btvcrm.services import records

    kind = _kind(args)
    given = _given(args, kind)
    if not given:
        raise UserError(f"Ingen felt å endre; se «btvcrm edit {kind.cli_name} --help».")
    with _open(args) as crm:
        if records.in_trash(crm, kind, args.id):
            raise UserError(
                f"{upper_first(kind.label('nb'))} «{records.title_of(crm, kind, args.id)}» ligger i papirkurven; "
                f"gjenopprett den først med «btvcrm undelete {kind.cli_name} {args.id}»."
            )
        saved = _save(crm, kind, args.id, given)
    _report_created(saved)
    print(saved.message)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from btvcrm.services import records

    kind = _kind(args)
    with _open(args) as crm:
        deleted = records.delete(crm, kind, args.id)
    print(f"{deleted.message} Angre med «btvcrm undelete {kind.cli_name} {args.id}».")
    return 0


def cmd_undelete(args: argparse.Namespace) -> int:
    from btvcrm.services import records

    kind = _kind(args)
    with _open(args) as crm:
        restored = records.restore(crm, kind, args.id)
    print(f"Gjenopprettet {kind.label('nb')} «{restored.title}» fra papirkurven.")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    import json

    kind = _kind(args)
    with _open(args, readonly=True) as crm:
        record = getattr(crm, kind.repository).get(args.id)
        deleted_at = getattr(crm, kind.repository).deleted_at(args.id)
        if args.json:
            print(json.dumps(record_json(record, deleted_at), ensure_ascii=False, indent=2))
            return 0
        lines = describe(crm, kind, record, deleted_at, user_name=_user_name())
    width = max(len(label) for label, _ in lines)
    for label, value in lines:
        first, *rest = value.splitlines() or [""]
        print(f"{label + ':':<{width + 1}} {first}".rstrip())
        for line in rest:
            print(f"{'':<{width + 1}} {line}".rstrip())
    return 0


# log --quick ---------------------------------------------------------------

_LOG_OPTIONS: dict[str, Any] = {"text": None, "date": None, "kind": "møte", "org": [], "person": [], "county": [],
                "follow_up": [], "notes": "", "place": ""}


def log_quick(args: argparse.Namespace, open_file: Callable[..., Crm]) -> int:
    """`btvcrm log --quick TEXT`: the quick-log text through the same parser and
    `log_contact` as the app's dialog; TEXT "-" is read from standard input."""
    from btvcrm.cli import CliError
    from btvcrm.domain import clock
    from btvcrm.services.quick_log import log_contact
    from btvcrm.services.quick_text import read_quick_text

    mixed = [name for name, default in _LOG_OPTIONS.items() if getattr(args, name) != default]
    if mixed:
        words = ", ".join("TEKST" if n == "text" else "--" + n.replace("_", "-") for n in mixed)
        raise CliError(f"--quick tar hele kontakten i teksten; bruk ikke {words} sammen med den")
    text = _read_stdin() if args.quick == "-" else args.quick
    now = clock.now()
    with open_file(args, readonly=args.dry_run) as crm:
        reading = read_quick_text(crm, text, now=now, user_name=_user_name())
        if args.dry_run:
            print(reading.preview_text())
            return 0 if reading.ok else 1
        result = log_contact(crm, reading.request(), now=now)
    if reading.skipped_time is not None:
        print(reading.skipped_time, file=sys.stderr)
    for note in result.notes:
        print(note, file=sys.stderr)
    print(result.meeting_id)
    return 0


def _read_stdin() -> str:
    from btvcrm.domain.errors import UserError

    try:
        if hasattr(sys.stdin, "buffer"):
            return sys.stdin.buffer.read().decode("utf-8-sig")
        return sys.stdin.read()
    except UnicodeError:
        raise UserError("Teksten på standard inn er ikke UTF-8.")


# show ---------------------------------------------------------------------

def _plain(value: Any) -> Any:
    import dataclasses

    from btvcrm.storage.repo_base import to_stored_datetime

    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return to_stored_datetime(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def record_json(record: Any, deleted_at: str | None = None) -> dict[str, Any]:
    """The record with the JSON export's field names (links as lists of ids)."""
    import dataclasses

    data = {f.name: _plain(getattr(record, f.name)) for f in dataclasses.fields(record)}
    data = {"id": data.pop("id"), **data, "deleted_at": deleted_at}
    return data


def describe(crm: Crm, kind: Kind, record: Any, deleted_at: str | None, *,
             user_name: str = "") -> list[tuple[str, str]]:
    """Label/value lines for `btvcrm show` (Norwegian, links by name)."""
    from btvcrm.domain import dates, validation
    from btvcrm.domain.formatting import format_nok
    from btvcrm.domain.responsible import responsible_label

    def counties(ids: list[int]) -> str:
        return ", ".join(c.name for c in crm.counties.all() if c.id in ids)

    def organisation(org_id: int | None) -> str:
        return f"{crm.organisations.get(org_id).name} (id {org_id})" if org_id else ""

    def person(person_id: int | None) -> str:
        return f"{crm.people.get(person_id).name} (id {person_id})" if person_id else ""

    def day(value: dt.date | None) -> str:
        return dates.format_date_long(value) if value else ""

    def yes(value: bool) -> str:
        return "ja" if value else "nei"

    lines: list[tuple[str, str]] = [("Type", kind.label("nb")), ("Id", str(record.id))]
    if kind is Kind.ORGANISATION:
        lines += [
            ("Navn", record.name), ("Organisasjonstype", record.kind.label("nb")),
            ("Org.nr.", validation.format_orgnr(record.orgnr)), ("Nettsted", record.website or ""),
            ("Overordnet", organisation(record.parent_id)), ("Fylker", counties(record.county_ids)),
            ("Nøkkelkontakt", yes(record.is_key)), ("Notater", record.notes),
        ]
    elif kind is Kind.PERSON:
        lines += [
            ("Navn", record.name), ("Rolle", record.title), ("Organisasjon", organisation(record.organisation_id)),
            ("E-post", record.email or ""), ("Telefon", validation.format_phone(record.phone)),
            ("Fylker", counties(record.county_ids)), ("Nøkkelkontakt", yes(record.is_key)),
            ("Behandlingsgrunnlag", record.legal_basis.label("nb")), ("Notater", record.notes),
        ]
    elif kind is Kind.MEETING:
        lines += [
            ("Tittel", record.title), ("Når", dates.format_datetime_long(record.starts_at)),
            ("Møtetype", record.kind.label("nb")), ("Sted", record.place),
            ("Deltakere", ", ".join(crm.people.get(p.person_id).name
                                    + ("" if p.attendance == Attendance.PRESENT else f" ({p.attendance.label('nb')})")
                                    for p in record.participants)),
            ("Organisasjoner", ", ".join(crm.organisations.get(i).name for i in record.organisation_ids)),
            ("Fylker", counties(record.county_ids)),
            ("Initiativer", ", ".join(crm.initiatives.get(i).title for i in record.initiative_ids)),
            ("Møteleder", record.chair), ("Referent", record.secretary),
            ("Dagsorden", "\n".join(f"{n}. {a.title}" for n, a in enumerate(record.agenda, start=1))),
            ("Vedtak", "\n".join(record.decisions)), ("Notater", record.notes),
            ("Referat", record.minutes_status.label("nb")),
            ("Oppfølging", "\n".join(
                f"{f.text} (frist {dates.format_date_short(f.due_date) if f.due_date else 'ingen'}, "
                f"{responsible_label(crm.people.get(f.responsible_person_id).name if f.responsible_person_id else None, user_name)})"
                for f in crm.follow_ups.for_meeting(record.id))),
        ]
    elif kind is Kind.FOLLOW_UP:
        responsible = crm.people.get(record.responsible_person_id).name if record.responsible_person_id else None
        lines += [
            ("Hva", record.text), ("Frist", day(record.due_date)), ("Ansvarlig", responsible_label(responsible,
                                                                                                   user_name)),
            ("Status", record.status.label("nb")), ("Gjentas", record.rrule or ""),
            ("Møte", f"{crm.meetings.get(record.meeting_id).title} (id {record.meeting_id})"
             if record.meeting_id else ""),
            ("Gjelder person", person(record.person_id)), ("Organisasjon", organisation(record.organisation_id)),
            ("Fylke", counties([record.county_id]) if record.county_id else ""),
            ("Initiativ", crm.initiatives.get(record.initiative_id).title if record.initiative_id else ""),
            ("Notater", record.notes),
        ]
    elif kind is Kind.INITIATIVE:
        lines += [
            ("Tittel", record.title), ("Fase", record.phase.label("nb")),
            ("Eier", organisation(record.owner_organisation_id)), ("Fylker", counties(record.county_ids)),
            ("Anslått verdi", format_nok(record.estimated_value_nok) if record.estimated_value_nok is not None
             else ""),
            ("Doffin", f"{record.doffin_id} ({validation.doffin_url(record.doffin_id)})" if record.doffin_id
             else ""),
            ("Prosedyre", record.procedure_type),
            ("Viktige datoer", "\n".join(f"{k.label}: {dates.format_date_short(k.date)}" for k in record.key_dates)),
            ("Beskrivelse", record.description),
        ]
    elif kind is Kind.LESSON:
        lines += [
            ("Tittel", record.title), ("Dato", day(record.learned_on)),
            ("Lært i", counties([record.learned_in_county_id]) if record.learned_in_county_id else ""),
            ("Relevant for", counties(record.relevant_county_ids)),
            ("Initiativer", ", ".join(crm.initiatives.get(i).title for i in record.initiative_ids)),
            ("Møte", f"{crm.meetings.get(record.meeting_id).title} (id {record.meeting_id})"
             if record.meeting_id else ""),
            ("Tekst", record.text),
        ]
    tags = getattr(record, "tags", None)
    if tags:
        lines.append(("Stikkord", ", ".join(tags)))
    if deleted_at:
        lines.append(("I papirkurven", f"siden {_deleted_on(deleted_at)}"))
    return [(label, value) for label, value in lines if value]


def _deleted_on(stamp: str) -> str:
    from btvcrm.domain import dates

    try:
        return dates.format_datetime_long(dt.datetime.fromisoformat(stamp))
    except ValueError:
        return stamp


COMMANDS = {
    "add": cmd_add,
    "edit": cmd_edit,
    "delete": cmd_delete,
    "undelete": cmd_undelete,
    "show": cmd_show,
}
