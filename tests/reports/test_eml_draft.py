from __future__ import annotations

from email import policy
from email.parser import BytesParser
from email.utils import getaddresses
from pathlib import Path

from btvcrm.reports.eml import write_eml_draft


def test_eml_draft_parses_back(tmp_path: Path) -> None:
    pdf = tmp_path / "2016-06-14 Referat Dialogkonferanse Telemark.pdf"
    pdf.write_bytes(b"%PDF-1.4 fake")
    path = write_eml_draft(
        tmp_path / "utkast.eml",
        subject="Referat: Dialogkonferanse Telemark – 14. juni",
        body="Hei!\n\nVedlagt er referatet fra dialogkonferansen.\n\nHilsen Cecilie",
        recipients=[
            ("Åse Bråten", "ase.braten@example.no"),
            ("Jørgen Sætre, innkjøp", "jorgen.saetre@example.no"),
            ("Uten e-post", ""),
            ("Duplikat", "ASE.BRATEN@example.no"),
            ("Ondsinnet", "a@b.no>\r\nBcc: x@evil.example"),
        ],
        attachment_path=pdf,
    )
    raw = path.read_bytes()
    assert b"\r\nBcc" not in raw and b"\nBcc" not in raw
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert msg["X-Unsent"] == "1"
    assert msg["Subject"] == "Referat: Dialogkonferanse Telemark – 14. juni"
    to = getaddresses([str(msg["To"])])
    assert to == [
        ("Åse Bråten", "ase.braten@example.no"),
        ("Jørgen Sætre, innkjøp", "jorgen.saetre@example.no"),
    ]
    assert "vedlagt er referatet" in msg.get_body(("plain",)).get_content().lower()
    attachments = list(msg.iter_attachments())
    assert len(attachments) == 1
    assert attachments[0].get_filename() == pdf.name
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_content() == b"%PDF-1.4 fake"
    assert all(b < 128 for b in raw)  # 7-bit clean: names and text are encoded


def test_eml_without_attachment_or_recipients(tmp_path: Path) -> None:
    path = write_eml_draft(tmp_path / "x.eml", subject="", body="", recipients=[])
    msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    assert msg["X-Unsent"] == "1"
    assert msg["To"] is None


def test_eml_names_the_attachment_twice_signs_and_quotes(tmp_path: Path) -> None:
    pdf = tmp_path / "2016-06-14 Referat Møte på Skien.pdf"
    pdf.write_bytes(b"%PDF-1.4 fake")
    path = write_eml_draft(
        tmp_path / "utkast.eml",
        subject="Referat:\u200b Møte\x07 på\u202e Skien\r\nBcc: x@evil.example",
        body="Hei,\n\nVedlagt er referatet – med æøå.\n\nVennlig hilsen",
        recipients=[("Åse Bråten", "ase@example.no")],
        attachment_path=pdf,
        sender=("Cecilie Møller Endresen", "cecilie@example.no"),
        signature="Cecilie Møller Endresen",
    )
    raw = path.read_bytes()
    assert all(b < 128 for b in raw)
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert msg["Subject"] == "Referat: Møte på Skien Bcc: x@evil.example"  # one line, nothing invisible
    assert msg["Bcc"] is None
    assert getaddresses([str(msg["From"])]) == [("Cecilie Møller Endresen", "cecilie@example.no")]
    body = msg.get_body(("plain",))
    assert body["Content-Transfer-Encoding"] in ("quoted-printable", "base64")
    assert body.get_content().replace("\r\n", "\n").rstrip().endswith("Vennlig hilsen\nCecilie Møller Endresen")
    attachment = list(msg.iter_attachments())[0]
    assert attachment.get_filename() == pdf.name  # filename* (RFC 2231)
    assert attachment.get_param("name") is not None  # and name= for Outlook
    assert b"filename*=utf-8''2016-06-14%20Referat%20M%C3%B8te" in raw
    assert b'name="=?utf-8?q?2016-06-14_Referat_M=C3=B8te' in raw
    assert (path.stat().st_mode & 0o777) == 0o600  # like every other output


def test_eml_refuses_to_overwrite_a_data_file(tmp_path: Path) -> None:
    import pytest

    from btvcrm.domain.errors import UserError
    from btvcrm.storage.crm import Crm

    data_file = tmp_path / "data.sqlite"
    with Crm.open(data_file), pytest.raises(UserError):
        write_eml_draft(data_file, subject="x", body="", recipients=[])


def test_minutes_email_draft_from_settings(demo_crm) -> None:  # type: ignore[no-untyped-def]
    from btvcrm import settings as user_settings
    from btvcrm.services import documents

    prefs = user_settings.Settings(user_name="Cecilie Møller Endresen", user_email="cecilie@example.no")
    meeting = demo_crm.search.search("Dialogkonferanse Telemark", kinds=["meeting"])[0].id
    draft = documents.minutes_email(demo_crm, meeting, settings=prefs)
    assert draft.sender == ("Cecilie Møller Endresen", "cecilie@example.no")
    assert draft.signature == "Cecilie Møller Endresen" and draft.recipients
    assert draft.subject == "Møtereferat: Dialogkonferanse Telemark"
