"""Import figures: calendar events (1k/10k/50k) and CSV rows (1k/10k/100k) into a
fresh data file, through the same call as `btvcrm import` (files.import_from).

    nice -n 10 .venv/bin/python bench/import_bench.py [--quick] [--out bench/out]

Prints one line per size: wall-clock and CPU seconds, records per second, and
the CPU time per record relative to the smallest size (1.0 = linear; CPU time,
because the machine is shared and wall-clock time follows the others' load). Files are generated under
bench/out/ (ignored by git); nothing is downloaded. Run on the project's 2-core
machine and quote the table in change notes; the tests never time anything.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from btvcrm.exchange import files  # noqa: E402
from btvcrm.storage.crm import Crm  # noqa: E402

FIRST_NAMES = ["Åse", "Per", "Kari", "Ola", "Ingrid", "Håkon", "Siri", "Øystein", "Lars", "Marit"]
LAST_NAMES = ["Bjørnstad", "Ås", "Nordmann", "Hansen", "Østby", "Sæther", "Lie", "Ødegård", "Berg", "Dahl"]
COUNTIES = ["Buskerud", "Telemark", "Vestfold"]


def write_events(path: Path, count: int) -> None:
    """`count` meetings in Europe/Oslo, with attendees (some of them known people)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//btvcrm bench//NO"]
    for i in range(count):
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        year = 2016 + (i // 336) % 10
        lines += [
            "BEGIN:VEVENT",
            f"UID:bench-{i}@example.no",
            "DTSTAMP:20160101T000000Z",
            f"DTSTART;TZID=Europe/Oslo:{year}{month:02d}{day:02d}T{8 + i % 8:02d}0000",
            f"DTEND;TZID=Europe/Oslo:{year}{month:02d}{day:02d}T{9 + i % 8:02d}0000",
            f"SUMMARY:Møte {i} om innovative anskaffelser",
            f"LOCATION:{COUNTIES[i % 3]} rådhus",
            f"DESCRIPTION:Notat {i}: forventninger og rammer\\, oppfølging.",
            "ORGANIZER;CN=Prosjektleder:mailto:leder@example.no",
            f"ATTENDEE;CN=Person {i % 997}:mailto:person{i % 997}@example.no",
            f"ATTENDEE;CN=Gjest {i}:mailto:gjest{i}@example.com",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))


def write_csv(path: Path, count: int) -> None:
    """`count` people (Google-like columns), a few hundred organisations, some shared phones."""
    rows = ["Fornavn;Etternavn;E-post;Telefon;Virksomhet;Stilling;Fylke;Notater"]
    for i in range(count):
        first, last = FIRST_NAMES[i % 10], LAST_NAMES[(i // 10) % 10]
        phone = f"9{i % 10_000_000:07d}"
        rows.append(f"{first};{last} {i};{first.lower()}.{i}@example.no;{phone};Leverandør {i % 300} AS;"
                    f"Rådgiver;{COUNTIES[i % 3]};Møtt på dialogkonferansen")
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-8"))


def time_import(source: Path, prepare: Callable[[Crm], None] | None = None) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds) of one import into a fresh file."""
    folder = Path(tempfile.mkdtemp(prefix="btvcrm-bench-"))
    try:
        db = folder / "bench.sqlite3"
        with Crm.open(db) as crm:
            if prepare is not None:
                prepare(crm)
            started, cpu = time.perf_counter(), time.process_time()
            files.import_from(crm, source)
            return time.perf_counter() - started, time.process_time() - cpu
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def known_people(crm: Crm) -> None:
    """The attendees person0..person996 are in the file (matched by e-mail)."""
    from btvcrm.domain.models import Person

    with crm.write():
        for i in range(997):
            crm.people.save_in_transaction(Person(name=f"Person {i}", email=f"person{i}@example.no"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="only the two smaller sizes of each")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    plans = [
        ("events", [1_000, 10_000, 50_000], write_events, ".ics", known_people),
        ("csv rows", [1_000, 10_000, 100_000], write_csv, ".csv", None),
    ]
    print(f"{'what':<10} {'n':>8} {'wall s':>8} {'cpu s':>8} {'per cpu s':>10} {'ratio':>6}")
    for what, sizes, writer, suffix, prepare in plans:
        base: float | None = None
        for n in sizes[:2] if args.quick else sizes:
            source = args.out / f"import_{what.split()[0]}_{n}{suffix}"
            if not source.exists():
                writer(source, n)
            wall, cpu = time_import(source, prepare)
            per_record = cpu / n
            base = base or per_record
            print(f"{what:<10} {n:>8} {wall:>8.2f} {cpu:>8.2f} {n / cpu:>10.0f} {per_record / base:>6.2f}",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
