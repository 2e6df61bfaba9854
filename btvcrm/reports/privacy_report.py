"""Innsyn as a PDF: everything held about one person (private notes excluded).

Takes the plain data of `btvcrm.services.privacy.innsyn`; every value from the
file is user text and is escaped by the style helpers.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from reportlab.platypus import Flowable, Spacer

from btvcrm.reports.styles import (
    PageDecor,
    build_pdf,
    data_table,
    key_value_table,
    make_styles,
    para,
)

_ATTENDANCE = {"present": "til stede", "absent": "forfall", "copy": "kopi"}
_STATUS = {"open": "åpen", "done": "utført", "cancelled": "avlyst"}


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nei"
    return str(value)


def render_innsyn_pdf(data: dict[str, Any]) -> bytes:
    st = make_styles()
    person = data["person"]
    story: list[Flowable] = [
        para("Innsyn: opplysninger om en person", st.title),
        para(f"Eksportert {_text(data.get('exported_at'))}", st.muted),
        Spacer(1, 6),
        key_value_table(
            [
                ("Navn", _text(person["name"])),
                ("E-post", _text(person["email"])),
                ("Telefon", _text(person["phone"])),
                ("Notater", _text(person["notes"])),
                ("Private notater", "finnes (ikke utlevert her)" if person["has_private_notes"] else "ingen"),
                ("Rettslig grunnlag", _text(person["legal_basis"])),
                ("Innsigelse", _text(person["objection"])),
                ("Registrert", _text(person["created_at"])),
                ("Sist endret", _text(person["updated_at"])),
                ("Slettet", _text(person["erased_at"])),
            ],
            st,
        ),
    ]

    def section(title: str, header: list[str], rows: list[list[str]], fractions: list[float]) -> None:
        story.append(Spacer(1, 8))
        story.append(para(title, st.h2))
        if rows:
            story.append(data_table(header, rows, fractions, st))
        else:
            story.append(para("Ingen.", st.muted))

    section(
        "Roller",
        ["Organisasjon", "Tittel", "Fra", "Til"],
        [[_text(r["organisation"]), _text(r["title"]), _text(r["start_date"]), _text(r["end_date"])]
         for r in data["roles"]],
        [3, 3, 1.5, 1.5],
    )
    section("Fylker og stikkord", ["Fylker", "Stikkord"],
            [[", ".join(data["counties"]), ", ".join(data["tags"])]] if data["counties"] or data["tags"] else [],
            [1, 1])
    section(
        "Møter og kontakter",
        ["Dato", "Tittel", "Oppmøte"],
        [[_text(m["starts_at"])[:16].replace("T", " "), _text(m["title"]),
          _ATTENDANCE.get(m["attendance"], _text(m["attendance"]))] for m in data["meetings"]],
        [2, 5, 1.5],
    )
    section(
        "Oppfølgingspunkter",
        ["Frist", "Tekst", "Status", "Ansvarlig"],
        [[_text(f["due_date"]), _text(f["text"]), _STATUS.get(f["status"], _text(f["status"])),
          _text(f["responsible"])] for f in data["follow_ups"]],
        [1.5, 5, 1.2, 1.2],
    )
    section(
        "Vurderinger (innflytelse/interesse)",
        ["Dato", "Innflytelse", "Interesse", "Notat"],
        [[_text(a["assessed_on"]), _text(a["influence"]), _text(a["interest"]), _text(a["note"])]
         for a in data["assessments"]],
        [1.5, 1.2, 1.2, 5],
    )
    buffer = BytesIO()
    decor = PageDecor(lang="nb", running_title="Innsyn", footer_left=f"Eksportert {_text(data.get('exported_at'))}")
    build_pdf(buffer, story, decor, title="Innsyn", subject="Innsyn etter personvernforordningen")
    return buffer.getvalue()
