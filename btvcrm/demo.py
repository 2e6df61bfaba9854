"""Demo data: the programme as the 2016 article describes it, May–June 2016.

Organisations are real public bodies named in the article; every person and
every supplier is fictional, and organisasjonsnummer are made up (with a
valid check digit) so no real register entry is implied.
"""

from __future__ import annotations

import datetime as dt

from btvcrm.domain import clock
from btvcrm.domain.enums import (
    AgendaMark,
    AnchoringStage,
    Attendance,
    FollowUpStatus,
    InitiativePhase,
    MeetingKind,
    MinutesStatus,
    OrganisationKind,
)
from btvcrm.domain.errors import UserError
from btvcrm.domain.models import (
    AgendaItem,
    AnchoringChange,
    Assessment,
    FollowUp,
    Initiative,
    KeyDate,
    Lesson,
    Meeting,
    Organisation,
    Participant,
    Person,
)
from btvcrm.domain.validation import orgnr_check_digit
from btvcrm.storage.crm import Crm

DEMO_TODAY = dt.date(2016, 6, 20)


def fictional_orgnr(seed: int) -> str:
    """A made-up, check-digit-valid organisasjonsnummer (9xx xxx xxx)."""
    n = seed
    while True:
        first = f"9{n % 10_000_000:07d}"
        digit = orgnr_check_digit(first)
        if digit is not None:
            return first + str(digit)
        n += 1


def _at(day: str, hour: int, minute: int = 0) -> dt.datetime:
    date = dt.date.fromisoformat(day)
    return dt.datetime(date.year, date.month, date.day, hour, minute, tzinfo=clock.OSLO)


def fill_demo(crm: Crm) -> dict[str, int]:
    """Fill an empty file; returns counts of what was added. One transaction."""
    if not crm.is_empty():
        raise UserError("Demodata kan bare legges i en tom datafil. Bruk --db for å lage en ny fil.")
    # Records are dated as if typed in at the time (created_at in 2016).
    previous = clock._frozen
    clock.freeze(dt.datetime(2016, 5, 2, 8, 0, tzinfo=clock.OSLO))
    try:
        with crm.write():
            return _fill(crm)
    finally:
        clock.freeze(previous)


def _fill(crm: Crm) -> dict[str, int]:
    county = {c.name: c.id for c in crm.counties.all() if c.id is not None}
    b, t, v = county["Buskerud"], county["Telemark"], county["Vestfold"]
    all3 = [b, t, v]
    orgs: dict[str, int] = {}

    def org(key: str, name: str, kind: OrganisationKind, counties: list[int], seed: int, **extra: object) -> int:
        item = Organisation(name=name, kind=kind, orgnr=fictional_orgnr(seed), county_ids=[c for c in counties if c], **extra)  # type: ignore[arg-type]
        orgs[key] = crm.organisations.save_in_transaction(item)
        return orgs[key]

    org("bfk", "Buskerud fylkeskommune", OrganisationKind.COUNTY_COUNCIL, [b], 1101, is_key=True, keep_in_touch_days=30,
        website="https://www.bfk.no")
    org("tfk", "Telemark fylkeskommune", OrganisationKind.COUNTY_COUNCIL, [t], 1202, is_key=True, keep_in_touch_days=21,
        website="https://www.telemark.no")
    org("vfk", "Vestfold fylkeskommune", OrganisationKind.COUNTY_COUNCIL, [v], 1303, is_key=True, keep_in_touch_days=21,
        website="https://www.vfk.no")
    crm.organisations.save_in_transaction(
        Organisation(name="Innkjøpsseksjonen, Telemark fylkeskommune", kind=OrganisationKind.COUNTY_COUNCIL,
                     parent_id=orgs["tfk"], county_ids=[t])
    )
    org("ks", "KS Buskerud, Telemark og Vestfold", OrganisationKind.KS, all3, 2104, is_key=True, keep_in_touch_days=30)
    org("lup", "Nasjonalt program for leverandørutvikling", OrganisationKind.CLUSTER, all3, 2205,
        website="https://leverandorutvikling.no", is_key=True)
    org("vv", "Vestre Viken HF", OrganisationKind.HEALTH_TRUST, [b], 3106, is_key=True, keep_in_touch_days=45)
    org("siv", "Sykehuset i Vestfold HF", OrganisationKind.HEALTH_TRUST, [v], 3207)
    org("tons", "Tønsberg kommune", OrganisationKind.MUNICIPALITY, [v], 4108, is_key=True, keep_in_touch_days=30)
    org("skien", "Skien kommune", OrganisationKind.MUNICIPALITY, [t], 4209)
    org("drammen", "Drammen kommune", OrganisationKind.MUNICIPALITY, [b], 4310)
    org("larvik", "Larvik kommune", OrganisationKind.MUNICIPALITY, [v], 4411)
    org("nhd", "Difi – Direktoratet for forvaltning og IKT", OrganisationKind.STATE_AGENCY, [], 5112)
    suppliers = [
        ("sup1", "Fjordvel Omsorgsteknologi AS", all3, "Velferdsteknologi: trygghetsalarmer og sensorer"),
        ("sup2", "Grenland Digital AS", [t, v], "Digitale styringsverktøy for offentlig sektor"),
        ("sup3", "Nordic Marine Autonomy AS", [v], "Autonome fartøy og førerløse ferjer"),
        ("sup4", "Bygg & Helse Rådgivning AS", [b], "Rådgivning for sykehusbygg"),
        ("sup5", "Eikerbyggen Entreprenør AS", [b, v], "Totalentreprenør, grønne bygg"),
        ("sup6", "Telemark Ren Energi AS", [t], "Solceller og energilagring"),
        ("sup7", "Vestfold Smart Mobilitet AS", [v], "Elektrifisering av transport"),
        ("sup8", "Øvre Eiker Trelast AS", [b], "Massivtre og bærekraftige materialer"),
        ("sup9", "Grønn Logistikk BTV AS", all3, "Samlastning og utslippsfri varelevering"),
        ("sup10", "Åsgårdstrand IKT-drift AS", [v, t], "Drift og skytjenester for kommuner"),
        ("sup11", "Kongsberg Sensorsystemer AS", all3, "Sensorikk for bygg og helse"),
        ("sup12", "Porsgrunn Prosessdesign AS", [t], "Prosessdesign og tjenestedesign"),
    ]
    for index, (key, name, counties, notes) in enumerate(suppliers):
        org(key, name, OrganisationKind.SUPPLIER, counties, 6113 + index * 97, notes=notes)

    people: dict[str, int] = {}

    def person(key: str, name: str, org_key: str, title: str, email: str, phone: str, **extra: object) -> int:
        item = Person(name=name, organisation_id=orgs[org_key], title=title, email=email, phone=phone, **extra)  # type: ignore[arg-type]
        people[key] = crm.people.save_in_transaction(item)
        return people[key]

    person("ingrid", "Ingrid Haugen", "bfk", "Innkjøpssjef", "ingrid.haugen@example.no", "+47 912 34 501", is_key=True)
    # Ola changed jobs: Drammen kommune until July 2015, then Buskerud fylkeskommune.
    clock.freeze(dt.datetime(2011, 1, 3, 9, 0, tzinfo=clock.OSLO))
    person("ola", "Ola Bakke", "drammen", "Innkjøpsrådgiver", "ola.bakke@example.no", "+47 912 34 502")
    crm.people.change_job(people["ola"], orgs["bfk"], "Rådgiver næringsutvikling", dt.date(2015, 8, 1))
    clock.freeze(dt.datetime(2016, 5, 2, 8, 0, tzinfo=clock.OSLO))
    person("siri", "Siri Lunde", "tfk", "Fylkesdirektør for næring", "siri.lunde@example.no", "+47 912 34 503", is_key=True)
    person("jonas", "Jonas Ødegård", "tfk", "Innkjøpsrådgiver", "jonas.odegard@example.no", "+47 912 34 504")
    person("marte", "Marte Sæther", "vfk", "Innkjøpssjef", "marte.saether@example.no", "+47 912 34 505", is_key=True)
    person("per", "Per Årstad", "vfk", "Seniorrådgiver", "per.arstad@example.no", "+47 33 34 45 06")
    person("anne", "Anne Kristiansen", "ks", "Rådgiver, KS BTV", "anne.kristiansen@example.no", "+47 912 34 507",
           is_key=True)
    person("lars", "Lars Ellingsen", "lup", "Programleder", "lars.ellingsen@example.no", "+47 912 34 508")
    person("hilde", "Hilde Moen", "vv", "Prosjektdirektør, nytt sykehus", "hilde.moen@example.no", "+47 912 34 509",
           is_key=True)
    person("erik", "Erik Nygård", "vv", "Innkjøpsleder", "erik.nygard@example.no", "+47 912 34 510")
    person("kari", "Kari Vik", "tons", "Kommunalsjef teknisk", "kari.vik@example.no", "+47 912 34 511", is_key=True)
    person("bjorn", "Bjørn Solberg", "tons", "Havnesjef", "bjorn.solberg@example.no", "+47 912 34 512")
    person("astrid", "Astrid Berg", "skien", "Innkjøpsrådgiver", "astrid.berg@example.no", "+47 912 34 513")
    person("nina", "Nina Holm", "larvik", "Enhetsleder helse og omsorg", "nina.holm@example.no", "+47 912 34 514")
    person("tor", "Tor Eriksen", "sup1", "Daglig leder", "tor@fjordvel.example", "+47 912 34 515")
    person("mari", "Mari Dahl", "sup2", "Salgssjef", "mari@grenlanddigital.example", "+47 912 34 516")
    person("henrik", "Henrik Aas", "sup3", "Teknisk direktør", "henrik@nma.example", "+47 912 34 517")
    person("sofie", "Sofie Nilsen", "sup4", "Partner", "sofie@bhr.example", "+47 912 34 518")
    person("geir", "Geir Tangen", "sup11", "Daglig leder", "geir@kongsbergsensor.example", "+47 912 34 519")
    person("liv", "Liv Johansen", "sup9", "Markedssjef", "liv@gronnlogistikk.example", "+47 912 34 520")
    person("jan", "Jan Pettersen", "drammen", "Innkjøpssjef", "jan.pettersen@example.no", "+47 912 34 521")
    person("eva", "Eva Strand", "siv", "Innkjøpsrådgiver", "eva.strand@example.no", "+47 912 34 522")

    initiatives: dict[str, int] = {}
    initiatives["tool"] = crm.initiatives.save_in_transaction(Initiative(
        title="Digitalt styringsverktøy for Telemark fylkeskommune", owner_organisation_id=orgs["tfk"], county_ids=[t],
        phase=InitiativePhase.MARKET_DIALOGUE, procedure_type="Konkurranse med forhandling",
        estimated_value_nok=4_500_000, doffin_id="2016-112233",
        description="Behov for et digitalt verktøy for styring av fylkeskommunens prosjekter og mål. "
        "Dialogkonferanse 14. juni 2016, kunngjort på Doffin.",
        key_dates=[KeyDate("Dialogkonferanse", dt.date(2016, 6, 14)), KeyDate("Planlagt kunngjøring", dt.date(2016, 9, 1))],
        tags=["digitalisering"],
    ))
    initiatives["hospital"] = crm.initiatives.save_in_transaction(Initiative(
        title="Nytt sykehus i Vestre Viken", owner_organisation_id=orgs["vv"], county_ids=[b],
        phase=InitiativePhase.NEEDS, procedure_type="Innovasjonspartnerskap (vurderes)",
        estimated_value_nok=8_000_000_000,
        description="Nytt sykehus i Drammen for Vestre Viken HF, anslått til 8 milliarder kroner. "
        "Mulighet for grønne og innovative løsninger i bygg og drift.",
        key_dates=[KeyDate("Konseptfase ferdig", dt.date(2016, 12, 31))], tags=["grønt bygg", "helse"],
    ))
    initiatives["welfare"] = crm.initiatives.save_in_transaction(Initiative(
        title="Velferdsteknologi i Vestfold", owner_organisation_id=orgs["vfk"], county_ids=[v],
        phase=InitiativePhase.MARKET_DIALOGUE, procedure_type="Åpen anbudskonkurranse",
        estimated_value_nok=12_000_000, doffin_id="2016-104455",
        description="Felles anskaffelse av trygghetsskapende teknologi for kommunene i Vestfold.", tags=["helse"],
    ))
    initiatives["ferry"] = crm.initiatives.save_in_transaction(Initiative(
        title="Førerløs ferje i Tønsberg", owner_organisation_id=orgs["tons"], county_ids=[v],
        phase=InitiativePhase.NEEDS, procedure_type="Forkommersiell anskaffelse (vurderes)",
        estimated_value_nok=25_000_000,
        description="Mulig førerløs, elektrisk ferje over kanalen i Tønsberg, sammen med Tønsberg kommune.",
        tags=["transport", "grønt"],
    ))

    meetings: dict[str, int] = {}

    def meeting(key: str, title: str, when: dt.datetime, kind: MeetingKind, place: str, org_keys: list[str],
                counties: list[int], present: list[str], *, absent: list[str] | None = None,
                agenda: list[tuple[str, AgendaMark, str]] | None = None, decisions: list[str] | None = None,
                notes: str = "", private: str = "", initiative_keys: list[str] | None = None,
                approved: bool = True, number: str = "", duration: int = 60, copy_to: str = "") -> int:
        participants = [Participant(people[p]) for p in present]
        participants += [Participant(people[p], Attendance.ABSENT) for p in absent or []]
        item = Meeting(
            title=title, starts_at=when, kind=kind, place=place, duration_minutes=duration,
            chair="Prosjektleder" if kind in (MeetingKind.MEETING, MeetingKind.DIALOGUE_CONFERENCE) else "",
            secretary="Prosjektleder" if kind == MeetingKind.MEETING else "",
            minutes_number=number, participants=participants,
            agenda=[AgendaItem(a, m, n) for a, m, n in agenda or []], decisions=decisions or [],
            notes=notes, private_notes=private, copy_to=copy_to,
            minutes_status=MinutesStatus.APPROVED if approved else MinutesStatus.DRAFT,
            county_ids=[c for c in counties if c], organisation_ids=[orgs[o] for o in org_keys],
            initiative_ids=[initiatives[i] for i in initiative_keys or []],
        )
        clock.freeze(when + dt.timedelta(minutes=duration + 30))  # logged right after
        meetings[key] = crm.meetings.save_in_transaction(item)
        return meetings[key]

    meeting("kickoff", "Oppstartsmøte med KS og LUP", _at("2016-05-03", 10), MeetingKind.MEETING, "KS, Drammen",
            ["ks", "lup"], all3, ["anne", "lars"], number="2016-01",
            agenda=[("Velkommen og formål med prosjektet", AgendaMark.ORIENTATION, "Prosjektet skal fremme innovative "
                     "offentlige anskaffelser med grønn profil i Buskerud, Telemark og Vestfold."),
                    ("Handlingsplan for erfaringsoverføring", AgendaMark.DISCUSSION,
                     "Mange leverandører leverer til alle tre fylkene; læring må krysse fylkesgrensene."),
                    ("Møteplan for høsten", AgendaMark.DECISION, "")],
            decisions=["Prosjektleder utarbeider utkast til handlingsplan innen 1. juni.",
                       "Styringsgruppen møtes hver sjette uke."],
            notes="Godt oppmøte og tydelig forankring hos KS.")
    meeting("bfk1", "Forankringsmøte Buskerud fylkeskommune", _at("2016-05-10", 9), MeetingKind.MEETING,
            "Fylkeshuset, Drammen", ["bfk"], [b], ["ingrid", "ola"], number="2016-02",
            agenda=[("Forventninger og rammer", AgendaMark.DISCUSSION,
                     "Buskerud ønsker å være medeier og bidrar med egen innkjøpskompetanse."),
                    ("Medeierskap", AgendaMark.DECISION, "")],
            decisions=["Buskerud fylkeskommune går inn som medeier i prosjektet."])
    meeting("tfk1", "Første møte med Telemark fylkeskommune", _at("2016-05-12", 13), MeetingKind.MEETING,
            "Fylkeshuset, Skien", ["tfk"], [t], ["siri", "jonas"], number="2016-03",
            agenda=[("Presentasjon av prosjektet", AgendaMark.ORIENTATION, ""),
                    ("Dialogkonferanse om digitalt styringsverktøy", AgendaMark.DISCUSSION,
                     "Telemark planlegger dialogkonferanse i juni; kunngjøres på Doffin.")],
            decisions=["Prosjektet bistår med planlegging av dialogkonferansen."], initiative_keys=["tool"])
    meeting("vfk1", "Første møte med Vestfold fylkeskommune", _at("2016-05-18", 10), MeetingKind.MEETING,
            "Fylkeshuset, Tønsberg", ["vfk"], [v], ["marte", "per"], number="2016-04",
            agenda=[("Presentasjon av prosjektet", AgendaMark.ORIENTATION, ""),
                    ("Velferdsteknologi", AgendaMark.DISCUSSION, "Kommunene i Vestfold ønsker felles anskaffelse.")],
            decisions=[], initiative_keys=["welfare"])
    meeting("vv1", "Vestre Viken – nytt sykehus og innovasjon", _at("2016-05-24", 12), MeetingKind.MEETING,
            "Vestre Viken HF, Drammen", ["vv", "bfk"], [b], ["hilde", "erik", "ingrid"], number="2016-05",
            agenda=[("Status for sykehusprosjektet (8 mrd. kr)", AgendaMark.ORIENTATION, ""),
                    ("Muligheter for innovative anskaffelser", AgendaMark.DISCUSSION,
                     "Energi, logistikk og velferdsteknologi i det nye bygget.")],
            decisions=["Vestre Viken vurderer innovasjonspartnerskap for energiløsninger."],
            initiative_keys=["hospital"], private="Hilde er skeptisk til tidsplanen; ikke del.")
    meeting("tons1", "Tønsberg kommune – førerløs ferje", _at("2016-05-26", 14), MeetingKind.MEETING,
            "Tønsberg rådhus", ["tons", "sup3"], [v], ["kari", "bjorn", "henrik"], number="2016-06",
            agenda=[("Idé: førerløs elektrisk ferje over kanalen", AgendaMark.ORIENTATION, ""),
                    ("Veien videre", AgendaMark.DISCUSSION, "Behovsavklaring før markedsdialog.")],
            decisions=["Tønsberg kommune starter behovsavklaring med støtte fra prosjektet."],
            initiative_keys=["ferry"])
    meeting("phone1", "Telefon med Fjordvel om velferdsteknologi", _at("2016-05-30", 11), MeetingKind.PHONE, "",
            ["sup1"], [v], ["tor"], duration=20, notes="Leverer i alle tre fylkene; vil gjerne delta i markedsdialog.",
            initiative_keys=["welfare"])
    meeting("ks2", "Styringsgruppemøte", _at("2016-06-02", 9), MeetingKind.VIDEO, "Skype", ["ks", "lup", "bfk"],
            all3, ["anne", "lars", "ingrid"], absent=["siri"], number="2016-07",
            agenda=[("Handlingsplan for erfaringsoverføring", AgendaMark.DECISION, "Utkast gjennomgått."),
                    ("Status i fylkene", AgendaMark.ORIENTATION, "Buskerud medeier, Telemark og Vestfold i prosess.")],
            decisions=["Handlingsplanen vedtas med endringene fra møtet."])
    meeting("dialog", "Dialogkonferanse Telemark", _at("2016-06-14", 10), MeetingKind.DIALOGUE_CONFERENCE,
            "Skien fritidspark", ["tfk", "sup2", "sup10", "sup12"], [t],
            ["siri", "jonas", "mari", "astrid"], number="2016-08", duration=240, initiative_keys=["tool"],
            copy_to="KS BTV; Nasjonalt program for leverandørutvikling",
            agenda=[("Behovet: digitalt styringsverktøy", AgendaMark.ORIENTATION, "Telemark fylkeskommune presenterte behovet."),
                    ("Innspill fra leverandørene", AgendaMark.DISCUSSION,
                     "Ni leverandører deltok. Flere ønsket lengre tid til å svare og en tydeligere funksjonsbeskrivelse."),
                    ("Videre prosess", AgendaMark.DECISION, "")],
            decisions=["Kunngjøring utsettes til 1. september for å ta inn leverandørenes innspill.",
                       "Referat og presentasjoner publiseres på Doffin."],
            approved=False)
    meeting("vfk2", "Vestfold fylkeskommune – forventninger og rammer", _at("2016-06-16", 13), MeetingKind.MEETING,
            "Fylkeshuset, Tønsberg", ["vfk", "ks"], [v], ["marte", "per", "anne"], number="2016-09",
            agenda=[("Forventninger og rammer for medeierskap", AgendaMark.DISCUSSION,
                     "Vestfold vil avklare ressursbruk før de forplikter seg.")],
            decisions=["Vestfold tar saken til fylkesrådmannens ledermøte i august."])
    meeting("email1", "E-post til Larvik kommune om velferdsteknologi", _at("2016-06-17", 15), MeetingKind.EMAIL, "",
            ["larvik"], [v], ["nina"], duration=0, initiative_keys=["welfare"])
    meeting("conf", "Innkjøpskonferansen 2016", _at("2016-06-08", 9), MeetingKind.CONFERENCE, "Oslo",
            ["lup", "nhd", "sup11", "sup9"], all3, ["lars", "geir", "liv"], duration=420,
            notes="Mange leverandører fra BTV-regionen; Kongsberg Sensorsystemer og Grønn Logistikk leverer i alle tre fylkene.")
    meeting("skien1", "Skien kommune – samordning med fylket", _at("2016-06-20", 10), MeetingKind.MEETING,
            "Skien rådhus", ["skien", "tfk"], [t], ["astrid", "jonas"], number="2016-10",
            agenda=[("Samordnet innkjøp", AgendaMark.DISCUSSION, "")], decisions=[], approved=False)

    # Everyday contacts between the big meetings: calls, e-mails and video calls.
    short_contacts = [
        ("2016-05-04", 9, MeetingKind.EMAIL, "Invitasjon til forankringsmøte", ["bfk"], [b], ["ingrid"], ""),
        ("2016-05-06", 14, MeetingKind.PHONE, "Telefon med Jonas om dialogkonferansen", ["tfk"], [t], ["jonas"],
         "Avklart dato og lokale for dialogkonferansen."),
        ("2016-05-11", 15, MeetingKind.PHONE, "Grenland Digital om markedsdialog", ["sup2"], [t], ["mari"],
         "Leverandøren ønsker tidlig informasjon om behovet."),
        ("2016-05-19", 10, MeetingKind.VIDEO, "Videomøte med LUP om metodikk", ["lup"], [b, t, v], ["lars"],
         "Gjennomgang av LUPs veileder for dialogkonferanser."),
        ("2016-05-20", 13, MeetingKind.EMAIL, "Spørsmål fra Kongsberg Sensorsystemer", ["sup11"], [b], ["geir"], ""),
        ("2016-05-25", 8, MeetingKind.PHONE, "Kort samtale med Eva Strand, SiV", ["siv"], [v], ["eva"],
         "Sykehuset i Vestfold vil høre erfaringene fra Vestre Viken."),
        ("2016-05-31", 11, MeetingKind.EMAIL, "Sendte LUP-veileder til Drammen kommune", ["drammen"], [b], ["jan"], ""),
        ("2016-06-03", 9, MeetingKind.PHONE, "Oppfølging av Tønsberg om ferja", ["tons"], [v], ["kari"],
         "Kommunen har satt av midler til behovsavklaring."),
        ("2016-06-07", 13, MeetingKind.VIDEO, "Forberedelse av dialogkonferansen", ["tfk", "sup12"], [t],
         ["jonas"], "Programmet for dagen ble satt."),
        ("2016-06-09", 10, MeetingKind.EMAIL, "Påmeldingsliste fra Doffin", ["tfk"], [t], ["jonas"],
         "Fjorten leverandører påmeldt."),
        ("2016-06-13", 16, MeetingKind.PHONE, "Grønn Logistikk om samlastning i hele BTV", ["sup9"], [b, t, v], ["liv"],
         "Leverer allerede til alle tre fylkene."),
        ("2016-06-15", 12, MeetingKind.EMAIL, "Takk for dialogkonferansen", ["tfk", "sup2", "sup10"], [t],
         ["siri", "mari"], ""),
        ("2016-06-17", 9, MeetingKind.PHONE, "Nina Holm om velferdsteknologi i Larvik", ["larvik"], [v], ["nina"],
         "Larvik vil være med i felles anskaffelse."),
    ]
    for index, (day, hour, kind, title, org_keys, counties, present, notes) in enumerate(short_contacts):
        meeting(f"short{index}", title, _at(day, hour), kind, "", org_keys, counties, present, notes=notes,
                duration=15 if kind in (MeetingKind.PHONE, MeetingKind.EMAIL) else 45)

    # Anchoring ladders, dated and citing meetings.
    def anchor(county_id: int, stage: AnchoringStage, day: str, meeting_key: str | None = None, note: str = "") -> None:
        crm.anchoring.record(AnchoringChange(stage=stage, changed_on=dt.date.fromisoformat(day), county_id=county_id,
                                             meeting_id=meetings[meeting_key] if meeting_key else None, note=note))

    anchor(b, AnchoringStage.FIRST_CONTACT, "2016-03-15", note="Første telefon med innkjøpssjefen.")
    anchor(b, AnchoringStage.INFORMED, "2016-04-05")
    anchor(b, AnchoringStage.EXPECTATIONS_CLARIFIED, "2016-04-28", note="Forventninger og rammer avklart.")
    anchor(b, AnchoringStage.COMMITTED, "2016-05-10", "bfk1")
    anchor(b, AnchoringStage.CO_OWNER, "2016-05-10", "bfk1", "Buskerud fylkeskommune er medeier.")
    anchor(t, AnchoringStage.FIRST_CONTACT, "2016-04-20")
    anchor(t, AnchoringStage.INFORMED, "2016-05-12", "tfk1")
    anchor(t, AnchoringStage.EXPECTATIONS_CLARIFIED, "2016-06-14", "dialog", "I prosess: forventninger og rammer.")
    anchor(v, AnchoringStage.FIRST_CONTACT, "2016-04-25")
    anchor(v, AnchoringStage.INFORMED, "2016-05-18", "vfk1")
    anchor(v, AnchoringStage.EXPECTATIONS_CLARIFIED, "2016-06-16", "vfk2", "I prosess: venter på ledermøtet.")
    for key, stage in (("vv", AnchoringStage.INFORMED), ("tons", AnchoringStage.EXPECTATIONS_CLARIFIED),
                       ("ks", AnchoringStage.CO_OWNER)):
        crm.anchoring.record(AnchoringChange(stage=stage, changed_on=dt.date(2016, 5, 26), organisation_id=orgs[key]))
    # Buskerud fylkeskommune's own ladder, step by step as the county's, the last step citing its meeting.
    for stage, day, meeting_key, note in (
        (AnchoringStage.FIRST_CONTACT, "2016-03-15", None, "Første telefon med innkjøpssjefen."),
        (AnchoringStage.INFORMED, "2016-04-05", None, ""),
        (AnchoringStage.EXPECTATIONS_CLARIFIED, "2016-04-28", None, "Forventninger og rammer avklart."),
        (AnchoringStage.CO_OWNER, "2016-05-10", "bfk1", "Går inn som medeier."),
    ):
        crm.anchoring.record(AnchoringChange(stage=stage, changed_on=dt.date.fromisoformat(day),
                                             organisation_id=orgs["bfk"], note=note,
                                             meeting_id=meetings[meeting_key] if meeting_key else None))

    # Follow-ups: some done, some overdue, some repeating.
    def follow(text: str, due: str | None, meeting_key: str | None = None, *, who: str | None = None,
               status: FollowUpStatus = FollowUpStatus.OPEN, rrule: str | None = None, org_key: str | None = None,
               county_id: int | None = None, initiative_key: str | None = None) -> None:
        if meeting_key:
            clock.freeze(crm.meetings.get(meetings[meeting_key]).starts_at + dt.timedelta(hours=2))
        crm.follow_ups.save_in_transaction(FollowUp(
            text=text, due_date=dt.date.fromisoformat(due) if due else None,
            responsible_person_id=people[who] if who else None, status=status,
            status_changed_on=dt.date.fromisoformat(due) if due and status != FollowUpStatus.OPEN else None,
            rrule=rrule, meeting_id=meetings[meeting_key] if meeting_key else None,
            organisation_id=orgs[org_key] if org_key else None, county_id=county_id,
            initiative_id=initiatives[initiative_key] if initiative_key else None,
        ))

    follow("Utkast til handlingsplan for erfaringsoverføring", "2016-06-01", "kickoff", status=FollowUpStatus.DONE)
    follow("Sende statusrapport til styringsgruppen", "2016-06-30", "kickoff", rrule="FREQ=MONTHLY;BYMONTHDAY=-1")
    follow("Avtale medeieravtale med Buskerud", "2016-05-31", "bfk1", who="ingrid", status=FollowUpStatus.DONE,
           org_key="bfk", county_id=b)
    follow("Sende invitasjon til dialogkonferansen", "2016-05-27", "tfk1", who="jonas", status=FollowUpStatus.DONE,
           initiative_key="tool")
    follow("Skrive referat fra dialogkonferansen", "2016-06-17", "dialog", initiative_key="tool", county_id=t)
    follow("Publisere presentasjoner på Doffin", "2016-06-21", "dialog", who="jonas", initiative_key="tool")
    follow("Oppsummere leverandørenes innspill", "2016-06-24", "dialog", initiative_key="tool")
    follow("Sende eksempler på velferdsteknologi-anskaffelser", "2016-06-10", "vfk1", org_key="vfk", county_id=v)
    follow("Forberede sak til fylkesrådmannens ledermøte", "2016-08-15", "vfk2", who="marte", county_id=v)
    follow("Kartlegge energibehov i nytt sykehus", "2016-06-30", "vv1", who="erik", initiative_key="hospital")
    follow("Foreslå møte om markedsdialog for energi", "2016-06-20", "vv1", org_key="vv", initiative_key="hospital")
    follow("Behovsavklaring førerløs ferje: første utkast", "2016-07-01", "tons1", who="kari", initiative_key="ferry")
    follow("Ringe Fjordvel om markedsdialogen", "2016-06-22", "phone1", org_key="sup1")
    follow("Ukentlig oppdatering av aktivitetslogg", "2016-06-20", None, rrule="FREQ=WEEKLY;BYDAY=MO")
    follow("Følge opp Larvik om felles anskaffelse", "2016-06-23", "email1", org_key="larvik")
    follow("Invitere Skien til erfaringsmøte med Buskerud", None, "skien1", org_key="skien")
    follow("Avlyst: befaring hos Vestre Viken", "2016-06-03", "vv1", status=FollowUpStatus.CANCELLED)

    # Lessons learned, shared across county borders.
    crm.lessons.save_in_transaction(Lesson(
        title="Dialogkonferanse: gi leverandørene tid",
        text="Leverandørene i Telemark ba om minst fire uker fra kunngjøring til konferanse, og et skriftlig "
        "behovsnotat på forhånd. Gjelder også Vestfold og Buskerud.",
        learned_in_county_id=t, learned_on=dt.date(2016, 6, 14), meeting_id=meetings["dialog"],
        initiative_ids=[initiatives["tool"]], relevant_county_ids=[b, v],
    ))
    crm.lessons.save_in_transaction(Lesson(
        title="Medeierskap krever tydelige forventninger og rammer",
        text="Buskerud ble medeier da ressursbruk og roller var skrevet ned. Bruk samme mal i Vestfold og Telemark.",
        learned_in_county_id=b, learned_on=dt.date(2016, 5, 10), meeting_id=meetings["bfk1"],
        relevant_county_ids=[t, v],
    ))
    crm.lessons.save_in_transaction(Lesson(
        title="Samme leverandører i alle tre fylkene",
        text="Flere leverandører (Fjordvel, Kongsberg Sensorsystemer, Grønn Logistikk) leverer i hele BTV. "
        "Samordnet markedsdialog sparer tid for både oppdragsgivere og leverandører.",
        learned_in_county_id=v, learned_on=dt.date(2016, 6, 8), relevant_county_ids=[b, t, v],
        initiative_ids=[initiatives["welfare"]],
    ))
    crm.lessons.save_in_transaction(Lesson(
        title="Sykehusbygg: involver drift tidlig",
        text="Vestre Viken erfarer at driftsorganisasjonen må med i behovsavklaringen for å få grønne løsninger.",
        learned_in_county_id=b, learned_on=dt.date(2016, 5, 24), initiative_ids=[initiatives["hospital"]],
        relevant_county_ids=[v],
    ))

    # Stakeholder assessments, with a move for one of them.
    for key, influence, interest in (("bfk", 5, 5), ("tfk", 5, 3), ("vfk", 5, 3), ("ks", 4, 5), ("vv", 5, 3),
                                     ("tons", 3, 4), ("sup1", 2, 5), ("sup2", 2, 4), ("skien", 3, 2),
                                     ("drammen", 3, 2), ("larvik", 2, 3), ("siv", 4, 2)):
        crm.assessments.record(Assessment(influence=influence, interest=interest, assessed_on=dt.date(2016, 5, 1),
                                          organisation_id=orgs[key]))
    crm.assessments.record(Assessment(influence=5, interest=4, assessed_on=dt.date(2016, 6, 14),
                                      organisation_id=orgs["tfk"], note="Økt interesse etter dialogkonferansen."))
    added_orgs, added_people = fill_dialogue_demo(crm, orgs, people, initiatives["tool"], meetings["dialog"])
    return {
        "organisations": len(orgs) + 1 + added_orgs,
        "people": len(people) + added_people,
        "meetings": len(meetings),
        "initiatives": len(initiatives),
        "market dialogues": 1,
    }


# --- The Telemark dialogue conference of 14 June 2016 as a full market dialogue ---

_DIALOGUE_SUPPLIERS = [
    # (key or new name, county, person, title, e-mail, registered, wants a one-to-one, checked in)
    ("sup2", "Telemark", "mari", "", "", "2016-05-19 09:12", True, True),
    ("sup10", "Vestfold", "Eline Aasgaard", "Daglig leder", "eline@asgardstrand-ikt.example", "2016-05-20 14:03",
     True, True),
    ("sup12", "Telemark", "Kjetil Rød", "Tjenestedesigner", "kjetil@porsgrunn-pd.example", "2016-05-23 08:40",
     True, True),
    ("Skagerak Dataanalyse AS", "Telemark", "Hanne Løvold", "Fagsjef analyse", "hanne@skagerak-data.example",
     "2016-05-24 11:27", True, True),
    ("Bø Programvare AS", "Telemark", "Øystein Nes", "Utviklingsleder", "oystein@bo-programvare.example",
     "2016-05-25 15:55", True, True),
    ("sup11", "Buskerud", "geir", "", "", "2016-05-27 10:02", False, True),
    ("Vestfold Prosjektstyring AS", "Vestfold", "Camilla Berg", "Partner", "camilla@vf-prosjekt.example",
     "2016-05-30 13:18", True, True),
    ("Telemark Økonomisystemer AS", "Telemark", "Arne Sørli", "Salgssjef", "arne@tm-okonomi.example",
     "2016-06-01 09:45", True, True),
    ("sup1", "Vestfold", "tor", "", "", "2016-06-02 16:30", False, False),
    ("Kragerø Kartdata AS", "Telemark", "Silje Holt", "GIS-rådgiver", "silje@kragero-kart.example",
     "2016-06-03 12:11", False, False),
    ("Notodden Skyløsninger AS", "Telemark", "Vegard Moen", "Teknisk leder", "vegard@notodden-sky.example",
     "2016-06-06 08:05", False, False),
    ("Drammen Digitalbyrå AS", "Buskerud", "Ida Kristoffersen", "Rådgiver", "ida@drammen-digital.example",
     "2016-06-07 10:37", False, False),
    ("Larvik Analyse & Rådgivning AS", "Vestfold", "Thomas Wiik", "Seniorrådgiver", "thomas@larvik-analyse.example",
     "2016-06-07 14:20", False, False),
    ("Sandefjord Programvarehus AS", "Vestfold", "Nora Eide", "Produktsjef", "nora@sf-programvare.example",
     "2016-06-08 11:00", False, False),
    # registered after the deadline and after the draw: appended at the end of the schedule
    ("Kongsberg Beslutningsstøtte AS", "Buskerud", "Magnus Tveit", "Daglig leder", "magnus@kb-stotte.example",
     "2016-06-13 09:30", True, True),
]


def fill_dialogue_demo(crm: Crm, orgs: dict[str, int], people: dict[str, int], initiative_id: int,
                       meeting_id: int) -> tuple[int, int]:
    """The dialogue for the digital management tool: 15 registered suppliers, 8
    one-to-ones of 30 minutes (one appended late), questions and answers (one
    answer from a one-to-one not yet shared, so the check shows it), notes,
    sendings. Through the same use cases as the CLI. Returns (organisations,
    people) added."""
    from btvcrm.services import market_dialogue as md

    def at(text: str) -> dt.datetime:
        day, time = text.split()
        hour, minute = (int(x) for x in time.split(":"))
        return _at(day, hour, minute)

    clock.freeze(at("2016-05-17 10:00"))
    dialogue_id = md.create_dialogue(crm, md.CreateDialogueRequest(
        initiative_id=initiative_id, title="Dialogkonferanse Telemark", starts_at=_at("2016-06-14", 10),
        duration_minutes=330, place="Skien fritidspark", announced_on="17.05.2016",
        registration_deadline="08.06.2016", meeting_id=meeting_id,
        description="Veiledende kunngjøring på Doffin; dialogkonferanse med plenum og én-til-én-møter.",
        programme=["10.00 Velkommen og formål – Siri Lunde, Telemark fylkeskommune",
                   "10.15 Behovet: et digitalt styringsverktøy – Jonas Ødegård, Telemark fylkeskommune",
                   "11.00 Innovative anskaffelser og veien videre – Leverandørutviklingsprosjektet BTV",
                   "11.30 Spørsmål og innspill i plenum",
                   "12.15 Lunsj",
                   "13.00 Én-til-én-møter (30 minutter hver)"],
    )).id
    added_orgs = added_people = 0
    registration_ids: dict[str, int] = {}
    for index, (key, _county, who, title, email, registered, one_to_one, _present) in enumerate(_DIALOGUE_SUPPLIERS):
        if key == "Kongsberg Beslutningsstøtte AS":
            clock.freeze(at("2016-06-10 12:00"))  # the draw, before the late registration
            md.make_schedule(crm, md.ScheduleRequest(dialogue_id, start_text="13:00", slot_minutes=30,
                                                     break_minutes=5, rooms=2, seed=140616))
        clock.freeze(at(registered))
        if key in orgs:
            org_name = crm.organisations.get(orgs[key]).name
        else:
            org_name = key
            crm.organisations.save_in_transaction(Organisation(
                name=key, kind=OrganisationKind.SUPPLIER, orgnr=fictional_orgnr(7300 + index * 131),
                county_ids=[c.id for c in crm.counties.all() if c.name == _county and c.id is not None]))
            added_orgs += 1
        if who in people:
            person = crm.people.get(people[who])
            name, mail = person.name, person.email
        else:
            name, mail = who, email
            added_people += 1
        result = md.register(crm, md.RegisterRequest(
            dialogue_id, organisation=org_name, people=[name], email=mail, title=title,
            wants_one_to_one=one_to_one, registered_at=at(registered)))
        registration_ids[key] = result.registration_id

    def when(text: str) -> None:
        clock.freeze(at(text))

    when("2016-06-09 15:00")
    everyone_but_late = [i for k, i in registration_ids.items() if k != "Kongsberg Beslutningsstøtte AS"]
    md.log_sending(crm, md.SendingRequest(dialogue_id, "programme", "Program for dialogkonferansen",
                                          registration_ids=everyone_but_late))
    when("2016-06-10 12:30")
    md.log_sending(crm, md.SendingRequest(dialogue_id, "schedule", "Timeplan for én-til-én-møtene",
                                          registration_ids=everyone_but_late, channel="email_draft"))
    when("2016-06-13 10:00")
    late = [registration_ids["Kongsberg Beslutningsstøtte AS"]]
    md.log_sending(crm, md.SendingRequest(dialogue_id, "programme", "Program for dialogkonferansen",
                                          registration_ids=late))
    md.log_sending(crm, md.SendingRequest(dialogue_id, "schedule", "Timeplan for én-til-én-møtene",
                                          registration_ids=late, channel="email_draft"))
    md.log_question(crm, md.QuestionRequest(
        dialogue_id, text="Blir presentasjonene fra konferansen publisert?", from_organisation="Kragerø Kartdata AS",
        part="skriftlig", asked_text="13.06.2016 10:00",
        answer="Ja. Presentasjonene og en oppsummering publiseres på Doffin sammen med kunngjøringen.",
        shared="doffin"))
    when("2016-06-14 09:50")
    for key, _county, _who, _title, _email, _registered, _one, present in _DIALOGUE_SUPPLIERS:
        if present:  # ticked at the door by name
            md.check_in(crm, dialogue_id, crm.dialogues.registration(registration_ids[key]).attendees[0].name)
    when("2016-06-14 11:40")
    md.log_question(crm, md.QuestionRequest(
        dialogue_id, text="Hvor lang tid får leverandørene fra kunngjøring til tilbudsfrist?",
        from_organisation="Skagerak Dataanalyse AS", part="plenum", asked_text="14.06.2016 11:40",
        answer="Minst seks uker. Vi vurderer åtte uker fordi løsningen skal integreres med eksisterende systemer.",
        shared="oppsummering"))
    when("2016-06-14 13:20")
    md.log_question(crm, md.QuestionRequest(
        dialogue_id, text="Kan løsningen driftes i en skytjeneste utenfor EØS?", from_organisation="Grenland Digital AS",
        part="én-til-én", asked_text="14.06.2016 13:10",
        answer="Nei. Personopplysninger skal lagres og behandles innenfor EØS."))
    md.add_note(crm, md.NoteRequest(
        dialogue_id, organisation="Grenland Digital AS",
        text="Foreslår en modulbasert løsning med egen prismodell per modul; antyder et prisnivå for første år."))
    when("2016-06-14 14:30")
    md.log_question(crm, md.QuestionRequest(
        dialogue_id, text="Må verktøyet kunne eksportere til fylkets sak- og arkivsystem?",
        from_organisation="Åsgårdstrand IKT-drift AS", part="én-til-én", asked_text="14.06.2016 14:20",
        answer="Ja. Dokumenter som skal arkiveres, må kunne eksporteres i et format arkivet tar imot (Noark 5)."))
    md.add_note(crm, md.NoteRequest(
        dialogue_id, organisation="Åsgårdstrand IKT-drift AS",
        text="Har en egenutviklet arkivintegrasjon de ikke vil at konkurrentene skal kjenne til."))
    md.add_note(crm, md.NoteRequest(
        dialogue_id, organisation="Porsgrunn Prosessdesign AS", public=True,
        text="Anbefaler å beskrive behovet som funksjonskrav og la leverandørene foreslå løsningen."))
    when("2016-06-15 09:00")
    md.log_sending(crm, md.SendingRequest(dialogue_id, "presentation", "Presentasjonene fra dialogkonferansen"))
    when("2016-06-16 10:00")
    grenland = next(q for q in crm.dialogues.questions(dialogue_id) if "EØS" in q.question)
    md.share_answer(crm, dialogue_id, int(grenland.id or 0), "email")
    md.edit_dialogue(crm, md.EditDialogueRequest(dialogue_id, status="gjennomført"))
    # The answer to Åsgårdstrand IKT-drift is not shared yet: `btvcrm dialogue check 1` shows it.
    return added_orgs, added_people
