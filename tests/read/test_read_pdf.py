"""PDF reading: reading order, two columns, bullets, headings, pages (#2)."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
from reportlab.pdfgen.canvas import Canvas

from standout.model.document import InputFormat, LineKind
from standout.read import read
from standout.read.pdf_layout import Run, find_gutter, page_lines

RESUMES = Path(__file__).parents[1] / "fixtures" / "resumes"


def test_single_column_pdf_lines_bullets_and_headings() -> None:
    document = read(RESUMES / "single_column.pdf")
    assert document.format is InputFormat.PDF
    assert document.pages == 1
    got = [(line.kind.value, line.level, line.text) for line in document.lines]
    assert got[:9] == [
        ("heading", 1, "Maya Lindqvist"),
        ("text", 0, "Senior Backend Engineer"),
        (
            "text",
            0,
            "maya.lindqvist@example.com | +46 70 555 01 23 | Gothenburg, Sweden | "
            "github.com/mayalind | linkedin.com/in/maya-lindqvist",
        ),
        ("heading", 2, "SUMMARY"),
        (
            "text",
            0,
            "Backend engineer with eight years of building payment and logistics services in Go "
            "and Python. I care about",
        ),
        ("text", 0, "predictable latency, boring deployments and on-call rotations nobody dreads."),
        ("heading", 2, "EXPERIENCE"),
        ("text", 0, "Senior Backend Engineer — Kestrel Pay, Stockholm, Sweden Mar 2021 – Present"),
        (
            "bullet",
            0,
            "Designed the ledger service in Go and PostgreSQL that settles 4 million card payments "
            "a day with zero reconciliation gaps",
        ),
    ]
    assert got[-2:] == [
        ("heading", 2, "EDUCATION"),
        ("text", 0, "MSc Computer Science — Chalmers University of Technology 2013 – 2015"),
    ]
    assert sum(1 for kind, _, _ in got if kind == "bullet") == 9


def test_fixture_really_interleaves_columns_in_its_content_stream() -> None:
    """pdfium's own text order mixes the sidebar into the main column on this fixture."""
    page = pdfium.PdfDocument(str(RESUMES / "two_column.pdf"))[0]
    assert "CONTACT PROFILE" in page.get_textpage().get_text_range()


def test_two_column_pdf_reads_left_column_then_right_column() -> None:
    document = read(RESUMES / "two_column.pdf")
    assert document.pages == 2
    texts = [line.text for line in document.lines]
    assert texts[:3] == ["Daniel Okafor", "Backend & Platform Engineer", "CONTACT"]
    sidebar = ["daniel.okafor@example.net", "Java, Kotlin, Python, SQL", "2010 – 2014"]
    main = ["PROFILE", "Staff Engineer — Harbourline Travel, Manchester", "Sep 2014 – Apr 2018"]
    assert max(texts.index(text) for text in sidebar) < min(texts.index(text) for text in main)
    page_one = [line for line in document.lines if line.page == 1]
    last_sidebar = max(
        i
        for i, line in enumerate(page_one)
        if line.text == "Certified Kubernetes Administrator (2020)"
    )
    assert page_one[last_sidebar + 1].text == "PROFILE"
    bullets = [line.text for line in document.lines if line.kind is LineKind.BULLET]
    assert "Google Cloud Professional Cloud Architect (2022)" in bullets
    assert (
        "Own the booking platform architecture: 40 Kotlin and Java services handling 2,500 "
        "requests per second at peak"
    ) in bullets
    assert [(line.page, line.text) for line in document.lines if line.page == 2][:2] == [
        (2, "PROJECTS"),
        (2, "queue-sentry"),
    ]


def _runs(rows: list[tuple[float, str]], y_start: float = 800, step: float = 13) -> list[Run]:
    runs = []
    for number, (x, text) in enumerate(rows):
        y = y_start - number * step
        runs.append(Run(x, y - 2, x + 5.5 * len(text), y + 7.5, text, 10.0))
    return runs


def test_right_aligned_dates_are_not_a_second_column() -> None:
    runs = []
    for block in range(4):
        y = 800 - block * 60
        runs += [
            Run(56, y - 2, 300, y + 7.5, f"Engineer — Company {block}", 10.0),
            Run(470, y - 2, 540, y + 7.5, f"Jan 201{block} – Present", 10.0),
            Run(60, y - 15, 64, y - 7.5, "•", 10.0),
            Run(72, y - 15, 300, y - 7.5, "Short bullet text here", 10.0),
            Run(60, y - 28, 64, y - 20.5, "•", 10.0),
            Run(72, y - 28, 280, y - 20.5, "Another short bullet", 10.0),
        ]
    assert find_gutter(runs, 595) is None
    lines = page_lines(runs, 595)
    assert lines[0].text == "Engineer — Company 0 Jan 2010 – Present"
    assert [line.kind for line in lines[:3]] == [LineKind.TEXT, LineKind.BULLET, LineKind.BULLET]


def test_banner_rows_split_column_stretches() -> None:
    left = [(40, f"side line {n} text") for n in range(8)]
    right = [(300, f"main column line {n} with more words in it") for n in range(8)]
    runs = [Run(40, 828, 500, 840, "Full Width Banner Across The Page", 12.0)]
    for number, ((lx, lt), (rx, rt)) in enumerate(zip(left, right, strict=True)):
        y = 800 - number * 13
        runs.append(Run(lx, y - 2, lx + 100, y + 7.5, lt, 10.0))
        runs.append(Run(rx, y - 2, rx + 250, y + 7.5, rt, 10.0))
    texts = [line.text for line in page_lines(runs, 595)]
    assert texts[0] == "Full Width Banner Across The Page"
    assert texts[1:9] == [text for _, text in left]
    assert texts[9:] == [text for _, text in right]


def test_wrapped_bullet_lines_are_joined_and_nested_bullets_get_levels() -> None:
    runs = [
        Run(60, 798, 64, 805, "•", 10.0),
        Run(72, 798, 500, 807.5, "First bullet that wraps onto", 10.0),
        Run(72, 785, 200, 794.5, "a second line", 10.0),
        Run(76, 772, 80, 779, "–", 10.0),
        Run(88, 772, 300, 781.5, "Nested point", 10.0),
        Run(56, 759, 300, 768.5, "Plain text after", 10.0),
    ]
    got = [(line.kind, line.level, line.text) for line in page_lines(runs, 595)]
    assert got == [
        (LineKind.BULLET, 0, "First bullet that wraps onto a second line"),
        (LineKind.BULLET, 1, "Nested point"),
        (LineKind.TEXT, 0, "Plain text after"),
    ]


def test_page_numbers_at_the_foot_of_a_page_are_dropped() -> None:
    runs = [Run(56, 800, 300, 810, "Jane Doe", 10.0), Run(290, 40, 300, 50, "Page 1 of 2", 8.0)]
    assert [line.text for line in page_lines(runs, 595)] == ["Jane Doe"]


def test_running_header_and_page_numbers_appear_once() -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    for number, body in enumerate(["Senior Engineer at Acme", "Engineer at Globex"], start=1):
        canvas.setFont("Helvetica", 9)
        canvas.drawString(72, 800, "Jordan Example — Resume")
        canvas.setFont("Helvetica", 11)
        canvas.drawString(72, 700, body)
        canvas.setFont("Helvetica", 9)
        canvas.drawString(280, 40, f"Page {number} of 2")
        canvas.showPage()
    canvas.save()
    document = read(buffer.getvalue(), filename="cv.pdf")
    assert [(line.page, line.text) for line in document.lines] == [
        (1, "Jordan Example — Resume"),
        (1, "Senior Engineer at Acme"),
        (2, "Engineer at Globex"),
    ]
