"""Safe, readable file names for the PDFs: "2016-06-14 Referat Dialogkonferanse Telemark.pdf"."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

MAX_LENGTH = 120  # the whole name, ".pdf" included

# Characters Windows, macOS or Linux refuse in a name (or that mean a path).
_FORBIDDEN = re.compile(r'[/\\:*?"<>|]')


def clean_name_part(text: str) -> str:
    """User text made safe inside a file name; letters such as æøå are kept."""
    text = unicodedata.normalize("NFC", text or "")
    # control characters (Cc), format characters (Cf: bidi overrides, zero-width),
    # surrogates and unassigned code points go; other whitespace becomes a space
    chars = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch.isspace() or cat == "Zs":
            chars.append(" ")
        elif cat in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue
        else:
            chars.append(ch)
    text = _FORBIDDEN.sub(" ", "".join(chars))
    return " ".join(text.split())


def safe_pdf_name(d: date, kind_word: str, title: str, ext: str = ".pdf") -> str:
    """A file name "<yyyy-mm-dd> <kind word> <title>.pdf", safe on every system.

    Forbidden characters (``/ \\ : * ? " < > |``) and control characters are
    removed, whitespace collapsed, leading dots and trailing dots/spaces
    stripped, and the name cut (at a word if possible) to at most
    ``MAX_LENGTH`` characters. Letters such as æøå are kept.
    """
    stem = " ".join(
        part for part in (d.isoformat(), clean_name_part(kind_word), clean_name_part(title)) if part
    )
    stem = stem.lstrip(". ")
    budget = MAX_LENGTH - len(ext)
    if len(stem) > budget:
        cut = stem[:budget]
        if " " in cut[len(d.isoformat()) + 1 :]:
            cut = cut.rsplit(" ", 1)[0]
        stem = cut
    stem = stem.rstrip(". ")
    return (stem or d.isoformat()) + ext
