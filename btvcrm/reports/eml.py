"""An e-mail draft (.eml) with the PDF attached, for Outlook and Thunderbird.

The file carries ``X-Unsent: 1``, which makes Outlook open it as a new,
editable message rather than as a received one; Thunderbird opens it and
offers "Edit as new". No mail is sent and no mail program is started here.

What mail programs need, and get:
- the body as quoted-printable UTF-8 (never raw 8-bit, which some gateways mangle),
  signed with the user's name;
- the attachment's name twice: RFC 2231 ``filename*`` in Content-Disposition and an
  RFC 2047 ``name=`` in Content-Type (without it Outlook shows "ATT00001");
- a From from Settings when known, and a Subject without control or zero-width
  characters;
- the file written like every other output (storage/safe_output: atomic, 0600).
"""

from __future__ import annotations

import mimetypes
import unicodedata
from collections.abc import Sequence
from email import encoders
from email.charset import QP, Charset
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, formatdate
from pathlib import Path

# The classic (compat32) email API: it keeps an RFC 2047 ``name="=?utf-8?...?="`` as written,
# where the modern one re-encodes every parameter as RFC 2231, which Outlook ignores for name=.
_SAFE_ADDRESS = set("\r\n<>,;\"' ")


def _address(name: str, email: str) -> str | None:
    """An address header value with the display name encoded; None if unusable."""
    email = (email or "").strip()
    if "@" not in email or any(c in email for c in _SAFE_ADDRESS) or not email.isascii():
        return None
    user, _, domain = email.rpartition("@")
    if not user or not domain or "." not in domain:
        return None
    return formataddr((header_text(name), email), charset="utf-8")


def header_text(text: str | None) -> str:
    """One line for a header: control, format (zero-width, bidi) and other invisible characters gone."""
    kept = []
    for ch in text or "":
        category = unicodedata.category(ch)
        if ch.isspace() or category in ("Zl", "Zp"):
            kept.append(" ")
        elif category in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue
        else:
            kept.append(ch)
    return " ".join("".join(kept).split())


def signed(body: str, signature: str) -> str:
    """The body with the user's name as its last line (once)."""
    name = header_text(signature)
    text = (body or "").rstrip()
    if not name or text.endswith(name):
        return text + "\n"
    return f"{text}\n{name}\n"


def _encoded(text: str) -> str:
    return text if text.isascii() else Header(text, "utf-8", maxlinelen=10_000).encode()


def build_eml_draft(
    *,
    subject: str,
    body: str,
    recipients: Sequence[tuple[str, str]],
    attachment_path: str | Path | None = None,
    sender: tuple[str, str] | None = None,
    signature: str = "",
) -> Message:
    """The draft message: a UTF-8 quoted-printable body, recipients in To, the file attached."""
    msg = MIMEMultipart()
    msg["X-Unsent"] = "1"
    msg["Subject"] = Header(header_text(subject), "utf-8")  # type: ignore[assignment]
    msg["Date"] = formatdate(localtime=True)
    if sender:
        from_addr = _address(*sender)
        if from_addr is not None:
            msg["From"] = from_addr
    seen: set[str] = set()
    unique = []
    for name, email in recipients:
        value = _address(name, email)
        if value is not None and email.strip().lower() not in seen:
            seen.add(email.strip().lower())
            unique.append(value)
    if unique:
        msg["To"] = ", ".join(unique)
    utf8_qp = Charset("utf-8")
    utf8_qp.body_encoding = QP  # quoted-printable: readable, 7-bit, never raw 8-bit
    msg.attach(MIMEText(signed(body, signature), "plain", utf8_qp))  # type: ignore[arg-type]
    if attachment_path is not None:
        path = Path(attachment_path)
        ctype, _ = mimetypes.guess_type(path.name)
        maintype, subtype = (ctype or "application/octet-stream").split("/", 1)
        part = MIMEBase(maintype, subtype)
        part.set_payload(path.read_bytes())
        encoders.encode_base64(part)
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", path.name))
        part.set_param("name", _encoded(path.name))
        msg.attach(part)
    return msg


def write_eml_draft(
    path: str | Path,
    *,
    subject: str,
    body: str,
    recipients: Sequence[tuple[str, str]],
    attachment_path: str | Path | None = None,
    sender: tuple[str, str] | None = None,
    signature: str = "",
    force: bool = False,
) -> Path:
    """Write the draft to ``path`` (through storage.safe_output) and return the path.

    Recipients are (name, e-mail) pairs; pairs without a usable address are
    skipped and duplicates dropped. Non-ASCII names and the attachment's file
    name are encoded per RFC 2047/2231.
    """
    from btvcrm.storage.safe_output import write_output

    msg = build_eml_draft(
        subject=subject,
        body=body,
        recipients=recipients,
        attachment_path=attachment_path,
        sender=sender,
        signature=signature,
    )
    return write_output(Path(path), msg.as_bytes(), force=force)
