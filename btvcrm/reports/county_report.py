"""Fylkesrapport: a county's report for a period, for the county's partners."""

from __future__ import annotations

import dataclasses

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from btvcrm.domain.enums import AnchoringStage
from btvcrm.reports.charts import contacts_bar_chart, stage_step_chart
from btvcrm.reports.labels import label
from btvcrm.reports.minutes import norm_lang
from btvcrm.reports.model import CountyReportDoc, FollowUpLine, InitiativeLine, StageChangeLine
from btvcrm.reports.pdfa import PdfMeta
from btvcrm.reports.styles import (
    CONTENT_WIDTH,
    DRAFT_RED_HEX,
    MAX_TITLE,
    MUTED_HEX,
    Out,
    PageDecor,
    Styles,
    build_pdf,
    clean,
    data_table,
    date_short,
    doffin_url,
    esc,
    footer_text,
    key_value_table,
    link,
    make_styles,
    nok,
    para,
    shorten,
    text_notes,
    time_of,
    title_block,
)


def _one_line(text: object) -> str:
    return " ".join(clean(text).split())


def _standard_label(text: str, lang: str) -> str:
    """A stage given as code or label in either language, as the label in ``lang``."""
    try:
        return AnchoringStage.parse(_one_line(text)).label(lang)
    except ValueError:
        return text


def _standard_labels(c: StageChangeLine, lang: str) -> StageChangeLine:
    return dataclasses.replace(
        c,
        from_label=_standard_label(c.from_label, lang),
        to_label=_standard_label(c.to_label, lang),
    )


def _period_text(doc: CountyReportDoc, lang: str) -> str:
    return f"{date_short(doc.period_start, lang)}–{date_short(doc.period_end, lang)}"


def follow_up_table(
    items: list[FollowUpLine], lang: str, st: Styles, *, date_column: str = "due"
) -> Table:
    """What / responsible / a date column (due, opened or done) / status."""

    def when(f: FollowUpLine) -> str:
        d = {"due": f.due, "opened_on": f.opened_on, "done_on": f.done_on}[date_column]
        return date_short(d, lang) if d else ""

    rows = [[f.text.strip(), f.responsible, when(f), f.status] for f in items]
    return data_table(
        [
            label("what", lang),
            label("responsible", lang),
            label(date_column, lang),
            label("status", lang),
        ],
        rows,
        [52, 22, 13, 13],
        st,
    )


def initiative_table(items: list[InitiativeLine], lang: str, st: Styles) -> Table:
    rows = []
    amounts = [nok(i.value_nok, lang, short=True) for i in items]
    for i, amount in zip(items, amounts, strict=True):
        url = doffin_url(i.doffin_id, i.doffin_url)
        shown = _one_line(i.doffin_id) or (url or "")
        rows.append(
            [
                Paragraph(f"<b>{esc(_one_line(i.title))}</b>", st.cell),
                i.owner,
                i.phase_label,
                amount,
                Paragraph(link(shown, url), st.cell),
            ]
        )
    # The value column is as wide as its widest amount (plus the cell padding), so
    # "12,3 mill. kr" never wraps; the other columns share the rest.
    head = label("value", lang)
    value_width = max(
        [stringWidth(a, st.cell_right.fontName, st.cell_right.fontSize) for a in amounts]
        + [stringWidth(head, st.cell_head.fontName, st.cell_head.fontSize)]
    ) + 10
    value_fraction = min(max(value_width / CONTENT_WIDTH * 100, 12), 30)
    rest = 100 - value_fraction
    return data_table(
        [label("title", lang), label("owner", lang), label("phase", lang), head, label("doffin", lang)],
        rows,
        [rest * 31 / 88, rest * 22 / 88, rest * 19 / 88, value_fraction, rest * 16 / 88],
        st,
        right_columns=(3,),
    )


def build_story(doc: CountyReportDoc, st: Styles | None = None) -> list[Flowable]:
    lang = norm_lang(doc.lang)
    st = st or make_styles()
    story: list[Flowable] = []
    county = _one_line(doc.county_name)
    story.append(
        title_block(
            doc.programme_name,
            doc.logo_path,
            [
                Paragraph(f"{esc(label('county_report', lang))} – {esc(shorten(county, MAX_TITLE))}", st.title),
                Paragraph(
                    f"{esc(label('period', lang))} {esc(_period_text(doc, lang))}"
                    + (
                        f" · {esc(label('case_number', lang))}&nbsp;{esc(shorten(doc.case_number, 100))}"
                        if _one_line(doc.case_number)
                        else ""
                    ),
                    st.subtitle,
                ),
            ],
            st,
        )
    )
    story.append(Spacer(1, 4 * mm))
    summary: list[tuple[str, Flowable | str]] = [
        (label("stage_now", lang), Paragraph(f"<b>{esc(_one_line(doc.stage_now))}</b>", st.body)),
        (label("meetings_held", lang), str(len(doc.meetings))),
        (label("follow_ups_opened", lang), str(len(doc.follow_ups_opened))),
        (
            label("follow_ups_done", lang),
            str(doc.follow_ups_done_total if doc.follow_ups_done_total is not None else len(doc.follow_ups_done)),
        ),
        (
            label("follow_ups_open_now", lang),
            str(doc.follow_ups_open_total if doc.follow_ups_open_total is not None else len(doc.follow_ups_open)),
        ),
        (label("initiatives", lang), str(len(doc.initiatives))),
    ]
    story.append(key_value_table(summary, st, label_width=55 * mm))

    # -- anchoring stage
    story.append(para(label("stage", lang), st.h2))
    history = doc.stage_history_full or doc.stage_changes
    ladder = [_one_line(r) for r in doc.stage_ladder if _one_line(r)]
    if not ladder:
        ladder = [s.label(lang) for s in AnchoringStage]
        history = [_standard_labels(c, lang) for c in history]
    chart = stage_step_chart(
        history, ladder, doc.period_start, doc.period_end, lang, CONTENT_WIDTH, 42 * mm
    )
    story.append(KeepTogether([para(label("stage_over_time", lang), st.h3), chart]))
    story.append(para(label("stage_changes", lang), st.h3))
    if doc.stage_changes:
        rows = []
        for c in sorted(doc.stage_changes, key=lambda c: c.on):
            note_parts = [esc(c.note.strip())] if clean(c.note).strip() else []
            if clean(c.meeting_title).strip():
                note_parts.append(
                    f'<font color="{MUTED_HEX}">{esc(label("meeting", lang))}: '
                    f"{esc(_one_line(c.meeting_title))}</font>"
                )
            rows.append(
                [
                    date_short(c.on, lang),
                    c.from_label,
                    Paragraph(f"<b>{esc(_one_line(c.to_label))}</b>", st.cell),
                    Paragraph("<br/>".join(note_parts), st.cell),
                ]
            )
        story.append(
            data_table(
                [
                    label("date", lang),
                    label("from_stage", lang),
                    label("to_stage", lang),
                    label("note", lang),
                ],
                rows,
                [14, 20, 20, 46],
                st,
            )
        )
    else:
        story.append(para(label("no_stage_changes", lang), st.muted))

    # -- meetings
    story.append(para(label("meetings_held", lang), st.h2))
    bars = contacts_bar_chart(doc.contacts_per_month, lang, CONTENT_WIDTH, 45 * mm)
    story.append(KeepTogether([para(label("contacts_per_month", lang), st.h3), bars]))
    story.append(Spacer(1, 3 * mm))
    if doc.meetings:
        rows = []
        for m in sorted(doc.meetings, key=lambda m: m.starts_at):
            when = f"{date_short(m.starts_at, lang)}<br/>" + (
                f'<font color="{MUTED_HEX}">{esc(time_of(m.starts_at, lang))}</font>'
            )
            title = f"<b>{esc(_one_line(m.title))}</b>"
            if clean(m.kind_label).strip():
                title += f'<br/><font color="{MUTED_HEX}">{esc(_one_line(m.kind_label))}</font>'
            draft = (
                f' <font color="{DRAFT_RED_HEX}">{esc(label("draft_decision", lang))}</font>'
                if m.is_draft
                else ""
            )
            decisions = [
                Paragraph(esc(x.strip()) + draft, st.cell_bullet, bulletText="•")
                for x in m.decisions
                if clean(x).strip()
            ]
            rows.append(
                [
                    Paragraph(when, st.cell),
                    Paragraph(title, st.cell),
                    m.organisations,
                    decisions,
                ]
            )
        story.append(
            data_table(
                [
                    label("date", lang),
                    label("title", lang),
                    label("organisations", lang),
                    label("decisions", lang),
                ],
                rows,
                [13, 27, 22, 38],
                st,
            )
        )
        if any(m.is_draft and m.decisions for m in doc.meetings):
            story.append(para(label("drafts_marked", lang), st.muted))
    else:
        story.append(para(label("no_meetings", lang), st.muted))
    if doc.drafts_left_out:
        story.append(para(label("drafts_left_out", lang, n=doc.drafts_left_out), st.muted))
    if doc.exempt_left_out:
        story.append(para(label("exempt_left_out", lang, n=doc.exempt_left_out), st.muted))

    # -- follow-ups
    story.append(para(label("follow_ups", lang), st.h2))
    # Three lists that never repeat an item: opened in the period (any status), done in the
    # period but opened before, and open from before with a due date in the period.
    for key, items, column in (
        ("follow_ups_opened_in_period", doc.follow_ups_opened, "due"),
        ("follow_ups_done_in_period", doc.follow_ups_done, "done_on"),
        ("follow_ups_open_due_in_period", doc.follow_ups_open, "due"),
    ):
        story.append(para(f"{label(key, lang)} ({len(items)})", st.h3))
        if items:
            story.append(follow_up_table(items, lang, st, date_column=column))
        else:
            story.append(para(label("none", lang), st.muted))
    if doc.follow_ups_open_not_listed:
        story.append(para(label("follow_ups_not_listed", lang, n=doc.follow_ups_open_not_listed), st.muted))

    # -- initiatives
    story.append(para(label("initiatives", lang), st.h2))
    if doc.initiatives:
        story.append(initiative_table(doc.initiatives, lang, st))
    else:
        story.append(para(label("no_initiatives", lang), st.muted))

    # -- lessons, also those learned in the other counties
    story.append(para(label("lessons", lang), st.h2))
    if doc.lessons:
        lesson_paragraphs: list[Flowable] = []
        for lesson in doc.lessons:
            meta = []
            where = _one_line(lesson.learned_in_county)
            if where:
                meta.append(label("learned_in", lang, county=where))
            if lesson.learned_on:
                meta.append(date_short(lesson.learned_on, lang))
            inits = [_one_line(x) for x in lesson.initiatives if _one_line(x)]
            if inits:
                meta.append(", ".join(inits))
            # The title in bold on its own line, then the text: "Tittel: Tekst" gave "tid: Leverandørene"
            # with a double colon when the title ended in one.
            title = _one_line(lesson.title).rstrip(":").rstrip()
            text = esc(lesson.text.strip())
            if title:
                text = f"<b>{esc(title)}</b>" + (f"<br/>{text}" if text else "")
            if meta:
                text += f'<br/><font color="{MUTED_HEX}" size="8">{esc(" · ".join(meta))}</font>'
            lesson_paragraphs.append(Paragraph(text, st.bullet, bulletText="•"))
        # Keep the last two together: a last page never holds a single short lesson.
        story.extend(lesson_paragraphs[:-2])
        story.append(KeepTogether(lesson_paragraphs[-2:]))
    else:
        story.append(para(label("no_lessons", lang), st.muted))
    return story


def county_report_meta(doc: CountyReportDoc) -> PdfMeta:
    lang = norm_lang(doc.lang)
    county = _one_line(doc.county_name)
    keywords = [county, *doc.keywords]
    if _one_line(doc.case_number):
        keywords.append(f"{label('case_number', lang)} {_one_line(doc.case_number)}")
    return PdfMeta(
        title=f"{label('county_report', lang)} {county} {_period_text(doc, lang)}",
        subject=label("county_report", lang),
        author=clean(doc.author),
        keywords=keywords,
        lang=lang,
        created=doc.generated_at,
    )


def render_county_report(
    doc: CountyReportDoc, out: Out, *, force: bool = False, notes: list[str] | None = None
) -> int:
    """Write the county report as a PDF/A to ``out`` (path or binary file); return the page count."""
    lang = norm_lang(doc.lang)
    with text_notes(notes):
        st = make_styles()
        county = _one_line(doc.county_name)
        period = _period_text(doc, lang)
        decor = PageDecor(
            lang=lang,
            running_title=f"{_one_line(doc.programme_name)} · {label('county_report', lang)} "
            f"{county} · {period}",
            footer_left=footer_text(lang, doc.generated_at, doc.prepared_by),
        )
        return build_pdf(out, build_story(doc, st), decor, meta=county_report_meta(doc), force=force)
