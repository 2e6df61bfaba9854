"""Enhetsregisteret's bulk files, read as a stream: `enheter_alle.json.gz` (one JSON
array of units, ~1 million, ~150 MB gzipped) and `enheter_alle.csv.gz` (the same as CSV
with dotted column names: `organisasjonsnummer`, `navn`, `organisasjonsform.kode`,
`naeringskode1.kode`, `forretningsadresse.kommunenummer`, `institusjonellSektorkode.kode`
...). Plain (not gzipped) files and the API's own answers (one unit, or a page with
`_embedded.enheter`) are read too. The register's data is under NLOD.

Memory stays constant whatever the file's size: the gzip stream is decompressed block
by block, a CSV is read row by row, and a JSON array unit by unit (the standard
library's C decoder on a sliding window; no unit may be larger than MAX_UNIT_CHARS).
What the program does with the units is services/register_import.py.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import gzip
import io
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from btvcrm.domain import validation
from btvcrm.domain.errors import UserError
from btvcrm.exchange.reading import reading

__all__ = ["RegisterFile", "RegisterUnit", "display_name", "looks_like_register", "open_register", "place_name"]

GZIP_MAGIC = b"\x1f\x8b"
CHUNK_CHARS = 1 << 20
#: One unit of the JSON file is a few kB; anything this large is not the register.
MAX_UNIT_CHARS = 8 << 20
#: An API answer that is one JSON object (not an array) is read whole, up to this size.
MAX_OBJECT_CHARS = 64 << 20


@dataclass(frozen=True)
class RegisterUnit:
    """One unit (enhet) as the programme needs it; texts as the register has them."""

    orgnr: str
    name: str
    form: str = ""  # organisasjonsform.kode: AS, KOMM, FYLK, STAT, ORGL ...
    form_text: str = ""  # organisasjonsform.beskrivelse
    nace_code: str = ""  # naeringskode1.kode: "84.110"
    nace_text: str = ""
    sector_code: str = ""  # institusjonellSektorkode.kode: "6500"
    sector_text: str = ""
    address: str = ""  # one line: "Halfdan Wilhelmsens allé 1, 3103 Tønsberg"
    municipality_number: str = ""  # forretningsadresse.kommunenummer (else postadresse's)
    municipality: str = ""
    website: str = ""
    deleted_on: dt.date | None = None  # slettedato
    number: int = 0  # the unit's position in the file (1 = first), for messages


# Reading --------------------------------------------------------------------------

_WORD_LOWER = {
    "og", "i", "for", "av", "til", "på", "med", "ved", "under", "etter", "om", "fra", "kommune",
    "fylkeskommune", "fylkeskommunes", "kommunes", "stat", "statens", "vegvesen", "sykehus", "sykehuset",
    "universitet", "universitetet", "høgskole", "høgskolen", "fylkesmann", "statsforvalter",
    "statsforvalteren", "næringsforening", "næringshage", "kirkelige", "fellesråd",
}
_ACRONYMS = {
    "AS", "ASA", "SA", "BA", "DA", "ANS", "ENK", "NUF", "SF", "HF", "RHF", "IKS", "KF", "FKF", "KS",
    "BRL", "BBL", "SE", "KO", "ORGL", "STAT", "NAV", "IT", "IKT", "AB", "ASA.", "LTD", "GMBH", "NTNU",
    "USN", "UIO", "UIB", "UIT", "NMBU", "OSLOMET", "SINTEF",
}


def _cap(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def display_name(name: str) -> str:
    """A register name in ordinary case when it is all capitals ("TØNSBERG KOMMUNE" ->
    "Tønsberg kommune", "HELSE SØR-ØST RHF" -> "Helse Sør-Øst RHF"); a heuristic for new
    organisations only: the first word capitalised, company forms kept in capitals,
    common words in lower case, other words capitalised (they are mostly names)."""
    text = " ".join(name.split())
    if not text or text != text.upper() or not any(c.isalpha() for c in text):
        return text
    words = []
    for index, word in enumerate(text.split(" ")):
        bare = word.strip(",.()&")
        if bare.upper() in _ACRONYMS and (index > 0 or len(bare) <= 4):
            words.append(word)
        elif index > 0 and bare.lower() in _WORD_LOWER:
            words.append(word.lower())
        else:
            words.append(_cap(word))
    return " ".join(words)


def place_name(text: str) -> str:
    """"MO I RANA" -> "Mo i Rana", "TØNSBERG" -> "Tønsberg"."""
    words = " ".join(text.split()).split(" ")
    return " ".join(w.lower() if i and w.lower() in ("i", "og", "på") else _cap(w) for i, w in enumerate(words) if w)


def _text(value: Any) -> str:
    if value is None or isinstance(value, dict | list):
        return ""
    return " ".join(str(value).split())


def _address(lines: Any, postcode: Any, place: Any) -> str:
    if isinstance(lines, list):
        parts = [_text(line) for line in lines]
    else:
        parts = [_text(part) for part in str(lines or "").replace("\r", "\n").split("\n")]
    parts = [p for p in parts if p]
    code, town = _text(postcode), _text(place)
    town = place_name(town) if town and town == town.upper() else town
    tail = " ".join(p for p in (code, town) if p)
    return ", ".join([*parts, tail] if tail else parts)[:1000]


def _date(value: Any) -> dt.date | None:
    text = _text(value)[:10]
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _municipality_number(value: Any) -> str:
    text = _text(value)
    if len(text) == 3 and text.isdigit():
        text = "0" + text  # a spreadsheet that read it as a number
    return text if len(text) == 4 and text.isdigit() else ""


_NACE = re.compile(r"\d{2}(\.\d{1,3})?")


def _unit(fields: dict[str, Any], number: int) -> RegisterUnit | None:
    """A unit from flat fields (dotted names, lower case); None without a valid orgnr."""
    orgnr = re.sub(r"\s", "", _text(fields.get("organisasjonsnummer")))
    name = _text(fields.get("navn"))
    if not (orgnr and name) or not validation.is_valid_orgnr(orgnr):
        return None
    prefix = "forretningsadresse."
    if not any(_text(fields.get(prefix + key)) for key in ("adresse", "postnummer", "kommunenummer")):
        prefix = "postadresse."
    nace = _text(fields.get("naeringskode1.kode"))
    sector = _text(fields.get("institusjonellsektorkode.kode"))
    form = _text(fields.get("organisasjonsform.kode")).upper()
    return RegisterUnit(
        orgnr=orgnr,
        name=name[:500],
        form=form if re.fullmatch(r"[A-Z0-9]{1,10}", form) else "",
        form_text=_text(fields.get("organisasjonsform.beskrivelse"))[:200],
        nace_code=nace if _NACE.fullmatch(nace) else "",
        nace_text=_text(fields.get("naeringskode1.beskrivelse"))[:300],
        sector_code=sector if re.fullmatch(r"\d{4}", sector) else "",
        sector_text=_text(fields.get("institusjonellsektorkode.beskrivelse"))[:300],
        address=_address(fields.get(prefix + "adresse"), fields.get(prefix + "postnummer"),
                         fields.get(prefix + "poststed")),
        municipality_number=_municipality_number(fields.get(prefix + "kommunenummer")),
        municipality=_text(fields.get(prefix + "kommune"))[:100],
        website=_text(fields.get("hjemmeside"))[:300],
        deleted_on=_date(fields.get("slettedato")),
        number=number,
    )


def _flatten(data: dict[str, Any]) -> dict[str, Any]:
    """{"organisasjonsform": {"kode": "AS"}} -> {"organisasjonsform.kode": "AS"} (keys
    lower case; one level is all the register nests)."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = str(key).casefold()
        if isinstance(value, dict):
            for inner, item in value.items():
                flat[f"{name}.{str(inner).casefold()}"] = item
        else:
            flat[name] = value
    return flat


class RegisterFile:
    """An open register file: iterate over it for its units. `position` and `size`
    (bytes of the file as stored) tell how far the reading is; `skipped` counts the
    rows without a valid organisation number."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        with reading(self.path):
            self._raw: IO[bytes] = open(self.path, "rb")  # noqa: SIM115 - closed in close()
        try:
            self.size = max(1, self.path.stat().st_size)
            magic = self._raw.read(2)
            self._raw.seek(0)
            self.compressed = magic == GZIP_MAGIC
            binary: Any = gzip.GzipFile(fileobj=self._raw, mode="rb") if self.compressed else self._raw
            self._text = io.TextIOWrapper(binary, encoding="utf-8-sig", errors="replace", newline="")
            self.kind = self._kind()
        except BaseException:
            self._raw.close()
            raise
        self.skipped = 0

    @property
    def position(self) -> int:
        try:
            return self._raw.tell()
        except (OSError, ValueError):
            return 0

    def __enter__(self) -> RegisterFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._raw.close()

    def _read(self, size: int) -> str:
        try:
            return self._text.read(size)
        except (OSError, EOFError, zlib.error) as error:  # gzip.BadGzipFile is an OSError
            raise UserError(f"{self.path} er ødelagt eller avkortet ({_reason(error)}); "
                            "importen ble stoppet, og ingenting ble lagret.") from error

    def _kind(self) -> str:
        self._head = self._read(64 * 1024)
        start = self._head.lstrip()
        if start.startswith(("[", "{")):
            return "json"
        first_line = start.split("\n", 1)[0].casefold()
        if "organisasjonsnummer" in first_line:
            return "csv"
        raise UserError(f"{self.path} ser ikke ut som en fil fra Enhetsregisteret (JSON eller CSV).")

    def __iter__(self) -> Iterator[RegisterUnit]:
        rows = self._json_objects() if self.kind == "json" else self._csv_rows()
        number = 0
        for fields in rows:
            number += 1
            unit = _unit(fields, number)
            if unit is None:
                self.skipped += 1
                continue
            yield unit

    # CSV ---------------------------------------------------------------------
    def _csv_rows(self) -> Iterator[dict[str, Any]]:
        first_line = self._head.split("\n", 1)[0]
        delimiter = max((",", ";", "\t"), key=first_line.count)
        stream = _Rejoined(self._head, self)
        reader = csv.reader(stream, delimiter=delimiter)
        try:
            header = [h.strip().casefold().replace("næringskode", "naeringskode") for h in next(reader)]
            for row in reader:
                if not row:
                    continue
                yield dict(zip(header, row, strict=False))
        except StopIteration:
            return
        except csv.Error as error:
            raise UserError(f"{self.path}: linje {reader.line_num} kan ikke leses som CSV ({error}).") from error

    # JSON --------------------------------------------------------------------
    def _json_objects(self) -> Iterator[dict[str, Any]]:
        decoder = json.JSONDecoder()
        buffer, position, ended = self._head, 0, False
        number = 0

        def more() -> bool:
            nonlocal buffer, position, ended
            if ended:
                return False
            chunk = self._read(CHUNK_CHARS)
            if not chunk:
                ended = True
                return False
            buffer = buffer[position:] + chunk
            position = 0
            return True

        def skip_space() -> str:
            nonlocal position
            while True:
                while position < len(buffer) and buffer[position] in " \t\r\n":
                    position += 1
                if position < len(buffer):
                    return buffer[position]
                if not more():
                    return ""

        opening = skip_space()
        if opening == "{":
            yield from self._json_whole(buffer[position:])
            return
        position += 1  # "["
        expect_value = True
        while True:
            char = skip_space()
            if char == "]":
                return
            if char == "":
                raise self._broken(number, "filen slutter midt i listen")
            if char == "," and not expect_value:
                position += 1
                expect_value = True
                continue
            if char != "{" or not expect_value:
                raise self._broken(number + 1, f"ventet en enhet, fant «{char}»")
            while True:
                try:
                    value, end = decoder.raw_decode(buffer, position)
                    break
                except json.JSONDecodeError:
                    if len(buffer) - position > MAX_UNIT_CHARS or not more():
                        raise self._broken(number + 1, "enheten er ufullstendig eller ugyldig JSON") from None
            position = end
            number += 1
            expect_value = False
            if isinstance(value, dict):
                yield _flatten(value)
            if position > CHUNK_CHARS:
                buffer, position = buffer[position:], 0

    def _json_whole(self, start: str) -> Iterator[dict[str, Any]]:
        parts = [start]
        total = len(start)
        while chunk := self._read(CHUNK_CHARS):
            total += len(chunk)
            if total > MAX_OBJECT_CHARS:
                raise UserError(f"{self.path} er et for stort JSON-objekt; bruk Enhetsregisterets "
                                "totalfil (en liste av enheter).")
            parts.append(chunk)
        try:
            data = json.loads("".join(parts))
        except ValueError as error:
            raise self._broken(1, f"ugyldig JSON ({error})") from error
        embedded = data.get("_embedded") if isinstance(data, dict) else None
        if isinstance(embedded, dict) and isinstance(embedded.get("enheter"), list):
            items = embedded["enheter"]
        elif isinstance(data, dict) and "organisasjonsnummer" in data:
            items = [data]
        else:
            raise UserError(f"{self.path} ser ikke ut som en fil fra Enhetsregisteret.")
        for item in items:
            if isinstance(item, dict):
                yield _flatten(item)

    def _broken(self, number: int, why: str) -> UserError:
        return UserError(f"{self.path} er ødelagt ved enhet nr. {number}: {why}. "
                         "Importen ble stoppet, og ingenting ble lagret.")


class _Rejoined:
    """Lines for csv.reader: the head already read, then the rest of the stream, cut at
    "\n" only (a quoted cell may hold other line breaks)."""

    def __init__(self, head: str, source: RegisterFile) -> None:
        self._pending = head
        self._source = source

    def __iter__(self) -> Iterator[str]:
        pending = self._pending
        while True:
            chunk = self._source._read(CHUNK_CHARS)
            if chunk:
                pending += chunk
                cut = pending.rfind("\n") + 1
                if not cut:
                    if len(pending) > MAX_UNIT_CHARS:
                        raise UserError(f"{self._source.path}: en linje er for lang for en CSV-fil "
                                        "fra Enhetsregisteret; importen ble stoppet.")
                    continue
                block, pending = pending[:cut], pending[cut:]
            else:
                block, pending = pending, ""
            start = 0
            while (end := block.find("\n", start)) >= 0:
                yield block[start:end + 1]
                start = end + 1
            if start < len(block):
                yield block[start:]
            if not chunk:
                return


def _reason(error: BaseException) -> str:
    return str(error) or type(error).__name__


def open_register(path: Path | str) -> RegisterFile:
    """Open a register file (gzipped or not, JSON or CSV, told by content)."""
    return RegisterFile(Path(path))


_REGISTER_JSON = re.compile(r'^\s*(\[\s*)?\{\s*"(organisasjonsnummer|_embedded|_links)"')
_REGISTER_CSV_COLUMN = re.compile(r"(forretningsadresse|organisasjonsform|naeringskode1|institusjonellsektorkode)\.")


def _head_text(data: bytes) -> str:
    if data.startswith(GZIP_MAGIC):
        try:
            data = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:65536], 16384)
        except zlib.error:
            return ""
    return codecs.decode(data[:16384], "utf-8", "ignore").lstrip("\ufeff")


def looks_like_register(data: bytes) -> bool:
    """True when `data` (the start of a file) is an Enhetsregisteret file: a JSON list
    of units, or a CSV whose header has `organisasjonsnummer` and the register's dotted
    column names; gzipped or not."""
    text = _head_text(data)
    if not text:
        return False
    if _REGISTER_JSON.match(text):
        return '"organisasjonsnummer"' in text
    first_line = text.split("\n", 1)[0].casefold().replace("næringskode", "naeringskode")
    return "organisasjonsnummer" in first_line and bool(_REGISTER_CSV_COLUMN.search(first_line))
