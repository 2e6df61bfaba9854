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
- address headers folded by :func:`address_header`: one address after another with the
  comma between them always outside an encoded word, every encoded word at most 75
  characters and every line at most 78. (Python's own folding of address headers, the
  modern ``email.headerregistry`` API, encodes the comma into the next encoded word now
  and then on Python 3.11, which hides an address from every reader, so we fold ourselves);
- the file written like every other output (storage/safe_output: atomic, 0600).
"""

from __future__ import annotations

import mimetypes
import re
import unicodedata
from collections.abc import Sequence
from email import encoders
from email.charset import QP, Charset
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formatdate
from pathlib import Path

# The classic (compat32) email API: it keeps an RFC 2047 ``name="=?utf-8?...?="`` as written,
# where the modern one re-encodes every parameter as RFC 2231, which Outlook ignores for name=.
_SAFE_ADDRESS = set("\r\n<>,;\"' ")
MAX_LINE = 78  # RFC 5322's recommended line length, header name included
_FOLD_PREFIX = len("From: ")  # the longest of From/To/Bcc: a value folded for it fits them all
_ENCODED_WORD = 70  # below RFC 2047's 75, so that "Bcc: " and a word fit a line
_ATOMS = re.compile(r"[A-Za-z0-9!#$%&'*+\-/^_`{|}~ ]+")  # a phrase of atoms: no quoting needed


def usable_email(email: str | None) -> str | None:
    """The address as it can be written in a header (ASCII, one @, a dotted domain), or None."""
    email = (email or "").strip()
    if "@" not in email or any(c in email for c in _SAFE_ADDRESS) or not email.isascii():
        return None
    user, _, domain = email.rpartition("@")
    if not user or not domain or "." not in domain or "@" in user:
        return None
    return email


def _encoded_words(text: str) -> list[str]:
    """RFC 2047 encoded words for `text` (UTF-8), each at most `_ENCODED_WORD` characters."""
    return Header(text, "utf-8", maxlinelen=_ENCODED_WORD).encode(splitchars=" ", linesep="\n").split()


def _is_atom(word: str) -> bool:
    return bool(word) and _ATOMS.fullmatch(word) is not None and " " not in word and "=?" not in word \
        and len(word) <= _ENCODED_WORD


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _name_words(name: str) -> list[str]:
    """The display name as words that may be folded between.

    An ASCII name is atoms, or one quoted string (folded at its spaces). Otherwise each
    ASCII word stays a word of its own (an atom, or quoted) and each run of other words is
    one encoded word with its spaces inside, so the name reads the same in a strict
    RFC 2047 decoder and in Python's, which keeps the space between two adjacent encoded
    words; only a run too long for one encoded word is split in several."""
    name = header_text(name)
    if not name:
        return []
    words = name.split(" ")
    if name.isascii() and "=?" not in name:
        if not all(_is_atom(w) for w in words):
            words = _quoted(name).split(" ")
        if max(len(w) for w in words) <= _ENCODED_WORD:
            return words
        return _encoded_words(name)
    tokens: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:  # "" flushes the last run
        if word and (not word.isascii() or "=?" in word or len(word) + 2 > _ENCODED_WORD):
            run.append(word)
            continue
        if run:
            tokens += _encoded_words(" ".join(run))
            run = []
        if word:
            tokens.append(word if _is_atom(word) else _quoted(word))
    return tokens


def address_header(addresses: Sequence[tuple[str, str]]) -> str | None:
    """The value of a From/To/Bcc header for (name, e-mail) pairs, folded: None when none is usable.

    Unusable addresses and repeats (case-insensitively) are left out. Every address
    survives a parser, the modern one (``policy=default``) included."""
    tokens: list[str] = []
    seen: set[str] = set()
    for name, raw in addresses:
        email = usable_email(raw)
        if email is None or email.casefold() in seen:
            continue
        seen.add(email.casefold())
        if tokens:
            tokens[-1] += ","
        words = _name_words(name)
        tokens += [*words, f"<{email}>"] if words else [email]
    if not tokens:
        return None
    lines = [tokens[0]]
    width = _FOLD_PREFIX + len(tokens[0])
    for token in tokens[1:]:
        if width + 1 + len(token) > MAX_LINE:
            lines.append(token)
            width = 1 + len(token)
        else:
            lines[-1] += " " + token
            width += 1 + len(token)
    return "\n ".join(lines)


def _address(name: str, email: str) -> str | None:
    """One address as a header value; None if unusable."""
    return address_header([(name, email)])


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
    to = address_header(recipients)
    if to is not None:
        msg["To"] = to
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
