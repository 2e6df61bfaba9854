"""Render one sample of each document: ``python -m btvcrm.reports.samples docs/samples``.

The content is hard-coded, after the 2016 article about the programme
(dialogue conference in Telemark on 14 June 2016, the new Vestre Viken
hospital, KS, a driverless ferry with Tønsberg kommune). People other than the
project leader, and the Doffin ids, are made up.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from btvcrm.reports.brief import render_brief
from btvcrm.reports.county_report import render_county_report
from btvcrm.reports.fonts import default_logo_path
from btvcrm.reports.minutes import render_minutes
from btvcrm.reports.model import (
    AgendaLine,
    AssessmentLine,
    BriefDoc,
    ContactLine,
    CountyReportDoc,
    FollowUpLine,
    InitiativeLine,
    LessonLine,
    MeetingLine,
    MinutesDoc,
    MonthCount,
    ParticipantLine,
    PersonLine,
    StageChangeLine,
)

OSLO = ZoneInfo("Europe/Oslo")
PROGRAMME = "Leverandørutviklingsprosjektet BTV"
LEADER = "Cecilie Møller Endresen"
GENERATED = datetime(2016, 6, 16, 15, 30, tzinfo=OSLO)


def _at(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=OSLO)


def sample_minutes(is_draft: bool = False) -> MinutesDoc:
    return MinutesDoc(
        programme_name=PROGRAMME,
        logo_path=str(default_logo_path()),
        lang="nb",
        meeting_kind_label="Dialogkonferanse",
        title="Dialogkonferanse Telemark – digitalt ledelsesverktøy",
        minutes_number="2016-07",
        starts_at=_at(2016, 6, 14, 10, 0),
        duration_minutes=240,
        place="Fylkeshuset, Skien",
        chair=LEADER,
        secretary="Åse Bråten",
        participants=[
            ParticipantLine(LEADER, "Leverandørutviklingsprosjektet BTV", "prosjektleder"),
            ParticipantLine("Jørgen Sætre", "Telemark fylkeskommune", "innkjøpssjef"),
            ParticipantLine("Åse Bråten", "Telemark fylkeskommune", "rådgiver anskaffelser"),
            ParticipantLine("Ingrid Løvås", "KS Buskerud, Telemark og Vestfold", "rådgiver"),
            ParticipantLine(
                "Mehmet Yılmaz", "Nasjonalt program for leverandørutvikling", "seniorrådgiver"
            ),
            ParticipantLine("Zofia Wójcik", "Grenland Digital AS", "daglig leder"),
        ],
        other_participants="Om lag 35 leverandører og representanter for klynger og nettverk.",
        absent=[ParticipantLine("Per Kristian Ødegård", "Telemark fylkeskommune", "fylkesrådmann")],
        copy_to=[
            "Buskerud fylkeskommune",
            "Vestfold fylkeskommune",
            "KS Buskerud, Telemark og Vestfold",
        ],
        agenda=[
            AgendaLine(
                1,
                "Velkommen og formålet med dagen",
                "O",
                "Prosjektleder ønsket velkommen og presenterte Leverandørutviklingsprosjektet BTV "
                "og Nasjonalt program for leverandørutvikling. Konferansen er kunngjort på Doffin "
                "og er en testpilot for innovative anskaffelser i fylkeskommunen.",
            ),
            AgendaLine(
                2,
                "Behovet: et helhetlig, digitalt ledelsesverktøy",
                "O",
                "Telemark fylkeskommune la fram behovet: ett verktøy for mål- og resultatstyring, "
                "risikostyring og rapportering, som kan brukes av både ledere og folkevalgte.\n\n"
                "Dagens løsninger er spredt på regneark og e-post, og det tar om lag tre uker å "
                "sette sammen tertialrapporten. Målet er «ett sted for sannheten».",
            ),
            AgendaLine(
                3,
                "Innspill fra leverandørene",
                "D",
                "Leverandørene ga innspill i grupper. Hovedpunkter:\n"
                "– funksjonelle krav framfor spesifikke løsninger gir rom for innovasjon;\n"
                "– integrasjon mot økonomisystemet er kritisk;\n"
                "– et pilotområde (f.eks. videregående opplæring) før full utrulling reduserer risiko.\n\n"
                "Flere ba om at skylagring i Norge/EØS avklares tidlig, og at prisen oppgis i € og kr.",
            ),
            AgendaLine(
                4,
                "Videre prosess og tidsplan",
                "V",
                "Fylkeskommunen tar sikte på kunngjøring av konkurranse med forhandling i september.",
            ),
        ],
        decisions=[
            "Telemark fylkeskommune går videre med en konkurranse med forhandling basert på "
            "funksjonelle krav.",
            "Innspillene fra dialogkonferansen oppsummeres og publiseres på Doffin innen 1. juli.",
        ],
        follow_ups=[
            FollowUpLine(
                "Oppsummere innspillene og publisere dem på Doffin",
                "Åse Bråten",
                date(2016, 7, 1),
                "åpen",
            ),
            FollowUpLine(
                "Avklare krav til lagring av data i Norge/EØS med personvernombudet",
                "Jørgen Sætre",
                date(2016, 8, 15),
                "åpen",
            ),
            FollowUpLine(
                "Dele erfaringene fra dialogkonferansen med Buskerud og Vestfold",
                LEADER,
                date(2016, 8, 31),
                "åpen",
            ),
        ],
        notes="Presentasjonene fra dagen ligger på fylkeskommunens nettsider.",
        is_draft=is_draft,
        prepared_by=LEADER,
        generated_at=GENERATED,
    )


def sample_county_report() -> CountyReportDoc:
    telemark_meetings = [
        MeetingLine(
            _at(2016, 5, 3, 9, 0),
            "Oppstartsmøte med fylkesrådmannen",
            "møte",
            "Telemark fylkeskommune",
            ["Fylkeskommunen vurderer medeierskap i prosjektet før sommeren."],
        ),
        MeetingLine(
            _at(2016, 5, 12, 13, 0),
            "Telefon om dialogkonferansen",
            "telefon",
            "Telemark fylkeskommune",
            [],
        ),
        MeetingLine(
            _at(2016, 5, 24, 10, 0),
            "Forventninger og rammer",
            "møte",
            "Telemark fylkeskommune, KS",
            ["Forventninger og rammer er avklart.", "KS inviteres som samarbeidspartner."],
        ),
        MeetingLine(
            _at(2016, 6, 14, 10, 0),
            "Dialogkonferanse Telemark – digitalt ledelsesverktøy",
            "dialogkonferanse",
            "Telemark fylkeskommune, KS, Grenland Digital AS, 35 leverandører",
            [
                "Konkurranse med forhandling basert på funksjonelle krav.",
                "Innspillene publiseres på Doffin innen 1. juli.",
            ],
        ),
        MeetingLine(
            _at(2016, 6, 22, 14, 0),
            "Videomøte med Nasjonalt program for leverandørutvikling",
            "video",
            "Nasjonalt program for leverandørutvikling",
            [],
        ),
    ]
    return CountyReportDoc(
        programme_name=PROGRAMME,
        logo_path=str(default_logo_path()),
        county_name="Telemark",
        period_start=date(2016, 5, 1),
        period_end=date(2016, 6, 30),
        lang="nb",
        stage_now="forventninger avklart",
        stage_changes=[
            StageChangeLine(
                date(2016, 5, 3),
                "første kontakt",
                "informert",
                "",
                "Oppstartsmøte med fylkesrådmannen",
            ),
            StageChangeLine(
                date(2016, 5, 24),
                "informert",
                "forventninger avklart",
                "Rammer for deltakelse og egenandel er avklart.",
                "Forventninger og rammer",
            ),
        ],
        stage_history_full=[
            StageChangeLine(date(2016, 3, 15), "ikke kontaktet", "første kontakt"),
            StageChangeLine(date(2016, 5, 3), "første kontakt", "informert"),
            StageChangeLine(date(2016, 5, 24), "informert", "forventninger avklart"),
        ],
        meetings=telemark_meetings,
        follow_ups_opened=[
            FollowUpLine(
                "Oppsummere innspillene og publisere dem på Doffin",
                "Åse Bråten",
                date(2016, 7, 1),
                "åpen",
                opened_on=date(2016, 6, 14),
            ),
            FollowUpLine(
                "Avklare krav til lagring av data i Norge/EØS",
                "Jørgen Sætre",
                date(2016, 8, 15),
                "åpen",
                opened_on=date(2016, 6, 14),
            ),
            FollowUpLine(
                "Sende utkast til samarbeidsavtale",
                LEADER,
                date(2016, 6, 1),
                "utført",
                opened_on=date(2016, 5, 24),
                done_on=date(2016, 5, 30),
            ),
        ],
        follow_ups_done=[
            FollowUpLine(
                "Sende utkast til samarbeidsavtale",
                LEADER,
                date(2016, 6, 1),
                "utført",
                opened_on=date(2016, 5, 24),
                done_on=date(2016, 5, 30),
            ),
            FollowUpLine(
                "Kunngjøre dialogkonferansen på Doffin",
                "Åse Bråten",
                date(2016, 5, 20),
                "utført",
                done_on=date(2016, 5, 18),
            ),
        ],
        follow_ups_open=[
            FollowUpLine(
                "Oppsummere innspillene og publisere dem på Doffin",
                "Åse Bråten",
                date(2016, 7, 1),
                "åpen",
            ),
            FollowUpLine(
                "Avklare krav til lagring av data i Norge/EØS",
                "Jørgen Sætre",
                date(2016, 8, 15),
                "åpen",
            ),
        ],
        initiatives=[
            InitiativeLine(
                "Helhetlig, digitalt ledelsesverktøy",
                "Telemark fylkeskommune",
                "markedsdialog",
                "2016-319870",
                value_nok=4_500_000,
            ),
            InitiativeLine(
                "Velferdsteknologi i hjemmetjenesten (felles for BTV)",
                "KS Buskerud, Telemark og Vestfold",
                "behovsavklaring",
            ),
        ],
        lessons=[
            LessonLine(
                "En dialogkonferanse kunngjort på Doffin tre uker i forveien ga god deltakelse "
                "(35 leverandører). Funksjonelle krav i invitasjonen ga bredere innspill.",
                "Telemark",
                ["Helhetlig, digitalt ledelsesverktøy"],
                date(2016, 6, 14),
            ),
            LessonLine(
                "Medeierskap i prosjektet krever vedtak i fylkesutvalget; sett av tid til "
                "politisk behandling før sommerferien.",
                "Buskerud",
                [],
                date(2016, 4, 20),
            ),
            LessonLine(
                "Ta kontakt med prosjektledelsen for nye sykehusbygg før lokaliseringen er "
                "vedtatt – da er det fortsatt rom for innovasjon i byggeprogrammet.",
                "Buskerud",
                ["Nye Vestre Viken sykehus"],
            ),
        ],
        contacts_per_month=[
            MonthCount(date(2016, 3, 1), 1),
            MonthCount(date(2016, 4, 1), 0),
            MonthCount(date(2016, 5, 1), 3),
            MonthCount(date(2016, 6, 1), 2),
        ],
        prepared_by=LEADER,
        generated_at=GENERATED,
    )


def sample_brief() -> BriefDoc:
    return BriefDoc(
        programme_name=PROGRAMME,
        logo_path=str(default_logo_path()),
        organisation_name="Vestre Viken HF",
        lang="nb",
        kind_label="helseforetak",
        orgnr="894 166 762",
        counties=["Buskerud"],
        stage_label="informert",
        people=[
            PersonLine(
                "Hans Petter Grønli",
                "prosjektdirektør, Nytt sykehus i Drammen",
                "hans.petter.gronli@example.no",
                "+47 900 00 001",
            ),
            PersonLine(
                "Linn Aasland", "innkjøpsleder", "linn.aasland@example.no", "+47 900 00 002"
            ),
            PersonLine(
                "Tor Even Kløvstad",
                "rådgiver, medisinsk teknologi",
                "tor.even.klovstad@example.no",
                "",
            ),
        ],
        last_contacts=[
            ContactLine(
                _at(2016, 5, 30, 13, 0),
                "Innovasjon i nytt sykehus",
                "møte",
                "Gjennomgang av byggeprosjektet (om lag 8 mrd. kr). Prosjektledelsen er positiv "
                "til innovasjonspartnerskap når lokaliseringen er vedtatt i juni.",
            ),
            ContactLine(
                _at(2016, 5, 11, 9, 30),
                "Avtale første møte",
                "telefon",
                "Kort samtale om mål og tidsplan.",
            ),
            ContactLine(
                _at(2016, 4, 27, 12, 0),
                "Presentasjon av prosjektet",
                "e-post",
                "Sendt informasjon om leverandørutviklingsprogrammet.",
            ),
        ],
        open_follow_ups=[
            FollowUpLine(
                "Forberede forslag til innovasjonsprosjekter i byggeprogrammet",
                LEADER,
                date(2016, 6, 30),
                "åpen",
            ),
            FollowUpLine(
                "Invitere til erfaringsutveksling med Sykehuset Østfold",
                LEADER,
                date(2016, 8, 31),
                "åpen",
            ),
        ],
        initiatives=[
            InitiativeLine(
                "Nye Vestre Viken sykehus – innovative løsninger i bygget",
                "Vestre Viken HF",
                "behovsavklaring",
                value_nok=8_000_000_000,
            )
        ],
        assessment=AssessmentLine(influence="høy", interest="middels"),
        prepared_by=LEADER,
        generated_at=GENERATED,
    )


def sample_brief_tonsberg() -> BriefDoc:
    return BriefDoc(
        programme_name=PROGRAMME,
        logo_path=str(default_logo_path()),
        organisation_name="Tønsberg kommune",
        kind_label="kommune",
        orgnr="",
        counties=["Vestfold"],
        stage_label="første kontakt",
        people=[PersonLine("Silje Kværnø", "næringssjef", "silje.kvaerno@example.no", "")],
        last_contacts=[
            ContactLine(
                _at(2016, 5, 9, 11, 0),
                "Førerløs ferje over kanalen",
                "møte",
                "Dialog om en mulig innovativ anskaffelse av en førerløs ferje.",
            )
        ],
        initiatives=[InitiativeLine("Førerløs ferje", "Tønsberg kommune", "behovsavklaring")],
        prepared_by=LEADER,
        generated_at=GENERATED,
    )


def sample_docs() -> dict[str, MinutesDoc | CountyReportDoc | BriefDoc]:
    """File stem -> document, one of each kind (the minutes also as a draft)."""
    return {
        "minutes": sample_minutes(is_draft=False),
        "minutes-draft": sample_minutes(is_draft=True),
        "county-report": sample_county_report(),
        "brief": sample_brief(),
        "brief-tonsberg": sample_brief_tonsberg(),
    }


def render_any(doc: MinutesDoc | CountyReportDoc | BriefDoc, out: Path) -> int:
    if isinstance(doc, MinutesDoc):
        return render_minutes(doc, out)
    if isinstance(doc, CountyReportDoc):
        return render_county_report(doc, out)
    return render_brief(doc, out)


def main(out_dir: str | Path = "docs/samples") -> list[Path]:
    from reportlab import rl_config

    rl_config.invariant = 1  # same content, same bytes: no creation date or random id
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for stem, doc in sample_docs().items():
        path = folder / f"{stem}.pdf"
        pages = render_any(doc, path)
        print(f"{path} ({pages} {'side' if pages == 1 else 'sider'})")
        written.append(path)
    return written


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/samples")
