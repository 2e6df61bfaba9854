"""The name of every field an error sentence can name, in Bokmål and English.

`ValidationError(field, message)` keeps `field` as the code (the attribute or
JSON key, for programs and tests) and says the field by its name: "Feltet
«frist»: …" / "Field “due date”: …", not "Felt «due_date»". The command line,
the app and the importers all show that one sentence, so this table is the one
owner of the words. It holds the English source strings (context "FieldLabel");
the Bokmål is their translation in `btvcrm_nb.ts`.
`tests/domain/test_field_labels.py` walks every `ValidationError(` in the code
and fails on a field code without a label here.

Labels are lower case, as they stand inside a sentence, and the Bokmål follows
the glossary of docs/translation.md (frist, nøkkelkontakt, møteleder, referent …).
"""

from __future__ import annotations

from btvcrm.i18n import QT_TRANSLATE_NOOP, translate_in

FIELD_LABELS: dict[str, str] = {
    # records: organisations and people
    "name": QT_TRANSLATE_NOOP("FieldLabel", "name"),
    "kind": QT_TRANSLATE_NOOP("FieldLabel", "type"),
    "type": QT_TRANSLATE_NOOP("FieldLabel", "type"),
    "orgnr": QT_TRANSLATE_NOOP("FieldLabel", "organisation number"),
    "website": QT_TRANSLATE_NOOP("FieldLabel", "website"),
    "parent": QT_TRANSLATE_NOOP("FieldLabel", "parent organisation"),
    "parent_id": QT_TRANSLATE_NOOP("FieldLabel", "parent organisation"),
    "email": QT_TRANSLATE_NOOP("FieldLabel", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("FieldLabel", "phone"),
    "title": QT_TRANSLATE_NOOP("FieldLabel", "title"),
    "organisation": QT_TRANSLATE_NOOP("FieldLabel", "organisation"),
    "organisation_id": QT_TRANSLATE_NOOP("FieldLabel", "organisation"),
    "organisations": QT_TRANSLATE_NOOP("FieldLabel", "organisations"),
    "person": QT_TRANSLATE_NOOP("FieldLabel", "person"),
    "person_id": QT_TRANSLATE_NOOP("FieldLabel", "person"),
    "county_id": QT_TRANSLATE_NOOP("FieldLabel", "county"),
    "county_ids": QT_TRANSLATE_NOOP("FieldLabel", "counties"),
    "relevant_county_ids": QT_TRANSLATE_NOOP("FieldLabel", "relevant counties"),
    "is_key": QT_TRANSLATE_NOOP("FieldLabel", "key contact"),
    "keep_in_touch_days": QT_TRANSLATE_NOOP("FieldLabel", "keep in touch (days)"),
    "tags": QT_TRANSLATE_NOOP("FieldLabel", "tags"),
    "notes": QT_TRANSLATE_NOOP("FieldLabel", "notes"),
    "private_notes": QT_TRANSLATE_NOOP("FieldLabel", "private notes"),
    "legal_basis": QT_TRANSLATE_NOOP("FieldLabel", "legal basis"),
    # from Enhetsregisteret
    "org_form": QT_TRANSLATE_NOOP("FieldLabel", "organisational form"),
    "address": QT_TRANSLATE_NOOP("FieldLabel", "address"),
    "municipality_number": QT_TRANSLATE_NOOP("FieldLabel", "municipality number"),
    "nace_code": QT_TRANSLATE_NOOP("FieldLabel", "industry code"),
    "sector_code": QT_TRANSLATE_NOOP("FieldLabel", "sector code"),
    "objection": QT_TRANSLATE_NOOP("FieldLabel", "objection to processing"),
    # meetings
    "starts_at": QT_TRANSLATE_NOOP("FieldLabel", "time"),
    "duration_minutes": QT_TRANSLATE_NOOP("FieldLabel", "duration"),
    "place": QT_TRANSLATE_NOOP("FieldLabel", "place"),
    "participants": QT_TRANSLATE_NOOP("FieldLabel", "participants"),
    "attendance": QT_TRANSLATE_NOOP("FieldLabel", "attendance"),
    "absent": QT_TRANSLATE_NOOP("FieldLabel", "apologies"),
    "agenda": QT_TRANSLATE_NOOP("FieldLabel", "agenda"),
    "decisions": QT_TRANSLATE_NOOP("FieldLabel", "decisions"),
    "chair": QT_TRANSLATE_NOOP("FieldLabel", "chair"),
    "secretary": QT_TRANSLATE_NOOP("FieldLabel", "minutes taken by"),
    "minutes_number": QT_TRANSLATE_NOOP("FieldLabel", "minutes number"),
    "minutes_status": QT_TRANSLATE_NOOP("FieldLabel", "minutes status"),
    "case_number": QT_TRANSLATE_NOOP("FieldLabel", "case number"),
    "other_participants": QT_TRANSLATE_NOOP("FieldLabel", "other participants"),
    "copy_to": QT_TRANSLATE_NOOP("FieldLabel", "copy to"),
    "exemption": QT_TRANSLATE_NOOP("FieldLabel", "exemption from public access"),
    "exempt_note": QT_TRANSLATE_NOOP("FieldLabel", "note on the exemption"),
    "notes_exempt_note": QT_TRANSLATE_NOOP("FieldLabel", "note on the exemption of the notes"),
    "uid": QT_TRANSLATE_NOOP("FieldLabel", "calendar UID"),
    # follow-ups
    "text": QT_TRANSLATE_NOOP("FieldLabel", "text"),
    "follow_up": QT_TRANSLATE_NOOP("FieldLabel", "follow-up"),
    "due_date": QT_TRANSLATE_NOOP("FieldLabel", "due date"),
    "responsible": QT_TRANSLATE_NOOP("FieldLabel", "responsible"),
    "responsible_person_id": QT_TRANSLATE_NOOP("FieldLabel", "responsible"),
    "status": QT_TRANSLATE_NOOP("FieldLabel", "status"),
    "rrule": QT_TRANSLATE_NOOP("FieldLabel", "repeats"),
    "meeting": QT_TRANSLATE_NOOP("FieldLabel", "meeting"),
    "meeting_id": QT_TRANSLATE_NOOP("FieldLabel", "meeting"),
    "initiative": QT_TRANSLATE_NOOP("FieldLabel", "initiative"),
    "initiative_id": QT_TRANSLATE_NOOP("FieldLabel", "initiative"),
    "initiative_ids": QT_TRANSLATE_NOOP("FieldLabel", "initiatives"),
    # initiatives, assessments and lessons
    "phase": QT_TRANSLATE_NOOP("FieldLabel", "phase"),
    "owner": QT_TRANSLATE_NOOP("FieldLabel", "owner"),
    "owner_organisation_id": QT_TRANSLATE_NOOP("FieldLabel", "owner"),
    "estimated_value_nok": QT_TRANSLATE_NOOP("FieldLabel", "estimated value"),
    "doffin_id": QT_TRANSLATE_NOOP("FieldLabel", "Doffin reference"),
    "procedure_type": QT_TRANSLATE_NOOP("FieldLabel", "procedure"),
    "description": QT_TRANSLATE_NOOP("FieldLabel", "description"),
    "key_dates": QT_TRANSLATE_NOOP("FieldLabel", "key dates"),
    "label": QT_TRANSLATE_NOOP("FieldLabel", "name of the date"),
    "interest": QT_TRANSLATE_NOOP("FieldLabel", "interest"),
    "influence": QT_TRANSLATE_NOOP("FieldLabel", "influence"),
    "note": QT_TRANSLATE_NOOP("FieldLabel", "note"),
    "learned_in_county_id": QT_TRANSLATE_NOOP("FieldLabel", "learned in"),
    "learned_on": QT_TRANSLATE_NOOP("FieldLabel", "date"),
    # anchoring
    "stage": QT_TRANSLATE_NOOP("FieldLabel", "anchoring stage"),
    "changed_on": QT_TRANSLATE_NOOP("FieldLabel", "date"),
    "direction": QT_TRANSLATE_NOOP("FieldLabel", "direction"),
    # market dialogue
    "announced": QT_TRANSLATE_NOOP("FieldLabel", "announcement date"),
    "deadline": QT_TRANSLATE_NOOP("FieldLabel", "registration deadline"),
    "registration_deadline": QT_TRANSLATE_NOOP("FieldLabel", "registration deadline"),
    "date": QT_TRANSLATE_NOOP("FieldLabel", "date"),
    "time": QT_TRANSLATE_NOOP("FieldLabel", "time"),
    "programme": QT_TRANSLATE_NOOP("FieldLabel", "programme"),
    "presenter": QT_TRANSLATE_NOOP("FieldLabel", "presenter"),
    "org": QT_TRANSLATE_NOOP("FieldLabel", "company"),
    "buyer": QT_TRANSLATE_NOOP("FieldLabel", "contracting authority"),
    "start": QT_TRANSLATE_NOOP("FieldLabel", "start time"),
    "slot": QT_TRANSLATE_NOOP("FieldLabel", "meeting slot"),
    "break": QT_TRANSLATE_NOOP("FieldLabel", "break"),
    "rooms": QT_TRANSLATE_NOOP("FieldLabel", "number of rooms"),
    "seed": QT_TRANSLATE_NOOP("FieldLabel", "seed"),
    "reason": QT_TRANSLATE_NOOP("FieldLabel", "reason"),
    "part": QT_TRANSLATE_NOOP("FieldLabel", "part"),
    "shared": QT_TRANSLATE_NOOP("FieldLabel", "sharing"),
    "answer": QT_TRANSLATE_NOOP("FieldLabel", "answer"),
    "comment": QT_TRANSLATE_NOOP("FieldLabel", "comment"),
    "from": QT_TRANSLATE_NOOP("FieldLabel", "from"),
    "to": QT_TRANSLATE_NOOP("FieldLabel", "to"),
    "material": QT_TRANSLATE_NOOP("FieldLabel", "material"),
    "channel": QT_TRANSLATE_NOOP("FieldLabel", "channel"),
    "output": QT_TRANSLATE_NOOP("FieldLabel", "output file"),
    "yes_no": QT_TRANSLATE_NOOP("FieldLabel", "yes/no"),
    # lists
    "sort": QT_TRANSLATE_NOOP("FieldLabel", "sorting"),
}


def field_label(field: str, lang: str = "nb") -> str:
    """The name of a field code in `lang` ("due_date" -> "frist", "due date"); an unknown code as it is."""
    source = FIELD_LABELS.get(field)
    return field if source is None else translate_in(lang, "FieldLabel", source)
