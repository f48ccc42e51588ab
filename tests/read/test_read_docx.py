"""DOCX reading: styles, lists, tables, headers and footers, links (#2)."""

from __future__ import annotations

import io
from pathlib import Path

import docx

from standout.model.document import InputFormat, LineKind
from standout.read import read

RESUMES = Path(__file__).parents[1] / "fixtures" / "resumes"


def test_standard_docx_fixture() -> None:
    document = read(RESUMES / "standard.docx")
    assert document.format is InputFormat.DOCX
    got = [(line.kind.value, line.level, line.text) for line in document.lines]
    assert got[:8] == [
        ("heading", 1, "Lucía Ferrer"),
        ("text", 0, "Backend Developer (Python / Go)"),
        (
            "text",
            0,
            "lucia.ferrer@example.org | +34 612 555 014 | Valencia, Spain | luciaferrer.dev"
            " | GitHub (https://github.com/lferrer)",
        ),
        ("heading", 1, "Summary"),
        (
            "text",
            0,
            "Backend developer with six years of experience building APIs for healthcare and "
            "e-commerce. Comfortable owning a service from schema design to production alerts.",
        ),
        ("heading", 1, "Experience"),
        ("text", 0, "Backend Developer — Mediterra Health, Valencia February 2022 - Current"),
        (
            "bullet",
            0,
            "Built the appointment-booking API in Go (gRPC and REST gateway) serving 300 clinics",
        ),
    ]
    assert ("bullet", 1, "Wrote the incident runbooks used by the on-call rotation") in got
    assert ("text", 0, "Cloud & DevOps: AWS (RDS, ECS, Lambda), Docker, GitLab CI") in got
    assert got[-2:] == [
        ("heading", 1, "Certifications"),
        ("bullet", 0, "AWS Certified Developer – Associate, 2021"),
    ]


def test_table_layout_docx_puts_header_first_and_sidebar_before_main_column() -> None:
    document = read(RESUMES / "table_layout.docx")
    got = [(line.kind.value, line.text) for line in document.lines]
    assert got[:5] == [
        (
            "text",
            "tomasz.wierzbicki@example.com | +48 501 555 777 | Kraków, Poland | github.com/twierzbicki",
        ),
        ("text", "Tomasz Wierzbicki"),
        ("text", "Senior Backend Engineer"),
        ("heading", "Skills"),
        ("table_row", "Languages | Java, Rust, Kotlin, SQL"),
    ]
    texts = [text for _, text in got]
    assert texts.index("German (B1)") < texts.index("Profile") < texts.index("Experience")
    assert ("bullet", "Profiled and fixed memory leaks that caused weekly JVM restarts") == got[-1]
    assert not any(text.startswith("Page") for text in texts)  # footer page number dropped


def _docx_bytes(build: object) -> bytes:
    document = docx.Document()
    build(document)  # type: ignore[operator]
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_manual_bullets_soft_breaks_and_data_tables() -> None:
    def build(document: docx.document.Document) -> None:
        paragraph = document.add_paragraph("Senior Engineer")
        paragraph.add_run().add_break()
        paragraph.add_run("Acme, 2019 – 2021")
        document.add_paragraph("• Typed bullet")
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "Python", "6 years"
        table.cell(1, 0).text, table.cell(1, 1).text = "Go", ""
        document.sections[0].footer.paragraphs[0].text = "jane@example.com"

    got = [(line.kind, line.text) for line in read(_docx_bytes(build)).lines]
    assert got == [
        (LineKind.TEXT, "Senior Engineer"),
        (LineKind.TEXT, "Acme, 2019 – 2021"),
        (LineKind.BULLET, "Typed bullet"),
        (LineKind.TABLE_ROW, "Python | 6 years"),
        (LineKind.TABLE_ROW, "Go"),
        (LineKind.TEXT, "jane@example.com"),
    ]


def test_docx_detected_from_content_whatever_the_name() -> None:
    data = (RESUMES / "standard.docx").read_bytes()
    assert read(data, filename="resume.txt").format is InputFormat.DOCX
