"""The finishing step every PDF goes through: PDF/A-2b for the county archives.

reportlab lays the pages out; :func:`finish` then turns its bytes into a PDF/A-2b
file (ISO 19005-2, level B) with pikepdf, in one place, for every kind of
document (minutes, county report, meeting brief, innsyn, the market-dialogue
documents):

- XMP metadata with ``pdfaid:part=2`` / ``pdfaid:conformance=B``, ``dc:title``,
  ``dc:creator``, ``dc:description`` (the kind of document), ``dc:language``,
  ``pdf:Keywords``, ``xmp:CreateDate``/``ModifyDate``, ``xmp:CreatorTool`` and
  ``pdf:Producer``, and the document information dictionary set to the same
  values (PDF/A wants the two to agree);
- an sRGB output intent with an embedded ICC profile (LittleCMS's built-in sRGB
  profile through Pillow, made once per process: no file to ship);
- ``/Lang``, ``/ViewerPreferences /DisplayDocTitle true`` and ``/MarkInfo``
  (``/Marked false``: the pages are not tagged, see docs/documents.md);
- every annotation (the Doffin links) with the Print flag and no hidden flags;
- ToUnicode entries for characters beyond U+FFFF written as UTF-16 surrogate
  pairs (reportlab writes the bare code point, so 😀 copied as garbage);
- no encryption, a file identifier computed from the content (the same
  document gives the same bytes).

Fonts are embedded by reportlab (TrueType subsets); transparency (the draft
watermark's 13 % ink) is allowed by PDF/A-2 and needs the output intent above.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from btvcrm import __version__

if TYPE_CHECKING:  # pikepdf (~60 ms to import) is loaded when a PDF is finished, not before
    import pikepdf

PRODUCER = f"btvcrm {__version__} (ReportLab, pikepdf)"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
ANNOTATION_PRINT = 4
_HIDDEN_FLAGS = 1 | 2 | 32 | 256  # Invisible, Hidden, NoView, ToggleNoView


@dataclass(frozen=True)
class PdfMeta:
    """What the archive reads about a document (Info dictionary and XMP)."""

    title: str
    subject: str = ""  # the kind: "Møtereferat", "Fylkesrapport", "Møteforberedelse", "Innsyn"
    author: str = ""  # the user's name from Settings
    keywords: Sequence[str] = field(default_factory=tuple)  # counties, organisations, initiative, Doffin id
    lang: str = "nb"
    created: dt.datetime | None = None  # None: now
    creator_tool: str = f"btvcrm {__version__}"


def _one_line(text: object) -> str:
    return " ".join(str(text or "").split())


def keywords_text(keywords: Sequence[str]) -> str:
    """Keywords once each, in the order given, separated by "; "."""
    seen: set[str] = set()
    kept = []
    for word in keywords:
        word = _one_line(word)
        if word and word.casefold() not in seen:
            seen.add(word.casefold())
            kept.append(word)
    return "; ".join(kept)


@functools.cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile (display class, RGB): the output intent's DestOutputProfile."""
    import hashlib
    import struct

    from PIL import ImageCms

    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    # LittleCMS stamps the creation time into the header (bytes 24-35): a fixed date keeps
    # the same document the same bytes. The profile ID (bytes 84-99), when set, is the MD5 of
    # the profile with flags, rendering intent and the ID itself zeroed (ICC.1:2010 7.2.18).
    profile[24:36] = struct.pack(">6H", 2016, 1, 1, 0, 0, 0)
    if any(profile[84:100]):
        scratch = bytearray(profile)
        scratch[44:48] = scratch[64:68] = bytes(4)
        scratch[84:100] = bytes(16)
        profile[84:100] = hashlib.md5(scratch, usedforsecurity=False).digest()
    return bytes(profile)


def _aware(moment: dt.datetime | None) -> dt.datetime:
    if moment is None:
        from btvcrm.domain import clock

        return clock.now().replace(microsecond=0)
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.replace(microsecond=0)


# reportlab's ToUnicode lines: "<0A> <1F600>" (a code and a bare code point).
_BFCHAR = re.compile(rb"<([0-9A-Fa-f]{2,4})> <([0-9A-Fa-f]{5,6})>")


def _utf16_hex(match: re.Match[bytes]) -> bytes:
    code_point = int(match.group(2), 16)
    if code_point > 0x10FFFF:
        return match.group(0)
    utf16 = chr(code_point).encode("utf-16-be").hex().upper().encode("ascii")
    return b"<" + match.group(1) + b"> <" + utf16 + b">"


def _fix_to_unicode(pdf: pikepdf.Pdf) -> None:
    import pikepdf
    from pikepdf import Name

    done: set[tuple[int, int]] = set()
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Dictionary) or obj.get("/Type") != Name.Font:
            continue
        cmap = obj.get("/ToUnicode")
        if not isinstance(cmap, pikepdf.Stream) or cmap.objgen in done:
            continue
        done.add(cmap.objgen)
        data = cmap.read_bytes()
        fixed = _BFCHAR.sub(_utf16_hex, data)
        if fixed != data:
            cmap.write(fixed)


def _flag_annotations(pdf: pikepdf.Pdf) -> None:
    import pikepdf

    for page in pdf.pages:
        for annot in page.obj.get("/Annots", pikepdf.Array()):
            flags = int(annot.get("/F", 0))
            annot.F = (flags | ANNOTATION_PRINT) & ~_HIDDEN_FLAGS


def _output_intent(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    import pikepdf
    from pikepdf import Name

    profile = pdf.make_stream(srgb_profile())
    profile.N = 3
    profile.Alternate = Name.DeviceRGB
    return pikepdf.Dictionary(
        Type=Name.OutputIntent,
        S=Name.GTS_PDFA1,
        OutputConditionIdentifier=OUTPUT_CONDITION,
        Info=OUTPUT_CONDITION,
        RegistryName="http://www.color.org",
        DestOutputProfile=profile,
    )


def finish(pdf_bytes: bytes, meta: PdfMeta) -> bytes:
    """The PDF/A-2b version of a reportlab PDF, with the archive's metadata."""
    import pikepdf

    lang = "en" if meta.lang == "en" else "nb"
    created = _aware(meta.created)
    title = _one_line(meta.title)
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        if pdf.is_encrypted:  # never from reportlab as we call it; refuse rather than pass it on
            raise ValueError("an encrypted PDF cannot be made PDF/A")
        root = pdf.Root
        root.Lang = pikepdf.String(lang)
        root.MarkInfo = pikepdf.Dictionary(Marked=False)
        root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
        root.OutputIntents = pikepdf.Array([_output_intent(pdf)])
        _flag_annotations(pdf)
        _fix_to_unicode(pdf)
        # The information dictionary is written afresh; open_metadata keeps XMP in step with it.
        pdf.trailer.Info = pdf.make_indirect(pikepdf.Dictionary())
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=True) as xmp:
            xmp["pdfaid:part"] = "2"
            xmp["pdfaid:conformance"] = "B"
            xmp["dc:title"] = title
            if _one_line(meta.author):
                xmp["dc:creator"] = [_one_line(meta.author)]
            if _one_line(meta.subject):
                xmp["dc:description"] = _one_line(meta.subject)
            xmp["dc:language"] = [lang]
            keywords = keywords_text(meta.keywords)
            if keywords:
                xmp["pdf:Keywords"] = keywords
            xmp["xmp:CreateDate"] = created.isoformat()
            xmp["xmp:ModifyDate"] = created.isoformat()
            xmp["xmp:CreatorTool"] = _one_line(meta.creator_tool)
            xmp["pdf:Producer"] = PRODUCER
        # reportlab's /ID mixes in the time; without it qpdf derives both halves from the content.
        if "/ID" in pdf.trailer:
            del pdf.trailer.ID
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True, min_version="1.4")
    return out.getvalue()


__all__ = ["PRODUCER", "PdfMeta", "finish", "keywords_text", "srgb_profile"]
