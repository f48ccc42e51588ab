"""Plain text and Markdown reading, encodings and format detection (#2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from standout.model.document import InputFormat, LineKind
from standout.read import read

MARKDOWN = b"""# Jane Doe
jane@example.com | [GitHub](https://github.com/jdoe) | <https://jane.dev>

## Experience

**Senior Backend Engineer** - Acme Corp, Berlin
Jan 2020 - Present

- Built a *payments* API in Go serving 3k req/s
  with p99 under 40 ms
- Led the `PostgreSQL` migration
  - Wrote the rollback plan
1. Numbered item

Skills
------
| Area | Tools |
|---|---|
| Languages | Python, Go |
"""


def kinds(document: object) -> list[tuple[str, str, int]]:
    return [(line.kind.value, line.text, line.level) for line in document.lines]  # type: ignore[attr-defined]


def test_markdown_headings_bullets_tables_and_inline_markup() -> None:
    document = read(MARKDOWN, filename="cv.md")
    assert document.format is InputFormat.MARKDOWN
    assert kinds(document) == [
        ("heading", "Jane Doe", 1),
        ("text", "jane@example.com | GitHub (https://github.com/jdoe) | https://jane.dev", 0),
        ("text", "", 0),
        ("heading", "Experience", 2),
        ("text", "", 0),
        ("text", "Senior Backend Engineer - Acme Corp, Berlin", 0),
        ("text", "Jan 2020 - Present", 0),
        ("text", "", 0),
        ("bullet", "Built a payments API in Go serving 3k req/s with p99 under 40 ms", 0),
        ("text", "", 0),  # the wrapped second line of the item above
        ("bullet", "Led the PostgreSQL migration", 0),
        ("bullet", "Wrote the rollback plan", 1),
        ("bullet", "Numbered item", 0),
        ("text", "", 0),
        ("heading", "Skills", 2),
        ("text", "", 0),  # the setext underline
        ("table_row", "Area | Tools", 0),
        ("text", "", 0),  # the table's rule
        ("table_row", "Languages | Python, Go", 0),
    ]


def test_every_markdown_line_keeps_its_editor_line_number_issue_2() -> None:
    """Regression (#2): blank and markup-only lines used to be dropped, so the numbers
    shown to the user were those of the non-blank lines, not the editor's."""
    source = MARKDOWN.decode().split("\n")
    document = read(MARKDOWN, filename="cv.md")
    assert len(document.lines) == len(source) - 1  # the file ends with a line break
    for line in document.lines:
        if line.text:
            assert line.text.split()[0].strip("*`") in source[line.number - 1]
        else:
            assert source[line.number - 1].strip() in (
                "",
                "------",
                "|---|---|",
                "with p99 under 40 ms",
            )


def test_markdown_comments_front_matter_and_fences_keep_the_line_count_issue_2() -> None:
    source = (
        "---\ntitle: CV\n---\n# Jane\n<!-- a comment\nover two lines -->\n"
        "```\nkubectl apply\n```\nAcme\n\f\nLast line\n\n\n"
    )
    document = read(source.encode(), filename="cv.md")
    numbered = [(line.number, line.text) for line in document.lines if line.text]
    assert numbered == [
        (2, "title: CV"),
        (4, "Jane"),
        (8, "kubectl apply"),
        (10, "Acme"),
        (12, "Last line"),
    ]
    assert len(document.lines) == 12  # blank lines at the end are no line anybody points at


def test_markdown_detected_from_content_without_a_name() -> None:
    assert read(MARKDOWN).format is InputFormat.MARKDOWN


def test_markdown_link_text_that_is_the_url_is_not_repeated() -> None:
    document = read(b"# A\n[github.com/jdoe](https://github.com/jdoe) and [me](mailto:a@b.io)\n")
    assert document.lines[1].text == "github.com/jdoe and me (a@b.io)"


def test_markdown_front_matter_and_code_fences_are_text() -> None:
    source = b"---\nname: Jane\n---\n# Jane\n```\nkubectl apply\n```\n"
    assert [entry for entry in kinds(read(source, filename="x.md")) if entry[1]] == [
        ("text", "name: Jane", 0),
        ("heading", "Jane", 1),
        ("text", "kubectl apply", 0),
    ]


PLAIN = (
    "JOHN SMITH\r\n"
    "EXPERIENCE\r\n"
    "\u2022 Built the billing service\r\n"
    "  in Java and Kafka\r\n"
    "\u25cf Cut costs 30%\r\n"
    "1) Numbered one\r\n"
    "  o nested glyph\r\n"
    "-5% error rate is text\r\n"
    "\fPage two line\r\n"
)


def test_plain_text_bullets_are_stripped_and_wrapped_lines_joined() -> None:
    document = read(PLAIN.encode("utf-8"))
    assert document.format is InputFormat.TEXT
    assert [(line.kind, line.text, line.level, line.page) for line in document.lines] == [
        (LineKind.TEXT, "JOHN SMITH", 0, 1),
        (LineKind.TEXT, "EXPERIENCE", 0, 1),
        (LineKind.BULLET, "Built the billing service in Java and Kafka", 0, 1),
        (LineKind.TEXT, "", 0, 1),  # its wrapped second line, joined above
        (LineKind.BULLET, "Cut costs 30%", 0, 1),
        (LineKind.BULLET, "Numbered one", 0, 1),
        (LineKind.BULLET, "nested glyph", 1, 1),
        (LineKind.TEXT, "-5% error rate is text", 0, 1),
        (LineKind.TEXT, "Page two line", 0, 2),
    ]
    assert document.pages == 2


def test_plain_text_underlined_title_is_a_heading() -> None:
    document = read(b"Jane Doe\n\nEXPERIENCE\n==========\nAcme Corp\n")
    assert document.format is InputFormat.MARKDOWN
    assert kinds(document)[2] == ("heading", "EXPERIENCE", 1)
    text = read(b"Jane Doe\n\nEXPERIENCE\n==========\nAcme Corp\n", format=InputFormat.TEXT)
    assert kinds(text) == [
        ("text", "Jane Doe", 0),
        ("text", "", 0),
        ("heading", "EXPERIENCE", 2),
        ("text", "", 0),
        ("text", "Acme Corp", 0),
    ]


def test_plain_text_line_numbers_are_the_editor_line_numbers_issue_2() -> None:
    """Regression (#2): "line 8" in a report was line 13 in the editor."""
    source = "Jane Doe\n\n\nEXPERIENCE\n\n- Built the API\n  in Go\n\nSKILLS\nGo, SQL\n\n"
    document = read(source.encode(), format=InputFormat.TEXT)
    numbered = [(line.number, line.text) for line in document.lines if line.text]
    assert numbered == [
        (1, "Jane Doe"),
        (4, "EXPERIENCE"),
        (6, "Built the API in Go"),
        (9, "SKILLS"),
        (10, "Go, SQL"),
    ]
    assert len(document.lines) == 10
    assert all(document.text[ln.start : ln.end] == ln.text for ln in document.lines)


def test_a_form_feed_turns_the_page_without_adding_a_line_issue_2() -> None:
    document = read(b"One\n\fTwo\nthree\fFour\n", format=InputFormat.TEXT)
    assert [(ln.number, ln.text, ln.page) for ln in document.lines] == [
        (1, "One", 1),
        (2, "Two", 2),
        (3, "three Four", 2),
    ]
    assert document.pages == 3


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"]
)
def test_common_encodings_are_detected(encoding: str) -> None:
    text = "José Müller\nBackend engineer in Zürich since 2019, café owner\nPython, Go\n"
    document = read(text.encode(encoding))
    assert document.lines[0].text == "José Müller"
    assert "Zürich" in document.lines[1].text


def test_windows_1252_punctuation_is_decoded() -> None:
    data = "Senior Engineer \u2013 Acme \u201cPayments\u201d team\n".encode("cp1252")
    assert read(data).lines[0].text == "Senior Engineer – Acme “Payments” team"


def test_mojibake_from_double_encoding_is_repaired() -> None:
    garbled = "Engineer — café".encode().decode("cp1252").encode("utf-8")
    assert read(garbled).lines[0].text == "Engineer — café"


def test_whitespace_is_normalised_and_blank_lines_kept_empty() -> None:
    document = read("  Jane\t\tDoe  \n\n\n\u00a0Backend\u00a0 engineer\n".encode())
    assert [line.text for line in document.lines] == ["Jane Doe", "", "", "Backend engineer"]
    assert [line.kind for line in document.lines[1:3]] == [LineKind.TEXT, LineKind.TEXT]


def test_offsets_and_line_numbers_point_into_document_text() -> None:
    document = read(MARKDOWN)
    for number, line in enumerate(document.lines, start=1):
        assert line.number == number
        assert document.text[line.start : line.end] == line.text
        assert document.line_at(line.start) is line


def test_reads_a_path_and_names_it_as_the_source(tmp_path: Path) -> None:
    path = tmp_path / "resume.txt"
    path.write_text("Jane Doe\nBackend engineer\n", encoding="utf-8")
    document = read(path)
    assert document.source == str(path)
    assert [line.text for line in document.lines] == ["Jane Doe", "Backend engineer"]
    assert read(str(path)).text == document.text


def test_bytes_source_defaults_to_placeholder_name() -> None:
    assert read(b"Jane Doe\n").source == "<bytes>"
    assert read(b"Jane Doe\n", filename="cv.txt").source == "cv.txt"


def test_forced_format_overrides_detection() -> None:
    document = read(b"# Not a heading\n- item\n", format=InputFormat.TEXT)
    assert document.format is InputFormat.TEXT
    assert kinds(document) == [("text", "# Not a heading", 0), ("bullet", "item", 0)]


def test_latin1_mojibake_is_repaired_sequence_by_sequence() -> None:
    """UTF-8 once decoded as Latin-1 keeps invisible C1 characters ("â\\x80¢" for "•");
    one stray character elsewhere must not stop the repair."""
    text = "Skills\n\u00e2\u0080\u00a2 Built Wipro\u00e2\u0080\u0099s API\nNa\u00c3\u00afve Bayes \u00a9 2020\n"
    document = read(text.encode("utf-8"))
    assert [(line.kind, line.text) for line in document.lines] == [
        (LineKind.TEXT, "Skills"),
        (LineKind.BULLET, "Built Wipro’s API"),
        (LineKind.TEXT, "Naïve Bayes © 2020"),
    ]
