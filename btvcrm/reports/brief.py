"""Møteforberedelse: a one-page brief before meeting an organisation.

The brief must stay on one page, so long lists are cut ("… og 3 til") and
summaries shortened; if the page still overflows, the limits are tightened
and the page laid out again.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from btvcrm.reports.county_report import follow_up_table, initiative_table
from btvcrm.reports.labels import label
from btvcrm.reports.minutes import norm_lang
from btvcrm.reports.model import BriefDoc
from btvcrm.reports.pdfa import PdfMeta, finish
from btvcrm.reports.styles import (
    MUTED_HEX,
    Out,
    PageDecor,
    Styles,
    clean,
    data_table,
    date_short,
    esc,
    footer_text,
    key_value_table,
    layout_pdf,
    make_styles,
    para,
    shorten,
    text_notes,
    time_of,
    title_block,
    write_pdf,
)

MAX_CONTACTS = 5


@dataclass(frozen=True)
class _Limits:
    people: int
    contacts: int
    follow_ups: int
    initiatives: int
    summary_chars: int
    text_chars: int


# From generous to tight; the first that fits on one page wins.
_LIMITS = [
    _Limits(12, MAX_CONTACTS, 10, 6, 400, 300),
    _Limits(8, MAX_CONTACTS, 6, 4, 220, 160),
    _Limits(5, 4, 4, 3, 120, 100),
    _Limits(3, 3, 3, 2, 60, 60),
    _Limits(2, 2, 2, 1, 30, 30),
]


def _one_line(text: object) -> str:
    return " ".join(clean(text).split())


def _more(n: int, lang: str, st: Styles) -> list[Flowable]:
    return [para(label("more", lang, n=n), st.muted)] if n > 0 else []


def build_story(doc: BriefDoc, st: Styles, lim: _Limits) -> list[Flowable]:
    lang = norm_lang(doc.lang)
    story: list[Flowable] = []
    sub = esc(label("brief", lang))
    if _one_line(doc.kind_label):
        sub += f" · {esc(_one_line(doc.kind_label))}"
    if _one_line(doc.case_number):
        sub += f" · {esc(label('case_number', lang))}&nbsp;{esc(shorten(doc.case_number, 80))}"
    sub += f" · <b>{esc(label('internal', lang))}</b>"
    story.append(
        title_block(
            doc.programme_name,
            doc.logo_path,
            [
                para(shorten(doc.organisation_name, 120), st.title),
                Paragraph(sub, st.subtitle),
                para(label("internal_note", lang), st.draft_note),
            ],
            st,
        )
    )
    story.append(Spacer(1, 3 * mm))
    facts: list[tuple[str, Flowable | str]] = []
    if _one_line(doc.orgnr):
        facts.append((label("orgnr", lang), _one_line(doc.orgnr)))
    counties = [_one_line(c) for c in doc.counties if _one_line(c)]
    if counties:
        facts.append((label("counties", lang), shorten(", ".join(counties), lim.text_chars)))
    if _one_line(doc.stage_label):
        stage = f"<b>{esc(_one_line(doc.stage_label))}</b>"
        if _one_line(doc.stage_note):
            stage += f' <font color="{MUTED_HEX}">({esc(shorten(doc.stage_note, lim.text_chars))})</font>'
        facts.append((label("stage", lang), Paragraph(stage, st.body)))
    a = doc.assessment
    if a is not None and (_one_line(a.influence) or _one_line(a.interest)):
        parts = []
        if _one_line(a.influence):
            parts.append(f"{label('influence', lang)}: {_one_line(a.influence)}")
        if _one_line(a.interest):
            parts.append(f"{label('interest', lang)}: {_one_line(a.interest)}")
        facts.append((label("assessment", lang), shorten(" · ".join(parts), lim.text_chars)))
    if facts:
        story.append(key_value_table(facts, st, label_width=36 * mm))

    if doc.people:
        story.append(para(label("people", lang), st.h2))
        shown = doc.people[: lim.people]
        rows = [
            [
                Paragraph(f"<b>{esc(shorten(p.name, 80))}</b>", st.cell),
                shorten(p.title, 80),
                shorten(p.email, 80),
                shorten(p.phone, 40),
            ]
            for p in shown
        ]
        story.append(
            data_table(
                [
                    label("name", lang),
                    label("role", lang),
                    label("email", lang),
                    label("phone", lang),
                ],
                rows,
                [27, 27, 30, 16],
                st,
            )
        )
        story += _more(len(doc.people) - len(shown), lang, st)

    if doc.last_contacts:
        story.append(para(label("last_contacts", lang), st.h2))
        shown_c = doc.last_contacts[: min(lim.contacts, MAX_CONTACTS)]
        rows_c = []
        for c in shown_c:
            when = f"{date_short(c.at, lang)}<br/>" + (
                f'<font color="{MUTED_HEX}">{esc(time_of(c.at, lang))}</font>'
            )
            title = f"<b>{esc(shorten(c.title, 120))}</b>"
            if _one_line(c.kind_label):
                title += f' <font color="{MUTED_HEX}">({esc(_one_line(c.kind_label))})</font>'
            if clean(c.summary).strip():
                title += f"<br/>{esc(shorten(c.summary, lim.summary_chars))}"
            rows_c.append([Paragraph(when, st.cell), Paragraph(title, st.cell)])
        story.append(
            data_table([label("date", lang), label("summary", lang)], rows_c, [14, 86], st)
        )

    if doc.open_follow_ups:
        story.append(para(label("open_follow_ups", lang), st.h2))
        shown_f = doc.open_follow_ups[: lim.follow_ups]
        short_f = [
            type(f)(
                text=shorten(f.text, lim.text_chars),
                responsible=shorten(f.responsible, 60),
                due=f.due,
                status=shorten(f.status, 30),
            )
            for f in shown_f
        ]
        story.append(follow_up_table(short_f, lang, st))
        story += _more(len(doc.open_follow_ups) - len(shown_f), lang, st)

    if doc.initiatives:
        story.append(para(label("initiatives", lang), st.h2))
        shown_i = doc.initiatives[: lim.initiatives]
        short_i = [
            type(i)(
                title=shorten(i.title, lim.text_chars),
                owner=shorten(i.owner, 80),
                phase_label=shorten(i.phase_label, 40),
                doffin_id=shorten(i.doffin_id, 40),
                doffin_url=i.doffin_url,
                value_nok=i.value_nok,
            )
            for i in shown_i
        ]
        story.append(initiative_table(short_i, lang, st))
        story += _more(len(doc.initiatives) - len(shown_i), lang, st)
    return story


def brief_meta(doc: BriefDoc) -> PdfMeta:
    lang = norm_lang(doc.lang)
    name = _one_line(doc.organisation_name)
    keywords = [name, *doc.keywords, label("internal", lang)]
    if _one_line(doc.case_number):
        keywords.append(f"{label('case_number', lang)} {_one_line(doc.case_number)}")
    return PdfMeta(
        title=f"{label('brief', lang)}: {shorten(name, 120)} ({label('internal', lang).lower()})",
        subject=label("brief", lang),
        author=clean(doc.author),
        keywords=keywords,
        lang=lang,
        created=doc.generated_at,
    )


def render_brief(doc: BriefDoc, out: Out, *, force: bool = False, notes: list[str] | None = None) -> int:
    """Write the one-page brief as a PDF/A to ``out`` (path or binary file); return 1.

    The brief is internal: it says so on every page and in its metadata.
    """
    lang = norm_lang(doc.lang)
    with text_notes(notes):
        st = make_styles(base_size=9.5)
        name = _one_line(doc.organisation_name)
        decor = PageDecor(
            lang=lang,
            running_title=f"{_one_line(doc.programme_name)} · {label('brief', lang)}: {name}",
            footer_left=footer_text(lang, doc.generated_at, doc.prepared_by),
            marker=label("internal_mark", lang),
        )
        meta = brief_meta(doc)
        data, pages = b"", 0
        for lim in _LIMITS:  # from generous to tight; the first that fits on one page wins
            data, pages = layout_pdf(build_story(doc, st, lim), decor, title=meta.title)
            if pages == 1:
                break
        write_pdf(out, finish(data, meta), force=force)
        return pages
