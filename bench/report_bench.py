"""PDF speed: one page of minutes, and a county report over 200 meetings.

    python bench/report_bench.py

Builds an in-memory file (the demo plus 200 synthetic meetings in Telemark with
agenda, decisions and follow-ups), then times building + rendering each document
over several runs and prints median and p95. The issue aims at < 0.3 s and < 3 s.
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import time

from btvcrm.demo import fill_demo
from btvcrm.domain import clock
from btvcrm.domain.enums import AgendaMark
from btvcrm.domain.models import AgendaItem, FollowUp, Meeting
from btvcrm.reports import builders, render_county_report, render_minutes
from btvcrm.settings import Settings
from btvcrm.storage.crm import Crm

PREFS = Settings(user_name="Prosjektleder")


def timed(fn: object, runs: int) -> list[float]:
    results = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()  # type: ignore[operator]
        results.append(time.perf_counter() - started)
    return results


def summary(label: str, values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{label:<48} median {statistics.median(values) * 1000:7.0f} ms   p95 {p95 * 1000:7.0f} ms"


def main() -> None:
    crm = Crm.open(None)
    fill_demo(crm)
    telemark = crm.counties.by_name("Telemark").id
    assert telemark is not None
    start = dt.datetime(2016, 1, 4, 9, 0, tzinfo=clock.OSLO)
    with crm.write():
        for n in range(200):
            meeting_id = crm.meetings.save_in_transaction(Meeting(
                title=f"Oppfølgingsmøte {n} om markedsdialog", starts_at=start + dt.timedelta(days=n, hours=n % 6),
                county_ids=[telemark], notes="Notater fra møtet. " * 20,
                agenda=[AgendaItem(f"Sak {i}", AgendaMark.DISCUSSION, "Diskusjon om behov og marked. " * 5)
                        for i in range(4)],
                decisions=[f"Vedtak {n}.1: gå videre med dialogen", f"Vedtak {n}.2: ny runde i høst"],
            ))
            crm.follow_ups.save_in_transaction(FollowUp(text=f"Følge opp møte {n}", meeting_id=meeting_id,
                                                        due_date=dt.date(2016, 7, 1), county_id=telemark))
    dialogue = crm.search.search("Dialogkonferanse Telemark", kinds=["meeting"])[0].id

    def minutes() -> None:
        render_minutes(builders.build_minutes_doc(crm, dialogue, settings=PREFS), io.BytesIO())

    def county_report() -> None:
        doc = builders.build_county_report_doc(crm, telemark, dt.date(2016, 1, 1), dt.date(2016, 12, 31),
                                               settings=PREFS)
        render_county_report(doc, io.BytesIO())

    minutes()  # warm up fonts
    print(summary("minutes, one page (build + render)", timed(minutes, 15)))
    meetings = len(builders.build_county_report_doc(crm, telemark, dt.date(2016, 1, 1), dt.date(2016, 12, 31),
                                                     settings=PREFS).meetings)
    pages = render_county_report(
        builders.build_county_report_doc(crm, telemark, dt.date(2016, 1, 1), dt.date(2016, 12, 31), settings=PREFS),
        io.BytesIO(),
    )
    print(summary(f"county report, {meetings} meetings, {pages} pages", timed(county_report, 5)))


if __name__ == "__main__":
    main()
