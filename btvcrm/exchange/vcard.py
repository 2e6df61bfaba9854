"""vCard 2.1 / 3.0 / 4.0 reader and 3.0 / 4.0 writer (RFC 2426, RFC 6350, vCard 2.1 spec).

Hand-written rather than a library because real exports break the standards in ways
the libraries refuse (see /work/shared/samples/SOURCES.md): CR CR LF line ends, bare
CRs inside values, QUOTED-PRINTABLE soft breaks that split "=0D=" / "=0A", base64
blocks indented with four spaces and followed by empty lines, lying CHARSET params.

Reading rules, in order:

* The input is split into physical lines on LF only; trailing CRs are removed
  (CRLF, LF and CR CR LF all work, a bare CR inside a value survives). A file with
  CRs but no LF at all (classic Mac) is split on CR.
* A line starting with a space or a tab continues the previous one (one whitespace
  character is dropped). A QUOTED-PRINTABLE value ending in ``=`` continues on the
  next line whatever that line starts with (a soft line break).
* Values are decoded per property: QUOTED-PRINTABLE first, then the CHARSET param
  (default UTF-8, falling back to Windows-1252). A value labelled ISO-8859-1 or
  Windows-1252 that is valid, non-ASCII UTF-8 is read as UTF-8 (a common exporter
  lie). Invalid bytes become U+FFFD.
* Text escapes ``\\\\ \\, \\; \\: \\" \\n \\N`` are undone for every version; a
  backslash before any other character is kept.
* Line breaks in values are normalised to ``\\n``; names, e-mails, phones, titles,
  organisations and notes are stripped of surrounding white space.
* E-mails and phones keep file order, except that preferred ones (``PREF``,
  ``TYPE=pref``, ``PREF=1``) come first. Fax numbers are left out of ``phones``.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from btvcrm.exchange.records import ContactRecord, ImportFileError

__all__ = ["VCardParseResult", "parse_vcards", "write_vcards"]


@dataclass
class VCardParseResult:
    contacts: list[ContactRecord] = field(default_factory=list)
    #: Norwegian, human-readable reasons for cards that were not turned into contacts.
    skipped: list[str] = field(default_factory=list)


@dataclass
class _Property:
    name: str  # upper case, without group prefix
    params: dict[str, list[str]]  # upper-case keys; bare 2.1 params are stored under "TYPE"
    raw: bytes  # the value as in the file (after unfolding), not yet decoded
    line: int

    @property
    def types(self) -> set[str]:
        return {t.upper() for t in self.params.get("TYPE", [])}

    @property
    def pref_rank(self) -> int:
        """Lower is more preferred; 100 = not preferred."""
        for value in self.params.get("PREF", []):
            if value.isdigit():
                return int(value)
        return 1 if "PREF" in self.types else 100


@dataclass
class _Card:
    line: int
    props: list[_Property] = field(default_factory=list)

    def all(self, name: str) -> list[_Property]:
        return [p for p in self.props if p.name == name]

    def first(self, name: str) -> _Property | None:
        found = self.all(name)
        return found[0] if found else None


_BARE_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}


# ----------------------------------------------------------------------------- reading


def _split_physical_lines(data: bytes) -> list[bytes]:
    if b"\n" not in data and b"\r" in data:
        return data.split(b"\r")
    return [line.rstrip(b"\r") for line in data.split(b"\n")]


def _split_header(line: bytes) -> tuple[bytes, bytes] | None:
    """Split ``name;params:value`` at the first colon outside double quotes."""
    in_quotes = False
    for index, byte in enumerate(line):
        if byte == 0x22:  # "
            in_quotes = not in_quotes
        elif byte == 0x3A and not in_quotes:  # :
            return line[:index], line[index + 1 :]
    return None


def _split_unquoted(text: str, sep: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    in_quotes = False
    for char in text:
        if char == '"':
            in_quotes = not in_quotes
            current.append(char)
        elif char == sep and not in_quotes:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _parse_header(header: bytes) -> tuple[str, dict[str, list[str]]]:
    text = header.decode("utf-8", errors="replace")
    pieces = _split_unquoted(text, ";")
    name = pieces[0].strip().upper()
    if "." in name:  # item1.EMAIL -> EMAIL
        name = name.rsplit(".", 1)[1]
    params: dict[str, list[str]] = {}
    for piece in pieces[1:]:
        piece = piece.strip()
        if not piece:
            continue
        if "=" in piece:
            key, value = piece.split("=", 1)
            key = key.strip().upper()
            values = [v.strip().strip('"') for v in _split_unquoted(value, ",")]
        else:  # vCard 2.1 bare parameter: TEL;WORK;VOICE, KEY;X509;BASE64
            key, values = (
                ("ENCODING", [piece])
                if piece.upper() in _BARE_ENCODINGS
                else (
                    "TYPE",
                    [piece],
                )
            )
        params.setdefault(key, []).extend(v for v in values if v)
    return name, params


def _is_quoted_printable(header: bytes) -> bool:
    upper = header.upper()
    return b"QUOTED-PRINTABLE" in upper


def _logical_lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """Yield (1-based first physical line, unfolded line)."""
    current: bytes | None = None
    current_line = 0
    current_qp = False
    for number, raw in enumerate(_split_physical_lines(data), start=1):
        if (
            current is not None
            and current_qp
            and current.endswith(b"=")
            and not raw.upper().startswith(b"END:VCARD")
        ):
            current = current[:-1] + raw  # QP soft line break
            continue
        if current is not None and raw[:1] in (b" ", b"\t"):
            current += raw[1:]
            continue
        if current is not None:
            yield current_line, current
        current, current_line = raw, number
        split = _split_header(raw)
        current_qp = split is not None and _is_quoted_printable(split[0])
    if current is not None:
        yield current_line, current


def _read_cards(data: bytes) -> Iterator[_Card]:
    card: _Card | None = None
    depth = 0
    for number, line in _logical_lines(data):
        if not line.strip():
            continue
        split = _split_header(line)
        if split is None:
            continue  # stray base64 or garbage line
        header, value = split
        upper_header = header.strip().upper()
        upper_value = value.strip().upper()
        if upper_header == b"BEGIN" and upper_value == b"VCARD":
            if card is None:
                card, depth = _Card(line=number), 1
            else:
                depth += 1  # nested card (2.1 AGENT): ignored
            continue
        if upper_header == b"END" and upper_value == b"VCARD":
            depth -= 1
            if card is not None and depth == 0:
                yield card
                card = None
            continue
        if card is None or depth != 1:
            continue
        name, params = _parse_header(header)
        card.props.append(_Property(name=name, params=params, raw=value, line=number))
    if card is not None:  # missing END:VCARD at the end of the file: keep what we have
        yield card


_LATIN1_NAMES = {"ISO-8859-1", "ISO8859-1", "LATIN1", "LATIN-1", "WINDOWS-1252", "CP1252"}


def _decode_value(prop: _Property, input_was_text: bool) -> str:
    raw = prop.raw
    encodings = {e.upper() for e in prop.params.get("ENCODING", [])}
    is_qp = "QUOTED-PRINTABLE" in encodings
    if is_qp:
        raw = binascii.a2b_qp(raw)
    charset = (prop.params.get("CHARSET") or [""])[0].upper()
    if input_was_text and not is_qp:
        return raw.decode("utf-8", errors="replace")
    if charset and charset not in ("UTF-8", "UTF8"):
        if charset in _LATIN1_NAMES:
            try:
                as_utf8 = raw.decode("utf-8")
            except UnicodeDecodeError:
                return raw.decode("cp1252", errors="replace")
            return as_utf8
        try:
            return raw.decode(charset, errors="replace")
        except LookupError:
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        if is_qp:
            return raw.decode("utf-8", errors="replace")
        return raw.decode("cp1252", errors="replace")


_ESCAPE_RE = re.compile(r"\\(.)", re.DOTALL)
_ESCAPES = {"\\": "\\", ",": ",", ";": ";", ":": ":", '"': '"', "n": "\n", "N": "\n"}


def _unescape(text: str) -> str:
    return _ESCAPE_RE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(0)), text)


def _split_structured(text: str) -> list[str]:
    """Split a structured value (N, ORG) on unescaped semicolons, then unescape."""
    parts: list[str] = []
    current: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            current.append(text[index : index + 2])
            index += 2
            continue
        if char == ";":
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        index += 1
    parts.append("".join(current))
    return [_clean(_unescape(p)) for p in parts]


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _clean(text: str) -> str:
    return _normalise_newlines(text).strip()


def _is_group(card: _Card, decode: _Decoder) -> bool:
    for name in ("X-ADDRESSBOOKSERVER-KIND", "KIND"):
        prop = card.first(name)
        if prop is not None and decode.text(prop).lower() == "group":
            return True
    return False


class _Decoder:
    def __init__(self, input_was_text: bool) -> None:
        self.input_was_text = input_was_text

    def raw(self, prop: _Property) -> str:
        return _decode_value(prop, self.input_was_text)

    def text(self, prop: _Property) -> str:
        return _clean(_unescape(self.raw(prop)))

    def structured(self, prop: _Property) -> list[str]:
        return _split_structured(self.raw(prop))


def _by_preference(props: Iterable[_Property]) -> list[_Property]:
    return sorted(props, key=lambda p: p.pref_rank)  # sorted() is stable


def _strip_scheme(value: str, scheme: str) -> str:
    if value.lower().startswith(scheme):
        return value[len(scheme) :].strip()
    return value


def _card_to_contact(card: _Card, index: int, decode: _Decoder) -> ContactRecord | str:
    """A contact, or a Norwegian reason for skipping the card."""
    where = f"Kort {index} (linje {card.line})"
    if _is_group(card, decode):
        return f"{where} er en gruppe (Apple), ikke en person – hoppet over"

    family = given = additional = prefix = suffix = ""
    n_prop = card.first("N")
    if n_prop is not None:
        parts = decode.structured(n_prop) + [""] * 5
        family, given, additional, prefix, suffix = parts[:5]

    organisation = ""
    org_prop = card.first("ORG")
    if org_prop is not None:
        organisation = decode.structured(org_prop)[0]

    title_prop = card.first("TITLE")
    title = decode.text(title_prop) if title_prop is not None else ""

    emails = [_strip_scheme(decode.text(p), "mailto:") for p in _by_preference(card.all("EMAIL"))]
    emails = [e for e in emails if e]
    phones = [
        _strip_scheme(decode.text(p), "tel:")
        for p in _by_preference(card.all("TEL"))
        if "FAX" not in p.types
    ]
    phones = [p for p in phones if p]

    notes_seen: list[str] = []
    for prop in card.all("NOTE"):
        note = decode.text(prop)
        if note and note not in notes_seen:
            notes_seen.append(note)
    notes = "\n\n".join(notes_seen)

    uid_prop = card.first("UID")
    uid = decode.text(uid_prop) if uid_prop is not None else ""

    fn_prop = card.first("FN")
    name = decode.text(fn_prop) if fn_prop is not None else ""
    if not name:
        name = " ".join(p for p in (given, additional, family) if p)
    if not name:
        name = organisation
    if not name and emails:
        name = emails[0]
    if not name:
        return f"{where} har verken navn, organisasjon eller e-post – hoppet over"

    return ContactRecord(
        name=name,
        given_name=given,
        family_name=family,
        organisation=organisation,
        title=title,
        emails=emails,
        phones=phones,
        notes=notes,
        uid=uid,
        source_line=card.line,
    )


def _to_bytes(data: bytes | str) -> tuple[bytes, bool]:
    if isinstance(data, str):
        return data.lstrip("\ufeff").encode("utf-8"), True
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16").lstrip("\ufeff").encode("utf-8"), True
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data, False


def parse_vcards(data: bytes | str) -> VCardParseResult:
    """Read every card in a .vcf file.

    Raises :class:`ImportFileError` only when the file holds no vCard at all; cards
    that cannot become a contact are listed in ``skipped`` instead.
    """
    raw, input_was_text = _to_bytes(data)
    decode = _Decoder(input_was_text)
    result = VCardParseResult()
    found_any = False
    for index, card in enumerate(_read_cards(raw), start=1):
        found_any = True
        outcome = _card_to_contact(card, index, decode)
        if isinstance(outcome, str):
            result.skipped.append(outcome)
        else:
            result.contacts.append(outcome)
    if not found_any:
        raise ImportFileError(
            "Filen inneholder ingen kontaktkort (fant ikke «BEGIN:VCARD»). "
            "Er det riktig fil, og er den lagret som vCard (.vcf)?"
        )
    return result


# ----------------------------------------------------------------------------- writing

_MAX_OCTETS = 75


def _escape(text: str) -> str:
    text = _normalise_newlines(text)
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Fold at 75 octets (RFC 6350 3.2) without splitting a UTF-8 sequence."""
    if len(line.encode("utf-8")) <= _MAX_OCTETS:
        return line
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    limit = _MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            chunks.append("".join(current))
            current, size = [], 0
            limit = _MAX_OCTETS - 1  # continuation lines start with a space
        current.append(char)
        size += width
    chunks.append("".join(current))
    return "\r\n ".join(chunks)


def write_vcards(contacts: Iterable[ContactRecord], version: str = "3.0") -> str:
    """Write contacts as one vCard 3.0 or 4.0 file (CRLF, folded, escaped).

    UID is written when the contact has one. The first e-mail is marked preferred.
    Fax numbers and any other field not in :class:`ContactRecord` are not written.
    """
    if version not in ("3.0", "4.0"):
        raise ValueError(f"unsupported vCard version {version!r}")
    lines: list[str] = []
    for contact in contacts:
        lines += ["BEGIN:VCARD", f"VERSION:{version}"]
        lines.append("PRODID:-//btvcrm//btvcrm//NO")
        if contact.uid:
            lines.append(f"UID:{_escape(contact.uid)}")
        lines.append(f"FN:{_escape(contact.name)}")
        lines.append(f"N:{_escape(contact.family_name)};{_escape(contact.given_name)};;;")
        if contact.organisation:
            lines.append(f"ORG:{_escape(contact.organisation)}")
        if contact.title:
            lines.append(f"TITLE:{_escape(contact.title)}")
        for position, email in enumerate(contact.emails):
            if version == "3.0":
                params = ";TYPE=INTERNET,pref" if position == 0 else ";TYPE=INTERNET"
            else:
                params = ";PREF=1" if position == 0 else ""
            lines.append(f"EMAIL{params}:{_escape(email)}")
        for phone in contact.phones:
            params = ";VALUE=text" if version == "4.0" else ";TYPE=VOICE"
            lines.append(f"TEL{params}:{_escape(phone)}")
        if contact.notes:
            lines.append(f"NOTE:{_escape(contact.notes)}")
        lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)
