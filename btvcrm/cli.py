"""The scriptable command line: `btvcrm [--db PATH] COMMAND ...`.

It uses the same Qt-free services as the desktop app. Imports are lazy so
`btvcrm --version` answers at once and the CLI never loads Qt. Errors a user
can cause print one line (`btvcrm: ...`) and exit 1; never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from btvcrm import __version__

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm

LIST_KINDS = ("meetings", "people", "organisations", "follow-ups", "initiatives", "lessons")


class CliError(Exception):
    """A user error raised by the CLI itself (bad arguments beyond argparse)."""


MAX_ID = 2**63 - 1  # SQLite's largest integer


def _positive_id(text: str) -> int:
    """An id as argparse reads it: a whole number from 1 to 2^63-1 (beyond: an argparse error)."""
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» er ikke et gyldig id-nummer") from None
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"id-nummeret må være mellom 1 og {MAX_ID}")
    return value


def _limit(text: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» er ikke et heltall") from None
    if not 1 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError("--limit må være mellom 1 og 1000000")
    return value


def _add_force(parser: argparse.ArgumentParser) -> None:
    """`--force`: an output may replace another btvcrm data file (never the open one)."""
    parser.add_argument("--force", action="store_true",
                        help="erstatt filen selv om den er en annen btvcrm-datafil (aldri den åpne datafilen)")


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", metavar="FIL", type=Path, default=argparse.SUPPRESS,
        help="datafil (standard: $BTVCRM_DB, ellers en fil i brukerens datamappe)",
    )


# `add|edit|delete|undelete|show KIND …` live in cli_records (its COMMANDS; a test keeps the two equal).
RECORD_COMMANDS = ("add", "edit", "delete", "undelete", "show")


class _Unused:
    """Stands in for the parser of a command that is not being run: every call is a no-op
    that returns another stand-in, so `build_parser(only=…)` reads as the full parser does."""

    def __getattr__(self, _name: str) -> Any:
        return lambda *_args, **_kwargs: self


class _OnlyCommand:
    """The subparsers action, building only the parser of command `only`."""

    def __init__(self, commands: Any, only: str | None) -> None:
        self._commands = commands
        self._only = only

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if self._only is not None and name != self._only:
            return _Unused()
        return self._commands.add_parser(name, **kwargs)


def command_word(arguments: Sequence[str]) -> str | None:
    """The command of a command line when it can be told without the parser: the first
    word after `--db FIL` that names a command. None for anything else (`--help`, an
    unknown word, the app's flags): then the full parser reads it."""
    index = 0
    while index < len(arguments):
        word = arguments[index]
        if word == "--db":
            index += 2
        elif word.startswith("--db="):
            index += 1
        elif word.startswith("-"):
            return None
        else:
            return word if word in COMMANDS or word in RECORD_COMMANDS else None
    return None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with `only`, the parser of that one command is built (and
    the others are left out), which is what running a command needs: the same
    arguments, help and errors for it, without building some forty other parsers."""
    from btvcrm.cli_argparse import Parser

    parser = Parser(
        prog="btvcrm",
        description="Kontaktregister for Leverandørutviklingsprosjektet BTV. Uten kommando åpnes skrivebordsappen.",
    )
    parser.add_argument("--version", action="version", version=f"btvcrm {__version__}",
                        help="vis versjonsnummeret og avslutt")
    parser.add_argument("--db", metavar="FIL", type=Path, default=None,
                        help="datafil (standard: $BTVCRM_DB, ellers en fil i brukerens datamappe)")
    commands = _OnlyCommand(parser.add_subparsers(dest="command", metavar="KOMMANDO"), only)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _add_db(sub)
        return sub

    command("init", "lag en ny, tom datafil (med Buskerud, Telemark og Vestfold)")
    command("demo", "fyll en ny eller tom datafil med demodata (mai–juni 2016)")

    log = command("log", "logg en kontakt på én linje; skriver ut id-en til det nye møtet")
    log.add_argument("text", nargs="?", help="tittel på møtet/kontakten")
    log.add_argument("--quick", metavar="TEKST",
                     help="hele kontakten som hurtiglogg-tekst, se docs/quick-log.md (kan ha linjeskift; "
                          "«-» leser standard inn), f.eks. «Ferjemøte @ i dag kl 10 + Kari Vik # Tønsberg kommune»")
    log.add_argument("--dry-run", action="store_true", help="med --quick: vis hvordan teksten leses, uten å lagre")
    log.add_argument("--date", help="når, f.eks. «i dag», «fredag kl 10», «14.06.2016 10:00» (standard: nå)")
    log.add_argument("--kind", default="møte", help="møte, telefon, e-post, video, konferanse, dialogkonferanse")
    log.add_argument("--org", action="append", default=[], metavar="NAVN", help="organisasjon (kan gjentas)")
    log.add_argument("--person", action="append", default=[], metavar="NAVN", help="person (kan gjentas)")
    log.add_argument("--county", action="append", default=[], metavar="NAVN", help="fylke (kan gjentas)")
    log.add_argument("--follow-up", action="append", default=[], metavar="TEKST[@DATO]",
                     help="oppfølgingspunkt, f.eks. «Send invitasjon @ fredag» (kan gjentas)")
    log.add_argument("--notes", default="", help="notater")
    log.add_argument("--place", default="", help="sted")

    lister = command("list", "list møter, personer, organisasjoner, oppfølgingspunkter, initiativer eller læringspunkter")
    lister.add_argument("what", choices=LIST_KINDS, metavar="{" + ",".join(LIST_KINDS) + "}")
    lister.add_argument("--county", metavar="NAVN", help="bare det som gjelder dette fylket")
    lister.add_argument("--search", metavar="TEKST", help="fritekstfilter")
    lister.add_argument("--status", help="status (oppfølging: open/done/cancelled; møter: utkast/godkjent)")
    lister.add_argument("--limit", type=_limit, default=1000, metavar="ANTALL", help="høyst så mange rader (standard 1000)")
    lister.add_argument("--json", action="store_true", help="skriv JSON (en liste av objekter med id)")

    search = command("search", "søk i alt")
    search.add_argument("query", help="søketekst (hvilken som helst tekst)")
    search.add_argument("--limit", type=_limit, default=50, metavar="ANTALL", help="høyst så mange treff (standard 50)")
    search.add_argument("--json", action="store_true", help="skriv JSON")

    export = command("export", "eksporter data")
    export.add_argument("--format", choices=("json", "ics", "vcf", "csv", "xlsx"), default="json")
    export.add_argument("--what", choices=LIST_KINDS, default=None,
                        help="for csv/xlsx: hvilken liste (standard: people)")
    export.add_argument("-o", "--output", type=Path, default=None, metavar="FIL",
                        help="filen som skrives (med --feed: standard er kalenderfilen i innstillingene)")
    _add_force(export)
    export.add_argument("--vcard-version", choices=("3.0", "4.0"), default="3.0", help="for vcf (standard 3.0)")
    export.add_argument("--all-day-follow-ups", action="store_true",
                        help="for ics: oppfølgingspunkter som heldagshendelser (Outlook viser ikke oppgaver)")
    export.add_argument("--done-follow-ups", action="store_true",
                        help="for ics: ta med utførte og avbrutte oppfølgingspunkter")
    export.add_argument("--feed", action="store_true",
                        help="for ics: kalenderabonnement (møter og oppfølgingspunkter, med oppdateringsintervall) "
                             "som kan skrives på nytt fra en planlagt oppgave")

    importer = command("import", "importer en fil (JSON-eksport, .ics, .vcf, .csv, .xlsx, e-post .eml/.msg eller "
                                 "Enhetsregisterets enheter_alle.json.gz/.csv.gz; typen finnes av innholdet)")
    importer.add_argument("file", type=Path)
    importer.add_argument("--skip-invalid", action="store_true",
                          help="CSV: hopp over ugyldige linjer og importer resten")
    importer.add_argument("--as", dest="import_as", choices=("people", "organisations"), default=None,
                          help="CSV: importer som personer eller organisasjoner (standard: gjettes)")
    importer.add_argument("--on-duplicate", choices=("merge", "skip", "add"), default="merge",
                          help="vCard/CSV: når personen finnes fra før (samme e-post eller UID): slå sammen "
                               "(standard), hopp over, eller legg til; lik bare telefon eller navn legges til "
                               "og vises som mulig duplikat")
    # e-mails and Enhetsregisteret (argparse only)
    from btvcrm.cli_inbound import add_import_options

    add_import_options(importer)

    command("check", "sjekk datafilen: integritet, koblinger og søkeindeks (exit 1 ved feil)")

    report = command("report", "lag PDF: møtereferat, fylkesrapport eller møteforberedelse")
    report_kinds = report.add_subparsers(dest="report_kind", metavar="TYPE", required=True)
    r_meeting = report_kinds.add_parser("meeting", help="møtereferat for ett møte")
    r_meeting.add_argument("id", type=_positive_id)
    r_meeting.add_argument("--public", action="store_true",
                           help="offentlig versjon: det som er unntatt offentlighet, utelates (og det sies hva og hvorfor)")
    r_county = report_kinds.add_parser("county", help="fylkesrapport for en periode")
    r_county.add_argument("name")
    r_county.add_argument("--from", dest="date_from", metavar="DATO")
    r_county.add_argument("--to", dest="date_to", metavar="DATO")
    r_county.add_argument("--drafts", choices=("mark", "omit"), default="mark",
                          help="vedtak fra referater i utkast: merk dem «(utkast)» (standard) eller utelat dem")
    r_org = report_kinds.add_parser("organisation", help="møteforberedelse for en organisasjon (internt)")
    r_org.add_argument("id", type=_positive_id)
    for sub in (r_meeting, r_county, r_org):
        sub.add_argument("-o", "--output", type=Path, required=True, metavar="FIL")
        _add_force(sub)
        sub.add_argument("--lang", choices=("nb", "en"), default="nb")
        sub.add_argument("--case-number", metavar="SAKSNR",
                         help="saksnummer i arkivet, skrives i toppen (møter: i stedet for møtets eget)")
        _add_db(sub)

    backup = command("backup", "ta en sikkerhetskopi nå")
    backup.add_argument("-o", "--output", type=Path, metavar="FIL", help="hvor (standard: sikkerhetskopimappen)")
    _add_force(backup)
    command("backups", "list sikkerhetskopiene")
    restore = command("restore", "gjenopprett fra en sikkerhetskopi (en hel fil kopieres først; "
                                 "en skadet fil legges til side, aldri slettet)")
    restore.add_argument("file", type=Path)

    privacy = command("privacy", "personvern: innsyn og sletting for en person")
    privacy_kinds = privacy.add_subparsers(dest="privacy_kind", metavar="HANDLING", required=True)
    p_export = privacy_kinds.add_parser("export", help="innsyn: alt om en person som JSON (og PDF med .pdf)")
    p_export.add_argument("person_id", type=_positive_id)
    p_export.add_argument("-o", "--output", type=Path, required=True, metavar="FIL")
    _add_force(p_export)
    p_erase = privacy_kinds.add_parser("erase", help="slett en person (navn og kontaktinfo fjernes overalt)")
    p_erase.add_argument("person_id", type=_positive_id)
    p_erase.add_argument("--yes", action="store_true", help="ikke spør om bekreftelse")
    p_erase.add_argument("--reason", default="", help="grunn, lagres i slettingsloggen (uten personopplysninger)")
    p_erase.add_argument("--erase-org", action="append", default=[], type=_positive_id, metavar="ID",
                         help="slett også organisasjonen ID som har personens navn (et ENK); kan gjentas")
    p_erase.add_argument("--rename-org", action="append", default=[], metavar="ID=NAVN",
                         help="gi organisasjonen ID som har personens navn et nytt navn; kan gjentas")
    p_erase.add_argument("--keep-org", action="append", default=[], type=_positive_id, metavar="ID",
                         help="behold organisasjonen ID med navnet som det er; kan gjentas")
    for sub in (p_export, p_erase):
        _add_db(sub)

    if only is None or only in RECORD_COMMANDS:
        from btvcrm import cli_records

        cli_records.register(commands, _add_db)

    if only in (None, "dialogue"):
        from btvcrm.cli_dialogue import add_dialogue_command  # market dialogue (argparse only)

        add_dialogue_command(command, _add_db)
    return parser


def _db_path(args: argparse.Namespace) -> Path:
    from btvcrm import paths

    return Path(args.db) if getattr(args, "db", None) else paths.default_db_path()


def _open(args: argparse.Namespace, *, readonly: bool = False, create: bool = False) -> Crm:
    """Open the data file for a command. Only the commands that make a file (`init`,
    `demo`, `import`) pass `create=True`; the others say the file does not exist."""
    from btvcrm.services.data_file import open_data_file

    return open_data_file(_db_path(args), readonly=readonly, create=create)


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


# Commands ---------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    from btvcrm.services.data_file import create_data_file

    path = _db_path(args)
    with create_data_file(path):
        pass
    print(f"Ny datafil laget: {path} (med Buskerud, Telemark og Vestfold).")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from btvcrm.demo import fill_demo

    with _open(args, create=True) as crm:
        counts = fill_demo(crm)
    summary = ", ".join(f"{n} {_count_word(k, n)}" for k, n in counts.items())
    print(f"Demodata lagt inn i {_db_path(args)}: {summary}.")
    return 0


def _count_word(key: str, count: int) -> str:
    """The Bokmål noun for a count of demo records ("1 markedsdialog", "35 organisasjoner")."""
    from btvcrm.domain.errors import ValidationError
    from btvcrm.domain.kinds import Kind

    try:
        return Kind.parse(key).label("nb", plural=count != 1)
    except ValidationError:
        singular, plural = {"market dialogues": ("markedsdialog", "markedsdialoger")}.get(key, (key, key))
        return singular if count == 1 else plural


def cmd_log(args: argparse.Namespace) -> int:
    from btvcrm.domain import clock
    from btvcrm.domain.enums import MeetingKind

    if args.quick is not None:
        from btvcrm.cli_records import log_quick

        return log_quick(args, _open)
    if args.text is None:
        raise CliError("skriv en tittel, eller hele kontakten med --quick TEKST")
    if args.dry_run:
        raise CliError("--dry-run virker bare med --quick")

    with _open(args) as crm:
        from btvcrm.services.quick_log import QuickLogRequest, log_contact

        request = QuickLogRequest(
            title=args.text,
            when_text=args.date,
            kind=MeetingKind.parse(args.kind),
            organisations=args.org,
            people=args.person,
            counties=args.county,
            follow_ups=args.follow_up,
            notes=args.notes,
            place=args.place,
        )
        result = log_contact(crm, request, now=clock.now())
    for note in result.notes:
        print(note, file=sys.stderr)
    print(result.meeting_id)
    return 0


def _list_repo(crm: Crm, what: str) -> Any:
    return {
        "meetings": crm.meetings,
        "people": crm.people,
        "organisations": crm.organisations,
        "follow-ups": crm.follow_ups,
        "initiatives": crm.initiatives,
        "lessons": crm.lessons,
    }[what]


def _list_rows(crm: Crm, what: str, county: str | None, text: str | None, status: str | None,
               limit: int) -> list[dict[str, Any]]:
    from btvcrm.domain.filters import ListFilter

    list_filter = ListFilter(text=text, status=status)
    if county:
        list_filter.county_id = crm.counties.by_name(county).id
    repo = _list_repo(crm, what)
    sort, descending = {"meetings": ("date", True), "lessons": ("date", True)}.get(what, (None, False))
    return repo.query(list_filter, sort=sort, descending=descending, limit=limit)  # type: ignore[no-any-return]


def cmd_list(args: argparse.Namespace) -> int:
    from btvcrm.cli_format import print_table

    with _open(args, readonly=True) as crm:
        rows = _list_rows(crm, args.what, args.county, args.search, args.status, args.limit)
    if args.what == "follow-ups":
        from btvcrm import settings
        from btvcrm.cli_format import name_the_user

        name_the_user(rows, settings.load().user_name)
    if args.json:
        _print_json(rows)
    else:
        print_table(args.what, rows)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from btvcrm.cli_format import kind_label

    with _open(args, readonly=True) as crm:
        hits = crm.search.search(args.query, limit=args.limit)
    if args.json:
        _print_json([
            {"type": h.kind, "id": h.id, "title": h.title, "snippet": h.plain_snippet("", "")} for h in hits
        ])
        return 0
    if not hits:
        print("Ingen treff.")
    for hit in hits:
        print(f"{kind_label(hit.kind):<16} {hit.id:>6}  {hit.title}")
        snippet = hit.plain_snippet("[", "]")
        if snippet and snippet != hit.title:
            print(f"{'':<24}{snippet}")
    return 0


def _export_target(args: argparse.Namespace) -> Path:
    """-o, or with --feed the calendar file chosen in the settings."""
    if args.feed and args.format != "ics":
        raise CliError("--feed gjelder bare --format ics.")
    if args.output is not None:
        return Path(args.output)
    if args.feed:
        from btvcrm import settings as user_settings

        chosen = user_settings.load().calendar_feed_path.strip()
        if chosen:
            return Path(chosen).expanduser()
        raise CliError("Oppgi filen med -o, eller velg en kalenderfil under Innstillinger i appen.")
    raise CliError("Oppgi filen som skal skrives med -o FIL.")


def cmd_export(args: argparse.Namespace) -> int:
    from btvcrm.exchange import files as exchange_files

    target = _export_target(args)
    all_day = args.all_day_follow_ups
    if args.feed and not all_day:  # the feed as the app writes it (Settings)
        from btvcrm import settings as user_settings

        all_day = user_settings.load().feed_all_day_follow_ups
    with _open(args, readonly=True) as crm:
        message = exchange_files.export_to(crm, target, args.format, what=args.what,
                                           vcard_version=args.vcard_version,
                                           all_day_follow_ups=all_day,
                                           done_follow_ups=args.done_follow_ups, feed=args.feed,
                                           force=args.force)
    print(message)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from btvcrm.cli_progress import TerminalProgress
    from btvcrm.exchange import files as exchange_files
    from btvcrm.services.data_file import remove_new_file

    kind = exchange_files.sniff_file(args.file)
    path = _db_path(args)
    created = not path.exists() and not path.is_symlink()
    if kind in ("email", "register"):  # e-mails and Enhetsregisteret: cli_inbound
        from btvcrm import cli_inbound

        command = cli_inbound.import_email if kind == "email" else cli_inbound.import_register
        try:
            return command(args, lambda a: _open(a, create=True))
        except BaseException:
            if created:
                remove_new_file(path)
            raise
    progress = TerminalProgress()
    try:
        with _open(args, create=True) as crm:
            message = exchange_files.import_from(crm, args.file, skip_invalid=args.skip_invalid,
                                                 import_as=args.import_as, on_duplicate=args.on_duplicate,
                                                 progress=progress)
    except BaseException:
        if created:  # "import into a new file" that failed leaves no file behind
            remove_new_file(path)
        raise
    finally:
        progress.close()
    print(message)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from btvcrm.storage.check import check
    from btvcrm.storage.errors import CorruptDatabaseError, LockedError, ReadOnlyError

    try:
        crm = _open(args)
    except (LockedError, ReadOnlyError, CorruptDatabaseError):
        # The app has it open, a read-only folder, or SQLite refuses a damaged schema for
        # writing (it is laxer read-only): check what can be checked read-only.
        crm = _open(args, readonly=True)
    with crm:
        report = check(crm)
    print(report.text())
    return 0 if report.ok else 1


def cmd_report(args: argparse.Namespace) -> int:
    from btvcrm.services.documents import DocumentRequest, write_document

    request = DocumentRequest(
        kind=args.report_kind,
        item=args.id if args.report_kind != "county" else args.name,
        output=args.output,
        date_from=getattr(args, "date_from", None),
        date_to=getattr(args, "date_to", None),
        lang=args.lang,
        public=getattr(args, "public", False),
        drafts=getattr(args, "drafts", "mark"),
        case_number=args.case_number,
        force=args.force,
    )
    with _open(args, readonly=True) as crm:
        written = write_document(crm, request)
    for note in written.notes:
        print(f"btvcrm: merk: {note}", file=sys.stderr)
    print(f"Skrev {written.path}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from btvcrm.services.backups import take_backup

    with _open(args) as crm:
        path = take_backup(crm, args.output, force=args.force)
    print(f"Sikkerhetskopi skrevet: {path}")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from btvcrm.services.backups import backup_folder, list_backups
    from btvcrm.storage.database import missing_file_message

    path = _db_path(args)
    items = list_backups(path)
    if not path.exists():
        if not items:
            raise CliError(missing_file_message(path))
        print(f"btvcrm: Datafilen finnes ikke: {path}. Sikkerhetskopier med samme navn i "
              f"{backup_folder(path)} (gjenopprett med «btvcrm restore FIL»):", file=sys.stderr)
    if not items:
        print(f"Ingen sikkerhetskopier ennå (i {backup_folder(path)}).")
    for info in items:
        print(f"{info.taken_at:%d.%m.%Y %H.%M}  {info.size / 1024:>8.0f} kB  {info.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from btvcrm.services.backups import restore_backup
    from btvcrm.storage.check import check
    from btvcrm.storage.crm import Crm

    result = restore_backup(_db_path(args), args.file)
    if result.set_aside:
        print(f"Datafilen kunne ikke åpnes og er lagt til side som {result.set_aside[0]} (ikke slettet).")
    elif result.pre_restore is not None:
        print(f"Den forrige filen ble kopiert til {result.pre_restore}.")
    with Crm.open(result.restored, create=False) as crm:
        report = check(crm)
    print(f"Gjenopprettet fra {args.file}. Sjekk: {'alt i orden' if report.ok else 'se under'}.")
    if not report.ok:
        print(report.text())
        return 1
    return 0


def _organisation_choices(args: argparse.Namespace, found: list[dict[str, Any]]) -> dict[int, str | None]:
    """ENK organisations named after the person: erase (None), rename (new name) or keep ("")."""
    chosen: dict[int, str | None] = {}
    for value in args.rename_org:
        key, separator, name = value.partition("=")
        if not separator or not key.strip().isdecimal() or not name.strip():
            raise CliError(f"--rename-org «{value}»: skriv ID=NYTT NAVN")
        chosen[int(key)] = name.strip()
    for org_id in args.erase_org:
        chosen[org_id] = None
    for org_id in args.keep_org:
        chosen[org_id] = ""
    known = {item["id"] for item in found}
    unknown = sorted(set(chosen) - known)
    if unknown:
        raise CliError(f"organisasjon {unknown[0]} har ikke personens navn; bare de som listes kan velges")
    undecided = [item for item in found if item["id"] not in chosen]
    if undecided and not args.yes and sys.stdin.isatty():
        for item in undecided:
            answer = input(f"Organisasjonen {item['id']} «{item['name']}» har personens navn. "
                           "[s]lett, [e]ndre navn eller [b]ehold? ").strip().lower()
            if answer.startswith("s"):
                chosen[item["id"]] = None
            elif answer.startswith("e"):
                chosen[item["id"]] = input("Nytt navn: ").strip()
            else:
                chosen[item["id"]] = ""
        undecided = []
    if undecided:
        listed = "; ".join(f"{item['id']} «{item['name']}»" for item in undecided)
        raise CliError(
            f"disse organisasjonene har personens navn: {listed}. Velg for hver: --erase-org ID, "
            "--rename-org ID=NYTT NAVN eller --keep-org ID. Ingenting er slettet.")
    return chosen


def cmd_privacy(args: argparse.Namespace) -> int:
    from btvcrm.services import privacy

    if args.privacy_kind == "export":
        with _open(args, readonly=True) as crm:
            path = privacy.export_person(crm, args.person_id, args.output, force=args.force)
        print(f"Innsynsrapport skrevet: {path}")
        return 0
    with _open(args) as crm:
        person = crm.people.get(args.person_id)
        found = privacy.organisations_named_after(crm, args.person_id)
        organisations = _organisation_choices(args, found)
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError("bekreft slettingen med --yes")
            answer = input(f"Slette {person.name} for godt? Skriv «ja»: ")
            if answer.strip().lower() != "ja":
                print("Avbrutt; ingenting slettet.")
                return 1
        result = privacy.erase_person(crm, args.person_id, reason=args.reason, organisations=organisations)
    print(result.message)
    return 0


def cmd_dialogue(args: argparse.Namespace) -> int:
    from btvcrm.cli_dialogue import run

    return run(args, _open)


def cmd_app(args: argparse.Namespace, argv: Sequence[str]) -> int:
    try:
        from btvcrm.app import main as app_main
    except ImportError as error:
        raise CliError(f"skrivebordsappen er ikke tilgjengelig ({error}); bruk en kommando, se --help")
    return app_main(Path(args.db) if args.db else None, list(argv))


COMMANDS = {
    "init": cmd_init,
    "demo": cmd_demo,
    "log": cmd_log,
    "list": cmd_list,
    "search": cmd_search,
    "export": cmd_export,
    "import": cmd_import,
    "check": cmd_check,
    "report": cmd_report,
    "backup": cmd_backup,
    "backups": cmd_backups,
    "restore": cmd_restore,
    "privacy": cmd_privacy,
    "dialogue": cmd_dialogue,
}


def _undecodable(arguments: list[str]) -> str | None:
    """The first argument with bytes that are not UTF-8 (Python keeps them as lone surrogates)."""
    for argument in arguments:
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            return "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in argument)
    return None


def _one_line(text: str) -> str:
    """An error message as one printable line: control characters and line breaks in user
    text (a file name, a title) are shown as escapes, never as a second line."""
    import unicodedata

    return "".join(
        ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch
        for ch in text
    )


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["--version"]:  # instant: without building every subcommand's parser
        print(f"btvcrm {__version__}")
        return 0
    bad = _undecodable(arguments)
    if bad is not None:
        print(f"btvcrm: argumentet «{_one_line(bad)}» er ikke gyldig UTF-8-tekst; skriv det på nytt "
              "(eller gi filen et navn med vanlige tegn).", file=sys.stderr)
        return 1
    if any("\x00" in argument for argument in arguments):  # a real command line cannot carry one
        print("btvcrm: et argument inneholder et NUL-tegn (\\x00); det kan ikke brukes i tekst eller filnavn.",
              file=sys.stderr)
        return 1
    from btvcrm.cli_argparse import norwegian

    with norwegian():  # argparse's own words ("usage:", "options", errors) in Norwegian
        parser = build_parser(only=command_word(arguments))
        # Flags for the desktop app (e.g. --check-pages) pass through untouched.
        args, unknown = parser.parse_known_args(arguments)
        if args.command is not None and unknown:
            parser.error(f"ukjente argumenter: {' '.join(unknown)}")
    from btvcrm.domain.errors import UserError

    try:
        if args.command is None:
            return cmd_app(args, unknown)
        if args.command in RECORD_COMMANDS:
            from btvcrm import cli_records

            return cli_records.COMMANDS[args.command](args)
        return COMMANDS[args.command](args)
    except (UserError, CliError) as error:
        print(f"btvcrm: {_one_line(str(error))}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `btvcrm list | head`: the reader went away (before OSError: a subclass)
        return 0
    except OSError as error:
        # The file system said no (a name too long, no access, a full disk) somewhere a command
        # did not expect it: still one sentence, and nothing was changed by the command itself.
        from btvcrm.storage.safe_output import describe_os_error

        where = f" ({error.filename})" if getattr(error, "filename", None) else ""
        print(_one_line(f"btvcrm: Filsystemet sa nei{where}: {describe_os_error(error)}. Ingenting er endret."),
              file=sys.stderr)
        return 1
    except OverflowError:
        # A number past SQLite's 64 bits that no check caught: the statement never ran, and the
        # command's transaction rolled back.
        print(f"btvcrm: et tall er for stort for datafilen (høyst {MAX_ID}). Ingenting er endret.", file=sys.stderr)
        return 1
    except RecursionError:
        # json and friends give up on very deeply nested input: a property of the file.
        print("btvcrm: filen har for mange nivåer inni hverandre til å kunne leses (for dypt nestet). "
              "Ingenting er endret.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("btvcrm: avbrutt", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
