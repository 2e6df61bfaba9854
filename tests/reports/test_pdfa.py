"""Every kind of document is PDF/A-2b: checked with pikepdf and `qpdf --check`."""

from __future__ import annotations

import io

import pikepdf
import pytest
from pdfa_checks import pdfa_problems, qpdf_check, to_unicode_maps

from btvcrm.reports import pdfa

KINDS = {
    "referat-dialogkonferanse-utkast.pdf": "Møtereferat",
    "referat-dialogkonferanse-offentlig.pdf": "Møtereferat",
    "referat-oppstartsmote.pdf": "Møtereferat",
    "fylkesrapport-telemark.pdf": "Fylkesrapport",
    "moteforberedelse-vestre-viken.pdf": "Møteforberedelse",
    "innsyn-hilde-moen.pdf": "Innsyn",
}


@pytest.mark.parametrize("name", sorted(KINDS))
def test_every_kind_is_pdfa_2b(demo_documents: dict[str, bytes], name: str) -> None:
    assert pdfa_problems(demo_documents[name]) == []


@pytest.mark.parametrize("name", sorted(KINDS))
def test_qpdf_finds_nothing_wrong(demo_documents: dict[str, bytes], name: str) -> None:
    ok, output = qpdf_check(demo_documents[name])
    if output == "skipped":
        pytest.skip("qpdf is not installed (apt-get install qpdf)")
    assert ok, output


@pytest.mark.parametrize("name", sorted(KINDS))
def test_archive_metadata(demo_documents: dict[str, bytes], name: str) -> None:
    with pikepdf.open(io.BytesIO(demo_documents[name])) as pdf:
        meta = pdf.open_metadata()
        info = pdf.docinfo
        assert str(info["/Subject"]) == KINDS[name] == meta["dc:description"]
        assert str(info["/Author"]) == "Cecilie Møller Endresen"  # the user's name from Settings, not a title
        assert meta["dc:creator"] == ["Cecilie Møller Endresen"]
        assert set(meta["dc:language"]) == {"nb"} and str(pdf.Root.Lang) == "nb"
        assert meta["xmp:CreateDate"].startswith("2016-06-20T16:00:00")  # the document's own time
        assert str(info["/CreationDate"]).startswith("D:20160620160000")
        assert str(info["/Title"]) == meta["dc:title"]
        assert str(info["/Keywords"]) == meta["pdf:Keywords"]
        assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle)


def test_keywords_name_counties_organisations_initiative_doffin_and_case(demo_documents: dict[str, bytes]) -> None:
    with pikepdf.open(io.BytesIO(demo_documents["referat-dialogkonferanse-utkast.pdf"])) as pdf:
        words = str(pdf.docinfo["/Keywords"]).split("; ")
        title = str(pdf.docinfo["/Title"])
    assert title == "Møtereferat: Dialogkonferanse Telemark"
    for expected in ("Telemark", "Telemark fylkeskommune", "Digitalt styringsverktøy for Telemark fylkeskommune",
                     "Saksnr. 2016/1432"):
        assert expected in words, words
    assert any(word.startswith("Doffin 2016-") for word in words)
    with pikepdf.open(io.BytesIO(demo_documents["fylkesrapport-telemark.pdf"])) as pdf:
        words = str(pdf.docinfo["/Keywords"]).split("; ")
    assert "Telemark" in words and "Saksnr. 2016/1201" in words and "Telemark fylkeskommune" in words


def test_doffin_links_carry_the_print_flag(demo_documents: dict[str, bytes]) -> None:
    with pikepdf.open(io.BytesIO(demo_documents["fylkesrapport-telemark.pdf"])) as pdf:
        annots = [a for page in pdf.pages for a in page.obj.get("/Annots", [])]
    assert annots, "the county report links its initiative to Doffin"
    assert all(int(a.F) & 4 for a in annots)


def test_same_document_same_bytes(demo_documents: dict[str, bytes]) -> None:
    from btvcrm.demo import fill_demo
    from btvcrm.reports.demo_samples import documents
    from btvcrm.storage.crm import Crm

    with Crm.open(None) as crm:
        fill_demo(crm)
        again = documents(crm)
    assert again["referat-oppstartsmote.pdf"] == demo_documents["referat-oppstartsmote.pdf"]


def test_finish_maps_characters_beyond_the_bmp_as_surrogate_pairs() -> None:
    import dataclasses

    from btvcrm.reports import render_minutes
    from btvcrm.reports.samples import sample_minutes
    from btvcrm.reports.styles import render_to_bytes

    data = render_to_bytes(render_minutes, dataclasses.replace(sample_minutes(), title="Smil \U0001f600 til slutt"))
    maps = b"\n".join(to_unicode_maps(data))
    assert b"<D83DDE00>" in maps and b"<1F600>" not in maps
    from reports_helpers import pdf_text

    assert "\U0001f600" in pdf_text(data)


def test_srgb_profile_is_a_display_rgb_profile() -> None:
    profile = pdfa.srgb_profile()
    assert profile[36:40] == b"acsp" and profile[12:20] == b"mntrRGB "


def test_keywords_text_drops_repeats_and_blanks() -> None:
    assert pdfa.keywords_text(["Telemark", " telemark ", "", "KS  BTV"]) == "Telemark; KS BTV"


def test_srgb_profile_carries_no_creation_time() -> None:
    import struct

    assert struct.unpack(">6H", pdfa.srgb_profile()[24:36]) == (2016, 1, 1, 0, 0, 0)  # same bytes every run
