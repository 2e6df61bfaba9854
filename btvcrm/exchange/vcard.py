"""vCard 2.1 / 3.0 / 4.0 reader and 3.0 / 4.0 writer (RFC 2426, RFC 6350, vCard 2.1 spec).

Hand-written rather than a library because real exports break the standards in ways
the libraries refuse (see tests/exchange/samples/SOURCES.md): CR CR LF line ends, bare
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

from btvcrm.exchange.records import ContactRecord, ImportFileError, OrganisationRecord

__all__ = ["VCardParseResult", "parse_vcards", "write_vcards"]


@dataclass
class VCardParseResult:
    contacts: list[ContactRecord] = field(default_factory=list)
    #: Norwegian, human-readable reasons for cards that were not turned into contacts.
    skipped: list[str] = field(default_factory=list)
    #: Organisation cards (KIND:org, X-ABShowAs:COMPANY).
    organisations: list[OrganisationRecord] = field(default_factory=list)
    #: Norwegian notes on what was read but not kept (photos, oversized fields).
    notices: list[str] = field(default_factory=list)


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
            if value.isdecimal():
                return int(value)
        return 1 if "PREF" in self.types else 100


@dataclass
class _Card:
    line: int
    props: list[_Property] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)  # names of properties left out (PHOTO, …)

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


#: Properties whose values btvcrm never stores: their content is not even kept while reading.
SKIPPED_PROPERTIES = frozenset({b"PHOTO", b"LOGO", b"SOUND", b"KEY"})
#: A property (after unfolding) longer than this is left out, with a note.
MAX_PROPERTY_BYTES = 1_000_000


@dataclass
class _Line:
    number: int  # 1-based first physical line
    data: bytes  # the unfolded line ("" for a skipped property: only the header is kept)
    skipped: bytes = b""  # the property's name when its value was dropped (photo, oversized)


def _header_name(header: bytes) -> bytes:
    """EMAIL of ``item1.EMAIL;TYPE=work`` (the part before the colon)."""
    name = header.split(b";", 1)[0].strip().upper()
    return name.rsplit(b".", 1)[-1]


def _logical_lines(data: bytes) -> Iterator[_Line]:
    """Unfolded lines, in time and memory linear in the file.

    Continuation lines are collected in a list and joined once. The value of a
    photo (or of any property past MAX_PROPERTY_BYTES) is not collected at all:
    the line comes out with its header only and ``skipped`` set.
    """
    chunks: list[bytes] = []
    active = False
    start = size = 0
    qp = soft = False
    dropped = b""
    header = b""
    for number, raw in enumerate(_split_physical_lines(data), start=1):
        if active:
            piece: bytes | None = None
            if qp and soft and not raw.upper().startswith(b"END:VCARD"):
                piece = raw  # a quoted-printable soft line break: the "=" goes
                if not dropped:
                    chunks[-1] = chunks[-1][:-1]
            elif raw[:1] in (b" ", b"\t"):
                piece = raw[1:]
            if piece is not None:
                soft = raw.endswith(b"=")
                size += len(piece)
                if not dropped:
                    chunks.append(piece)
                    if size > MAX_PROPERTY_BYTES:
                        dropped, chunks = _header_name(header) or b"?", []
                continue
            yield _Line(start, header + b":", skipped=dropped) if dropped else _Line(start, b"".join(chunks))
        active = True
        start, size = number, len(raw)
        split = _split_header(raw[:4096])
        header = split[0] if split is not None else b""
        qp = split is not None and _is_quoted_printable(header)
        soft = raw.endswith(b"=")
        name = _header_name(header)
        if name in SKIPPED_PROPERTIES or size > MAX_PROPERTY_BYTES:
            dropped, chunks = name or b"?", []
        else:
            dropped, chunks = b"", [raw]
    if active:
        yield _Line(start, header + b":", skipped=dropped) if dropped else _Line(start, b"".join(chunks))


def _read_cards(data: bytes) -> Iterator[_Card]:
    card: _Card | None = None
    depth = 0
    for logical in _logical_lines(data):
        number, line = logical.number, logical.data
        if logical.skipped:
            if card is not None and depth == 1:
                card.dropped.append(logical.skipped.decode("ascii", "replace"))
            continue
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


KEY_PERSON_CATEGORY = "Nøkkelkontakt"  # the glossary's word (docs/translation.md)
KEY_ORGANISATION_CATEGORY = "Nøkkelorganisasjon"
_KEY_CATEGORIES = {"nøkkelkontakt", "nøkkelperson", "nøkkelorganisasjon", "key contact", "key person", "key organisation", "key organization"}


def _categories(card: _Card, decode: _Decoder) -> list[str]:
    found: list[str] = []
    for prop in card.all("CATEGORIES"):
        found += [c for c in (_clean(_unescape(part)) for part in re.split(r"(?<!\\),", decode.raw(prop))) if c]
    return found


def _is_organisation_card(card: _Card, decode: _Decoder) -> bool:
    """KIND:org (vCard 4.0), X-ABShowAs:COMPANY (Apple, 3.0) or X-BTVCRM-KIND:organisation."""
    for name, values in (("KIND", ("org", "organization", "organisation")),
                         ("X-ABSHOWAS", ("company",)),
                         ("X-BTVCRM-KIND", ("organisation", "organization"))):
        prop = card.first(name)
        if prop is not None and decode.text(prop).lower() in values:
            return True
    return False


def _first_text(card: _Card, decode: _Decoder, name: str) -> str:
    prop = card.first(name)
    return decode.text(prop) if prop is not None else ""


def _notes(card: _Card, decode: _Decoder) -> str:
    seen: list[str] = []
    for prop in card.all("NOTE"):
        note = decode.text(prop)
        if note and note not in seen:
            seen.append(note)
    return "\n\n".join(seen)


def _card_to_organisation(card: _Card, decode: _Decoder, where: str) -> OrganisationRecord | str:
    org_prop = card.first("ORG")
    name = decode.structured(org_prop)[0] if org_prop is not None else ""
    name = name or _first_text(card, decode, "FN")
    if not name:
        return f"{where} er en organisasjon uten navn – hoppet over"
    website = ""
    for prop in card.all("URL"):
        website = decode.text(prop)
        if website:
            break
    counties = [c.strip() for c in _first_text(card, decode, "X-BTVCRM-COUNTY").split(",") if c.strip()]
    categories = {c.casefold() for c in _categories(card, decode)}
    return OrganisationRecord(
        name=name,
        orgnr=_first_text(card, decode, "X-BTVCRM-ORGNR"),
        kind=_first_text(card, decode, "X-BTVCRM-ORG-KIND"),
        website=website,
        counties=counties,
        notes=_notes(card, decode),
        uid=_first_text(card, decode, "UID"),
        is_key=bool(categories & _KEY_CATEGORIES),
        source_line=card.line,
    )


def _card_to_record(card: _Card, index: int, decode: _Decoder) -> ContactRecord | OrganisationRecord | str:
    """A contact or an organisation, or a Norwegian reason for skipping the card."""
    where = f"Kort {index} (linje {card.line})"
    if _is_group(card, decode):
        return f"{where} er en gruppe (Apple), ikke en person – hoppet over"
    if _is_organisation_card(card, decode):
        return _card_to_organisation(card, decode, where)

    family = given = additional = prefix = suffix = ""
    n_prop = card.first("N")
    if n_prop is not None:
        parts = decode.structured(n_prop) + [""] * 5
        family, given, additional, prefix, suffix = parts[:5]

    organisation = ""
    org_prop = card.first("ORG")
    if org_prop is not None:
        organisation = decode.structured(org_prop)[0]

    title = _first_text(card, decode, "TITLE")

    emails = [_strip_scheme(decode.text(p), "mailto:") for p in _by_preference(card.all("EMAIL"))]
    emails = [e for e in emails if e]
    phones = [
        _strip_scheme(decode.text(p), "tel:")
        for p in _by_preference(card.all("TEL"))
        if "FAX" not in p.types
    ]
    phones = [p for p in phones if p]

    name = _first_text(card, decode, "FN")
    if not name:
        name = " ".join(p for p in (given, additional, family) if p)
    if not name:
        name = organisation
    if not name and emails:
        name = emails[0]
    if not name:
        return f"{where} har verken navn, organisasjon eller e-post – hoppet over"

    categories = {c.casefold() for c in _categories(card, decode)}
    return ContactRecord(
        name=name,
        given_name=given,
        family_name=family,
        organisation=organisation,
        title=title,
        emails=emails,
        phones=phones,
        notes=_notes(card, decode),
        uid=_first_text(card, decode, "UID"),
        is_key=bool(categories & _KEY_CATEGORIES),
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


_PICTURES = {"PHOTO": "bilde", "LOGO": "logo", "SOUND": "lydopptak", "KEY": "nøkkel"}


def parse_vcards(data: bytes | str) -> VCardParseResult:
    """Read every card in a .vcf file.

    Raises :class:`ImportFileError` only when the file holds no vCard at all; cards
    that cannot become a contact are listed in ``skipped`` instead. Photos, logos,
    sounds and keys are never kept (counted in ``notices``); a property longer than
    :data:`MAX_PROPERTY_BYTES` is left out with a note naming its card.
    """
    raw, input_was_text = _to_bytes(data)
    decode = _Decoder(input_was_text)
    result = VCardParseResult()
    found_any = False
    pictures = 0
    for index, card in enumerate(_read_cards(raw), start=1):
        found_any = True
        for name in card.dropped:
            if name in _PICTURES:
                pictures += 1
            else:
                result.notices.append(
                    f"Kort {index} (linje {card.line}): feltet {name} er større enn "
                    f"{MAX_PROPERTY_BYTES // 1_000_000} MB og ble ikke importert."
                )
        outcome = _card_to_record(card, index, decode)
        if isinstance(outcome, str):
            result.skipped.append(outcome)
        elif isinstance(outcome, OrganisationRecord):
            result.organisations.append(outcome)
        else:
            result.contacts.append(outcome)
    if not found_any:
        raise ImportFileError(
            "Filen inneholder ingen kontaktkort (fant ikke «BEGIN:VCARD»). "
            "Er det riktig fil, og er den lagret som vCard (.vcf)?"
        )
    if pictures:
        result.notices.append(
            f"{pictures} {'bilde' if pictures == 1 else 'bilder'} (PHOTO/LOGO) ble ikke importert; "
            "btvcrm lagrer ikke bilder."
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


def _card_lines(version: str, kind_org: bool) -> list[str]:
    lines = ["BEGIN:VCARD", f"VERSION:{version}", "PRODID:-//btvcrm//btvcrm//NO"]
    if kind_org and version == "4.0":
        lines.append("KIND:org")
    return lines


def _organisation_card(org: OrganisationRecord, version: str) -> list[str]:
    lines = _card_lines(version, True)
    if org.uid:
        lines.append(f"UID:{_escape(org.uid)}")
    lines.append(f"FN:{_escape(org.name)}")
    if version == "3.0":
        lines.append("N:;;;;")  # required in 3.0
        lines.append("X-ABShowAs:COMPANY")  # Apple's (and others') mark of a company card
    lines.append(f"ORG:{_escape(org.name)}")
    if org.website:
        lines.append(f"URL:{org.website}")
    if org.orgnr:
        lines.append(f"X-BTVCRM-ORGNR:{_escape(org.orgnr)}")
    if org.kind:
        lines.append(f"X-BTVCRM-ORG-KIND:{_escape(org.kind)}")
    if org.counties:
        lines.append("X-BTVCRM-COUNTY:" + ",".join(_escape(c) for c in org.counties))
    if org.is_key:
        lines.append(f"CATEGORIES:{KEY_ORGANISATION_CATEGORY}")
    if org.notes:
        lines.append(f"NOTE:{_escape(org.notes)}")
    lines.append("END:VCARD")
    return lines


def write_vcards(contacts: Iterable[ContactRecord], version: str = "3.0",
                 organisations: Iterable[OrganisationRecord] = ()) -> str:
    """Write contacts (and organisations, as KIND:org / X-ABShowAs:COMPANY cards) as
    one vCard 3.0 or 4.0 file (CRLF, folded, escaped).

    UID is written when the record has one (btvcrm's always do: CardDAV servers
    refuse a card without). The first e-mail is marked preferred; a key person
    gets CATEGORIES "Nøkkelkontakt". Fax numbers and any other field not in
    :class:`ContactRecord` are not written.
    """
    if version not in ("3.0", "4.0"):
        raise ValueError(f"unsupported vCard version {version!r}")
    lines: list[str] = []
    for org in organisations:
        lines += _organisation_card(org, version)
    for contact in contacts:
        lines += _card_lines(version, False)
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
        if contact.is_key:
            lines.append(f"CATEGORIES:{KEY_PERSON_CATEGORY}")
        if contact.notes:
            lines.append(f"NOTE:{_escape(contact.notes)}")
        lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)
