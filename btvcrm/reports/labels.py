"""The fixed words printed on the documents, in Bokmål ("nb") and English ("en")."""

from __future__ import annotations

_LABELS: dict[str, dict[str, str]] = {
    # common
    "page_x_of_y": {"nb": "Side {page} av {pages}", "en": "Page {page} of {pages}"},
    "generated": {"nb": "Generert {date}", "en": "Generated {date}"},
    "prepared_by": {"nb": "Utarbeidet av {name}", "en": "Prepared by {name}"},
    "draft_mark": {"nb": "UTKAST", "en": "DRAFT"},
    "none": {"nb": "Ingen.", "en": "None."},
    "more": {"nb": "… og {n} til", "en": "… and {n} more"},
    # minutes
    "minutes": {"nb": "Møtereferat", "en": "Minutes of meeting"},
    "minutes_word": {"nb": "Referat", "en": "Minutes"},
    "minutes_number": {"nb": "Referat nr.", "en": "Minutes no."},
    "number_short": {"nb": "nr.", "en": "no."},
    "meeting_kind": {"nb": "Møtetype", "en": "Type of meeting"},
    "date": {"nb": "Dato", "en": "Date"},
    "time": {"nb": "Tid", "en": "Time"},
    "place": {"nb": "Sted", "en": "Place"},
    "chair": {"nb": "Møteleder", "en": "Chair"},
    "secretary": {"nb": "Referent", "en": "Minutes taken by"},
    "participants": {"nb": "Deltakere", "en": "Participants"},
    "other_participants": {"nb": "Øvrige deltakere", "en": "Other participants"},
    "absent": {"nb": "Forfall", "en": "Apologies"},
    "copy_to": {"nb": "Kopi til", "en": "Copy to"},
    "agenda": {"nb": "Saker", "en": "Agenda"},
    "agenda_legend": {
        "nb": "O = orientering, D = diskusjon, V = vedtak",
        "en": "O = information, D = discussion, V = decision",
    },
    "case": {"nb": "Sak", "en": "Item"},
    "decisions": {"nb": "Vedtak", "en": "Decisions"},
    "follow_ups": {"nb": "Oppfølgingspunkter", "en": "Follow-up actions"},
    "what": {"nb": "Hva", "en": "What"},
    "responsible": {"nb": "Ansvarlig", "en": "Responsible"},
    "due": {"nb": "Frist", "en": "Due"},
    "status": {"nb": "Status", "en": "Status"},
    "notes": {"nb": "Merknader", "en": "Notes"},
    "minutes_draft_note": {
        "nb": "Utkast – ikke godkjent",
        "en": "Draft – not approved",
    },
    "minutes_approved_note": {"nb": "Godkjent", "en": "Approved"},
    # county report
    "county_report": {"nb": "Fylkesrapport", "en": "County report"},
    "period": {"nb": "Periode", "en": "Period"},
    "stage": {"nb": "Forankringsstatus", "en": "Anchoring stage"},
    "stage_now": {"nb": "Forankringsstatus nå", "en": "Anchoring stage now"},
    "stage_changes": {"nb": "Endringer i perioden", "en": "Changes in the period"},
    "no_stage_changes": {
        "nb": "Ingen endringer i forankringsstatus i perioden.",
        "en": "No change of anchoring stage in the period.",
    },
    "from_stage": {"nb": "Fra", "en": "From"},
    "to_stage": {"nb": "Til", "en": "To"},
    "note": {"nb": "Merknad", "en": "Note"},
    "meeting": {"nb": "Møte", "en": "Meeting"},
    "summary": {"nb": "Sammendrag", "en": "Summary"},
    "meetings_held": {"nb": "Møter og kontakter i perioden", "en": "Meetings and contacts"},
    "no_meetings": {"nb": "Ingen møter i perioden.", "en": "No meetings in the period."},
    "title": {"nb": "Tittel", "en": "Title"},
    "organisations": {"nb": "Virksomheter", "en": "Organisations"},
    "follow_ups_opened": {"nb": "Nye oppfølgingspunkter", "en": "Follow-ups opened"},
    "follow_ups_done": {"nb": "Utførte oppfølgingspunkter", "en": "Follow-ups done"},
    "follow_ups_open": {"nb": "Åpne oppfølgingspunkter", "en": "Follow-ups still open"},
    "done_on": {"nb": "Utført", "en": "Done"},
    "opened_on": {"nb": "Opprettet", "en": "Opened"},
    "initiatives": {"nb": "Innovasjonsprosjekter", "en": "Initiatives"},
    "no_initiatives": {"nb": "Ingen innovasjonsprosjekter.", "en": "No initiatives."},
    "owner": {"nb": "Eier", "en": "Owner"},
    "phase": {"nb": "Fase", "en": "Phase"},
    "doffin": {"nb": "Doffin", "en": "Doffin"},
    "value": {"nb": "Verdi", "en": "Value"},
    "lessons": {"nb": "Læringspunkter", "en": "Lessons learned"},
    "no_lessons": {"nb": "Ingen læringspunkter.", "en": "No lessons learned."},
    "learned_in": {"nb": "Lært i {county}", "en": "Learned in {county}"},
    "contacts_per_month": {"nb": "Kontakter per måned", "en": "Contacts per month"},
    "stage_over_time": {"nb": "Forankring over tid", "en": "Anchoring over time"},
    "no_data": {"nb": "Ingen data", "en": "No data"},
    # brief
    "brief": {"nb": "Møteforberedelse", "en": "Meeting brief"},
    "orgnr": {"nb": "Org.nr.", "en": "Org. no."},
    "kind": {"nb": "Type", "en": "Type"},
    "counties": {"nb": "Fylker", "en": "Counties"},
    "people": {"nb": "Kontaktpersoner", "en": "People"},
    "name": {"nb": "Navn", "en": "Name"},
    "role": {"nb": "Rolle", "en": "Role"},
    "email": {"nb": "E-post", "en": "E-mail"},
    "phone": {"nb": "Telefon", "en": "Phone"},
    "last_contacts": {"nb": "Siste kontakter", "en": "Latest contacts"},
    "open_follow_ups": {"nb": "Åpne oppfølgingspunkter", "en": "Open follow-ups"},
    "assessment": {"nb": "Vurdering", "en": "Assessment"},
    "influence": {"nb": "Påvirkning", "en": "Influence"},
    "interest": {"nb": "Interesse", "en": "Interest"},
}


def label(key: str, lang: str = "nb", **values: object) -> str:
    """The label ``key`` in ``lang`` (Bokmål unless "en"), with ``values`` filled in."""
    entry = _LABELS[key]
    text = entry["en"] if lang == "en" else entry["nb"]
    return text.format(**values) if values else text
