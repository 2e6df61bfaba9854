"""Public or exempt (offentleglova): marked, stored, exported, and left out of the public version."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from reports_helpers import flat, pdf_text

from btvcrm import settings as user_settings
from btvcrm.cli import main
from btvcrm.domain import clock
from btvcrm.domain.errors import ValidationError
from btvcrm.domain.exemption import ONE_TO_ONE_DEFAULT, Exemption, ExemptionBasis
from btvcrm.domain.models import AgendaItem, Meeting
from btvcrm.exchange import jsonfile
from btvcrm.reports import builders, render_minutes
from btvcrm.reports.styles import render_to_bytes
from btvcrm.services import documents
from btvcrm.storage.crm import Crm

PREFS = user_settings.Settings(user_name="Cecilie Møller Endresen")
WHEN = dt.datetime(2016, 6, 14, 10, 0, tzinfo=clock.OSLO)
SECRET = Exemption(ExemptionBasis.OFFL_13_FVL_13_2, "Leverandørens priser")


def _meeting(**changes: object) -> Meeting:
    base = Meeting(
        title="Én-til-én med Grenland Digital",
        starts_at=WHEN,
        case_number="2016/1432",
        agenda=[AgendaItem("Velkommen"), AgendaItem("Leverandørens løsning", notes="Pris 1,2 mill.", exemption=SECRET),
                AgendaItem("Veien videre")],
        decisions=["Offentlig vedtak", "Unntatt vedtak"],
        decision_exemptions={1: Exemption(ExemptionBasis.OFFL_23)},
        notes="Interne vurderinger av tilbudet.",
        notes_exemption=Exemption(ExemptionBasis.OFFL_14),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_exemptions_round_trip_through_the_file(mem_crm: Crm) -> None:
    meeting_id = mem_crm.meetings.save(_meeting(exemption=Exemption(ExemptionBasis.OTHER, "offl. § 24 annet ledd")))
    again = mem_crm.meetings.get(meeting_id)
    assert again.case_number == "2016/1432"
    assert [item.exemption for item in again.agenda] == [None, SECRET, None]
    assert again.decision_exemptions == {1: Exemption(ExemptionBasis.OFFL_23)}
    assert again.notes_exemption == Exemption(ExemptionBasis.OFFL_14)
    assert again.exemption == Exemption(ExemptionBasis.OTHER, "offl. § 24 annet ledd")


def test_an_exemption_follows_its_decision_when_empty_ones_are_dropped(mem_crm: Crm) -> None:
    meeting_id = mem_crm.meetings.save(_meeting(decisions=["", "Første", "  ", "Andre"],
                                                decision_exemptions={3: SECRET}))
    again = mem_crm.meetings.get(meeting_id)
    assert again.decisions == ["Første", "Andre"] and again.decision_exemptions == {1: SECRET}


def test_other_basis_needs_a_text(mem_crm: Crm) -> None:
    with pytest.raises(ValidationError, match="annen hjemmel"):
        mem_crm.meetings.save(_meeting(exemption=Exemption(ExemptionBasis.OTHER)))


def test_json_export_round_trip_keeps_exemptions(mem_crm: Crm) -> None:
    mem_crm.meetings.save(_meeting())
    exported = jsonfile.export_data(mem_crm)
    with Crm.open(None) as other:
        jsonfile.import_data(other, json.loads(jsonfile.dumps(exported)))
        again = jsonfile.export_data(other)
        meeting = other.meetings.get(other.meetings.query()[0]["id"])
    assert again["tables"] == exported["tables"]
    assert meeting.decision_exemptions == {1: Exemption(ExemptionBasis.OFFL_23)}


def test_json_import_refuses_an_unknown_legal_basis(mem_crm: Crm) -> None:
    from btvcrm.domain.errors import UserError

    mem_crm.meetings.save(_meeting())
    exported = jsonfile.export_data(mem_crm)
    exported["tables"]["decisions"][1]["exempt_basis"] = "offl_99"
    with Crm.open(None) as other, pytest.raises(UserError, match="ugyldig verdi"):
        jsonfile.import_data(other, exported)


def test_exempt_minutes_say_so_in_the_header(mem_crm: Crm) -> None:
    meeting_id = mem_crm.meetings.save(_meeting())
    text = flat(pdf_text(render_to_bytes(render_minutes, builders.build_minutes_doc(mem_crm, meeting_id,
                                                                                    settings=PREFS))))
    assert "UNNTATT OFFENTLIGHET" in text
    assert "Inneholder opplysninger unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 2" in text
    assert "Leverandørens løsning (O) [Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 2]" in text
    assert "Unntatt vedtak [Unntatt offentlighet, offl. § 23 første ledd]" in text
    assert "Saksnr. 2016/1432" in text
    whole = mem_crm.meetings.save(_meeting(title="Helt unntatt", exemption=Exemption(ExemptionBasis.OFFL_14)))
    text = flat(pdf_text(render_to_bytes(render_minutes, builders.build_minutes_doc(mem_crm, whole, settings=PREFS))))
    assert "Unntatt offentlighet, offl. § 14" in text


def test_public_version_leaves_the_exempt_parts_out_and_says_why(mem_crm: Crm) -> None:
    meeting_id = mem_crm.meetings.save(_meeting())
    doc = builders.build_minutes_doc(mem_crm, meeting_id, settings=PREFS, public=True)
    text = flat(pdf_text(render_to_bytes(render_minutes, doc)))
    for gone in ("Leverandørens løsning", "Pris 1,2 mill.", "Unntatt vedtak", "Interne vurderinger"):
        assert gone not in text, gone
    assert "Sak 1 Velkommen" in text and "Sak 3 Veien videre" in text  # numbers kept: the gap shows
    assert "Offentlig vedtak" in text and "Offentlig versjon" in text
    assert ("Utelatt fordi det er unntatt offentlighet: sak 2 (offl. § 13 jf. fvl. § 13 første ledd nr. 2 – "
            "forretningshemmeligheter: Leverandørens priser), vedtak 2 (offl. § 23 første ledd – "
            "forhandlingsposisjon), merknadene (offl. § 14 – organinterne dokumenter).") in text
    assert "UNNTATT OFFENTLIGHET" not in text


def test_public_version_of_a_wholly_exempt_meeting(mem_crm: Crm) -> None:
    meeting_id = mem_crm.meetings.save(_meeting(exemption=Exemption(ExemptionBasis.OFFL_14, "Internt møte")))
    text = flat(pdf_text(render_to_bytes(render_minutes, builders.build_minutes_doc(
        mem_crm, meeting_id, settings=PREFS, public=True))))
    assert "Møtereferatet er unntatt offentlighet i sin helhet (offl. § 14 – organinterne dokumenter: Internt møte)" in text
    for gone in ("Velkommen", "Offentlig vedtak", "Interne vurderinger"):
        assert gone not in text


def test_county_report_never_prints_exempt_decisions(mem_crm: Crm) -> None:
    clock.freeze(WHEN)
    county = mem_crm.counties.by_name("Telemark").id
    assert county is not None
    mem_crm.meetings.save(_meeting(county_ids=[county]))
    mem_crm.meetings.save(_meeting(title="Helt unntatt", county_ids=[county], decision_exemptions={},
                                   exemption=Exemption(ExemptionBasis.OFFL_14)))
    doc = builders.build_county_report_doc(mem_crm, county, dt.date(2016, 6, 1), dt.date(2016, 6, 30),
                                           settings=PREFS)
    assert [m.decisions for m in doc.meetings] == [["Offentlig vedtak"], []]
    assert doc.exempt_left_out == 3


def test_lag_offentlig_versjon_service_and_cli(file_crm: Crm, file_path: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    meeting_id = file_crm.meetings.save(_meeting())
    target = documents.public_version_path(tmp_path / "2016-06-14 Referat.pdf")
    assert target.name == "2016-06-14 Referat (offentlig versjon).pdf"
    written = documents.write_public_minutes(file_crm, meeting_id, target, settings=PREFS)
    assert "Unntatt vedtak" not in pdf_text(written.path.read_bytes())
    file_crm.close()
    out = tmp_path / "cli-offentlig.pdf"
    assert main(["--db", str(file_path), "report", "meeting", str(meeting_id), "--public", "-o", str(out)]) == 0
    assert "Utelatt fordi det er unntatt offentlighet" in flat(pdf_text(out.read_bytes()))
    with pytest.raises(SystemExit) as stop:  # --public is an option of `report meeting` only
        main(["--db", str(file_path), "report", "county", "Telemark", "--public", "-o", str(out)])
    assert stop.value.code == 2
    capsys.readouterr()


def test_one_to_one_default_for_the_market_dialogue() -> None:
    assert ONE_TO_ONE_DEFAULT.basis == ExemptionBasis.OFFL_13_FVL_13_2
    assert ONE_TO_ONE_DEFAULT.citation == "offl. § 13 jf. fvl. § 13 første ledd nr. 2"


def test_citations_and_case_numbers_never_break_inside() -> None:
    """No line ends between «§» and its number, «nr.» and its number, or «Saksnr.» and the number."""
    from btvcrm.reports.styles import keep_together

    assert keep_together("offl. § 13 jf. fvl. § 13 første ledd nr. 2") == (
        "offl.\u00a0§\u00a013 jf. fvl.\u00a0§\u00a013 første ledd nr.\u00a02")


def test_a_wrapped_header_keeps_the_case_number_with_its_label(mem_crm: Crm) -> None:
    # subtitles of every length around the wrap: one of them once ended a line with «Saksnr.»
    meeting_id = mem_crm.meetings.save(_meeting(minutes_number="2016-08", title="Dialogkonferanse Telemark"))
    for public in (False, True):
        doc = builders.build_minutes_doc(mem_crm, meeting_id, settings=PREFS, public=public)
        for extra in range(0, 12):
            wider = dataclasses.replace(doc, meeting_kind_label="Dialogkonferanse" + " x" * extra)
            lines = pdf_text(render_to_bytes(render_minutes, wider)).splitlines()
            assert any("Saksnr." in line and "2016/1432" in line for line in lines), lines[:6]
            assert not any(line.rstrip().endswith(("§", "nr.", "Saksnr.")) for line in lines), lines
