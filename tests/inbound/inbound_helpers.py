"""Files the inbound tests make: e-mails written with the `email` package, and small
Enhetsregisteret files in the register's own JSON and CSV layouts (gzipped)."""

from __future__ import annotations

import csv
import gzip
import io
import json
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from btvcrm.domain import validation

SAMPLES = Path(__file__).resolve().parents[1] / "exchange" / "samples" / "msg"


def valid_orgnr(seed: int) -> str:
    """The first valid organisation number from 9xxxxxxxx upwards (fictional ones)."""
    number = 910_000_00 + seed * 13
    while True:
        base = f"{number:08d}"
        check = validation.orgnr_check_digit(base)
        if check is not None:
            return base + str(check)
        number += 1


def make_email(*, subject: str = "Oppfølging etter møtet", sender: str = "Kari Nordmann <kari@vfk.no>",
               to: str = "Prosjektleder <leder@btv.no>", cc: str | None = None,
               date: str | None = "Tue, 14 Jun 2016 10:15:00 +0200", message_id: str | None = "<abc123@vfk.no>",
               text: str | None = "Hei!\n\nTakk for møtet i dag.\n\nHilsen Kari", html: str | None = None,
               attachments: list[tuple[str, str, bytes]] = (),  # type: ignore[assignment]
               ) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    if cc:
        message["Cc"] = cc
    message["Subject"] = subject
    if date is not None:
        message["Date"] = date
    if message_id is not None:
        message["Message-ID"] = message_id
    if text is not None:
        message.set_content(text)
        if html is not None:
            message.add_alternative(html, subtype="html")
    elif html is not None:
        message.set_content(html, subtype="html")
    for name, content_type, data in attachments:
        maintype, subtype = content_type.split("/", 1)
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(message)


def write_email(path: Path, **kwargs: Any) -> Path:
    path.write_bytes(make_email(**kwargs))
    return path


def unit(seed: int, name: str, *, form: str = "AS", municipality: str = "3905", nace: str = "62.010",
         sector: str = "2100", street: str = "Storgata 1", postcode: str = "3110", place: str = "TØNSBERG",
         website: str | None = None, deleted: str | None = None, orgnr: str | None = None) -> dict[str, Any]:
    """One unit as the register's JSON has it (the API's field names and nesting)."""
    data: dict[str, Any] = {
        "organisasjonsnummer": orgnr or valid_orgnr(seed),
        "navn": name,
        "organisasjonsform": {"kode": form, "beskrivelse": {"AS": "Aksjeselskap", "KOMM": "Kommune"}.get(form, form)},
        "registreringsdatoEnhetsregisteret": "1995-02-19",
        "registrertIMvaregisteret": True,
        "naeringskode1": {"kode": nace, "beskrivelse": "Næring"},
        "antallAnsatte": 12,
        "forretningsadresse": {"land": "Norge", "landkode": "NO", "postnummer": postcode, "poststed": place,
                               "adresse": [street], "kommune": place, "kommunenummer": municipality},
        "institusjonellSektorkode": {"kode": sector, "beskrivelse": "Sektor"},
        "registrertIForetaksregisteret": form == "AS",
        "konkurs": False,
        "underAvvikling": False,
        "maalform": "Bokmål",
    }
    if website:
        data["hjemmeside"] = website
    if deleted:
        data["slettedato"] = deleted
    return data


CSV_COLUMNS = [
    "organisasjonsnummer", "navn", "organisasjonsform.kode", "organisasjonsform.beskrivelse",
    "naeringskode1.kode", "naeringskode1.beskrivelse", "hjemmeside", "forretningsadresse.adresse",
    "forretningsadresse.poststed", "forretningsadresse.postnummer", "forretningsadresse.kommune",
    "forretningsadresse.kommunenummer", "forretningsadresse.land", "institusjonellSektorkode.kode",
    "institusjonellSektorkode.beskrivelse", "slettedato",
]


def _csv_row(item: dict[str, Any]) -> list[str]:
    address = item["forretningsadresse"]
    return [item["organisasjonsnummer"], item["navn"], item["organisasjonsform"]["kode"],
            item["organisasjonsform"]["beskrivelse"], item["naeringskode1"]["kode"],
            item["naeringskode1"]["beskrivelse"], item.get("hjemmeside", ""), "\n".join(address["adresse"]),
            address["poststed"], address["postnummer"], address["kommune"], address["kommunenummer"],
            address["land"], item["institusjonellSektorkode"]["kode"],
            item["institusjonellSektorkode"]["beskrivelse"], item.get("slettedato", "")]


def register_bytes(units: list[dict[str, Any]], fmt: str = "json") -> bytes:
    if fmt == "json":
        return json.dumps(units, ensure_ascii=False, indent=2).encode("utf-8")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(_csv_row(item) for item in units)
    return out.getvalue().encode("utf-8")


def write_register(path: Path, units: list[dict[str, Any]], fmt: str = "json", *, compressed: bool = True) -> Path:
    data = register_bytes(units, fmt)
    path.write_bytes(gzip.compress(data) if compressed else data)
    return path
