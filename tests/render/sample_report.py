"""A hand-built, realistic Report for the renderer tests: every field of the JSON is filled.

``sample_report(hostile=True)`` puts markup and script into the resume's own text, for
the escaping tests.
"""

from __future__ import annotations

from datetime import date

from standout.model.document import Document, InputFormat, LineKind
from standout.model.report import (
    REPORT_SCHEMA_VERSION,
    Advice,
    AreaScore,
    BulletCheck,
    CriterionResult,
    DocumentCheck,
    EvidenceItem,
    Fix,
    ImpactKind,
    LanguageFocus,
    Report,
    Severity,
    TargetRole,
)
from standout.model.resume import (
    Bullet,
    Certification,
    Contact,
    DatePrecision,
    DateRange,
    Education,
    Link,
    LinkKind,
    PartialDate,
    Project,
    Resume,
    Role,
    Section,
    SectionKind,
    SkillEntry,
    TextSpan,
)
from standout.model.skills import Area, Evidence, Mention, Place, SkillEvidence, SkillProfile

H, B, T = LineKind.HEADING, LineKind.BULLET, LineKind.TEXT
HOSTILE_NAME = "Mateo <script>alert('name')</script> Alvarez"
HOSTILE_BULLET = "Built a <b>fast</b> <script>alert(1)</script> parser & cut load by 20% | fast"

_LINES: list[tuple[str, LineKind, int]] = [
    ("Mateo Alvarez", H, 1),  # 1
    ("Valencia, Spain · mateo.alvarez@example.org · +34 600 123 456", T, 0),  # 2
    ("github.com/mateo-alvarez · https://www.linkedin.com/in/mateoalvarez", T, 0),  # 3
    ("Summary", H, 2),  # 4
    (
        "Backend developer with five years of building booking and billing services in Python and Java.",
        T,
        0,
    ),  # 5
    ("Experience", H, 2),  # 6
    ("Backend Engineer — Tripnest, Valencia", H, 3),  # 7
    ("Jun 2021 – Present", T, 0),  # 8
    (
        "Rebuilt the booking API in FastAPI, cutting p95 latency from 420 ms to 90 ms for 2 million monthly requests.",
        B,
        0,
    ),  # 9
    ("Responsible for the billing service and its PostgreSQL database.", B, 0),  # 10
    ("Added Redis caching for availability searches, lowering database load by 35%.", B, 0),  # 11
    ("Worked on the Kubernetes migration with the platform team.", B, 0),  # 12
    (
        "Leveraged synergies across teams to drive best-in-class innovation in our microservices "
        "ecosystem and beyond, ensuring alignment with stakeholders at every level of the organisation.",
        B,
        0,
    ),  # 13
    ("Software Developer — Ledgerly, Madrid", H, 3),  # 14
    ("Feb 2019 – Apr 2021", T, 0),  # 15
    (
        "Built REST endpoints in Spring Boot for invoice exports used by 3,000 companies.",
        B,
        0,
    ),  # 16
    ("Wrote integration tests with Testcontainers and raised coverage to 80%.", B, 0),  # 17
    ("Helped with on-call.", B, 0),  # 18
    ("Projects", H, 2),  # 19
    ("tinyqueue — github.com/mateo-alvarez/tinyqueue (2022 – 2023)", H, 3),  # 20
    ("A Redis-backed job queue in Python with retries and dead-letter handling.", B, 0),  # 21
    ("Skills", H, 2),  # 22
    ("Languages: Python (5 years), Java (3 years), SQL", T, 0),  # 23
    ("Frameworks: FastAPI, Django, Spring Boot", T, 0),  # 24
    ("Data: PostgreSQL, Redis", T, 0),  # 25
    ("Cloud & DevOps: AWS, Docker, Kubernetes, GitHub Actions", T, 0),  # 26
    ("Education", H, 2),  # 27
    ("BSc Software Engineering — Universitat Politècnica de València, 2014 – 2018", T, 0),  # 28
    ("Certifications", H, 2),  # 29
    ("AWS Certified Developer – Associate, Amazon Web Services (2023)", B, 0),  # 30
]

_AREA_TITLES = {
    Area.TECHNICAL_EXPERTISE: "Technical expertise",
    Area.LANGUAGES_FRAMEWORKS: "Languages and frameworks",
    Area.DATABASES_CACHING: "Database and cache design",
    Area.API_DESIGN: "API design and development",
    Area.CLOUD: "Cloud infrastructure",
    Area.DEVOPS_SRE: "DevOps and SRE",
    Area.SECURITY: "Security",
    Area.CODE_QUALITY: "Code quality",
    Area.TROUBLESHOOTING: "Troubleshooting and performance tuning",
    Area.COMMUNICATION: "Communication and collaboration",
    Area.PASSION: "Passion for technology",
    Area.PROBLEM_SOLVING: "Problem solving",
    Area.RESULTS: "Productivity and results",
    Area.LEARNING: "Learning and growth",
    Area.CULTURE_FIT: "Culture fit",
}
# area -> (score, missing, lines of evidence)
_AREA_FACTS: dict[Area, tuple[int, tuple[str, ...], tuple[int, ...]]] = {
    Area.TECHNICAL_EXPERTISE: (82, ("monitoring tools",), (9, 11, 23, 26)),
    Area.LANGUAGES_FRAMEWORKS: (90, (), (9, 16, 23, 24)),
    Area.DATABASES_CACHING: (70, ("indexing or sharding",), (10, 11)),
    Area.API_DESIGN: (64, ("API versioning", "authentication", "rate limiting"), (9, 16)),
    Area.CLOUD: (40, ("named cloud services in a bullet", "infrastructure as code"), (26, 30)),
    Area.DEVOPS_SRE: (45, ("CI/CD pipelines", "logging and alerting"), (12, 18)),
    Area.SECURITY: (0, ("encryption", "access control", "vulnerability scanning"), ()),
    Area.CODE_QUALITY: (66, ("code review",), (17,)),
    Area.TROUBLESHOOTING: (30, ("root-cause analysis", "runbooks"), (18,)),
    Area.COMMUNICATION: (55, (), (12,)),
    Area.PASSION: (60, ("talks or writing",), (20, 21)),
    Area.PROBLEM_SOLVING: (72, (), (9,)),
    Area.RESULTS: (68, (), (9, 11, 16, 17)),
    Area.LEARNING: (35, ("mentoring",), (30,)),
    Area.CULTURE_FIT: (50, ("team values",), (12,)),
}


def _document(hostile: bool) -> Document:
    entries = []
    for number, (text, kind, level) in enumerate(_LINES, start=1):
        if hostile and number == 1:
            text = HOSTILE_NAME
        if hostile and number == 10:
            text = HOSTILE_BULLET
        entries.append((text, kind, level, 1))
    return Document.from_lines("resumes/mateo-alvarez.md", InputFormat.MARKDOWN, entries)


def _span(document: Document, line: int) -> TextSpan:
    found = document.line(line)
    return TextSpan(line, found.start, found.end)


def _bullet(document: Document, line: int) -> Bullet:
    return Bullet(document.line(line).text, _span(document, line))


def _resume(document: Document, hostile: bool) -> Resume:
    def span(line: int) -> TextSpan:
        return _span(document, line)

    links = [
        Link(LinkKind.GITHUB, "github.com/mateo-alvarez", span(3)),
        Link(LinkKind.LINKEDIN, "https://www.linkedin.com/in/mateoalvarez", span(3)),
    ]
    if hostile:
        links.append(Link(LinkKind.OTHER, "javascript:alert('link')", span(3)))
    contact = Contact(
        name=document.line(1).text,
        email="mateo.alvarez@example.org",
        phone="+34 600 123 456",
        location="Valencia, Spain",
        links=tuple(links),
        name_span=span(1),
        email_span=span(2),
        phone_span=span(2),
        location_span=span(2),
    )
    sections = (
        Section(SectionKind.HEADER, "", None, 1, 3),
        Section(SectionKind.SUMMARY, "Summary", 4, 5, 5),
        Section(SectionKind.EXPERIENCE, "Experience", 6, 7, 18),
        Section(SectionKind.PROJECTS, "Projects", 19, 20, 21),
        Section(SectionKind.SKILLS, "Skills", 22, 23, 26),
        Section(SectionKind.EDUCATION, "Education", 27, 28, 28),
        Section(SectionKind.CERTIFICATIONS, "Certifications", 29, 30, 30),
    )
    roles = (
        Role(
            title="Backend Engineer",
            employer="Tripnest",
            location="Valencia",
            dates=DateRange(PartialDate(2021, 6), None, True, "Jun 2021 – Present", span(8)),
            bullets=tuple(_bullet(document, n) for n in range(9, 14)),
            first_line=7,
            last_line=13,
            title_span=span(7),
            employer_span=span(7),
        ),
        Role(
            title="Software Developer",
            employer="Ledgerly",
            location="Madrid",
            dates=DateRange(
                PartialDate(2019, 2), PartialDate(2021, 4), False, "Feb 2019 – Apr 2021", span(15)
            ),
            bullets=tuple(_bullet(document, n) for n in range(16, 19)),
            first_line=14,
            last_line=18,
            description="Invoicing platform for small companies.",
        ),
    )
    year = DatePrecision.YEAR
    projects = (
        Project(
            name="tinyqueue",
            description="A job queue library.",
            bullets=(_bullet(document, 21),),
            links=("github.com/mateo-alvarez/tinyqueue",),
            dates=DateRange(
                PartialDate(2022, 1, year),
                PartialDate(2023, 1, year),
                False,
                "2022 – 2023",
                span(20),
            ),
            first_line=20,
            last_line=21,
        ),
    )
    skills = (
        SkillEntry("Python", "Languages", 60, span(23)),
        SkillEntry("Java", "Languages", 36, span(23)),
        SkillEntry("SQL", "Languages", None, span(23)),
        SkillEntry("FastAPI", "Frameworks", None, span(24)),
        SkillEntry("PostgreSQL", "Data", None, span(25)),
        SkillEntry("Redis", "Data", None, span(25)),
    )
    education = (
        Education(
            institution="Universitat Politècnica de València",
            degree="BSc",
            field="Software Engineering",
            dates=DateRange(
                PartialDate(2014, 1, year),
                PartialDate(2018, 1, year),
                False,
                "2014 – 2018",
                span(28),
            ),
            first_line=28,
            last_line=28,
        ),
    )
    certifications = (
        Certification(
            "AWS Certified Developer – Associate",
            "Amazon Web Services",
            PartialDate(2023, 1, year),
            span(30),
        ),
    )
    return Resume(
        document=document,
        reference_date=date(2024, 5, 1),
        contact=contact,
        sections=sections,
        roles=roles,
        projects=projects,
        skills=skills,
        education=education,
        certifications=certifications,
    )


def _evidence(
    document: Document, skill_id: str, name: str, line: int, place: Place, **kw: object
) -> Evidence:
    text = document.line(line).text
    start = text.find(name)
    start = max(start, 0)
    mention = Mention(skill_id, name, "language", name, start, start + len(name))
    return Evidence(mention, line, place, **kw)  # type: ignore[arg-type]


def _skills(document: Document) -> SkillProfile:
    def ev(skill_id: str, name: str, line: int, place: Place, **kw: object) -> Evidence:
        return _evidence(document, skill_id, name, line, place, **kw)

    return SkillProfile(
        (
            SkillEvidence(
                "python",
                "Python",
                "language",
                "languages_frameworks",
                (
                    ev("python", "Python", 21, Place.PROJECT, project_index=0),
                    ev("python", "Python", 23, Place.SKILLS_LIST),
                ),
                applied=True,
                years_of_use=2.9,
                declared_years=5.0,
            ),
            SkillEvidence(
                "fastapi",
                "FastAPI",
                "web_framework",
                "languages_frameworks",
                (
                    ev("fastapi", "FastAPI", 9, Place.ROLE_BULLET, role_index=0),
                    ev("fastapi", "FastAPI", 24, Place.SKILLS_LIST),
                ),
                applied=True,
                years_of_use=2.9,
                declared_years=None,
            ),
            SkillEvidence(
                "java",
                "Java",
                "language",
                "languages_frameworks",
                (
                    ev(
                        "java",
                        "Spring Boot",
                        16,
                        Place.ROLE_BULLET,
                        role_index=1,
                        implied_by="spring_boot",
                    ),
                    ev("java", "Java", 23, Place.SKILLS_LIST),
                ),
                applied=True,
                years_of_use=2.2,
                declared_years=3.0,
            ),
            SkillEvidence(
                "aws",
                "AWS",
                "cloud",
                "cloud",
                (ev("aws", "AWS", 26, Place.SKILLS_LIST),),
                applied=False,
                years_of_use=None,
                declared_years=None,
            ),
        )
    )


def _areas() -> tuple[AreaScore, ...]:
    areas = []
    for area, (score, missing, lines) in _AREA_FACTS.items():
        evidence = tuple(EvidenceItem(f"evidence on line {n}", n, None) for n in lines)
        if area is Area.LANGUAGES_FRAMEWORKS:
            evidence = (EvidenceItem("FastAPI", 9, "fastapi"), *evidence[1:])
        criteria = (
            CriterionResult(
                f"{area.value}.shown",
                f"The resume shows {_AREA_TITLES[area].lower()} in practice.",
                2.0,
                score / 100,
                evidence,
                f"{len(evidence)} lines show it." if evidence else "No line shows it yet.",
            ),
        )
        advice = tuple(
            Advice(f"Add a bullet that shows {item}.", lines[0] if lines else None, 1.5)
            for item in missing
        )
        areas.append(
            AreaScore(area, _AREA_TITLES[area], score, 1.0, criteria, evidence, missing, advice)
        )
    return tuple(areas)


def _bullet_checks(document: Document) -> tuple[BulletCheck, ...]:
    def check(line: int, role: int | None, project: int | None, **kw: object) -> BulletCheck:
        text = document.line(line).text
        defaults: dict[str, object] = {
            "has_outcome": False,
            "outcomes": (),
            "impacts": (),
            "verb": text.split()[0],
            "strong_verb": True,
            "weak_phrases": (),
            "buzzwords": (),
            "word_count": len(text.split()),
            "length_ok": True,
            "score": 40,
            "suggestion": None,
        }
        defaults.update(kw)
        return BulletCheck(line, text, role, project, **defaults)  # type: ignore[arg-type]

    api = "Name the API's consumers and a figure: latency, throughput or requests served."
    return (
        check(
            9,
            0,
            None,
            has_outcome=True,
            outcomes=("from 420 ms to 90 ms", "2 million"),
            impacts=(ImpactKind.SPEED, ImpactKind.SCALE),
            score=95,
        ),
        check(
            10,
            0,
            None,
            verb=None,
            strong_verb=False,
            weak_phrases=("responsible for",),
            score=20,
            suggestion="Owned <service>; <what changed> for <users>, measured as <figure>.",
        ),
        check(
            11,
            0,
            None,
            has_outcome=True,
            outcomes=("35%",),
            impacts=(ImpactKind.RELIABILITY,),
            score=85,
        ),
        check(
            12,
            0,
            None,
            weak_phrases=("worked on",),
            verb=None,
            strong_verb=False,
            score=25,
            suggestion="Migrated <N services> to Kubernetes, cutting <deploy time/cost> by <X>.",
        ),
        check(
            13,
            0,
            None,
            verb="Leveraged",
            strong_verb=False,
            buzzwords=("synergies", "best-in-class"),
            length_ok=False,
            score=10,
            suggestion="Say what you built and the figure that changed.",
        ),
        check(
            16,
            1,
            None,
            has_outcome=True,
            outcomes=("3,000 companies",),
            impacts=(ImpactKind.SCALE,),
            score=80,
        ),
        check(
            17,
            1,
            None,
            has_outcome=True,
            outcomes=("80%",),
            impacts=(ImpactKind.QUALITY,),
            score=75,
        ),
        check(
            18,
            1,
            None,
            weak_phrases=("helped with",),
            verb=None,
            strong_verb=False,
            score=15,
            suggestion="Took <N> on-call shifts a month; cut pages by <X%> with <change>.",
        ),
        check(21, None, 0, score=50, suggestion=api),
    )


def _checks() -> tuple[DocumentCheck, ...]:
    return (
        DocumentCheck("contact.email", True, Severity.HIGH, "An email address is given.", (2,)),
        DocumentCheck("links.github", True, Severity.MEDIUM, "A GitHub profile is linked.", (3,)),
        DocumentCheck(
            "dates.gap",
            False,
            Severity.MEDIUM,
            "There is a gap of 2 months between Apr 2021 and Jun 2021.",
            (8, 15),
            "Say what you did in the gap, or leave it if it is short.",
        ),
        DocumentCheck(
            "length.words",
            False,
            Severity.LOW,
            "The resume has 310 words; 400 to 800 give room for outcomes.",
            (),
            "Add a measured outcome to the bullets that have none.",
        ),
        DocumentCheck(
            "ats.characters",
            False,
            Severity.HIGH,
            "Line 13 has characters an applicant-tracking system can't read.",
            (13,),
            "Replace the symbols with plain text.",
        ),
    )


def _languages() -> tuple[LanguageFocus, ...]:
    points = (
        "The kinds of projects you built with it",
        "Features you rely on and why",
        "How long you have used it",
        "A time you made an application faster with it",
    )
    return (
        LanguageFocus(
            "python",
            "Python",
            2.9,
            5.0,
            (EvidenceItem("Python", 21, "python"), EvidenceItem("Python", 23, "python")),
            points,
        ),
        LanguageFocus(
            "fastapi", "FastAPI", 2.9, None, (EvidenceItem("FastAPI", 9, "fastapi"),), points[:2]
        ),
        LanguageFocus(
            "java", "Java", 2.2, 3.0, (EvidenceItem("Spring Boot", 16, "java"),), points[2:]
        ),
    )


def _fixes() -> tuple[Fix, ...]:
    return (
        Fix(1, "Rewrite the bullet as an owned outcome with a figure.", 10, Area.RESULTS, 4.2),
        Fix(
            2,
            "Show how you secure data and access in one of your services.",
            None,
            Area.SECURITY,
            3.8,
        ),
        Fix(
            3,
            "Replace the buzzwords with what you built and the figure that changed.",
            13,
            Area.RESULTS,
            2.5,
        ),
        Fix(4, "Name the AWS services you used in a role bullet.", 26, Area.CLOUD, 2.1),
        Fix(
            5,
            "Describe an incident you resolved and what changed after it.",
            18,
            Area.TROUBLESHOOTING,
            1.9,
        ),
    )


def sample_report(*, hostile: bool = False, role: TargetRole = TargetRole.SENIOR) -> Report:
    document = _document(hostile)
    return Report(
        schema_version=REPORT_SCHEMA_VERSION,
        role=role,
        resume=_resume(document, hostile),
        skills=_skills(document),
        areas=_areas(),
        bullets=_bullet_checks(document),
        document_checks=_checks(),
        top_languages=_languages(),
        readiness=58,
        top_fixes=_fixes(),
    )
