"""E-mails read from files: `.eml` (RFC 5322, as Thunderbird, Apple Mail and Outlook's
"Save as" write it) with Python's `email` package, and Outlook's `.msg` (an OLE2
compound file of MAPI properties, MS-OXMSG) with `olefile` (BSD-2-Clause; extract-msg
was not chosen: its GPL would bind the packaged MIT app).

The result is a plain `MailMessage`: subject, date, Message-ID, sender, To and Cc, the
text body (an HTML-only body becomes plain text) and the attachments with their bytes.
What the program makes of it is services/email_contacts.py.

Hostile mail gives a message or a clear sentence, never a traceback, in linear time: a
malformed MIME tree is read as far as it goes (with a warning), a missing Date is None,
encoded words in any charset (an unknown one is read as UTF-8 with replacements), an
attached e-mail (message/rfc822, or an embedded .msg) is listed as an attachment of its
own rather than followed, and the tree is walked without recursion to at most MAX_PARTS
parts. A file larger than MAX_EMAIL_BYTES is refused.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email
import email.header
import email.message
import email.utils
import hashlib
import html
import mimetypes
import re
import struct
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path
from typing import Any

from btvcrm.domain import clock
from btvcrm.domain.errors import UserError
from btvcrm.exchange.reading import reading

__all__ = [
    "Address",
    "MailAttachment",
    "MailMessage",
    "html_to_text",
    "looks_like_email",
    "parse_eml",
    "parse_msg",
    "read_email_file",
]

MAX_EMAIL_BYTES = 100 * 1024 * 1024
MAX_PARTS = 2000
MAX_HEADER_CHARS = 20_000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

MALFORMED_WARNING = "E-posten har feil i MIME-strukturen; det som kunne leses, er tatt med."


@dataclass(frozen=True)
class Address:
    name: str  # the display name ("" when none)
    email: str

    def label(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


@dataclass
class MailAttachment:
    name: str
    content_type: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass
class MailMessage:
    subject: str = ""
    date: dt.datetime | None = None  # aware (Europe/Oslo); None: the e-mail has none
    message_id: str = ""  # without <>; "" when the e-mail has none
    sender: Address | None = None
    to: list[Address] = field(default_factory=list)
    cc: list[Address] = field(default_factory=list)
    text: str = ""
    attachments: list[MailAttachment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # Norwegian sentences for the user
    file_format: str = "eml"  # "eml" or "msg"

    @property
    def key(self) -> str:
        """The message's identity: its Message-ID, else a digest of sender, date, subject
        and text (the same e-mail saved twice has the same key)."""
        if self.message_id:
            return self.message_id
        basis = "\x1f".join([self.sender.email.casefold() if self.sender else "",
                             self.date.isoformat() if self.date else "", self.subject, self.text.strip()])
        return "sha256:" + hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()

    @property
    def people(self) -> list[Address]:
        """From, To and Cc in order, each address once."""
        seen: set[str] = set()
        found = []
        for address in [*([self.sender] if self.sender else []), *self.to, *self.cc]:
            folded = address.email.casefold()
            if folded and folded not in seen:
                seen.add(folded)
                found.append(address)
        return found


# Text helpers ---------------------------------------------------------------------

def _codec(charset: str | None, default: str = "utf-8") -> str:
    name = (charset or "").strip().strip('"').lower()
    aliases = {"utf8": "utf-8", "unicode-1-1-utf-8": "utf-8", "x-unknown": default, "unknown-8bit": default,
               "iso-8859-8-i": "iso-8859-8", "ks_c_5601-1987": "cp949", "windows-874": "cp874"}
    name = aliases.get(name, name) or default
    try:
        return codecs.lookup(name).name
    except LookupError:
        return default


def _decode_bytes(data: bytes, charset: str | None) -> str:
    codec = _codec(charset)
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        if codec != "utf-8":
            return data.decode(codec, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _unescape_raw(value: str) -> str:
    """A header read from bytes keeps stray 8-bit bytes as surrogates: UTF-8, else Windows-1252."""
    if not any("\udc80" <= c <= "\udcff" for c in value):
        return value
    raw = value.encode("ascii", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


def _header_string(value: Any) -> str:
    """A header's value as text (encoded words still encoded: see decode_words)."""
    if value is None:
        return ""
    if isinstance(value, email.header.Header):  # compat32 gives one for 8-bit bytes in a header
        chunks = email.header.decode_header(value)
        return "".join(_decode_bytes(chunk, charset) if isinstance(chunk, bytes) else chunk
                       for chunk, charset in chunks)[:MAX_HEADER_CHARS]
    return _unescape_raw(str(value))[:MAX_HEADER_CHARS]


def decode_words(value: str) -> str:
    """RFC 2047 encoded words ("=?ISO-8859-1?Q?Bj=F8rn?=") decoded, each in its charset."""
    if "=?" not in value:
        return " ".join(value.split())
    try:
        parts = email.header.decode_header(value)
    except (ValueError, IndexError, AssertionError):
        return " ".join(value.split())
    text = "".join(
        _decode_bytes(chunk, charset) if isinstance(chunk, bytes) else chunk for chunk, charset in parts)
    return " ".join(text.split())


def _addresses(values: list[Any]) -> list[Address]:
    raw = [_header_string(v) for v in values if v is not None]
    found: list[Address] = []
    try:
        pairs = email.utils.getaddresses(raw)
    except (ValueError, IndexError, TypeError):
        pairs = []
    for name, address in pairs:
        address = address.strip().strip("<>").strip()
        if "@" not in address or " " in address or len(address) > 254:
            continue
        found.append(Address(decode_words(name).strip().strip('"').strip(), address))
    return found


def _date(value: str) -> dt.datetime | None:
    text = value.strip()
    if not text:
        return None
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment is None or not 1970 <= moment.year <= 2200:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(clock.OSLO)


def _message_id(value: str) -> str:
    text = " ".join(value.split()).strip()
    match = re.search(r"<([^<>\s]+)>", text)
    text = match.group(1) if match else text.strip("<>")
    return text[:998]


# HTML -> text ----------------------------------------------------------------------

_BLOCKS = {"p", "div", "br", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote",
           "pre", "hr", "section", "article", "header", "footer", "address", "dl", "dt", "dd"}
_SKIP = {"script", "style", "head", "title", "noscript", "template", "svg", "xml"}
# A tag cannot hold "<" here, so every match stops at the next "<": one pass, linear time
# (html.parser rescans an unclosed comment or declaration from every "<!", quadratic).
_TOKEN = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:]*)[^<>]*>|<[!?/][^<>]*>|[^<]+|<")


def _without_comments(markup: str) -> str:
    """HTML comments removed in one pass; an unclosed one ends the text."""
    pieces = []
    position = 0
    while True:
        start = markup.find("<!--", position)
        if start < 0:
            pieces.append(markup[position:])
            break
        pieces.append(markup[position:start])
        end = markup.find("-->", start + 4)
        if end < 0:
            break
        position = end + 3
    return "".join(pieces)


def html_to_text(markup: str) -> str:
    """Readable plain text from an HTML body: paragraphs and line breaks kept, list items
    as "- ", table cells apart, scripts and styles dropped, entities decoded, at most one
    blank line in a row. Linear in the length of the markup, whatever it holds."""
    parts: list[str] = []
    skipping: str | None = None
    pre = 0
    for match in _TOKEN.finditer(_without_comments(markup)):
        closing, tag = match.group(1), (match.group(2) or "").lower()
        if skipping is not None:
            if tag == skipping and closing:
                skipping = None
            continue
        if tag:
            if tag in _SKIP and not closing and not match.group(0).endswith("/>"):
                skipping = tag
            elif tag == "li" and not closing:
                parts.append("\n- ")
            elif tag in ("td", "th") and not closing:
                parts.append("\t")
            elif tag in _BLOCKS:
                parts.append("\n")
                if tag == "pre":
                    pre += -1 if closing else 1
            continue
        text = match.group(0)
        if text.startswith("<") and len(text) > 1:
            continue  # <!DOCTYPE …>, <?xml …?>, </ >
        text = html.unescape(text)
        parts.append(text if pre > 0 else re.sub(r"\s+", " ", text))
    lines = [line.strip(" \t\xa0") for line in "".join(parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# .eml ------------------------------------------------------------------------------

def _part_text(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except (ValueError, TypeError, LookupError, AssertionError):
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    try:
        charset = part.get_content_charset()
    except (ValueError, LookupError):
        charset = None
    return _decode_bytes(payload, charset)


def _filename(part: Message) -> str:
    try:
        name = part.get_filename()
    except (ValueError, TypeError, LookupError, IndexError, AssertionError):
        name = None
    if not name:
        try:
            name = part.get_param("name")  # type: ignore[assignment]
        except (ValueError, TypeError, IndexError):
            name = None
        if isinstance(name, tuple):
            name = email.utils.collapse_rfc2231_value(name)
    return decode_words(_unescape_raw(str(name))) if name else ""


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except (ValueError, TypeError, IndexError):
        return "application/octet-stream"


def _disposition(part: Message) -> str:
    try:
        return part.get_content_disposition() or ""
    except (ValueError, TypeError, IndexError):
        return ""


def _nested_bytes(part: Message) -> tuple[str, bytes]:
    """An attached e-mail (message/rfc822): its subject and its bytes as an .eml."""
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if not isinstance(inner, Message):
        data = payload.encode("utf-8", "surrogateescape") if isinstance(payload, str) else b""
        return "", data
    subject = decode_words(_header_string(inner.get("Subject")))
    try:
        data = inner.as_bytes()
    except (ValueError, TypeError, LookupError, UnicodeError, IndexError, AttributeError):
        data = _header_string(inner.get("Subject")).encode("utf-8", "replace")
    return subject, data


def _attachment_name(name: str, content_type: str, index: int) -> str:
    if name:
        return name
    extension = mimetypes.guess_extension(content_type) or ".bin"
    return f"vedlegg-{index}{extension}"


def parse_eml(data: bytes) -> MailMessage:
    """An .eml file's content as a MailMessage (see the module's promises)."""
    if len(data) > MAX_EMAIL_BYTES:
        raise UserError(f"E-posten er for stor ({len(data) // (1024 * 1024)} MB; høyst "
                        f"{MAX_EMAIL_BYTES // (1024 * 1024)} MB).")
    if data.count(b"\n--") > MAX_PARTS * 10:  # the parser would build a Message per part first
        raise UserError(f"E-posten har for mange deler (over {MAX_PARTS * 10}) til å kunne leses.")
    if data.startswith(b"From ") and b"\n" in data[:1000]:
        data = data.split(b"\n", 1)[1]  # an mbox "From " line before the headers
    try:
        msg = email.message_from_bytes(data)
    except RecursionError:
        raise UserError("E-posten er nøstet for dypt til å kunne leses.") from None
    result = MailMessage(file_format="eml")
    result.subject = decode_words(_header_string(msg.get("Subject")))
    result.message_id = _message_id(_header_string(msg.get("Message-ID")))
    result.date = _date(_header_string(msg.get("Date")))
    if result.date is None:
        for received in msg.get_all("Received") or []:
            result.date = _date(_header_string(received).rpartition(";")[2])
            if result.date is not None:
                break
    senders = _addresses(msg.get_all("From") or []) or _addresses(msg.get_all("Sender") or [])
    result.sender = senders[0] if senders else None
    result.to = _addresses(msg.get_all("To") or [])
    result.cc = _addresses(msg.get_all("Cc") or [])
    plain: list[str] = []
    markup: list[str] = []
    malformed = bool(msg.defects)
    stack: list[tuple[Message, str]] = [(msg, "")]
    parts_seen = 0
    while stack:
        part, parent = stack.pop()
        parts_seen += 1
        if parts_seen > MAX_PARTS:
            malformed = True
            break
        malformed = malformed or bool(part.defects)
        content_type = _content_type(part)
        if content_type == "message/rfc822" or (part.is_multipart() and content_type.startswith("message/")):
            subject, nested = _nested_bytes(part)
            name = _filename(part) or f"{subject or 'videresendt e-post'}.eml"
            result.attachments.append(MailAttachment(name, "message/rfc822", nested))
            continue
        if part.is_multipart():
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend((child, content_type) for child in reversed(children) if isinstance(child, Message))
            continue
        name = _filename(part)
        disposition = _disposition(part)
        if not name and disposition != "attachment" and content_type in ("text/plain", "text/html"):
            (plain if content_type == "text/plain" else markup).append(_part_text(part))
            continue
        if parent == "multipart/related" and content_type.startswith("image/") and disposition != "attachment":
            continue  # a picture of the HTML body (a logo in a signature), not an attachment
        try:
            payload = part.get_payload(decode=True)
        except (ValueError, TypeError, LookupError, AssertionError):
            payload = None
        content = payload if isinstance(payload, bytes) else b""
        result.attachments.append(
            MailAttachment(_attachment_name(name, content_type, len(result.attachments) + 1), content_type, content))
    body = "\n\n".join(t.strip() for t in plain if t.strip())
    if not body and markup:
        body = "\n\n".join(html_to_text(m) for m in markup)
    result.text = body.replace("\r\n", "\n").replace("\r", "\n").strip()
    if malformed:
        result.warnings.append(MALFORMED_WARNING)
    return result


# .msg (MS-OXMSG) -------------------------------------------------------------------

_PT_LONG, _PT_BOOLEAN, _PT_SYSTIME = 0x0003, 0x000B, 0x0040
_FILETIME_EPOCH = dt.datetime(1601, 1, 1, tzinfo=dt.UTC)


class _Storage:
    """One property storage of a .msg: the message itself, a recipient, an attachment,
    or an attached message; `header` is the size of its property stream's header."""

    def __init__(self, ole: Any, prefix: list[str], header: int, codepage: str | None = None) -> None:
        self.ole = ole
        self.prefix = prefix
        self.fixed: dict[int, tuple[int, bytes]] = {}
        data = self._stream("__properties_version1.0")
        if data:
            for offset in range(header, len(data) - 15, 16):
                tag, _flags = struct.unpack_from("<II", data, offset)
                self.fixed[tag >> 16] = (tag & 0xFFFF, data[offset + 8:offset + 16])
        self.codepage = codepage or self._codepage()

    def _stream(self, name: str) -> bytes | None:
        path = [*self.prefix, name]
        if not self.ole.exists(path) or self.ole.get_type(path) != 2:  # 2: a stream
            return None
        data = self.ole.openstream(path).read()
        return bytes(data)

    def _codepage(self) -> str:
        for prop in (0x3FDE, 0x3FFD):  # PR_INTERNET_CPID, PR_MESSAGE_CODEPAGE
            value = self.long(prop)
            if value:
                return {65001: "utf-8", 20127: "ascii", 28591: "latin-1"}.get(value, f"cp{value}")
        return "cp1252"

    def long(self, prop: int) -> int | None:
        found = self.fixed.get(prop)
        if found is None or found[0] not in (_PT_LONG, _PT_BOOLEAN):
            return None
        return int(struct.unpack_from("<i", found[1])[0])

    def time(self, prop: int) -> dt.datetime | None:
        found = self.fixed.get(prop)
        if found is None or found[0] != _PT_SYSTIME:
            return None
        ticks = struct.unpack_from("<Q", found[1])[0]
        try:
            moment = _FILETIME_EPOCH + dt.timedelta(seconds=ticks // 10_000_000)
        except OverflowError:
            return None
        return moment.astimezone(clock.OSLO) if 1970 <= moment.year <= 2200 else None

    def string(self, prop: int) -> str:
        data = self._stream(f"__substg1.0_{prop:04X}001F")
        if data is not None:
            return data.decode("utf-16-le", "replace").split("\x00", 1)[0]
        data = self._stream(f"__substg1.0_{prop:04X}001E")
        if data is not None:
            return _decode_bytes(data.split(b"\x00", 1)[0], self.codepage)
        return ""

    def binary(self, prop: int) -> bytes | None:
        return self._stream(f"__substg1.0_{prop:04X}0102")

    def children(self, kind: str) -> list[list[str]]:
        """The sub-storages named `__recip_version1.0_#…` or `__attach_version1.0_#…`."""
        depth = len(self.prefix) + 1
        found = {tuple(entry[:depth]) for entry in self.ole.listdir(streams=True, storages=True)
                 if len(entry) >= depth and list(entry[:depth - 1]) == self.prefix
                 and entry[depth - 1].startswith(kind)}
        return [list(entry) for entry in sorted(found)]


def _smtp(value: str) -> str:
    text = value.strip()
    return text if "@" in text and " " not in text and not text.startswith("/") else ""


def _read_msg(ole: Any, prefix: list[str], header: int, depth: int) -> MailMessage:
    root = _Storage(ole, prefix, header)
    result = MailMessage(file_format="msg")
    result.subject = " ".join(root.string(0x0037).split())
    headers = root.string(0x007D)  # PR_TRANSPORT_MESSAGE_HEADERS: a received message's own
    parsed = email.message_from_string(headers) if headers.strip() else None
    result.message_id = _message_id(root.string(0x1035) or (_header_string(parsed.get("Message-ID")) if parsed else ""))
    # Date header, else submit, delivery, last change, creation (an unsent draft has only these).
    result.date = (_date(_header_string(parsed.get("Date"))) if parsed else None) or root.time(0x0039) \
        or root.time(0x0E06) or root.time(0x3008) or root.time(0x3007)
    sender_mail = _smtp(root.string(0x5D01)) or _smtp(root.string(0x0C1F)) or _smtp(root.string(0x5D02)) \
        or _smtp(root.string(0x0065))
    sender_name = root.string(0x0C1A) or root.string(0x0042)
    if not sender_mail and parsed is not None:
        from_header = _addresses(parsed.get_all("From") or [])
        if from_header:
            sender_mail, sender_name = from_header[0].email, sender_name or from_header[0].name
    if sender_mail:
        result.sender = Address(" ".join(sender_name.split()) if sender_name.strip() != sender_mail else "",
                                sender_mail)
    for path in root.children("__recip_version1.0_"):
        recipient = _Storage(ole, path, 8, root.codepage)
        address = _smtp(recipient.string(0x39FE)) or _smtp(recipient.string(0x3003))
        if not address:
            continue
        name = " ".join(recipient.string(0x3001).split())
        target = {2: result.cc, 3: None}.get(recipient.long(0x0C15) or 1, result.to)
        if target is not None:
            target.append(Address("" if name.strip("'\"") == address else name, address))
    if parsed is not None and not result.to:
        result.to = _addresses(parsed.get_all("To") or [])
        result.cc = _addresses(parsed.get_all("Cc") or [])
    body = root.string(0x1000)
    if not body.strip():
        markup = root.binary(0x1013)
        text = _decode_bytes(markup, root.codepage if root.codepage != "cp1252" else "utf-8") if markup else \
            root.string(0x1013)
        body = html_to_text(text) if text else ""
    if not body.strip() and root.binary(0x1009):
        result.warnings.append("E-posten har bare tekst i RTF-format, som ikke ble lest; se originalen.")
    result.text = body.replace("\r\n", "\n").replace("\r", "\n").strip()
    for index, path in enumerate(root.children("__attach_version1.0_"), start=1):
        attachment = _Storage(ole, path, 8, root.codepage)
        if attachment.long(0x7FFE):  # PR_ATTACHMENT_HIDDEN: a picture of the HTML body
            continue
        name = attachment.string(0x3707) or attachment.string(0x3704) or attachment.string(0x3001)
        content_type = attachment.string(0x370E).strip().lower() or "application/octet-stream"
        if attachment.long(0x3705) == 5 and depth < 3:  # an attached message
            inner_path = [*path, "__substg1.0_3701000D"]
            if ole.exists(inner_path):
                inner = _read_msg(ole, inner_path, 24, depth + 1)
                eml = _as_eml(inner)
                result.attachments.append(MailAttachment(f"{inner.subject or name or 'videresendt e-post'}.eml",
                                                         "message/rfc822", eml))
                continue
        data = attachment.binary(0x3701) or b""
        result.attachments.append(MailAttachment(_attachment_name(name, content_type, index), content_type, data))
    return result


def _as_eml(message: MailMessage) -> bytes:
    """An attached .msg message written as a small .eml (headers and text)."""
    out = email.message.EmailMessage()
    try:
        out["Subject"] = message.subject
        if message.sender:
            out["From"] = email.utils.formataddr((message.sender.name, message.sender.email))
        if message.to:
            out["To"] = ", ".join(email.utils.formataddr((a.name, a.email)) for a in message.to)
        if message.date:
            out["Date"] = email.utils.format_datetime(message.date)
        if message.message_id:
            out["Message-ID"] = f"<{message.message_id}>"
    except (ValueError, TypeError, IndexError):
        pass
    out.set_content(message.text or "")
    return out.as_bytes()


def parse_msg(data: bytes) -> MailMessage:
    """An Outlook .msg file's content as a MailMessage."""
    import olefile

    if len(data) > MAX_EMAIL_BYTES:
        raise UserError(f"E-posten er for stor ({len(data) // (1024 * 1024)} MB).")
    try:
        ole = olefile.OleFileIO(data)
    except Exception as error:  # olefile raises many kinds on a damaged file  # noqa: BLE001
        raise UserError(f"Filen kan ikke leses som en Outlook-melding (.msg): {error}.") from None
    try:
        if not ole.exists("__properties_version1.0"):
            raise UserError("Filen er en Office-fil, men ikke en Outlook-melding (.msg).")
        return _read_msg(ole, [], 32, 0)
    except UserError:
        raise
    except Exception as error:  # a damaged property stream or directory  # noqa: BLE001
        raise UserError(f"Outlook-meldingen (.msg) er skadet og kan ikke leses: {error}.") from None
    finally:
        ole.close()


# Files -----------------------------------------------------------------------------

_HEADER_LINE = re.compile(rb"^([!-9;-~]{1,76}):[ \t]?", re.MULTILINE)
_MAIL_HEADERS = {b"from", b"to", b"subject", b"date", b"message-id", b"mime-version", b"received",
                 b"return-path", b"delivered-to", b"cc", b"reply-to", b"x-mozilla-status", b"content-type",
                 b"thread-topic", b"x-mailer", b"user-agent", b"sender", b"dkim-signature", b"references"}


def looks_like_email(data: bytes) -> bool:
    """True when `data` starts like an e-mail: RFC 5322 header lines with at least two of
    the usual fields (an mbox "From " line first is allowed), or an OLE2 file holding an
    Outlook message's property stream."""
    if data.startswith(OLE_MAGIC):
        return _is_outlook_message(data)
    head = data[:16384].lstrip(b"\xef\xbb\xbf")
    if head.startswith(b"From "):
        head = head.split(b"\n", 1)[1] if b"\n" in head else b""
    end = re.search(rb"\r?\n\r?\n", head)
    block = head[:end.start()] if end else head
    first = _HEADER_LINE.match(block)
    if first is None:
        return False
    names = {m.group(1).lower() for m in _HEADER_LINE.finditer(block)}
    return len(names & _MAIL_HEADERS) >= 2 and bool(names & {b"from", b"subject", b"message-id", b"date"})


def _is_outlook_message(data: bytes) -> bool:
    import olefile

    try:
        ole = olefile.OleFileIO(data)
    except Exception:  # not a readable OLE2 file  # noqa: BLE001
        return False
    try:
        return bool(ole.exists("__properties_version1.0") and any(
            entry[0].startswith("__substg1.0_") for entry in ole.listdir()))
    except Exception:  # noqa: BLE001
        return False
    finally:
        ole.close()


def read_email_file(path: Path | str) -> MailMessage:
    """Read an .eml or .msg file (told by content)."""
    source = Path(path)
    with reading(source):
        size = source.stat().st_size
        if size > MAX_EMAIL_BYTES:
            raise UserError(f"{source} er for stor for en e-post ({size // (1024 * 1024)} MB; høyst "
                            f"{MAX_EMAIL_BYTES // (1024 * 1024)} MB).")
        data = source.read_bytes()
    if data.startswith(OLE_MAGIC):
        return parse_msg(data)
    if not looks_like_email(data):
        raise UserError(f"{source} ser ikke ut som en e-post (.eml eller .msg).")
    return parse_eml(data)
