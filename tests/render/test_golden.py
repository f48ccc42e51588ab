"""Golden files: each output format of two fixture resumes, analysed at a fixed date (#4).

Regenerate after an intended change with ``STANDOUT_UPDATE_GOLDEN=1 pytest tests/render``
and review the diff before committing it.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

import standout
from standout.render import render_report

GOLDEN = Path(__file__).parents[1] / "fixtures" / "golden"
INPUTS = GOLDEN / "inputs"
REFERENCE_DATE = date(2024, 5, 1)
CASES = (("senior-platform.md", "senior"), ("junior-career-change.txt", "junior"))
EXTENSIONS = {"terminal": "txt", "json": "json", "markdown": "md", "html": "html"}
UPDATE = os.environ.get("STANDOUT_UPDATE_GOLDEN") == "1"


@pytest.mark.parametrize("output_format", list(EXTENSIONS))
@pytest.mark.parametrize(("resume", "role"), CASES)
def test_output_matches_golden_file(resume: str, role: str, output_format: str) -> None:
    source = INPUTS / resume
    # Bytes and a bare file name, so that the report never holds this machine's paths.
    report = standout.analyze(
        source.read_bytes(), role=role, filename=resume, reference_date=REFERENCE_DATE
    )
    rendered = render_report(report, output_format)
    golden = GOLDEN / f"{source.stem}.{role}.{EXTENSIONS[output_format]}"
    if UPDATE:
        golden.write_text(rendered, encoding="utf-8")
    assert golden.exists(), f"{golden.name} is missing: run with STANDOUT_UPDATE_GOLDEN=1"
    assert rendered == golden.read_text(encoding="utf-8")


def test_report_is_the_same_whatever_the_hash_seed() -> None:
    """Regression (#4): set iteration once reordered evidence between runs."""
    import subprocess
    import sys

    script = (
        "import sys, standout; from datetime import date; "
        "from standout.render.json import report_to_json; "
        "r = standout.analyze(sys.argv[1], role='senior', reference_date=date(2024, 5, 1)); "
        "sys.stdout.write(report_to_json(r))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script, str(INPUTS / "senior-platform.md")],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1
