"""Reading rendered PDFs back for the report tests."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from pypdf import PdfReader


def reader(data: bytes) -> PdfReader:
    return PdfReader(BytesIO(data))


def pdf_text(data: bytes) -> str:
    """All text of the PDF, pages joined by newlines, whitespace runs kept as in the file."""
    return "\n".join(page.extract_text() or "" for page in reader(data).pages)


def flat(text: str) -> str:
    """Text with every whitespace run (incl. no-break spaces and line ends) as one space."""
    return " ".join(text.replace("\u00a0", " ").split())


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(data).pages]


def fonts_used(data: bytes) -> dict[str, dict[str, Any]]:
    """BaseFont name -> {'subtype', 'embedded' (has /FontFile2)} over all pages."""
    found: dict[str, dict[str, Any]] = {}
    for page in reader(data).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        fonts = resources.get_object().get("/Font")
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found[str(font.get("/BaseFont"))] = {
                "subtype": str(font.get("/Subtype")),
                "embedded": embedded,
            }
    return found


def image_count(data: bytes) -> int:
    """Number of image XObjects over all pages."""
    n = 0
    for page in reader(data).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        xobjects = resources.get_object().get("/XObject")
        if xobjects is None:
            continue
        for ref in xobjects.get_object().values():
            if ref.get_object().get("/Subtype") == "/Image":
                n += 1
    return n


def link_uris(data: bytes) -> list[str]:
    uris = []
    for page in reader(data).pages:
        for annot in page.get("/Annots") or []:
            a = annot.get_object().get("/A")
            if a is not None and "/URI" in a:
                uris.append(str(a["/URI"]))
    return uris
