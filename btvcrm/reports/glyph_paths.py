"""Words drawn as filled outlines, not as text: the draft watermark.

A watermark drawn with a font is text, and text extraction scatters its letters
("T", "AS", "TK") through whatever is copied from the page. Drawn as paths it
is only ink. The outlines come from the embedded TrueType font itself (the
``glyf`` table that reportlab has already read), so the watermark looks like
the rest of the document; quadratic TrueType curves become cubic PDF curves.
"""

from __future__ import annotations

import functools
import struct
from collections.abc import Iterator
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

# One outline operation: ("M", x, y) | ("L", x, y) | ("C", x1, y1, x2, y2, x3, y3) | ("Z",)
Op = tuple[Any, ...]

_ON_CURVE = 0x01
_X_SHORT = 0x02
_Y_SHORT = 0x04
_REPEAT = 0x08
_X_SAME = 0x10
_Y_SAME = 0x20

_ARGS_ARE_WORDS = 0x0001
_ARGS_ARE_XY = 0x0002
_HAVE_SCALE = 0x0008
_MORE_COMPONENTS = 0x0020
_HAVE_XY_SCALE = 0x0040
_HAVE_2X2 = 0x0080


class _Glyphs:
    def __init__(self, font_name: str) -> None:
        face = pdfmetrics.getFont(font_name).face
        self.face = face
        self.glyf = face.get_table("glyf")
        self.units = float(face.unitsPerEm)

    def advance(self, glyph: int) -> float:
        metrics = self.face.hmetrics
        return float(metrics[min(glyph, len(metrics) - 1)][0])

    def points(self, glyph: int, depth: int = 0) -> list[list[tuple[float, float, bool]]]:
        """The contours of a glyph in font units: lists of (x, y, on_curve)."""
        start, end = self.face.glyphPos[glyph], self.face.glyphPos[glyph + 1]
        if end <= start or depth > 8:
            return []
        data = self.glyf[start:end]
        (contours,) = struct.unpack_from(">h", data, 0)
        if contours >= 0:
            return self._simple(data, contours)
        return self._composite(data, depth)

    @staticmethod
    def _simple(data: bytes, contours: int) -> list[list[tuple[float, float, bool]]]:
        offset = 10
        ends = struct.unpack_from(f">{contours}H", data, offset)
        offset += 2 * contours
        (instructions,) = struct.unpack_from(">H", data, offset)
        offset += 2 + instructions
        count = (ends[-1] + 1) if ends else 0
        flags: list[int] = []
        while len(flags) < count:
            flag = data[offset]
            offset += 1
            flags.append(flag)
            if flag & _REPEAT:
                flags.extend([flag] * data[offset])
                offset += 1
        flags = flags[:count]

        def coordinates(short: int, same: int) -> list[int]:
            nonlocal offset
            values, value = [], 0
            for flag in flags:
                if flag & short:
                    delta = data[offset]
                    offset += 1
                    value += delta if flag & same else -delta
                elif not flag & same:
                    (delta,) = struct.unpack_from(">h", data, offset)
                    offset += 2
                    value += delta
                values.append(value)
            return values

        xs = coordinates(_X_SHORT, _X_SAME)
        ys = coordinates(_Y_SHORT, _Y_SAME)
        result, first = [], 0
        for last in ends:
            result.append([(float(xs[i]), float(ys[i]), bool(flags[i] & _ON_CURVE)) for i in range(first, last + 1)])
            first = last + 1
        return result

    def _composite(self, data: bytes, depth: int) -> list[list[tuple[float, float, bool]]]:
        offset = 10
        result: list[list[tuple[float, float, bool]]] = []
        flags = _MORE_COMPONENTS
        while flags & _MORE_COMPONENTS:
            flags, glyph = struct.unpack_from(">HH", data, offset)
            offset += 4
            if flags & _ARGS_ARE_WORDS:
                dx, dy = struct.unpack_from(">hh", data, offset)
                offset += 4
            else:
                dx, dy = struct.unpack_from(">bb", data, offset)
                offset += 2
            if not flags & _ARGS_ARE_XY:  # anchored by point numbers: rare in text fonts
                dx = dy = 0
            a, b, c, d = 1.0, 0.0, 0.0, 1.0
            if flags & _HAVE_SCALE:
                (a,) = struct.unpack_from(">h", data, offset)
                a = d = a / 16384
                offset += 2
            elif flags & _HAVE_XY_SCALE:
                a, d = (v / 16384 for v in struct.unpack_from(">hh", data, offset))
                offset += 4
            elif flags & _HAVE_2X2:
                a, b, c, d = (v / 16384 for v in struct.unpack_from(">hhhh", data, offset))
                offset += 8
            for contour in self.points(glyph, depth + 1):
                result.append([(a * x + c * y + dx, b * x + d * y + dy, on) for x, y, on in contour])
        return result


def _contour_ops(contour: list[tuple[float, float, bool]], dx: float) -> Iterator[Op]:
    """One closed TrueType contour (implied on-curve midpoints included) as path operations."""
    if not contour:
        return
    pts = [(x + dx, y, on) for x, y, on in contour]
    # start on an on-curve point (or the midpoint of the first two off-curve ones)
    start_index = next((i for i, p in enumerate(pts) if p[2]), None)
    if start_index is None:
        (x0, y0, _), (x1, y1, _) = pts[0], pts[1 % len(pts)]
        start = ((x0 + x1) / 2, (y0 + y1) / 2)
        ordered = pts
    else:
        start = pts[start_index][:2]
        ordered = pts[start_index + 1 :] + pts[: start_index + 1]
    yield ("M", *start)
    current = start
    control: tuple[float, float] | None = None
    for x, y, on in ordered:
        if on:
            if control is None:
                yield ("L", x, y)
            else:
                yield _quad(current, control, (x, y))
                control = None
            current = (x, y)
        else:
            if control is not None:
                mid = ((control[0] + x) / 2, (control[1] + y) / 2)
                yield _quad(current, control, mid)
                current = mid
            control = (x, y)
    if control is not None:
        yield _quad(current, control, start)
    yield ("Z",)


def _quad(p0: tuple[float, float], c: tuple[float, float], p1: tuple[float, float]) -> Op:
    c1 = (p0[0] + 2 / 3 * (c[0] - p0[0]), p0[1] + 2 / 3 * (c[1] - p0[1]))
    c2 = (p1[0] + 2 / 3 * (c[0] - p1[0]), p1[1] + 2 / 3 * (c[1] - p1[1]))
    return ("C", *c1, *c2, *p1)


@functools.lru_cache(maxsize=16)
def word_outline(font_name: str, word: str) -> tuple[tuple[Op, ...], float, float]:
    """The outline of ``word`` in font units, its advance width, and the font's units per em.

    Characters the font lacks are skipped (the watermark words are ours).
    """
    glyphs = _Glyphs(font_name)
    ops: list[Op] = []
    x = 0.0
    for ch in word:
        glyph = glyphs.face.charToGlyph.get(ord(ch))
        if glyph is None:
            continue
        for contour in glyphs.points(glyph):
            ops.extend(_contour_ops(contour, x))
        x += glyphs.advance(glyph)
    return tuple(ops), x, glyphs.units


def draw_word(c: Canvas, word: str, font_name: str, size: float, x: float, y: float) -> float:
    """Fill ``word`` as outlines with its baseline centred at (x, y); returns its width in points."""
    ops, advance, units = word_outline(font_name, word)
    scale = size / units
    path = c.beginPath()
    for op in ops:
        kind, *args = op
        coords = [(v - advance / 2) * scale + x if i % 2 == 0 else v * scale + y for i, v in enumerate(args)]
        if kind == "M":
            path.moveTo(*coords)
        elif kind == "L":
            path.lineTo(*coords)
        elif kind == "C":
            path.curveTo(*coords)
        else:
            path.close()
    c.drawPath(path, stroke=0, fill=1, fillMode=1)  # TrueType outlines use the non-zero rule
    return advance * scale


__all__ = ["draw_word", "word_outline"]
