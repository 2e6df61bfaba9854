"""The market dialogue's documents, built from a `DialogueSnapshot`.

This is where the confidentiality rule of the dialogue is kept: confidential
one-to-one notes, registration comments, unshared answers, who asked what,
e-mail addresses and phone numbers never reach a public document. The public
summary reads only the fields listed in `build_public_summary`; the internal
lists (participants, schedule, badges) carry names, organisations and slots,
and never a note.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from btvcrm import PROGRAMME_NAME, paths
from btvcrm import settings as user_settings
from btvcrm.domain import clock, dates
from btvcrm.domain.exemption import ONE_TO_ONE_DEFAULT
from btvcrm.domain.market_dialogue import (
    DialogueSnapshot,
    QuestionPart,
    Registration,
    ScheduleOrder,
    sort_key,
)
from btvcrm.i18n import upper_first
from btvcrm.reports.dialogue_model import (
    Badge,
    BadgesDoc,
    DocHead,
    EventLine,
    OrganisationLine,
    ParticipantListDoc,
    ParticipantRow,
    ProgrammeLine,
    PublicSummaryDoc,
    QaLine,
    ScheduleDoc,
    SlotRow,
    dlabel,
    schedule_facts,
)


def _logo(prefs: user_settings.Settings) -> str | None:
    from pathlib import Path

    if prefs.logo_path and Path(prefs.logo_path).is_file():
        return prefs.logo_path
    default = paths.resource("logo.png")
    return str(default) if default.is_file() else None


def _head(snap: DialogueSnapshot, lang: str, prefs: user_settings.Settings | None) -> DocHead:
    from btvcrm.reports.builders import user_name

    settings = prefs or user_settings.load()
    d = snap.dialogue
    return DocHead(
        programme_name=PROGRAMME_NAME,
        title=d.title,
        lang=lang,
        logo_path=_logo(settings),
        initiative_title=snap.initiative_title,
        buyer=snap.buyer_name,
        doffin_id=d.doffin_id or "",
        doffin_url=d.doffin_url,
        prepared_by=settings.prepared_by,
        generated_at=clock.now(),
        author=user_name(settings),
        keywords=[snap.initiative_title, snap.buyer_name, *([f"Doffin {d.doffin_id}"] if d.doffin_id else [])],
    )


def _events(snap: DialogueSnapshot, lang: str) -> list[EventLine]:
    return [
        EventLine(
            kind_label=upper_first(e.kind.label(lang)),
            title="" if e.title.casefold() == snap.dialogue.title.casefold() else e.title,
            starts_at=e.starts_at,
            duration_minutes=e.duration_minutes,
            place=e.place,
            video_link=e.video_link or "",
            programme=[ProgrammeLine(p.at_time, p.title, p.presenter) for p in e.programme],
        )
        for e in snap.dialogue.events
    ]


def _how(snap: DialogueSnapshot, lang: str, *, long: bool = False) -> str:
    schedule = snap.schedule
    if schedule is None:
        return ""
    if schedule.order is ScheduleOrder.DRAW and schedule.drawn_at is not None:
        when = f"{dates.format_date_short(schedule.drawn_at, lang)} {dates.format_time(schedule.drawn_at, lang)}"
        return dlabel("how_draw_long" if long else "how_draw", lang, when, schedule.seed)
    return dlabel("how_registration", lang)


def took_part(snap: DialogueSnapshot) -> tuple[bool, list[Registration]]:
    """(whether these are check-ins, the registrations): those checked in at the
    door once anyone is, else those registered to attend."""
    checked = [r for r in snap.registrations if r.checked_in]
    if checked:
        return True, checked
    return False, [r for r in snap.registrations if r.attending]


def build_public_summary(snap: DialogueSnapshot, *, lang: str = "nb", include_persons: bool = False,
                         settings: user_settings.Settings | None = None) -> PublicSummaryDoc:
    """The summary for publishing with the procurement (nothing confidential)."""
    attended, registrations = took_part(snap)
    organisations = []
    for registration in sorted(registrations, key=lambda r: sort_key(r.organisation_name)):
        people = []
        if include_persons:
            people = [a.name for a in registration.attendees if not attended or a.checked_in_at is not None]
        organisations.append(OrganisationLine(registration.organisation_name, people))
    slots = snap.active_slots()
    questions = [
        QaLine(
            question=q.question,
            answer=q.answer,
            asked=dlabel(f"asked_{q.part.value}", lang),
            shared_on=q.shared_at.date() if q.shared_at else None,
            shared_how=q.shared_how.label(lang) if q.shared_how else "",
        )
        for q in snap.questions
        if q.shared and q.answered  # never an unshared answer, never who asked
    ]
    public_input = sorted(
        ((snap.organisation_of(n.registration_id), n.text) for n in snap.notes if not n.confidential),
        key=lambda pair: sort_key(pair[0]),
    )
    return PublicSummaryDoc(
        head=_head(snap, lang, settings),
        status_label=snap.dialogue.status.label(lang),
        announced_on=snap.dialogue.announced_on,
        events=_events(snap, lang),
        organisations_heading=dlabel("took_part" if attended else "registered_orgs", lang),
        organisations=organisations,
        one_to_one_count=len(slots),
        one_to_one_minutes=slots[0].minutes if slots else 0,
        one_to_one_how=_how(snap, lang),
        questions=questions,
        public_input=public_input,
        exemption=ONE_TO_ONE_DEFAULT.citation,
        all_answers_shared=all(q.shared for q in snap.questions if q.answered and q.part is not QuestionPart.PLENARY),
    )


def _slot_text(snap: DialogueSnapshot, registration: Registration, lang: str) -> str:
    slot = snap.slot_of(registration.id)
    if slot is None:
        return ""
    return f"{dates.format_time(slot.starts_at, lang)}, {dlabel('room_n', lang, slot.room)}"


def build_participant_list(snap: DialogueSnapshot, *, lang: str = "nb",
                           settings: user_settings.Settings | None = None) -> ParticipantListDoc:
    """The door list: one row per person (a registration without people: one row)."""
    rows: list[ParticipantRow] = []
    for registration in sorted(snap.registrations, key=lambda r: sort_key(r.organisation_name)):
        slot = _slot_text(snap, registration, lang)
        people = sorted(registration.attendees, key=lambda a: sort_key(a.name))
        if not people:
            rows.append(ParticipantRow(registration.organisation_name, registration.orgnr or "", "", "",
                                       registration.email or "", slot, registration.checked_in,
                                       registration.attending))
        for attendee in people:
            rows.append(ParticipantRow(registration.organisation_name, registration.orgnr or "", attendee.name,
                                       attendee.title, attendee.email or "", slot,
                                       attendee.checked_in_at is not None, registration.attending))
    events = _events(snap, lang)
    return ParticipantListDoc(head=_head(snap, lang, settings), event=events[0] if events else None, rows=rows,
                              organisations=len(snap.registrations))


def build_schedule(snap: DialogueSnapshot, *, lang: str = "nb",
                   settings: user_settings.Settings | None = None) -> ScheduleDoc:
    schedule = snap.schedule
    rows: list[SlotRow] = []
    for slot in sorted(snap.slots, key=lambda s: (s.starts_at, s.room, s.id or 0)):
        registration = snap.registration(slot.registration_id)
        people = ", ".join(a.name for a in registration.attendees) if registration else ""
        notes = []
        if not slot.active:
            notes.append(dlabel("cancelled", lang))
        if slot.late:
            notes.append(dlabel("late", lang))
        rows.append(SlotRow(slot.starts_at, slot.ends_at, slot.room, snap.organisation_of(slot.registration_id),
                            people, ", ".join(notes), not slot.active))
    facts = ""
    if schedule is not None:
        facts = schedule_facts(lang, len(snap.active_slots()), schedule.slot_minutes, schedule.break_minutes,
                               schedule.rooms, _how(snap, lang, long=True))
    return ScheduleDoc(head=_head(snap, lang, settings), facts=facts, rows=rows,
                       day=schedule.starts_at.date() if schedule else None)


def build_badges(snap: DialogueSnapshot, *, lang: str = "nb",
                 settings: user_settings.Settings | None = None) -> BadgesDoc:
    badges: list[Badge] = []
    for registration in sorted(snap.registrations, key=lambda r: sort_key(r.organisation_name)):
        if not registration.attending:
            continue
        for attendee in sorted(registration.attendees, key=lambda a: sort_key(a.name)):
            badges.append(Badge(attendee.name, registration.organisation_name, attendee.title))
    conference = snap.dialogue.conference
    parts = [snap.dialogue.title]
    if conference is not None:
        parts.append(dates.format_date_short(conference.starts_at, lang))
        if conference.place:
            parts.append(conference.place)
    return BadgesDoc(head=_head(snap, lang, settings), event_line=" · ".join(parts), badges=badges)


# ------------------------------------------------------------------ tables (CSV/XLSX)


def participant_table(doc: ParticipantListDoc) -> tuple[list[str], list[list[Any]]]:
    lang = doc.head.lang
    headers = [dlabel(k, lang) for k in ("organisation", "orgnr", "person", "role", "email", "one_to_one",
                                         "checked_in")]
    rows: list[list[Any]] = [
        [r.organisation, r.orgnr, r.person, r.role, r.email, r.one_to_one,
         dlabel("yes", lang) if r.checked_in else dlabel("no", lang)]
        for r in doc.rows
    ]
    return headers, rows


def schedule_table(doc: ScheduleDoc) -> tuple[list[str], list[list[Any]]]:
    lang = doc.head.lang
    headers = [dlabel(k, lang) for k in ("time", "ends", "room", "organisation", "people", "note")]
    rows: list[list[Any]] = [
        [_local(r.starts_at), _local(r.ends_at), r.room, r.organisation, r.people, r.note] for r in doc.rows
    ]
    return headers, rows


def _local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(clock.OSLO).replace(tzinfo=None)
