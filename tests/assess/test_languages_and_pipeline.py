"""Top languages with talking points, and the library entry point ``analyze`` (#4)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from assess_builders import ResumeSpec, RoleSpec, SkillSpec, build_profile, build_resume

import standout
from standout.assess import assess
from standout.errors import AnalyzeSourceError, UnknownTargetRoleError
from standout.model.report import REPORT_SCHEMA_VERSION, TargetRole
from standout.model.skills import Area

RESUME_700 = Path(__file__).parents[1] / "fixtures" / "assess" / "backend-700.txt"
REFERENCE = date(2024, 6, 1)

SKILLS = [
    SkillSpec("python", "Python", "language", "languages_frameworks", declared_years=6),
    SkillSpec("go", "Go", "language", "languages_frameworks"),
    SkillSpec("django", "Django", "web_framework", "languages_frameworks"),
    SkillSpec("sql", "SQL", "language", "languages_frameworks"),
    SkillSpec("ruby", "Ruby", "language", "languages_frameworks"),
]


def _resume_spec() -> ResumeSpec:
    return ResumeSpec(
        roles=[
            RoleSpec(
                "Senior Engineer",
                "Acme",
                (2020, 1),
                None,
                [
                    "Built the pricing API in Go, serving 2,000 requests/s at p99 30 ms",
                    "Rewrote the Python importer with Django, cutting run time from 3 hours to 20 minutes",
                    "Wrote SQL reports for finance in SQL",
                ],
            ),
            RoleSpec(
                "Engineer", "Beta", (2016, 1), (2019, 12), ["Maintained Python scripts for billing"]
            ),
        ],
        skills=["Languages: Python, Go, SQL, Ruby"],
    )


def test_top_languages_rank_applied_skills_and_skip_query_languages() -> None:
    resume = build_resume(_resume_spec())
    report = assess(resume, build_profile(resume, SKILLS), role=TargetRole.SENIOR)
    names = [focus.name for focus in report.top_languages]
    assert names == ["Python", "Go", "Django"]  # SQL is not a main language; Ruby is only listed
    python = report.top_languages[0]
    assert python.years_of_use == pytest.approx(8.5, abs=0.01)
    assert python.declared_years == 6
    assert len(python.talking_points) == 4
    projects, features, years, optimisations = python.talking_points
    assert "Senior Engineer at Acme" in projects and "Engineer at Beta" in projects
    assert "generators" in features
    assert "8.5 from your dated roles (you declare 6)" in years
    assert "from 3 hours to 20 minutes" in optimisations
    go = report.top_languages[1]
    assert "goroutines" in go.talking_points[1]
    assert all(item.skill_id == "go" for item in go.evidence)


def test_language_without_an_improvement_gets_a_prompt_to_prepare_one() -> None:
    resume = build_resume(_resume_spec())
    report = assess(resume, build_profile(resume, SKILLS))
    django = next(f for f in report.top_languages if f.name == "Django")
    assert "from 3 hours" in django.talking_points[3]
    spec = _resume_spec()
    spec.roles[0].bullets[1] = "Rewrote the Python importer with Django"
    resume = build_resume(spec)
    django = next(
        f for f in assess(resume, build_profile(resume, SKILLS)).top_languages if f.name == "Django"
    )
    assert django.talking_points[3].startswith("Optimisations: no bullet shows an improvement")


def test_analyze_a_text_resume_end_to_end() -> None:
    report = standout.analyze(RESUME_700, role="senior", reference_date=REFERENCE)
    assert report.schema_version == REPORT_SCHEMA_VERSION
    assert report.role is TargetRole.SENIOR
    assert [a.area for a in report.areas] == list(Area)
    assert 0 <= report.readiness <= 100
    assert len(report.top_fixes) == 5
    assert len(report.bullets) >= 25
    assert {f.name for f in report.top_languages} >= {"Python", "Go"}
    measured = [b for b in report.bullets if b.has_outcome]
    assert len(measured) >= 15


def test_analyze_accepts_bytes_and_documents_with_the_same_result() -> None:
    from_path = standout.analyze(RESUME_700, reference_date=REFERENCE)
    from_bytes = standout.analyze(
        RESUME_700.read_bytes(), filename="cv.txt", reference_date=REFERENCE
    )
    from standout.read import read  # the function; ``standout.read`` may be the subpackage

    document = read(RESUME_700)
    from_document = standout.analyze(document, role=TargetRole.MID, reference_date=REFERENCE)
    assert from_path.readiness == from_bytes.readiness == from_document.readiness
    assert from_path.areas == from_document.areas


def test_analyze_rejects_an_unknown_role_before_reading() -> None:
    with pytest.raises(UnknownTargetRoleError) as raised:
        standout.analyze(Path("does-not-exist.txt"), role="principal")
    assert raised.value.code == "E150"
    assert "junior, mid, senior, staff" in str(raised.value)


def test_analyze_rejects_what_it_cannot_read() -> None:
    with pytest.raises(AnalyzeSourceError) as raised:
        standout.analyze(42)  # type: ignore[arg-type]
    assert raised.value.code == "E151"
