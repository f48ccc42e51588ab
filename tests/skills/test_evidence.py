"""Places, implied skills, years of use and declared years on hand-built resumes (#3)."""

from __future__ import annotations

from datetime import date

import pytest
from resume_factory import RoleSpec, build_resume

from standout.model.resume import Resume, SectionKind
from standout.model.skills import Place, SkillEvidence, SkillProfile
from standout.skills.evidence import build_profile, merged_months, month_interval, years_conflict
from standout.skills.extract import Extractor

LINES = [
    "Jane Rivera",  # 1
    "Summary",  # 2
    "Backend engineer who likes Go and PostgreSQL.",  # 3
    "Experience",  # 4
    "Senior Go Engineer, Oracle, Jan 2021 - Present",  # 5
    "Built Django services on Kubernetes.",  # 6
    "Moved billing from Java to Go.",  # 7
    "Python Developer, Initech, Mar 2019 - Jun 2022",  # 8
    "Wrote Python ETL jobs with Kafka.",  # 9
    "Projects",  # 10
    "ledger: a Rust CLI for Kafka topics",  # 11
    "Skills",  # 12
    "Languages: Python (6 years), Go, C, Java - 24 months",  # 13
    "Tools: Docker, Chef",  # 14
]


@pytest.fixture(scope="module")
def resume() -> Resume:
    return build_resume(
        LINES,
        contact_name_line=1,
        sections=[
            (SectionKind.HEADER, 0, 1, 1),
            (SectionKind.SUMMARY, 2, 3, 3),
            (SectionKind.EXPERIENCE, 4, 5, 9),
            (SectionKind.PROJECTS, 10, 11, 11),
            (SectionKind.SKILLS, 12, 13, 14),
        ],
        roles=[
            RoleSpec(
                5,
                7,
                (2021, 1),
                None,
                current=True,
                title="Senior Go Engineer",
                employer="Oracle",
                dates_text="Jan 2021 - Present",
            ),
            RoleSpec(
                8,
                9,
                (2019, 3),
                (2022, 6),
                title="Python Developer",
                employer="Initech",
                dates_text="Mar 2019 - Jun 2022",
            ),
        ],
        projects=[("ledger", 11, 11)],
        skills=[
            ("Python (6 years)", 13, 72),
            ("Go", 13, None),
            ("C", 13, None),
            ("Java - 24 months", 13, 24),
        ],
        reference=date(2024, 6, 1),
    )


@pytest.fixture(scope="module")
def profile(resume: Resume, tiny: Extractor) -> SkillProfile:
    return build_profile(resume, tiny)


def where(profile: SkillProfile, skill_id: str) -> list[tuple[Place, int, str | None]]:
    skill = profile.get(skill_id)
    assert skill is not None, skill_id
    return [(e.place, e.line, e.implied_by) for e in skill.evidence]


def test_places_and_lines(profile: SkillProfile) -> None:
    assert where(profile, "go") == [
        (Place.SUMMARY, 3, None),
        (Place.ROLE_TITLE, 5, None),
        (Place.ROLE_BULLET, 7, None),
        (Place.SKILLS_LIST, 13, None),
    ]
    assert where(profile, "rust") == [(Place.PROJECT, 11, None)]
    assert where(profile, "chef") == [(Place.SKILLS_LIST, 14, None)]


def test_role_and_project_indices(profile: SkillProfile) -> None:
    kafka = profile.get("kafka")
    assert kafka is not None
    assert [(e.role_index, e.project_index) for e in kafka.evidence] == [(1, None), (None, 0)]


def test_implied_evidence_is_marked(profile: SkillProfile) -> None:
    assert where(profile, "python") == [
        (Place.ROLE_BULLET, 6, "django"),
        (Place.ROLE_TITLE, 8, None),
        (Place.ROLE_BULLET, 9, None),
        (Place.SKILLS_LIST, 13, None),
    ]


def test_employer_names_and_contact_are_not_evidence(profile: SkillProfile) -> None:
    assert profile.get("oracle") is None  # not even in the tiny taxonomy, but never from line 5
    assert all(e.line != 1 for s in profile.skills for e in s.evidence)


def test_applied_versus_listed(profile: SkillProfile) -> None:
    assert profile.get("go").applied  # type: ignore[union-attr]
    assert profile.get("rust").applied  # type: ignore[union-attr]
    chef = profile.get("chef")
    assert chef is not None and chef.listed_only
    c = profile.get("c")
    assert c is not None and c.listed_only


def test_years_merge_overlapping_roles(profile: SkillProfile) -> None:
    # Python: Mar 2019 - Jun 2022 (role 2) and Jan 2021 - Jun 2024 via Django (role 1):
    # union Mar 2019 - Jun 2024 = 64 months.
    assert profile.get("python").years_of_use == 5.3  # type: ignore[union-attr]
    # Go: only the current role, Jan 2021 - Jun 2024 = 42 months.
    assert profile.get("go").years_of_use == 3.5  # type: ignore[union-attr]
    assert profile.get("rust").years_of_use is None  # type: ignore[union-attr]


def test_declared_years_stay_separate(profile: SkillProfile) -> None:
    python = profile.get("python")
    java = profile.get("java")
    assert python is not None and java is not None
    assert (python.years_of_use, python.declared_years) == (5.3, 6.0)
    assert (java.years_of_use, java.declared_years) == (3.5, 2.0)
    assert profile.get("go").declared_years is None  # type: ignore[union-attr]


def test_sorted_by_strength(profile: SkillProfile) -> None:
    order = [s.skill_id for s in profile.skills]
    assert order.index("python") < order.index("go") < order.index("rust")
    assert order.index("rust") < order.index("chef")
    assert all(not s.applied for s in profile.skills[order.index("chef") :])


def test_reference_date_resolves_present(resume: Resume, tiny: Extractor) -> None:
    earlier = build_profile(
        build_resume(
            LINES,
            sections=[(SectionKind.EXPERIENCE, 4, 5, 9)],
            roles=[
                RoleSpec(
                    5,
                    7,
                    (2021, 1),
                    None,
                    current=True,
                    title="Senior Go Engineer",
                    dates_text="Jan 2021 - Present",
                )
            ],
            reference=date(2021, 12, 15),
        ),
        tiny,
    )
    assert earlier.get("go").years_of_use == 1.0  # type: ignore[union-attr]


def test_year_only_dates_run_to_december(tiny: Extractor) -> None:
    resume = build_resume(
        ["Experience", "Go Developer, 2019 - 2020", "Shipped Go services."],
        sections=[(SectionKind.EXPERIENCE, 1, 2, 3)],
        roles=[
            RoleSpec(
                2,
                3,
                (2019, 1),
                (2020, 1),
                title="Go Developer",
                dates_text="2019 - 2020",
                year_precision=True,
            )
        ],
    )
    assert build_profile(resume, tiny).get("go").years_of_use == 2.0  # type: ignore[union-attr]


def test_merged_months() -> None:
    assert merged_months([]) == 0
    assert merged_months([(0, 11)]) == 12
    assert merged_months([(0, 11), (6, 17), (30, 35)]) == 24
    assert merged_months([(12, 23), (0, 11)]) == 24
    assert merged_months([(0, 23), (3, 5)]) == 24


def test_month_interval_without_start_is_unknown(resume: Resume) -> None:
    dates = resume.roles[0].dates
    assert dates is not None
    assert month_interval(dates, date(2024, 6, 1)) == (2021 * 12, 2024 * 12 + 5)


STATED_LINES = [
    "Experience",  # 1
    "Python Developer, Initech, Jul 2011 - Present",  # 2
    "Currently a Python API developer, having 2 years of experience in Python- Kafka work.",  # 3
    "Earlier, Java and Go services for the billing team.",  # 4
    "Summary",  # 5
    "Has 1 year of experience in Java.",  # 6
]


def initech_profile(
    tiny: Extractor,
    lines: list[str],
    sections: list[tuple[SectionKind, int, int, int]],
    role_last_line: int,
) -> SkillProfile:
    """The profile of a resume with one role at Initech, from its line 2 to
    ``role_last_line``, running from July 2011 to the present (13 years in June 2024)."""
    role = RoleSpec(
        2,
        role_last_line,
        (2011, 7),
        None,
        current=True,
        title=lines[1].split(",")[0],
        employer="Initech",
        dates_text="Jul 2011 - Present",
    )
    resume = build_resume(lines, sections=sections, roles=[role], reference=date(2024, 6, 1))
    return build_profile(resume, tiny)


@pytest.fixture(scope="module")
def stated_profile(tiny: Extractor) -> SkillProfile:
    sections = [(SectionKind.EXPERIENCE, 1, 2, 4), (SectionKind.SUMMARY, 5, 6, 6)]
    return initech_profile(tiny, STATED_LINES, sections, 4)


def years(profile: SkillProfile, skill_id: str) -> float | None:
    skill = profile.get(skill_id)
    assert skill is not None, skill_id
    return skill.years_of_use


def test_a_figure_stated_in_a_role_bounds_its_years_issue_3(stated_profile: SkillProfile) -> None:
    # The role runs 13 years, but its own text gives Python and Kafka 2 of them.
    assert years(stated_profile, "python") == 2.0
    assert years(stated_profile, "kafka") == 2.0
    # Skills the figure does not name keep the role's span; a figure outside roles
    # ("1 year of experience in Java" in the summary) bounds nothing.
    assert years(stated_profile, "go") == 13.0
    assert years(stated_profile, "java") == 13.0
    assert stated_profile.get("python").declared_years is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("computed", "declared", "conflict"),
    [(15.4, 0.5, True), (8.0, 7.5, False), (2.0, 0.5, False), (3.0, 1.0, True), (None, 1.0, False)],
)
def test_years_conflict_marks_computed_years_far_above_declared_issue_3(
    computed: float | None, declared: float | None, conflict: bool
) -> None:
    skill = SkillEvidence("python", "Python", "language", "", (), True, computed, declared)
    assert years_conflict(skill) is conflict


def test_a_heading_glued_to_a_skills_line_leaves_that_line_listed_issue_3() -> None:
    """Scraped resumes run the next heading into the last skills entry; that entry is
    still a listed skill, not a bullet of the first role."""
    from standout.parse import parse
    from standout.read import read

    text = (
        "Skills: Python, Java\n"
        "LINUX- Exprience - 6 monthsCompany Details\n"
        "company - Acme Corp\n"
        "description - Built a billing service in Java.\n"
        "Jan 2018 - Dec 2020\n"
    )
    resume = parse(read(text.encode(), filename="cv.txt"), reference_date=date(2024, 1, 1))
    from standout.skills.extract import default_extractor

    profile = build_profile(resume, default_extractor())
    linux = next(skill for skill in profile.skills if skill.name == "Linux")
    assert [(e.place, e.line) for e in linux.evidence] == [(Place.SKILLS_LIST, 2)]
    java = next(skill for skill in profile.skills if skill.name == "Java")
    assert (Place.ROLE_BULLET, 4) in [(e.place, e.line) for e in java.evidence]


SENTENCE_LINES = [
    "Experience",  # 1
    "Backend Developer, Initech, Jul 2011 - Present",  # 2
    "Docker and Kubernetes developer having 2 years of experience in Python- Express.",  # 3
    "Worked as a Rust developer of the billing team for 1",  # 4
    "year.",  # 5
    "Earlier, Java services on Kubernetes.",  # 6
]


@pytest.fixture(scope="module")
def sentence_profile(tiny: Extractor) -> SkillProfile:
    return initech_profile(tiny, SENTENCE_LINES, [(SectionKind.EXPERIENCE, 1, 2, 6)], 6)


def test_a_figure_bounds_what_its_sentence_alone_shows_issue_3(
    sentence_profile: SkillProfile,
) -> None:
    # Docker appears only in the figure's sentence; Node.js and JavaScript only through
    # Express, which the figure names: all get its 2 years.
    assert years(sentence_profile, "docker") == 2.0
    assert years(sentence_profile, "express") == 2.0
    assert years(sentence_profile, "nodejs") == 2.0
    assert years(sentence_profile, "javascript") == 2.0
    # Kubernetes shows again elsewhere in the role, Java only there: the role's span.
    assert years(sentence_profile, "kubernetes") == 13.0
    assert years(sentence_profile, "java") == 13.0


def test_a_figure_after_for_bounds_the_skills_before_it_issue_3(
    sentence_profile: SkillProfile,
) -> None:
    # "a Rust developer ... for 1\nyear.": the figure, split by a line break, gives Rust 1.
    assert years(sentence_profile, "rust") == 1.0
