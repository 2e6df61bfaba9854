"""Organisasjonsnummer, e-mail, phone, Doffin ids and RRULEs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from btvcrm.domain import validation
from btvcrm.domain.errors import ValidationError


@pytest.mark.parametrize("orgnr", ["974760673", "974 760 673", "923609016", "983 887 457"])
def test_real_organisation_numbers_pass(orgnr: str) -> None:
    assert validation.clean_orgnr(orgnr) == orgnr.replace(" ", "")


@given(st.text(alphabet="0123456789", min_size=8, max_size=8).map(lambda s: "9" + s[1:]))
def test_a_computed_check_digit_is_accepted_and_any_other_refused(first_eight: str) -> None:
    digit = validation.orgnr_check_digit(first_eight)
    if digit is None:  # remainder 1: no valid number starts with these digits
        assert not any(validation.is_valid_orgnr(first_eight + str(d)) for d in range(10))
        return
    assert validation.is_valid_orgnr(first_eight + str(digit))
    for other in range(10):
        if other != digit:
            assert not validation.is_valid_orgnr(first_eight + str(other))


@given(st.text(alphabet="0123456789", min_size=9, max_size=9), st.integers(0, 8), st.integers(1, 9))
def test_changing_one_digit_is_caught(orgnr: str, position: int, delta: int) -> None:
    if not validation.is_valid_orgnr(orgnr):
        return
    changed = orgnr[:position] + str((int(orgnr[position]) + delta) % 10) + orgnr[position + 1 :]
    assert not validation.is_valid_orgnr(changed) or changed[0] not in "89"


@given(st.text(max_size=40))
def test_any_text_is_either_an_orgnr_or_a_clear_error(text: str) -> None:
    try:
        cleaned = validation.clean_orgnr(text)
    except ValidationError as error:
        assert error.field == "orgnr" and "organisasjonsnummer" in str(error)
    else:
        assert cleaned is None or validation.is_valid_orgnr(cleaned)


@pytest.mark.parametrize(
    ("raw", "stored"),
    [("912 34 567", "+4791234567"), ("+47 33 12 34 56", "+4733123456"), ("0046 8 123 456 78", "+46812345678")],
)
def test_phone_numbers_are_normalised(raw: str, stored: str) -> None:
    assert validation.clean_phone(raw) == stored


def test_phone_display() -> None:
    assert validation.format_phone("+4791234567") == "+47 912 34 567"
    assert validation.format_phone("+4733123456") == "+47 33 12 34 56"


@pytest.mark.parametrize("bad", ["kari@", "kari.example.no", "kari@example", "a b@example.no", "<b>@x.no"])
def test_bad_email(bad: str) -> None:
    with pytest.raises(ValidationError, match="e-postadresse"):
        validation.clean_email(bad)


def test_doffin_ids() -> None:
    assert validation.clean_doffin_id(" 2016-123456 ") == "2016-123456"
    assert validation.doffin_url("2016-123456") == "https://www.doffin.no/notices/2016-123456"
    for bad in ("2016-12345", "16-123456", "2016/123456", "abcd-123456"):
        with pytest.raises(ValidationError, match="Doffin"):
            validation.clean_doffin_id(bad)


def test_rrules() -> None:
    assert validation.clean_rrule("rrule:freq=weekly;interval=2") == "FREQ=WEEKLY;INTERVAL=2"
    with pytest.raises(ValidationError, match="Feltet «gjentakelse»: FREQ må være"):
        validation.clean_rrule("FREQ=NEVER")


@given(st.text(max_size=200))
def test_clean_text_never_keeps_control_characters(text: str) -> None:
    cleaned = validation.clean_text(text, "notes")
    assert not any(ord(c) < 32 and c not in "\n\t\r" for c in cleaned)
