"""Møteforberedelse: one page, whatever is in it."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from reports_helpers import flat, page_texts, pdf_text

from btvcrm.reports import ContactLine, FollowUpLine, InitiativeLine, PersonLine, render_brief
from btvcrm.reports.samples import sample_brief
from btvcrm.reports.styles import render_to_bytes

OSLO = ZoneInfo("Europe/Oslo")


def test_brief_content() -> None:
    text = flat(pdf_text(render_to_bytes(render_brief, sample_brief())))
    for expected in (
        "Vestre Viken HF",
        "Møteforberedelse",
        "Org.nr. 894 166 762",
        "Forankringsstatus informert",
        "Påvirkning: høy",
        "Hans Petter Grønli",
        "linn.aasland@example.no",
        "Innovasjon i nytt sykehus",
        "30.05.2016",
        "Forberede forslag til innovasjonsprosjekter",
        "8 mrd. kr",
        "Side 1 av 1",
    ):
        assert expected in text, expected


def test_brief_stays_on_one_page_when_overfull() -> None:
    t0 = datetime(2016, 6, 1, 10, tzinfo=OSLO)
    doc = dataclasses.replace(
        sample_brief(),
        people=[
            PersonLine(f"Person {i} Øvrebø", "rådgiver " * 8, f"p{i}@example.no", "+47 900 00 000")
            for i in range(40)
        ],
        last_contacts=[
            ContactLine(t0 - timedelta(days=i), f"Kontakt {i}", "møte", "Langt sammendrag. " * 200)
            for i in range(12)
        ],
        open_follow_ups=[
            FollowUpLine("Gjøre noe viktig " * 30, "Noen", date(2016, 7, 1)) for _ in range(30)
        ],
        initiatives=[
            InitiativeLine("Prosjekt " * 20, "Eier", "kontrakt", value_nok=10**9) for _ in range(20)
        ],
    )
    pages = page_texts(render_to_bytes(render_brief, doc))
    assert len(pages) == 1
    text = flat(pages[0])
    assert "Kontakt 0" in text
    assert "Kontakt 5" not in text  # at most five contacts
    assert "… og" in text  # cut lists say so
