"""Area scores, readiness and fixes: the behaviour issue #4 asks for, on hand-built resumes."""

from __future__ import annotations

import dataclasses

import pytest
from assess_builders import (
    RICH_SKILLS,
    ProjectSpec,
    ResumeSpec,
    RoleSpec,
    SkillSpec,
    build_profile,
    build_resume,
    empty_spec,
    rich_spec,
)

from standout.assess import assess, check_bullet
from standout.assess.framework import load_framework
from standout.model.report import Report, Severity, TargetRole
from standout.model.skills import Area

ROLES = list(TargetRole)

BASIC_SKILLS = [
    SkillSpec("python", "Python", "language", "languages_frameworks"),
    SkillSpec("django", "Django", "web_framework", "languages_frameworks"),
    SkillSpec("postgresql", "PostgreSQL", "database_relational", "databases_caching"),
    SkillSpec("docker", "Docker", "container", "devops_sre"),
    SkillSpec("aws", "AWS", "cloud_provider", "cloud"),
]


def _basic_spec(
    bullet: str = "Built the invoicing service in Python with Django and PostgreSQL",
) -> ResumeSpec:
    return ResumeSpec(
        roles=[
            RoleSpec(
                "Backend Engineer",
                "Invoicely",
                (2020, 1),
                None,
                [
                    bullet,
                    "Wrote the billing reports for the finance team",
                    "Fixed bugs in the payments integration",
                ],
            )
        ],
        skills=["Languages: Python", "Frameworks: Django", "Tools: PostgreSQL, Docker, AWS"],
        education=["BSc Computing, 2019"],
    )


def _report(
    spec: ResumeSpec, role: TargetRole = TargetRole.MID, skills: list[SkillSpec] | None = None
) -> Report:
    resume = build_resume(spec)
    return assess(resume, build_profile(resume, skills or BASIC_SKILLS), role=role)


@pytest.mark.parametrize("role", ROLES)
def test_every_area_reaches_its_maximum(role: TargetRole) -> None:
    resume = build_resume(rich_spec())
    report = assess(resume, build_profile(resume, RICH_SKILLS), role=role)
    assert {area.area: area.score for area in report.areas} == {area: 100 for area in Area}


@pytest.mark.parametrize("role", ROLES)
def test_every_area_reaches_its_minimum(role: TargetRole) -> None:
    resume = build_resume(empty_spec())
    report = assess(resume, build_profile(resume, RICH_SKILLS), role=role)
    assert {area.area: area.score for area in report.areas} == {area: 0 for area in Area}
    assert report.readiness == 0
    assert report.bullets == ()
    assert report.top_languages == ()


def test_adding_a_measured_outcome_raises_the_bullet_and_the_results_area() -> None:
    plain = _report(_basic_spec())
    measured = _report(
        _basic_spec(
            "Built the invoicing service in Python with Django and PostgreSQL, "
            "cutting invoice run time from 40 to 6 minutes"
        )
    )
    before, after = plain.bullets[0], measured.bullets[0]
    assert not before.has_outcome and after.has_outcome
    assert after.score == before.score + 45
    assert measured.area(Area.RESULTS).score > plain.area(Area.RESULTS).score
    assert measured.readiness > plain.readiness


def test_removing_the_skills_section_removes_the_half_credit_of_listed_only_skills() -> None:
    # Docker and AWS appear only in the skills list: half credit each (containers, cloud).
    with_section = _report(_basic_spec())
    spec = _basic_spec()
    spec.skills = []
    without_section = _report(spec)
    criteria = {c.criterion_id: c for c in with_section.area(Area.TECHNICAL_EXPERTISE).criteria}
    assert criteria["technical_expertise.containers"].satisfied == 0.5
    assert criteria["technical_expertise.cloud"].satisfied == 0.5
    assert criteria["technical_expertise.languages"].satisfied == 1.0  # applied: unchanged
    after = {c.criterion_id: c for c in without_section.area(Area.TECHNICAL_EXPERTISE).criteria}
    assert after["technical_expertise.containers"].satisfied == 0.0
    assert after["technical_expertise.cloud"].satisfied == 0.0
    assert after["technical_expertise.languages"].satisfied == 1.0
    # nine equal criteria: two half credits are 100 × 1/9 ≈ 11 points of the area
    assert (
        with_section.area(Area.TECHNICAL_EXPERTISE).score
        - without_section.area(Area.TECHNICAL_EXPERTISE).score
        == 11
    )
    failed = {c.check_id for c in without_section.document_checks if not c.passed}
    assert "sections.skills" in failed


def test_junior_and_senior_expectations_differ_as_documented() -> None:
    spec = _basic_spec()
    spec.roles[0].bullets.append("Mentored two interns and led the weekly demo")
    spec.roles[0].bullets.append("Debugged slow reports and tuned the PostgreSQL indexes")
    junior = _report(spec, TargetRole.JUNIOR)
    senior = _report(spec, TargetRole.SENIOR)

    def criterion(report: Report, key: str) -> tuple[float, str]:
        area = Area(key.split(".")[0])
        found = next(c for c in report.area(area).criteria if c.criterion_id == key)
        return found.weight, found.explanation

    # a junior is not penalised for lacking incidents, on-call or leadership
    for key in (
        "troubleshooting.incident_response",
        "troubleshooting.runbooks_oncall",
        "communication.technical_leadership",
    ):
        weight, explanation = criterion(junior, key)
        assert weight == 0 and explanation.startswith("Not expected for a junior role")
    assert criterion(senior, "troubleshooting.incident_response")[0] == 1.5
    # a senior is expected to show leadership and mentoring, with two examples of each
    assert criterion(senior, "learning.mentoring")[0] == 2.0
    assert criterion(junior, "learning.mentoring")[0] == 0.3
    assert junior.area(Area.TROUBLESHOOTING).score > senior.area(Area.TROUBLESHOOTING).score
    # one mentoring example is all a junior needs; a senior needs two
    satisfied = {
        report.role: next(
            c.satisfied
            for c in report.area(Area.LEARNING).criteria
            if c.criterion_id == "learning.mentoring"
        )
        for report in (junior, senior)
    }
    assert satisfied == {TargetRole.JUNIOR: 1.0, TargetRole.SENIOR: 0.5}
    assert junior.readiness > senior.readiness


def test_staff_adds_architecture_and_cross_team_influence() -> None:
    framework = load_framework()
    communication = {c.id: c for c in framework.area(Area.COMMUNICATION).criteria}
    problem_solving = {c.id: c for c in framework.area(Area.PROBLEM_SOLVING).criteria}
    assert communication["cross_team_influence"].weights[TargetRole.STAFF] == 2
    assert communication["cross_team_influence"].weights[TargetRole.MID] == 0
    assert problem_solving["architecture"].weights[TargetRole.STAFF] == 2
    assert problem_solving["architecture"].needs[TargetRole.STAFF] == 3


@pytest.mark.parametrize("role", ROLES)
def test_area_scores_follow_the_documented_formula(role: TargetRole) -> None:
    resume = build_resume(rich_spec())
    skills = RICH_SKILLS[:8]  # a partial profile, so that scores fall between 0 and 100
    report = assess(resume, build_profile(resume, skills), role=role)
    for area in report.areas:
        active = [c for c in area.criteria if c.weight > 0]
        expected = 100 * sum(c.weight * c.satisfied for c in active) / sum(c.weight for c in active)
        assert area.score == round(expected)
        assert area.weight == load_framework().area_weights[role][area.area]


def test_readiness_follows_the_documented_formula() -> None:
    spec = _basic_spec()
    spec.email = None  # high severity: 3 points
    spec.links = []  # GitHub missing: medium, 1 point; LinkedIn: low, 0
    report = _report(spec)
    mean = sum(a.weight * a.score for a in report.areas) / sum(a.weight for a in report.areas)
    penalties = {Severity.HIGH: 3, Severity.MEDIUM: 1, Severity.LOW: 0}
    penalty = sum(penalties[c.severity] for c in report.document_checks if not c.passed)
    assert penalty >= 4
    assert report.readiness == max(0, min(100, round(mean - penalty)))


def test_top_fixes_are_the_five_largest_gains_and_name_their_lines() -> None:
    report = _report(_basic_spec())
    fixes = report.top_fixes
    assert [f.rank for f in fixes] == [1, 2, 3, 4, 5]
    gains = [f.gain for f in fixes]
    assert gains == sorted(gains, reverse=True) and gains[-1] > 0
    every_gain = [a.gain for area in report.areas for a in area.advice]
    assert gains[0] == max(every_gain)
    assert all(f.line is not None for f in fixes)
    lines = {line.number for line in report.resume.document.lines}
    assert all(f.line in lines for f in fixes)


def test_a_gain_is_the_readiness_the_criterion_would_add() -> None:
    report = _report(_basic_spec())
    total_weight = sum(a.weight for a in report.areas)
    for area in report.areas:
        active = sum(c.weight for c in area.criteria if c.weight > 0)
        unmet = [c for c in area.criteria if c.weight > 0 and c.satisfied < 1]
        assert len(area.advice) == len(unmet) == len(area.missing)
        expected = sorted(
            round(area.weight / total_weight * 100 * c.weight * (1 - c.satisfied) / active, 1)
            for c in unmet
        )
        assert sorted(a.gain for a in area.advice) == pytest.approx(expected, abs=0.051)


def test_advice_points_at_a_listed_skill_and_names_it() -> None:
    report = _report(_basic_spec())
    advice = report.area(Area.TECHNICAL_EXPERTISE).advice
    containers = next(a for a in advice if "Docker" in a.text)
    skills_line = next(
        line.number for line in report.resume.document.lines if line.text.startswith("Tools:")
    )
    assert containers.line == skills_line
    assert "only in your skills list" in containers.text or "only listed" in containers.text


def test_outcome_advice_points_at_a_bullet_without_a_figure() -> None:
    report = _report(_basic_spec())
    results = report.area(Area.RESULTS)
    share = next(a for a in results.advice if a.text.startswith("Add a number"))
    bullet_lines = {b.line for b in report.bullets if not b.has_outcome}
    assert share.line in bullet_lines


def test_every_criterion_explains_itself_and_cites_lines() -> None:
    resume = build_resume(rich_spec())
    report = assess(resume, build_profile(resume, RICH_SKILLS), role=TargetRole.SENIOR)
    for area in report.areas:
        assert area.evidence, area.area
        for criterion in area.criteria:
            assert criterion.explanation.endswith(".")
            if criterion.satisfied > 0 and criterion.criterion_id != "results.outcome_share":
                assert criterion.evidence, criterion.criterion_id
                for item in criterion.evidence:
                    assert 1 <= item.line <= len(resume.document.lines)


def test_projects_count_as_applied_work_for_a_junior() -> None:
    spec = ResumeSpec(
        projects=[
            ProjectSpec(
                "shortlink",
                [
                    "Built a URL shortener in Python with Django and PostgreSQL, deployed with Docker on AWS",
                ],
            )
        ],
        skills=["Languages: Python"],
        education=["BSc Computing, 2024"],
    )
    report = _report(spec, TargetRole.JUNIOR)
    technical = {
        c.criterion_id: c.satisfied for c in report.area(Area.TECHNICAL_EXPERTISE).criteria
    }
    assert technical["technical_expertise.languages"] == 1.0
    assert technical["technical_expertise.containers"] == 1.0
    checks = {c.check_id: c.passed for c in report.document_checks}
    assert checks["sections.experience"]  # projects are enough for a junior


def test_report_is_stable_for_the_same_input() -> None:
    first = _report(_basic_spec())
    second = _report(_basic_spec())
    assert dataclasses.asdict(first) == dataclasses.asdict(second)


def test_a_repeated_bullet_is_checked_like_any_other_issue_4() -> None:
    """Each text is checked once per analysis (#4); a repeat keeps its own line and role."""
    repeated = "Cut AWS costs by 30% by moving batch jobs to spot instances"
    spec = _basic_spec(repeated)
    spec.roles.append(
        RoleSpec("Developer", "Shipfast", (2017, 1), (2019, 12), [repeated, "Fixed bugs"])
    )
    report = _report(spec)
    checks = [b for b in report.bullets if b.text == repeated]
    assert len(checks) == 2
    first, second = checks
    assert (first.role_index, second.role_index) == (0, 1) and first.line < second.line
    for check in checks:
        alone = check_bullet(repeated, line=check.line, role_index=check.role_index)
        assert check == alone


def test_advice_never_lands_on_a_bullet_that_is_no_achievement() -> None:
    """Found by QA: "make an application faster..." pointed at "Confidence and Positive
    Attitude." in a list of traits."""
    from standout import analyze

    text = (
        "Ravi Kumar\nravi@example.com\n\nExperience\n"
        "Backend Developer, Acme Ltd (Jan 2019 - Dec 2023)\n"
        "- Confidence and positive attitude in the team.\n"
        "- Willingness to learn and work in team.\n"
        "- Built the billing service in Java and Spring Boot for the finance team.\n"
        "- Wrote the REST API of the orders service with Flask.\n"
        "\nSkills\nJava, Spring Boot, Python, Flask, PostgreSQL\n"
    )
    report = analyze(text.encode(), filename="cv.txt")
    trait_lines = {6, 7}
    assert not trait_lines & {fix.line for fix in report.top_fixes}
    for area in report.areas:
        assert not trait_lines & {advice.line for advice in area.advice}
