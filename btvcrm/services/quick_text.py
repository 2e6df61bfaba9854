"""The quick-log text: a whole contact in a few lines, read into a `QuickLogRequest`.

    Ferjemøte med Tønsberg kommune @ i dag kl 10 + Kari Vik, Per Hansen # Tønsberg kommune
    - Sende referat til Kari @ fredag
    - Avklare budsjett @ 1.7 + Per Hansen

    Notatene kommer etter en tom linje.

Line 1 is the title. Optional parts follow it, each set off by a space on both
sides, in any order: ` @ WHEN` (Norwegian free text, as everywhere), ` + PERSON,
PERSON` (people, existing or new; names or e-mail addresses), ` # ORGANISATION, …`
(organisations, existing or new; a county's name here is that county), ` ! KIND`
(møte, telefon, e-post, video, konferanse, dialogkonferanse). The lines right
after it that start with `- ` are follow-ups, each with its own optional ` @ DUE`
and ` + RESPONSIBLE` ("meg" or nothing: the user herself). A blank line starts
the notes; so does any other line. An "@" inside a word (kari@example.no) or a
"+" before a digit (+47 …) is text, not a part.

`read_quick_text` gives a `QuickReading`: the request to save with
`quick_log.log_contact` (the dialog and `btvcrm log --quick` both do) and a
preview of how each part was read, with a clear sentence for each part that
cannot be read. It reads the file (names, counties) but never writes.
The syntax is documented for users in docs/quick-log.md.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from btvcrm.domain import clock, dates
from btvcrm.domain.enums import MeetingKind
from btvcrm.domain.errors import UserError, ValidationError
from btvcrm.domain.responsible import me_label, means_me
from btvcrm.i18n import QT_TRANSLATE_NOOP, arg, catalogue
from btvcrm.services.quick_log import FollowUpItem, QuickLogRequest, resolve_when, skipped_when
from btvcrm.storage.crm import Crm

TITLE_MARKERS = "@+#!"
FOLLOW_UP_MARKERS = "@+"
FOLLOW_UP_BULLETS = ("- ", "– ", "• ", "* ")
MAX_TEXT = 200_000  # characters; a runaway paste is refused with a sentence

# Extra words for ` ! KIND` beyond the kinds' own labels (MeetingKind.parse).
KIND_WORDS = {
    "tlf": MeetingKind.PHONE, "tlf.": MeetingKind.PHONE, "ring": MeetingKind.PHONE,
    "samtale": MeetingKind.PHONE, "telefonsamtale": MeetingKind.PHONE, "telefonmøte": MeetingKind.PHONE,
    "call": MeetingKind.PHONE,
    "epost": MeetingKind.EMAIL, "mail": MeetingKind.EMAIL, "e-mail": MeetingKind.EMAIL,
    "teams": MeetingKind.VIDEO, "zoom": MeetingKind.VIDEO, "videomøte": MeetingKind.VIDEO,
    "nettmøte": MeetingKind.VIDEO,
    "dialog": MeetingKind.DIALOGUE_CONFERENCE,
}  # fmt: skip


# Syntax ---------------------------------------------------------------------

# Problems found while taking the text apart, translated when read (context "QuickText").
_TWO_TIMES = QT_TRANSLATE_NOOP("QuickText", "The first line has two times (@).")
_TWO_KINDS = QT_TRANSLATE_NOOP("QuickText", "The first line has two kinds of contact (!).")
_TWO_DUES = QT_TRANSLATE_NOOP("QuickText", "The follow-up on line %1 has two due dates.")
_TWO_RESPONSIBLES = QT_TRANSLATE_NOOP("QuickText", "The follow-up on line %1 has two responsibles.")

@dataclass(frozen=True)
class Part:
    """One part of a line: the text before any marker (`marker` ""), or a marked part.
    `start`/`end` are offsets of the value in the line (for highlighting and completion)."""

    marker: str
    value: str
    start: int
    end: int


def _marker_pattern(markers: str) -> re.Pattern[str]:
    # A marker stands alone: whitespace (or the line's start) before, whitespace (or its end) after.
    return re.compile(rf"(?:(?<=\s)|^)([{re.escape(markers)}])(?=\s|$)")


_SURROGATE = re.compile("[\ud800-\udfff]")
_TITLE_RE = _marker_pattern(TITLE_MARKERS)
_FOLLOW_UP_RE = _marker_pattern(FOLLOW_UP_MARKERS)


def split_parts(line: str, markers: str = TITLE_MARKERS) -> list[Part]:
    """The line's text and its marked parts, in order: "Møte @ fredag + Kari" ->
    [Part("", "Møte"), Part("@", "fredag"), Part("+", "Kari")]."""
    pattern = _TITLE_RE if markers == TITLE_MARKERS else (
        _FOLLOW_UP_RE if markers == FOLLOW_UP_MARKERS else _marker_pattern(markers))
    parts: list[Part] = []
    marker, begin = "", 0
    for match in pattern.finditer(line):
        parts.append(_part(line, marker, begin, match.start()))
        marker, begin = match.group(1), match.end()
    parts.append(_part(line, marker, begin, len(line)))
    return parts


def _part(line: str, marker: str, begin: int, end: int) -> Part:
    raw = line[begin:end]
    start = begin + (len(raw) - len(raw.lstrip()))
    value = raw.strip()
    return Part(marker, value, start, start + len(value))


def split_names(value: str) -> list[str]:
    """"Kari Vik, Per Hansen" -> ["Kari Vik", "Per Hansen"] (spaces collapsed)."""
    return [" ".join(name.split()) for name in value.split(",") if name.strip()]


@dataclass
class FollowUpText:
    text: str
    due_text: str | None = None
    responsible_text: str | None = None
    line: int = 0  # 0-based line number in the whole text


@dataclass
class QuickText:
    """The text taken apart, before anything is looked up or read as a date."""

    title: str = ""
    when_text: str | None = None
    people: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    kind_text: str | None = None
    follow_ups: list[FollowUpText] = field(default_factory=list)
    notes: str = ""
    problems: list[tuple[str, tuple[object, ...]]] = field(default_factory=list)  # (source, %1… values)


def is_follow_up_line(line: str) -> bool:
    stripped = line.lstrip()
    return stripped.startswith(FOLLOW_UP_BULLETS) or stripped in ("-", "–", "•", "*")


def _bullet_text(line: str) -> str:
    return line.lstrip()[1:].strip()


def parse(text: str) -> QuickText:
    """Take the text apart (no look-ups): title line, follow-up lines, notes."""
    result = QuickText()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index == len(lines):
        return result
    for part in split_parts(lines[index]):
        _take_title_part(result, part)
    index += 1
    while index < len(lines) and is_follow_up_line(lines[index]):
        follow_up = FollowUpText(text="", line=index)
        for part in split_parts(_bullet_text(lines[index]), FOLLOW_UP_MARKERS):
            if part.marker == "":
                follow_up.text = " ".join(part.value.split())
            elif part.marker == "@" and part.value:
                if follow_up.due_text is not None:
                    result.problems.append((_TWO_DUES, (index + 1,)))
                follow_up.due_text = part.value
            elif part.marker == "+" and part.value:
                if follow_up.responsible_text is not None:
                    result.problems.append((_TWO_RESPONSIBLES, (index + 1,)))
                follow_up.responsible_text = part.value
        if follow_up.text or follow_up.due_text or follow_up.responsible_text:
            result.follow_ups.append(follow_up)
        index += 1
    notes = lines[index:]
    result.notes = "\n".join(notes).strip("\n").rstrip()
    return result


def _take_title_part(result: QuickText, part: Part) -> None:
    if part.marker == "":
        result.title = " ".join(part.value.split())
    elif not part.value:
        return  # a marker just typed, its value still to come
    elif part.marker == "@":
        if result.when_text is not None:
            result.problems.append((_TWO_TIMES, ()))
        result.when_text = part.value
    elif part.marker == "+":
        result.people += split_names(part.value)
    elif part.marker == "#":
        result.organisations += split_names(part.value)
    elif part.marker == "!":
        if result.kind_text is not None:
            result.problems.append((_TWO_KINDS, ()))
        result.kind_text = part.value


def parse_kind(text: str) -> MeetingKind:
    """` ! KIND`: a kind's code or label (møte, telefon, …) or a common word (tlf, teams)."""
    word = " ".join(text.split()).casefold()
    if word in KIND_WORDS:
        return KIND_WORDS[word]
    return MeetingKind.parse(text, "kind")


# Completion -------------------------------------------------------------------

@dataclass(frozen=True)
class Completion:
    """What is being typed at the cursor after `+` (a person) or `#` (an organisation).
    Replace `text[start:end]` with the chosen name to accept a suggestion."""

    marker: str
    prefix: str
    start: int
    end: int


def completion_at(text: str, cursor: int) -> Completion | None:
    """The name fragment under the cursor when it is in a `+` or `#` part of the
    title line (or a `+` of a follow-up line), else None."""
    cursor = max(0, min(cursor, len(text)))
    line_start = text.rfind("\n", 0, cursor) + 1
    line_end = text.find("\n", cursor)
    line = text[line_start:len(text) if line_end == -1 else line_end]
    role = _line_role(text, line_start)
    if role == "notes":
        return None
    markers = TITLE_MARKERS if role == "title" else FOLLOW_UP_MARKERS
    at = cursor - line_start
    matches = [m for m in _marker_pattern(markers).finditer(line)]
    before = [i for i, m in enumerate(matches) if m.end() <= at]
    if not before:
        return None
    index = before[-1]
    marker = matches[index].group(1)
    if marker not in "+#":
        return None
    value_start = matches[index].end()
    value_end = matches[index + 1].start() if index + 1 < len(matches) else len(line)
    comma = line.rfind(",", value_start, at)
    fragment_start = comma + 1 if comma >= 0 else value_start
    comma = line.find(",", at, value_end)
    fragment_end = comma if comma >= 0 else value_end
    fragment = line[fragment_start:fragment_end]
    start = min(fragment_start + len(fragment) - len(fragment.lstrip()), at)
    end = max(fragment_start + len(fragment.rstrip()), at)
    return Completion(marker, line[start:at].strip(), line_start + start, line_start + end)


def _line_role(text: str, line_start: int) -> str:
    """"title", "follow_up" or "notes": what the line starting at `line_start` is."""
    earlier = text[:line_start].split("\n")[:-1] if line_start else []
    seen_title = False
    for line in earlier:
        if not seen_title:
            seen_title = bool(line.strip())
        elif not is_follow_up_line(line):
            return "notes"
    if not seen_title:
        return "title"
    line_end = text.find("\n", line_start)
    line = text[line_start:len(text) if line_end == -1 else line_end]
    return "follow_up" if is_follow_up_line(line) else "notes"


# Reading ------------------------------------------------------------------------

@dataclass
class NameReading:
    """A person or organisation as typed, and what it was taken to be."""

    typed: str
    id: int | None = None  # the existing record, None when it will be created
    name: str = ""  # the existing record's name, or the typed name
    detail: str = ""  # a person's organisation, for the preview
    county: bool = False  # an organisation part that names a county

    @property
    def new(self) -> bool:
        return self.id is None and not self.county


@dataclass
class FollowUpReading:
    text: str
    due: dt.date | None = None
    responsible: NameReading | None = None  # None: the user herself
    error: str = ""  # in the reading's language


@dataclass
class PreviewLine:
    """One line of the live preview: a label and how the part was read."""

    label: str
    text: str
    error: bool = False

    def __str__(self) -> str:
        return f"{self.label}: {self.text}" if self.label else self.text


@dataclass
class QuickReading:
    text: QuickText
    lang: str = "nb"
    title: str = ""
    when: dt.datetime | None = None  # None: now, when saved
    skipped_time: dates.SkippedTime | None = None  # `when` was typed as a time the day does not have
    kind: MeetingKind = MeetingKind.MEETING
    people: list[NameReading] = field(default_factory=list)
    organisations: list[NameReading] = field(default_factory=list)
    counties: list[tuple[int, str, str]] = field(default_factory=list)  # (id, name, where from)
    follow_ups: list[FollowUpReading] = field(default_factory=list)
    notes: str = ""
    preview: list[PreviewLine] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    known_people: dict[str, int] = field(default_factory=dict)
    known_organisations: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors

    def preview_text(self) -> str:
        return "\n".join(str(line) for line in self.preview)

    def request(self) -> QuickLogRequest:
        """The request for `log_contact`; a UserError naming every part that cannot be read."""
        if self.errors:
            raise UserError(" ".join(self.errors))
        return QuickLogRequest(
            title=self.title,
            when=self.when,
            kind=self.kind,
            organisations=[o.typed for o in self.organisations if not o.county],
            people=[p.typed for p in self.people],
            counties=[o.name for o in self.organisations if o.county],
            notes=self.notes,
            known_organisations={o.typed.casefold(): o.id for o in self.organisations
                                 if o.id is not None and not o.county},
            known_people={**self.known_people,
                          **{p.typed.casefold(): p.id for p in self.people if p.id is not None}},
            follow_up_items=[
                FollowUpItem(
                    text=f.text, due=f.due,
                    responsible=f.responsible.typed if f.responsible is not None else None,
                    responsible_id=f.responsible.id if f.responsible is not None else None,
                )
                for f in self.follow_ups
            ],
        )


def read_quick_text(crm: Crm, text: str, *, now: dt.datetime | None = None, lang: str = "nb",
                    user_name: str = "", known_people: dict[str, int] | None = None,
                    known_organisations: dict[str, int] | None = None) -> QuickReading:
    """Read the text against the file (no writes): the request and the preview, in `lang`.

    `known_people`/`known_organisations` (casefolded name -> id) are names the user
    picked from completion, so the exact record is used when two share a name."""
    moment = now or clock.now()
    words = catalogue(lang)
    refusal = ""
    if len(text) > MAX_TEXT:
        refusal = arg(words.translate("QuickText", "The text is too long (%1 characters, at most %2)."),
                      len(text), MAX_TEXT)
    elif _SURROGATE.search(text):
        refusal = words.translate("QuickText", "The text holds characters that are not valid text "
                                               "(bytes that are not UTF-8).")
    if refusal:
        reading = QuickReading(QuickText(), lang=lang)
        reading.errors.append(refusal)
        reading.preview.append(PreviewLine("", refusal, error=True))
        return reading
    quick = parse(text)
    reading = QuickReading(quick, lang=lang, known_people=dict(known_people or {}),
                           known_organisations=dict(known_organisations or {}))
    problems = [arg(words.translate("QuickText", source), *values) for source, values in quick.problems]
    reading.errors += problems

    def problem(label: str, message: str) -> None:
        sentence = message if message.endswith((".", "!", "?")) else message + "."
        reading.errors.append(f"{label}: {sentence}")
        reading.preview.append(PreviewLine(label, sentence, error=True))

    title_label = words.translate("QuickText", "Title")
    reading.title = quick.title
    if quick.title:
        reading.preview.append(PreviewLine(title_label, quick.title))
    else:
        problem(title_label, words.translate("QuickText", "Write a title on the first line."))

    when_label = words.translate("QuickText", "When")
    if quick.when_text is None:
        reading.preview.append(PreviewLine(when_label, arg(words.translate("QuickText", "now, %1"),
                                                           _moment_words(moment, moment, lang))))
    else:
        try:
            reading.when = resolve_when(quick.when_text, moment)
            reading.preview.append(PreviewLine(when_label, _moment_words(reading.when, moment, lang)))
            reading.skipped_time = skipped_when(quick.when_text, moment)
            if reading.skipped_time is not None:  # "02.30 finnes ikke 27.03.2016 …; lagret som 03.30."
                reading.preview.append(PreviewLine("", reading.skipped_time.message_for(lang)))
        except dates.DateParseError as error:
            problem(when_label, arg(words.translate("QuickText", "“%1”: %2"), quick.when_text,
                                    error.message_for(lang)))

    kind_label = words.translate("QuickText", "Kind")
    try:
        if quick.kind_text is not None:
            reading.kind = parse_kind(quick.kind_text)
        reading.preview.append(PreviewLine(kind_label, reading.kind.label(lang)))
    except ValidationError:
        choices = ", ".join(k.label(lang) for k in MeetingKind)
        problem(kind_label, arg(words.translate("QuickText", "“%1” is not a kind of contact; choose one of: %2"),
                                quick.kind_text, choices))

    reading.organisations = [_read_organisation(crm, name, reading.known_organisations) for name in
                             dict.fromkeys(quick.organisations)]
    shown = [arg(words.translate("QuickText", "new organisation: %1"), o.name) if o.new else o.name
             for o in reading.organisations if not o.county]
    if shown:
        reading.preview.append(PreviewLine(words.translate("QuickText", "Organisations"), "; ".join(shown)))
    reading.people = [_read_person(crm, name, reading.known_people) for name in dict.fromkeys(quick.people)]
    if reading.people:
        reading.preview.append(PreviewLine(words.translate("QuickText", "Participants"), "; ".join(
            _person_words(p, lang) for p in reading.people)))
    _fill_counties(crm, reading)
    if reading.counties:
        reading.preview.append(PreviewLine(words.translate("QuickText", "Counties"), ", ".join(
            arg(words.translate("QuickText", "%1 (from %2)"), name, source) if source else name
            for _id, name, source in reading.counties)))

    participants = {p.typed.casefold(): p for p in reading.people}
    for number, item in enumerate(quick.follow_ups, start=1):
        follow_up = _read_follow_up(crm, item, moment, lang, user_name, participants, reading)
        reading.follow_ups.append(follow_up)
        label = arg(words.translate("QuickText", "Follow-up %1"), number)
        if follow_up.error:
            problem(label, follow_up.error)
            continue
        if follow_up.due:
            due = arg(words.translate("QuickText", "due %1"), _day_words(follow_up.due, moment.date(), lang))
        else:
            due = words.translate("QuickText", "no due date")
        who = follow_up.responsible
        responsible = me_label(user_name, lang) if who is None else _person_words(who, lang, detail=False)
        reading.preview.append(PreviewLine(label, arg(words.translate("QuickText", "%1 — %2 — responsible: %3"),
                                                      follow_up.text, due, responsible)))

    reading.notes = quick.notes
    if quick.notes.strip():
        count = len(quick.notes.splitlines())
        first = quick.notes.strip().splitlines()[0]
        if len(first) > 60:
            first = first[:59] + "…"
        reading.preview.append(PreviewLine(words.translate("QuickText", "Notes"),
                                           arg(words.translate("QuickText", "%n line(s): %1", None, count), first)))
    for message in problems:
        reading.preview.append(PreviewLine("", message, error=True))
    return reading


def _person_words(person: NameReading, lang: str, *, detail: bool = True) -> str:
    words = catalogue(lang)
    if person.new:
        return arg(words.translate("QuickText", "new person: %1"), person.name)
    if detail and person.detail:
        return f"{person.name} ({person.detail})"
    return person.name


def _moment_words(moment: dt.datetime, now: dt.datetime, lang: str) -> str:
    relative = dates.describe_relative(moment.date(), now.date(), lang)
    return f"{dates.format_datetime_long(moment, lang)} ({relative})"


def _day_words(day: dt.date, today: dt.date, lang: str) -> str:
    return f"{dates.format_date_long(day, lang)} ({dates.describe_relative(day, today, lang)})"


def _read_organisation(crm: Crm, name: str, known: dict[str, int]) -> NameReading:
    org_id = known.get(name.casefold())
    if org_id is not None and crm.organisations.exists(org_id):
        return NameReading(name, org_id, crm.organisations.get(org_id).name)
    found = crm.organisations.find_by_name(name)
    if found is not None:
        return NameReading(name, found.id, found.name)
    for county in crm.counties.all():
        if county.name.casefold() == name.casefold():
            return NameReading(county.name, county.id, county.name, county=True)
    return NameReading(name, None, name)


def _read_person(crm: Crm, name: str, known: dict[str, int]) -> NameReading:
    person_id = known.get(name.casefold())
    if person_id is None or not crm.people.exists(person_id):
        found = crm.people.find_by_email(name) if "@" in name else crm.people.find_by_name(name)
        person_id = found.id if found is not None else None
    if person_id is None:
        shown = name.split("@")[0] if "@" in name else name
        return NameReading(name, None, shown)
    person = crm.people.get(person_id)
    detail = crm.organisations.get(person.organisation_id).name if person.organisation_id else ""
    return NameReading(name, person_id, person.name, detail)


def _fill_counties(crm: Crm, reading: QuickReading) -> None:
    """The counties the contact gets: named after `#`, and those of the known organisations."""
    seen: set[int] = set()
    names = {c.id: c.name for c in crm.counties.all()}
    for org in reading.organisations:
        if org.county and org.id is not None and org.id not in seen:
            seen.add(org.id)
            reading.counties.append((org.id, org.name, ""))
    for org in reading.organisations:
        if org.county or org.id is None:
            continue
        for county_id in crm.organisations.get(org.id).county_ids:
            if county_id not in seen:
                seen.add(county_id)
                reading.counties.append((county_id, names.get(county_id, str(county_id)), org.name))


def _read_follow_up(crm: Crm, item: FollowUpText, moment: dt.datetime, lang: str, user_name: str,
                    participants: dict[str, NameReading], reading: QuickReading) -> FollowUpReading:
    words = catalogue(lang)
    result = FollowUpReading(item.text)
    if not item.text:
        result.error = words.translate("QuickText", "A follow-up has no text.")
        return result
    if item.due_text is not None:
        try:
            result.due = dates.parse_due_date(item.due_text, today=moment.date())
        except dates.DateParseError as error:
            result.error = arg(words.translate("QuickText", "“%1” @ “%2”: %3"), item.text, item.due_text,
                               error.message_for(lang))
            return result
    typed = item.responsible_text
    if typed is not None and not means_me(typed, user_name):
        names = split_names(typed)
        if len(names) > 1:
            result.error = arg(words.translate("QuickText", "“%1”: one responsible only (%2)"), item.text, typed)
            return result
        name = names[0] if names else typed.strip()
        result.responsible = participants.get(name.casefold()) or _read_person(crm, name, reading.known_people)
    return result


__all__ = [
    "Completion",
    "FollowUpReading",
    "NameReading",
    "Part",
    "PreviewLine",
    "QuickReading",
    "QuickText",
    "completion_at",
    "parse",
    "parse_kind",
    "read_quick_text",
    "split_names",
    "split_parts",
]
