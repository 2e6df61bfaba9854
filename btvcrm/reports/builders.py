"""Build the report documents from a data file (through the repositories).

This is where the privacy rule is kept: private notes of meetings and people
are never read into a document; and where the public version of the minutes
leaves out what is exempt from public access (offentleglova). Each builder
reads each table once for the whole document (storage/report_queries.py), so a
county report of 200 meetings costs the same few statements as one of 10.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from btvcrm import PROGRAMME_NAME, paths
from btvcrm import settings as user_settings
from btvcrm.domain import clock, validation
from btvcrm.domain.enums import (
    AnchoringStage,
    Attendance,
    FollowUpStatus,
    InitiativePhase,
    MeetingKind,
    MinutesStatus,
    OrganisationKind,
)
from btvcrm.domain.errors import UserError
from btvcrm.domain.exemption import Exemption
from btvcrm.domain.filters import ListFilter
from btvcrm.reports.labels import label
from btvcrm.reports.model import (
    AgendaLine,
    AssessmentLine,
    BriefDoc,
    ContactLine,
    CountyReportDoc,
    DecisionLine,
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
from btvcrm.storage.crm import Crm
from btvcrm.storage.repo_base import parse_iso_datetime
from btvcrm.storage.report_queries import ReportQueries

RATING_WORDS = {
    "nb": {1: "svært lav", 2: "lav", 3: "middels", 4: "høy", 5: "svært høy"},
    "en": {1: "very low", 2: "low", 3: "medium", 4: "high", 5: "very high"},
}

# The county report's choice for decisions of meetings whose minutes are drafts.
DRAFTS_MARK = "mark"  # listed, marked "(utkast)"
DRAFTS_OMIT = "omit"  # left out, with a line saying how many meetings
DRAFT_CHOICES = (DRAFTS_MARK, DRAFTS_OMIT)


def logo_for(settings: user_settings.Settings) -> str | None:
    """The logo a document shows: the one chosen in Settings, else the programme's."""
    if settings.logo_path and Path(settings.logo_path).is_file():
        return settings.logo_path
    default = paths.resource("logo.png")
    return str(default) if default.is_file() else None


_logo = logo_for


def user_name(settings: user_settings.Settings) -> str:
    """The user's name from Settings (the documents' author), on one line."""
    return " ".join((settings.user_name or "").split())


def responsible_name(person_id: int | None, names: dict[int, str], settings: user_settings.Settings,
                     lang: str) -> str:
    """Who is responsible, as printed for partners (domain.responsible.document_label): never "meg"."""
    from btvcrm.domain.responsible import document_label

    person = names.get(person_id) if person_id is not None else None
    if person_id is not None and not (person or "").strip():
        return label("not_set", lang)  # a person who is gone (erased, or a broken link)
    return document_label(person, settings.user_name, settings.user_title, lang)


def _follow_up_line(row: dict[str, Any], settings: user_settings.Settings, lang: str) -> FollowUpLine:
    created = row.get("created_at")
    names = {row["responsible_person_id"]: row.get("responsible_name") or ""} if row.get("responsible_person_id") else {}
    return FollowUpLine(
        text=row["text"],
        responsible=responsible_name(row.get("responsible_person_id"), names, settings, lang),
        due=dt.date.fromisoformat(row["due_date"]) if row.get("due_date") else None,
        status=FollowUpStatus(row["status"]).label(lang),
        opened_on=dt.date.fromisoformat(created[:10]) if created else None,
        done_on=dt.date.fromisoformat(row["status_changed_on"]) if row.get("status_changed_on") else None,
    )


def _citation(exemption: Exemption | None) -> str:
    return exemption.citation if exemption is not None else ""


def _omitted_sentence(parts: list[tuple[str, Exemption]], lang: str) -> str:
    """"Utelatt fordi det er unntatt offentlighet: sak 2 (offl. § 14 – organinterne dokumenter), …"."""
    if not parts:
        return ""
    listed = ", ".join(f"{what} ({exemption.describe(lang)})" for what, exemption in parts)
    return label("omitted", lang, parts=listed)


def build_minutes_doc(crm: Crm, meeting_id: int, *, lang: str = "nb",
                      settings: user_settings.Settings | None = None, public: bool = False,
                      case_number: str | None = None) -> MinutesDoc:
    """The minutes of a meeting; ``public=True`` leaves the exempt parts out and says so."""
    prefs = settings or user_settings.load()
    queries = ReportQueries(crm)
    meeting = crm.meetings.get(meeting_id)
    links = queries.meeting_links(meeting_id)
    present, absent, copied = [], [], []
    for row in crm.meetings.participants_detail(meeting_id):
        line = ParticipantLine(row["name"], row.get("organisation_name") or "", row.get("title") or "")
        attendance = Attendance(row["attendance"])
        if attendance == Attendance.PRESENT:
            present.append(line)
        elif attendance == Attendance.ABSENT:
            absent.append(line)
        else:
            copied.append(row["name"])
    copy_to = copied + [part.strip() for part in meeting.copy_to.replace("\n", ";").split(";") if part.strip()]
    follow_ups = [
        FollowUpLine(
            text=row["text"],
            responsible=responsible_name(row["responsible_person_id"],
                                         {row["responsible_person_id"]: row["responsible_name"] or ""}
                                         if row["responsible_person_id"] else {}, prefs, lang),
            due=dt.date.fromisoformat(row["due_date"]) if row["due_date"] else None,
            status=FollowUpStatus(row["status"]).label(lang),
        )
        for row in queries.meeting_follow_ups(meeting_id)
        if row["status"] != FollowUpStatus.CANCELLED.value
    ]
    agenda = [
        AgendaLine(number, item.title, item.mark.value, item.notes, _citation(item.exemption))
        for number, item in enumerate(meeting.agenda, start=1)
    ]
    decisions = [
        DecisionLine(text, _citation(meeting.decision_exemptions.get(index)))
        for index, text in enumerate(meeting.decisions)
    ]
    notes = meeting.notes  # never meeting.private_notes
    omitted = ""
    whole = meeting.exemption
    if public:
        if whole is not None:
            present, absent, copy_to, agenda, decisions, follow_ups, notes = [], [], [], [], [], [], ""
            omitted = label("omitted_whole", lang, reason=whole.describe(lang))
        else:
            parts: list[tuple[str, Exemption]] = []
            for number, item in enumerate(meeting.agenda, start=1):
                if item.exemption is not None:
                    parts.append((label("omitted_case", lang, n=number), item.exemption))
            agenda = [line for line in agenda if not line.exempt]
            for index in sorted(meeting.decision_exemptions):
                parts.append((label("omitted_decision", lang, n=index + 1), meeting.decision_exemptions[index]))
            decisions = [line for line in decisions if not line.exempt]
            if meeting.notes_exemption is not None and notes.strip():
                parts.append((label("omitted_notes", lang), meeting.notes_exemption))
                notes = ""
            omitted = _omitted_sentence(parts, lang)
    return MinutesDoc(
        programme_name=PROGRAMME_NAME,
        title=meeting.title,
        starts_at=meeting.starts_at,
        lang=lang,
        logo_path=_logo(prefs),
        meeting_kind_label=MeetingKind(meeting.kind).label(lang).capitalize(),
        minutes_number=meeting.minutes_number,
        duration_minutes=meeting.duration_minutes,
        place=meeting.place,
        chair=meeting.chair,
        secretary=meeting.secretary,
        participants=present,
        absent=absent,
        copy_to=copy_to,
        other_participants="" if public and whole is not None else meeting.other_participants,
        agenda=agenda,
        decisions=list(decisions),
        follow_ups=follow_ups,
        notes=notes,
        is_draft=meeting.minutes_status == MinutesStatus.DRAFT,
        prepared_by=prefs.prepared_by,
        generated_at=clock.now(),
        case_number=meeting.case_number if case_number is None else case_number,
        author=user_name(prefs),
        keywords=[*links["county"], *links["organisation"], *links["initiative"],
                  *(f"Doffin {d}" for d in links["doffin"])],
        exempt=_citation(whole),
        notes_exempt=_citation(meeting.notes_exemption) if notes else "",
        is_public_version=public,
        omitted=omitted,
    )


def _month_starts(start: dt.date, end: dt.date) -> list[dt.date]:
    months = []
    current = start.replace(day=1)
    while current <= end:
        months.append(current)
        current = (current + dt.timedelta(days=32)).replace(day=1)
    return months


def build_county_report_doc(crm: Crm, county_id: int, start: dt.date, end: dt.date, *, lang: str = "nb",
                            settings: user_settings.Settings | None = None, drafts: str = DRAFTS_MARK,
                            case_number: str = "") -> CountyReportDoc:
    """The county report for [start, end], from a fixed number of statements whatever its size.

    Decisions of meetings whose minutes are drafts are marked "(utkast)" or left out
    (``drafts``); decisions exempt from public access are always left out and counted.
    """
    if end < start:
        raise UserError("Perioden slutter før den begynner.")
    if drafts not in DRAFT_CHOICES:
        raise UserError(f"Ukjent valg for utkast «{drafts}»; velg {' eller '.join(DRAFT_CHOICES)}.")
    prefs = settings or user_settings.load()
    queries = ReportQueries(crm)
    county = crm.counties.get(county_id)
    full: list[StageChangeLine] = []
    previous = AnchoringStage.NOT_CONTACTED
    stage_now = AnchoringStage.NOT_CONTACTED
    for change in queries.stage_history(county_id):
        stage = AnchoringStage(change["stage"])
        full.append(StageChangeLine(dt.date.fromisoformat(change["changed_on"]), previous.label(lang),
                                    stage.label(lang), change["note"], change["meeting_title"] or ""))
        previous = stage_now = stage
    in_period = [line for line in full if start <= line.on <= end]

    meeting_rows = queries.county_meetings(county_id, start, end)
    decisions_by_meeting = queries.decisions(row["id"] for row in meeting_rows)
    meetings = []
    drafts_left_out = exempt_left_out = 0
    organisations: dict[str, None] = {}
    per_month: dict[dt.date, int] = {month: 0 for month in _month_starts(start, end)}
    for row in meeting_rows:
        when = parse_iso_datetime(row["starts_at"])
        month = when.date().replace(day=1)
        per_month[month] = per_month.get(month, 0) + 1
        for name in (row.get("organisations") or "").split(", "):
            if name:
                organisations.setdefault(name, None)
        decision_rows = decisions_by_meeting.get(row["id"], [])
        public = [d["text"] for d in decision_rows if not d["exempt_basis"]] if not row["exempt_basis"] else []
        exempt_left_out += len(decision_rows) - len(public)
        is_draft = row["minutes_status"] == MinutesStatus.DRAFT.value
        if is_draft and drafts == DRAFTS_OMIT and public:
            drafts_left_out += 1
            public = []
        meetings.append(MeetingLine(
            starts_at=when,
            title=row["title"],
            kind_label=MeetingKind(row["kind"]).label(lang),
            organisations=row.get("organisations") or "",
            decisions=public,
            is_draft=is_draft,
        ))

    opened, done, still_open = [], [], []
    open_listed = done_total = 0
    for row in queries.county_follow_ups(county_id, start, end):
        line = _follow_up_line(row, prefs, lang)
        if row["status"] == FollowUpStatus.OPEN.value:
            open_listed += 1
        if row["status"] == FollowUpStatus.DONE.value and line.done_on and start <= line.done_on <= end:
            done_total += 1
        if line.opened_on and start <= line.opened_on <= end:
            opened.append(line)  # any status: listed once, here
        elif row["status"] == FollowUpStatus.DONE.value and line.done_on and start <= line.done_on <= end:
            done.append(line)
        elif row["status"] == FollowUpStatus.OPEN.value:
            still_open.append(line)
    open_total = queries.county_open_follow_up_count(county_id)

    county_items = ListFilter(county_id=county_id)
    initiatives = [
        InitiativeLine(
            title=row["title"],
            owner=row.get("owner_name") or "",
            phase_label=InitiativePhase(row["phase"]).label(lang),
            doffin_id=row.get("doffin_id") or "",
            doffin_url=validation.doffin_url(row.get("doffin_id")),
            value_nok=row.get("estimated_value_nok"),
            counties=row.get("counties") or "",
        )
        for row in crm.initiatives.query(county_items, sort="phase", limit=10_000)
    ]
    lesson_rows = crm.lessons.query(county_items, sort="date", descending=True, limit=10_000)
    lesson_initiatives = queries.lesson_initiatives(row["id"] for row in lesson_rows)
    lessons = [
        LessonLine(
            title=row["title"],
            text=row.get("text") or "",
            learned_in_county=row.get("learned_in") or "",
            initiatives=lesson_initiatives.get(row["id"], []),
            learned_on=dt.date.fromisoformat(row["learned_on"]) if row.get("learned_on") else None,
        )
        for row in lesson_rows
    ]
    keywords = [*organisations, *(i.title for i in initiatives), *(f"Doffin {i.doffin_id}" for i in initiatives
                                                                   if i.doffin_id)]
    return CountyReportDoc(
        programme_name=PROGRAMME_NAME,
        county_name=county.name,
        period_start=start,
        period_end=end,
        lang=lang,
        logo_path=_logo(prefs),
        stage_now=stage_now.label(lang),
        stage_changes=in_period,
        stage_history_full=full,
        stage_ladder=[stage.label(lang) for stage in AnchoringStage],
        meetings=meetings,
        follow_ups_opened=opened,
        follow_ups_done=done,
        follow_ups_open=still_open,
        initiatives=initiatives,
        lessons=lessons,
        contacts_per_month=[MonthCount(month, count) for month, count in sorted(per_month.items())],
        prepared_by=prefs.prepared_by,
        generated_at=clock.now(),
        follow_ups_open_not_listed=max(0, open_total - open_listed),
        follow_ups_open_total=open_total,
        follow_ups_done_total=done_total,
        case_number=case_number,
        author=user_name(prefs),
        keywords=keywords,
        drafts_left_out=drafts_left_out,
        exempt_left_out=exempt_left_out,
    )


MAX_BRIEF_CONTACTS = 5


def brief_stage(recorded: AnchoringStage, meeting_count: int, lang: str) -> tuple[str, str]:
    """The stage a brief shows, consistent with the meetings: with meetings held but no stage
    recorded, "første kontakt" (and a note saying so) rather than "ikke kontaktet"."""
    if recorded == AnchoringStage.NOT_CONTACTED and meeting_count > 0:
        return AnchoringStage.FIRST_CONTACT.label(lang), label("stage_from_meetings", lang, n=meeting_count)
    return recorded.label(lang), ""


def build_brief_doc(crm: Crm, organisation_id: int, *, lang: str = "nb",
                    settings: user_settings.Settings | None = None, case_number: str = "") -> BriefDoc:
    """The internal one-page brief before meeting an organisation."""
    prefs = settings or user_settings.load()
    queries = ReportQueries(crm)
    org = crm.organisations.get(organisation_id)
    people = [
        PersonLine(row["name"], row.get("title") or "", row.get("email") or "",
                   validation.format_phone(row.get("phone")))
        for row in crm.people.at_organisation(organisation_id)
    ]
    meeting_rows, meeting_count = queries.organisation_meetings(organisation_id, MAX_BRIEF_CONTACTS)
    decisions = queries.decisions(row["id"] for row in meeting_rows)
    contacts = []
    for row in meeting_rows:
        summary = "; ".join(d["text"] for d in decisions.get(row["id"], [])) or row["notes"]  # never private notes
        contacts.append(ContactLine(parse_iso_datetime(row["starts_at"]), row["title"],
                                    MeetingKind(row["kind"]).label(lang), summary))
    open_items = [
        _follow_up_line(row, prefs, lang) for row in queries.organisation_open_follow_ups(organisation_id, 200)
    ]
    initiatives = [
        InitiativeLine(row["title"], row.get("owner_name") or "", InitiativePhase(row["phase"]).label(lang),
                       row.get("doffin_id") or "", validation.doffin_url(row.get("doffin_id")),
                       row.get("estimated_value_nok"))
        for row in crm.initiatives.query(ListFilter(organisation_id=organisation_id), limit=100)
    ]
    assessments = crm.assessments.history(organisation_id=organisation_id)
    assessment = None
    if assessments:
        latest = assessments[-1]
        words = RATING_WORDS["en" if lang == "en" else "nb"]
        assessment = AssessmentLine(f"{latest.influence} – {words[latest.influence]}",
                                    f"{latest.interest} – {words[latest.interest]}")
    counties = queries.names("counties", org.county_ids)
    county_names = [counties[c] for c in org.county_ids if c in counties]
    stage_label, stage_note = brief_stage(crm.anchoring.current_stage(organisation_id=organisation_id),
                                          meeting_count, lang)
    return BriefDoc(
        programme_name=PROGRAMME_NAME,
        organisation_name=org.name,
        lang=lang,
        logo_path=_logo(prefs),
        kind_label=OrganisationKind(org.kind).label(lang),
        orgnr=validation.format_orgnr(org.orgnr),
        counties=county_names,
        stage_label=stage_label,
        stage_note=stage_note,
        people=people,
        last_contacts=contacts,
        open_follow_ups=open_items,
        initiatives=initiatives,
        assessment=assessment,
        prepared_by=prefs.prepared_by,
        generated_at=clock.now(),
        case_number=case_number,
        author=user_name(prefs),
        keywords=[*county_names, *(i.title for i in initiatives)],
    )


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last full quarter's start to today: what a quarterly report covers."""
    quarter_start_month = 3 * ((today.month - 1) // 3) + 1
    start = dt.date(today.year, quarter_start_month, 1)
    previous = (start - dt.timedelta(days=1)).replace(day=1)
    previous = previous.replace(month=3 * ((previous.month - 1) // 3) + 1)
    return previous, today
