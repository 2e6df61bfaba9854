"""An e-mail draft (.eml) with the PDF attached, for Outlook and Thunderbird.

The file carries ``X-Unsent: 1``, which makes Outlook open it as a new,
editable message rather than as a received one; Thunderbird opens it and
offers "Edit as new". No mail is sent and no mail program is started here.
"""

from __future__ import annotations

import mimetypes
import os
import tempfile
from collections.abc import Sequence
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
    display = " ".join((name or "").split())
    try:
        return Address(display_name=display, username=user, domain=domain)
    except (ValueError, IndexError):
        return None


def build_eml_draft(
    *,
    subject: str,
    body: str,
    recipients: Sequence[tuple[str, str]],
    attachment_path: str | Path | None = None,
    sender: tuple[str, str] | None = None,
) -> EmailMessage:
    """The draft message: UTF-8 text body, recipients in To, the file attached."""
    msg = EmailMessage(policy=SMTP)
    msg["X-Unsent"] = "1"
    msg["Subject"] = " ".join((subject or "").split())
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
    msg.set_content(body or "", charset="utf-8")
    if attachment_path is not None:
        path = Path(attachment_path)
        ctype, _ = mimetypes.guess_type(path.name)
        maintype, subtype = (ctype or "application/octet-stream").split("/", 1)
        msg.add_attachment(
            path.read_bytes(), maintype=maintype, subtype=subtype, filename=path.name
        )
    return msg


def write_eml_draft(
    path: str | Path,
    *,
    subject: str,
    body: str,
    recipients: Sequence[tuple[str, str]],
    attachment_path: str | Path | None = None,
    sender: tuple[str, str] | None = None,
) -> Path:
    """Write the draft to ``path`` (atomically) and return the path.

    Recipients are (name, e-mail) pairs; pairs without a usable address are
    skipped and duplicates dropped. Non-ASCII names and the attachment's file
    name are encoded per RFC 2047/2231.
    """
    msg = build_eml_draft(
        subject=subject,
        body=body,
        recipients=recipients,
        attachment_path=attachment_path,
        sender=sender,
    )
    target = Path(path)
    data = msg.as_bytes()
    fd, tmp = tempfile.mkstemp(prefix=".eml-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
