"""Møtereferat: the minutes of one meeting, as an A4 PDF."""

from __future__ import annotations

import re
from datetime import timedelta

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from btvcrm.reports.labels import label
from btvcrm.reports.model import DecisionLine, MinutesDoc, ParticipantLine
from btvcrm.reports.pdfa import PdfMeta
from btvcrm.reports.styles import (
    CONTENT_WIDTH,
    DRAFT_RED_HEX,
    FAMILY_FONT,
    MAX_TITLE,
    MUTED_HEX,
    Out,
    PageDecor,
    Styles,
    build_pdf,
    clean,
    data_table,
    date_long,
    date_short,
    esc,
    footer_text,
    keep_together,
    make_styles,
    para,
    shorten,
    text_notes,
    time_of,
    title_block,
)

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def norm_lang(lang: str) -> str:
    return "en" if clean(lang).strip().lower().startswith("en") else "nb"


def text_blocks(text: str, style_for: Styles, style: str = "body") -> list[Flowable]:
    """Multi-line user text as paragraphs: blank lines split, single newlines break.

    Each block is its own Paragraph, so long notes flow across pages.
    """
    st = getattr(style_for, style)
    blocks = [b.strip("\n") for b in _PARAGRAPH_BREAK.split(clean(text)) if b.strip()]
    return [para(b, st) for b in blocks]


def _person(p: ParticipantLine) -> str:
    """Markup for one person: bold name, then organisation and role."""
    name = esc(" ".join(clean(p.name).split()))
    extra = ", ".join(
        esc(" ".join(clean(x).split())) for x in (p.organisation, p.role) if clean(x).strip()
    )
    return f"<b>{name}</b>" + (f" – {extra}" if extra else "")


def _time_text(doc: MinutesDoc, lang: str) -> str:
    start = time_of(doc.starts_at, lang)
    if doc.duration_minutes and doc.duration_minutes > 0:
        end = doc.starts_at + timedelta(minutes=doc.duration_minutes)
        end_text = time_of(end, lang)
        # "kl. 10.00" + "kl. 12.00" -> "kl. 10.00–12.00"
        prefix = "kl. " if lang != "en" else ""
        if prefix and end_text.startswith(prefix):
            end_text = end_text[len(prefix) :]
        return f"{start}–{end_text}"
    return start


def _facts_table(doc: MinutesDoc, lang: str, st: Styles) -> Table:
    """Date, time, place, chair, secretary, kind and number in two label/value columns."""
    pairs: list[tuple[str, str]] = [
        (label("date", lang), date_long(doc.starts_at, lang)),
        (label("time", lang), _time_text(doc, lang)),
    ]
    if clean(doc.place).strip():
        pairs.append((label("place", lang), doc.place))
    if clean(doc.chair).strip():
        pairs.append((label("chair", lang), doc.chair))
    if clean(doc.secretary).strip():
        pairs.append((label("secretary", lang), doc.secretary))
    # two pairs per row
    rows = []
    for i in range(0, len(pairs), 2):
        row: list[Flowable | str] = []
        for k, v in pairs[i : i + 2]:
            row += [para(k, st.label), para(v, st.body)]
        while len(row) < 4:
            row.append("")
        rows.append(row)
    lw = 24 * mm
    vw = CONTENT_WIDTH / 2 - lw
    table = Table(rows, colWidths=[lw, vw, lw, vw], hAlign="LEFT", splitInRow=1)
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
                ("TOPPADDING", (2, 0), (2, -1), 2.4),
            ]
        )
    )
    return table


def _people_table(doc: MinutesDoc, lang: str, st: Styles) -> Table | None:
    """Participants, apologies and copies: one row per person, so a list of 600 splits
    across pages in linear time (one growing paragraph did not)."""
    rows: list[list[Flowable | str]] = []

    def group(key: str, cells: list[Flowable]) -> None:
        for i, cell in enumerate(cells):
            rows.append([para(label(key, lang), st.label) if i == 0 else "", cell])

    group("participants", [Paragraph(_person(p), st.body) for p in doc.participants])
    if clean(doc.other_participants).strip():
        group("other_participants", text_blocks(doc.other_participants, st))
    group("absent", [Paragraph(_person(p), st.body) for p in doc.absent])
    copy_to = [" ".join(clean(c).split()) for c in doc.copy_to if clean(c).strip()]
    if copy_to:
        group("copy_to", [para(", ".join(copy_to), st.body)])
    if not rows:
        return None
    lw = 24 * mm
    table = Table(rows, colWidths=[lw, CONTENT_WIDTH - lw], hAlign="LEFT", splitByRow=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FAMILY_FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (0, -1), 0.9),
            ]
        )
    )
    return table


def _decision(d: str | DecisionLine) -> DecisionLine:
    return d if isinstance(d, DecisionLine) else DecisionLine(str(d))


def numbered_style(base: ParagraphStyle, count: int, name: str = "numbered") -> ParagraphStyle:
    """A hanging indent as wide as the widest number ("10." for ten items): wrapped lines
    start under the text of the first line, whatever the number."""
    size = base.bulletFontSize
    widest = max(stringWidth(f"{n}.", base.bulletFontName, size) for n in range(1, max(count, 1) + 1))
    # reportlab moves the first line right when the bullet's end (+ 0.6 em) passes the indent.
    return ParagraphStyle(name, parent=base, leftIndent=widest + 0.6 * size + 1, bulletIndent=0, firstLineIndent=0)


def exempt_markup(citation: str, lang: str) -> str:
    """The inline red mark of an exempt part ("Unntatt offentlighet, offl. § 14")."""
    return f'<font color="{DRAFT_RED_HEX}">[{esc(keep_together(label("exempt", lang, citation=citation)))}]</font>'


def exempt_citations(doc: MinutesDoc) -> list[str]:
    """Every citation in the document, once each, in reading order."""
    found = [doc.exempt] if clean(doc.exempt).strip() else []
    found += [a.exempt for a in doc.agenda if clean(a.exempt).strip()]
    found += [_decision(d).exempt for d in doc.decisions if clean(_decision(d).exempt).strip()]
    if clean(doc.notes_exempt).strip():
        found.append(doc.notes_exempt)
    unique: dict[str, None] = {}
    for citation in found:
        unique.setdefault(" ".join(clean(citation).split()), None)
    return list(unique)


def exempt_header(doc: MinutesDoc, lang: str) -> str:
    """"Unntatt offentlighet, offl. § …" for an exempt meeting, the partial form otherwise; "" if public."""
    if doc.is_public_version:
        return ""
    if clean(doc.exempt).strip():
        return keep_together(label("exempt", lang, citation=" ".join(clean(doc.exempt).split())))
    citations = exempt_citations(doc)
    if citations:
        return keep_together(label("partly_exempt", lang, citations="; ".join(citations)))
    return ""


def build_story(doc: MinutesDoc, st: Styles | None = None) -> list[Flowable]:
    lang = norm_lang(doc.lang)
    st = st or make_styles()
    story: list[Flowable] = []

    kind = shorten(doc.meeting_kind_label, 100)
    number = shorten(doc.minutes_number, 100)
    sub = esc(label("minutes", lang))
    if number:
        sub += f" {esc(label('number_short', lang))} {esc(number)}"
    if kind:
        sub += f" · {esc(kind)}"
    case = shorten(doc.case_number, 100)
    if case:
        sub += f" · {esc(label('case_number', lang))}&nbsp;{esc(case)}"
    if doc.is_public_version:
        sub += f" · {esc(label('public_version', lang))}"
    head: list[Flowable] = [para(shorten(doc.title, MAX_TITLE), st.title), Paragraph(sub, st.subtitle)]
    if doc.is_draft:
        head.append(Paragraph(f"<i>{esc(label('minutes_draft_note', lang))}</i>", st.draft_note))
    header = exempt_header(doc, lang)
    if header:
        head.append(para(header, st.draft_note))
    story.append(title_block(doc.programme_name, doc.logo_path, head, st))
    story.append(Spacer(1, 4 * mm))
    story.append(_facts_table(doc, lang, st))
    if clean(doc.omitted).strip():
        story.append(Spacer(1, 3 * mm))
        story.append(para(keep_together(doc.omitted), st.draft_note))
    people = _people_table(doc, lang, st)
    if people is not None:
        story.append(Spacer(1, 3 * mm))
        story.append(people)

    if doc.agenda:
        story.append(para(label("agenda", lang), st.h2))
        story.append(para(label("agenda_legend", lang), st.muted))
        for item in doc.agenda:
            mark = " ".join(clean(item.mark).split())
            if len(mark) == 1:
                mark = mark.upper()
            title = " ".join(clean(item.title).split())
            case_word = f"{esc(label('case', lang))} {int(item.number)}"
            text = f"{case_word}&nbsp;&nbsp;{esc(title)}"
            if mark:
                text += f'&nbsp;&nbsp;<font color="{MUTED_HEX}">({esc(mark)})</font>'
            if clean(item.exempt).strip() and not doc.is_public_version:
                text += f" {exempt_markup(item.exempt, lang)}"
            story.append(Paragraph(text, st.h3))
            story.extend(text_blocks(item.notes, st, "item_body"))

    decisions = [_decision(d) for d in doc.decisions if clean(_decision(d).text).strip()]
    if decisions:
        story.append(para(label("decisions", lang), st.h2))
        style = numbered_style(st.bullet, len(decisions))
        for i, d in enumerate(decisions, 1):
            text = esc(d.text.strip())
            if clean(d.exempt).strip() and not doc.is_public_version:
                text += f" {exempt_markup(d.exempt, lang)}"
            story.append(Paragraph(text, style, bulletText=f"{i}."))

    if doc.follow_ups:
        story.append(para(label("follow_ups", lang), st.h2))
        rows = [
            [f.text.strip(), f.responsible, date_short(f.due, lang) if f.due else ""]
            for f in doc.follow_ups
        ]
        story.append(
            data_table(
                [label("what", lang), label("responsible", lang), label("due", lang)],
                rows,
                [60, 25, 15],
                st,
            )
        )

    if clean(doc.notes).strip():
        story.append(para(label("notes", lang), st.h2))
        if clean(doc.notes_exempt).strip() and not doc.is_public_version:
            story.append(Paragraph(exempt_markup(doc.notes_exempt, lang), st.body))
        story.extend(text_blocks(doc.notes, st))
    return story


def minutes_meta(doc: MinutesDoc) -> PdfMeta:
    lang = norm_lang(doc.lang)
    title = " ".join(clean(doc.title).split())
    word = label("minutes", lang)
    if doc.is_public_version:
        word = f"{word} ({label('public_version', lang).lower()})"
    keywords = [*doc.keywords]
    if clean(doc.case_number).strip():
        keywords.append(f"{label('case_number', lang)} {' '.join(clean(doc.case_number).split())}")
    return PdfMeta(
        title=f"{word}: {shorten(title, MAX_TITLE)}",
        subject=label("minutes", lang),
        author=clean(doc.author),
        keywords=keywords,
        lang=lang,
        created=doc.generated_at,
    )


def render_minutes(doc: MinutesDoc, out: Out, *, force: bool = False, notes: list[str] | None = None) -> int:
    """Write the minutes as a PDF/A to ``out`` (path or binary file); return the page count.

    A path is written through storage.safe_output (``force`` as there); sentences about
    characters the font could not show are appended to ``notes``.
    """
    lang = norm_lang(doc.lang)
    with text_notes(notes):
        st = make_styles()
        title = " ".join(clean(doc.title).split())
        when = date_short(doc.starts_at, lang)
        marks = []
        if doc.is_draft:
            marks.append(label("draft_mark", lang))
        if exempt_header(doc, lang):
            marks.append(label("exempt_mark", lang))
        if doc.is_public_version:
            marks.append(label("public_version", lang).upper())
        decor = PageDecor(
            lang=lang,
            running_title=f"{clean(doc.programme_name)} · {label('minutes', lang)}: {title} ({when})",
            footer_left=footer_text(lang, doc.generated_at, doc.prepared_by),
            watermark=label("draft_mark", lang) if doc.is_draft else "",
            marker=" · ".join(marks),
        )
        return build_pdf(out, build_story(doc, st), decor, meta=minutes_meta(doc), force=force)
