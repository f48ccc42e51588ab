"""JSON Resume and HTML reading (#2)."""

from __future__ import annotations

import json
from pathlib import Path

from standout.model.document import Document, InputFormat
from standout.read import read

RESUMES = Path(__file__).parents[1] / "fixtures" / "resumes"

JSON_RESUME = {
    "basics": {
        "name": "Ada Example",
        "label": "Backend Engineer",
        "email": "ada@example.com",
        "phone": "+1 555 0100",
        "url": "https://ada.example.dev",
        "summary": "Builds payment APIs.\nLikes Go.",
        "location": {"city": "Lisbon", "region": "Lisboa", "countryCode": "PT"},
        "profiles": [{"network": "GitHub", "username": "ada", "url": "https://github.com/ada"}],
    },
    "work": [
        {
            "name": "Acme Pay",
            "position": "Senior Engineer",
            "location": "Remote",
            "startDate": "2020-01-15",
            "summary": "Payments platform.",
            "highlights": ["Cut p99 latency by 40%", "Led the Kafka migration"],
        },
        {"company": "OldCo", "position": "Developer", "startDate": "2017-03", "endDate": "2019-12"},
    ],
    "projects": [
        {
            "name": "ledgerd",
            "description": "Double-entry ledger service",
            "keywords": ["Go", "PostgreSQL"],
            "url": "https://github.com/ada/ledgerd",
            "highlights": ["100k entries per second"],
        }
    ],
    "skills": [{"name": "Languages", "level": "Expert", "keywords": ["Python", "Go"]}],
    "education": [
        {
            "institution": "University of Lisbon",
            "area": "Computer Science",
            "studyType": "BSc",
            "startDate": "2013",
            "endDate": "2017",
            "score": "17/20",
        }
    ],
    "certificates": [{"name": "CKA", "issuer": "CNCF", "date": "2021-06-01"}],
    "publications": [
        {"name": "Idempotent APIs", "publisher": "Example Blog", "releaseDate": "2022-02"}
    ],
    "volunteer": [{"organization": "Code Club", "position": "Mentor", "startDate": "2018-09"}],
    "awards": [{"title": "Hackathon winner", "awarder": "PyCon PT", "date": "2019"}],
    "languages": [{"language": "Portuguese", "fluency": "Native"}],
}


def lines(document: Document) -> list[tuple[str, str]]:
    return [(line.kind.value, line.text) for line in document.lines]


def test_json_resume_renders_the_canonical_layout() -> None:
    document = read(json.dumps(JSON_RESUME).encode(), filename="resume.json")
    assert document.format is InputFormat.JSON_RESUME
    assert lines(document) == [
        ("text", "Ada Example"),
        ("text", "Backend Engineer"),
        ("text", "ada@example.com"),
        ("text", "+1 555 0100"),
        ("text", "https://ada.example.dev"),
        ("text", "Lisbon, Lisboa, PT"),
        ("text", "GitHub: https://github.com/ada"),
        ("heading", "Summary"),
        ("text", "Builds payment APIs."),
        ("text", "Likes Go."),
        ("heading", "Experience"),
        ("text", "Senior Engineer — Acme Pay, Remote"),
        ("text", "Jan 2020 – Present"),
        ("text", "Payments platform."),
        ("bullet", "Cut p99 latency by 40%"),
        ("bullet", "Led the Kafka migration"),
        ("text", "Developer — OldCo"),
        ("text", "Mar 2017 – Dec 2019"),
        ("heading", "Projects"),
        ("text", "ledgerd"),
        ("text", "Double-entry ledger service"),
        ("bullet", "100k entries per second"),
        ("text", "Technologies: Go, PostgreSQL"),
        ("text", "https://github.com/ada/ledgerd"),
        ("heading", "Skills"),
        ("text", "Languages: Python, Go"),
        ("heading", "Education"),
        ("text", "BSc in Computer Science — University of Lisbon"),
        ("text", "2013 – 2017"),
        ("text", "Score: 17/20"),
        ("heading", "Certifications"),
        ("text", "CKA — CNCF"),
        ("text", "Jun 2021"),
        ("heading", "Publications"),
        ("text", "Idempotent APIs — Example Blog"),
        ("text", "Feb 2022"),
        ("heading", "Volunteering"),
        ("text", "Mentor — Code Club"),
        ("text", "Sep 2018 – Present"),
        ("heading", "Awards"),
        ("text", "Hackathon winner — PyCon PT"),
        ("text", "2019"),
        ("heading", "Spoken Languages"),
        ("text", "Portuguese (Native)"),
    ]


def test_json_resume_detected_without_a_file_name() -> None:
    assert read(b'  {"basics": {"name": "Ada"}}').format is InputFormat.JSON_RESUME


def test_portfolio_html_fixture() -> None:
    document = read(RESUMES / "portfolio.html")
    assert document.format is InputFormat.HTML
    got = [(line.kind.value, line.level, line.text) for line in document.lines]
    assert got[:7] == [
        ("heading", 1, "Aiko Tanaka"),
        ("text", 0, "Junior Backend Developer"),
        (
            "text",
            0,
            "aiko.tanaka@example.jp · Osaka, Japan · GitHub (https://github.com/aikotanaka)"
            " · Website (https://aikotanaka.example.jp)",
        ),
        ("heading", 2, "About"),
        (
            "text",
            0,
            "Bootcamp graduate building backend services in Node.js and Python. Looking for a "
            "first backend role where I can learn on-call and production operations.",
        ),
        ("heading", 2, "Projects"),
        ("heading", 3, "ShelfLife"),
    ]
    assert ("bullet", 0, "Benchmarked 40k writes per second on a laptop") in got
    assert ("heading", 3, "Backend Intern — Kansai Mobility, Osaka") in got
    assert ("text", 0, "Jul 2023 – Sep 2023") in got
    assert ("table_row", 0, "Languages | JavaScript, TypeScript, Python, SQL") in got
    texts = document.text
    assert "querySelectorAll" not in texts and "font-family" not in texts
    assert "Portfolio" not in texts  # <head> is skipped


def test_html_nested_lists_breaks_and_layout_tables() -> None:
    page = (
        b"<html><body><h2>Experience</h2><p>Staff Engineer<br>2021 &ndash; Present</p>"
        b"<ul><li>Designed <b>event</b> pipeline<ul><li>nested</li></ul></li><li>Cut costs</li></ul>"
        b"<table><tr><td><h3>Contact</h3><p>a@b.io</p></td><td><p>Main</p><ul><li>x</li></ul></td></tr>"
        b"</table><pre>line one\nline two</pre></body></html>"
    )
    assert [(line.kind.value, line.level, line.text) for line in read(page).lines] == [
        ("heading", 2, "Experience"),
        ("text", 0, "Staff Engineer"),
        ("text", 0, "2021 – Present"),
        ("bullet", 0, "Designed event pipeline"),
        ("bullet", 1, "nested"),
        ("bullet", 0, "Cut costs"),
        ("heading", 3, "Contact"),
        ("text", 0, "a@b.io"),
        ("text", 0, "Main"),
        ("bullet", 0, "x"),
        ("text", 0, "line one"),
        ("text", 0, "line two"),
    ]


def test_html_stray_row_end_tag_is_ignored() -> None:
    """Regression (#2): a </tr> with no row open crashed the reader (found by fuzzing)."""
    html = b"<html><body><h1>Ana Silva</h1></tr><table><tr><td>Python</td></tr></tr></table>"
    document = read(html, filename="cv.html")
    assert [line.text for line in document.lines] == ["Ana Silva", "Python"]
