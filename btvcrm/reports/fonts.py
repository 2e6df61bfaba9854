"""The embedded TrueType font (DejaVu Sans) and where the report resources live.

The four DejaVu Sans styles are registered as one family, so ``<b>`` and
``<i>`` in paragraph markup pick the bold and oblique files. TrueType fonts
are embedded (subset) in every PDF, so æøå, «», –, € and most European names
print the same on every machine. The font files and their licence are in
``resources/fonts/``.
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from btvcrm import paths

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES = {
    FAMILY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


def resources_dir() -> Path:
    """The ``resources/`` folder (``btvcrm.paths`` decides, frozen or not)."""
    return paths.resources_dir()


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def default_logo_path() -> Path:
    """The programme logo shipped in ``resources/`` (replaceable in settings)."""
    return resources_dir() / "logo.png"


def register_fonts() -> str:
    """Register the DejaVu Sans family once; return the family name."""
    global _registered
    with _lock:
        if _registered:
            return FAMILY
        folder = fonts_dir()
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(f"Fant ikke skrifttypen {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _registered = True
        return FAMILY


@functools.cache
def covered_code_points() -> frozenset[int]:
    """Code points every style of the family has a glyph for (regular, bold, italic, bold italic).

    A character outside this set would be drawn as the font's "missing" box and copied
    as NUL; the renderers show a visible replacement instead (see styles.clean).
    """
    register_fonts()
    sets = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in _FILES]
    common = set.intersection(*sets)
    common.discard(0)
    return frozenset(common)
