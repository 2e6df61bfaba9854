"""`btvcrm dialogue …`: the market dialogue on the command line.

The same use cases as the app's dialogue page (`services/market_dialogue.py`).
Parsing is argparse only, so building the parser costs nothing; the services
are imported when a dialogue command runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from btvcrm.domain.market_dialogue import DialogueSnapshot
    from btvcrm.storage.crm import Crm

Opener = Callable[..., "Crm"]


def add_dialogue_command(command: Callable[[str, str], argparse.ArgumentParser],
                         add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register `dialogue` and its subcommands (called from `cli.build_parser`).

    Every id is read by `cli._positive_id` (1 to 2^63-1, else an argparse error, exit 2);
    every option that takes a value has a Norwegian metavar and a help text."""
    from btvcrm.cli import _positive_id as an_id

    dialogue = command("dialogue", "markedsdialog: dialogkonferanse, påmeldinger, én-til-én-møter, "
                                   "spørsmål og svar, likebehandling")
    actions = dialogue.add_subparsers(dest="dialogue_action", metavar="HANDLING", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text, description=help_text)
        add_db(sub)
        return sub

    def with_id(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = action(name, help_text)
        sub.add_argument("id", type=an_id, help="markedsdialogens id")
        return sub

    create = action("create", "opprett en markedsdialog for et initiativ; skriver ut id-en")
    create.add_argument("--initiative", type=an_id, required=True, metavar="ID", help="initiativet (anskaffelsen)")
    create.add_argument("--title", required=True, metavar="TITTEL", help="tittel, f.eks. «Dialogkonferanse Telemark»")
    create.add_argument("--doffin", metavar="ÅÅÅÅ-NNNNNN", help="Doffin-kunngjøringen (standard: initiativets)")
    create.add_argument("--date", metavar="DATO", help="konferansen: dato og tid, f.eks. «14.06.2016 10:00» "
                                                       "(standard med --meeting: møtets tid)")
    create.add_argument("--duration", type=int, metavar="MIN", help="konferansens lengde i minutter")
    create.add_argument("--place", default="", metavar="STED", help="sted")
    create.add_argument("--video", metavar="URL", help="videolenke")
    create.add_argument("--announced", metavar="DATO", help="kunngjort dato")
    create.add_argument("--deadline", metavar="DATO", help="påmeldingsfrist")
    create.add_argument("--buyer", metavar="ORG", help="oppdragsgiver (standard: initiativets eier)")
    create.add_argument("--status", metavar="STATUS", help="planlagt, kunngjort, gjennomført eller oppsummert")
    create.add_argument("--item", action="append", default=[], metavar="«10.00 TITTEL – HVEM»",
                        help="programpost (kan gjentas)")
    create.add_argument("--meeting", type=an_id, metavar="ID",
                        help="møtet i loggen som er konferansen (uten --date: konferansen får møtets tid)")

    lister = action("list", "list markedsdialogene")
    lister.add_argument("--initiative", type=an_id, metavar="ID", help="bare dialogene for dette initiativet")
    lister.add_argument("--json", action="store_true", help="skriv JSON")

    edit = with_id("edit", "endre tittel, Doffin-id, status, konferansens dato og sted, kunngjøring eller "
                           "påmeldingsfrist")
    edit.add_argument("--title", metavar="TITTEL", help="ny tittel")
    edit.add_argument("--doffin", metavar="ÅÅÅÅ-NNNNNN", help="Doffin-kunngjøringen (tom tekst fjerner den)")
    edit.add_argument("--status", metavar="STATUS", help="planlagt, kunngjort, gjennomført eller oppsummert")
    edit.add_argument("--date", metavar="DATO", help="konferansens nye dato og tid, f.eks. «15.06.2016 10:00» "
                                                     "(bare dato: samme klokkeslett); timeplanen flyttes med")
    edit.add_argument("--place", metavar="STED", help="konferansens sted")
    edit.add_argument("--announced", metavar="DATO", help="kunngjort dato")
    edit.add_argument("--deadline", metavar="DATO", help="påmeldingsfrist")

    event = with_id("event", "legg til en videre dialogrunde (eller en konferanse)")
    event.add_argument("--date", required=True, metavar="DATO", help="dato og tid, f.eks. «30.08.2016 09:00»")
    event.add_argument("--title", default="", metavar="TITTEL", help="tittel")
    event.add_argument("--place", default="", metavar="STED", help="sted")
    event.add_argument("--video", metavar="URL", help="videolenke")
    event.add_argument("--duration", type=int, metavar="MIN", help="lengden i minutter")
    event.add_argument("--item", action="append", default=[], metavar="«10.00 TITTEL – HVEM»",
                       help="programpost (kan gjentas)")
    event.add_argument("--conference", action="store_true", help="en konferanse, ikke en videre runde")

    register = with_id("register", "meld på en leverandør (organisasjon og personer opprettes eller finnes)")
    register.add_argument("--org", required=True, metavar="NAVN|ORGNR", help="virksomheten")
    register.add_argument("--orgnr", metavar="NR", help="organisasjonsnummer")
    register.add_argument("--person", action="append", default=[], metavar="NAVN", help="deltaker (kan gjentas)")
    register.add_argument("--email", metavar="E-POST", help="e-post (personens, eller påmeldingens når ingen person er oppgitt)")
    register.add_argument("--phone", metavar="TELEFON", help="telefon (for én person)")
    register.add_argument("--role", default="", metavar="STILLING", help="stilling (for én person)")
    register.add_argument("--one-to-one", action="store_true", help="ønsker et én-til-én-møte")
    register.add_argument("--not-attending", action="store_true", help="påmeldt, men deltar ikke fysisk")
    register.add_argument("--at", metavar="TID", help="påmeldt når (standard: nå)")
    register.add_argument("--comment", default="", metavar="MERKNAD", help="intern merknad (aldri i et offentlig dokument)")

    importer = with_id("import", "importer en påmeldingsliste (CSV eller XLSX)")
    importer.add_argument("file", type=Path, metavar="FIL", help="påmeldingslisten (.csv eller .xlsx)")
    importer.add_argument("--skip-invalid", action="store_true", help="hopp over linjer med ugyldige verdier")

    checkin = with_id("checkin", "registrer oppmøte ved døra: skriv (en del av) navnet")
    checkin.add_argument("name", metavar="NAVN", help="personens eller virksomhetens navn")
    checkin.add_argument("--undo", action="store_true", help="fjern avkryssingen")

    schedule = with_id("schedule", "lag timeplanen for én-til-én-møtene (eller legg til sene påmeldinger)")
    schedule.add_argument("--start", metavar="TID", help="første møte, f.eks. 13:00 (konferansedagen) "
                                                         "eller «14.06.2016 13:00»")
    schedule.add_argument("--slot", type=int, metavar="MIN", help="lengden på hvert møte (like for alle)")
    schedule.add_argument("--break", dest="break_minutes", type=int, metavar="MIN", help="pause mellom møtene")
    schedule.add_argument("--rooms", type=int, metavar="ANTALL", help="antall rom i parallell (standard 1)")
    schedule.add_argument("--seed", type=int, metavar="FRØ", help="frø for loddtrekningen (standard: et tilfeldig tall, lagres)")
    schedule.add_argument("--by-registration", action="store_true",
                          help="rekkefølge etter påmeldingstid i stedet for loddtrekning")
    schedule.add_argument("--redraw", action="store_true", help="kast timeplanen og lag en ny (logges)")

    slot = with_id("slot", "bytt eller avlys en tid (logges)")
    slot_action = slot.add_mutually_exclusive_group(required=True)
    slot_action.add_argument("--swap", nargs=2, type=an_id, metavar=("TID1", "TID2"),
                             help="bytt to tider (numrene i «dialogue show»)")
    slot_action.add_argument("--cancel", type=an_id, metavar="TID", help="avlys en tid")
    slot.add_argument("--reason", default="", metavar="GRUNN", help="grunn (for avlysning)")
    slot.add_argument("--withdrawn", action="store_true", help="leverandøren ønsker ikke lenger et møte")

    question = with_id("question", "logg et spørsmål (og svaret), eller endre et med --number")
    question.add_argument("--from", dest="from_org", metavar="ORG", help="hvem som spurte (en påmeldt virksomhet)")
    question.add_argument("--text", default="", metavar="TEKST", help="spørsmålet")
    question.add_argument("--answer", metavar="SVAR",
                          help="svaret (et endret svar som var delt, må deles med alle på nytt)")
    question.add_argument("--shared", nargs="?", const="email", metavar="HVORDAN",
                          help="svaret er delt med alle: e-post (standard), doffin eller oppsummering")
    question.add_argument("--part", metavar="DEL", help="plenum, én-til-én eller skriftlig")
    question.add_argument("--at", metavar="TID", help="når spørsmålet kom (standard: nå)")
    question.add_argument("--number", type=an_id, metavar="NR", help="endre spørsmål nr. NR")

    share = with_id("share", "del et svar med alle påmeldte")
    share.add_argument("number", type=an_id, metavar="NR", help="spørsmålets nummer")
    share.add_argument("--how", default="email", metavar="HVORDAN", help="e-post (standard), doffin eller oppsummering")

    note = with_id("note", "notat fra et én-til-én-møte (fortrolig med mindre --public)")
    note.add_argument("--org", required=True, metavar="ORG", help="den påmeldte virksomheten møtet var med")
    note.add_argument("--text", required=True, metavar="TEKST", help="hva som kom fram i møtet")
    note.add_argument("--public", action="store_true", help="ikke unntatt offentlighet")

    sent = with_id("sent", "logg hva som er sendt til hvem")
    sent.add_argument("--material", required=True, metavar="MATERIELL",
                      help="invitasjon, program, timeplan, presentasjon, svar, oppsummering eller annet")
    sent.add_argument("--title", required=True, metavar="TITTEL",
                      help="tittelen (samme materiell og tittel regnes som én utsendelse)")
    sent.add_argument("--to", action="append", default=[], metavar="ORG", help="mottaker (standard: alle påmeldte)")
    sent.add_argument("--channel", default="email", metavar="KANAL", help="e-post, e-postutkast, doffin eller delt ut")
    sent.add_argument("--at", metavar="TID", help="når det ble sendt (standard: nå)")

    with_id("check", "likebehandling: hva som gjenstår (exit 1 til alt er vist)")

    report = with_id("report", "skriv et dokument: offentlig oppsummering, timeplan, deltakerliste eller navneskilt")
    which = report.add_mutually_exclusive_group(required=True)
    which.add_argument("--public", action="store_const", dest="document", const="public",
                       help="offentlig oppsummering (PDF)")
    which.add_argument("--schedule", action="store_const", dest="document", const="schedule",
                       help="timeplan for én-til-én-møtene (PDF, CSV eller XLSX etter filnavnet)")
    which.add_argument("--participants", action="store_const", dest="document", const="participants",
                       help="deltakerliste med avkrysning (PDF, CSV eller XLSX)")
    which.add_argument("--badges", action="store_const", dest="document", const="badges",
                       help="navneskilt, A4-ark med 10 etiketter (PDF)")
    report.add_argument("-o", "--output", type=Path, required=True, metavar="FIL",
                        help="filen som skrives (.pdf, eller .csv/.xlsx for timeplan og deltakerliste)")
    report.add_argument("--persons", action="store_true", help="oppsummeringen: vis personene, ikke bare virksomhetene")
    report.add_argument("--lang", choices=("nb", "en"), default="nb", help="språk: nb (standard) eller en")
    report.add_argument("--force", action="store_true", help="overskriv også en annen datafil")

    drafts = with_id("drafts", "e-postutkast (.eml) til alle påmeldte, adressert i Bcc")
    drafts.add_argument("kind", choices=("invitation", "schedule", "answers", "summary"),
                        help="invitasjon, timeplan (hver sin tid), svar til alle, eller oppsummering (vedlagt)")
    drafts.add_argument("-o", "--output", type=Path, required=True, metavar="MAPPE",
                        help="mappen utkastene skrives i")
    drafts.add_argument("--persons", action="store_true", help="den vedlagte oppsummeringen viser personene")

    show = with_id("show", "vis markedsdialogen")
    show.add_argument("--json", action="store_true", help="skriv JSON")


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def _sender() -> tuple[str, str] | None:
    from btvcrm import settings

    prefs = settings.load()
    return (prefs.user_name, "") if prefs.user_name else None


def run(args: argparse.Namespace, open_crm: Opener) -> int:
    """Run `btvcrm dialogue <action>`; returns the exit code."""
    from btvcrm.domain.formatting import plural
    from btvcrm.services import market_dialogue as md

    action = args.dialogue_action
    readonly = action in ("list", "show", "check")
    with open_crm(args, readonly=readonly) as crm:
        if action == "create":
            saved = md.create_dialogue(crm, md.CreateDialogueRequest(
                initiative_id=args.initiative, title=args.title, doffin_id=args.doffin, date_text=args.date,
                duration_minutes=args.duration, place=args.place, video_link=args.video,
                announced_on=args.announced, registration_deadline=args.deadline, buyer=args.buyer,
                status=args.status, programme=args.item, meeting_id=args.meeting))
            for org_id, name in saved.created_organisations:
                print(f"Ny organisasjon opprettet: {name} (id {org_id})", file=sys.stderr)
            print(saved.id)
            return 0
        if action == "list":
            rows = md.dialogues(crm, initiative_id=args.initiative)
            if args.json:
                _print_json(rows)
            elif not rows:
                print("Ingen markedsdialoger ennå.")
            for row in [] if args.json else rows:
                count = row["registrations"]
                print(f"{row['id']:>4}  {row['title']}  "
                      f"({row['initiative_title']}, {count} {plural(count, 'påmeldt', 'påmeldte')})")
            return 0
        if action == "edit":
            saved = md.edit_dialogue(crm, md.EditDialogueRequest(
                args.id, title=args.title, doffin_id=args.doffin, status=args.status, announced_on=args.announced,
                registration_deadline=args.deadline, date_text=args.date, place=args.place))
            print(saved.message)
            return 0
        if action == "event":
            from btvcrm.domain.market_dialogue import EventKind

            event_id = md.add_event(crm, md.EventRequest(
                args.id, date_text=args.date, title=args.title, place=args.place, video_link=args.video,
                duration_minutes=args.duration, programme=args.item,
                kind=EventKind.CONFERENCE if args.conference else EventKind.ROUND))
            print(event_id)
            return 0
        if action == "register":
            at = md._when(args.at, default_time=dt.time(0, 0)) if args.at else None
            result = md.register(crm, md.RegisterRequest(
                args.id, organisation=args.org, orgnr=args.orgnr, people=args.person, email=args.email,
                phone=args.phone, title=args.role, wants_one_to_one=args.one_to_one,
                attending=not args.not_attending, registered_at=at, comment=args.comment))
            for line in result.notes:
                print(line, file=sys.stderr)
            print(result.registration_id)
            return 0
        if action == "import":
            return _import(crm, args)
        if action == "checkin":
            print(md.check_in(crm, args.id, args.name, undo=args.undo).message)
            return 0
        if action == "schedule":
            from btvcrm.domain.market_dialogue import ScheduleOrder

            schedule = md.make_schedule(crm, md.ScheduleRequest(
                args.id, start_text=args.start, slot_minutes=args.slot, break_minutes=args.break_minutes,
                rooms=args.rooms, seed=args.seed, redraw=args.redraw,
                order=ScheduleOrder.REGISTRATION if args.by_registration else ScheduleOrder.DRAW))
            print(schedule.message)
            return 0
        if action == "slot":
            if args.swap:
                print(md.swap_slots(crm, args.id, args.swap[0], args.swap[1]))
            else:
                print(md.cancel_slot(crm, args.id, args.cancel, reason=args.reason, withdrawn=args.withdrawn))
            return 0
        if action == "question":
            if args.number is None and not args.text.strip():
                from btvcrm.cli import CliError

                raise CliError("skriv spørsmålet med --text (eller endre et med --number)")
            number = md.log_question(crm, md.QuestionRequest(
                args.id, text=args.text, from_organisation=args.from_org, part=args.part, asked_text=args.at,
                answer=args.answer, shared=args.shared, question_id=args.number))
            print(number)
            return 0
        if action == "share":
            print(md.share_answer(crm, args.id, args.number, args.how))
            return 0
        if action == "note":
            note_id = md.add_note(crm, md.NoteRequest(args.id, args.text, organisation=args.org, public=args.public))
            print(note_id)
            return 0
        if action == "sent":
            return _sent(crm, args)
        if action == "check":
            findings = md.check(crm, args.id)
            print(findings.text())
            return 0 if findings.ok else 1
        if action == "report":
            path = md.write_document(crm, md.DocumentRequest(
                args.id, args.document, args.output, lang=args.lang, include_persons=args.persons, force=args.force))
            print(f"Skrev {path}")
            return 0
        if action == "drafts":
            drafts = md.write_drafts(crm, md.DraftRequest(args.id, args.kind, args.output, sender=_sender(),
                                                          include_persons=args.persons))
            print(drafts.message)
            return 0
        snap = md.snapshot(crm, args.id)
        if args.json:
            _print_json(md.dialogue_json(snap))
        else:
            print(show_text(snap))
        return 0


def _import(crm: Crm, args: argparse.Namespace) -> int:
    from btvcrm.domain.errors import UserError
    from btvcrm.exchange.sniff import detect_format
    from btvcrm.services import market_dialogue as md

    try:
        data = Path(args.file).read_bytes()
    except FileNotFoundError:
        raise UserError(f"Finner ikke filen {args.file}.")
    except OSError as error:
        raise UserError(f"Kan ikke lese {args.file}: {error.strerror}.")
    kind = detect_format(str(args.file), data)
    if kind not in ("csv", "xlsx"):
        raise UserError(f"{args.file} er ikke en påmeldingsliste i CSV eller XLSX.")
    result = md.import_registrations(crm, md.ImportRegistrationsRequest(
        args.id, data, kind, skip_invalid=args.skip_invalid, source_name=Path(args.file).name))
    print(result.summary)
    return 0


def _sent(crm: Crm, args: argparse.Namespace) -> int:
    from btvcrm.services import market_dialogue as md

    ids = None
    if args.to:
        ids = [int(md._registration_for(crm, args.id, name).id or 0) for name in args.to]
    sending_id = md.log_sending(crm, md.SendingRequest(args.id, args.material, args.title, registration_ids=ids,
                                                       channel=args.channel, sent_text=args.at))
    print(sending_id)
    return 0


def show_text(snap: DialogueSnapshot) -> str:
    from btvcrm.domain import dates
    from btvcrm.domain.formatting import plural
    from btvcrm.domain.market_dialogue import equal_treatment_findings, finding_text, sort_key
    from btvcrm.i18n import upper_first

    d = snap.dialogue
    lines = [f"Markedsdialog {d.id}: {d.title} ({d.status.label()})"]
    facts = [f"Anskaffelse: {snap.initiative_title}"]
    if snap.buyer_name:
        facts.append(f"Oppdragsgiver: {snap.buyer_name}")
    if d.doffin_id:
        facts.append(f"Doffin {d.doffin_id}: {d.doffin_url}")
    lines.append(" · ".join(facts))
    for event in d.events:
        where = f", {event.place}" if event.place else ""
        lines.append(f"{upper_first(event.kind.label())}: {dates.format_datetime_long(event.starts_at)}{where}")
        for item in event.programme:
            at = item.at_time.strftime("%H.%M") if item.at_time else ""
            lines.append(f"    {at:<6}{item.title}" + (f" – {item.presenter}" if item.presenter else ""))
    names = {r.id: r.organisation_name for r in snap.registrations}
    lines.append("")
    lines.append(f"Påmeldinger ({len(snap.registrations)}):")
    for registration in sorted(snap.registrations, key=lambda r: sort_key(r.organisation_name)):
        mark = "[x]" if registration.checked_in else "[ ]"
        people = ", ".join(a.name + (" ✓" if a.checked_in_at else "") for a in registration.attendees)
        slot = snap.slot_of(registration.id)
        extra = ""
        if slot is not None:
            extra = f" · én-til-én {dates.format_time(slot.starts_at)}, rom {slot.room}"
        elif registration.wants_one_to_one:
            extra = " · ønsker én-til-én (ingen tid ennå)"
        if not registration.attending:
            extra += " · deltar ikke fysisk"
        lines.append(f"  {mark} {registration.id:>3} {registration.organisation_name}"
                     + (f" – {people}" if people else "") + extra)
    if snap.schedule is not None:
        s = snap.schedule
        how = f"loddtrekning, frø {s.seed}" if s.seed is not None else "etter påmeldingstid"
        lines += ["", f"Én-til-én ({s.slot_minutes} min, {s.break_minutes} min pause, {s.rooms} rom; {how}):"]
        for slot in snap.slots:
            status = "" if slot.active else " (avlyst)"
            lines.append(f"  tid {slot.id:>3}: {dates.format_time(slot.starts_at)} rom {slot.room}  "
                         f"{names.get(slot.registration_id, '')}{status}")
    if snap.questions:
        lines += ["", f"Spørsmål og svar ({len(snap.questions)}):"]
        for q in snap.questions:
            who = names.get(q.registration_id, "") if q.registration_id else ""
            how = f" ({q.shared_how.label()})" if q.shared_how else ""
            if q.shared and q.shared_at:
                state = f"delt {dates.format_date_short(q.shared_at)}{how}"
            elif q.changed_since_shared and q.shared_at:
                state = f"ENDRET etter at det ble delt {dates.format_date_short(q.shared_at)}{how}; IKKE DELT"
            else:
                state = "IKKE DELT" if q.answered else "ubesvart"
            lines.append(f"  {q.id:>3}. [{q.part.label()}{', ' + who if who else ''}] {q.question}")
            if q.answered:
                lines.append(f"       Svar: {q.answer}  [{state}]")
            else:
                lines.append(f"       [{state}]")
    if snap.sendings:
        lines += ["", "Sendt:"]
        everyone = {r.id for r in snap.registrations}
        for sending in snap.sendings:
            count = len(sending.recipient_ids)
            to = "alle påmeldte" if everyone <= set(sending.recipient_ids) else (
                f"{count} {plural(count, 'påmeldt', 'påmeldte')}")
            lines.append(f"  {dates.format_date_short(sending.sent_at)} {sending.title} "
                         f"({sending.channel.label()}) til {to}")
    if snap.notes:
        lines += ["", f"Notater fra én-til-én-møtene ({len(snap.notes)}):"]
        for n in snap.notes:
            mark = f"[unntatt offentlighet, {n.exemption.citation}]" if n.exemption else "[ikke unntatt]"
            lines.append(f"  {names.get(n.registration_id, '')} {mark}: {n.text}")
    lines += ["", "Likebehandling:", finding_text(equal_treatment_findings(snap))]
    return "\n".join(lines)
