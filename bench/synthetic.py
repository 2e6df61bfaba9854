"""Build a large synthetic data file for benchmarks (not used by tests).

Ten times a heavy decade of use: 10k organisations, 50k people, 200k meetings,
400k follow-ups (`--meetings 1000000` for the stress size). Rows go in through
plain SQL in big transactions so building takes minutes, not hours; the
database's own triggers still fill the search index, as in real use.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from pathlib import Path

from btvcrm.storage.crm import Crm

WORDS = ["anskaffelse", "innovasjon", "leverandør", "dialog", "marked", "konkurranse", "kontrakt", "behov", "sykehus", "ferje", "velferd", "teknologi", "energi", "bygg", "grønn", "transport", "digital", "styring", "verktøy", "kommune", "fylke", "helse", "omsorg", "klima", "avfall", "vann", "vei", "skole", "barnehage", "renhold", "mat", "logistikk", "sensor", "plattform", "sky", "drift", "sikkerhet", "personvern", "avtale", "pris", "kvalitet", "miljø"]
PLACES = ["Drammen", "Skien", "Tønsberg", "Larvik", "Kongsberg", "Porsgrunn", "Sandefjord", "Notodden", "Hønefoss"]
FIRST = ["Anne", "Bjørn", "Kari", "Ola", "Per", "Siri", "Mari", "Jonas", "Ingrid", "Lars", "Nina", "Tor", "Eva", "Geir", "Hilde", "Erik", "Åse", "Øystein", "Ærlig"]
LAST = ["Haugen", "Bakke", "Lunde", "Ødegård", "Sæther", "Årstad", "Berg", "Holm", "Dahl", "Aas", "Nilsen", "Vik", "Moen", "Strand", "Eriksen", "Solberg"]


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def build(path: Path, *, organisations: int, people: int, meetings: int, follow_ups: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    if path.exists():
        path.unlink()
    started = time.perf_counter()
    crm = Crm.open(path)
    db = crm.db
    now = "2026-01-01T09:00:00+01:00"
    db.execute("PRAGMA synchronous = OFF")  # building only; the app always runs with FULL
    with crm.write():
        db.conn.executemany(
            "INSERT INTO organisations (name, kind, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            (
                (f"{rng.choice(PLACES)} {rng.choice(WORDS)} {i} AS", rng.choice(["supplier", "municipality", "other"]),
                 sentence(rng, 8), now, now)
                for i in range(organisations)
            ),
        )
        db.conn.executemany(
            "INSERT INTO organisation_counties (organisation_id, county_id) VALUES (?, ?)",
            ((i + 1, rng.randint(1, 3)) for i in range(organisations)),
        )
        db.conn.executemany(
            "INSERT INTO people (name, email, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            (
                (f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"p{i}@example.no", sentence(rng, 5), now, now)
                for i in range(people)
            ),
        )
        db.conn.executemany(
            "INSERT INTO person_roles (person_id, organisation_id, title, start_date) VALUES (?, ?, ?, ?)",
            ((i + 1, rng.randint(1, organisations), "Rådgiver", "2016-01-01") for i in range(people)),
        )
    print(f"  organisations and people: {time.perf_counter() - started:.1f} s", flush=True)
    start_day = dt.datetime(2016, 1, 1, 8, 0)
    batch = 50_000
    for first in range(0, meetings, batch):
        with crm.write():
            rows = []
            for i in range(first, min(first + batch, meetings)):
                when = start_day + dt.timedelta(minutes=int(i * (60 * 24 * 3650) / max(meetings, 1)))
                rows.append(
                    (f"m{i}@bench", f"Møte om {rng.choice(WORDS)} {rng.choice(WORDS)}",
                     rng.choice(["meeting", "phone", "email", "video"]), when.isoformat() + "+01:00",
                     rng.choice(PLACES), f"møte {sentence(rng, 25)}", now, now)
                )
            db.conn.executemany(
                "INSERT INTO meetings (uid, title, kind, starts_at, place, notes, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            db.conn.executemany(
                "INSERT INTO meeting_organisations (meeting_id, organisation_id) VALUES (?, ?)",
                ((i + 1, rng.randint(1, organisations)) for i in range(first, min(first + batch, meetings))),
            )
            db.conn.executemany(
                "INSERT INTO meeting_counties (meeting_id, county_id) VALUES (?, ?)",
                ((i + 1, rng.randint(1, 3)) for i in range(first, min(first + batch, meetings))),
            )
            db.conn.executemany(
                "INSERT OR IGNORE INTO meeting_participants (meeting_id, person_id) VALUES (?, ?)",
                ((i + 1, rng.randint(1, people)) for i in range(first, min(first + batch, meetings))),
            )
        print(f"  meetings {min(first + batch, meetings)}: {time.perf_counter() - started:.1f} s", flush=True)
    for first in range(0, follow_ups, 100_000):
        with crm.write():
            db.conn.executemany(
                "INSERT INTO follow_ups (text, due_date, status, meeting_id, organisation_id, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    (sentence(rng, 6), (dt.date(2016, 1, 1) + dt.timedelta(days=rng.randint(0, 3650))).isoformat(),
                     rng.choice(["open", "done", "done", "cancelled"]), rng.randint(1, meetings),
                     rng.randint(1, organisations), now, now)
                    for _ in range(first, min(first + 100_000, follow_ups))
                ),
            )
    db.execute("PRAGMA synchronous = FULL")
    db.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
    db.execute("ANALYZE")
    crm.close()
    print(f"  built {path} in {time.perf_counter() - started:.1f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", type=Path)
    parser.add_argument("--meetings", type=int, default=200_000)
    args = parser.parse_args()
    scale = args.meetings / 200_000
    build(args.path, organisations=int(10_000 * scale), people=int(50_000 * scale), meetings=args.meetings,
          follow_ups=int(400_000 * scale))


if __name__ == "__main__":
    main()
