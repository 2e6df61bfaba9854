"""Møtereferat: the minutes of one meeting, as an A4 PDF."""

from __future__ import annotations

import re
from datetime import timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from btvcrm.reports.labels import label
from btvcrm.reports.model import MinutesDoc, ParticipantLine
from btvcrm.reports.styles import (
    CONTENT_WIDTH,
    FAMILY_FONT,
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
    make_styles,
    para,
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


def _people_cell(people: list[ParticipantLine], st: Styles) -> Paragraph:
    return Paragraph("<br/>".join(_person(p) for p in people), st.body)


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
    rows: list[list[Flowable | str]] = []
    if doc.participants:
        rows.append(
            [para(label("participants", lang), st.label), _people_cell(doc.participants, st)]
        )
    if clean(doc.other_participants).strip():
        rows.append(
            [
                para(label("other_participants", lang), st.label),
                para(doc.other_participants, st.body),
            ]
        )
    if doc.absent:
        rows.append([para(label("absent", lang), st.label), _people_cell(doc.absent, st)])
    copy_to = [" ".join(clean(c).split()) for c in doc.copy_to if clean(c).strip()]
    if copy_to:
        rows.append([para(label("copy_to", lang), st.label), para(", ".join(copy_to), st.body)])
    if not rows:
        return None
    lw = 24 * mm
    table = Table(rows, colWidths=[lw, CONTENT_WIDTH - lw], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FAMILY_FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (0, -1), 2.4),
            ]
        )
    )
    return table


def build_story(doc: MinutesDoc, st: Styles | None = None) -> list[Flowable]:
    lang = norm_lang(doc.lang)
    st = st or make_styles()
    story: list[Flowable] = []

    kind = " ".join(clean(doc.meeting_kind_label).split())
    number = " ".join(clean(doc.minutes_number).split())
    sub = esc(label("minutes", lang))
    if number:
        sub += f" {esc(label('number_short', lang))} {esc(number)}"
    if kind:
        sub += f" · {esc(kind)}"
    head: list[Flowable] = [para(doc.title, st.title), Paragraph(sub, st.subtitle)]
    if doc.is_draft:
        head.append(Paragraph(f"<i>{esc(label('minutes_draft_note', lang))}</i>", st.draft_note))
    story.append(title_block(doc.programme_name, doc.logo_path, head, st))
    story.append(Spacer(1, 4 * mm))
    story.append(_facts_table(doc, lang, st))
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
            case = f"{esc(label('case', lang))} {int(item.number)}"
            text = f"{case}&nbsp;&nbsp;{esc(title)}"
            if mark:
                text += f'&nbsp;&nbsp;<font color="{MUTED_HEX}">({esc(mark)})</font>'
            story.append(Paragraph(text, st.h3))
            story.extend(text_blocks(item.notes, st, "item_body"))

    decisions = [d for d in doc.decisions if clean(d).strip()]
    if decisions:
        story.append(para(label("decisions", lang), st.h2))
        for i, d in enumerate(decisions, 1):
            story.append(Paragraph(esc(d.strip()), st.bullet, bulletText=f"{i}."))

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
        story.extend(text_blocks(doc.notes, st))
    return story


def render_minutes(doc: MinutesDoc, out: Out) -> int:
    """Write the minutes as a PDF to ``out`` (path or binary file); return the page count."""
    lang = norm_lang(doc.lang)
    st = make_styles()
    title = " ".join(clean(doc.title).split())
    when = date_short(doc.starts_at, lang)
    decor = PageDecor(
        lang=lang,
        running_title=f"{clean(doc.programme_name)} · {label('minutes', lang)}: {title} ({when})",
        footer_left=footer_text(lang, doc.generated_at, doc.prepared_by),
        watermark=label("draft_mark", lang) if doc.is_draft else "",
    )
    return build_pdf(
        out,
        build_story(doc, st),
        decor,
        title=f"{label('minutes', lang)}: {title}",
        author=doc.prepared_by,
        subject=clean(doc.programme_name),
    )
