"""Whole-document checks (#4): contact, links, length, sections, dates, readability."""

from __future__ import annotations

import pytest
from assess_builders import ResumeSpec, RoleSpec, build_resume

from standout import analyze
from standout.assess.document_checks import document_checks
from standout.assess.framework import load_framework
from standout.model.document import Document, InputFormat, LineKind
from standout.model.report import DocumentCheck, Severity, TargetRole
from standout.model.resume import LinkKind

BULLETS = ["Built the orders API in Python for the shop front end"]


def _checks(spec: ResumeSpec, role: TargetRole = TargetRole.MID) -> dict[str, DocumentCheck]:
    resume = build_resume(spec)
    return {c.check_id: c for c in document_checks(resume, role, load_framework().document)}


def _roles(
    *ranges: tuple[tuple[int, int] | None, tuple[int, int] | None], title: str = "Engineer"
) -> list[RoleSpec]:
    return [
        RoleSpec(title, f"Company {i}", start, end, BULLETS)
        for i, (start, end) in enumerate(ranges)
    ]


def _complete(**changes: object) -> ResumeSpec:
    spec = ResumeSpec(
        roles=_roles(((2021, 3), None), ((2018, 1), (2021, 2))),
        skills=["Languages: Python"],
        education=["BSc Computing, 2017"],
    )
    for name, value in changes.items():
        setattr(spec, name, value)
    return spec


def test_a_complete_resume_fails_only_the_thin_length_check() -> None:
    checks = _checks(_complete())
    failed = {check_id for check_id, check in checks.items() if not check.passed}
    assert failed == {"length.words"}
    assert all(c.advice == "" for c in checks.values() if c.passed)


def test_missing_contact_and_links() -> None:
    checks = _checks(_complete(email=None, phone=None, links=[(LinkKind.PERSONAL, "ada.dev")]))
    assert not checks["contact.email"].passed and checks["contact.email"].severity is Severity.HIGH
    assert not checks["contact.phone"].passed and checks["contact.phone"].severity is Severity.LOW
    assert not checks["links.github"].passed and checks["links.github"].severity is Severity.MEDIUM
    assert not checks["links.linkedin"].passed
    assert "GitHub" in checks["links.github"].advice


def test_found_contact_points_at_its_line() -> None:
    checks = _checks(_complete())
    assert checks["contact.email"].lines == (2,)
    assert checks["links.github"].lines == (3,)


def test_missing_sections() -> None:
    checks = _checks(ResumeSpec(summary=["Backend developer."]))
    assert not checks["sections.experience"].passed
    assert checks["sections.experience"].severity is Severity.HIGH
    assert not checks["sections.skills"].passed
    assert not checks["sections.education"].passed


def test_gap_over_six_months_between_roles() -> None:
    spec = _complete(roles=_roles(((2021, 1), None), ((2018, 1), (2020, 3))))
    gap = _checks(spec)["dates.gaps"]
    assert not gap.passed and gap.severity is Severity.LOW
    assert "9 months" in gap.message
    short = _complete(roles=_roles(((2020, 9), None), ((2018, 1), (2020, 3))))
    assert _checks(short)["dates.gaps"].passed  # five months is not flagged


def test_overlapping_full_time_roles_but_not_part_time_ones() -> None:
    overlapping = _complete(roles=_roles(((2019, 1), None), ((2018, 1), (2020, 6))))
    check = _checks(overlapping)["dates.overlaps"]
    assert not check.passed and len(check.lines) == 2
    part_time = overlapping.roles[1]
    part_time.title = "Freelance Developer"
    assert _checks(overlapping)["dates.overlaps"].passed
    handover = _complete(roles=_roles(((2020, 6), None), ((2018, 1), (2020, 6))))
    assert _checks(handover)["dates.overlaps"].passed  # one shared month is a handover


def test_future_and_missing_dates() -> None:
    spec = _complete(roles=_roles(((2025, 1), None), (None, None)))
    checks = _checks(spec)
    assert not checks["dates.future"].passed
    assert not checks["dates.missing"].passed and len(checks["dates.missing"].lines) == 1


def test_length_limit_depends_on_the_target_role() -> None:
    long_text = " ".join(["word"] * 12)
    spec = _complete(roles=[RoleSpec("Engineer", "Co", (2015, 1), None, [long_text] * 70)])
    assert not _checks(spec, TargetRole.JUNIOR)["length.pages"].passed
    assert _checks(spec, TargetRole.SENIOR)["length.pages"].passed


def test_pdf_with_too_few_words_per_page_is_flagged() -> None:
    spec = _complete(pdf_pages=4)
    check = _checks(spec)["ats.text_layer"]
    assert not check.passed and check.severity is Severity.HIGH
    assert "ats.text_layer" not in _checks(_complete())  # only PDFs have a text layer to check


def test_tables_and_garbled_glyphs() -> None:
    resume = build_resume(_complete())
    rows = [(line.text, line.kind, 0, 1) for line in resume.document.lines]
    rows += [("Python | 5 years | expert", LineKind.TABLE_ROW, 0, 1)] * 20
    rows += [
        (
            "Skills: \uf0b7 Python \uf0b7 Go \uf0b7 Rust \uf0b7 C â€“ Java â€“ Kotlin",
            LineKind.TEXT,
            0,
            1,
        )
    ]
    document = Document.from_lines("t.txt", InputFormat.DOCX, rows)
    from dataclasses import replace

    checks = {
        c.check_id: c
        for c in document_checks(
            replace(resume, document=document), TargetRole.MID, load_framework().document
        )
    }
    assert not checks["ats.tables"].passed
    assert not checks["ats.glyphs"].passed
    assert checks["ats.glyphs"].lines == (len(rows),)


_GERMAN = """Max Mustermann
Berufserfahrung
Senior Softwareentwickler, Beispiel GmbH, Berlin (2019 - heute)
- Entwicklung von Microservices in Go und Kubernetes für die Zahlungsabwicklung
- Reduzierung der Antwortzeiten um 40 % durch Caching mit Redis
- Betreuung von zwei Junior-Entwicklern und Durchführung von Code-Reviews
- Einführung von CI/CD mit GitHub Actions und Terraform für die Infrastruktur
- Migration der Datenbank von MySQL auf PostgreSQL mit null Ausfallzeit
Ausbildung
B.Sc. Informatik, TU München
"""
_SPANISH = """Ana García
Experiencia
Ingeniera de backend en Ejemplo S.A., Madrid (2020 - actualidad)
- Desarrollo de una API para los pagos con Python y PostgreSQL
- Reducción del tiempo de respuesta en un 40 % con Redis como caché
- Mentora de dos personas del equipo y responsable de las revisiones de código
- Migración de los servicios a Kubernetes con Terraform para la infraestructura
"""
_HEBREW = "דוד כהן\nמפתח backend בכיר\nניסיון: פיתוח שירותים ב-Go ו-Python, עבודה עם PostgreSQL\n"


@pytest.mark.parametrize("text", [_GERMAN, _SPANISH, _HEBREW])
def test_a_resume_in_another_language_fails_the_language_check(text: str) -> None:
    """It used to get a confident report: "no experience section", readiness 5."""
    report = analyze(text.encode("utf-8"), filename="cv.txt")
    check = next(c for c in report.document_checks if c.check_id == "ats.language")
    assert not check.passed and check.severity is Severity.HIGH
    assert "English" in check.advice


def test_an_english_resume_with_foreign_names_passes_the_language_check() -> None:
    text = (
        "Jean-Luc Dubois\nExperience\nBackend Engineer, Société Générale, Paris (2019 - 2023)\n"
        "- Built the payments API in Java for 2 million customers\n"
        "- Cut p99 latency from 300 ms to 80 ms with a Redis cache\n"
        "Education\nMSc, Universidad de Buenos Aires\n"
    )
    report = analyze(text.encode("utf-8"), filename="cv.txt")
    assert next(c for c in report.document_checks if c.check_id == "ats.language").passed


def test_a_short_german_resume_with_german_headings_fails_the_language_check() -> None:
    """The second QA pass's resume: few small words, but German headings."""
    text = (
        "Max Mustermann\nBackend-Entwickler · Berlin · max@example.de\n\nBerufserfahrung\n"
        "Senior Backend-Entwickler — Zahlwerk GmbH, Berlin (03/2019 – heute)\n"
        "- Entwicklung einer Zahlungs-API in Go und PostgreSQL mit 5.000 Anfragen pro Sekunde\n"
        "- Einführung von Kafka für die Ereignisverarbeitung, Latenz um 40 % gesenkt\n"
        "\nAusbildung\nM.Sc. Informatik, TU München, 2014\n\nKenntnisse\nGo, Java, Kafka\n"
    )
    report = analyze(text.encode("utf-8"), filename="cv.txt")
    assert not next(c for c in report.document_checks if c.check_id == "ats.language").passed
