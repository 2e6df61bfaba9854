"""Name badges for the door: an A4 sheet of 2 × 5 labels (86 × 55 mm, the common
ten-per-sheet badge label), the name large, the organisation below, the
dialogue and date at the foot. Long names shrink to fit, then wrap."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from btvcrm.reports import fonts
from btvcrm.reports.dialogue_model import BadgesDoc, dlabel
from btvcrm.reports.minutes import norm_lang
from btvcrm.reports.styles import ACCENT, INK, MUTED, RULE, Out, clean, write_pdf

LABEL_W, LABEL_H = 86 * mm, 55 * mm
COLUMNS, ROWS = 2, 5
PAGE_W, PAGE_H = A4
GAP_X = 4 * mm
MARGIN_X = (PAGE_W - COLUMNS * LABEL_W - (COLUMNS - 1) * GAP_X) / 2
MARGIN_Y = (PAGE_H - ROWS * LABEL_H) / 2
PADDING = 5 * mm


def _one_line(text: object) -> str:
    return " ".join(clean(text).split())


def _fit_lines(c: Canvas, text: str, font: str, size: float, width: float, max_lines: int,
               min_size: float) -> tuple[list[str], float]:
    """Lines of `text` at the largest size from `size` down to `min_size` that fit."""
    words = text.split()
    current = size
    while True:
        lines: list[str] = []
        line = ""
        for word in words:
            trial = f"{line} {word}".strip()
            if c.stringWidth(trial, font, current) <= width or not line:
                line = trial
            else:
                lines.append(line)
                line = word
        if line:
            lines.append(line)
        fits = len(lines) <= max_lines and all(c.stringWidth(x, font, current) <= width for x in lines)
        if fits or current <= min_size:
            return [_cut(c, x, font, current, width) for x in lines[:max_lines]], current
        current -= 0.5


def _cut(c: Canvas, text: str, font: str, size: float, width: float) -> str:
    if c.stringWidth(text, font, size) <= width:
        return text
    while text and c.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _draw_badge(c: Canvas, x: float, y: float, name: str, organisation: str, role: str, programme: str,
                event_line: str) -> None:
    width = LABEL_W - 2 * PADDING
    c.setStrokeColor(RULE)
    c.setLineWidth(0.3)
    c.setDash(1, 2)
    c.roundRect(x, y, LABEL_W, LABEL_H, 3 * mm)
    c.setDash()
    c.setFillColor(ACCENT)
    c.setFont(fonts.BOLD, 7.5)
    c.drawString(x + PADDING, y + LABEL_H - PADDING - 5, _cut(c, programme, fonts.BOLD, 7.5, width))
    c.setStrokeColor(ACCENT)
    c.setLineWidth(0.8)
    c.line(x + PADDING, y + LABEL_H - PADDING - 8, x + LABEL_W - PADDING, y + LABEL_H - PADDING - 8)
    lines, size = _fit_lines(c, name, fonts.BOLD, 20, width, 2, 11)
    c.setFillColor(INK)
    top = y + LABEL_H - PADDING - 10 - size * 1.15
    for index, line in enumerate(lines):
        c.setFont(fonts.BOLD, size)
        c.drawString(x + PADDING, top - index * size * 1.15, line)
    cursor = top - len(lines) * size * 1.15 - 2
    org_lines, org_size = _fit_lines(c, organisation, fonts.FAMILY, 12, width, 2, 8)
    c.setFont(fonts.FAMILY, org_size)
    for index, line in enumerate(org_lines):
        c.drawString(x + PADDING, cursor - index * org_size * 1.2, line)
    cursor -= len(org_lines) * org_size * 1.2
    if role:
        c.setFillColor(MUTED)
        c.setFont(fonts.ITALIC, 8.5)
        c.drawString(x + PADDING, cursor - 1, _cut(c, role, fonts.ITALIC, 8.5, width))
    c.setFillColor(MUTED)
    c.setFont(fonts.FAMILY, 7)
    c.drawString(x + PADDING, y + PADDING - 1, _cut(c, event_line, fonts.FAMILY, 7, width))


def render_badges(doc: BadgesDoc, out: Out, *, force: bool = False) -> int:
    """Write the sheets, made PDF/A-2b like every other PDF (reports/pdfa.finish);
    returns the page count (an empty list gives one blank sheet)."""
    from btvcrm.reports.dialogue_documents import pdf_meta
    from btvcrm.reports.pdfa import finish

    lang = norm_lang(doc.head.lang)
    fonts.register_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=fonts.FAMILY)  # no bare Helvetica
    meta = pdf_meta(doc.head, dlabel("badges_title", lang), "badges")
    c.setTitle(meta.title)
    c.setCreator("btvcrm")
    per_page = COLUMNS * ROWS
    pages = max(1, -(-len(doc.badges) // per_page))
    for page in range(pages):
        for index, badge in enumerate(doc.badges[page * per_page:(page + 1) * per_page]):
            column, row = index % COLUMNS, index // COLUMNS
            x = MARGIN_X + column * (LABEL_W + GAP_X)
            y = PAGE_H - MARGIN_Y - (row + 1) * LABEL_H
            _draw_badge(c, x, y, _one_line(badge.name), _one_line(badge.organisation), _one_line(badge.role),
                        _one_line(doc.head.programme_name), _one_line(doc.event_line))
        c.showPage()
    c.save()
    write_pdf(out, finish(buffer.getvalue(), meta), force=force)
    return pages
