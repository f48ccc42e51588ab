"""DOCX reading: styles, lists, tables, headers and footers, links (#2)."""

from __future__ import annotations

import io
import zipfile
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


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _raw_docx(body: str) -> bytes:
    document = (
        f'<w:document xmlns:w="{W}" xmlns:mc="{MC}" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<w:body>{body}</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def _paragraph(text: str, extra: str = "") -> str:
    return f"<w:p>{extra}<w:r><w:t>{text}</w:t></w:r></w:p>"


def test_text_box_content_is_read_once_from_alternate_content() -> None:
    box = (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>'
        f"<w:txbxContent>{_paragraph('Sidebar: jane@example.com')}</w:txbxContent>"
        "</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
        f"{_paragraph('Sidebar: jane@example.com')}</w:txbxContent></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    body = f"<w:p><w:r><w:t>Jane Doe</w:t></w:r>{box}</w:p>" + _paragraph("Experience")
    assert [line.text for line in read(_raw_docx(body), filename="cv.docx").lines] == [
        "Jane Doe",
        "Sidebar: jane@example.com",
        "Experience",
    ]


def test_numbered_paragraphs_deleted_text_and_content_controls() -> None:
    numbered = '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr>'
    deleted = (
        "<w:p><w:r><w:t>Kept</w:t></w:r><w:del><w:r><w:delText>Gone</w:delText></w:r></w:del></w:p>"
    )
    control = (
        f"<w:sdt><w:sdtContent>{_paragraph('Inside a content control')}</w:sdtContent></w:sdt>"
    )
    body = _paragraph("Nested point", numbered) + deleted + control
    got = [
        (line.kind, line.level, line.text)
        for line in read(_raw_docx(body), filename="cv.docx").lines
    ]
    assert got == [
        (LineKind.BULLET, 1, "Nested point"),
        (LineKind.TEXT, 0, "Kept"),
        (LineKind.TEXT, 0, "Inside a content control"),
    ]
