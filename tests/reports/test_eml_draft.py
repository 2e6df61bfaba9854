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
