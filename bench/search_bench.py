"""Search latency against the bare FTS5 floor, on one synthetic file.

    python bench/search_bench.py [10k|50k|200k] [--runs 7]

What it measures (warm: every query once before timing, then `runs`
interleaved rounds; the median of each query over the rounds):

- the search popup's call, `crm.search.grouped(text)` (8 per kind), and the
  CLI's `crm.search.search(text, limit=50)`, over the 36 QUERIES below;
- the floor: bare `SELECT rowid FROM search_index WHERE search_index MATCH ?
  LIMIT 50` with every word of the text as a prefix (what was typed, found
  the cheapest way, nothing ranked), in the same round;
- the three slowest two-word searches of issue 16;
- typing "tønsberg kommune" one key at a time, each key a popup search,
  against the bare MATCH of each key.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (  # noqa: E402
    Row,
    Table,
    bench_file,
    describe_file,
    ensure_bytecode,
    fmt,
    machine_state,
    median,
    ms,
    p95,
    ratio,
)

QUERIES = [
    "møte",  # in every meeting
    "anskaffelse", "innovasjon", "Tøns", "Tønsberg", "sykehus ferje", "velferd", "dialog", "kontrakt",
    "Kari", "Haugen", "Ødegård", "Årstad", "Skien", "Drammen kommune", "energi bygg", "grønn transport",
    "digital styring", "verktøy", "p123@example.no", "o'brien", "NEAR(", "a-b", "(", "*", "plattform sky",
    "personvern avtale", "renhold", "Lars Holm", "miljø kvalitet pris",
    "tønsberg kommune", "kommune", "leverandør", "Kari Haugen", "anskaffelse kontrakt", "helse omsorg",
]
SLOWEST = ["grønn transport", "personvern avtale", "sykehus ferje"]
TYPED = "tønsberg kommune"
FLOOR_SQL = "SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 50"


def run(table: Table, size: str, path: Path, runs: int) -> None:
    from btvcrm.storage.crm import Crm
    from btvcrm.storage.search import match_expression

    print(f"search on {describe_file(path)}; {machine_state()}", flush=True)
    crm = Crm.open(path, readonly=True)
    try:
        def floor(text: str) -> float:
            expression = match_expression(text)
            if expression is None:
                return 0.0
            return ms(lambda: crm.db.execute(FLOOR_SQL, [expression]).fetchall())

        for query in QUERIES:  # warm
            crm.search.grouped(query)
            crm.search.search(query, limit=50)
            floor(query)
        popup: dict[str, list[float]] = {q: [] for q in QUERIES}
        flat: dict[str, list[float]] = {q: [] for q in QUERIES}
        bare: dict[str, list[float]] = {q: [] for q in QUERIES}
        keys: list[list[float]] = []
        key_floors: list[list[float]] = []
        for _ in range(runs):
            for query in QUERIES:
                popup[query].append(ms(lambda q=query: crm.search.grouped(q)))  # type: ignore[misc]
                bare[query].append(floor(query))
                flat[query].append(ms(lambda q=query: crm.search.search(q, limit=50)))  # type: ignore[misc]
            keys.append([ms(lambda t=TYPED[:n]: crm.search.grouped(t)) for n in range(1, len(TYPED) + 1)  # type: ignore[misc]
                         if TYPED[:n].strip()])
            key_floors.append([floor(TYPED[:n]) for n in range(1, len(TYPED) + 1) if TYPED[:n].strip()])
    finally:
        crm.close()
    popup_m = {q: median(v) for q, v in popup.items()}
    flat_m = {q: median(v) for q, v in flat.items()}
    bare_m = {q: median(v) for q, v in bare.items()}
    bare_values = list(bare_m.values())
    worst = max(popup_m, key=lambda q: popup_m[q])
    table.add(Row(f"search popup, {len(QUERIES)} queries, warm: p50 / p95", size,
                  f"{fmt(median(list(popup_m.values())))} / {fmt(p95(list(popup_m.values())))}",
                  f"{fmt(median(bare_values))} / {fmt(p95(bare_values))}",
                  f"{ratio(median(list(popup_m.values())), median(bare_values))} / "
                  f"{ratio(p95(list(popup_m.values())), p95(bare_values))}",
                  "p95 ≤ 50 ms and ≤ 3× the floor", note=f"slowest {worst!r} {fmt(popup_m[worst])}"))
    table.add(Row("search, CLI (one list of 50): p50 / p95", size,
                  f"{fmt(median(list(flat_m.values())))} / {fmt(p95(list(flat_m.values())))}",
                  f"{fmt(median(bare_values))} / {fmt(p95(bare_values))}",
                  f"{ratio(median(list(flat_m.values())), median(bare_values))} / "
                  f"{ratio(p95(list(flat_m.values())), p95(bare_values))}", ""))
    slow = [popup_m[q] for q in SLOWEST]
    slow_floor = [bare_m[q] for q in SLOWEST]
    table.add(Row("slowest two-word searches (" + ", ".join(f'"{q}"' for q in SLOWEST) + ")", size,
                  f"{fmt(min(slow))}–{fmt(max(slow))}", f"{fmt(min(slow_floor))}–{fmt(max(slow_floor))}",
                  ratio(max(slow), max(slow_floor)), "≤ 50 ms"))
    per_key = [median([run_[i] for run_ in keys]) for i in range(len(keys[0]))]
    per_key_floor = [median([run_[i] for run_ in key_floors]) for i in range(len(key_floors[0]))]
    table.add(Row(f'typing "{TYPED}" one key at a time: in all / slowest key', size,
                  f"{fmt(sum(per_key))} / {fmt(max(per_key))}",
                  f"{fmt(sum(per_key_floor))} / {fmt(max(per_key_floor))}",
                  ratio(sum(per_key), sum(per_key_floor)), "≤ 30 ms a key"))


def main() -> int:
    ensure_bytecode()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("size", nargs="?", default="200k", choices=["10k", "50k", "200k"])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    table = Table()
    run(table, args.size, bench_file(args.size), args.runs)
    print(table.markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())
