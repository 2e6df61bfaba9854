"""The fixed words printed on the documents, from the program's one catalogue.

Each key names an English source string (context "Reports"); its Bokmål is in
`resources/translations/btvcrm_nb.ts` with every other string of the program (edit
it there, with Qt Linguist; `make ts` after adding a key). `label(key, lang, **values)`
looks it up and fills its `%1 %2 …` from the named values listed in `_VALUES`.
"""

from __future__ import annotations

from btvcrm.i18n import QT_TRANSLATE_NOOP, arg, catalogue, translate_in

_LABELS: dict[str, str] = {
    # common
    "page_x_of_y": QT_TRANSLATE_NOOP("Reports", "Page %1 of %2"),
    "generated": QT_TRANSLATE_NOOP("Reports", "Generated %1"),
    "prepared_by": QT_TRANSLATE_NOOP("Reports", "Prepared by %1"),
    "draft_mark": QT_TRANSLATE_NOOP("Reports", "DRAFT"),
    "none": QT_TRANSLATE_NOOP("Reports", "None."),
    # minutes
    "minutes": QT_TRANSLATE_NOOP("Reports", "Minutes of meeting"),
    "minutes_word": QT_TRANSLATE_NOOP("Reports", "Minutes"),
    "minutes_number": QT_TRANSLATE_NOOP("Reports", "Minutes no."),
    "number_short": QT_TRANSLATE_NOOP("Reports", "no."),
    "meeting_kind": QT_TRANSLATE_NOOP("Reports", "Type of meeting"),
    "date": QT_TRANSLATE_NOOP("Reports", "Date"),
    "time": QT_TRANSLATE_NOOP("Reports", "Time"),
    "place": QT_TRANSLATE_NOOP("Reports", "Place"),
    "chair": QT_TRANSLATE_NOOP("Reports", "Chair"),
    "secretary": QT_TRANSLATE_NOOP("Reports", "Minutes taken by"),
    "participants": QT_TRANSLATE_NOOP("Reports", "Participants"),
    "other_participants": QT_TRANSLATE_NOOP("Reports", "Other participants"),
    "absent": QT_TRANSLATE_NOOP("Reports", "Apologies"),
    "copy_to": QT_TRANSLATE_NOOP("Reports", "Copy to"),
    "agenda": QT_TRANSLATE_NOOP("Reports", "Agenda"),
    "agenda_legend": QT_TRANSLATE_NOOP("Reports", "O = information, D = discussion, V = decision"),
    "case": QT_TRANSLATE_NOOP("Reports", "Item"),
    "decisions": QT_TRANSLATE_NOOP("Reports", "Decisions"),
    "follow_ups": QT_TRANSLATE_NOOP("Reports", "Follow-up actions"),
    "what": QT_TRANSLATE_NOOP("Reports", "What"),
    "responsible": QT_TRANSLATE_NOOP("Reports", "Responsible"),
    "due": QT_TRANSLATE_NOOP("Reports", "Due"),
    "status": QT_TRANSLATE_NOOP("Reports", "Status"),
    "notes": QT_TRANSLATE_NOOP("Reports", "Notes"),
    "minutes_draft_note": QT_TRANSLATE_NOOP("Reports", "Draft – not approved"),
    "minutes_approved_note": QT_TRANSLATE_NOOP("Reports", "Approved"),
    # county report
    "county_report": QT_TRANSLATE_NOOP("Reports", "County report"),
    "period": QT_TRANSLATE_NOOP("Reports", "Period"),
    "stage": QT_TRANSLATE_NOOP("Reports", "Anchoring stage"),
    "stage_now": QT_TRANSLATE_NOOP("Reports", "Anchoring stage now"),
    "stage_changes": QT_TRANSLATE_NOOP("Reports", "Changes in the period"),
    "no_stage_changes": QT_TRANSLATE_NOOP("Reports", "No change of anchoring stage in the period."),
    "from_stage": QT_TRANSLATE_NOOP("Reports", "From"),
    "to_stage": QT_TRANSLATE_NOOP("Reports", "To"),
    "note": QT_TRANSLATE_NOOP("Reports", "Note"),
    "meeting": QT_TRANSLATE_NOOP("Reports", "Meeting"),
    "summary": QT_TRANSLATE_NOOP("Reports", "Summary"),
    "meetings_held": QT_TRANSLATE_NOOP("Reports", "Meetings and contacts"),
    "no_meetings": QT_TRANSLATE_NOOP("Reports", "No meetings in the period."),
    "title": QT_TRANSLATE_NOOP("Reports", "Title"),
    "organisations": QT_TRANSLATE_NOOP("Reports", "Organisations"),
    "follow_ups_opened": QT_TRANSLATE_NOOP("Reports", "Follow-ups opened"),
    "follow_ups_done": QT_TRANSLATE_NOOP("Reports", "Follow-ups done"),
    "follow_ups_open": QT_TRANSLATE_NOOP("Reports", "Follow-ups still open"),
    "done_on": QT_TRANSLATE_NOOP("Reports", "Done"),
    "opened_on": QT_TRANSLATE_NOOP("Reports", "Opened"),
    "initiatives": QT_TRANSLATE_NOOP("Reports", "Initiatives"),
    "no_initiatives": QT_TRANSLATE_NOOP("Reports", "No initiatives."),
    "owner": QT_TRANSLATE_NOOP("Reports", "Owner"),
    "phase": QT_TRANSLATE_NOOP("Reports", "Phase"),
    "doffin": QT_TRANSLATE_NOOP("Reports", "Doffin"),
    "value": QT_TRANSLATE_NOOP("Reports", "Value"),
    "lessons": QT_TRANSLATE_NOOP("Reports", "Lessons learned"),
    "no_lessons": QT_TRANSLATE_NOOP("Reports", "No lessons learned."),
    "learned_in": QT_TRANSLATE_NOOP("Reports", "Learned in %1"),
    "contacts_per_month": QT_TRANSLATE_NOOP("Reports", "Contacts per month"),
    "stage_over_time": QT_TRANSLATE_NOOP("Reports", "Anchoring over time"),
    "no_data": QT_TRANSLATE_NOOP("Reports", "No data"),
    # brief
    "brief": QT_TRANSLATE_NOOP("Reports", "Meeting brief"),
    "orgnr": QT_TRANSLATE_NOOP("Reports", "Org. no."),
    "kind": QT_TRANSLATE_NOOP("Reports", "Type"),
    "counties": QT_TRANSLATE_NOOP("Reports", "Counties"),
    "people": QT_TRANSLATE_NOOP("Reports", "People"),
    "name": QT_TRANSLATE_NOOP("Reports", "Name"),
    "role": QT_TRANSLATE_NOOP("Reports", "Role"),
    "email": QT_TRANSLATE_NOOP("Reports", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Reports", "Phone"),
    "last_contacts": QT_TRANSLATE_NOOP("Reports", "Latest contacts"),
    "open_follow_ups": QT_TRANSLATE_NOOP("Reports", "Open follow-ups"),
    "assessment": QT_TRANSLATE_NOOP("Reports", "Assessment"),
    "influence": QT_TRANSLATE_NOOP("Reports", "Influence"),
    "interest": QT_TRANSLATE_NOOP("Reports", "Interest"),
    # documents for the archive (issue 14)
    "not_set": QT_TRANSLATE_NOOP("Reports", "not set"),
    "case_number": QT_TRANSLATE_NOOP("Reports", "Case no."),
    "internal": QT_TRANSLATE_NOOP("Reports", "Internal"),
    "internal_mark": QT_TRANSLATE_NOOP("Reports", "INTERNAL"),
    "internal_note": QT_TRANSLATE_NOOP("Reports", "Internal working paper of the programme – not for distribution."),
    "exempt": QT_TRANSLATE_NOOP("Reports", "Exempt from public access, %1"),
    "partly_exempt": QT_TRANSLATE_NOOP("Reports", "Contains information exempt from public access, %1"),
    "exempt_mark": QT_TRANSLATE_NOOP("Reports", "EXEMPT FROM PUBLIC ACCESS"),
    "public_version": QT_TRANSLATE_NOOP("Reports", "Public version"),
    "omitted": QT_TRANSLATE_NOOP("Reports", "Left out as exempt from public access: %1."),
    "omitted_whole": QT_TRANSLATE_NOOP(
        "Reports", "The minutes are exempt from public access as a whole (%1); only the title and time are public."
    ),
    "omitted_case": QT_TRANSLATE_NOOP("Reports", "item %1"),
    "omitted_decision": QT_TRANSLATE_NOOP("Reports", "decision %1"),
    "omitted_notes": QT_TRANSLATE_NOOP("Reports", "the notes"),
    "draft_decision": QT_TRANSLATE_NOOP("Reports", "(draft)"),
    "drafts_marked": QT_TRANSLATE_NOOP("Reports", "Decisions marked “(draft)” are from minutes not yet approved."),
    "follow_ups_opened_in_period": QT_TRANSLATE_NOOP("Reports", "Opened in the period"),
    "follow_ups_done_in_period": QT_TRANSLATE_NOOP("Reports", "Done in the period (opened before)"),
    "follow_ups_open_due_in_period": QT_TRANSLATE_NOOP("Reports", "Open from before, due in the period"),
    "follow_ups_open_now": QT_TRANSLATE_NOOP("Reports", "Follow-ups open now"),
}

# Named values, in the order they fill %1, %2, … of the source.
_VALUES: dict[str, tuple[str, ...]] = {
    "page_x_of_y": ("page", "pages"),
    "generated": ("date",),
    "prepared_by": ("name",),
    "learned_in": ("county",),
    "exempt": ("citation",),
    "partly_exempt": ("citations",),
    "omitted": ("parts",),
    "omitted_whole": ("reason",),
    "omitted_case": ("n",),
    "omitted_decision": ("n",),
}


def _numerus(key: str, lang: str, n: int) -> str:
    """The labels that count something (lupdate needs the literal call to mark them %n)."""
    words = catalogue(lang)
    if key == "more":
        return words.translate("Reports", "… and %n more", "", n)
    if key == "drafts_left_out":
        return words.translate("Reports", "Decisions of %n meeting(s) whose minutes are drafts are left out.", "", n)
    if key == "exempt_left_out":
        return words.translate("Reports", "%n decision(s) exempt from public access are left out.", "", n)
    if key == "follow_ups_not_listed":
        return words.translate(
            "Reports", "%n more open follow-up(s) from before are not listed (due outside the period or no due date).",
            "", n)
    if key == "stage_from_meetings":
        return words.translate("Reports", "from %n meeting(s); no anchoring stage has been recorded", "", n)
    raise KeyError(key)


_NUMERUS = {"more", "drafts_left_out", "exempt_left_out", "follow_ups_not_listed", "stage_from_meetings"}


def label(key: str, lang: str = "nb", **values: object) -> str:
    """The label ``key`` in ``lang`` (Bokmål unless "en"), with ``values`` filled in."""
    if key in _NUMERUS:
        return _numerus(key, lang, int(values["n"]))  # type: ignore[call-overload]
    text = translate_in(lang, "Reports", _LABELS[key])
    names = _VALUES.get(key, ())
    return arg(text, *(values[name] for name in names)) if names else text
