"""Gap plans for a posting's missing must-haves: one per either-or group, each citing the
line that fits it best, or none (#6)."""

from __future__ import annotations

from datetime import date

import standout
from standout.model.prep import GapQuestion

RESUME = b"""# Ana Reyes

Backend Developer

## Experience

### Backend Developer - Tidewater, Porto
*Jan 2020 - Present*

- Designed a Go service for parcel tracking that handles 3,000 requests per second.
- Learned Rust in two weeks to rewrite the label printer, cutting print errors by 40%.
- Cut AWS spend by 20% by moving batch jobs to Lambda.

## Skills

- Go, Rust, PostgreSQL, AWS, SQL, Java
"""

POSTING = b"""Java Developer

Requirements:
- System design
- Multithreading
- Able to develop and work on a Linux, AIX, or a Unix derived OS
- Data structures
- JDBC
"""


def _gaps() -> dict[str, GapQuestion]:
    report = standout.analyze(RESUME, filename="cv.md", reference_date=date(2024, 6, 1))
    posting = standout.parse_posting(POSTING, filename="posting.txt")
    pack = standout.prepare(report, posting=posting)
    return {gap.skill_id: gap for gap in pack.gaps}


def test_an_either_or_group_gets_one_gap_plan() -> None:
    gaps = _gaps()
    group = [gap for gap in gaps.values() if gap.skill_id in {"linux", "aix", "unix"}]
    assert len(group) == 1
    assert group[0].name == "Linux or AIX or Unix"
    assert "Linux or AIX or Unix" in group[0].answer_outline[0]


def test_gap_plans_differ_and_cite_the_line_that_fits() -> None:
    gaps = _gaps()
    # "Designed a Go service" is the nearest the resume comes to system design.
    assert "line 10" in gaps["system-design"].answer_outline[1]
    assert "line 10" not in gaps["multithreading"].answer_outline[1]
    outlines = [gap.answer_outline for gap in gaps.values()]
    assert len(set(outlines)) == len(outlines)
    # The general example of learning fast is cited once, not in every plan.
    citing = [gap for gap in gaps.values() if any("line 11" in s for s in gap.answer_outline)]
    assert len(citing) == 1
