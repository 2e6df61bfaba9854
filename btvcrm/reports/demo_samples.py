"""`make samples`: one of each document, rendered from the demo data.

    python -m btvcrm.reports.demo_samples docs/samples

The clock is pinned to 20 June 2016 (the demo's "today") so the files are the
same each time. The dialogue conference is given a case number and two parts
exempt from public access (a supplier's input and an internal assessment), so
the samples show the exempt header and the public version. Each PDF is also
rendered to PNG pages (pdftoppm, 60 dpi) when pdftoppm is installed.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from io import BytesIO
from pathlib import Path

from btvcrm import settings as user_settings
from btvcrm.demo import fill_demo
from btvcrm.domain import clock
from btvcrm.domain.exemption import Exemption, ExemptionBasis
from btvcrm.reports import builders, render_brief, render_county_report, render_minutes
from btvcrm.reports.privacy_report import render_innsyn_pdf
from btvcrm.storage.crm import Crm
from btvcrm.storage.safe_output import write_output

DEMO_NOW = dt.datetime(2016, 6, 20, 16, 0, tzinfo=clock.OSLO)
PREFS = user_settings.Settings(user_name="Cecilie Møller Endresen", user_title="prosjektleder",
                               user_email="cecilie@example.no")


def mark_dialogue_exempt(crm: Crm, meeting_id: int) -> None:
    """The demo's dialogue conference as the archive would see it: a case number, the
    suppliers' input exempt as business secrets and a decision exempt as internal."""
    meeting = crm.meetings.get(meeting_id)
    meeting.case_number = "2016/1432"
    meeting.agenda[1].exemption = Exemption(ExemptionBasis.OFFL_13_FVL_13_2, "Leverandørenes innspill")
    meeting.decision_exemptions = {0: Exemption(ExemptionBasis.OFFL_23)}
    crm.meetings.save(meeting)


def documents(crm: Crm) -> dict[str, bytes]:
    """Every kind of document from a data file filled with the demo (clock pinned meanwhile)."""
    previous = clock._frozen
    try:
        clock.freeze(DEMO_NOW)
        dialogue = crm.search.search("Dialogkonferanse Telemark", kinds=["meeting"])[0].id
        kickoff = crm.search.search("Oppstartsmøte", kinds=["meeting"])[0].id
        mark_dialogue_exempt(crm, dialogue)
        telemark = crm.counties.by_name("Telemark").id
        vestre_viken = crm.organisations.find_by_name("Vestre Viken HF")
        hilde = next(row["id"] for row in crm.people.query(limit=1000) if row["name"] == "Hilde Moen")
        assert telemark is not None and vestre_viken is not None and vestre_viken.id is not None
        jobs = {
            "referat-dialogkonferanse-utkast.pdf": (
                render_minutes, builders.build_minutes_doc(crm, dialogue, settings=PREFS)),
            "referat-dialogkonferanse-offentlig.pdf": (
                render_minutes, builders.build_minutes_doc(crm, dialogue, settings=PREFS, public=True)),
            "referat-oppstartsmote.pdf": (render_minutes, builders.build_minutes_doc(crm, kickoff, settings=PREFS)),
            "fylkesrapport-telemark.pdf": (
                render_county_report,
                builders.build_county_report_doc(crm, telemark, dt.date(2016, 3, 1), dt.date(2016, 6, 30),
                                                 settings=PREFS, case_number="2016/1201")),
            "moteforberedelse-vestre-viken.pdf": (
                render_brief, builders.build_brief_doc(crm, vestre_viken.id, settings=PREFS)),
        }
        found = {}
        for name, (render, doc) in jobs.items():
            buffer = BytesIO()
            render(doc, buffer)  # type: ignore[operator]
            found[name] = buffer.getvalue()
        # The data of services.privacy.innsyn (reports may not import services): the same reads.
        from btvcrm.storage.report_queries import ReportQueries

        data = {**crm.people.privacy().innsyn(hilde), "exported_at": clock.now_iso(),
                "private_notes_mentioning": ReportQueries(crm).private_notes_mentioning(hilde)}
        found["innsyn-hilde-moen.pdf"] = render_innsyn_pdf(data, settings=PREFS)
        return found
    finally:
        clock.freeze(previous)


def main(out_dir: str | Path = "docs/samples") -> list[Path]:
    target = Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    with Crm.open(None) as crm:
        fill_demo(crm)
        for name, data in documents(crm).items():
            path = write_output(target / name, data)
            written.append(path)
            if shutil.which("pdftoppm"):
                for old in target.glob(f"{path.stem}-*.png"):
                    old.unlink()
                subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(target / path.stem)], check=True)
    return written


if __name__ == "__main__":
    for written_path in main(sys.argv[1] if len(sys.argv) > 1 else "docs/samples"):
        print(written_path)
