"""Rendering speed of each report format, and ``standout analyze`` wall time from the shell."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from benchmarks.common import Row, median_seconds

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "backend-resume.md"
CLI_RUNS = 5


def _standout_command() -> list[str]:
    script = Path(sys.executable).with_name("standout")
    return [str(script)] if script.exists() else [sys.executable, "-m", "standout"]


def _cli_wall_seconds(*args: str) -> float:
    """Median wall time of the whole command, interpreter start included."""
    command = [*_standout_command(), "analyze", str(EXAMPLE), *args]
    env = {**os.environ, "NO_COLOR": "1"}
    times = []
    for run in range(CLI_RUNS + 1):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
        if run:  # the first run warms the file cache and byte-code
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(shared: Path | None) -> list[Row]:
    import standout
    from standout.render import render_report

    report = standout.analyze(EXAMPLE, role="senior", reference_date=date(2024, 5, 1))
    rows = []
    for format_name in ("html", "markdown", "json", "terminal"):
        seconds = median_seconds(lambda f=format_name: render_report(report, f), repeat=100)
        rows.append(Row("render", f"{format_name} report, median", seconds * 1000, "ms"))
    for label, args in (("terminal", ()), ("json", ("--format", "json"))):
        seconds = _cli_wall_seconds(*args)
        rows.append(
            Row(
                "render",
                f"`standout analyze` wall from the shell ({label}), median of {CLI_RUNS}",
                seconds,
                "s",
                "<= 0.5 s",
            )
        )
    return rows
