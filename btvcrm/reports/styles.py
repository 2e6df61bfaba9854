"""Shared look and machinery of the documents: styles, safe text, page frame.

Every piece of user text passes through :func:`esc` (or :func:`para`, which
calls it) before it reaches a reportlab ``Paragraph``: reportlab's paragraph
text is a small XML markup language, and an unescaped ``<img src=...>`` would
load a file and ``<font size=40>`` would change the look. Escaped, they print
literally.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
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
from btvcrm.reports.pdfa import PdfMeta, finish


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
DRAFT_RED_HEX = "#B3261E"
DRAFT_RED = colors.HexColor(DRAFT_RED_HEX)
WATERMARK = colors.Color(0.80, 0.10, 0.10, alpha=0.13)
CHART_BAR = colors.HexColor("#3A7CA5")
CHART_LINE = colors.HexColor("#2E8B57")

FAMILY_FONT = fonts.FAMILY
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 22 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
MAX_TITLE = 500  # validation.MAX_NAME_LENGTH: longer titles (old files) are shortened, never a layout error

Out = str | Path | IO[bytes]


# --- safe text ---------------------------------------------------------------

# Characters that are not allowed in XML (C0 controls except tab/newline,
# lone surrogates, U+FFFE/U+FFFF) would break reportlab's paragraph parser.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


REPLACEMENT = "\ufffd"  # "�": shown for a character the embedded font cannot draw
# Dropped silently: they draw nothing (zero-width and bidi controls, soft hyphens, tags),
# or only modify the glyph before them (variation selectors, emoji skin tones).
_SILENT = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff"
                     "\U0001f3fb-\U0001f3ff\U000e0000-\U000e007f\U000e0100-\U000e01ef]")


@dataclass
class TextNotes:
    """What a render met that the reader should know: characters shown as �, right-to-left text."""

    missing: dict[str, None] = field(default_factory=dict)  # an ordered set
    right_to_left: bool = False

    def sentences(self) -> list[str]:
        found = []
        if self.missing:
            shown = " ".join(list(self.missing)[:12]) + (" …" if len(self.missing) > 12 else "")
            found.append(
                f"{len(self.missing)} tegn finnes ikke i dokumentets skrift og er vist som «{REPLACEMENT}»: {shown}"
            )
        if self.right_to_left:
            found.append("Arabisk eller hebraisk tekst er satt fra venstre mot høyre og uten sammenbundne "
                         "bokstaver (se docs/documents.md); kopiert tekst er riktig.")
        return found


_notes: contextvars.ContextVar[TextNotes | None] = contextvars.ContextVar("btvcrm_report_notes", default=None)


@contextlib.contextmanager
def text_notes(notes: list[str] | None) -> Iterator[TextNotes]:
    """Collect what :func:`clean` replaced while a document is built; sentences go to ``notes``."""
    collector = TextNotes()
    token = _notes.set(collector)
    try:
        yield collector
    finally:
        _notes.reset(token)
    if notes is not None:
        for sentence in collector.sentences():
            if sentence not in notes:
                notes.append(sentence)


def _printable(s: str) -> str:
    """Non-ASCII text with what the font lacks replaced (runs of it by one �) and noted."""
    s = _SILENT.sub("", unicodedata.normalize("NFC", s))
    covered = fonts.covered_code_points()
    chars = set(s)
    missing = {ch for ch in chars if ord(ch) not in covered and ch != "\n"}
    collector = _notes.get()
    if collector is not None and any(
        ord(ch) >= 0x590 and unicodedata.bidirectional(ch) in ("R", "AL") for ch in chars
    ):
        collector.right_to_left = True
    if not missing:
        return s
    out: list[str] = []
    run: list[str] = []
    for ch in s:
        if ch in missing:
            run.append(ch)
            continue
        if run:
            out.append(REPLACEMENT)
            if collector is not None:
                collector.missing["".join(run)] = None
            run = []
        out.append(ch)
    if run:
        out.append(REPLACEMENT)
        if collector is not None:
            collector.missing["".join(run)] = None
    return "".join(out)


def clean(text: object) -> str:
    """User text as a plain str that the embedded font can draw.

    Characters XML forbids are removed, invisible format characters dropped, and
    anything the font has no glyph for becomes a visible "�" (reported through
    :func:`text_notes`), never the font's missing-glyph box, which copies as NUL.
    """
    if text is None:
        return ""
    s = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    s = _NOT_XML.sub("", s)
    return s if s.isascii() else _printable(s)


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


_TIED_SPACE = re.compile(r"(?<=§) | (?=§)|(?<=\bnr\.) |(?<=\bno\.) |(?<=\bart\.) ")


def keep_together(text: str) -> str:
    """A legal citation that never breaks inside "offl. § 13", "nr. 2" or "art. 15" (no-break
    spaces around the section sign and after "nr.", "no." and "art.")."""
    return _TIED_SPACE.sub("\u00a0", text)


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

    # No-break spaces: "12,3 mill. kr" is one unit and never wraps.
    return format_nok(amount, lang, short=short).replace(" ", "\u00a0")


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
    left: list[Flowable] = [para(shorten(programme_name, 200), st.programme), *title_markup]
    logo_w = 52 * mm if logo else 0.0
    table = Table(
        [[left, logo or ""]],
        colWidths=[CONTENT_WIDTH - logo_w, logo_w] if logo else [CONTENT_WIDTH, 0.01],
        hAlign="LEFT",
        splitInRow=1,  # a heading taller than a page (it should not be) splits instead of failing
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
    watermark: str = ""  # e.g. "UTKAST", drawn as outlines (not text); empty for none
    marker: str = ""  # a word at the top right of every page: "UTKAST", "INTERNT", ...


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
    # Binary search: a 10 000-character title must not cost 10 000 measurements per page.
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if c.stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low] + "…"


def _draw_watermark(c: Canvas, word: str) -> None:
    from btvcrm.reports.glyph_paths import draw_word

    c.saveState()
    c.setFillColor(WATERMARK)
    c.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    c.rotate(50)
    draw_word(c, word, fonts.BOLD, 110, 0, -38)
    c.restoreState()


def _draw_page(c: Canvas, doc: BaseDocTemplate, decor: PageDecor) -> None:
    c.saveState()
    if decor.watermark:
        _draw_watermark(c, decor.watermark)
    y = PAGE_HEIGHT - MARGIN_TOP + 6 * mm
    marker_width = 0.0
    if decor.marker:
        marker = _fit(c, clean(decor.marker), fonts.BOLD, 8, CONTENT_WIDTH / 2)
        c.setFont(fonts.BOLD, 8)
        c.setFillColor(DRAFT_RED)
        c.drawRightString(PAGE_WIDTH - MARGIN_X, y, marker)
        marker_width = c.stringWidth(marker, fonts.BOLD, 8) + 6 * mm
    # running header from page 2 on
    if doc.page > 1:
        c.setFont(fonts.FAMILY, 8)
        c.setFillColor(MUTED)
        c.drawString(
            MARGIN_X,
            y,
            _fit(c, clean(decor.running_title), fonts.FAMILY, 8, CONTENT_WIDTH - marker_width),
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


def layout_pdf(story: list[Flowable], decor: PageDecor, *, title: str = "") -> tuple[bytes, int]:
    """Lay out ``story`` on A4 pages: the bare reportlab PDF and its page count."""
    from reportlab.platypus.doctemplate import LayoutError

    fonts.register_fonts()
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=clean(title),
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
    try:
        doc.build(story, canvasmaker=_numbered_canvas(decor))
    except LayoutError as error:  # the renderers split or shorten everything; this is the last guard
        from btvcrm.domain.errors import UserError

        raise UserError(f"Dokumentet kunne ikke settes opp på sidene (for stort element: {str(error)[:120]}).")
    return buffer.getvalue(), int(doc.page)


def write_pdf(out: Out, data: bytes, *, force: bool = False) -> None:
    """Finished PDF bytes to a path (through storage.safe_output) or to a binary file."""
    if isinstance(out, str | Path):
        from btvcrm.storage.safe_output import write_output

        write_output(Path(out), data, force=force)
    else:
        out.write(data)


def build_pdf(
    out: Out,
    story: list[Flowable],
    decor: PageDecor,
    *,
    meta: PdfMeta | None = None,
    force: bool = False,
    title: str = "",
    author: str = "",
    subject: str = "",
    keywords: Sequence[str] = (),
) -> int:
    """Lay out ``story``, make it PDF/A-2b with ``meta``, write it to ``out``; return the page count.

    Without ``meta`` it is made from ``title``, ``author`` (the user's name), ``subject``
    (the kind of document) and ``keywords``, in the document's language.
    """
    if meta is None:
        meta = PdfMeta(title=clean(title), subject=clean(subject), author=clean(author), keywords=tuple(keywords),
                       lang=decor.lang)
    data, pages = layout_pdf(story, decor, title=meta.title)
    write_pdf(out, finish(data, meta), force=force)
    return pages


def write_bytes(out: Out, data: bytes, *, force: bool = False) -> None:
    """Write finished PDF bytes to a path (safely) or a binary file."""
    write_pdf(out, data, force=force)


def render_to_bytes(render: Callable[[Any, Out], object], doc: Any) -> bytes:
    """Convenience for tests and previews: the PDF bytes of ``render(doc, out)``."""
    buf = BytesIO()
    render(doc, buf)
    return buf.getvalue()
