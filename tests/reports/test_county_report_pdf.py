"""Fylkesrapport: content, Doffin links, charts and a long report."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from reports_helpers import flat, fonts_used, link_uris, page_texts, pdf_text

from btvcrm.reports import (
    CountyReportDoc,
    InitiativeLine,
    MeetingLine,
    MonthCount,
    render_county_report,
)
from btvcrm.reports.samples import sample_county_report
from btvcrm.reports.styles import render_to_bytes

OSLO = ZoneInfo("Europe/Oslo")


def render(doc: CountyReportDoc) -> bytes:
    return render_to_bytes(render_county_report, doc)


def test_county_report_content() -> None:
    data = render(sample_county_report())
    text = flat(pdf_text(data))
    for expected in (
        "Fylkesrapport – Telemark",
        "Periode 01.05.2016–30.06.2016",
        "Forankringsstatus nå forventninger avklart",
        "Endringer i perioden",
        "24.05.2016 informert forventninger avklart",
        "Møte: Forventninger og rammer",
        "Kontakter per måned",
        "Forankring over tid",
        "Dialogkonferanse Telemark – digitalt ledelsesverktøy",
        "Konkurranse med forhandling basert på funksjonelle krav.",
        "Nye i perioden (3)",
        "Utført i perioden (opprettet før) (2)",
        "Åpne fra før, med frist i perioden (2)",
        "Helhetlig, digitalt ledelsesverktøy",
        "markedsdialog",
        "4,5 mill. kr",
        "2016-319870",
        "Læringspunkter",
        "Lært i Buskerud",  # lessons from the other counties too
        "Lært i Telemark",
    ):
        assert expected in text, expected
    assert "Side 1 av" in text
    assert all(info["embedded"] for info in fonts_used(data).values())


def test_doffin_links_are_clickable_and_only_http() -> None:
    doc = dataclasses.replace(
        sample_county_report(),
        initiatives=[
            InitiativeLine("A", doffin_id="2016-319870"),
            InitiativeLine("B", doffin_id="x", doffin_url="javascript:alert(1)"),
            InitiativeLine("C", doffin_id="", doffin_url="file:///etc/passwd"),
            InitiativeLine("D", doffin_id='2023-1/../?a="b"'),
        ],
    )
    uris = link_uris(render(doc))
    assert "https://www.doffin.no/notices/2016-319870" in uris
    assert "https://www.doffin.no/notices/x" in uris  # unsafe explicit URL falls back to the id
    assert not any(u.startswith(("javascript:", "file:")) for u in uris)
    assert all(u.startswith("https://www.doffin.no/notices/") for u in uris)
    assert len(set(uris)) == 3


def test_empty_report_renders() -> None:
    doc = CountyReportDoc(
        programme_name="P",
        county_name="Vestfold",
        period_start=date(2016, 1, 1),
        period_end=date(2016, 3, 31),
    )
    text = flat(pdf_text(render(doc)))
    assert "Ingen møter i perioden." in text
    assert "Ingen data" in text


def _many_meetings(n: int) -> list[MeetingLine]:
    start = datetime(2014, 1, 6, 9, 0, tzinfo=OSLO)
    return [
        MeetingLine(
            start + timedelta(days=3 * i, hours=i % 6),
            f"Møte {i} om innovative anskaffelser med «grønn profil»",
            "møte",
            "Telemark fylkeskommune, KS, Skien kommune",
            [f"Vedtak {i}a: videre dialog med leverandørene.", f"Vedtak {i}b: dele erfaringer."],
        )
        for i in range(n)
    ]


def test_fifty_page_report_numbers_its_pages_and_repeats_table_headers() -> None:
    # How fast it renders: bench/render_bench.py (no timed assertions in tests).
    meetings = _many_meetings(640)
    months = {}
    for m in meetings:
        key = m.starts_at.date().replace(day=1)
        months[key] = months.get(key, 0) + 1
    doc = dataclasses.replace(
        sample_county_report(),
        period_start=date(2014, 1, 1),
        period_end=date(2017, 6, 30),
        meetings=meetings,
        contacts_per_month=[MonthCount(k, v) for k, v in sorted(months.items())],
    )
    data = render(doc)
    pages = page_texts(data)
    assert len(pages) >= 50
    assert f"Side {len(pages)} av {len(pages)}" in flat(pages[-1])
    # the meetings table repeats its header on the pages it continues on
    for page in pages[3:40]:
        assert "Dato Tittel Organisasjoner Vedtak" in flat(page)
    assert "Møte 639 om" in flat(" ".join(pages))


def test_english_county_report() -> None:
    text = flat(pdf_text(render(dataclasses.replace(sample_county_report(), lang="en"))))
    assert "County report – Telemark" in text
    assert "NOK 4.5 m" in text
    assert "Page 1 of" in text
