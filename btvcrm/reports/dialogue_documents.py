"""The market dialogue's PDFs: the public summary, the participant list (for the
door, with tick boxes) and the one-to-one schedule. A4, the house style of
`reports/styles.py`; pure renderers over `reports/dialogue_model.py`."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from btvcrm.domain.clock import OSLO
from btvcrm.reports.dialogue_model import (
    DocHead,
    EventLine,
    ParticipantListDoc,
    PublicSummaryDoc,
    ScheduleDoc,
    dlabel,
    one_to_one_text,
    registered_count,
)
from btvcrm.reports.labels import label
from btvcrm.reports.minutes import norm_lang, text_blocks
from btvcrm.reports.pdfa import PdfMeta
from btvcrm.reports.styles import (
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
    key_value_table,
    link,
    make_styles,
    markup,
    para,
    safe_url,
    time_of,
    title_block,
)


def _one_line(text: object) -> str:
    return " ".join(clean(text).split())


def _head_block(head: DocHead, kind_title: str, st: Styles, subtitle: str = "") -> list[Flowable]:
    lang = norm_lang(head.lang)
    lines: list[Flowable] = [para(kind_title, st.title), para(head.title, st.subtitle)]
    if subtitle:
        lines.append(para(subtitle, st.muted))
    story: list[Flowable] = [title_block(head.programme_name, head.logo_path, lines, st), Spacer(1, 4 * mm)]
    pairs: list[tuple[str, Flowable | str]] = []
    if _one_line(head.initiative_title):
        pairs.append((dlabel("initiative", lang), head.initiative_title))
    if _one_line(head.buyer):
        pairs.append((dlabel("buyer", lang), head.buyer))
    if _one_line(head.doffin_id):
        url = safe_url(head.doffin_url)
        pairs.append((dlabel("doffin_notice", lang),
                      markup(f"Doffin {link(head.doffin_id, url)}"
                             + (f' <font color="{MUTED_HEX}">({esc(url)})</font>' if url else ""), st.body)))
    if pairs:
        story.append(key_value_table(pairs, st))
    return story


def _event_when(event: EventLine, lang: str) -> str:
    text = f"{date_long(event.starts_at, lang)} {time_of(event.starts_at, lang)}"
    if event.duration_minutes:
        end = event.starts_at + dt.timedelta(minutes=event.duration_minutes)
        end_text = time_of(end, lang)
        text += "–" + (end_text[4:] if end_text.startswith("kl. ") else end_text)
    return text


def _programme(events: list[EventLine], lang: str, st: Styles) -> list[Flowable]:
    story: list[Flowable] = []
    for event in events:
        where = ", ".join(x for x in (_one_line(event.place),) if x)
        title = f"{event.kind_label}: {_one_line(event.title)}" if _one_line(event.title) else event.kind_label
        story.append(para(title, st.h3))
        facts = _event_when(event, lang) + (f" · {where}" if where else "")
        story.append(para(facts, st.body))
        url = safe_url(event.video_link)
        if url:
            story.append(markup(f"{esc(dlabel('video', lang))}: {link(url, url)}", st.body))
        rows = [[item.at_time.strftime("%H.%M") if item.at_time else "", item.title, item.presenter]
                for item in event.programme]
        if rows:
            story.append(data_table([label("time", lang), label("title", lang), ""], rows, [12, 58, 30], st))
    return story


def render_public_summary(doc: PublicSummaryDoc, out: Out) -> int:
    lang = norm_lang(doc.head.lang)
    st = make_styles()
    story = _head_block(doc.head, dlabel("summary_title", lang), st)
    if doc.events:
        story.append(para(dlabel("programme", lang), st.h2))
        story += _programme(doc.events, lang, st)
    story.append(para(doc.organisations_heading, st.h2))
    if doc.organisations:
        for org in doc.organisations:
            line = f"<b>{esc(_one_line(org.name))}</b>"
            if org.people:
                line += " – " + ", ".join(esc(_one_line(p)) for p in org.people)
            story.append(Paragraph(line, st.bullet, bulletText="•"))
    else:
        story.append(para(label("none", lang), st.body))
    story.append(para(dlabel("one_to_ones", lang), st.h2))
    if doc.one_to_one_count:
        story.append(para(one_to_one_text(lang, doc.one_to_one_count, doc.one_to_one_minutes, doc.one_to_one_how),
                          st.body))
    else:
        story.append(para(dlabel("one_to_one_none", lang), st.body))
    heading = para(dlabel("questions", lang), st.h2)
    if not doc.questions:
        story += [heading, para(dlabel("no_questions", lang), st.body)]
    for number, qa in enumerate(doc.questions, start=1):
        block: list[Flowable] = [heading] if number == 1 else []  # the heading never ends a page alone
        block += [
            markup(f"{number}.&nbsp;&nbsp;{esc(_one_line(qa.question))}", st.item_title),
            *text_blocks(qa.answer, st, "item_body"),
        ]
        meta = qa.asked
        if qa.shared_on:
            meta += " · " + dlabel("shared_on", lang, date_short(qa.shared_on, lang), qa.shared_how)
        block.append(Paragraph(f'<font color="{MUTED_HEX}">{esc(meta)}</font>', st.item_body))
        story.append(KeepTogether(block))
    if doc.public_input:
        story.append(para(dlabel("public_input", lang), st.h2))
        for organisation, text in doc.public_input:
            story.append(para(organisation, st.h3))
            story += text_blocks(text, st)
    story.append(Spacer(1, 4 * mm))
    closing = dlabel("confidential_note", lang, doc.exemption)
    if doc.all_answers_shared:
        closing += " " + dlabel("all_shared_note", lang)
    story.append(para(closing, st.muted))
    return _build(out, story, doc.head, dlabel("summary_title", lang), "public")


def pdf_meta(head: DocHead, kind_title: str, kind: str) -> PdfMeta:
    """The archive's metadata (reports/pdfa.finish): the title, the user's name as author,
    the kind of document as subject, and the initiative, buyer and Doffin id as keywords."""
    return PdfMeta(title=f"{clean(kind_title)}: {_one_line(head.title)}", subject=dlabel(f"subject_{kind}", head.lang),
                   author=clean(head.author), keywords=tuple(head.keywords), lang=norm_lang(head.lang))


def _build(out: Out, story: list[Flowable], head: DocHead, kind_title: str, kind: str) -> int:
    lang = norm_lang(head.lang)
    decor = PageDecor(
        lang=lang,
        running_title=f"{clean(head.programme_name)} · {kind_title}: {_one_line(head.title)}",
        footer_left=footer_text(lang, head.generated_at, head.prepared_by),
    )
    return build_pdf(out, story, decor, meta=pdf_meta(head, kind_title, kind))


def render_participant_list(doc: ParticipantListDoc, out: Out) -> int:
    lang = norm_lang(doc.head.lang)
    st = make_styles()
    people = sum(1 for r in doc.rows if r.person)
    subtitle = " · ".join(registered_count(lang, doc.organisations, people))
    if doc.event is not None:
        subtitle = f"{_event_when(doc.event, lang)} · {subtitle}"
    story = _head_block(doc.head, dlabel("participants_title", lang), st, subtitle)
    story.append(Spacer(1, 3 * mm))
    rows = []
    for r in doc.rows:
        person = r.person + (f" ({dlabel('not_attending', lang)})" if not r.attending else "")
        rows.append(["☑" if r.checked_in else "☐", r.organisation, person, r.role, r.email, r.one_to_one])
    headers = [dlabel("checked_in", lang), dlabel("organisation", lang), dlabel("person", lang),
               dlabel("role", lang), dlabel("email", lang), dlabel("one_to_one", lang)]
    story.append(data_table(headers, rows, [6, 23, 18, 14, 26, 13], st))
    return _build(out, story, doc.head, dlabel("participants_title", lang), "participants")


def render_schedule(doc: ScheduleDoc, out: Out) -> int:
    lang = norm_lang(doc.head.lang)
    st = make_styles()
    subtitle = date_long(doc.day, lang) if doc.day else ""
    story = _head_block(doc.head, dlabel("schedule_title", lang), st, subtitle)
    if doc.facts:
        story.append(Spacer(1, 2 * mm))
        story.append(para(doc.facts, st.body))
    rows = []
    for r in doc.rows:
        when, end = f"{r.starts_at.astimezone(OSLO):%H.%M}", f"{r.ends_at.astimezone(OSLO):%H.%M}"
        organisation: Flowable | str = r.organisation
        if r.cancelled:
            organisation = markup(f"<strike>{esc(_one_line(r.organisation))}</strike>", st.cell)
        rows.append([f"{when}–{end}", str(r.room), organisation, r.people, r.note])
    headers = [dlabel("time", lang), dlabel("room", lang), dlabel("organisation", lang), dlabel("people", lang), ""]
    story.append(Spacer(1, 2 * mm))
    story.append(data_table(headers, rows, [14, 7, 30, 35, 14], st))
    return _build(out, story, doc.head, dlabel("schedule_title", lang), "schedule")
