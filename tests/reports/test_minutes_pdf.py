"""Møtereferat: the text read back from the PDF."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from reports_helpers import flat, fonts_used, image_count, page_texts, pdf_text, reader

from btvcrm.reports import (
    AgendaLine,
    FollowUpLine,
    ParticipantLine,
    render_minutes,
)
from btvcrm.reports.samples import sample_minutes
from btvcrm.reports.styles import render_to_bytes


def render(doc) -> bytes:
    return render_to_bytes(render_minutes, doc)


def test_minutes_show_the_meeting_in_norwegian() -> None:
    text = flat(pdf_text(render(sample_minutes())))
    for expected in (
        "Leverandørutviklingsprosjektet BTV",
        "Dialogkonferanse Telemark – digitalt ledelsesverktøy",
        "Møtereferat nr. 2016-07",
        "tirsdag 14. juni 2016",
        "kl. 10.00–14.00",
        "Fylkeshuset, Skien",
        "Møteleder",
        "Referent",
        "Åse Bråten",
        "Jørgen Sætre – Telemark fylkeskommune, innkjøpssjef",
        "Zofia Wójcik",
        "Mehmet Yılmaz",
        "Forfall",
        "Per Kristian Ødegård",
        "Kopi til",
        "O = orientering, D = diskusjon, V = vedtak",
        "Sak 3 Innspill fra leverandørene (D)",
        "«ett sted for sannheten»",
        "i € og kr",
        "Vedtak",
        "Telemark fylkeskommune går videre med en konkurranse",
        "Oppfølgingspunkter",
        "Hva Ansvarlig Frist",
        "Oppsummere innspillene og publisere dem på Doffin Åse Bråten 01.07.2016",
        "Generert 16.06.2016 kl. 15.30",
        "Utarbeidet av Cecilie Møller Endresen",
    ):
        assert expected in text, expected


def test_footer_numbers_every_page_x_of_y() -> None:
    pages = page_texts(render(sample_minutes()))
    assert len(pages) == 2
    for i, page in enumerate(pages, 1):
        assert f"Side {i} av 2" in flat(page)


def test_english_variant() -> None:
    doc = dataclasses.replace(sample_minutes(), lang="en")
    text = flat(pdf_text(render(doc)))
    assert "Tuesday 14 June 2016" in text
    assert "Page 1 of" in text
    assert "Decisions" in text and "Follow-up actions" in text


def test_draft_has_watermark_and_approved_has_not() -> None:
    draft = pdf_text(render(sample_minutes(is_draft=True)))
    approved = pdf_text(render(sample_minutes(is_draft=False)))
    for page in page_texts(render(sample_minutes(is_draft=True))):
        assert "UTKAST" in page
    assert "Utkast – ikke godkjent" in flat(draft)
    assert "UTKAST" not in approved
    assert "Utkast" not in approved


def test_no_decisions_heading_without_decisions() -> None:
    doc = dataclasses.replace(sample_minutes(), decisions=[], follow_ups=[], notes="")
    text = pdf_text(render(doc))
    assert "Vedtak" not in text.replace("V = vedtak", "")
    assert "Oppfølgingspunkter" not in text
    # blank decisions count as none
    doc = dataclasses.replace(doc, decisions=["", "  \n"])
    assert "Vedtak" not in pdf_text(render(doc)).replace("V = vedtak", "")


def test_dejavu_is_embedded_and_no_other_font_is_used() -> None:
    fonts = fonts_used(render(sample_minutes()))
    assert fonts, "no fonts found"
    assert any("DejaVuSans-Bold" in name for name in fonts)
    for name, info in fonts.items():
        assert "DejaVu" in name, name
        assert info["embedded"], f"{name} is not embedded"


def test_logo_is_drawn_when_given_and_a_missing_logo_is_ignored(tmp_path: Path) -> None:
    assert image_count(render(sample_minutes())) >= 1
    doc = dataclasses.replace(sample_minutes(), logo_path=str(tmp_path / "gone.png"))
    assert image_count(render(doc)) == 0
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a png")
    assert image_count(render(dataclasses.replace(doc, logo_path=str(broken)))) == 0


def test_long_notes_flow_and_long_tables_repeat_their_header(tmp_path: Path) -> None:
    long_notes = "\n\n".join(
        f"Avsnitt {i}: " + "Leverandørene ønsker tidlig dialog om behov og rammer. " * 12
        for i in range(60)
    )
    one_huge_paragraph = "ord " * 6000
    follow_ups = [
        FollowUpLine(
            f"Oppfølgingspunkt nummer {i} med en ganske lang beskrivelse " * 2,
            f"Ansvarlig {i}",
            date(2016, 7, 1),
        )
        for i in range(120)
    ]
    doc = dataclasses.replace(
        sample_minutes(),
        agenda=[
            AgendaLine(1, "Lang sak", "D", long_notes),
            AgendaLine(2, "Enda lengre", "O", one_huge_paragraph),
        ],
        follow_ups=follow_ups,
        participants=[ParticipantLine(f"Deltaker {i}", "Org") for i in range(150)],
    )
    out = tmp_path / "long.pdf"
    pages = render_minutes(doc, out)
    data = out.read_bytes()
    assert pages == len(reader(data).pages) > 8
    texts = [flat(t) for t in page_texts(data)]
    assert "Avsnitt 59:" in " ".join(texts)
    # the follow-up table spans several pages, each with the header row
    table_pages = [t for t in texts if "Oppfølgingspunkt nummer" in t]
    assert len(table_pages) >= 2
    for t in table_pages:
        assert "Hva Ansvarlig Frist" in t
    assert "Oppfølgingspunkt nummer 119" in texts[-1] or "Oppfølgingspunkt nummer 119" in " ".join(
        texts
    )


def test_writes_to_path_str_and_file(tmp_path: Path) -> None:
    p = tmp_path / "a.pdf"
    render_minutes(sample_minutes(), str(p))
    assert p.read_bytes().startswith(b"%PDF")
    with open(tmp_path / "b.pdf", "wb") as f:
        render_minutes(sample_minutes(), f)
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")

# How fast one page renders: bench/render_bench.py (no timed assertions in tests).
