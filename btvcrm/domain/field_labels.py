"""The Norwegian name of every field an error sentence can name.

`ValidationError(field, message)` keeps `field` as the code (the attribute or
JSON key, for programs and tests) and says the field in Bokmål: "Feltet «frist»:
…", not "Felt «due_date»". The command line, the app and the importers all show
that one sentence, so this table is the one owner of the words.
`tests/domain/test_field_labels.py` walks every `ValidationError(` in the code
and fails on a field code without a label here.

Labels are lower case, as they stand inside a sentence, and follow the glossary
of docs/translation.md (frist, nøkkelkontakt, møteleder, referent …).
"""

from __future__ import annotations

FIELD_LABELS: dict[str, str] = {
    # records: organisations and people
    "name": "navn",
    "kind": "type",
    "type": "type",
    "orgnr": "organisasjonsnummer",
    "website": "nettsted",
    "parent": "overordnet organisasjon",
    "parent_id": "overordnet organisasjon",
    "email": "e-post",
    "phone": "telefon",
    "title": "tittel",
    "organisation": "organisasjon",
    "organisation_id": "organisasjon",
    "organisations": "organisasjoner",
    "person": "person",
    "person_id": "person",
    "county_id": "fylke",
    "county_ids": "fylker",
    "relevant_county_ids": "relevante fylker",
    "is_key": "nøkkelkontakt",
    "keep_in_touch_days": "hold kontakt (dager)",
    "tags": "stikkord",
    "notes": "notater",
    "private_notes": "private notater",
    "legal_basis": "behandlingsgrunnlag",
    # from Enhetsregisteret
    "org_form": "organisasjonsform",
    "address": "adresse",
    "municipality_number": "kommunenummer",
    "nace_code": "næringskode",
    "sector_code": "sektorkode",
    "objection": "protest mot behandling",
    # meetings
    "starts_at": "tidspunkt",
    "duration_minutes": "varighet",
    "place": "sted",
    "participants": "deltakere",
    "attendance": "oppmøte",
    "absent": "forfall",
    "agenda": "dagsorden",
    "decisions": "vedtak",
    "chair": "møteleder",
    "secretary": "referent",
    "minutes_number": "referatnummer",
    "minutes_status": "referatstatus",
    "case_number": "saksnummer",
    "other_participants": "andre deltakere",
    "copy_to": "kopi til",
    "exemption": "unntak fra offentlighet",
    "exempt_note": "merknad om unntak",
    "notes_exempt_note": "merknad om unntak for notatene",
    "uid": "kalender-UID",
    # follow-ups
    "text": "tekst",
    "follow_up": "oppfølgingspunkt",
    "due_date": "frist",
    "responsible": "ansvarlig",
    "responsible_person_id": "ansvarlig",
    "status": "status",
    "rrule": "gjentakelse",
    "meeting": "møte",
    "meeting_id": "møte",
    "initiative": "initiativ",
    "initiative_id": "initiativ",
    "initiative_ids": "initiativer",
    # initiatives, assessments and lessons
    "phase": "fase",
    "owner": "eier",
    "owner_organisation_id": "eier",
    "estimated_value_nok": "anslått verdi",
    "doffin_id": "Doffin-kunngjøring",
    "procedure_type": "prosedyre",
    "description": "beskrivelse",
    "key_dates": "viktige datoer",
    "label": "navn på datoen",
    "interest": "interesse",
    "influence": "innflytelse",
    "note": "merknad",
    "learned_in_county_id": "lært i",
    "learned_on": "dato",
    # anchoring
    "stage": "forankringsstatus",
    "changed_on": "dato",
    "direction": "retning",
    # market dialogue
    "announced": "kunngjøringsdato",
    "deadline": "påmeldingsfrist",
    "registration_deadline": "påmeldingsfrist",
    "date": "dato",
    "time": "tidspunkt",
    "programme": "program",
    "presenter": "innleder",
    "org": "virksomhet",
    "buyer": "oppdragsgiver",
    "start": "starttid",
    "slot": "møtetid",
    "break": "pause",
    "rooms": "antall rom",
    "seed": "frø",
    "reason": "begrunnelse",
    "part": "del",
    "shared": "deling",
    "answer": "svar",
    "comment": "kommentar",
    "from": "fra",
    "to": "til",
    "material": "materiell",
    "channel": "kanal",
    "output": "utfil",
    "yes_no": "ja/nei",
    # lists
    "sort": "sortering",
}


def field_label(field: str) -> str:
    """The Bokmål name of a field code ("due_date" -> "frist"); an unknown code as it is."""
    return FIELD_LABELS.get(field, field)
