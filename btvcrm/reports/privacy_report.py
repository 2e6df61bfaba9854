"""Innsyn as a PDF: everything held about one person (private notes excluded).

Takes the plain data of `btvcrm.services.privacy.innsyn` and lays it out like the
other documents: programme name and logo, Norwegian dates and labels (never a
stored code such as "legitimate_interest"), formatted phone numbers, and a count
of the private notes that mention the person (their text is never given out).
Every value from the file is user text and is escaped by the style helpers.
"""

from __future__ import annotations

import datetime as dt
from io import BytesIO
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from btvcrm import PROGRAMME_NAME
from btvcrm import settings as user_settings
from btvcrm.domain import validation
from btvcrm.domain.enums import Attendance, FollowUpStatus, LegalBasis, MeetingKind
from btvcrm.domain.market_dialogue import QuestionPart, SlotStatus
from btvcrm.reports.labels import label
from btvcrm.reports.pdfa import PdfMeta
from btvcrm.reports.styles import (
    PageDecor,
    build_pdf,
    data_table,
    date_short,
    footer_text,
    key_value_table,
    make_styles,
    para,
    text_notes,
    time_of,
    title_block,
)

SUBJECT = "Innsyn"


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nei"
    return str(value)


def _moment(value: object) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is not None:
        from btvcrm.domain import clock

        moment = moment.astimezone(clock.OSLO)
    return moment


def _when(value: object) -> str:
    """An ISO timestamp as "14.06.2016 kl. 10.00"; an ISO date as "14.06.2016"; else as given."""
    if not value:
        return ""
    text = str(value)
    if len(text) == 10:
        try:
            return date_short(dt.date.fromisoformat(text), "nb")
        except ValueError:
            return text
    moment = _moment(text)
    if moment is None:
        return text
    return f"{date_short(moment, 'nb')} {time_of(moment, 'nb')}"


def _enum_label(enum_cls: Any, value: object) -> str:
    try:
        return str(enum_cls(value).label("nb"))
    except ValueError:
        return _text(value)


def _logo(settings: user_settings.Settings) -> str | None:
    from btvcrm.reports.builders import logo_for

    return logo_for(settings)


def _private_notes_text(person: dict[str, Any], mentions: int) -> str:
    own = "finnes (ikke utlevert)" if person.get("has_private_notes") else "ingen"
    if mentions:
        where = "ett privat notat" if mentions == 1 else f"{mentions} private notater"
        return f"{own}; {where} i møter eller hos andre personer nevner personen (ikke utlevert)"
    return own


DIALOGUE_KEYS = ("dialogue_registrations", "dialogue_slots", "dialogue_questions", "dialogue_notes",
                 "dialogue_programme_items")


def _yes_no(value: object) -> str:
    return "ja" if value else "nei"


def _dialogue_sections(story: list[Flowable], data: dict[str, Any], st: Any, section: Any) -> None:
    """Market dialogues: one heading, and a table for each kind of entry there is."""
    story.append(para("Markedsdialoger", st.h2))
    if not any(data.get(key) for key in DIALOGUE_KEYS):
        story.append(para(label("none", "nb"), st.muted))
        return

    def table(title: str, header: list[str], rows: list[list[str]], fractions: list[float]) -> None:
        if rows:
            story.append(para(title, st.h3))
            story.append(data_table(header, rows, fractions, st))

    table("Påmeldinger", ["Markedsdialog", "Organisasjon", "Påmeldt", "Deltar", "Én-til-én", "Sjekket inn"],
          [[_text(r.get("dialogue")), _text(r.get("organisation")), _when(r.get("registered_at")),
            _yes_no(r.get("attending")), _yes_no(r.get("wants_one_to_one")), _when(r.get("checked_in_at"))]
           for r in data.get("dialogue_registrations", [])],
          [2.6, 2.6, 1.8, 1, 1.5, 1.8])
    table("Én-til-én-møter", ["Markedsdialog", "Organisasjon", "Tid", "Minutter", "Rom", "Status"],
          [[_text(s.get("dialogue")), _text(s.get("organisation")), _when(s.get("starts_at")),
            _text(s.get("minutes")), _text(s.get("room")), _enum_label(SlotStatus, s.get("status"))]
           for s in data.get("dialogue_slots", [])],
          [3, 3, 2, 1.2, 0.8, 1.5])
    table("Spørsmål og svar", ["Stilt", "Del", "Spørsmål", "Svar"],
          [[_when(q.get("asked_at")), _enum_label(QuestionPart, q.get("part")), _text(q.get("question")),
            _text(q.get("answer"))] for q in data.get("dialogue_questions", [])],
          [1.7, 2.1, 4, 4])
    table("Notater fra én-til-én-møter som nevner personen", ["Dato", "Organisasjon", "Notat"],
          [[_when(n.get("created_at")), _text(n.get("organisation")), _text(n.get("text"))]
           for n in data.get("dialogue_notes", [])],
          [1.8, 2.5, 6])
    table("Programposter som nevner personen", ["Dato", "Kl.", "Tittel", "Innleder"],
          [[_when(str(p.get("event_starts_at") or "")[:10]), _text(p.get("at_time")), _text(p.get("title")),
            _text(p.get("presenter"))] for p in data.get("dialogue_programme_items", [])],
          [1.8, 0.8, 4, 4])


def render_innsyn_pdf(data: dict[str, Any], *, settings: user_settings.Settings | None = None,
                      notes: list[str] | None = None) -> bytes:
    """The innsyn PDF (PDF/A-2b) as bytes."""
    prefs = settings or user_settings.load()
    with text_notes(notes):
        st = make_styles()
        person = data["person"]
        mentions = int(data.get("private_notes_mentioning") or 0)
        story: list[Flowable] = [
            title_block(
                PROGRAMME_NAME,
                _logo(prefs),
                [
                    para(f"Innsyn: {_text(person['name'])}", st.title),
                    para("Opplysninger om en person (personvernforordningen art.\u00a015)", st.subtitle),
                ],
                st,
            ),
            Spacer(1, 4 * mm),
            key_value_table(
                [
                    ("Navn", _text(person["name"])),
                    ("E-post", _text(person.get("email"))),
                    ("Telefon", validation.format_phone(person.get("phone"))),
                    ("Notater", _text(person.get("notes"))),
                    ("Private notater", _private_notes_text(person, mentions)),
                    ("Rettslig grunnlag", _enum_label(LegalBasis, person.get("legal_basis"))),
                    ("Innsigelse", _text(bool(person.get("objection")))),
                    ("Registrert", _when(person.get("created_at"))),
                    ("Sist endret", _when(person.get("updated_at"))),
                    ("Slettet", _when(person.get("erased_at")) or "nei"),
                ],
                st,
                label_width=36 * mm,
            ),
        ]

        def section(title: str, header: list[str], rows: list[list[str]], fractions: list[float]) -> None:
            story.append(para(title, st.h2))
            if rows:
                story.append(data_table(header, rows, fractions, st))
            else:
                story.append(para(label("none", "nb"), st.muted))

        section(
            "Roller",
            ["Organisasjon", "Tittel", "Fra", "Til"],
            [[_text(r.get("organisation")), _text(r.get("title")), _when(r.get("start_date")),
              _when(r.get("end_date"))] for r in data.get("roles", [])],
            [3, 3, 1.5, 1.5],
        )
        section("Fylker og stikkord", ["Fylker", "Stikkord"],
                [[", ".join(data.get("counties", [])), ", ".join(data.get("tags", []))]]
                if data.get("counties") or data.get("tags") else [],
                [1, 1])
        section(
            "Møter og kontakter",
            ["Dato", "Tittel", "Type", "Oppmøte"],
            [[_when(m.get("starts_at")), _text(m.get("title")), _enum_label(MeetingKind, m.get("kind")),
              _enum_label(Attendance, m.get("attendance"))] for m in data.get("meetings", [])],
            [2, 5, 1.5, 1.5],
        )
        section(
            "Oppfølgingspunkter",
            ["Frist", "Tekst", "Status", "Ansvarlig"],
            [[_when(f.get("due_date")), _text(f.get("text")), _enum_label(FollowUpStatus, f.get("status")),
              "ja" if f.get("responsible") else "nei"] for f in data.get("follow_ups", [])],
            [1.5, 5, 1.2, 1.2],
        )
        section(
            "Vurderinger (påvirkning og interesse, 1–5)",
            ["Dato", "Påvirkning", "Interesse", "Merknad"],
            [[_when(a.get("assessed_on")), _text(a.get("influence")), _text(a.get("interest")),
              _text(a.get("note"))] for a in data.get("assessments", [])],
            [1.5, 1.2, 1.2, 5],
        )
        _dialogue_sections(story, data, st, section)
        if data.get("erasure_log"):
            section("Slettinger", ["Tidspunkt", "Grunn"],
                    [[_when(e.get("erased_at")), _text(e.get("reason"))] for e in data["erasure_log"]], [2, 5])
        story.append(Spacer(1, 4 * mm))
        story.append(para("Private notater blir aldri utlevert fra programmet; innsynet sier bare om det finnes "
                          "noen, og hvor mange som nevner personen.", st.muted))
        buffer = BytesIO()
        decor = PageDecor(
            lang="nb",
            running_title=f"{PROGRAMME_NAME} · Innsyn: {_text(person['name'])}",
            footer_left=footer_text("nb", _moment(data.get("exported_at")), prefs.prepared_by),
        )
        meta = PdfMeta(
            title=f"Innsyn: {_text(person['name'])}",
            subject=SUBJECT,
            author=prefs.user_name,
            keywords=["Innsyn", "personvern", _text(person["name"])],
            lang="nb",
            created=_moment(data.get("exported_at")),
        )
        build_pdf(buffer, story, decor, meta=meta)
    return buffer.getvalue()
