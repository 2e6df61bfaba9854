"""Norwegian (and English) numbers and money.

Norwegian style (nb): NO-BREAK SPACE (U+00A0) between thousands, decimal comma,
"1 250 000 kr", "1,5 mill. kr", "8 mrd. kr".
English style (en): "1,250,000", "NOK 1,250,000", "NOK 1.5 m", "NOK 8 bn".
Amounts never break across lines: the spaces around "kr", "NOK" and the units
are NO-BREAK SPACEs too.

Rounding is half away from zero (what people expect: 2.5 -> 3), done on the
shortest decimal form of a float, so 2.675 rounds to 2.68.
"""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from btvcrm.domain.errors import UserError

NBSP = "\u00a0"
LANGS = ("nb", "en")
MAX_AMOUNT = 2**63 - 1  # what SQLite can store in an INTEGER column


def normalize_lang(lang: str) -> str:
    """The language code we use: "nb", "no", "nn", "nb_NO" -> "nb"; "en", "en-GB" -> "en"."""
    base = lang.strip().lower().replace("_", "-").split("-")[0]
    if base in ("nb", "no", "nn"):
        return "nb"
    if base == "en":
        return "en"
    raise ValueError(f"unsupported language: {lang!r} (use 'nb' or 'en')")


def _to_decimal(n: int | float | Decimal, decimals: int) -> Decimal:
    if isinstance(n, float) and not math.isfinite(n):
        raise ValueError(f"cannot format a non-finite number: {n!r}")
    if isinstance(n, Decimal) and not n.is_finite():
        raise ValueError(f"cannot format a non-finite number: {n!r}")
    value = Decimal(repr(n)) if isinstance(n, float) else Decimal(n)
    quantum = Decimal(1).scaleb(-decimals)
    rounded = value.quantize(quantum, rounding=ROUND_HALF_UP)
    if rounded == 0:
        rounded = abs(rounded)  # never "-0"
    return rounded


def format_number(n: int | float | Decimal, lang: str = "nb", decimals: int = 0) -> str:
    """1250000 -> "1 250 000" (nb, with NO-BREAK SPACE), "1,250,000" (en).

    `decimals` fixes the number of decimals: format_number(1250.5, decimals=1)
    -> "1 250,5" (nb), "1,250.5" (en). Raises ValueError for NaN and infinities.
    """
    if decimals < 0:
        raise ValueError("decimals must be >= 0")
    lang = normalize_lang(lang)
    text = f"{_to_decimal(n, decimals):,.{decimals}f}"
    if lang == "en":
        return text
    return text.replace(",", NBSP).replace(".", ",")


def _short_parts(amount: int) -> tuple[Decimal, str] | None:
    """(value, unit) with unit "bn" or "m", or None when below a million."""
    magnitude = abs(amount)
    if magnitude < 1_000_000:
        return None
    for unit, size in (("bn", 1_000_000_000), ("m", 1_000_000)):
        if magnitude < size and unit == "bn":
            continue
        value = Decimal(amount) / size
        decimals = 1 if abs(value) < 100 else 0
        value = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        if unit == "m" and abs(value) >= 1000:  # 999 950 000 -> 1 bn, not 1 000 m
            value = (Decimal(amount) / 1_000_000_000).quantize(
                Decimal("0.1"), rounding=ROUND_HALF_UP
            )
            unit = "bn"
        return value, unit
    return None  # pragma: no cover - the loop always returns for >= 1 000 000


def format_nok(amount: int | None, lang: str = "nb", short: bool = False) -> str:
    """An amount in whole kroner: "1 250 000 kr" (nb), "NOK 1,250,000" (en); None -> "".

    short=True abbreviates from one million: "8 mrd. kr", "250 mill. kr",
    "1,5 mill. kr" (nb); "NOK 8 bn", "NOK 250 m", "NOK 1.5 m" (en). One decimal
    below 100 units, none above; a trailing ",0" is dropped. Below one million
    the full amount is shown.
    """
    if amount is None:
        return ""
    lang = normalize_lang(lang)
    if isinstance(amount, float):
        amount = int(_to_decimal(amount, 0))
    parts = _short_parts(amount) if short else None
    if parts is None:
        number = format_number(amount, lang)
        return f"NOK{NBSP}{number}" if lang == "en" else f"{number}{NBSP}kr"
    value, unit = parts
    decimals = 0 if value == value.to_integral_value() else 1
    number = format_number(value, lang, decimals=decimals)
    if lang == "en":
        return f"NOK{NBSP}{number}{NBSP}{unit}"
    word = "mrd." if unit == "bn" else "mill."
    return f"{number}{NBSP}{word}{NBSP}kr"


class AmountParseError(UserError, ValueError):
    """Text that is not an amount of money; `str(e)` is Norwegian, `e.message_en` English."""

    def __init__(self, message_nb: str, message_en: str) -> None:
        super().__init__(message_nb)
        self.message = message_nb
        self.message_en = message_en

    def message_for(self, lang: str = "nb") -> str:
        return self.message_en if normalize_lang(lang) == "en" else self.message

    def text(self, lang: str) -> str:  # as every UserError says itself (and inside another one)
        return self.message_for(lang)


_MULTIPLIERS: dict[str, int] = {}
for _word in ("mrd", "mrd.", "milliard", "milliarder", "bn", "billion", "billions"):
    _MULTIPLIERS[_word] = 1_000_000_000
for _word in (
    "mill",
    "mill.",
    "mil",
    "mil.",
    "mln",
    "mln.",
    "million",
    "millioner",
    "millions",
    "m",
):
    _MULTIPLIERS[_word] = 1_000_000
for _word in ("k", "tusen", "thousand"):
    _MULTIPLIERS[_word] = 1_000

_CURRENCY_PREFIX_RE = re.compile(r"^(?:kr\.?|nok|kroner)\s*", re.ASCII)
_CURRENCY_SUFFIX_RE = re.compile(r"\s*(?:kr\.?|nok|kroner|krone)$", re.ASCII)
_SIGN_RE = re.compile(r"^([-+])\s*", re.ASCII)
_AMOUNT_RE = re.compile(r"(?P<number>[0-9][0-9 .,]*?)\s*(?P<mult>[a-z][a-z.]*)?", re.ASCII)


def _number_value(number: str) -> Decimal | None:
    """Read "1 250 000", "1.250.000", "1,250,000", "1,5", "1.250,50" ...; None if malformed."""
    if " " in number:
        if not re.fullmatch(r"[0-9]{1,3}(?: [0-9]{3})+(?:[.,][0-9]+)?", number):
            return None
        number = number.replace(" ", "")
    dots, commas = number.count("."), number.count(",")
    if dots and commas:
        decimal_sep = "." if number.rfind(".") > number.rfind(",") else ","
        group_sep = "," if decimal_sep == "." else "."
        integer, _, fraction = number.rpartition(decimal_sep)
        if integer.count(decimal_sep) or not re.fullmatch(
            rf"[0-9]{{1,3}}(?:{re.escape(group_sep)}[0-9]{{3}})*", integer
        ):
            return None
        digits = integer.replace(group_sep, "") + "." + fraction
    elif dots + commas > 1:
        sep = "." if dots else ","
        if not re.fullmatch(rf"[0-9]{{1,3}}(?:{re.escape(sep)}[0-9]{{3}})+", number):
            return None
        digits = number.replace(sep, "")
    elif dots + commas == 1:
        integer, _, fraction = number.replace(",", ".").partition(".")
        if not fraction or not integer:
            return None
        # "1.250" / "1,250" is a grouped thousand; "1,5" and "12,50" are decimals.
        grouped = len(fraction) == 3 and len(integer) <= 3
        digits = integer + fraction if grouped else f"{integer}.{fraction}"
    else:
        digits = number
    if not re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", digits):
        return None
    try:
        return Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the regex above rules this out
        return None


def parse_nok(text: str) -> int:
    """Read an amount in kroner typed by a person; raise AmountParseError (a ValueError).

    Accepts "1 250 000", "1 250 000 kr", "kr 500", "500,-", "1.250.000",
    "NOK 1,250,000", "8 mrd", "8 mrd.", "1,5 mill", "250 mill. kr", "500k".
    A single "." or "," followed by exactly three digits groups thousands
    ("1.250" = 1250, "1,000 bn" = 1000 bn); otherwise it is a decimal mark
    ("1,5 mill", "12,50"). Øre are rounded to the nearest krone.
    """
    shown = text.strip()
    if len(shown) > 60:
        shown = shown[:57] + "…"
    if not text.strip():
        raise AmountParseError("Skriv inn et beløp.", "Enter an amount.")
    unknown = AmountParseError(
        f"Forstår ikke beløpet «{shown}».", f"Cannot understand the amount “{shown}”."
    )
    if len(text) > 200:
        raise unknown
    s = unicodedata.normalize("NFKC", text).casefold().replace("\u2212", "-")
    s = " ".join(s.split())
    s = re.sub(r"\s*,-$", "", s)
    sign = ""
    for _ in range(2):  # "-500 kr", "kr -500", "- kr 500"
        if m := _SIGN_RE.match(s):
            sign = sign or m.group(1)
            s = s[m.end() :]
        s = _CURRENCY_PREFIX_RE.sub("", s, count=1)
    s = _CURRENCY_SUFFIX_RE.sub("", s, count=1)
    match = _AMOUNT_RE.fullmatch(s)
    if not match:
        raise unknown
    mult_word = match.group("mult")
    multiplier = 1
    if mult_word:
        if mult_word not in _MULTIPLIERS:
            raise unknown
        multiplier = _MULTIPLIERS[mult_word]
    number = match.group("number").strip()
    if mult_word is None:
        number = number.rstrip(".").rstrip()
    value = _number_value(number)
    if value is None:
        raise unknown
    total = value * multiplier
    if total > MAX_AMOUNT:
        raise AmountParseError(
            f"Beløpet «{shown}» er for stort.", f"The amount “{shown}” is too large."
        )
    amount = int(total.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return -amount if sign == "-" else amount


def plural(n: int | float, singular: str, plural_form: str) -> str:
    """The word form for `n`: plural(1, "møte", "møter") -> "møte", plural(3, ...) -> "møter".

    Only the word: put the number in front yourself (formatted for the language).
    Exactly 1 (or -1) takes the singular; 0, fractions and everything else the plural.
    """
    return singular if n in (1, -1) else plural_form
