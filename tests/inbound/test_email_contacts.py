"""An e-mail as a contact: the pre-filled quick log, saving it, the same message twice,
attachments beside the data file, and `btvcrm import FILE.eml` as a user runs it."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from inbound_helpers import SAMPLES, make_email, write_email

from btvcrm import cli, paths
from btvcrm.domain import clock
from btvcrm.domain.enums import MeetingKind
from btvcrm.domain.errors import UserError
from btvcrm.domain.models import Organisation, Person
from btvcrm.exchange.email_message import parse_eml
from btvcrm.services.email_contacts import log_email, person_name, propose_email
from btvcrm.services.quick_log import FollowUpItem
from btvcrm.settings import Settings
from btvcrm.storage import attachments
from btvcrm.storage.check import check
from btvcrm.storage.crm import Crm

USER = Settings(user_name="Prosjektleder Plassen", user_email="leder@btv.no, leder@privat.no")
NOW = dt.datetime(2016, 6, 20, 12, 0, tzinfo=clock.OSLO)


@pytest.fixture
def office(file_crm: Crm) -> Crm:
    vfk = file_crm.organisations.save(Organisation(name="Vestfold fylkeskommune", website="https://www.vfk.no",
                                                   county_ids=[file_crm.counties.by_name("Vestfold").id or 0]))
    file_crm.organisations.save(Organisation(name="Tønsberg kommune", website="tonsberg.kommune.no"))
    file_crm.organisations.save(Organisation(name="Gmail-firma", website="gmail.com"))
    file_crm.people.save(Person(name="Kari Nordmann", email="Kari@VFK.no", organisation_id=vfk))
    return file_crm


def _message(**kwargs: object) -> bytes:
    defaults: dict[str, object] = {
        "to": "Prosjektleder Plassen <leder@btv.no>, \"Hansen, Ola\" <ola.hansen@tonsberg.kommune.no>",
        "cc": "per.berg@gmail.com, noreply@vfk.no, Kari Nordmann <kari@vfk.no>",
    }
    defaults.update(kwargs)
    return make_email(**defaults)  # type: ignore[arg-type]


def test_the_proposal(office: Crm) -> None:
    proposal = propose_email(office, parse_eml(_message()), user=USER)
    request = proposal.request
    assert request.kind == MeetingKind.EMAIL
    assert request.title == "Oppfølging etter møtet"
    assert request.when == dt.datetime(2016, 6, 14, 10, 15, tzinfo=clock.OSLO)
    # From, To, Cc once each; the user herself and the robot left out
    assert [(p.name, p.person_id is not None, p.role) for p in proposal.people] == [
        ("Kari Nordmann", True, "from"), ("Ola Hansen", False, "to"), ("Per Berg", False, "cc")]
    assert [(o.name, o.reason) for o in proposal.organisations] == [
        ("Vestfold fylkeskommune", "e-postdomenet vfk.no"), ("Tønsberg kommune", "e-postdomenet tonsberg.kommune.no")]
    ola = proposal.people[1]
    assert ola.organisation_id == office.organisations.find_by_name("Tønsberg kommune").id  # type: ignore[union-attr]
    assert proposal.people[2].organisation_id is None  # gmail.com names no organisation
    assert request.notes.startswith("Fra: Kari Nordmann <kari@vfk.no>\nTil: Prosjektleder Plassen <leder@btv.no>")
    assert "Takk for møtet i dag." in request.notes
    assert proposal.already_logged is None and proposal.warnings == []


def test_person_names_from_addresses() -> None:
    from btvcrm.exchange.email_message import Address

    assert person_name(Address("Nordmann, Kari", "k@x.no")) == "Kari Nordmann"
    assert person_name(Address("'Kari Nordmann'", "k@x.no")) == "Kari Nordmann"
    assert person_name(Address("", "ola.hansen2@x.no")) == "Ola Hansen2"
    assert person_name(Address("", "per_berg@x.no")) == "Per Berg"


def test_saving_logs_one_contact_with_people_and_message_id(office: Crm) -> None:
    proposal = propose_email(office, parse_eml(_message()), user=USER)
    result = log_email(office, proposal.log_request(), now=NOW)
    meeting = office.meetings.get(result.meeting_id)
    assert (meeting.title, meeting.kind, meeting.starts_at) == (
        "Oppfølging etter møtet", MeetingKind.EMAIL, dt.datetime(2016, 6, 14, 10, 15, tzinfo=clock.OSLO))
    names = {office.people.get(p.person_id).name: office.people.get(p.person_id) for p in meeting.participants}
    assert set(names) == {"Kari Nordmann", "Ola Hansen", "Per Berg"}
    assert names["Ola Hansen"].email == "ola.hansen@tonsberg.kommune.no"
    assert names["Ola Hansen"].organisation_id == office.organisations.find_by_name("Tønsberg kommune").id  # type: ignore[union-attr]
    assert names["Per Berg"].email == "per.berg@gmail.com"
    assert {office.organisations.get(i).name for i in meeting.organisation_ids} == {
        "Vestfold fylkeskommune", "Tønsberg kommune"}
    assert meeting.county_ids == [office.counties.by_name("Vestfold").id]
    assert office.meetings.message_id(result.meeting_id) == "abc123@vfk.no"
    assert [n for n in result.notes if n.startswith("Ny person")] == [
        f"Ny person opprettet: Ola Hansen (id {names['Ola Hansen'].id})",
        f"Ny person opprettet: Per Berg (id {names['Per Berg'].id})"]


def test_the_same_message_twice_is_refused_and_nothing_changes(office: Crm) -> None:
    message = parse_eml(_message())
    log_email(office, propose_email(office, message, user=USER).log_request(), now=NOW)
    counts = office.meetings.count(), office.people.count()
    again = propose_email(office, message, user=USER)
    assert again.already_logged is not None
    assert "allerede logget" in again.warnings[-1]
    with pytest.raises(UserError, match="allerede logget"):
        log_email(office, again.log_request(), now=NOW)
    assert (office.meetings.count(), office.people.count()) == counts
    # once the first is deleted, the message may be logged again
    office.meetings.soft_delete(again.already_logged)  # type: ignore[arg-type]
    log_email(office, propose_email(office, message, user=USER).log_request(), now=NOW)


def test_without_message_id_the_same_mail_is_still_recognised(office: Crm) -> None:
    raw = _message(message_id=None)
    log_email(office, propose_email(office, parse_eml(raw), user=USER).log_request(), now=NOW)
    assert propose_email(office, parse_eml(raw), user=USER).already_logged is not None
    other = _message(message_id=None, text="Et annet brev")
    assert propose_email(office, parse_eml(other), user=USER).already_logged is None


def test_the_dialog_may_change_the_proposal_before_saving(office: Crm) -> None:
    proposal = propose_email(office, parse_eml(_message()), user=USER)
    quick = proposal.request
    quick.people = [p for p in quick.people if p != "Per Berg"]  # she took Per out
    quick.follow_up_items = [FollowUpItem(text="Send referat", due=dt.date(2016, 6, 17), responsible="Ola Hansen")]
    quick.title = "Ferje: oppfølging"
    result = log_email(office, proposal.log_request(quick=quick), now=NOW)
    assert office.people.find_by_email("per.berg@gmail.com") is None
    follow_up = office.follow_ups.get(result.quick.follow_up_ids[0])
    assert follow_up.responsible_person_id == office.people.find_by_email("ola.hansen@tonsberg.kommune.no").id  # type: ignore[union-attr]
    assert office.meetings.get(result.meeting_id).title == "Ferje: oppfølging"


def test_missing_date_is_now_with_a_warning(office: Crm) -> None:
    proposal = propose_email(office, parse_eml(_message(date=None)), user=USER, now=NOW)
    assert proposal.request.when == NOW
    assert "ingen dato" in proposal.warnings[0]


def test_attachments_are_listed_and_kept_only_when_asked(office: Crm) -> None:
    pdf = b"%PDF-1.4\n" + os.urandom(3000)
    raw = _message(attachments=[("Referat 14.06.pdf", "application/pdf", pdf), ("../../etc/passwd", "text/plain", b"x"),
                                ("Referat 14.06.pdf", "application/pdf", b"annen")])
    listed = log_email(office, propose_email(office, parse_eml(raw), user=USER).log_request(), now=NOW)
    notes = office.meetings.get(listed.meeting_id).notes
    assert "Vedlegg: Referat 14.06.pdf (3 kB), ../../etc/passwd (1 byte), Referat 14.06.pdf (5 byte)" in notes
    rows = office.attachments.for_meeting(listed.meeting_id)
    assert [(r.name, r.size, r.stored_path) for r in rows] == [
        ("Referat 14.06.pdf", len(pdf), None), ("../../etc/passwd", 1, None), ("Referat 14.06.pdf", 5, None)]
    assert not paths.attachments_dir(office.path).exists()

    raw2 = raw.replace(b"abc123@vfk.no", b"other@vfk.no")
    kept = log_email(office, propose_email(office, parse_eml(raw2), user=USER).log_request(save_attachments=True),
                     now=NOW)
    rows = office.attachments.for_meeting(kept.meeting_id)
    files = [office.attachments.path_of(r) for r in rows]
    folder = paths.attachments_dir(office.path)
    assert folder == office.path.parent / "btvcrm-vedlegg"  # type: ignore[union-attr]
    assert [f.relative_to(folder).as_posix() for f in files if f] == [
        f"2016-06-14_{rows[0].stored_path.split('_', 1)[1].split('/')[0]}/Referat 14.06.pdf",  # type: ignore[union-attr]
        rows[1].stored_path, rows[2].stored_path]
    assert [f.name for f in files if f] == ["Referat 14.06.pdf", "passwd", "Referat 14.06 (2).pdf"]
    assert files[0].read_bytes() == pdf and files[2].read_bytes() == b"annen"  # type: ignore[union-attr]
    assert all(f.parent.parent == folder for f in files if f)
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600  # type: ignore[union-attr]
    assert check(office).ok
    files[1].unlink()  # type: ignore[union-attr]
    report = check(office)
    assert not report.ok and "passwd" in report.text()


def test_backups_mirror_the_attachments_folder(office: Crm, tmp_path: Path) -> None:
    raw = _message(attachments=[("a.pdf", "application/pdf", b"%PDF a"), ("b.txt", "text/plain", b"bee")])
    result = log_email(office, propose_email(office, parse_eml(raw), user=USER).log_request(save_attachments=True),
                       now=NOW)
    assert office.path is not None
    backups = tmp_path / "usb"
    assert attachments.mirror_into(office.path, backups) == 2
    assert attachments.mirror_into(office.path, backups) == 0  # files never change: only new ones are copied
    stored = [office.attachments.path_of(r) for r in office.attachments.for_meeting(result.meeting_id)]
    for path in stored:
        path.unlink()  # type: ignore[union-attr]
    assert attachments.restore_from(office.path, backups) == 2
    assert [p.read_bytes() for p in stored] == [b"%PDF a", b"bee"]  # type: ignore[union-attr]


def test_a_failed_save_leaves_no_files(office: Crm, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = _message(attachments=[("a.pdf", "application/pdf", b"%PDF a")])
    proposal = propose_email(office, parse_eml(raw), user=USER)
    request = proposal.log_request(save_attachments=True)

    def refuse(*args: object, **kwargs: object) -> list[int]:
        raise UserError("Disken er full.")

    monkeypatch.setattr(office.attachments, "add_in_transaction", refuse)
    before = office.meetings.count()
    with pytest.raises(UserError):
        log_email(office, request, now=NOW)
    assert office.meetings.count() == before
    folder = paths.attachments_dir(office.path)
    assert not any(p.is_file() for p in folder.rglob("*")) if folder.exists() else True


# The command line ----------------------------------------------------------------------

def run(db: Path, *args: object) -> int:
    return cli.main(["--db", str(db), *(str(a) for a in args)])


def test_cli_import_eml_prints_the_new_contacts_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "data.sqlite"
    with Crm.open(db) as crm:
        crm.organisations.save(Organisation(name="Vestfold fylkeskommune", website="vfk.no"))
    mail = write_email(tmp_path / "Oppfølging.eml", cc="Ola <ola@vfk.no>",
                       attachments=[("plan.pdf", "application/pdf", b"%PDF-1.4 plan")])
    assert run(db, "import", mail) == 0
    out, err = capsys.readouterr()
    meeting_id = int(out.strip())
    assert "Ny person opprettet: Kari Nordmann" in err
    with Crm.open(db) as crm:
        meeting = crm.meetings.get(meeting_id)
        assert meeting.kind == MeetingKind.EMAIL and meeting.title == "Oppfølging etter møtet"
        assert "Vedlegg: plan.pdf (13 byte)" in meeting.notes
        assert [crm.organisations.get(i).name for i in meeting.organisation_ids] == ["Vestfold fylkeskommune"]
    assert run(db, "import", mail) == 1
    assert f"allerede logget (kontakt {meeting_id})" in capsys.readouterr().err


def test_cli_import_msg_with_attachments_kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "data.sqlite"
    assert run(db, "import", SAMPLES / "plain_jpeg_attached.msg", "--save-attachments") == 0
    meeting_id = int(capsys.readouterr().out.strip())
    with Crm.open(db) as crm:
        (row,) = crm.attachments.for_meeting(meeting_id)
        path = crm.attachments.path_of(row)
        assert path is not None and path.read_bytes()[:3] == b"\xff\xd8\xff"  # a JPEG
        assert crm.meetings.get(meeting_id).starts_at == dt.datetime(2007, 9, 24, 15, 28, 3, tzinfo=clock.OSLO)


def test_cli_import_of_a_broken_msg_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "data.sqlite"
    broken = tmp_path / "brutt.msg"
    broken.write_bytes((SAMPLES / "charset.msg").read_bytes()[:4096])
    assert run(db, "import", broken) == 1
    err = capsys.readouterr().err
    assert err.startswith("btvcrm: ") and "Traceback" not in err and err.count("\n") == 1


def test_the_generic_import_sends_e_mails_to_their_use_case(file_crm: Crm, tmp_path: Path) -> None:
    from btvcrm.exchange import files

    mail = write_email(tmp_path / "brev.eml")
    assert files.sniff_file(mail) == "email"
    assert files.sniff_file(SAMPLES / "charset.msg") == "email"
    with pytest.raises(UserError, match="En e-post importeres med"):
        files.import_from(file_crm, mail)


def test_cli_backup_and_restore_carry_the_attachments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "data.sqlite"
    mail = write_email(tmp_path / "brev.eml", attachments=[("plan.pdf", "application/pdf", b"%PDF-1.4 plan")])
    assert run(db, "import", mail, "--save-attachments") == 0
    assert run(db, "backup") == 0
    capsys.readouterr()
    mirrored = list((tmp_path / "backups" / "data-vedlegg").rglob("plan.pdf"))
    assert [p.read_bytes() for p in mirrored] == [b"%PDF-1.4 plan"]
    stored = next((tmp_path / "data-vedlegg").rglob("plan.pdf"))
    stored.unlink()
    backup_file = sorted(p for p in (tmp_path / "backups").iterdir() if p.suffix == ".sqlite")[-1]
    assert run(db, "restore", backup_file) == 0
    assert stored.read_bytes() == b"%PDF-1.4 plan"
