"""PDF documents against bare reportlab drawing the same content, in the same run.

    nice -n 10 python bench/pdf_bench.py [--runs 5]

Rows (medians of interleaved runs, wall time on this machine):

- minutes with 100 / 300 / 600 attendees, and 300 seven-line attendees: our
  render_minutes (layout + PDF/A finishing) vs a bare reportlab SimpleDocTemplate
  with the same people as one table row each, the same fonts and no finishing;
- a county report over 200 meetings: building it from the data file (SQL, a fixed
  number of statements) and rendering it, vs bare reportlab drawing the same
  tables (meetings with decisions, follow-ups, lessons) without the charts;
- the PDF/A finishing step alone (pikepdf), on the county report's bytes: what
  choosing a post-process over reportlab catalog hacks costs.

No assertion: figures for the notes (bench/README.md). The floors are drawn in
the same process, so a loaded machine slows both sides alike.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table  # noqa: E402

from btvcrm import settings as user_settings  # noqa: E402
from btvcrm.domain import clock  # noqa: E402
from btvcrm.domain.enums import FollowUpStatus, MinutesStatus  # noqa: E402
from btvcrm.domain.models import FollowUp, Lesson, Meeting, Organisation, Participant, Person  # noqa: E402
from btvcrm.reports import (  # noqa: E402
    ParticipantLine,
    builders,
    fonts,
    pdfa,
    render_county_report,
    render_minutes,
)
from btvcrm.reports.county_report import build_story as county_story  # noqa: E402
from btvcrm.reports.samples import sample_minutes  # noqa: E402
from btvcrm.reports.styles import PageDecor, layout_pdf  # noqa: E402
from btvcrm.storage.crm import Crm  # noqa: E402

PREFS = user_settings.Settings(user_name="Cecilie Møller Endresen")
LONG_ROLE = ("rådgiver for innovative anskaffelser med ansvar for markedsdialog, leverandørutvikling og "
             "erfaringsoverføring mellom fylkene, kontaktperson for klima og miljø, og sekretær for "
             "innkjøpsforumet i regionen, med særlig vekt på velferdsteknologi, helse og samferdsel, "
             "og fast medlem av arbeidsgruppen for grønne anskaffelser i kommunene i Vestfold og Telemark")


def people(n: int, role: str = "rådgiver") -> list[ParticipantLine]:
    return [ParticipantLine(f"Deltaker {i} Nordmann", f"Virksomhet {i % 40} AS", role) for i in range(n)]


def bare_people(entries: list[ParticipantLine]) -> bytes:
    """The floor: the same people, one row each, same font, plain reportlab, no finishing."""
    family = fonts.register_fonts()
    style = ParagraphStyle("b", fontName=family, fontSize=10, leading=14)
    rows = [[Paragraph("Deltakere" if i == 0 else "", style),
             Paragraph(f"<b>{p.name}</b> – {p.organisation}, {p.role}", style)] for i, p in enumerate(entries)]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm)
    doc.build([Table(rows, colWidths=[24 * mm, 146 * mm], splitByRow=1)])
    return buffer.getvalue()


def bare_county(doc: object) -> bytes:
    """The floor: the county report's tables (meetings with decisions, the three follow-up lists,
    lessons) as plain reportlab tables with the same font; no charts, styles or finishing."""
    family = fonts.register_fonts()
    style = ParagraphStyle("b", fontName=family, fontSize=8.5, leading=11)

    def p(text: object) -> Paragraph:
        return Paragraph(str(text or ""), style)

    story: list[object] = [Table(
        [[p(m.starts_at.strftime("%d.%m.%Y")), p(m.title), p(m.organisations), [p(d) for d in m.decisions]]
         for m in doc.meetings],  # type: ignore[attr-defined]
        colWidths=[22 * mm, 46 * mm, 37 * mm, 65 * mm], splitByRow=1)]
    for items in (doc.follow_ups_opened, doc.follow_ups_done, doc.follow_ups_open):  # type: ignore[attr-defined]
        if items:
            story.append(Table([[p(f.text), p(f.responsible), p(f.due), p(f.status)] for f in items],
                               colWidths=[88 * mm, 37 * mm, 22 * mm, 22 * mm], splitByRow=1))
    story += [p(f"{lesson.title}<br/>{lesson.text}") for lesson in doc.lessons]  # type: ignore[attr-defined]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)  # type: ignore[arg-type]
    return buffer.getvalue()


def county_file(meetings: int) -> tuple[Crm, int]:
    crm = Crm.open(None)
    start = dt.datetime(2016, 1, 4, 9, tzinfo=clock.OSLO)
    clock.freeze(start)
    county = crm.counties.by_name("Telemark").id
    assert county is not None
    with crm.write():
        orgs = [crm.organisations.save(Organisation(f"Virksomhet {i}", county_ids=[county])) for i in range(20)]
        folk = [crm.people.save(Person(f"Person {i}", organisation_id=orgs[i % 20])) for i in range(40)]
        for i in range(meetings):
            when = start + dt.timedelta(days=i % 300, hours=i % 7)
            clock.freeze(when)
            meeting_id = crm.meetings.save(Meeting(
                f"Oppfølgingsmøte {i} om markedsdialog", when, county_ids=[county],
                organisation_ids=[orgs[i % 20], orgs[(i + 7) % 20]],
                participants=[Participant(folk[i % 40]), Participant(folk[(i + 5) % 40])],
                decisions=[f"Vedtak {i}.1: gå videre med dialogen", f"Vedtak {i}.2: ny runde i høst"],
                minutes_status=MinutesStatus.DRAFT if i % 5 == 0 else MinutesStatus.APPROVED))
            crm.follow_ups.save(FollowUp(f"Følge opp møte {i}", due_date=when.date() + dt.timedelta(days=14),
                                         meeting_id=meeting_id, responsible_person_id=folk[i % 40] if i % 2 else None,
                                         status=FollowUpStatus.DONE if i % 3 == 0 else FollowUpStatus.OPEN,
                                         status_changed_on=when.date() if i % 3 == 0 else None))
            if i % 20 == 0:
                crm.lessons.save(Lesson(f"Lærdom {i}", "Tekst om hva vi lærte. " * 4, learned_in_county_id=county,
                                        learned_on=when.date()))
    clock.freeze(None)
    return crm, county


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    fonts.register_fonts()
    render_minutes(sample_minutes(), io.BytesIO())  # warm up: fonts, ICC profile, imports

    print(f"{'document':<44} {'ours':>9} {'bare':>9} {'ratio':>6}   ({runs} runs, medians)")
    cases = [(f"minutes, {n} attendees", people(n)) for n in (100, 300, 600)]
    cases.append(("minutes, 300 seven-line attendees", people(300, LONG_ROLE)))
    for label, entries in cases:
        doc = dataclasses.replace(sample_minutes(), participants=entries, absent=[])
        ours_runs, bare_runs = [], []
        for _ in range(runs):  # interleaved, so load affects both alike
            ours_runs.append(median_ms(lambda d=doc: render_minutes(d, io.BytesIO()), 1))
            bare_runs.append(median_ms(lambda e=entries: bare_people(e), 1))
        ours, bare = statistics.median(ours_runs), statistics.median(bare_runs)
        print(f"{label:<44} {ours:7.0f}ms {bare:7.0f}ms {ours / bare:5.2f}×")

    crm, county = county_file(200)
    period = (dt.date(2016, 1, 1), dt.date(2016, 12, 31))

    def build() -> object:
        return builders.build_county_report_doc(crm, county, *period, settings=PREFS)

    doc = build()
    statements: list[str] = []
    crm.db.conn.set_trace_callback(statements.append)
    build()
    crm.db.conn.set_trace_callback(None)
    build_ms = median_ms(build, runs)
    render_runs, bare_runs = [], []
    for _ in range(runs):
        render_runs.append(median_ms(lambda: render_county_report(doc, io.BytesIO()), 1))  # type: ignore[arg-type]
        bare_runs.append(median_ms(lambda: bare_county(doc), 1))
    render_ms, bare_ms = statistics.median(render_runs), statistics.median(bare_runs)
    print(f"{'county report, 200 meetings: build (SQL)':<44} {build_ms:7.0f}ms {'':>9} {'':>6}"
          f"   {len(statements)} statements")
    print(f"{'county report, 200 meetings: render':<44} {render_ms:7.0f}ms {bare_ms:7.0f}ms "
          f"{render_ms / bare_ms:5.2f}×")
    print(f"{'county report, 200 meetings: build + render':<44} {build_ms + render_ms:7.0f}ms {bare_ms:7.0f}ms "
          f"{(build_ms + render_ms) / bare_ms:5.2f}×")

    raw, _pages = layout_pdf(county_story(doc), PageDecor("nb", "Fylkesrapport", "Generert"))  # type: ignore[arg-type]
    meta = pdfa.PdfMeta(title="Fylkesrapport", subject="Fylkesrapport", author="Cecilie")
    finish_ms = median_ms(lambda: pdfa.finish(raw, meta), runs)
    print(f"{'PDF/A finishing step (pikepdf) on it':<44} {finish_ms:7.0f}ms {'':>9} {'':>6}"
          f"   {len(raw) // 1024} kB, {finish_ms / render_ms * 100:.0f} % of the render")
    crm.close()


if __name__ == "__main__":
    main()
