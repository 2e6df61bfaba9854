"""Norwegian dates: reading what a person types, and showing dates the Norwegian way.

Reading (`parse_when`, `parse_date`, `parse_datetime`) is case-insensitive and
forgiving about spaces. A date part, optionally followed by a time:

* words: "i dag"/"idag"/"today", "i morgen"/"tomorrow", "i går"/"yesterday",
  "i overmorgen", "i forgårs";
* weekdays, full or short ("fredag", "fre", "fre.", "friday", "fri"):
  the coming one, and **today when today is that weekday** (on a Friday,
  "fredag" is today). "på fredag" is the same. "neste fredag" is the Friday of
  next (ISO) week, "forrige fredag" the Friday of last week;
* "neste uke" (Monday of next week), "denne uken", "forrige uke",
  "neste måned" / "forrige måned" (the 1st);
* offsets: "om 3 dager", "om en uke", "om 2 uker", "om 1 måned", "om ett år",
  "for 2 dager siden", "in 3 days", "2 days ago" (numbers as digits or words);
* explicit dates: "14. juni", "14 juni", "14. jun", "14. juni 2026",
  "june 14, 2026", "14.06.2026", "14.06.26" (20xx), "14.6", "14.06", "14/6",
  "14/06/2026", "2026-06-14", optionally after a weekday ("tirsdag 14. juni
  2016"; a weekday that does not fit the date is an error). **A date without a
  year is in the current year**, past or future;
* "uke 25" / "week 25": Monday of ISO week 25 of this year, or of next year when
  week 25 is already over; "uke 25 2027" names the year.

A time may follow: "kl 10", "kl. 10.30", "klokka 10", "at 10:30", "10:30",
"i morgen 14.15". A time alone ("kl 10") means today. A bare "14.15" counts as
a time only after a date part, and only when the whole text is not a date.

Every failure is a `DateParseError` (a `ValueError` and a `UserError`): `str(e)`
is a Norwegian sentence, `e.message_en` the English one. No other exception
escapes for any `str`.

Writing: "tirsdag 14. juni 2016", "14.06.2016", "kl. 10.00" (nb) and
"Tuesday 14 June 2016", "14/06/2016", "10:00" (en). Aware datetimes are shown
in Oslo time. ISO text for storage: "2016-06-14" and "2016-06-14T10:00:00+02:00"
(local Oslo time with its offset, whole seconds).
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from dateutil.relativedelta import relativedelta

from btvcrm.domain import clock
from btvcrm.domain.errors import UserError
from btvcrm.domain.formatting import normalize_lang

OSLO = clock.OSLO

__all__ = [
    "OSLO",
    "DateParseError",
    "ParsedWhen",
    "SkippedTime",
    "describe_recent",
    "describe_relative",
    "format_date_long",
    "format_date_short",
    "format_datetime_long",
    "format_month_year",
    "format_time",
    "from_iso_date",
    "from_iso_datetime",
    "local",
    "month_name",
    "parse_date",
    "parse_due_date",
    "parse_datetime",
    "parse_when",
    "skipped_time",
    "to_iso_date",
    "to_iso_datetime",
    "today_in_oslo",
    "weekday_name",
]

MONTHS_NB = (
    "januar", "februar", "mars", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "desember",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS_NB = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

MAX_INPUT = 200  # longer text is not a date


class DateParseError(UserError, ValueError):
    """Text that is not a date or time; `str(e)` is Norwegian, `e.message_en` English."""

    def __init__(self, message_nb: str, message_en: str) -> None:
        super().__init__(message_nb)
        self.message = message_nb
        self.message_en = message_en

    def message_for(self, lang: str = "nb") -> str:
        return self.message_en if normalize_lang(lang) == "en" else self.message

    def text(self, lang: str) -> str:  # as every UserError says itself (and inside another one)
        return self.message_for(lang)


@dataclass(frozen=True)
class ParsedWhen:
    """A date with an optional time of day (naive, meaning Oslo local time)."""

    date: _dt.date
    time: _dt.time | None


class _NoMatch(Exception):
    """Internal: the text has none of the known shapes."""


# ---------------------------------------------------------------- vocabularies


def _prefixes(names: dict[str, int], minimum: int = 3) -> dict[str, int]:
    """Every prefix of at least `minimum` letters of each name -> its value."""
    table: dict[str, int] = {}
    for name, value in names.items():
        for end in range(min(minimum, len(name)), len(name) + 1):
            prefix = name[:end]
            if table.get(prefix, value) != value:
                raise AssertionError(f"ambiguous abbreviation {prefix!r}")
            table[prefix] = value
    return table


_MONTH_WORDS = _prefixes(
    {name.casefold(): i + 1 for names in (MONTHS_NB, MONTHS_EN) for i, name in enumerate(names)}
)
_WEEKDAY_WORDS = _prefixes(
    {
        **{
            name.casefold(): i
            for names in (WEEKDAYS_NB, WEEKDAYS_EN)
            for i, name in enumerate(names)
        },
        "lordag": 5,
        "sondag": 6,
    }
)

_DAY_WORDS = {
    "i dag": 0, "idag": 0, "today": 0,
    "i morgen": 1, "imorgen": 1, "tomorrow": 1,
    "i går": -1, "igår": -1, "i gar": -1, "igar": -1, "yesterday": -1,
    "i overmorgen": 2, "overmorgen": 2,
    "i forgårs": -2, "forgårs": -2, "i forgars": -2,
}  # fmt: skip

_NUMBER_WORDS = {
    "en": 1, "ett": 1, "et": 1, "ei": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5,
    "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12,
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

_UNITS = {
    "dag": "days", "dager": "days", "døgn": "days", "day": "days", "days": "days",
    "uke": "weeks", "uker": "weeks", "uka": "weeks", "week": "weeks", "weeks": "weeks",
    "måned": "months", "måneder": "months", "mnd": "months", "mnd.": "months",
    "month": "months", "months": "months",
    "år": "years", "year": "years", "years": "years",
}  # fmt: skip

_THIS = {"", "på", "denne", "this", "on"}
_NEXT = {"neste", "next"}
_PREV = {"forrige", "last"}

# ---------------------------------------------------------------- patterns


class _Pattern:
    """A regular expression compiled on its first use: most commands and the app's first
    page only format dates, and compiling these patterns cost ~2 ms at every start."""

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source, self._flags = source, flags
        self._compiled: re.Pattern[str] | None = None

    def _get(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self._get().fullmatch(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self._get().search(text)

_WORD = r"[a-zæøå]+"
_NUM = r"[0-9]{1,6}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_UNIT = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))

_WEEKDAY_RE = _Pattern(rf"(?:(?P<mod>{_WORD})\s+)?(?P<wd>{_WORD})\.?")
_PERIOD_RE = _Pattern(
    r"(?P<mod>neste|denne|forrige|next|this|last)\s+"
    r"(?P<unit>uke|uka|uken|veke|week|måned|måneden|month)"
)
_OFFSET_FUTURE_RE = _Pattern(rf"(?:om|in)\s+(?P<n>{_NUM})\s*(?P<unit>{_UNIT})")
_OFFSET_PAST_RE = _Pattern(rf"(?:for\s+)?(?P<n>{_NUM})\s*(?P<unit>{_UNIT})\s+(?:siden|ago)")
_WEEK_RE = _Pattern(r"(?:uke|veke|week|u)\.?\s*(?P<w>[0-9]{1,3})(?:\s*[,/]?\s*(?P<y>[0-9]{4}))?")
_ISO_RE = _Pattern(r"(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})")
_LEAD_WD = rf"(?:(?P<wd>{_WORD})\.?,?\s+)?"
_NUMERIC_RE = _Pattern(
    _LEAD_WD + r"(?P<d>[0-9]{1,2})(?P<sep>[./])(?P<m>[0-9]{1,2})"
    r"(?:(?P=sep)(?P<y>[0-9]{4}|[0-9]{2})?)?\.?"
)
_DAY_MONTH_RE = _Pattern(
    _LEAD_WD + rf"(?P<d>[0-9]{{1,2}})\.?\s*(?P<mon>{_WORD})\.?(?:,?\s+(?P<y>[0-9]{{4}}))?"
)
_MONTH_DAY_RE = _Pattern(
    _LEAD_WD
    + rf"(?P<mon>{_WORD})\.?\s+(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>[0-9]{{4}}))?"
)

_TIME_EXPLICIT_RE = _Pattern(
    r"(?:^|\s)(?:kl|kl\.|klokka|klokken|at)\s*(?P<h>[0-9]+)(?:[.:](?P<m>[0-9]+))?\.?$"
)
_TIME_COLON_RE = _Pattern(r"(?:^|\s)(?P<h>[0-9]+):(?P<m>[0-9]+)(?::(?P<s>[0-9]+))?$")
_TIME_DOTTED_RE = _Pattern(r"\s(?P<h>[0-9]{1,2})\.(?P<m>[0-9]{2})$")

# ---------------------------------------------------------------- helpers


def today_in_oslo() -> date:
    """Today's date in Oslo (not in the machine's time zone); follows a frozen clock."""
    return clock.today()


def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.split())


def _shown(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:39] + "…"


def _unknown(text: str) -> DateParseError:
    shown = _shown(text)
    return DateParseError(
        f"Forstår ikke datoen «{shown}».", f"Cannot understand the date “{shown}”."
    )


def _out_of_range() -> DateParseError:
    return DateParseError(
        "Datoen er utenfor det gyldige området (år 1–9999).",
        "The date is outside the valid range (years 1–9999).",
    )


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _year_of(text: str | None, today: date) -> int | None:
    if text is None:
        return None
    year = int(text)
    if len(text) == 2:
        year += 2000
    if not 1 <= year <= 9999:
        raise DateParseError(f"Ugyldig år: {text}.", f"Invalid year: {text}.")
    return year


def _make_date(day: int, month: int, year: int | None, today: date) -> date:
    """Check and build a date; a missing year is the current year."""
    if not 1 <= month <= 12:
        raise DateParseError(f"Ugyldig måned: {month}.", f"Invalid month: {month}.")
    the_year = today.year if year is None else year
    try:
        return date(the_year, month, day)
    except ValueError:
        pass
    show_year = year is not None or (month == 2 and day == 29)
    nb = f"{day}. {MONTHS_NB[month - 1]}" + (f" {the_year}" if show_year else "")
    en = f"{day} {MONTHS_EN[month - 1]}" + (f" {the_year}" if show_year else "")
    raise DateParseError(f"{nb} finnes ikke.", f"{en} does not exist.")


def _check_weekday(word: str | None, d: date) -> None:
    if word is None:
        return
    if word not in _WEEKDAY_WORDS:
        raise _NoMatch
    wanted = _WEEKDAY_WORDS[word]
    if d.weekday() != wanted:
        raise DateParseError(
            f"{format_date_long(d)[len(weekday_name(d)) + 1 :]} er en {weekday_name(d)}, "
            f"ikke en {WEEKDAYS_NB[wanted]}.",
            f"{format_date_long(d, 'en')[len(weekday_name(d, 'en')) + 1 :]} is a "
            f"{weekday_name(d, 'en')}, not a {WEEKDAYS_EN[wanted]}.",
        )


def _parse_date_part(s: str, today: date) -> date:
    """Read a normalised date part; raise _NoMatch or DateParseError."""
    if s in _DAY_WORDS:
        return today + timedelta(days=_DAY_WORDS[s])

    if m := _PERIOD_RE.fullmatch(s):
        step = 1 if m["mod"] in _NEXT else -1 if m["mod"] in _PREV else 0
        if m["unit"] in ("måned", "måneden", "month"):
            return today.replace(day=1) + relativedelta(months=step)
        return _monday(today) + timedelta(weeks=step)

    if (m := _OFFSET_FUTURE_RE.fullmatch(s)) or (m := _OFFSET_PAST_RE.fullmatch(s)):
        n = _number(m["n"])
        if not s.startswith(("om ", "in ")):
            n = -n
        unit = _UNITS[m["unit"]]
        if unit == "days":
            return today + timedelta(days=n)
        if unit == "weeks":
            return today + timedelta(weeks=n)
        if unit == "months":
            return today + relativedelta(months=n)
        return today + relativedelta(years=n)

    if m := _WEEK_RE.fullmatch(s):
        week = int(m["w"])
        if not 1 <= week <= 53:
            raise DateParseError(f"Ugyldig ukenummer: {week}.", f"Invalid week number: {week}.")
        year = _year_of(m["y"], today)
        if year is None:
            this_year, this_week, _ = today.isocalendar()
            year = this_year + 1 if week < this_week else this_year
            if year > 9999:
                raise _out_of_range()
        try:
            return date.fromisocalendar(year, week, 1)
        except ValueError:
            raise DateParseError(
                f"Uke {week} finnes ikke i {year}.", f"Week {week} does not exist in {year}."
            )

    if m := _WEEKDAY_RE.fullmatch(s):
        mod, word = m["mod"] or "", m["wd"]
        if word in _WEEKDAY_WORDS:
            wanted = _WEEKDAY_WORDS[word]
            if mod in _THIS:
                return today + timedelta(days=(wanted - today.weekday()) % 7)
            if mod in _NEXT:
                return _monday(today) + timedelta(days=7 + wanted)
            if mod in _PREV:
                return _monday(today) - timedelta(days=7 - wanted)
        raise _NoMatch

    if m := _ISO_RE.fullmatch(s):
        year = _year_of(m["y"], today)
        return _make_date(int(m["d"]), int(m["m"]), year, today)

    if m := _NUMERIC_RE.fullmatch(s):
        if m["wd"] is not None and m["wd"] not in _WEEKDAY_WORDS:
            raise _NoMatch
        d = _make_date(int(m["d"]), int(m["m"]), _year_of(m["y"], today), today)
        _check_weekday(m["wd"], d)
        return d

    for pattern in (_DAY_MONTH_RE, _MONTH_DAY_RE):
        if (m := pattern.fullmatch(s)) and m["mon"] in _MONTH_WORDS:
            if m["wd"] is not None and m["wd"] not in _WEEKDAY_WORDS:
                raise _NoMatch
            month = _MONTH_WORDS[m["mon"]]
            d = _make_date(int(m["d"]), month, _year_of(m["y"], today), today)
            _check_weekday(m["wd"], d)
            return d

    raise _NoMatch


def _make_time(hours: str, minutes: str | None, seconds: str | None = None) -> time:
    shown = hours if minutes is None else f"{hours}.{minutes}"
    ok = (
        len(hours) <= 2
        and int(hours) <= 23
        and (minutes is None or (len(minutes) == 2 and int(minutes) <= 59))
        and (seconds is None or (len(seconds) == 2 and int(seconds) <= 59))
    )
    if not ok:
        raise DateParseError(f"Ugyldig klokkeslett: {shown}.", f"Invalid time: {shown}.")
    return time(int(hours), int(minutes or 0), int(seconds or 0))


def _split_time(s: str, today: date) -> ParsedWhen:
    """Read "<date part> <time>"; raise _NoMatch or DateParseError."""
    for pattern in (_TIME_EXPLICIT_RE, _TIME_COLON_RE, _TIME_DOTTED_RE):
        m = pattern.search(s)
        if m is None:
            continue
        date_part = s[: m.start()].strip().rstrip(",").strip()
        if pattern is _TIME_DOTTED_RE and (int(m["h"]) > 23 or int(m["m"]) > 59):
            raise _NoMatch  # "fredag 14.75" is not a time; let the date error speak
        the_date = _parse_date_part(date_part, today) if date_part else today
        groups = m.groupdict()
        return ParsedWhen(the_date, _make_time(m["h"], m["m"], groups.get("s")))
    raise _NoMatch


# ---------------------------------------------------------------- parsing API


def parse_when(text: str, *, today: date | None = None) -> ParsedWhen:
    """Read a date with an optional time of day; see the module docstring for the forms.

    `today` defaults to today's date in Oslo. Raises DateParseError, nothing else.
    """
    if today is None:
        today = today_in_oslo()
    if isinstance(today, datetime):
        today = today.date()
    if not isinstance(text, str) or not text.strip():
        raise DateParseError("Skriv inn en dato.", "Enter a date.")
    if len(text) > MAX_INPUT:
        raise _unknown(text)
    s = _normalize(text)
    try:
        try:
            return ParsedWhen(_parse_date_part(s, today), None)
        except _NoMatch:
            first_error: DateParseError | None = None
        except DateParseError as error:
            first_error = error  # e.g. "fredag 14.15": not a date, maybe a time
        try:
            return _split_time(s, today)
        except _NoMatch:
            raise first_error or _unknown(text)
        except DateParseError:
            if first_error is not None:
                raise first_error
            raise
    except (OverflowError, ValueError) as error:
        if isinstance(error, DateParseError):
            raise
        raise _out_of_range()


def parse_date(text: str, *, today: date | None = None) -> date:
    """Like parse_when, keeping only the date. A time in the text is checked, then ignored."""
    return parse_when(text, today=today).date


def parse_due_date(text: str, *, today: date | None = None) -> date:
    """A due date: like parse_date, except that a day and month without a year
    that has already passed this year is next year's ("1.7" typed in December is
    1 July next year). Words, weekdays and offsets read as in parse_date."""
    if today is None:
        today = today_in_oslo()
    if isinstance(today, datetime):
        today = today.date()
    day = parse_date(text, today=today)
    if day >= today:
        return day
    s = _normalize(text)
    for pattern in (_NUMERIC_RE, _DAY_MONTH_RE, _MONTH_DAY_RE):
        match = pattern.fullmatch(s)
        if match and not match["y"]:
            try:
                return day.replace(year=day.year + 1)
            except ValueError:  # 29 February: next year has none
                return day
    return day


def _localize(naive: datetime, tz: _dt.tzinfo) -> datetime:
    """Attach `tz`; a wall time skipped by a DST change moves forward ("02.30" -> 03.30).

    A wall time that comes twice (the autumn change) is the first one unless
    `naive.fold` is 1, as in the standard library."""
    aware = naive.replace(tzinfo=tz)
    try:
        real = aware.astimezone(_dt.UTC).astimezone(tz)
    except (OverflowError, ValueError):
        return aware
    return real if real.replace(tzinfo=None, fold=0) != naive.replace(fold=0) else aware


def local(moment: datetime, tz: _dt.tzinfo = OSLO) -> datetime:
    """The real moment as Oslo time (or `tz`), with the offset that holds at that moment.

    The one normaliser of moments: an aware datetime is converted through UTC, so
    "02.30" attached to Europe/Oslo on the night the clocks go forward (a time that
    does not exist, and which the standard library gives the winter offset +01:00)
    becomes 03.30+02:00, the same instant; a repeated autumn time keeps its fold. A
    naive datetime is Oslo wall time (`_localize`)."""
    if moment.tzinfo is None:
        return _localize(moment, tz)
    try:
        return moment.astimezone(_dt.UTC).astimezone(tz)
    except (OverflowError, ValueError):  # the first or last hours of year 1/9999
        return moment.astimezone(tz)


@dataclass(frozen=True)
class SkippedTime:
    """A wall-clock time the day does not have (the night the clocks go forward):
    what was typed and what is stored instead. `str()` is the Bokmål note."""

    day: date
    typed: time
    saved: time

    def message_for(self, lang: str = "nb") -> str:
        if normalize_lang(lang) == "en":
            return (f"{format_time(self.typed, 'en')} does not exist on {format_date_short(self.day, 'en')} "
                    f"(the clocks go forward to summer time); saved as {format_time(self.saved, 'en')}.")
        return (f"{self.typed.hour:02d}.{self.typed.minute:02d} finnes ikke {format_date_short(self.day)} "
                f"(klokka stilles fram til sommertid); lagret som {self.saved.hour:02d}.{self.saved.minute:02d}.")

    def __str__(self) -> str:
        return self.message_for("nb")


def skipped_time(day: date, wall: time, tz: _dt.tzinfo = OSLO) -> SkippedTime | None:
    """A `SkippedTime` when `wall` does not exist on `day` in `tz`, else None."""
    naive = datetime.combine(day, wall.replace(tzinfo=None))
    real = _localize(naive, tz)
    if real.replace(tzinfo=None, fold=0) == naive.replace(fold=0):
        return None
    return SkippedTime(day, wall.replace(tzinfo=None, fold=0), real.time())


def parse_datetime(
    text: str,
    *,
    now: datetime | None = None,
    default_time: time = time(9, 0),
    tz: _dt.tzinfo = OSLO,
) -> datetime:
    """Read a date and optional time as an aware datetime in `tz` (Europe/Oslo).

    Without a time in the text, `default_time` is used. `now` gives "today": an
    aware `now` is converted to `tz`, a naive one is taken as local time in `tz`.
    A time that does not exist (skipped at the spring DST change) moves forward
    by the size of the gap.
    """
    if now is None:
        now = datetime.now(tz)
    elif now.tzinfo is not None:
        now = now.astimezone(tz)
    parsed = parse_when(text, today=now.date())
    wall = parsed.time if parsed.time is not None else default_time.replace(tzinfo=None)
    try:
        return _localize(datetime.combine(parsed.date, wall), tz)
    except (OverflowError, ValueError):  # pragma: no cover - defensive
        raise _out_of_range()


# ---------------------------------------------------------------- formatting API


def _as_local(value: date) -> date:
    """An aware datetime in Oslo time (`local`); anything else unchanged."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return local(value)
    return value


def _as_date(value: date) -> date:
    value = _as_local(value)
    return value.date() if isinstance(value, datetime) else value


def weekday_name(d: date | int, lang: str = "nb") -> str:
    """The weekday, "tirsdag" / "Tuesday", for a date, or for a weekday number (0 = Monday)."""
    index = d if isinstance(d, int) else _as_date(d).weekday()
    return (WEEKDAYS_EN if normalize_lang(lang) == "en" else WEEKDAYS_NB)[index]


def month_name(m: int | date, lang: str = "nb") -> str:
    """The month, "juni" / "June", for 6 (or for a date in June)."""
    index = m if isinstance(m, int) else _as_date(m).month
    if not 1 <= index <= 12:
        raise ValueError(f"month out of range: {index}")
    return (MONTHS_EN if normalize_lang(lang) == "en" else MONTHS_NB)[index - 1]


def format_date_long(d: date, lang: str = "nb") -> str:
    """Long date: "tirsdag 14. juni 2016" / "Tuesday 14 June 2016"."""
    d = _as_date(d)
    if normalize_lang(lang) == "en":
        return f"{weekday_name(d, 'en')} {d.day} {month_name(d.month, 'en')} {d.year}"
    return f"{weekday_name(d)} {d.day}. {month_name(d.month)} {d.year}"


def format_date_short(d: date, lang: str = "nb") -> str:
    """Short date: "14.06.2016" / "14/06/2016"."""
    d = _as_date(d)
    sep = "/" if normalize_lang(lang) == "en" else "."
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year:04d}"


def format_time(t: time | datetime, lang: str = "nb") -> str:
    """Time of day: "kl. 10.00" / "10:00" (an aware datetime is shown in Oslo time)."""
    if isinstance(t, datetime):
        here = _as_local(t)
        assert isinstance(here, datetime)
        t = here.time()
    if normalize_lang(lang) == "en":
        return f"{t.hour:02d}:{t.minute:02d}"
    return f"kl. {t.hour:02d}.{t.minute:02d}"


def format_datetime_long(dt: datetime, lang: str = "nb") -> str:
    """Long date and time: "fredag 17. juni 2016 kl. 10.00" / "Friday 17 June 2016 at 10:00" (Oslo time)."""
    here = _as_local(dt)
    assert isinstance(here, datetime)
    if normalize_lang(lang) == "en":
        return f"{format_date_long(here, 'en')} at {format_time(here, 'en')}"
    return f"{format_date_long(here)} {format_time(here)}"


def format_month_year(d: date, lang: str = "nb") -> str:
    """Month and year: "juni 2016" / "June 2016"."""
    d = _as_date(d)
    return f"{month_name(d.month, lang)} {d.year}"


def describe_relative(d: date, today: date, lang: str = "nb") -> str:
    """Days from `today` in words: "i dag", "i morgen", "i går", "om 3 dager", "for 2 dager siden" (en: "today",
    "tomorrow", "yesterday", "in 3 days", "2 days ago"). Always counted in days."""
    days = (_as_date(d) - _as_date(today)).days
    en = normalize_lang(lang) == "en"
    if days == 0:
        return "today" if en else "i dag"
    if days == 1:
        return "tomorrow" if en else "i morgen"
    if days == -1:
        return "yesterday" if en else "i går"
    if en:
        return f"in {days} days" if days > 0 else f"{-days} days ago"
    return f"om {days} dager" if days > 0 else f"for {-days} dager siden"


def describe_recent(d: date, today: date, lang: str = "nb", *, within_days: int = 60) -> str:
    """`describe_relative` up to `within_days` away ("for 3 dager siden"), else the date
    ("14.06.2016"): nobody reads "for 3827 dager siden" as a time."""
    if abs((_as_date(d) - _as_date(today)).days) <= within_days:
        return describe_relative(d, today, lang)
    return format_date_short(d, lang)


# ---------------------------------------------------------------- ISO 8601 text


_ISO_DATE_STRICT = _Pattern(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)


def to_iso_date(d: date) -> str:
    """ISO date text, "2016-06-14" (an aware datetime gives its date in Oslo)."""
    return _as_date(d).isoformat()


def from_iso_date(s: str) -> date:
    """Read ISO date text, "2016-06-14" -> date; anything else raises DateParseError."""
    if isinstance(s, str) and _ISO_DATE_STRICT.fullmatch(s.strip()):
        try:
            return date.fromisoformat(s.strip())
        except ValueError:
            pass
    shown = _shown(str(s))
    raise DateParseError(
        f"«{shown}» er ikke en dato på formen ÅÅÅÅ-MM-DD.",
        f"“{shown}” is not a date of the form YYYY-MM-DD.",
    )


def to_iso_datetime(dt: datetime) -> str:
    """ISO text "2016-06-14T10:00:00+02:00": Oslo local time with its offset, whole seconds.

    A naive datetime is taken as Oslo local time.
    """
    return local(dt).isoformat(timespec="seconds")


def from_iso_datetime(s: str) -> datetime:
    """ISO 8601 text -> aware datetime in Oslo time.

    An offset (or "Z") is honoured; text without one is Oslo local time.
    Anything that is not an ISO date-time raises DateParseError.
    """
    text = s.strip() if isinstance(s, str) else ""
    try:
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9:.,+\-Z]+", text, re.ASCII):
            raise ValueError(text)
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        if parsed.tzinfo is None:
            return _localize(parsed, OSLO)
        return parsed.astimezone(OSLO)
    except (ValueError, OverflowError):
        shown = _shown(str(s))
        raise DateParseError(
            f"«{shown}» er ikke et tidspunkt på formen ÅÅÅÅ-MM-DDTtt:mm:ss+hh:mm.",
            f"“{shown}” is not a date-time of the form YYYY-MM-DDThh:mm:ss+hh:mm.",
        )
