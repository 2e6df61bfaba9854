"""What a command imports and what that costs: `python -X importtime` over several runs.

    python bench/import_profile.py [--runs 5] [--top 25] -- --db FILE search "tønsberg kommune"
    python bench/import_profile.py --code "import reportlab.platypus"

Each module's self time is the minimum over the runs (this machine is shared, so
a single run's figures are mostly noise); the total is the sum of those minima.
Prints the total, the number of modules, the costliest modules by self time with
the module that first imported each (its parent in the import tree), and the
btvcrm modules loaded. Figures, not assertions: tests/test_cli_start.py holds
which heavy modules each command may load.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import ensure_bytecode, machine_state  # noqa: E402


def one_run(command: list[str]) -> tuple[dict[str, int], dict[str, str], list[str]]:
    env = dict(os.environ)
    env.pop("BTVCRM_DB", None)
    done = subprocess.run([sys.executable, "-X", "importtime", *command], env=env, cwd=ROOT,
                          capture_output=True, text=True, check=False)
    self_us: dict[str, int] = {}
    parent: dict[str, str] = {}
    order: list[str] = []
    pending: dict[int, list[str]] = {}  # importtime prints children before their parent
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        own, _cumulative, name = line[len("import time:"):].split("|")
        depth = (len(name) - len(name.lstrip())) // 2
        module = name.strip()
        self_us[module] = int(own)
        order.append(module)
        for child in pending.pop(depth + 1, []):
            parent[child] = module
        pending.setdefault(depth, []).append(module)
    return self_us, parent, order


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--code", help="profile `python -c CODE` instead of a btvcrm command")
    parser.add_argument("args", nargs="*", help="the btvcrm command line (after --)")
    options = parser.parse_args()
    ensure_bytecode()
    command = ["-c", options.code] if options.code else ["-m", "btvcrm", *options.args]
    best: dict[str, int] = {}
    parents: dict[str, str] = {}
    order: list[str] = []
    for _ in range(options.runs):
        self_us, parent, order = one_run(command)
        for module, value in self_us.items():
            best[module] = min(value, best.get(module, value))
        parents.update(parent)
    total = sum(best.values())
    print(f"{' '.join(command)}; {machine_state()}")
    print(f"imports: {total / 1000:.1f} ms (sum of each module's fastest self time over {options.runs} runs), "
          f"{len(best)} modules")
    for module, value in sorted(best.items(), key=lambda item: -item[1])[:options.top]:
        print(f"  {value / 1000:7.1f} ms  {module:<45} <- {parents.get(module, '(top)')}")
    ours = [m for m in order if m.startswith("btvcrm")]
    print(f"btvcrm modules ({len(ours)}, {sum(best[m] for m in ours) / 1000:.1f} ms self): " + ", ".join(ours))
    return 0


if __name__ == "__main__":
    sys.exit(main())
