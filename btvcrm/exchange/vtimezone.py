"""VTIMEZONE components from the zone database, with yearly RRULEs.

A list of RDATEs (what icalendar's `add_missing_timezones` writes) is valid only for
the years it lists: ical.js, vobject and Radicale read summer meetings an hour late
from it, and a meeting after the last listed year gets no summer time at all. Outlook
and Thunderbird write one STANDARD and one DAYLIGHT observance with a yearly RRULE
instead; so does this module, from the rule that the zone database itself gives for
the future (the POSIX TZ string at the end of the TZif file, e.g.
``CET-1CEST,M3.5.0,M10.5.0/3`` for Europe/Oslo).

The rule is written from the first year since which it has held without a break
(1996 for Europe/Oslo: the last Sunday of October). Older times in the calendar get
history observances for exactly the years they need, from the same database: runs of
years that change on the same weekday of the same month as a yearly RRULE with an
UNTIL (Europe/Oslo 1981–1995: the last Sunday of March and of September), a lone
change as an observance of its own. Never RDATE lists: vobject reads only the first
date of a list, which put meetings before 1996 an hour wrong.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
import zoneinfo
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar

__all__ = ["posix_rule", "vtimezone"]

_FIRST_RULE_YEAR = 1970
_LAST_CHECKED_YEAR = 2037
#: Zones without a lasting rule (Casablanca, Gaza): their listed changes up to here.
_FALLBACK_END_YEAR = 2100


@dataclass(frozen=True)
class _Transition:
    month: int
    week: int  # 1-4, 5 = last
    weekday: int  # POSIX: 0 = Sunday
    seconds: int  # local time of the change, in the offset before it

    def on(self, year: int) -> datetime:
        """The local (naive) moment of the change in `year`."""
        first = date(year, self.month, 1)
        python_weekday = (self.weekday - 1) % 7  # Python: 0 = Monday
        day = first + timedelta(days=(python_weekday - first.weekday()) % 7)
        if self.week == 5:
            following = day + timedelta(weeks=4)
            day = following if following.month == self.month else day + timedelta(weeks=3)
        else:
            day += timedelta(weeks=self.week - 1)
        return datetime(day.year, day.month, day.day) + timedelta(seconds=self.seconds)

    def rrule(self) -> dict[str, object]:
        byday = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"][self.weekday]
        return {"FREQ": "YEARLY", "BYMONTH": self.month, "BYDAY": f"{-1 if self.week == 5 else self.week}{byday}"}


@dataclass(frozen=True)
class PosixRule:
    std_name: str
    std_offset: timedelta  # east of UTC (the POSIX sign turned around)
    dst_name: str = ""
    dst_offset: timedelta | None = None
    dst_start: _Transition | None = None
    dst_end: _Transition | None = None


_NAME = r"(?:<[^>]+>|[A-Za-z]{3,})"
_OFFSET = r"[+-]?\d{1,3}(?::\d{2}){0,2}"
_RULE_RE = re.compile(
    rf"^(?P<std>{_NAME})(?P<stdoff>{_OFFSET})"
    rf"(?:(?P<dst>{_NAME})(?P<dstoff>{_OFFSET})?"
    r",(?P<start>M\d{1,2}\.\d\.\d(?:/[+-]?\d{1,3}(?::\d{2}){0,2})?)"
    r",(?P<end>M\d{1,2}\.\d\.\d(?:/[+-]?\d{1,3}(?::\d{2}){0,2})?))?$"
)


def _seconds(text: str) -> int:
    sign = -1 if text.startswith("-") else 1
    parts = [int(p) for p in text.lstrip("+-").split(":")] + [0, 0]
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])


def _transition(text: str) -> _Transition:
    rule, _, at = text[1:].partition("/")
    month, week, weekday = (int(p) for p in rule.split("."))
    return _Transition(month, week, weekday, _seconds(at) if at else 7200)


def parse_posix(text: str) -> PosixRule | None:
    """The rule of a POSIX TZ string with M-form dates (the only form tzdata uses
    for current rules); None for anything else."""
    match = _RULE_RE.match(text.strip())
    if match is None:
        return None
    std_offset = timedelta(seconds=-_seconds(match["stdoff"]))
    if not match["dst"]:
        return PosixRule(match["std"].strip("<>"), std_offset)
    dst_offset = timedelta(seconds=-_seconds(match["dstoff"])) if match["dstoff"] else std_offset + timedelta(hours=1)
    return PosixRule(match["std"].strip("<>"), std_offset, match["dst"].strip("<>"), dst_offset,
                     _transition(match["start"]), _transition(match["end"]))


def _tzif_bytes(key: str) -> bytes | None:
    """The TZif file zoneinfo itself reads for `key` (TZPATH first, then tzdata)."""
    if ".." in key or key.startswith("/"):
        return None
    for folder in zoneinfo.TZPATH:
        candidate = Path(folder) / key
        if candidate.is_file():
            return candidate.read_bytes()
    try:
        package, _, name = f"tzdata.zoneinfo.{key}".replace("/", ".").rpartition(".")
        return importlib.resources.files(package).joinpath(name).read_bytes()
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError):
        return None


@functools.lru_cache(maxsize=64)
def posix_rule(key: str) -> PosixRule | None:
    """The future rule of a zone, from the footer of its TZif (version 2+) file."""
    data = _tzif_bytes(key)
    if not data or not data.startswith(b"TZif") or data[4:5] < b"2":
        return None
    footer = data.rstrip(b"\n").rsplit(b"\n", 1)[-1]
    try:
        return parse_posix(footer.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None


def _holds(zone: zoneinfo.ZoneInfo, rule: PosixRule, year: int) -> bool:
    """Does the zone database agree with `rule` in `year` (offsets around each change)?"""
    def offset(local: datetime) -> timedelta | None:
        return local.replace(tzinfo=zone).utcoffset()

    if rule.dst_start is None or rule.dst_end is None or rule.dst_offset is None:
        return all(offset(datetime(year, month, 15)) == rule.std_offset for month in (1, 4, 7, 10))
    start, end = rule.dst_start.on(year), rule.dst_end.on(year)
    hour = timedelta(hours=1)
    checks = [
        (start - hour, rule.std_offset),
        (start + 2 * hour, rule.dst_offset),
        (end - 2 * hour, rule.dst_offset),
        (end + 2 * hour, rule.std_offset),
        (datetime(year, 1, 15), rule.std_offset if start < end else rule.dst_offset),
        (datetime(year, 7, 15), rule.dst_offset if start < end else rule.std_offset),
    ]
    return all(offset(local) == expected for local, expected in checks)


@functools.lru_cache(maxsize=64)
def rule_since(key: str) -> tuple[PosixRule, int] | None:
    """(the zone's current rule, the first year since which it has held every year)."""
    rule = posix_rule(key)
    if rule is None:
        return None
    zone = zoneinfo.ZoneInfo(key)
    year = _LAST_CHECKED_YEAR
    if not _holds(zone, rule, year):
        return None
    while year > _FIRST_RULE_YEAR and _holds(zone, rule, year - 1):
        year -= 1
    return rule, year


def _observance(kind: type[icalendar.cal.Component], name: str, start: datetime, offset_from: timedelta,
                offset_to: timedelta, rrule: dict[str, object] | None) -> icalendar.cal.Component:
    component = kind()
    component.add("TZNAME", name)
    component.add("DTSTART", start)
    component.add("TZOFFSETFROM", offset_from)
    component.add("TZOFFSETTO", offset_to)
    if rrule is not None:
        component.add("RRULE", rrule)
    return component


def _changes(zone: zoneinfo.ZoneInfo, first_year: int, end_year: int) -> list[tuple[datetime, timedelta, timedelta]]:
    """(UTC moment, offset before, offset after) of every change in [first_year, end_year)."""
    found: list[tuple[datetime, timedelta, timedelta]] = []
    moment = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(end_year, 1, 1, tzinfo=UTC)
    step = timedelta(days=1)

    def offset(at: datetime) -> timedelta:
        value = at.astimezone(zone).utcoffset()
        return value if value is not None else timedelta(0)

    before = offset(moment)
    while moment < end:
        following = moment + step
        after = offset(following)
        if after != before:
            low, high = moment, following  # bisect to the second
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if offset(middle) == before:
                    low = middle
                else:
                    high = middle
            found.append((high.replace(microsecond=0), before, after))
            before = after
        moment = following
    return found


@dataclass(frozen=True)
class _Onset:
    """One change of offset: its local onset (in the offset before it) and what it changes to."""

    local: datetime  # naive
    utc: datetime
    before: timedelta
    after: timedelta
    name: str
    is_dst: bool

    @property
    def key(self) -> tuple[timedelta, timedelta, str, bool]:
        return self.before, self.after, self.name, self.is_dst

    def patterns(self) -> set[tuple[int, int, int, int]]:
        """(month, BYDAY ordinal, weekday, seconds into the day) that describe the onset
        as a yearly rule: the n-th weekday of the month, and -1 if it is the last one."""
        local = self.local
        seconds = local.hour * 3600 + local.minute * 60 + local.second
        found = {(local.month, (local.day - 1) // 7 + 1, local.weekday(), seconds)}
        if (local + timedelta(weeks=1)).month != local.month:
            found.add((local.month, -1, local.weekday(), seconds))
        return found


_BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]  # Python's weekday order
#: How far past the last onset a history RRULE's UNTIL is put. Readers disagree on
#: whether UNTIL (in UTC, RFC 5545 3.8.5.3) is compared with the onset in UTC or with
#: its local time (dateutil, and so vobject); a day later includes the last onset in
#: both readings and is months before the next one.
_UNTIL_MARGIN = timedelta(days=1)


def _onsets(zone: zoneinfo.ZoneInfo, first_year: int, end_year: int) -> list[_Onset]:
    found: list[_Onset] = []
    for moment, before, after in _changes(zone, first_year, end_year):
        local = moment.astimezone(zone)
        found.append(_Onset((moment + before).replace(tzinfo=None), moment, before, after,
                            local.tzname() or "", bool(local.dst())))
    return found


def _runs(onsets: list[_Onset]) -> list[tuple[list[_Onset], tuple[int, int, int, int] | None]]:
    """The onsets in runs of consecutive years that follow one yearly pattern (the
    pattern, or None for a run of one onset)."""
    runs: list[tuple[list[_Onset], set[tuple[int, int, int, int]]]] = []
    open_runs: dict[tuple[timedelta, timedelta, str, bool], int] = {}
    for onset in onsets:
        index = open_runs.get(onset.key)
        if index is not None:
            members, patterns = runs[index]
            common = patterns & onset.patterns()
            if members[-1].local.year == onset.local.year - 1 and common:
                members.append(onset)
                runs[index] = (members, common)
                continue
        open_runs[onset.key] = len(runs)
        runs.append(([onset], onset.patterns()))
    result: list[tuple[list[_Onset], tuple[int, int, int, int] | None]] = []
    for members, patterns in runs:
        if len(members) == 1:
            result.append((members, None))
        else:  # "the last Sunday" where it fits (as the zone database says it), else the n-th
            result.append((members, min(patterns, key=lambda p: (p[1] != -1, p))))
    return result


def _history(zone: zoneinfo.ZoneInfo, first_year: int, end_year: int) -> list[icalendar.cal.Component]:
    """Observances for the years [first_year, end_year) before the current rule holds.

    Consecutive years that change on the same weekday of the same month at the same
    time get one observance with a yearly RRULE and an UNTIL; a lone change gets an
    observance of its own with only its DTSTART. No RDATE lists: vobject reads only
    the first date of one, and ical.js-style readers disagree on them. Each onset is
    written in the local time of the offset in force before it (RFC 5545 3.6.5).
    """
    start = datetime(first_year, 1, 1, tzinfo=UTC)
    initial = start.astimezone(zone)
    first_offset = initial.utcoffset() or timedelta(0)
    kind = icalendar.TimezoneDaylight if initial.dst() else icalendar.TimezoneStandard
    components = [_observance(kind, initial.tzname() or "", datetime(first_year, 1, 1), first_offset,
                              first_offset, None)]
    for members, pattern in _runs(_onsets(zone, first_year, end_year)):
        first = members[0]
        rrule: dict[str, object] | None = None
        if pattern is not None:
            month, ordinal, weekday, _ = pattern
            until = members[-1].utc + _UNTIL_MARGIN
            rrule = {"FREQ": "YEARLY", "BYMONTH": month, "BYDAY": f"{ordinal}{_BYDAY[weekday]}", "UNTIL": until}
        kind = icalendar.TimezoneDaylight if first.is_dst else icalendar.TimezoneStandard
        components.append(_observance(kind, first.name, first.local, first.before, first.after, rrule))
    return components


def vtimezone(key: str, earliest: date | None = None) -> icalendar.Timezone:
    """A VTIMEZONE for the IANA zone `key` with RRULE observances (see module doc).

    `earliest` is the first day the calendar needs: if it lies before the rule's
    first year, history observances (yearly RRULEs with UNTIL, single onsets) cover
    the years in between. Zones without a rule that holds (changes the zone database
    lists one by one, such as Africa/Casablanca) get history observances up to 2100.
    """
    found = rule_since(key)
    timezone = icalendar.Timezone()
    timezone.add("TZID", key)
    timezone.add("X-LIC-LOCATION", key)
    if found is None:
        first = earliest or icalendar.Timezone.DEFAULT_FIRST_DATE
        for component in _history(zoneinfo.ZoneInfo(key), first.year - 1, _FALLBACK_END_YEAR):
            timezone.add_component(component)
        return timezone
    rule, since = found
    if earliest is not None and earliest.year < since:
        for component in _history(zoneinfo.ZoneInfo(key), earliest.year - 1, since):
            timezone.add_component(component)
    if rule.dst_start is None or rule.dst_end is None or rule.dst_offset is None:
        timezone.add_component(_observance(icalendar.TimezoneStandard, rule.std_name, datetime(since, 1, 1),
                                           rule.std_offset, rule.std_offset, None))
        return timezone
    timezone.add_component(_observance(icalendar.TimezoneDaylight, rule.dst_name, rule.dst_start.on(since),
                                       rule.std_offset, rule.dst_offset, rule.dst_start.rrule()))
    timezone.add_component(_observance(icalendar.TimezoneStandard, rule.std_name, rule.dst_end.on(since),
                                       rule.dst_offset, rule.std_offset, rule.dst_end.rrule()))
    return timezone
