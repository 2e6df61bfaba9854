"""Validation of the values with a format: organisasjonsnummer, e-mail, phone,
Doffin notice ids, web sites, ratings and RRULEs.

Each `clean_*` returns the normalised value or raises `ValidationError`.
"""

from __future__ import annotations

import re
import unicodedata

from btvcrm.domain.errors import Sentence, ValidationError
from btvcrm.i18n import QT_TRANSLATE_NOOP

ORGNR_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
_EMAIL_RE = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]{2,}$")
_DOFFIN_RE = re.compile(r"^(\d{4})-(\d{6})$")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_TEXT_LENGTH = 2_000_000  # generous: a 1 MB note is allowed, a runaway paste is not
DOFFIN_NOTICE_URL = "https://www.doffin.no/notices/{}"  # the one owner of the notice link


def orgnr_check_digit(first_eight: str) -> int | None:
    """The mod-11 check digit for eight digits, or None when none exists (remainder 1)."""
    total = sum(int(d) * w for d, w in zip(first_eight, ORGNR_WEIGHTS, strict=True))
    remainder = total % 11
    if remainder == 0:
        return 0
    if remainder == 1:
        return None
    return 11 - remainder


def is_valid_orgnr(value: str) -> bool:
    digits = re.sub(r"[\s.]", "", value)
    if not re.fullmatch(r"\d{9}", digits) or digits[0] not in "89":
        return False
    return orgnr_check_digit(digits[:8]) == int(digits[8])


def clean_orgnr(value: str | None) -> str | None:
    """Accept "974 760 673" or "974760673"; store the nine digits."""
    if value is None or not value.strip():
        return None
    digits = re.sub(r"[\s.\u00a0]", "", value)
    if not re.fullmatch(r"\d{9}", digits):
        raise ValidationError(
            "orgnr", QT_TRANSLATE_NOOP("Errors", "“%1” is not an organisation number (9 digits)"), value
        )
    if not is_valid_orgnr(digits):
        raise ValidationError(
            "orgnr",
            QT_TRANSLATE_NOOP("Errors", "“%1” is not a valid organisation number (the check digit is wrong)"),
            value,
        )
    return digits


def format_orgnr(digits: str | None) -> str:
    if not digits:
        return ""
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def clean_email(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    email = value.strip()
    if email.lower().startswith("mailto:"):
        email = email[7:]
    if not _EMAIL_RE.match(email) or len(email) > 254:
        raise ValidationError("email", QT_TRANSLATE_NOOP("Errors", "“%1” is not a valid e-mail address"), value)
    return email


def clean_phone(value: str | None) -> str | None:
    """Norwegian numbers become +47 and 8 digits; others keep their + and digits."""
    if value is None or not value.strip():
        return None
    raw = value.strip()
    digits = re.sub(r"[\s\-().\u00a0/]", "", raw)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if not re.fullmatch(r"\+?\d{5,15}", digits):
        raise ValidationError("phone", QT_TRANSLATE_NOOP("Errors", "“%1” is not a valid phone number"), value)
    if re.fullmatch(r"\d{8}", digits):
        digits = "+47" + digits
    if digits.startswith("+47") and len(digits) != 11:
        raise ValidationError("phone", QT_TRANSLATE_NOOP("Errors", "“%1”: Norwegian numbers have 8 digits"), value)
    return digits


def format_phone(value: str | None) -> str:
    """+4791234567 -> "+47 912 34 567" (mobile) / "+47 33 12 34 56" (landline)."""
    if not value:
        return ""
    if value.startswith("+47") and len(value) == 11:
        n = value[3:]
        if n[0] in "49":
            return f"+47 {n[:3]} {n[3:5]} {n[5:]}"
        return f"+47 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
    return value


def clean_doffin_id(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    text = value.strip()
    match = _DOFFIN_RE.match(text)
    if not match or not 1990 <= int(match.group(1)) <= 2100:
        raise ValidationError(
            "doffin_id",
            QT_TRANSLATE_NOOP("Errors", "“%1” is not a Doffin notice (format YYYY-NNNNNN, e.g. 2016-123456)"),
            value,
        )
    return text


def doffin_url(doffin_id: str | None) -> str:
    return DOFFIN_NOTICE_URL.format(doffin_id) if doffin_id else ""


def clean_website(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    url = value.strip()
    if not re.match(r"^https?://", url, re.I):
        url = "https://" + url
    if not re.fullmatch(r"https?://[^\s/$.?#][^\s]*\.[^\s]+", url, re.I):
        raise ValidationError("website", QT_TRANSLATE_NOOP("Errors", "“%1” is not a valid web address"), value)
    return url


def clean_rating(value: int | None, field: str) -> int:
    if value is None or isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Errors", "must be a whole number from 1 to 5, not “%1”"), value
        )
    return value


_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY", "HOURLY", "MINUTELY", "SECONDLY")
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_BYDAY_RE = re.compile(r"([+-]?)([0-9]{1,2})?(MO|TU|WE|TH|FR|SA|SU)")
_UNTIL_RE = re.compile(r"[0-9]{8}(T[0-9]{6}Z?)?")
# Numeric parts: (lowest, highest, whether the negative range -highest..-1 is allowed too).
_RRULE_NUMBERS: dict[str, tuple[int, int | None, bool]] = {
    "INTERVAL": (1, None, False),
    "COUNT": (1, None, False),
    "BYSECOND": (0, 60, False),
    "BYMINUTE": (0, 59, False),
    "BYHOUR": (0, 23, False),
    "BYMONTH": (1, 12, False),
    "BYMONTHDAY": (1, 31, True),
    "BYYEARDAY": (1, 366, True),
    "BYWEEKNO": (1, 53, True),
    "BYSETPOS": (1, 366, True),
    "BYEASTER": (-366, 366, False),
}
_RRULE_PARTS = ("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "BYYEARDAY",
                "BYWEEKNO", "WKST", "BYHOUR", "BYMINUTE", "BYSECOND", "BYEASTER")
_RRULE_EXAMPLE = Sentence(QT_TRANSLATE_NOOP("Errors", "e.g. %1"), ("FREQ=WEEKLY;INTERVAL=2",))


def _rrule_number_problem(name: str, value: str) -> Sentence | None:
    low, high, negative = _RRULE_NUMBERS[name]
    if name in ("INTERVAL", "COUNT"):
        if re.fullmatch(r"[0-9]{1,6}", value) and int(value) >= 1:
            return None
        return Sentence(QT_TRANSLATE_NOOP("Errors", "%1 must be a whole number from 1 upwards, not “%2”"),
                        (name, value))
    # one whole sentence per shape, so a translator never glues ranges together
    if negative:
        listed = QT_TRANSLATE_NOOP("Errors", "%1 must be numbers from %2 to %3 or from -%3 to -1 "
                                             "(separated by commas), not “%4”")
        single = QT_TRANSLATE_NOOP("Errors", "%1 must be numbers from %2 to %3 or from -%3 to -1, not “%4”")
    else:
        listed = QT_TRANSLATE_NOOP("Errors", "%1 must be numbers from %2 to %3 (separated by commas), not “%4”")
        single = QT_TRANSLATE_NOOP("Errors", "%1 must be numbers from %2 to %3, not “%4”")
    for item in value.split(","):
        if not re.fullmatch(r"[+-]?[0-9]{1,4}", item):
            return Sentence(listed, (name, low, high, value))
        number = int(item)
        if not (low <= number <= (high or number) or (negative and high is not None and -high <= number <= -1)):
            return Sentence(single, (name, low, high, item))
    return None


def _rrule_problem(parts: list[tuple[str, str]]) -> Sentence | None:
    """What is wrong with a rule's NAME=VALUE parts, as one sentence, or None."""
    names = [name for name, _ in parts]
    for name, value in parts:
        if name not in _RRULE_PARTS:
            return Sentence(QT_TRANSLATE_NOOP("Errors", "“%1” is not part of a recurrence rule; use FREQ, INTERVAL, "
                                                        "COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH and the like (%2)"),
                            (name, _RRULE_EXAMPLE))
        if names.count(name) > 1:
            return Sentence(QT_TRANSLATE_NOOP("Errors", "%1 is given more than once"), (name,))
        if not value:
            return Sentence(QT_TRANSLATE_NOOP("Errors", "%1 has no value (%2)"), (name, _RRULE_EXAMPLE))
        if name == "FREQ" and value not in _FREQUENCIES:
            return Sentence(QT_TRANSLATE_NOOP("Errors", "FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY, not “%1”"),
                            (value,))
        if name in _RRULE_NUMBERS and (problem := _rrule_number_problem(name, value)):
            return problem
        if name == "BYDAY":
            for item in value.split(","):
                match = _BYDAY_RE.fullmatch(item)
                if match is None or (match[2] is not None and not 1 <= int(match[2]) <= 53):
                    return Sentence(QT_TRANSLATE_NOOP(
                        "Errors", "BYDAY must be weekdays (MO, TU, WE, TH, FR, SA, SU), optionally with a number "
                                  "in front (1MO is the first Monday, -1FR the last Friday), not “%1”"), (item,))
        if name == "WKST" and value not in _WEEKDAYS:
            return Sentence(QT_TRANSLATE_NOOP(
                "Errors", "WKST must be a weekday (MO, TU, WE, TH, FR, SA or SU), not “%1”"), (value,))
        if name == "UNTIL" and not _UNTIL_RE.fullmatch(value):
            return Sentence(QT_TRANSLATE_NOOP(
                "Errors", "UNTIL must be a date like 20161231 (or a time like 20161231T235959Z), not “%1”"), (value,))
    if "FREQ" not in names:
        return Sentence(QT_TRANSLATE_NOOP("Errors", "the rule has no FREQ (%1)"), (_RRULE_EXAMPLE,))
    if "COUNT" in names and "UNTIL" in names:
        return Sentence(QT_TRANSLATE_NOOP(
            "Errors", "COUNT and UNTIL cannot be used together; choose a number of times or an end date"))
    return None


def clean_rrule(value: str | None) -> str | None:
    """An RFC 5545 recurrence rule, e.g. "FREQ=WEEKLY;INTERVAL=2", stored in upper case.

    Every problem is one sentence (Bokmål or English) naming the part that is wrong
    ("FREQ må være DAILY, WEEKLY, MONTHLY eller YEARLY, ikke «SOMETIMES»"), never the
    recurrence library's English. A rule that can never repeat a follow-up
    (INTERVAL=0, COUNT=0, BYMONTH=13) is refused here rather than failing later."""
    if value is None or not value.strip():
        return None
    rule = value.strip()
    if rule.upper().startswith("RRULE:"):
        rule = rule[6:].strip()
    if any(ch in rule for ch in "\r\n"):
        raise ValidationError(
            "rrule", QT_TRANSLATE_NOOP("Errors", "write the rule on one line, without DTSTART (%1)"), _RRULE_EXAMPLE
        )
    parts: list[tuple[str, str]] = []
    for part in rule.upper().split(";"):
        if not part.strip():
            continue  # "FREQ=WEEKLY;" is FREQ=WEEKLY
        name, equals, text = part.partition("=")
        if not equals or not name.strip():
            raise ValidationError(
                "rrule", QT_TRANSLATE_NOOP("Errors", "“%1” is not of the form NAME=VALUE (%2)"), part.strip(), _RRULE_EXAMPLE
            )
        parts.append((name.strip(), re.sub(r"\s+", "", text)))
    problem = _rrule_problem(parts)
    if problem is not None:
        raise ValidationError("rrule", problem)
    cleaned = ";".join(f"{name}={text}" for name, text in parts)
    from dateutil.rrule import rrulestr  # here: loading dateutil's rrule is ~2 ms of every start

    try:
        rrulestr(cleaned, ignoretz=True)
    except (ValueError, TypeError, OverflowError):
        raise ValidationError(
            "rrule", QT_TRANSLATE_NOOP("Errors", "“%1” is not a valid recurrence rule (%2)"), value.strip(), _RRULE_EXAMPLE
        )
    return cleaned


def clean_text(value: str | None, field: str, *, required: bool = False, max_length: int = MAX_TEXT_LENGTH) -> str:
    """Strip control characters (but keep newlines and tabs), normalise to NFC."""
    text = "" if value is None else str(value)
    text = unicodedata.normalize("NFC", _CONTROL_RE.sub("", text))
    if required and not text.strip():
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "must be filled in"))
    if len(text) > max_length:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Errors", "is too long (%1 characters, at most %2)"), len(text), max_length
        )
    return text.strip() if "\n" not in text else text.strip("\n ").rstrip()


def clean_name(value: str | None, field: str = "name") -> str:
    """A one-line name: no newlines, collapsed spaces."""
    text = clean_text(value, field, required=True, max_length=MAX_NAME_LENGTH)
    return re.sub(r"\s+", " ", text).strip()


# --- length limits: the same on every path -----------------------------------

MAX_NAME_LENGTH = 500  # names and titles (one line)
MAX_LINE_LENGTH = 1000  # place, chair, secretary, minutes and case numbers

# What the repositories accept, by stored column: the JSON import refuses longer
# values and `btvcrm check` reports rows that exceed them (older files, hand edits),
# so a document never meets a 10 000-character title it cannot lay out.
LENGTH_LIMITS: dict[tuple[str, str], int] = {
    ("counties", "name"): MAX_NAME_LENGTH,
    ("organisations", "name"): MAX_NAME_LENGTH,
    ("people", "name"): MAX_NAME_LENGTH,
    ("person_roles", "title"): MAX_NAME_LENGTH,
    ("initiatives", "title"): MAX_NAME_LENGTH,
    ("initiatives", "procedure_type"): MAX_NAME_LENGTH,
    ("initiative_dates", "label"): MAX_NAME_LENGTH,
    ("lessons", "title"): MAX_NAME_LENGTH,
    ("meetings", "title"): MAX_NAME_LENGTH,
    ("meetings", "place"): MAX_LINE_LENGTH,
    ("meetings", "chair"): MAX_LINE_LENGTH,
    ("meetings", "secretary"): MAX_LINE_LENGTH,
    ("meetings", "minutes_number"): MAX_LINE_LENGTH,
    ("meetings", "case_number"): MAX_LINE_LENGTH,
    ("meetings", "exempt_note"): MAX_LINE_LENGTH,
    ("meetings", "notes_exempt_note"): MAX_LINE_LENGTH,
    ("agenda_items", "title"): 5000,
    ("agenda_items", "exempt_note"): MAX_LINE_LENGTH,
    ("decisions", "exempt_note"): MAX_LINE_LENGTH,
    ("follow_ups", "text"): 10_000,
}


def check_length(table: str, column: str, value: object) -> object:
    """``value`` unchanged, or ValidationError when it is longer than the column allows."""
    limit = LENGTH_LIMITS.get((table, column))
    if limit is not None and isinstance(value, str) and len(value) > limit:
        raise ValidationError(
            column, QT_TRANSLATE_NOOP("Errors", "is too long (%1 characters, at most %2)"), len(value), limit
        )
    return value
