"""Only a programming language bridges to a missing programming language (#6, second QA
pass): data formats the taxonomy files as languages (JSON, YAML) are no bridge to Java."""

from __future__ import annotations

from datetime import date

import standout

RESUME = b"""# Ravi Kumar

## Skills

Python, JSON, YAML, HTML, CSS, Django

## Experience

### Python Developer, Orchard Analytics (Jan 2020 - Mar 2024)

- Built REST services in Python and Django that exchange JSON with the billing system
- Wrote YAML pipeline definitions for the nightly imports
- Styled the admin pages with HTML and CSS
"""


def _gap(posting_text: bytes, skill_id: str):  # type: ignore[no-untyped-def]
    report = standout.analyze(RESUME, filename="r.md", reference_date=date(2024, 6, 1))
    posting = standout.parse_posting(posting_text, filename="p.txt")
    pack = standout.prepare(report, posting=posting)
    return next(g for g in pack.gaps if g.skill_id == skill_id)


def test_a_data_format_is_no_bridge_to_a_programming_language() -> None:
    gap = _gap(b"Java Developer\n\nRequirements\n- Strong Java\n", "java")
    related = {r.skill_id for r in gap.related}
    assert "python" in related
    assert not related & {"json", "yaml"}


def test_a_group_gap_says_which_member_a_bridge_is_like() -> None:
    gap = _gap(b"Engineer\n\nRequirements\n- Scala or Express\n", "scala")
    relations = {r.skill_id: r.relation for r in gap.related}
    assert relations["python"] == "same category as Scala: Programming language"
    assert relations["django"] == "same category as Express: Web framework or runtime"


def test_skills_the_job_offers_to_teach_get_no_gap_plan() -> None:
    report = standout.analyze(RESUME, filename="r.md", reference_date=date(2024, 6, 1))
    posting = standout.parse_posting(
        b"Engineer\n\nRequirements\n- Strong Python. You should be interested in learning "
        b"technologies like Scala, Play Framework, and EmberJS.\n",
        filename="p.txt",
    )
    gaps = {g.skill_id for g in standout.prepare(report, posting=posting).gaps}
    assert not gaps & {"scala", "play", "ember"}
