"""The Markdown report: same content as the terminal, as headings and tables (#4)."""

from __future__ import annotations

from sample_report import HOSTILE_NAME, sample_report

from standout.render.markdown import escape_markdown, markdown_table, render_markdown


def test_headings_in_order() -> None:
    text = render_markdown(sample_report())
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings[:7] == [
        "# Resume positioning: Mateo Alvarez",
        "## Area scores",
        "## Top fixes",
        "## Bullets needing work",
        "## Top languages and frameworks",
        "### Python",
        "### FastAPI",
    ]
    assert "## Document checks that failed" in headings
    assert headings[-1] == "### Culture fit: 50/100"


def test_tables_carry_the_findings() -> None:
    text = render_markdown(sample_report())
    assert "| Security | 0 | ░░░░░░░░░░ | Missing: encryption (+2 more) |" in text
    assert (
        "| 1 | Rewrite the bullet as an owned outcome with a figure. | line 10: "
        "“Responsible for the billing service and its PostgreSQL database.” | "
        "Productivity and results | +4.2 |"
    ) in text
    assert (
        '| 18 | Helped with on-call. | no measurable outcome; weak phrase "helped with" |' in text
    )
    assert (
        "| high | Line 13 has characters an applicant-tracking system can't read. | line 13 |"
        in text
    )
    assert "5 of 9 bullets." in text


def test_every_table_row_has_as_many_cells_as_its_header() -> None:
    lines = render_markdown(sample_report(hostile=True)).splitlines()
    separators = [i for i, line in enumerate(lines) if line.startswith(("| ---", "| --:"))]
    assert len(separators) >= 5
    for index in separators:
        cells = lines[index - 1].count(" | ")
        row = index + 1
        while row < len(lines) and lines[row].startswith("| "):
            assert lines[row].replace("\\|", "").count(" | ") == cells, lines[row]
            row += 1


def test_resume_text_is_escaped() -> None:
    text = render_markdown(sample_report(hostile=True))
    assert "<script>" not in text
    assert "\\<script\\>" in text
    assert "\\<b\\>fast\\</b\\>" in text
    assert "parser & cut load by 20% \\| fast" in text
    assert escape_markdown(HOSTILE_NAME) in text


def test_escape_markdown() -> None:
    assert escape_markdown("a|b *c* [d](e) <f> `g` _h_ #1") == (
        "a\\|b \\*c\\* \\[d\\](e) \\<f\\> \\`g\\` \\_h\\_ \\#1"
    )
    assert escape_markdown("two\nlines  here") == "two lines here"


def test_markdown_table() -> None:
    table = markdown_table(("A", "B"), [("1", "x"), ("2", "y")], align=("right", "left"))
    assert table == "| A | B |\n| --: | --- |\n| 1 | x |\n| 2 | y |"
