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
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from pathlib import Path


def _address(name: str, email: str) -> Address | None:
    """A header address with a properly encoded display name; None if unusable."""
    email = (email or "").strip()
    if "@" not in email or any(c in email for c in "\r\n<>,;\"' "):
        return None
    user, _, domain = email.rpartition("@")
    display = header_text(name)
    try:
        return Address(display_name=display, username=user, domain=domain)
    except (ValueError, IndexError):
        return None


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


def build_eml_draft(
    *,
    subject: str,
    body: str,
    recipients: Sequence[tuple[str, str]],
    attachment_path: str | Path | None = None,
    sender: tuple[str, str] | None = None,
    signature: str = "",
) -> EmailMessage:
    """The draft message: UTF-8 quoted-printable body, recipients in To, the file attached."""
    msg = EmailMessage(policy=SMTP)
    msg["X-Unsent"] = "1"
    msg["Subject"] = header_text(subject)
    msg["Date"] = formatdate(localtime=True)
    if sender:
        from_addr = _address(*sender)
        if from_addr is not None:
            msg["From"] = from_addr
    to = [a for a in (_address(n, e) for n, e in recipients) if a is not None]
    seen: set[str] = set()
    unique = []
    for a in to:
        if a.addr_spec.lower() not in seen:
            seen.add(a.addr_spec.lower())
            unique.append(a)
    if unique:
        msg["To"] = unique
    msg.set_content(signed(body, signature), charset="utf-8", cte="quoted-printable")
    if attachment_path is not None:
        path = Path(attachment_path)
        ctype, _ = mimetypes.guess_type(path.name)
        maintype, subtype = (ctype or "application/octet-stream").split("/", 1)
        msg.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype, filename=path.name)
        part = list(msg.iter_attachments())[-1]
        name = path.name if path.name.isascii() else Header(path.name, "utf-8").encode()
        part.set_param("name", name, header="Content-Type")
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
