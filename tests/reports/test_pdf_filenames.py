from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from btvcrm.reports.filenames import MAX_LENGTH, safe_pdf_name

D = date(2016, 6, 14)


def test_example_from_the_issue() -> None:
    assert safe_pdf_name(D, "Referat", "Dialogkonferanse Telemark") == (
        "2016-06-14 Referat Dialogkonferanse Telemark.pdf"
    )


def test_forbidden_and_control_characters_go_letters_stay() -> None:
    name = safe_pdf_name(D, "Referat", 'Møte: "Vestre/Viken\\HF" <8 mrd.>?*|\x00\x1f\u202e æøå ÆØÅ')
    assert name == "2016-06-14 Referat Møte Vestre Viken HF 8 mrd. æøå ÆØÅ.pdf"


def test_whitespace_collapses_and_no_trailing_dots() -> None:
    assert safe_pdf_name(D, " Fylkesrapport\t", "  Telemark \n\n 2016...  ") == (
        "2016-06-14 Fylkesrapport Telemark 2016.pdf"
    )


def test_long_titles_are_cut_at_a_word() -> None:
    name = safe_pdf_name(D, "Referat", "Dialogkonferanse " * 20)
    assert len(name) <= MAX_LENGTH
    assert name.endswith("Dialogkonferanse.pdf")


def test_empty_title() -> None:
    assert safe_pdf_name(D, "", "") == "2016-06-14.pdf"
    assert safe_pdf_name(D, "Referat", "../../..") == "2016-06-14 Referat.pdf"


@given(st.text(), st.text())
def test_always_safe(kind: str, title: str) -> None:
    name = safe_pdf_name(D, kind, title)
    assert name.startswith("2016-06-14")
    assert name.endswith(".pdf")
    assert len(name) <= MAX_LENGTH
    assert not any(c in name for c in '/\\:*?"<>|')
    assert all(ord(c) >= 32 and c != "\x7f" for c in name)
    assert "  " not in name
