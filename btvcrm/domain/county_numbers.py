"""County numbers (fylkesnummer): the first two digits of a municipality number
(kommunenummer), as Enhetsregisteret gives it for every unit's business address.

Norway has renumbered its counties twice since the programme's 2016 start, and a
register file may come from any year, so all three sets are understood:

* 2016 (until 2019): 06 Buskerud, 07 Vestfold, 08 Telemark, ... (50 Trøndelag from 2018);
* 2020–2023: 30 Viken, 38 Vestfold og Telemark, 54 Troms og Finnmark, ... — the merged
  counties are split back into today's by the municipality number itself;
* today's (from 1 January 2024): 33 Buskerud, 39 Vestfold, 40 Telemark, ...

The result is a county *name* as the user's data file spells it by default
(`Buskerud`, `Telemark`, `Vestfold`); the caller matches it against the file's counties.
"""

from __future__ import annotations

COUNTY_BY_NUMBER: dict[str, str] = {
    # 2016 (and earlier)
    "01": "Østfold", "02": "Akershus", "03": "Oslo", "04": "Hedmark", "05": "Oppland",
    "06": "Buskerud", "07": "Vestfold", "08": "Telemark", "09": "Aust-Agder", "10": "Vest-Agder",
    "11": "Rogaland", "12": "Hordaland", "14": "Sogn og Fjordane", "15": "Møre og Romsdal",
    "16": "Sør-Trøndelag", "17": "Nord-Trøndelag", "18": "Nordland", "19": "Troms", "20": "Finnmark",
    # 2018 on
    "50": "Trøndelag",
    # 2020-2023 (those not merged; the merged ones are split below)
    "34": "Innlandet", "42": "Agder", "46": "Vestland",
    # today's (2024 on)
    "31": "Østfold", "32": "Akershus", "33": "Buskerud", "39": "Vestfold", "40": "Telemark",
    "55": "Troms", "56": "Finnmark",
}

# 2020-2023's merged counties, by municipality number: the county each one is in today.
_BUSKERUD_IN_VIKEN = {"3005", "3006", "3007", *(f"30{n}" for n in range(38, 53))}
_OSTFOLD_IN_VIKEN = {"3001", "3002", "3003", "3004", *(f"30{n}" for n in range(11, 19))}
_VESTFOLD_IN_VESTFOLD_OG_TELEMARK = {"3801", "3802", "3803", "3804", "3805", "3811"}
_FINNMARK_IN_TROMS_OG_FINNMARK = {"5403", "5404", "5405", "5406", *(f"54{n}" for n in range(30, 45))}


def _merged(municipality: str) -> str | None:
    prefix = municipality[:2]
    if prefix == "30":
        if municipality in _BUSKERUD_IN_VIKEN:
            return "Buskerud"
        return "Østfold" if municipality in _OSTFOLD_IN_VIKEN else "Akershus"
    if prefix == "38":
        return "Vestfold" if municipality in _VESTFOLD_IN_VESTFOLD_OG_TELEMARK else "Telemark"
    if prefix == "54":
        return "Finnmark" if municipality in _FINNMARK_IN_TROMS_OG_FINNMARK else "Troms"
    return None


def county_of_municipality(municipality_number: str | None) -> str | None:
    """The county a municipality number (of any of the three sets) belongs to, or None.

    >>> county_of_municipality("3905"), county_of_municipality("0722"), county_of_municipality("3803")
    ('Vestfold', 'Vestfold', 'Vestfold')
    """
    number = (municipality_number or "").strip()
    if len(number) == 3 and number.isdigit():
        number = "0" + number  # a number read as an integer somewhere on its way
    if len(number) != 4 or not number.isdigit():
        return None
    return _merged(number) or COUNTY_BY_NUMBER.get(number[:2])
