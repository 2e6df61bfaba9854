"""`make samples`: one of each document, rendered from the demo data.

    python -m btvcrm.reports.demo_samples docs/samples

The clock is pinned to 20 June 2016 (the demo's "today") so the files are
the same each time.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from btvcrm import settings as user_settings
from btvcrm.demo import fill_demo
from btvcrm.domain import clock
from btvcrm.reports import builders, render_brief, render_county_report, render_minutes
from btvcrm.storage.crm import Crm

DEMO_NOW = dt.datetime(2016, 6, 20, 16, 0, tzinfo=clock.OSLO)
PREFS = user_settings.Settings(user_name="Prosjektleder BTV", user_title="")


def main(out_dir: str | Path = "docs/samples") -> list[Path]:
    target = Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    previous = clock._frozen
    written = []
    try:
        with Crm.open(None) as crm:
            fill_demo(crm)
            clock.freeze(DEMO_NOW)
            dialogue = crm.search.search("Dialogkonferanse Telemark", kinds=["meeting"])[0].id
            kickoff = crm.search.search("Oppstartsmøte", kinds=["meeting"])[0].id
            telemark = crm.counties.by_name("Telemark").id
            vestre_viken = crm.organisations.find_by_name("Vestre Viken HF")
            assert telemark is not None and vestre_viken is not None and vestre_viken.id is not None
            jobs = [
                ("referat-dialogkonferanse-utkast.pdf", render_minutes,
                 builders.build_minutes_doc(crm, dialogue, settings=PREFS)),
                ("referat-oppstartsmote.pdf", render_minutes, builders.build_minutes_doc(crm, kickoff, settings=PREFS)),
                ("fylkesrapport-telemark.pdf", render_county_report,
                 builders.build_county_report_doc(crm, telemark, dt.date(2016, 3, 1), dt.date(2016, 6, 30),
                                                  settings=PREFS)),
                ("moteforberedelse-vestre-viken.pdf", render_brief,
                 builders.build_brief_doc(crm, vestre_viken.id, settings=PREFS)),
            ]
            for name, render, doc in jobs:
                path = target / name
                render(doc, path)  # type: ignore[operator]
                written.append(path)
    finally:
        clock.freeze(previous)
    return written


if __name__ == "__main__":
    for written_path in main(sys.argv[1] if len(sys.argv) > 1 else "docs/samples"):
        print(written_path)
