"""Shared look and machinery of the documents: styles, safe text, page frame.

Every piece of user text passes through :func:`esc` (or :func:`para`, which
calls it) before it reaches a reportlab ``Paragraph``: reportlab's paragraph
text is a small XML markup language, and an unescaped ``<img src=...>`` would
load a file and ``<font size=40>`` would change the look. Escaped, they print
literally.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote, urlsplit

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from btvcrm.reports import fonts
from btvcrm.reports.labels import label


def escape(text: str, entities: dict[str, str] | None = None) -> str:
    """xml.sax.saxutils.escape, without the 40 ms its module costs to import
    (it pulls in urllib.request, http.client, ssl and email)."""
    text = text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    for char, entity in (entities or {}).items():
        text = text.replace(char, entity)
    return text

# --- colours and sizes -------------------------------------------------------

INK = colors.HexColor("#1A1A1A")
MUTED_HEX = "#5F6368"
MUTED = colors.HexColor(MUTED_HEX)
ACCENT = colors.HexColor("#1F4E79")
ACCENT_LIGHT = colors.HexColor("#E8EEF5")
RULE = colors.HexColor("#B8C4D0")
GRID = colors.HexColor("#D0D7DE")
LINK = colors.HexColor("#0B57D0")
DRAFT_RED = colors.HexColor("#B3261E")
WATERMARK = colors.Color(0.80, 0.10, 0.10, alpha=0.13)
CHART_BAR = colors.HexColor("#3A7CA5")
CHART_LINE = colors.HexColor("#2E8B57")

FAMILY_FONT = fonts.FAMILY
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 22 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

Out = str | Path | IO[bytes]


# --- safe text ---------------------------------------------------------------

# Characters that are not allowed in XML (C0 controls except tab/newline,
# lone surrogates, U+FFFE/U+FFFF) would break reportlab's paragraph parser.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean(text: object) -> str:
    """User text as a plain str without characters that cannot be printed."""
    if text is None:
        return ""
    s = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _NOT_XML.sub("", s)


def esc(text: object) -> str:
    """User text as paragraph markup that prints literally; newlines become <br/>."""
    return escape(clean(text)).replace("\n", "<br/>")


def esc_attr(text: object) -> str:
    """User text safe inside a double-quoted markup attribute."""
    return escape(clean(text).replace("\n", " "), {'"': "&quot;", "'": "&apos;"})


def shorten(text: object, limit: int) -> str:
    """Clean text cut to about ``limit`` characters at a word boundary, with an ellipsis."""
    s = " ".join(clean(text).split())
    if len(s) <= limit:
        return s
    cut = s[:limit].rsplit(" ", 1)[0] or s[:limit]
    return cut.rstrip(" ,.;:–-") + " …"


def safe_url(url: str) -> str | None:
    """The URL if it is an absolute http(s) link, else None (no file:, javascript:, ...)."""
    u = clean(url).strip()
    if not u:
        return None
    try:
        parts = urlsplit(u)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return u


def doffin_url(doffin_id: str, explicit_url: str = "") -> str | None:
    """The notice link: the explicit URL if safe, else validation's https://www.doffin.no/notices/<id>."""
    if explicit_url:
        url = safe_url(explicit_url)
        if url:
            return url
    ident = clean(doffin_id).strip()
    if not ident:
        return None
    from btvcrm.domain.validation import DOFFIN_NOTICE_URL

    return DOFFIN_NOTICE_URL.format(quote(ident, safe="-_."))


def link(text: object, url: str | None) -> str:
    """Markup for a clickable link showing ``text``; plain escaped text when no URL."""
    if not url:
        return esc(text)
    return f'<a href="{esc_attr(url)}" color="#0B57D0"><u>{esc(text)}</u></a>'


# --- Norwegian formats (from btvcrm.domain) ----------------------------------


def date_long(d: date | datetime | None, lang: str) -> str:
    if d is None:
        return ""
    from btvcrm.domain.dates import format_date_long

    return format_date_long(d, lang)


def date_short(d: date | datetime | None, lang: str) -> str:
    if d is None:
        return ""
    from btvcrm.domain.dates import format_date_short

    return format_date_short(d, lang)


def time_of(t: datetime | None, lang: str) -> str:
    if t is None:
        return ""
    from btvcrm.domain.dates import format_time

    return format_time(t, lang)


def nok(amount: int | None, lang: str, short: bool = False) -> str:
    if amount is None:
        return ""
    from btvcrm.domain.formatting import format_nok

    return format_nok(amount, lang, short=short)


# --- paragraph styles --------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    programme: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bullet: ParagraphStyle
    label: ParagraphStyle
    bullet: ParagraphStyle
    item_title: ParagraphStyle
    item_body: ParagraphStyle
    chart_caption: ParagraphStyle
    draft_note: ParagraphStyle


def make_styles(base_size: float = 10) -> Styles:
    family = fonts.register_fonts()
    bs = base_size
    body = ParagraphStyle(
        "body",
        fontName=family,
        bulletFontName=family,
        fontSize=bs,
        leading=bs * 1.4,
        textColor=INK,
        spaceAfter=4,
    )
    small = ParagraphStyle("small", parent=body, fontSize=bs - 1.5, leading=(bs - 1.5) * 1.35)
    return Styles(
        body=body,
        small=small,
        muted=ParagraphStyle("muted", parent=small, textColor=MUTED, spaceAfter=2),
        programme=ParagraphStyle(
            "programme", parent=body, fontName=fonts.BOLD, fontSize=bs, textColor=ACCENT
        ),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=bs + 8,
            leading=(bs + 8) * 1.2,
            spaceBefore=2,
            spaceAfter=4,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=bs + 1, leading=(bs + 1) * 1.3, textColor=MUTED
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=bs + 2.5,
            leading=(bs + 2.5) * 1.25,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
        ),
        h3=ParagraphStyle(
            "h3",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=bs + 0.5,
            leading=(bs + 0.5) * 1.3,
            spaceBefore=7,
            spaceAfter=3,
            keepWithNext=1,
        ),
        cell=ParagraphStyle("cell", parent=small, spaceAfter=0),
        cell_head=ParagraphStyle(
            "cell_head", parent=small, fontName=fonts.BOLD, textColor=ACCENT, spaceAfter=0
        ),
        cell_right=ParagraphStyle("cell_right", parent=small, alignment=TA_RIGHT, spaceAfter=0),
        cell_bullet=ParagraphStyle(
            "cell_bullet", parent=small, leftIndent=8, bulletIndent=0, spaceAfter=1
        ),
        label=ParagraphStyle(
            "label", parent=small, fontName=fonts.BOLD, textColor=MUTED, spaceAfter=0
        ),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=3),
        item_title=ParagraphStyle(
            "item_title",
            parent=body,
            fontName=fonts.BOLD,
            spaceBefore=6,
            spaceAfter=2,
            leftIndent=22,
            firstLineIndent=-22,
            keepWithNext=1,
        ),
        item_body=ParagraphStyle("item_body", parent=body, leftIndent=22),
        chart_caption=ParagraphStyle(
            "chart_caption", parent=small, textColor=MUTED, alignment=TA_CENTER
        ),
        draft_note=ParagraphStyle(
            "draft_note", parent=body, fontName=fonts.BOLD, textColor=DRAFT_RED, spaceAfter=2
        ),
    )


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text, escaped."""
    return Paragraph(esc(text), style)


def markup(trusted_markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph from markup built in this package (user parts already escaped)."""
    return Paragraph(trusted_markup, style)


def bullets(items: Sequence[object], style: ParagraphStyle) -> list[Flowable]:
    return [Paragraph(esc(item), style, bulletText="•") for item in items]


# --- tables ------------------------------------------------------------------


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Flowable | list[Flowable] | str]],
    col_fractions: Sequence[float],
    st: Styles,
    width: float = CONTENT_WIDTH,
    right_columns: Sequence[int] = (),
) -> Table:
    """A table that wraps its cells, splits across pages and repeats its header.

    ``rows`` hold Paragraphs (already safe), lists of them, or plain user strings
    (escaped here).
    """
    head_right = ParagraphStyle("cell_head_right", parent=st.cell_head, alignment=TA_RIGHT)
    head = [
        Paragraph(esc(h), head_right if i in right_columns else st.cell_head)
        for i, h in enumerate(header)
    ]
    body = [
        [
            c
            if isinstance(c, Flowable | list)
            else Paragraph(esc(c), st.cell_right if i in right_columns else st.cell)
            for i, c in enumerate(row)
        ]
        for row in rows
    ]
    total = sum(col_fractions)
    widths = [width * f / total for f in col_fractions]
    table = Table(
        [head, *body],
        colWidths=widths,
        repeatRows=1,
        splitByRow=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    style: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FAMILY_FONT),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    table.setStyle(TableStyle(style))
    return table


def key_value_table(
    pairs: Sequence[tuple[str, Flowable | str]],
    st: Styles,
    label_width: float = 32 * mm,
    width: float = CONTENT_WIDTH,
) -> Table:
    """Two columns: a label (ours) and a value (user text, escaped unless a Flowable)."""
    data = [
        [
            Paragraph(esc(k), st.label),
            v if isinstance(v, Flowable) else Paragraph(esc(v), st.body),
        ]
        for k, v in pairs
    ]
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FAMILY_FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (0, -1), 2.4),
            ]
        )
    )
    return table


# --- heading block with logo -------------------------------------------------


def logo_flowable(path: str | Path | None, max_w: float, max_h: float) -> Flowable | None:
    """The logo image scaled to fit, or None when there is no readable image."""
    if not path:
        return None
    try:
        from reportlab.lib.utils import ImageReader

        p = Path(path)
        if not p.is_file():
            return None
        w, h = ImageReader(str(p)).getSize()
        if w <= 0 or h <= 0:
            return None
        scale = min(max_w / w, max_h / h)
        return Image(str(p), width=w * scale, height=h * scale)
    except Exception:  # a broken logo file must never stop a report
        return None


def title_block(
    programme_name: str,
    logo_path: str | Path | None,
    title_markup: list[Flowable],
    st: Styles,
) -> Table:
    """Programme name and document title on the left, logo on the right."""
    logo = logo_flowable(logo_path, 48 * mm, 16 * mm)
    left: list[Flowable] = [para(programme_name, st.programme), *title_markup]
    logo_w = 52 * mm if logo else 0.0
    table = Table(
        [[left, logo or ""]],
        colWidths=[CONTENT_WIDTH - logo_w, logo_w] if logo else [CONTENT_WIDTH, 0.01],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FAMILY_FONT),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
            ]
        )
    )
    return table


# --- page frame: header, footer, page x of y, watermark -----------------------


@dataclass(frozen=True)
class PageDecor:
    """What is drawn around the flowing content on every page."""

    lang: str
    running_title: str  # shown at the top of pages 2..n
    footer_left: str  # generated date and who prepared it
    watermark: str = ""  # e.g. "UTKAST"; empty for none


def _numbered_canvas(decor: PageDecor) -> type[Canvas]:
    """A canvas that knows the page count when it saves, for "Side X av Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._draw_page_number(total)
                super().showPage()
            super().save()

        def _draw_page_number(self, total: int) -> None:
            self.saveState()
            self.setFont(fonts.FAMILY, 8)
            self.setFillColor(MUTED)
            text = label("page_x_of_y", decor.lang, page=self._pageNumber, pages=total)
            self.drawRightString(PAGE_WIDTH - MARGIN_X, MARGIN_BOTTOM - 12 * mm, text)
            self.restoreState()

    return NumberedCanvas


def _fit(c: Canvas, text: str, font: str, size: float, width: float) -> str:
    """Cut ``text`` with an ellipsis so it fits ``width`` points on one line."""
    if c.stringWidth(text, font, size) <= width:
        return text
    while text and c.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _draw_page(c: Canvas, doc: BaseDocTemplate, decor: PageDecor) -> None:
    c.saveState()
    if decor.watermark:
        c.setFillColor(WATERMARK)
        c.setFont(fonts.BOLD, 110)
        c.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        c.rotate(50)
        c.drawCentredString(0, -38, decor.watermark)
        c.rotate(-50)
        c.translate(-PAGE_WIDTH / 2, -PAGE_HEIGHT / 2)
    # running header from page 2 on
    if doc.page > 1:
        c.setFont(fonts.FAMILY, 8)
        c.setFillColor(MUTED)
        y = PAGE_HEIGHT - MARGIN_TOP + 6 * mm
        c.drawString(
            MARGIN_X, y, _fit(c, clean(decor.running_title), fonts.FAMILY, 8, CONTENT_WIDTH)
        )
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(MARGIN_X, y - 2.5 * mm, PAGE_WIDTH - MARGIN_X, y - 2.5 * mm)
    # footer: rule, generated/prepared on the left; the page number is added on save
    y = MARGIN_BOTTOM - 8 * mm
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(MARGIN_X, y, PAGE_WIDTH - MARGIN_X, y)
    c.setFont(fonts.FAMILY, 8)
    c.setFillColor(MUTED)
    c.drawString(
        MARGIN_X,
        y - 4 * mm,
        _fit(c, clean(decor.footer_left), fonts.FAMILY, 8, CONTENT_WIDTH - 30 * mm),
    )
    c.restoreState()


def footer_text(lang: str, generated_at: datetime | None, prepared_by: str) -> str:
    when = generated_at or datetime.now().astimezone()
    parts = [label("generated", lang, date=f"{date_short(when, lang)} {time_of(when, lang)}")]
    if clean(prepared_by).strip():
        parts.append(label("prepared_by", lang, name=" ".join(clean(prepared_by).split())))
    return " · ".join(parts)


def build_pdf(
    out: Out,
    story: list[Flowable],
    decor: PageDecor,
    *,
    title: str,
    author: str = "",
    subject: str = "",
) -> int:
    """Lay out ``story`` on A4 pages and write the PDF to ``out``; return the page count."""
    fonts.register_fonts()
    target: Any = str(out) if isinstance(out, Path) else out
    doc = BaseDocTemplate(
        target,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=clean(title),
        author=clean(author),
        subject=clean(subject),
        creator="btvcrm",
        lang="en" if decor.lang == "en" else "nb",
        pageCompression=1,
        initialFontName=fonts.FAMILY,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        id="content",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def on_page(c: Canvas, d: BaseDocTemplate) -> None:
        _draw_page(c, d, decor)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(story, canvasmaker=_numbered_canvas(decor))
    return int(doc.page)


def write_bytes(out: Out, data: bytes) -> None:
    """Write finished PDF bytes to a path or a binary file."""
    if isinstance(out, str | Path):
        Path(out).write_bytes(data)
    else:
        out.write(data)


def render_to_bytes(render: Callable[[Any, Out], object], doc: Any) -> bytes:
    """Convenience for tests and previews: the PDF bytes of ``render(doc, out)``."""
    buf = BytesIO()
    render(doc, buf)
    return buf.getvalue()
