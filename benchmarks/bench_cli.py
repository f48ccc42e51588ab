"""How fast the command line starts: ``standout analyze`` and ``standout --help`` from a shell.

Each command runs ``RUNS`` times in a fresh interpreter (after one warm-up run that fills
the file cache and byte-code). Reported: the median wall time, which is what a user waits
for (target 0.5 s for analyze), and the median CPU time (user + system) of the child,
which a loaded shared machine disturbs much less than wall time.

Run alone: ``python -m benchmarks.bench_cli`` prints the figures.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import Row

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "backend-resume.md"
RUNS = 10


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed_runs(arguments: list[str]) -> tuple[float, float]:
    """Median wall and median CPU seconds of ``python -m standout <arguments>``."""
    command = [sys.executable, "-m", "standout", *arguments]
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80"}
    walls: list[float] = []
    cpus: list[float] = []
    for run in range(RUNS + 1):
        cpu_before = _child_cpu()
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)
        if run:  # the first run warms the file cache and byte-code
            walls.append(time.perf_counter() - start)
            cpus.append(_child_cpu() - cpu_before)
    return statistics.median(walls), statistics.median(cpus)


def run(shared: Path | None) -> list[Row]:
    del shared  # the command line needs no shared data
    rows: list[Row] = []
    for label, arguments, target in (
        (f"standout analyze {EXAMPLE.name}", ["analyze", str(EXAMPLE)], "<= 500 ms"),
        ("standout --help", ["--help"], ""),
    ):
        wall, cpu = _timed_runs(arguments)
        rows.append(Row("cli", f"{label}: wall, median of {RUNS}", wall * 1000, "ms", target))
        rows.append(Row("cli", f"{label}: CPU (user+sys), median of {RUNS}", cpu * 1000, "ms"))
    return rows


if __name__ == "__main__":
    for row in run(None):
        print(f"{row.metric:<60} {row.value:8.1f} {row.unit} {row.target}")
