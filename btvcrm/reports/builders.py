"""Build the report documents from a data file (through the repositories).

This is where the privacy rule is kept: private notes of meetings and people
are never read into a document.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from btvcrm import PROGRAMME_NAME, paths
from btvcrm import settings as user_settings
from btvcrm.domain import clock, dates, validation
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
from btvcrm.domain.filters import ListFilter
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
from btvcrm.storage.crm import Crm
from btvcrm.storage.repo_base import parse_iso_datetime

RATING_WORDS = {
    "nb": {1: "svært lav", 2: "lav", 3: "middels", 4: "høy", 5: "svært høy"},
    "en": {1: "very low", 2: "low", 3: "medium", 4: "high", 5: "very high"},
}


def _logo(settings: user_settings.Settings) -> str | None:
    if settings.logo_path and Path(settings.logo_path).is_file():
        return settings.logo_path
    default = paths.resource("logo.png")
    return str(default) if default.is_file() else None


def _responsible(crm: Crm, person_id: int | None, lang: str) -> str:
    if person_id is None:
        return "meg" if lang == "nb" else "me"
    return crm.people.get(person_id).name


def _follow_up_line(crm: Crm, row: dict[str, Any], lang: str) -> FollowUpLine:
    created = row.get("created_at")
    return FollowUpLine(
        text=row["text"],
        responsible=_responsible(crm, row.get("responsible_person_id"), lang),
        due=dt.date.fromisoformat(row["due_date"]) if row.get("due_date") else None,
        status=FollowUpStatus(row["status"]).label(lang),
        opened_on=dt.date.fromisoformat(created[:10]) if created else None,
        done_on=dt.date.fromisoformat(row["status_changed_on"]) if row.get("status_changed_on") else None,
    )


def build_minutes_doc(crm: Crm, meeting_id: int, *, lang: str = "nb",
                      settings: user_settings.Settings | None = None) -> MinutesDoc:
    prefs = settings or user_settings.load()
    meeting = crm.meetings.get(meeting_id)
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
            text=item.text,
            responsible=_responsible(crm, item.responsible_person_id, lang),
            due=item.due_date,
            status=item.status.label(lang),
        )
        for item in crm.follow_ups.for_meeting(meeting_id)
        if item.status != FollowUpStatus.CANCELLED
    ]
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
        other_participants=meeting.other_participants,
        agenda=[
            AgendaLine(number, item.title, item.mark.value, item.notes)
            for number, item in enumerate(meeting.agenda, start=1)
        ],
        decisions=list(meeting.decisions),
        follow_ups=follow_ups,
        notes=meeting.notes,  # never meeting.private_notes
        is_draft=meeting.minutes_status == MinutesStatus.DRAFT,
        prepared_by=prefs.prepared_by,
        generated_at=clock.now(),
    )


def _month_starts(start: dt.date, end: dt.date) -> list[dt.date]:
    months = []
    current = start.replace(day=1)
    while current <= end:
        months.append(current)
        current = (current + dt.timedelta(days=32)).replace(day=1)
    return months


def build_county_report_doc(crm: Crm, county_id: int, start: dt.date, end: dt.date, *, lang: str = "nb",
                            settings: user_settings.Settings | None = None) -> CountyReportDoc:
    if end < start:
        raise UserError("Perioden slutter før den begynner.")
    prefs = settings or user_settings.load()
    county = crm.counties.get(county_id)
    history = crm.anchoring.history(county_id=county_id)
    full: list[StageChangeLine] = []
    previous = AnchoringStage.NOT_CONTACTED
    for change in history:
        meeting_title = crm.meetings.get(change.meeting_id).title if change.meeting_id else ""
        full.append(StageChangeLine(change.changed_on, previous.label(lang), change.stage.label(lang),
                                    change.note, meeting_title))
        previous = change.stage
    in_period = [line for line in full if start <= line.on <= end]
    stage_now = crm.anchoring.current_stage(county_id=county_id)
    period = ListFilter(county_id=county_id, date_from=start, date_to=end)
    meeting_rows = crm.meetings.query(period, sort="date", limit=1_000_000)
    meetings = []
    per_month: dict[dt.date, int] = {month: 0 for month in _month_starts(start, end)}
    for row in meeting_rows:
        when = parse_iso_datetime(row["starts_at"])
        per_month[when.date().replace(day=1)] = per_month.get(when.date().replace(day=1), 0) + 1
        meetings.append(MeetingLine(
            starts_at=when,
            title=row["title"],
            kind_label=MeetingKind(row["kind"]).label(lang),
            organisations=row.get("organisations") or "",
            decisions=crm.meetings.get(row["id"]).decisions,
        ))
    county_items = ListFilter(county_id=county_id)
    follow_rows = crm.follow_ups.query(county_items, sort="due", limit=1_000_000)
    opened, done, still_open = [], [], []
    for row in follow_rows:
        line = _follow_up_line(crm, row, lang)
        if line.opened_on and start <= line.opened_on <= end:
            opened.append(line)
        if row["status"] == FollowUpStatus.DONE.value and line.done_on and start <= line.done_on <= end:
            done.append(line)
        if row["status"] == FollowUpStatus.OPEN.value:
            still_open.append(line)
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
    lessons = []
    for row in crm.lessons.query(county_items, sort="date", descending=True, limit=10_000):
        lesson = crm.lessons.get(row["id"])
        lessons.append(LessonLine(
            text=f"{lesson.title}: {lesson.text}" if lesson.text else lesson.title,
            learned_in_county=row.get("learned_in") or "",
            initiatives=[crm.initiatives.get(i).title for i in lesson.initiative_ids],
            learned_on=lesson.learned_on,
        ))
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
    )


def build_brief_doc(crm: Crm, organisation_id: int, *, lang: str = "nb",
                    settings: user_settings.Settings | None = None) -> BriefDoc:
    prefs = settings or user_settings.load()
    org = crm.organisations.get(organisation_id)
    people = [
        PersonLine(row["name"], row.get("title") or "", row.get("email") or "",
                   validation.format_phone(row.get("phone")))
        for row in crm.people.at_organisation(organisation_id)
    ]
    contacts = []
    for row in crm.meetings.query(ListFilter(organisation_id=organisation_id), sort="date", descending=True, limit=5):
        meeting = crm.meetings.get(row["id"])
        summary = "; ".join(meeting.decisions) or meeting.notes  # never private notes
        contacts.append(ContactLine(meeting.starts_at, meeting.title, meeting.kind.label(lang), summary))
    open_items = [
        _follow_up_line(crm, row, lang)
        for row in crm.follow_ups.query(ListFilter(organisation_id=organisation_id, status="open"), limit=200)
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
    counties = {c.id: c.name for c in crm.counties.all()}
    return BriefDoc(
        programme_name=PROGRAMME_NAME,
        organisation_name=org.name,
        lang=lang,
        logo_path=_logo(prefs),
        kind_label=OrganisationKind(org.kind).label(lang),
        orgnr=validation.format_orgnr(org.orgnr),
        counties=[counties[c] for c in org.county_ids if c in counties],
        stage_label=crm.anchoring.current_stage(organisation_id=organisation_id).label(lang),
        people=people,
        last_contacts=contacts,
        open_follow_ups=open_items,
        initiatives=initiatives,
        assessment=assessment,
        prepared_by=prefs.prepared_by,
        generated_at=clock.now(),
    )


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last full quarter's start to today: what a quarterly report covers."""
    quarter_start_month = 3 * ((today.month - 1) // 3) + 1
    start = dt.date(today.year, quarter_start_month, 1)
    previous = (start - dt.timedelta(days=1)).replace(day=1)
    previous = previous.replace(month=3 * ((previous.month - 1) // 3) + 1)
    return previous, today


def _parse_day(text: str | None, default: dt.date) -> dt.date:
    if not text:
        return default
    return dates.parse_date(text, today=clock.today())


def write_report(crm: Crm, kind: str, *, item: Any, output: Path, date_from: str | None = None,
                 date_to: str | None = None, lang: str = "nb") -> Path:
    """Used by `btvcrm report ...`: build, render, and return the written path."""
    output = Path(output)
    try:  # each branch imports only its renderer (the county report's charts are slow to load)
        if kind == "meeting":
            from btvcrm.reports.minutes import render_minutes

            render_minutes(build_minutes_doc(crm, int(item), lang=lang), output)
        elif kind == "county":
            from btvcrm.reports.county_report import render_county_report

            county = crm.counties.by_name(str(item))
            assert county.id is not None
            start_default, end_default = default_period(clock.today())
            start = _parse_day(date_from, start_default)
            end = _parse_day(date_to, end_default if not date_from else max(start, clock.today()))
            render_county_report(build_county_report_doc(crm, county.id, start, end, lang=lang), output)
        elif kind == "organisation":
            from btvcrm.reports.brief import render_brief

            render_brief(build_brief_doc(crm, int(item), lang=lang), output)
        else:
            raise UserError(f"Ukjent rapporttype «{kind}».")
    except OSError as error:
        raise UserError(f"Kunne ikke skrive {output}: {error.strerror or error}")
    return output
