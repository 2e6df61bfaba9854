"""Every benchmark, on the 10k, 50k and 200k synthetic files: the table of issue 16.

    make bench                                   # all of it (tens of minutes, heavy: run it niced)
    python bench/run_all.py --sizes 10k --only search,today --runs 3

Builds the synthetic files once (cached under bench/out/, rebuilt when
bench/synthetic.py changes, migrated when the schema does), then runs each
bench on each file. Every row is printed with its floor, measured in the same
run on the same file, and the ratio; every bench first prints which file and
the machine's state (load average) it measured. The whole table goes to
stdout and to bench/out/results.md at the end.

| bench | rows |
| --- | --- |
| search_bench.py | popup searches (36 queries), the CLI's list of 50, the slowest two-word searches, typing key by key |
| today_bench.py | the I dag page's queries (storage.today.today_overview) |
| lists_bench.py | count(*) on opening Møter, the last screenful, sort by title, follow-up list, a timeline |
| report_bench.py | county report over 210 meetings (statements, build, render), minutes in-process |
| startup_bench.py | first paint of the main window, Møter scrolled to the end, peak memory |
| cli_bench.py | whole processes: --version, search, list, one page of minutes; -X importtime |
| render_bench.py | rendering with and without rl-accel (once, not per file) |
| import_bench.py --quick, register_bench.py | other engineers' benches (exchange, inbound), run as they are when present; output under the table |
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import (  # noqa: E402
    cli_bench,
    lists_bench,
    render_bench,
    report_bench,
    search_bench,
    startup_bench,
    today_bench,
)
from bench.common import OUT, SIZES, Table, bench_file, ensure_bytecode, machine_state  # noqa: E402

# Other engineers' benches, run as they are (when present); their output goes under the table.
EXTERNAL = {
    "imports": ["import_bench.py", "--quick"],  # exchange: imports of calendar, vCard and CSV files
    "register": ["register_bench.py"],  # inbound: the Enhetsregisteret bulk file
}

BENCHES = {
    "search": search_bench.run,
    "today": today_bench.run,
    "lists": lists_bench.run,
    "report": report_bench.run,
    "startup": startup_bench.run_bench,
    "cli": cli_bench.run,
}


def run_external(table: Table, name: str) -> None:
    script, *flags = EXTERNAL[name]
    path = Path(__file__).resolve().parent / script
    if not path.exists():
        return
    print(f"{script} {' '.join(flags)}; {machine_state()}", flush=True)
    done = subprocess.run([sys.executable, str(path), *flags], capture_output=True, text=True, check=False)
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    for line in lines:
        print(f"  {line}")
    table.notes.append(f"{script} {' '.join(flags)} (exit {done.returncode}):\n" +
                       "\n".join(f"      {line}" for line in lines[-20:]))


def main() -> int:
    ensure_bytecode()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10k,50k,200k", help="comma-separated: 10k,50k,200k")
    parser.add_argument("--only", default="", help="comma-separated: " + ",".join([*BENCHES, "render", *EXTERNAL]))
    parser.add_argument("--runs", type=int, default=7, help="rounds per measurement (startup: at most 5)")
    args = parser.parse_args()
    sizes = [s for s in args.sizes.split(",") if s]
    unknown = [s for s in sizes if s not in SIZES]
    wanted = [b for b in args.only.split(",") if b] or [*BENCHES, "render", *EXTERNAL]
    unknown += [b for b in wanted if b not in BENCHES and b != "render" and b not in EXTERNAL]
    if unknown:
        parser.error(f"unknown: {', '.join(unknown)}")
    started = time.perf_counter()
    print(f"btvcrm benchmarks; {machine_state()}", flush=True)
    table = Table()
    for name in wanted:
        if name == "render":
            render_bench.run(table, args.runs)
            continue
        if name in EXTERNAL:
            run_external(table, name)
            continue
        for size in sizes:
            path = bench_file(size)
            runs = min(args.runs, 5) if name == "startup" else args.runs
            BENCHES[name](table, size, path, runs)
    order = {row.operation: i for i, row in reversed(list(enumerate(table.rows)))}
    table.rows.sort(key=lambda row: (order[row.operation], list(SIZES).index(row.size) if row.size in SIZES else 0))
    text = "\n".join([
        f"btvcrm benchmarks, {time.strftime('%Y-%m-%d %H:%M')}, {time.perf_counter() - started:.0f} s; "
        f"at the end: {machine_state()}",
        "",
        table.markdown(),
        "",
        *[f"- {note}" for note in table.notes],
    ])
    print()
    print(text)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "results.md").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
