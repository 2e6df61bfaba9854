"""`python -m btvcrm.ui.screenshots DIR`: every page at 1366×768 from the demo file, as PNGs.

Uses `btvcrm.demo.fill_demo` when it exists, else the small sample below
(written through the same Crm API as the app, no SQL).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from btvcrm.domain import clock

SIZE = (1366, 768)


def fill_sample(crm: Any, today: dt.date | None = None) -> dict[str, int]:
    """A few organisations, people, meetings and follow-ups around `today`; returns their ids."""
    from btvcrm.domain.enums import MeetingKind, OrganisationKind
    from btvcrm.domain.models import FollowUp, Initiative, Lesson, Meeting, Organisation, Person

    day = today or clock.today()
    counties = {c.name: c.id for c in crm.counties.all()}
    ids: dict[str, int] = {}
    ids["buskerud_fk"] = crm.organisations.save(Organisation(
        "Buskerud fylkeskommune", OrganisationKind.COUNTY_COUNCIL, county_ids=[counties["Buskerud"]], is_key=True,
        keep_in_touch_days=30))
    ids["tonsberg"] = crm.organisations.save(Organisation(
        "Tønsberg kommune", OrganisationKind.MUNICIPALITY, county_ids=[counties["Vestfold"]], is_key=True,
        keep_in_touch_days=60))
    ids["vestre_viken"] = crm.organisations.save(Organisation(
        "Vestre Viken HF", OrganisationKind.HEALTH_TRUST, county_ids=[counties["Buskerud"]]))
    ids["telemark_fk"] = crm.organisations.save(Organisation(
        "Telemark fylkeskommune", OrganisationKind.COUNTY_COUNCIL, county_ids=[counties["Telemark"]], is_key=True))
    ids["kari"] = crm.people.save(Person("Kari Nordmann", email="kari@example.no",
                                         organisation_id=ids["buskerud_fk"], title="Innkjøpssjef"))
    ids["ola"] = crm.people.save(Person("Ola Ødegård", phone="+47 912 34 567",
                                        organisation_id=ids["tonsberg"], title="Rådgiver"))

    def at(offset: int, hour: int) -> dt.datetime:
        return dt.datetime.combine(day + dt.timedelta(days=offset), dt.time(hour), tzinfo=clock.OSLO)

    ids["meeting_past"] = crm.meetings.save(Meeting(
        "Forankringsmøte med Buskerud fylkeskommune", at(-3, 10), MeetingKind.MEETING,
        place="Drammen", organisation_ids=[ids["buskerud_fk"]], county_ids=[counties["Buskerud"]],
        notes="Avklarte forventninger og rammer for samarbeidet."))
    ids["meeting_today"] = crm.meetings.save(Meeting(
        "Dialogkonferanse om digitalt styringsverktøy", at(0, 13), MeetingKind.DIALOGUE_CONFERENCE,
        place="Skien", organisation_ids=[ids["telemark_fk"]], county_ids=[counties["Telemark"]]))
    ids["meeting_next"] = crm.meetings.save(Meeting(
        "Samtale om førerløs ferje", at(2, 9), MeetingKind.PHONE,
        organisation_ids=[ids["tonsberg"]], county_ids=[counties["Vestfold"]]))
    ids["fu_overdue"] = crm.follow_ups.save(FollowUp(
        "Send referat til fylkeskommunen", day - dt.timedelta(days=2), meeting_id=ids["meeting_past"],
        organisation_id=ids["buskerud_fk"]))
    ids["fu_today"] = crm.follow_ups.save(FollowUp(
        "Ring Vestre Viken om sykehusbygget", day, organisation_id=ids["vestre_viken"]))
    ids["fu_later"] = crm.follow_ups.save(FollowUp(
        "Invitere leverandører til markedsdialog", day + dt.timedelta(days=20), county_id=counties["Telemark"]))
    ids["initiative"] = crm.initiatives.save(Initiative(
        "Digitalt styringsverktøy", owner_organisation_id=ids["telemark_fk"], county_ids=[counties["Telemark"]],
        estimated_value_nok=4_500_000))
    ids["lesson"] = crm.lessons.save(Lesson(
        "Dialogkonferanse tidlig gir bedre tilbud", "Leverandørene fikk stille spørsmål før utlysning.",
        learned_in_county_id=counties["Telemark"], relevant_county_ids=[counties["Buskerud"], counties["Vestfold"]]))
    crm.anchoring.step(county_id=counties["Buskerud"], direction=1, on=day - dt.timedelta(days=60))
    crm.anchoring.step(county_id=counties["Buskerud"], direction=1, on=day - dt.timedelta(days=3))
    crm.anchoring.step(county_id=counties["Telemark"], direction=1, on=day - dt.timedelta(days=10))
    return ids


def fill(crm: Any) -> None:
    try:
        from btvcrm.demo import DEMO_TODAY, fill_demo
    except ImportError:
        fill_sample(crm)
        return
    # The demo tells a story around one day in June 2016: show the app as on that morning.
    clock.freeze(dt.datetime.combine(DEMO_TODAY, dt.time(9, 0), tzinfo=clock.OSLO))
    fill_demo(crm)


def render_all(out_dir: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from btvcrm.storage.crm import Crm
    from btvcrm.ui import i18n
    from btvcrm.ui.main_window import PAGE_NAMES, MainWindow

    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["btvcrm-screenshots"])
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as temp:
        os.environ["BTVCRM_HOME"] = temp  # settings of this run only
        i18n.install("nb")
        crm = Crm.open(Path(temp) / "demo.sqlite")
        try:
            fill(crm)
            window = MainWindow(crm)
            window.resize(*SIZE)
            window.show()
            app.processEvents()
            for number, name in enumerate(PAGE_NAMES, start=1):
                window.show_page(name)
                app.processEvents()
                written.append(_save(window, out_dir / f"{number:02d}-{name}.png"))
            window.show_page("counties")
            counties = crm.counties.all()
            if counties and counties[0].id is not None:
                window.open_item("county", counties[0].id)
                app.processEvents()
                written.append(_save(window, out_dir / "11-county.png"))
            window.show_page("today")
            window.search_field.setText("fylke")
            window.search_popup.run_search()
            app.processEvents()
            written.append(_save(window, out_dir / "12-search.png"))
            window.close()
        finally:
            crm.close()
            clock.freeze(None)
    del app
    return written


def _save(widget: Any, path: Path) -> Path:
    widget.grab().save(str(path))
    return path


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    for written_path in render_all(target):
        print(written_path)
