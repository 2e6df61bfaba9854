from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from btvcrm.domain.dates import (
    OSLO,
    DateParseError,
    ParsedWhen,
    describe_relative,
    format_date_long,
    format_date_short,
    format_datetime_long,
    format_month_year,
    format_time,
    from_iso_date,
    from_iso_datetime,
    month_name,
    parse_date,
    parse_datetime,
    parse_when,
    to_iso_date,
    to_iso_datetime,
    weekday_name,
)
from btvcrm.domain.errors import UserError

WED = date(2026, 6, 10)  # a Wednesday, ISO week 24
FRI = date(2026, 6, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i dag", WED),
        ("idag", WED),
        ("I DAG", WED),
        ("today", WED),
        ("i morgen", date(2026, 6, 11)),
        ("  i   Morgen ", date(2026, 6, 11)),
        ("tomorrow", date(2026, 6, 11)),
        ("i går", date(2026, 6, 9)),
        ("igår", date(2026, 6, 9)),
        ("yesterday", date(2026, 6, 9)),
        ("i overmorgen", date(2026, 6, 12)),
        ("i forgårs", date(2026, 6, 8)),
        ("fredag", FRI),
        ("Fredag", FRI),
        ("fre", FRI),
        ("fre.", FRI),
        ("på fredag", FRI),
        ("friday", FRI),
        ("man", date(2026, 6, 15)),
        ("mandag", date(2026, 6, 15)),
        ("onsdag", WED),  # today's weekday means today
        ("tirsdag", date(2026, 6, 16)),
        ("lørdag", date(2026, 6, 13)),
        ("søn", date(2026, 6, 14)),
        ("neste fredag", date(2026, 6, 19)),
        ("neste mandag", date(2026, 6, 15)),
        ("forrige fredag", date(2026, 6, 5)),
        ("neste uke", date(2026, 6, 15)),
        ("forrige uke", date(2026, 6, 1)),
        ("neste måned", date(2026, 7, 1)),
        ("om 3 dager", date(2026, 6, 13)),
        ("om 2 uker", date(2026, 6, 24)),
        ("om en uke", date(2026, 6, 17)),
        ("om to uker", date(2026, 6, 24)),
        ("om 1 måned", date(2026, 7, 10)),
        ("om ett år", date(2027, 6, 10)),
        ("in 3 days", date(2026, 6, 13)),
        ("for 2 dager siden", date(2026, 6, 8)),
        ("2 days ago", date(2026, 6, 8)),
        ("14. juni", date(2026, 6, 14)),
        ("14 juni", date(2026, 6, 14)),
        ("14. jun", date(2026, 6, 14)),
        ("14. jun.", date(2026, 6, 14)),
        ("14. JUNI 2026", date(2026, 6, 14)),
        ("3. mars 2016", date(2016, 3, 3)),
        ("14 june 2016", date(2016, 6, 14)),
        ("June 14, 2016", date(2016, 6, 14)),
        ("1. des", date(2026, 12, 1)),
        ("14.06.2026", date(2026, 6, 14)),
        ("14.06.26", date(2026, 6, 14)),
        ("14.6", date(2026, 6, 14)),
        ("14.06", date(2026, 6, 14)),
        ("14.06.", date(2026, 6, 14)),
        ("14/6", date(2026, 6, 14)),
        ("14/06/2016", date(2016, 6, 14)),
        ("2026-06-14", date(2026, 6, 14)),
        ("1.1", date(2026, 1, 1)),  # no year: this year, even when in the past
        ("uke 25", date(2026, 6, 15)),
        ("uke 24", date(2026, 6, 8)),  # the current week: its Monday, though past
        ("uke 23", date(2027, 6, 7)),  # already over: next year
        ("uke 25 2027", date(2027, 6, 21)),
        ("week 25", date(2026, 6, 15)),
        ("tirsdag 14. juni 2016", date(2016, 6, 14)),
        ("Tuesday 14 June 2016", date(2016, 6, 14)),
        ("tirsdag, 14.06.2016", date(2016, 6, 14)),
    ],
)
def test_parse_date_forms(text: str, expected: date) -> None:
    assert parse_when(text, today=WED) == ParsedWhen(expected, None)
    assert parse_date(text, today=WED) == expected


def test_weekday_on_that_weekday_is_today() -> None:
    assert parse_date("fredag", today=FRI) == FRI
    assert parse_date("neste fredag", today=FRI) == FRI + timedelta(days=7)


@pytest.mark.parametrize(
    ("text", "expected_date", "expected_time"),
    [
        ("kl 10", WED, time(10, 0)),
        ("kl. 10.30", WED, time(10, 30)),
        ("kl.9", WED, time(9, 0)),
        ("klokka 14", WED, time(14, 0)),
        ("10:30", WED, time(10, 30)),
        ("fredag kl 10", FRI, time(10, 0)),
        ("fredag, kl 10", FRI, time(10, 0)),
        ("14/6 kl 10", date(2026, 6, 14), time(10, 0)),
        ("i morgen 14.15", date(2026, 6, 11), time(14, 15)),
        ("fredag 14.15", FRI, time(14, 15)),
        ("14.06.2026 10.30", date(2026, 6, 14), time(10, 30)),
        ("2026-06-14 08:05", date(2026, 6, 14), time(8, 5)),
        ("14. juni kl. 09.00", date(2026, 6, 14), time(9, 0)),
        ("i morgen kl 0", date(2026, 6, 11), time(0, 0)),
        ("fredag kl 23.59", FRI, time(23, 59)),
        ("Friday 12 June 2026 at 10:00", FRI, time(10, 0)),
    ],
)
def test_parse_with_time(text: str, expected_date: date, expected_time: time) -> None:
    assert parse_when(text, today=WED) == ParsedWhen(expected_date, expected_time)
    assert parse_date(text, today=WED) == expected_date


@pytest.mark.parametrize(
    ("text", "message_nb", "message_en"),
    [
        ("31. februar", "31. februar finnes ikke.", "31 February does not exist."),
        ("29. februar", "29. februar 2026 finnes ikke.", "29 February 2026 does not exist."),
        ("31.04.2026", "31. april 2026 finnes ikke.", "31 April 2026 does not exist."),
        ("32.01.2026", "32. januar 2026 finnes ikke.", "32 January 2026 does not exist."),
        ("13.13", "Ugyldig måned: 13.", "Invalid month: 13."),
        ("kl 25", "Ugyldig klokkeslett: 25.", "Invalid time: 25."),
        ("fredag kl 25", "Ugyldig klokkeslett: 25.", "Invalid time: 25."),
        ("i morgen kl 10.60", "Ugyldig klokkeslett: 10.60.", "Invalid time: 10.60."),
        ("uke 54", "Ugyldig ukenummer: 54.", "Invalid week number: 54."),
        ("uke 53 2027", "Uke 53 finnes ikke i 2027.", "Week 53 does not exist in 2027."),
        ("14.06.0000", "Ugyldig år: 0000.", "Invalid year: 0000."),
        (
            "tirsdag 15. juni 2016",
            "15. juni 2016 er en onsdag, ikke en tirsdag.",
            "15 June 2016 is a Wednesday, not a Tuesday.",
        ),
        ("blabla", "Forstår ikke datoen «blabla».", "Cannot understand the date “blabla”."),
        ("14. foo", "Forstår ikke datoen «14. foo».", "Cannot understand the date “14. foo”."),
        (
            "fredag kl",
            "Forstår ikke datoen «fredag kl».",
            "Cannot understand the date “fredag kl”.",
        ),
        ("", "Skriv inn en dato.", "Enter a date."),
        ("   ", "Skriv inn en dato.", "Enter a date."),
    ],
)
def test_parse_errors(text: str, message_nb: str, message_en: str) -> None:
    with pytest.raises(DateParseError) as info:
        parse_when(text, today=WED)
    assert str(info.value) == message_nb
    assert info.value.message_en == message_en
    assert info.value.message_for("en") == message_en
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, UserError)


def test_leap_day_with_year_parses() -> None:
    assert parse_date("29. februar 2028", today=WED) == date(2028, 2, 29)
    assert parse_date("29.02", today=date(2028, 1, 1)) == date(2028, 2, 29)


def test_out_of_range_is_a_parse_error() -> None:
    last = date(9999, 12, 31)
    for text in ("i morgen", "neste uke", "om 1 år", "uke 1", "neste måned", "om 999999 dager"):
        with pytest.raises(DateParseError, match="utenfor"):
            parse_when(text, today=last)
    assert parse_date("i dag", today=last) == last


def test_long_input_is_unknown() -> None:
    with pytest.raises(DateParseError, match="Forstår ikke"):
        parse_when("i dag " + "x" * 500, today=WED)


def test_parse_datetime_is_aware_oslo() -> None:
    now = datetime(2026, 6, 10, 23, 30)
    assert parse_datetime("fredag kl 10", now=now) == datetime(2026, 6, 12, 10, tzinfo=OSLO)
    result = parse_datetime("i morgen", now=now)
    assert result == datetime(2026, 6, 11, 9, 0, tzinfo=OSLO)
    assert result.utcoffset() == timedelta(hours=2)
    assert parse_datetime("i dag", now=now, default_time=time(8)).hour == 8


def test_parse_datetime_uses_oslo_today_for_aware_now() -> None:
    # 22:30 UTC on 10 June is 00:30 on 11 June in Oslo
    now = datetime(2026, 6, 10, 22, 30, tzinfo=UTC)
    assert parse_datetime("i dag", now=now).date() == date(2026, 6, 11)


def test_parse_datetime_winter_offset_and_dst_gap() -> None:
    assert parse_datetime("14.01.2026 kl 10").utcoffset() == timedelta(hours=1)
    skipped = parse_datetime("29.03.2026 kl 02.30")
    assert skipped == datetime(2026, 3, 29, 3, 30, tzinfo=OSLO)
    assert skipped.utcoffset() == timedelta(hours=2)


def test_formatting() -> None:
    d = date(2016, 6, 14)
    assert format_date_long(d) == "tirsdag 14. juni 2016"
    assert format_date_long(d, "en") == "Tuesday 14 June 2016"
    assert format_date_short(d) == "14.06.2016"
    assert format_date_short(d, "en") == "14/06/2016"
    assert format_month_year(d) == "juni 2016"
    assert format_month_year(d, "en") == "June 2016"
    assert weekday_name(d) == "tirsdag"
    assert weekday_name(d, "en") == "Tuesday"
    assert month_name(6) == "juni"
    assert month_name(12, "en") == "December"
    assert format_time(time(10, 0)) == "kl. 10.00"
    assert format_time(time(9, 5), "en") == "09:05"
    dt = datetime(2016, 6, 17, 10, 0, tzinfo=OSLO)
    assert format_datetime_long(dt) == "fredag 17. juni 2016 kl. 10.00"
    assert format_datetime_long(dt, "en") == "Friday 17 June 2016 at 10:00"
    assert format_time(dt) == "kl. 10.00"


def test_aware_datetimes_are_shown_in_oslo_time() -> None:
    dt = datetime(2016, 6, 17, 8, 0, tzinfo=UTC)
    assert format_time(dt) == "kl. 10.00"
    assert format_datetime_long(dt) == "fredag 17. juni 2016 kl. 10.00"
    late = datetime(2016, 6, 17, 23, 0, tzinfo=UTC)
    assert format_date_short(late) == "18.06.2016"
    assert to_iso_date(late) == "2016-06-18"


def test_unknown_language_is_rejected() -> None:
    with pytest.raises(ValueError):
        format_date_long(date(2016, 6, 14), "de")
    assert format_date_long(date(2016, 6, 14), "nb_NO") == "tirsdag 14. juni 2016"


@pytest.mark.parametrize(
    ("days", "nb", "en"),
    [
        (0, "i dag", "today"),
        (1, "i morgen", "tomorrow"),
        (-1, "i går", "yesterday"),
        (3, "om 3 dager", "in 3 days"),
        (-2, "for 2 dager siden", "2 days ago"),
        (45, "om 45 dager", "in 45 days"),
    ],
)
def test_describe_relative(days: int, nb: str, en: str) -> None:
    d = WED + timedelta(days=days)
    assert describe_relative(d, WED) == nb
    assert describe_relative(d, WED, "en") == en
    assert parse_date(nb, today=WED) == d
    assert parse_date(en, today=WED) == d


def test_iso_text() -> None:
    assert to_iso_date(date(2016, 6, 14)) == "2016-06-14"
    assert from_iso_date("2016-06-14") == date(2016, 6, 14)
    summer = datetime(2016, 6, 14, 10, 0, tzinfo=OSLO)
    assert to_iso_datetime(summer) == "2016-06-14T10:00:00+02:00"
    assert to_iso_datetime(datetime(2016, 1, 14, 10, 0)) == "2016-01-14T10:00:00+01:00"
    assert to_iso_datetime(datetime(2016, 6, 14, 8, 0, tzinfo=UTC)) == "2016-06-14T10:00:00+02:00"
    parsed = from_iso_datetime("2016-06-14T10:00:00+02:00")
    assert parsed == summer
    assert parsed.tzinfo is OSLO
    assert from_iso_datetime("2016-06-14T08:00:00Z") == summer
    assert from_iso_datetime("2016-06-14T10:00:00") == summer


def test_iso_datetime_keeps_both_autumn_hours_apart() -> None:
    first = datetime(2026, 10, 25, 2, 30, tzinfo=OSLO)
    second = datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=OSLO)
    assert to_iso_datetime(first) == "2026-10-25T02:30:00+02:00"
    assert to_iso_datetime(second) == "2026-10-25T02:30:00+01:00"
    back = from_iso_datetime(to_iso_datetime(second))
    assert back.utcoffset() == timedelta(hours=1)
    assert back.fold == 1


@pytest.mark.parametrize("text", ["", "14.06.2016", "2016-6-14", "2016-02-30", "20160614", "x"])
def test_from_iso_date_rejects(text: str) -> None:
    with pytest.raises(DateParseError):
        from_iso_date(text)


@pytest.mark.parametrize(
    "text", ["", "2016-06-14", "2016-06-14T25:00:00", "nonsense", "2016-06-14T10:00:00+99:00"]
)
def test_from_iso_datetime_rejects(text: str) -> None:
    with pytest.raises(DateParseError):
        from_iso_datetime(text)


# ---------------------------------------------------------------- properties

dates = st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31))
todays = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
aware_datetimes = st.datetimes(
    min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(OSLO)
)
date_words = st.sampled_from(
    [
        "i dag", "i morgen", "fredag", "neste", "uke", "om", "dager", "kl", "kl.", "14.",
        "juni", "2026", "31", "februar", "siden", "for", "en", "10.30", ":", "/", "-",
        ".", ",", " ", "25", "0", "99999999", "at", "week", "uke 53", "ß", "İ", "\u00a0",
    ]
)  # fmt: skip


@given(st.text(max_size=60), todays)
def test_any_text_gives_a_result_or_a_parse_error(text: str, today: date) -> None:
    try:
        result = parse_when(text, today=today)
    except DateParseError as error:
        assert str(error)
        assert error.message_en
    else:
        assert isinstance(result.date, date)


def _exists(dt: datetime) -> bool:
    """False for a wall time skipped by a DST change."""
    return dt.astimezone(UTC).astimezone(OSLO).replace(tzinfo=None) == dt.replace(tzinfo=None)


@given(st.lists(date_words, max_size=8).map("".join), todays)
def test_date_like_text_gives_a_result_or_a_parse_error(text: str, today: date) -> None:
    with contextlib.suppress(DateParseError):
        parse_when(text, today=today)


@given(st.text(max_size=40))
def test_iso_readers_only_raise_parse_errors(text: str) -> None:
    for reader in (from_iso_date, from_iso_datetime):
        with contextlib.suppress(DateParseError):
            reader(text)


@given(dates, todays, st.sampled_from(["nb", "en"]))
def test_short_format_round_trips(d: date, today: date, lang: str) -> None:
    assert parse_date(format_date_short(d, lang), today=today) == d


@given(dates, todays, st.sampled_from(["nb", "en"]))
def test_long_format_round_trips(d: date, today: date, lang: str) -> None:
    assert parse_date(format_date_long(d, lang), today=today) == d


@given(st.dates())
def test_iso_date_round_trips(d: date) -> None:
    assert from_iso_date(to_iso_date(d)) == d


@given(aware_datetimes)
def test_iso_datetime_round_trips(dt: datetime) -> None:
    dt = dt.replace(microsecond=0)
    assume(_exists(dt))
    text = to_iso_datetime(dt)
    back = from_iso_datetime(text)
    assert back == dt
    assert back.utcoffset() == dt.utcoffset()
    assert to_iso_datetime(back) == text


@given(
    aware_datetimes.map(lambda dt: dt.replace(second=0, microsecond=0)),
    st.sampled_from(["nb", "en"]),
)
def test_long_datetime_format_round_trips(dt: datetime, lang: str) -> None:
    assume(_exists(dt))
    back = parse_datetime(format_datetime_long(dt, lang))
    assert back.replace(tzinfo=None) == dt.replace(tzinfo=None)


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9000, 1, 1)), st.integers(-5000, 5000))
def test_describe_relative_round_trips(today: date, days: int) -> None:
    d = today + timedelta(days=days)
    for lang in ("nb", "en"):
        assert parse_date(describe_relative(d, today, lang), today=today) == d


def test_fixed_offset_input_is_converted() -> None:
    dt = datetime(2016, 6, 14, 10, 0, tzinfo=timezone(timedelta(hours=5)))
    assert to_iso_datetime(dt) == "2016-06-14T07:00:00+02:00"


def test_due_dates_without_a_year_are_ahead() -> None:
    from btvcrm.domain.dates import parse_due_date

    december = date(2026, 12, 1)
    assert parse_due_date("1.7", today=december) == date(2027, 7, 1)
    assert parse_due_date("1. juli", today=december) == date(2027, 7, 1)
    assert parse_due_date("tirsdag 1.12", today=december) == date(2026, 12, 1)  # today stays today
    assert parse_due_date("1.7.2026", today=december) == date(2026, 7, 1)  # a year given is kept
    assert parse_due_date("i går", today=december) == date(2026, 11, 30)  # words mean what they say
    assert parse_due_date("forrige fredag", today=december) < december
    assert parse_due_date("29.2", today=date(2028, 3, 1)) == date(2028, 2, 29)  # no 29 Feb in 2029
    assert parse_due_date("15.12", today=december) == date(2026, 12, 15)


def test_describe_recent_counts_days_up_to_two_months_then_gives_the_date() -> None:
    from btvcrm.domain.dates import describe_recent

    assert describe_recent(WED - timedelta(days=3), WED) == "for 3 dager siden"
    assert describe_recent(WED - timedelta(days=60), WED, "en") == "60 days ago"
    assert describe_recent(date(2005, 3, 1), WED) == "01.03.2005"
    assert describe_recent(WED + timedelta(days=400), WED, "en") == format_date_short(WED + timedelta(days=400), "en")
