"""What the documents say, read back from the PDFs (issue 14, "What the documents say")."""

from __future__ import annotations

import dataclasses
import datetime as dt
from io import BytesIO

import pytest
from reports_helpers import flat, page_texts, pdf_text

from btvcrm import settings as user_settings
from btvcrm.domain import clock
from btvcrm.domain.models import FollowUp, Lesson, Meeting
from btvcrm.reports import (
    DecisionLine,
    InitiativeLine,
    LessonLine,
    ParticipantLine,
    builders,
    render_brief,
    render_county_report,
    render_minutes,
)
from btvcrm.reports.minutes import build_story as minutes_story
from btvcrm.reports.samples import sample_county_report, sample_minutes
from btvcrm.reports.styles import REPLACEMENT, render_to_bytes
from btvcrm.services import documents
from btvcrm.storage.crm import Crm

PREFS = user_settings.Settings(user_name="Cecilie Møller Endresen", user_title="prosjektleder")
NOBODY = user_settings.Settings(user_name="", user_title="")
NOW = dt.datetime(2016, 6, 20, 16, 0, tzinfo=clock.OSLO)


def _meeting_id(crm: Crm, title: str) -> int:
    return crm.search.search(title, kinds=["meeting"])[0].id


def _render(render, doc) -> str:  # type: ignore[no-untyped-def]
    return flat(pdf_text(render_to_bytes(render, doc)))


# --- "Ansvarlig: meg" ---------------------------------------------------------------


def test_minutes_name_the_user_instead_of_meg(demo_crm: Crm) -> None:
    clock.freeze(NOW)
    meeting = _meeting_id(demo_crm, "Dialogkonferanse Telemark")
    text = _render(render_minutes, builders.build_minutes_doc(demo_crm, meeting, settings=PREFS))
    assert "Skrive referat fra dialogkonferansen Cecilie Møller Endresen 17.06.2016" in text
    assert " meg " not in f" {text} "
    nobody = _render(render_minutes, builders.build_minutes_doc(demo_crm, meeting, settings=NOBODY))
    assert "Skrive referat fra dialogkonferansen ikke satt 17.06.2016" in nobody
    title_only = user_settings.Settings(user_name="", user_title="Prosjektleder")
    text = _render(render_minutes, builders.build_minutes_doc(demo_crm, meeting, settings=title_only))
    assert "Skrive referat fra dialogkonferansen Prosjektleder 17.06.2016" in text


def test_county_report_names_the_user_instead_of_meg(demo_crm: Crm) -> None:
    clock.freeze(NOW)
    telemark = demo_crm.counties.by_name("Telemark").id
    assert telemark is not None
    doc = builders.build_county_report_doc(demo_crm, telemark, dt.date(2016, 3, 1), dt.date(2016, 6, 30),
                                           settings=PREFS)
    responsible = {f.responsible for f in doc.follow_ups_opened + doc.follow_ups_done + doc.follow_ups_open}
    assert "meg" not in responsible and "Cecilie Møller Endresen" in responsible


# --- drafts in the county report ----------------------------------------------------------


def test_county_report_marks_or_leaves_out_draft_decisions(demo_crm: Crm) -> None:
    clock.freeze(NOW)
    telemark = demo_crm.counties.by_name("Telemark").id
    assert telemark is not None
    period = (dt.date(2016, 3, 1), dt.date(2016, 6, 30))
    marked = _render(render_county_report,
                     builders.build_county_report_doc(demo_crm, telemark, *period, settings=PREFS))
    assert "Kunngjøring utsettes til 1. september for å ta inn leverandørenes innspill. (utkast)" in marked
    assert "Prosjektet bistår med planlegging av dialogkonferansen. (utkast)" not in marked  # approved minutes
    assert "Vedtak merket «(utkast)» er fra referater som ennå ikke er godkjent." in marked
    omitted = _render(render_county_report, builders.build_county_report_doc(
        demo_crm, telemark, *period, settings=PREFS, drafts=builders.DRAFTS_OMIT))
    assert "Kunngjøring utsettes" not in omitted
    assert "Prosjektet bistår med planlegging av dialogkonferansen." in omitted
    assert "Vedtak fra 1 møte med referat i utkast er ikke tatt med." in omitted


def test_county_report_lists_each_follow_up_once_and_counts_the_rest(mem_crm: Crm) -> None:
    clock.freeze(dt.datetime(2016, 1, 10, 9, tzinfo=clock.OSLO))
    county = mem_crm.counties.by_name("Vestfold").id
    old_open = [mem_crm.follow_ups.save(FollowUp(f"Gammel sak {i}", due_date=dt.date(2016, 9, 1), county_id=county))
                for i in range(30)]
    due_in_period = mem_crm.follow_ups.save(FollowUp("Frist i perioden", due_date=dt.date(2016, 5, 2),
                                                     county_id=county))
    done_later = mem_crm.follow_ups.save(FollowUp("Utført senere", due_date=dt.date(2016, 4, 1), county_id=county))
    clock.freeze(dt.datetime(2016, 4, 15, 9, tzinfo=clock.OSLO))
    new = mem_crm.follow_ups.save(FollowUp("Ny og åpen", due_date=dt.date(2016, 5, 20), county_id=county))
    mem_crm.follow_ups.set_status(done_later, "done") if hasattr(mem_crm.follow_ups, "set_status") else None
    item = mem_crm.follow_ups.get(done_later)
    item.status, item.status_changed_on = item.status.DONE, dt.date(2016, 4, 15)
    mem_crm.follow_ups.save(item)
    assert county is not None
    doc = builders.build_county_report_doc(mem_crm, county, dt.date(2016, 4, 1), dt.date(2016, 6, 30), settings=PREFS)
    assert [f.text for f in doc.follow_ups_opened] == ["Ny og åpen"]
    assert [f.text for f in doc.follow_ups_done] == ["Utført senere"]
    assert [f.text for f in doc.follow_ups_open] == ["Frist i perioden"]
    assert doc.follow_ups_open_total == len(old_open) + 2
    assert doc.follow_ups_open_not_listed == len(old_open)
    text = _render(render_county_report, doc)
    assert "I tillegg er 30 åpne oppfølgingspunkter fra før ikke listet" in text
    assert text.count("Ny og åpen") == 1
    assert new and due_in_period


# --- amounts ----------------------------------------------------------------------------


def test_amounts_never_wrap(demo_crm: Crm) -> None:
    doc = dataclasses.replace(sample_county_report(), initiatives=[
        InitiativeLine("Et prosjekt med en lang tittel som tar plass", "Eier med et langt navn AS", "markedsdialog",
                       "2016-123456", "", 12_300_000),
        InitiativeLine("Sykehus", "Vestre Viken HF", "behovsavklaring", "", "", 8_000_000_000),
    ])
    pages = page_texts(render_to_bytes(render_county_report, doc))
    lines = [line.replace("\u00a0", " ") for page in pages for line in page.splitlines()]
    assert any("12,3 mill. kr" in line for line in lines)
    assert any("8 mrd. kr" in line for line in lines)
    assert not any(line.rstrip().endswith(("12,3 mill. k", "12,3 mill.", "12,3")) for line in lines)


# --- the draft watermark --------------------------------------------------------------------


def test_watermark_is_not_text() -> None:
    draft = page_texts(render_to_bytes(render_minutes, sample_minutes(is_draft=True)))
    approved = page_texts(render_to_bytes(render_minutes, sample_minutes(is_draft=False)))
    for page in draft:
        assert flat(page).count("UTKAST") == 1  # the header word at the top of every page
    from collections import Counter

    extra = Counter(flat(" ".join(draft)).split()) - Counter(flat(" ".join(approved)).split())
    # only the header word and the draft note (the running title is cut shorter beside the
    # header word); no stray "T", "AS", "TK" from the watermark
    assert set(extra) <= {"UTKAST", "Utkast", "–", "ikke", "godkjent", "…"}, extra


# --- characters the font cannot draw ------------------------------------------------------------


def test_missing_characters_become_a_visible_replacement_with_a_note() -> None:
    notes: list[str] = []
    doc = dataclasses.replace(sample_minutes(), title="Tommel \U0001f44d\U0001f3fd flagg \U0001f1f3\U0001f1f4 中文 😀",
                              notes="Zero\u200bwidth and \u202eRLO")
    buffer = BytesIO()
    render_minutes(doc, buffer, notes=notes)
    text = pdf_text(buffer.getvalue())
    assert "\x00" not in text
    assert f"Tommel {REPLACEMENT} flagg {REPLACEMENT} {REPLACEMENT} 😀" in flat(text)
    assert "Zerowidth and RLO" in flat(text)
    assert len(notes) == 1 and "3 tegn finnes ikke" in notes[0] and "中文" in notes[0]


def test_right_to_left_text_is_noted() -> None:
    notes: list[str] = []
    render_minutes(dataclasses.replace(sample_minutes(), notes="שלום and مرحبا"), BytesIO(), notes=notes)
    assert any("Arabisk eller hebraisk" in n for n in notes)


def test_hostile_and_huge_inputs_never_stop_a_document() -> None:
    huge = "Lang " * 2100  # 10 500 characters, what the JSON import used to accept
    doc = dataclasses.replace(
        sample_minutes(), title=huge, place=huge[:1000], chair=huge[:1000], minutes_number=huge[:1000],
        case_number=huge[:1000], decisions=[huge, "x" * 12_000],
        participants=[ParticipantLine(huge[:500], huge[:500], huge[:500])] * 3,
    )
    assert render_minutes(doc, BytesIO()) >= 1
    county = dataclasses.replace(sample_county_report(), county_name=huge[:500], case_number=huge[:1000])
    assert render_county_report(county, BytesIO()) >= 1


# --- numbered decisions ------------------------------------------------------------------------


def _text_starts(data: bytes) -> list[tuple[str, float]]:
    """(first word, x where the text of the line starts) per line, from poppler's pdftotext."""
    import re
    import shutil
    import subprocess
    import tempfile
    from pathlib import Path

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        path.write_bytes(data)
        html = subprocess.run(["pdftotext", "-bbox-layout", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
    found = []
    for line in re.findall(r"<line[^>]*>(.*?)</line>", html, re.S):
        words = re.findall(r'<word xMin="([0-9.]+)"[^>]*>([^<]*)</word>', line)
        if not words:
            continue
        if re.fullmatch(r"\d+\.", words[0][1]):  # the number, then the text (or the number alone)
            if len(words) > 1:
                found.append((words[1][1], float(words[1][0])))
        else:
            found.append((words[0][1], float(words[0][0])))
    return found


@pytest.mark.parametrize("count", [3, 12, 120])
def test_decisions_hang_under_the_widest_number(count: int) -> None:
    long = "Dette vedtaket er så langt at det må brytes over flere linjer i referatet, " * 2
    doc = dataclasses.replace(sample_minutes(), agenda=[], follow_ups=[], notes="", copy_to=[], absent=[],
                              decisions=[DecisionLine(f"V{i} {long}") for i in range(1, count + 1)])
    starts = _text_starts(render_to_bytes(render_minutes, doc))
    first = next(i for i, (word, _) in enumerate(starts) if word == "Vedtak")
    body = [(word, x) for word, x in starts[first + 1:] if word not in ("Generert", "Leverandørutviklingsprosjektet", "Side")]
    first_lines = {round(x) for word, x in body if word.startswith("V") and word[1:].isdigit()}
    wrapped = {round(x) for word, x in body if not (word.startswith("V") and word[1:].isdigit())}
    assert len(first_lines) == 1, first_lines  # "1." and "120." push nothing to the right
    assert wrapped == first_lines, (wrapped, first_lines)  # wrapped lines start under the first line's text


# --- people, lessons, layout ----------------------------------------------------------------------


def test_participants_are_one_row_each() -> None:
    people = [ParticipantLine(f"Person {i}", "Virksomhet AS", "rådgiver") for i in range(300)]
    story = minutes_story(dataclasses.replace(sample_minutes(), participants=people, absent=[]))
    tables = [f for f in story if f.__class__.__name__ == "Table" and len(getattr(f, "_cellvalues", [])) >= 300]
    assert tables and len(tables[0]._cellvalues) >= 300
    data = render_to_bytes(render_minutes, dataclasses.replace(sample_minutes(), participants=people))
    assert "Person 299" in pdf_text(data)


def test_lessons_have_no_double_colon_and_the_last_is_not_alone() -> None:
    lessons = [LessonLine("Leverandørene trenger minst fire uker.", "Telemark", [], dt.date(2016, 6, 14),
                          title="Dialogkonferanse: gi leverandørene tid:")]
    text = _render(render_county_report, dataclasses.replace(sample_county_report(), lessons=lessons))
    assert "gi leverandørene tid Leverandørene trenger" in text and "::" not in text and "tid: Lev" not in text


def test_brief_is_internal_and_its_stage_follows_the_meetings(demo_crm: Crm) -> None:
    clock.freeze(NOW)
    org = demo_crm.organisations.find_by_name("Grenland Digital AS")
    assert org is not None and org.id is not None
    assert demo_crm.anchoring.history(organisation_id=org.id) == []
    doc = builders.build_brief_doc(demo_crm, org.id, settings=PREFS)
    assert doc.stage_label == "første kontakt" and "ut fra" in doc.stage_note
    data = render_to_bytes(render_brief, doc)
    for page in page_texts(data):
        assert "INTERNT" in page
    assert "Internt" in flat(pdf_text(data))
    draft = documents.brief_email(demo_crm, org.id, settings=PREFS)
    people_there = {row["email"] for row in demo_crm.people.at_organisation(org.id) if row["email"]}
    assert not people_there & {email for _, email in draft.recipients}
    assert "internt" in draft.subject


def test_innsyn_is_formatted_like_the_other_documents(demo_documents: dict[str, bytes]) -> None:
    text = flat(pdf_text(demo_documents["innsyn-hilde-moen.pdf"]))
    for expected in ("Leverandørutviklingsprosjektet BTV", "Innsyn: Hilde Moen", "+47 912 34 509",
                     "berettiget interesse", "24.05.2016 kl. 12.00", "ett privat notat i møter",
                     "Generert 20.06.2016 kl. 16.00"):
        assert expected in text, expected
    for raw in ("legitimate_interest", "2016-05-24T", "+4791234509", "present"):
        assert raw not in text, raw


def test_every_pdf_goes_through_safe_output(demo_crm: Crm, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from btvcrm.domain.errors import UserError

    clock.freeze(NOW)
    other = tmp_path / "annen.sqlite"
    Crm.open(other).close()
    meeting = _meeting_id(demo_crm, "Oppstartsmøte")
    request = documents.DocumentRequest("meeting", meeting, other)
    with pytest.raises(UserError, match="btvcrm-datafil"):
        documents.write_document(demo_crm, request, settings=PREFS)
    written = documents.write_document(demo_crm, dataclasses.replace(request, force=True), settings=PREFS)
    assert written.path.read_bytes().startswith(b"%PDF") and (written.path.stat().st_mode & 0o777) == 0o600


def test_meeting_and_lesson_builders_read_what_was_saved(mem_crm: Crm) -> None:
    clock.freeze(NOW)
    county = mem_crm.counties.by_name("Buskerud").id
    assert county is not None
    mem_crm.meetings.save(Meeting("Møte", NOW - dt.timedelta(days=3), county_ids=[county], decisions=["Et vedtak"]))
    mem_crm.lessons.save(Lesson("Tittel", "Tekst", learned_in_county_id=county, learned_on=dt.date(2016, 6, 1)))
    doc = builders.build_county_report_doc(mem_crm, county, dt.date(2016, 6, 1), dt.date(2016, 6, 30), settings=PREFS)
    assert [m.decisions for m in doc.meetings] == [["Et vedtak"]]
    assert [(lesson.title, lesson.text) for lesson in doc.lessons] == [("Tittel", "Tekst")]
