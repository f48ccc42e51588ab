"""The same resume gives the same report in every process (#4).

Python salts string hashes per process, so anything that walks a set of strings can come
out in another order next time. A report must not: two runs of ``standout analyze`` on the
same file, with the same reference date, are byte for byte the same.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# Texts where two skills of one criterion tie on a line: the advice names one of them.
TIED = [
    FIXTURES / "postings" / "backend-no-headings.txt",
    FIXTURES / "postings" / "rails-principal.txt",
]

_SCRIPT = """
import sys
from datetime import date
from standout.pipeline import analyze
from standout.render.json import report_to_json
for path in sys.argv[1:]:
    for role in ("mid", "senior"):
        print(report_to_json(analyze(path, role=role, reference_date=date(2025, 1, 1))))
"""


def _reports(seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    return subprocess.run(
        [sys.executable, "-c", _SCRIPT, *map(str, TIED)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def test_reports_do_not_depend_on_the_hash_seed() -> None:
    first = _reports(0)
    assert '"readiness"' in first
    for seed in (1, 2, 3, 4):
        assert _reports(seed) == first, f"the report changed with PYTHONHASHSEED={seed}"
