"""PDF/A-2b structure read back with a second library (pikepdf) and qpdf."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pikepdf
from pikepdf import Name

XMP_REQUIRED = ("pdfaid:part", "pdfaid:conformance", "dc:title", "dc:creator", "dc:language", "xmp:CreateDate")


def _fonts_in(resources: Any, seen: set[tuple[int, int]]) -> list[pikepdf.Dictionary]:
    found = []
    if resources is None:
        return found
    for font in (resources.get("/Font") or {}).values():
        found.append(font)
    for xobject in (resources.get("/XObject") or {}).values():
        if xobject.objgen in seen:
            continue
        seen.add(xobject.objgen)
        if xobject.get("/Subtype") == Name.Form:
            found += _fonts_in(xobject.get("/Resources"), seen)
    return found


def pdfa_problems(data: bytes) -> list[str]:
    """Everything this test suite knows PDF/A-2b wants, as a list of what is wrong (empty: fine)."""
    problems: list[str] = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        if pdf.is_encrypted or "/Encrypt" in pdf.trailer:
            problems.append("encrypted")
        if "/ID" not in pdf.trailer:
            problems.append("no /ID in the trailer")
        root = pdf.Root
        meta = pdf.open_metadata()
        for key in XMP_REQUIRED:
            if not meta.get(key):
                problems.append(f"XMP lacks {key}")
        if meta.get("pdfaid:part") != "2" or meta.get("pdfaid:conformance") != "B":
            problems.append("XMP does not claim PDF/A-2b")
        if "/Filter" in root.Metadata:
            problems.append("the XMP stream is compressed")
        info = pdf.docinfo
        if str(info.get("/Title", "")) != str(meta.get("dc:title")):
            problems.append("Info /Title and dc:title differ")
        if str(info.get("/Producer", "")) != str(meta.get("pdf:Producer")):
            problems.append("Info /Producer and pdf:Producer differ")
        if "/Author" in info and [str(info["/Author"])] != list(meta.get("dc:creator") or []):
            problems.append("Info /Author and dc:creator differ")
        intents = root.get("/OutputIntents") or []
        if len(intents) != 1 or intents[0].get("/S") != Name.GTS_PDFA1:
            problems.append("no GTS_PDFA1 output intent")
        else:
            profile = intents[0].DestOutputProfile.read_bytes()
            if profile[36:40] != b"acsp" or profile[16:20] != b"RGB " or profile[12:16] not in (b"mntr", b"prtr"):
                problems.append("the output intent's ICC profile is not an RGB display/printer profile")
            if profile[8] >= 5:
                problems.append("ICC profile version 5 or later")
            if int(intents[0].DestOutputProfile.get("/N", 0)) != 3:
                problems.append("ICC profile stream without /N 3")
        if not root.get("/Lang"):
            problems.append("no /Lang")
        if "/MarkInfo" not in root:
            problems.append("no /MarkInfo")
        if not bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)):
            problems.append("DisplayDocTitle not set")
        seen: set[tuple[int, int]] = set()
        for number, page in enumerate(pdf.pages, 1):
            for font in _fonts_in(page.obj.get("/Resources"), seen):
                descriptor = font.get("/FontDescriptor")
                if descriptor is None and "/DescendantFonts" in font:
                    descriptor = font.DescendantFonts[0].get("/FontDescriptor")
                if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    problems.append(f"page {number}: font {font.get('/BaseFont')} not embedded")
            for annot in page.obj.get("/Annots") or []:
                flags = int(annot.get("/F", 0))
                if not flags & 4 or flags & (1 | 2 | 32 | 256):
                    problems.append(f"page {number}: annotation without the Print flag (or hidden)")
            for name, image in (page.obj.get("/Resources", {}).get("/XObject") or {}).items():
                if image.get("/Subtype") == Name.Image and bool(image.get("/Interpolate", False)):
                    problems.append(f"page {number}: image {name} with /Interpolate true")
    return problems


def qpdf_check(data: bytes) -> tuple[bool, str]:
    """(True, "") when `qpdf --check` finds nothing wrong; (True, "skipped") without qpdf."""
    if shutil.which("qpdf") is None:
        return True, "skipped"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        path.write_bytes(data)
        result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, check=False)
    return result.returncode == 0, result.stdout + result.stderr


def to_unicode_maps(data: bytes) -> list[bytes]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return [
            obj.ToUnicode.read_bytes()
            for obj in pdf.objects
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == Name.Font and "/ToUnicode" in obj
        ]
