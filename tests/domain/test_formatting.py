from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from btvcrm.domain.errors import UserError
from btvcrm.domain.formatting import (
    MAX_AMOUNT,
    NBSP,
    AmountParseError,
    format_nok,
    format_number,
    normalize_lang,
    parse_nok,
    plural,
)


def nb(text: str) -> str:
    """Write expected Norwegian output with ordinary spaces; compare with NBSP."""
    return text.replace(" ", NBSP)


@pytest.mark.parametrize(
    ("n", "lang", "decimals", "expected"),
    [
        (1_250_000, "nb", 0, nb("1 250 000")),
        (1_250_000, "en", 0, "1,250,000"),
        (1250.5, "nb", 1, nb("1 250,5")),
        (1250.5, "en", 1, "1,250.5"),
        (0, "nb", 0, "0"),
        (999, "nb", 0, "999"),
        (1000, "nb", 0, nb("1 000")),
        (-1_250_000, "nb", 0, nb("-1 250 000")),
        (2.5, "nb", 0, "3"),  # half away from zero, not banker's rounding
        (-2.5, "nb", 0, "-3"),
        (2.675, "en", 2, "2.68"),
        (-0.4, "nb", 0, "0"),  # never "-0"
        (1.0, "nb", 2, "1,00"),
        (Decimal("1234.5"), "nb", 1, nb("1 234,5")),
    ],
)
def test_format_number(n: int | float, lang: str, decimals: int, expected: str) -> None:
    assert format_number(n, lang, decimals=decimals) == expected


def test_format_number_uses_no_break_space() -> None:
    assert format_number(1_250_000) == "1\u00a0250\u00a0000"
    assert " " not in format_number(1_250_000)


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), Decimal("NaN")])
def test_format_number_rejects_non_finite(bad: float) -> None:
    with pytest.raises(ValueError):
        format_number(bad)


def test_languages() -> None:
    assert normalize_lang("nb") == "nb"
    assert normalize_lang("nb_NO") == "nb"
    assert normalize_lang("no") == "nb"
    assert normalize_lang("en-GB") == "en"
    with pytest.raises(ValueError):
        normalize_lang("de")


@pytest.mark.parametrize(
    ("amount", "expected_nb", "expected_en"),
    [
        (1_250_000, nb("1 250 000 kr"), nb("NOK 1,250,000")),
        (500, nb("500 kr"), nb("NOK 500")),
        (0, nb("0 kr"), nb("NOK 0")),
        (-1500, nb("-1 500 kr"), nb("NOK -1,500")),
    ],
)
def test_format_nok(amount: int, expected_nb: str, expected_en: str) -> None:
    assert format_nok(amount) == expected_nb
    assert format_nok(amount, "en") == expected_en


@pytest.mark.parametrize(
    ("amount", "expected_nb", "expected_en"),
    [
        (8_000_000_000, nb("8 mrd. kr"), nb("NOK 8 bn")),
        (250_000_000, nb("250 mill. kr"), nb("NOK 250 m")),
        (1_500_000, nb("1,5 mill. kr"), nb("NOK 1.5 m")),
        (1_000_000, nb("1 mill. kr"), nb("NOK 1 m")),
        (12_345_678, nb("12,3 mill. kr"), nb("NOK 12.3 m")),
        (123_456_789, nb("123 mill. kr"), nb("NOK 123 m")),
        (999_950_000, nb("1 mrd. kr"), nb("NOK 1 bn")),  # not "1 000 mill."
        (2_450_000_000, nb("2,5 mrd. kr"), nb("NOK 2.5 bn")),
        (-1_500_000, nb("-1,5 mill. kr"), nb("NOK -1.5 m")),
        (750_000, nb("750 000 kr"), nb("NOK 750,000")),  # below a million: in full
    ],
)
def test_format_nok_short(amount: int, expected_nb: str, expected_en: str) -> None:
    assert format_nok(amount, short=True) == expected_nb
    assert format_nok(amount, "en", short=True) == expected_en


def test_format_nok_none_is_empty() -> None:
    assert format_nok(None) == ""
    assert format_nok(None, "en", short=True) == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 250 000", 1_250_000),
        ("1\u00a0250\u00a0000", 1_250_000),
        ("1 250 000 kr", 1_250_000),
        ("1250000", 1_250_000),
        ("8 mrd", 8_000_000_000),
        ("8 mrd.", 8_000_000_000),
        ("8 mrd. kr", 8_000_000_000),
        ("8 milliarder", 8_000_000_000),
        ("1,5 mill", 1_500_000),
        ("1,5 mill.", 1_500_000),
        ("1,5 millioner", 1_500_000),
        ("1.5 m", 1_500_000),
        ("250 MILL. KR", 250_000_000),
        ("kr 500", 500),
        ("kr. 500", 500),
        ("500,-", 500),
        ("kr 500,-", 500),
        ("1.250.000", 1_250_000),
        ("1.250", 1_250),
        ("1,250", 1_250),
        ("1,250 mill", 1_250_000_000),  # three digits after one mark: thousands
        ("1,25 mill", 1_250_000),
        ("12,50", 13),  # øre are rounded to whole kroner
        ("1.250.000,50", 1_250_001),
        ("1,250,000.49", 1_250_000),
        ("NOK 1,250,000", 1_250_000),
        ("NOK 8 bn", 8_000_000_000),
        ("500k", 500_000),
        ("1,5 mnok", 1_500_000),
        ("-500 kr", -500),
        ("\u2212500 kr", -500),
        ("kr -500", -500),
        ("  500  ", 500),
    ],
)
def test_parse_nok(text: str, expected: int) -> None:
    assert parse_nok(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "abc",
        "kr",
        "1 25",
        "12 34 567",
        "1..2",
        "1,2,3",
        "1.25.000",
        "5 kr kr",
        "5 foo",
        ".5",
        "mill",
    ],
)
def test_parse_nok_rejects(text: str) -> None:
    with pytest.raises(AmountParseError) as info:
        parse_nok(text)
    assert str(info.value).startswith("Forstår ikke beløpet «")
    assert info.value.message_en.startswith("Cannot understand the amount")
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, UserError)


def test_parse_nok_empty_and_too_large() -> None:
    with pytest.raises(ValueError, match="Skriv inn et beløp"):
        parse_nok("  ")
    with pytest.raises(ValueError, match="for stort"):
        parse_nok("9" * 30)
    assert parse_nok(str(MAX_AMOUNT)) == MAX_AMOUNT


def test_plural() -> None:
    assert plural(1, "møte", "møter") == "møte"
    assert plural(-1, "møte", "møter") == "møte"
    assert plural(0, "møte", "møter") == "møter"
    assert plural(3, "møte", "møter") == "møter"
    assert plural(1.5, "time", "timer") == "timer"


# ---------------------------------------------------------------- properties

amounts = st.integers(min_value=-(10**15), max_value=10**15)


@given(amounts, st.sampled_from(["nb", "en"]))
def test_full_amount_round_trips(amount: int, lang: str) -> None:
    assert parse_nok(format_nok(amount, lang)) == amount
    assert parse_nok(format_number(amount, lang)) == amount


@given(amounts, st.sampled_from(["nb", "en"]))
def test_short_amount_parses_back_close(amount: int, lang: str) -> None:
    back = parse_nok(format_nok(amount, lang, short=True))
    if abs(amount) < 1_000_000:
        assert back == amount
    else:
        # one decimal below 100 units (>= 1.0), none above: within 5 % of the amount
        assert abs(back - amount) <= abs(amount) * 0.05


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12))
def test_nb_number_has_only_digits_nbsp_comma_and_minus(n: float) -> None:
    text = format_number(n, "nb", decimals=2)
    assert set(text) <= set("0123456789,-" + NBSP)
    assert text.count(",") == 1


@given(st.text(max_size=40))
def test_parse_nok_only_raises_value_error(text: str) -> None:
    try:
        parse_nok(text)
    except AmountParseError as error:
        assert str(error)
