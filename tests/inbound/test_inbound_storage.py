"""Migration 0008's columns and table: validated, in the lossless JSON export, and
safe file names for attachments."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from inbound_helpers import make_email

from btvcrm.domain import clock
from btvcrm.domain.errors import ValidationError
from btvcrm.domain.models import Organisation
from btvcrm.exchange import jsonfile
from btvcrm.exchange.email_message import parse_eml
from btvcrm.services.email_contacts import log_email, propose_email
from btvcrm.settings import Settings
from btvcrm.storage.attachments import MAX_NAME_LENGTH, safe_file_name
from btvcrm.storage.crm import Crm


def test_register_fields_are_checked(mem_crm: Crm) -> None:
    for field, value in (("org_form", "kommune!"), ("municipality_number", "39O5"), ("nace_code", "84,110"),
                         ("sector_code", "65")):
        with pytest.raises(ValidationError):
            mem_crm.organisations.save(Organisation(name="X", **{field: value}))  # type: ignore[arg-type]
    org_id = mem_crm.organisations.save(Organisation(name="X", org_form=" komm ", municipality_number="3905",
                                                     register_deleted_on=dt.date(2020, 1, 2)))
    org = mem_crm.organisations.get(org_id)
    assert (org.org_form, org.register_deleted_on) == ("KOMM", dt.date(2020, 1, 2))


def test_everything_new_round_trips_through_the_json_export(file_crm: Crm, tmp_path: Path) -> None:
    file_crm.organisations.save(Organisation(name="Tønsberg kommune", orgnr="964962766", org_form="KOMM",
                                             address="Halfdan Wilhelmsens allé 1, 3110 Tønsberg",
                                             municipality_number="3905", nace_code="84.110", sector_code="6500",
                                             register_deleted_on=dt.date(2020, 1, 1),
                                             register_updated_at="2016-06-14T10:00:00+02:00"))
    raw = make_email(attachments=[("plan.pdf", "application/pdf", b"%PDF plan")])
    proposal = propose_email(file_crm, parse_eml(raw), user=Settings())
    log_email(file_crm, proposal.log_request(save_attachments=True),
              now=dt.datetime(2016, 6, 20, tzinfo=clock.OSLO))
    first = jsonfile.export_data(file_crm)
    assert first["tables"]["meeting_attachments"][0]["name"] == "plan.pdf"
    assert first["tables"]["meetings"][0]["message_id"] == "abc123@vfk.no"
    assert first["tables"]["organisations"][0]["org_form"] == "KOMM"
    path = tmp_path / "eksport.json"
    jsonfile.export_file(file_crm, path)
    with Crm.open(tmp_path / "ny.sqlite") as fresh:
        jsonfile.import_file(fresh, path)
        second = jsonfile.export_data(fresh)
    for data in (first, second):
        data.pop("exported_at")
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)


@given(st.text(max_size=400))
def test_attachment_file_names_are_safe_anywhere(name: str) -> None:
    safe = safe_file_name(name)
    assert safe and len(safe) <= MAX_NAME_LENGTH
    assert "/" not in safe and "\\" not in safe and "\x00" not in safe
    assert safe not in (".", "..") and not safe.endswith((".", " "))
    assert safe.split(".")[0].upper() not in ("CON", "PRN", "AUX", "NUL", "COM1", "LPT1")


def test_attachment_file_names() -> None:
    assert safe_file_name("../../etc/passwd") == "passwd"
    assert safe_file_name("C:\\Users\\kari\\rapport.pdf") == "rapport.pdf"
    assert safe_file_name("con.txt") == "_con.txt"
    assert safe_file_name("a:b*c?.pdf") == "a_b_c_.pdf"
    assert safe_file_name("   ") == "vedlegg"
    long = safe_file_name("x" * 300 + ".pdf")
    assert long.endswith(".pdf") and len(long) == MAX_NAME_LENGTH
