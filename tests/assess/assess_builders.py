"""Resumes and skill profiles built by hand for the assessment tests.

Independent of the parser and the extractor: every line number, section, role, date and
piece of skill evidence is laid out here, so the tests pin the scoring alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from standout.model.document import Document, InputFormat, LineKind
from standout.model.resume import (
    Bullet,
    Contact,
    DatePrecision,
    DateRange,
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
from standout.model.skills import Evidence, Mention, Place, SkillEvidence, SkillProfile

REFERENCE = date(2024, 6, 1)


@dataclass
class RoleSpec:
    title: str
    employer: str
    start: tuple[int, int] | None
    end: tuple[int, int] | None  # None: present (when start is given)
    bullets: list[str]


@dataclass
class ProjectSpec:
    name: str
    bullets: list[str]


@dataclass
class ResumeSpec:
    name: str = "Ada Example"
    email: str | None = "ada@example.org"
    phone: str | None = "+44 20 7946 0000"
    links: list[tuple[LinkKind, str]] = field(
        default_factory=lambda: [
            (LinkKind.GITHUB, "github.com/ada-example"),
            (LinkKind.LINKEDIN, "linkedin.com/in/ada-example"),
        ]
    )
    summary: list[str] = field(default_factory=list)
    roles: list[RoleSpec] = field(default_factory=list)
    projects: list[ProjectSpec] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)  # "Languages: Python, Go"
    extra: list[tuple[SectionKind, str, list[str]]] = field(default_factory=list)
    education: list[str] = field(default_factory=list)
    pdf_pages: int | None = None  # make it a PDF of that many pages


class _Layout:
    def __init__(self) -> None:
        self.entries: list[tuple[str, LineKind, int, int]] = []

    def add(self, text: str, kind: LineKind = LineKind.TEXT) -> int:
        self.entries.append((text, kind, 0, 1))
        return len(self.entries)


def _span(document: Document, line: int, needle: str | None = None) -> TextSpan:
    entry = document.line(line)
    offset = entry.text.find(needle) if needle else 0
    offset = max(0, offset)
    length = len(needle) if needle else len(entry.text)
    return TextSpan(line, entry.start + offset, entry.start + offset + length)


def build_resume(spec: ResumeSpec, reference: date = REFERENCE) -> Resume:
    layout = _Layout()
    layout.add(spec.name, LineKind.HEADING)
    contact_parts = [p for p in (spec.email, spec.phone) if p]
    contact_line = layout.add(" | ".join(contact_parts)) if contact_parts else None
    links_line = layout.add(" | ".join(url for _, url in spec.links)) if spec.links else None
    header_end = len(layout.entries)
    plans: list[tuple[SectionKind, str, int | None, int, int]] = [
        (SectionKind.HEADER, "", None, 1, header_end)
    ]
    role_plans: list[tuple[RoleSpec, int, int, list[int]]] = []
    project_plans: list[tuple[ProjectSpec, int, int, list[int]]] = []
    skill_lines: list[int] = []

    def section(kind: SectionKind, heading: str, body: list[str]) -> None:
        heading_line = layout.add(heading, LineKind.HEADING)
        first = len(layout.entries) + 1
        for text in body:
            layout.add(text)
        plans.append((kind, heading, heading_line, first, len(layout.entries)))

    if spec.summary:
        section(SectionKind.SUMMARY, "Summary", spec.summary)
    if spec.roles:
        heading_line = layout.add("Experience", LineKind.HEADING)
        first = len(layout.entries) + 1
        for role in spec.roles:
            dates = _dates_text(role)
            title_line = layout.add(
                f"{role.title} — {role.employer}" + (f" — {dates}" if dates else "")
            )
            bullet_lines = [layout.add(b, LineKind.BULLET) for b in role.bullets]
            role_plans.append((role, title_line, len(layout.entries), bullet_lines))
        plans.append(
            (SectionKind.EXPERIENCE, "Experience", heading_line, first, len(layout.entries))
        )
    if spec.projects:
        heading_line = layout.add("Projects", LineKind.HEADING)
        first = len(layout.entries) + 1
        for project in spec.projects:
            name_line = layout.add(project.name)
            bullet_lines = [layout.add(b, LineKind.BULLET) for b in project.bullets]
            project_plans.append((project, name_line, len(layout.entries), bullet_lines))
        plans.append((SectionKind.PROJECTS, "Projects", heading_line, first, len(layout.entries)))
    if spec.skills:
        heading_line = layout.add("Skills", LineKind.HEADING)
        first = len(layout.entries) + 1
        skill_lines = [layout.add(text) for text in spec.skills]
        plans.append((SectionKind.SKILLS, "Skills", heading_line, first, len(layout.entries)))
    for kind, heading, body in spec.extra:
        section(kind, heading, body)
    if spec.education:
        section(SectionKind.EDUCATION, "Education", spec.education)

    fmt = InputFormat.PDF if spec.pdf_pages else InputFormat.TEXT
    document = Document.from_lines("built.txt", fmt, layout.entries, pages=spec.pdf_pages or 1)
    sections = tuple(
        Section(kind, heading, hl, first, last) for kind, heading, hl, first, last in plans
    )
    roles = tuple(
        Role(
            title=role.title,
            employer=role.employer,
            location=None,
            dates=_date_range(document, role, title_line),
            bullets=tuple(Bullet(document.line(n).text, _span(document, n)) for n in bullet_lines),
            first_line=title_line,
            last_line=last,
        )
        for role, title_line, last, bullet_lines in role_plans
    )
    projects = tuple(
        Project(
            name=project.name,
            description="",
            bullets=tuple(Bullet(document.line(n).text, _span(document, n)) for n in bullet_lines),
            links=(),
            dates=None,
            first_line=name_line,
            last_line=last,
        )
        for project, name_line, last, bullet_lines in project_plans
    )
    entries: list[SkillEntry] = []
    for number in skill_lines:
        text = document.line(number).text
        group, _, items = text.partition(":") if ":" in text else ("", "", text)
        for item in items.split(","):
            name = item.strip()
            if name:
                entries.append(
                    SkillEntry(name, group.strip() or None, None, _span(document, number, name))
                )
    contact = Contact(
        name=spec.name,
        email=spec.email,
        phone=spec.phone,
        links=tuple(
            Link(kind, url, _span(document, links_line, url))
            for kind, url in spec.links
            if links_line
        ),
        name_span=_span(document, 1),
        email_span=_span(document, contact_line, spec.email)
        if spec.email and contact_line
        else None,
        phone_span=_span(document, contact_line, spec.phone)
        if spec.phone and contact_line
        else None,
    )
    return Resume(document, reference, contact, sections, roles, projects, tuple(entries), (), ())


def _dates_text(role: RoleSpec) -> str:
    if role.start is None:
        return ""
    start = f"{role.start[1]:02d}/{role.start[0]}"
    end = "Present" if role.end is None else f"{role.end[1]:02d}/{role.end[0]}"
    return f"{start} – {end}"


def _date_range(document: Document, role: RoleSpec, line: int) -> DateRange | None:
    if role.start is None:
        return None
    text = _dates_text(role)
    start = PartialDate(role.start[0], role.start[1], DatePrecision.MONTH)
    end = None if role.end is None else PartialDate(role.end[0], role.end[1], DatePrecision.MONTH)
    return DateRange(start, end, role.end is None, text, _span(document, line, text))


# ------------------------------------------------------------------ skill profiles
@dataclass(frozen=True)
class SkillSpec:
    skill_id: str
    name: str
    category: str
    area: str = "technical_expertise"
    declared_years: float | None = None


_PLACES = {
    SectionKind.EXPERIENCE: Place.ROLE_BULLET,
    SectionKind.PROJECTS: Place.PROJECT,
    SectionKind.SKILLS: Place.SKILLS_LIST,
    SectionKind.SUMMARY: Place.SUMMARY,
    SectionKind.EDUCATION: Place.EDUCATION,
    SectionKind.CERTIFICATIONS: Place.CERTIFICATION,
}


def build_profile(resume: Resume, specs: list[SkillSpec]) -> SkillProfile:
    """Every line naming a skill becomes evidence; years come from the dated roles naming it."""
    found: list[SkillEvidence] = []
    for spec in specs:
        pattern = re.compile(rf"(?<![\w]){re.escape(spec.name)}(?![\w])", re.IGNORECASE)
        evidence: list[Evidence] = []
        dated_roles: set[int] = set()
        for line in resume.document.lines:
            match = pattern.search(line.text)
            if match is None:
                continue
            section = resume.section_of_line(line.number)
            place = _PLACES.get(section.kind, Place.OTHER) if section else Place.OTHER
            role_index = next(
                (
                    i
                    for i, r in enumerate(resume.roles)
                    if r.first_line <= line.number <= r.last_line
                ),
                None,
            )
            project_index = next(
                (
                    i
                    for i, p in enumerate(resume.projects)
                    if p.first_line <= line.number <= p.last_line
                ),
                None,
            )
            if role_index is not None and line.number == resume.roles[role_index].first_line:
                place = Place.ROLE_TITLE
            mention = Mention(
                spec.skill_id, spec.name, spec.category, match.group(), match.start(), match.end()
            )
            evidence.append(Evidence(mention, line.number, place, role_index, project_index))
            if role_index is not None and resume.roles[role_index].dates is not None:
                dated_roles.add(role_index)
        if not evidence:
            continue
        months = sum(resume.roles[i].dates.months(resume.reference_date) or 0 for i in dated_roles)  # type: ignore[union-attr]
        applied = any(
            e.place in (Place.ROLE_BULLET, Place.ROLE_TITLE, Place.PROJECT) for e in evidence
        )
        found.append(
            SkillEvidence(
                skill_id=spec.skill_id,
                name=spec.name,
                category=spec.category,
                area=spec.area,
                evidence=tuple(evidence),
                applied=applied,
                years_of_use=round(months / 12, 1) if months else None,
                declared_years=spec.declared_years,
            )
        )
    return SkillProfile(tuple(found))


# ------------------------------------------------------------- two ends of the scale
RICH_SKILLS = [
    SkillSpec("python", "Python", "language", "languages_frameworks", 12),
    SkillSpec("go", "Go", "language", "languages_frameworks"),
    SkillSpec("django", "Django", "web_framework", "languages_frameworks"),
    SkillSpec("fastapi", "FastAPI", "web_framework", "languages_frameworks"),
    SkillSpec("sqlalchemy", "SQLAlchemy", "library", "languages_frameworks"),
    SkillSpec("postgresql", "PostgreSQL", "database_relational", "databases_caching"),
    SkillSpec("mongodb", "MongoDB", "database_nosql", "databases_caching"),
    SkillSpec("redis", "Redis", "database_inmemory", "databases_caching"),
    SkillSpec("rest", "REST", "api", "api_design"),
    SkillSpec("graphql", "GraphQL", "api", "api_design"),
    SkillSpec("aws", "AWS", "cloud_provider", "cloud"),
    SkillSpec("aws-ec2", "EC2", "cloud_service", "cloud"),
    SkillSpec("aws-rds", "RDS", "cloud_service", "cloud"),
    SkillSpec("docker", "Docker", "container", "devops_sre"),
    SkillSpec("kubernetes", "Kubernetes", "orchestration", "devops_sre"),
    SkillSpec("github-actions", "GitHub Actions", "ci_cd", "devops_sre"),
    SkillSpec("terraform", "Terraform", "iac", "cloud"),
    SkillSpec("pytest", "pytest", "testing", "code_quality"),
    SkillSpec("git", "Git", "version_control", "technical_expertise"),
    SkillSpec("prometheus", "Prometheus", "observability", "devops_sre"),
    SkillSpec("owasp", "OWASP", "security", "security"),
]


def rich_spec() -> ResumeSpec:
    """A resume that shows every criterion of every area, for every target role."""
    return ResumeSpec(
        summary=["Staff backend engineer who loves building reliable Python platforms."],
        roles=[
            RoleSpec(
                "Staff Engineer and Tech Lead",
                "Ledgerly",
                (2018, 1),
                None,
                [
                    "Architected the event-driven payments platform in Python and Go on AWS, "
                    "serving 4,000 rps at p99 35 ms for 12 client teams",
                    "Designed the REST and GraphQL APIs with Django and FastAPI, with versioning, "
                    "OpenAPI contract tests and OAuth 2.0 authentication, cutting p95 latency by 40%",
                    "Led a guild that set engineering standards adopted by 30 teams; "
                    "wrote the RFC and ran design reviews with product managers and SRE",
                    "Drove the company-wide roadmap for the data platform across the organization, "
                    "used by 200 engineers",
                    "Mentored engineers and onboarded 12 new hires, cutting onboarding from 3 weeks to 4 days",
                    "Proposed the move to Kubernetes after evaluating Nomad in a proof of concept, "
                    "weighing trade-offs between business needs and cost; it now runs 150 services",
                    "Initiated a fraud rules engine with OWASP threat modelling that blocked $3M in chargebacks",
                    "Cut AWS spend by $18k per month with autoscaling, Spot instances and "
                    "rightsizing of EC2 and RDS",
                    "Reduced incidents by 60% and MTTR from 45 to 10 minutes with runbooks, "
                    "on-call rotation changes and blameless postmortems",
                    "Partnered with the security team and DBAs on encryption at rest with KMS, "
                    "least privilege IAM roles in private VPC subnets and vulnerability scanning with Snyk",
                    "Added intrusion detection with GuardDuty and DDoS protection with a WAF, blocking 2M bad requests a day",
                    "Delivered 14 features to production; migrated 40 services to EKS with zero downtime",
                ],
            ),
            RoleSpec(
                "Senior Backend Engineer",
                "Shoply",
                (2012, 1),
                (2017, 12),
                [
                    "Built the orders service in Python with Django and PostgreSQL, modelled the "
                    "schema and added indexes and partitioning, cutting query time from 2 s to 80 ms",
                    "Added a Redis cache in front of MongoDB, raising the cache hit rate to 97%",
                    "Automated backups, failover and point-in-time restores for PostgreSQL with Terraform, saving 10 hours a week",
                    "Built CI/CD pipelines in GitHub Actions with Docker images, unit and integration "
                    "tests in pytest, TDD, code review on every pull request and mypy and ruff linting",
                    "Refactored the legacy billing module and documented it in design docs and ADRs, halving its defects",
                    "Set up monitoring with Prometheus dashboards, structured logging and alerting; "
                    "traced root causes of outages and profiled a memory leak",
                    "Tuned slow endpoints with asyncio and the ORM, making reports 10 times faster",
                    "Worked with frontend developers and the mobile team on the API consumed by the "
                    "iOS and Android apps of 3M users",
                    "Collaborated cross-functionally with sales and customer success in a diverse, "
                    "distributed team across time zones; represented the company at customer on-site visits",
                    "Learned Go and picked up Kubernetes; took ownership of the platform team after "
                    "a promotion; gave and received feedback in retrospectives",
                    "Presented a tech talk and demos to leadership and the executive team; launched the partner API to 40 partners",
                    "Solved a complex race condition; migrated from on-prem data centers to the cloud "
                    "with serverless jobs and high availability across multi-AZ deployments",
                    "Organized the company hackathon and interviewed candidates for hiring",
                ],
            ),
        ],
        projects=[
            ProjectSpec(
                "pg-tools (open source)",
                [
                    "Side project: an open-source PostgreSQL toolkit in Python with 900 GitHub stars; "
                    "maintainer and contributor upstream",
                ],
            )
        ],
        skills=[
            "Languages: Python, Go",
            "Frameworks: Django, FastAPI, SQLAlchemy",
            "Data: PostgreSQL, MongoDB, Redis",
            "Cloud: AWS, EC2, RDS, Terraform, Docker, Kubernetes, GitHub Actions",
            "Tools: Git, pytest, Prometheus, OWASP",
        ],
        extra=[
            (SectionKind.OPEN_SOURCE, "Open Source", ["Contributor to SQLAlchemy and Django"]),
            (
                SectionKind.PUBLICATIONS,
                "Talks",
                ["Speaker at PyCon: scaling PostgreSQL for payments"],
            ),
            (
                SectionKind.VOLUNTEERING,
                "Community",
                [
                    "Organizer of the local Python meetup community and mentor at Django Girls, "
                    "advocating diversity and inclusion in tech"
                ],
            ),
            (
                SectionKind.CERTIFICATIONS,
                "Certifications",
                ["AWS Certified Solutions Architect (2022)"],
            ),
        ],
        education=["BSc Computer Science, University of Leeds, 2011"],
    )


def empty_spec() -> ResumeSpec:
    """A resume with a name and nothing else to show."""
    return ResumeSpec(email=None, phone=None, links=[], summary=["Hello."])
