"""Guess the kind of an import file from its content, then from its extension."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import PurePath

__all__ = ["detect_format"]

_EXTENSIONS = {
    ".vcf": "vcard",
    ".vcard": "vcard",
    ".ics": "ics",
    ".ical": "ics",
    ".ifb": "ics",
    ".csv": "csv",
    ".tsv": "csv",
    ".tab": "csv",
    ".json": "json",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
}


def _text_start(data: bytes) -> str:
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="ignore")
    elif head[:200].count(b"\x00") > len(head[:200]) // 4 and len(head) >= 4:
        text = head.decode("utf-16-le" if head[1:2] == b"\x00" else "utf-16-be", errors="ignore")
    else:
        text = head.decode("utf-8", errors="ignore")
    return text.lstrip("\ufeff \t\r\n")


def _looks_like_json(data: bytes, start: str) -> bool:
    if start.startswith("{"):
        return True
    if not start.startswith("["):
        return False
    try:
        json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return start[1:].lstrip()[:1] in ("{", '"', "]")
    return True


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return "unknown"
    return "xlsx" if any(n.startswith("xl/") for n in names) else "unknown"


def _header_like(start: str) -> bool:
    """Cheap first test for an e-mail: the first line is "Name: value" or an mbox "From "."""
    first = start.split("\n", 1)[0]
    name, colon, _ = first.partition(":")
    return first.startswith("From ") or (bool(colon) and bool(name) and " " not in name and len(name) < 77)


def detect_format(path_or_name: str, data: bytes) -> str:
    """One of "vcard", "ics", "csv", "json", "xlsx", "email" (.eml/.msg),
    "register" (Enhetsregisteret's files, gzipped or not) or "unknown".

    The content decides first (BEGIN:VCARD, BEGIN:VCALENDAR, JSON, an .xlsx zip), the
    extension second. A zip that is not a workbook, and an old binary .xls, are
    "unknown". Text with a ``,``, ``;`` or TAB in its first line and no other
    match is "csv".
    """
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2: an Outlook .msg, else .xls / .doc (not supported)
        from btvcrm.exchange.email_message import looks_like_email

        return "email" if looks_like_email(data) else "unknown"
    if data.startswith(b"\x1f\x8b"):  # gzip: only Enhetsregisteret's files are read
        from btvcrm.exchange.register import looks_like_register

        return "register" if looks_like_register(data) else "unknown"
    start = _text_start(data)
    upper = start[:64].upper()
    if upper.startswith("BEGIN:VCARD"):
        return "vcard"
    if upper.startswith("BEGIN:VCALENDAR"):
        return "ics"
    if start[:1] in ("[", "{", "o", "O", "\""):
        from btvcrm.exchange.register import looks_like_register

        if looks_like_register(data):
            return "register"
    if _looks_like_json(data, start):
        return "json"
    if _header_like(start):
        from btvcrm.exchange.email_message import looks_like_email

        if looks_like_email(data):
            return "email"
    suffix = PurePath(path_or_name).suffix.lower()
    by_extension = _EXTENSIONS.get(suffix)
    if by_extension is not None:
        return by_extension
    first_line = start.split("\n", 1)[0]
    if start and "\x00" not in start and any(d in first_line for d in (",", ";", "\t")):
        return "csv"
    return "unknown"
