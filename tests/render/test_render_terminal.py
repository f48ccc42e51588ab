"""The terminal report: fits 80 columns, colour only when asked, shows the key findings (#4)."""

from __future__ import annotations

import re

import pytest
from sample_report import sample_report

from standout.render import render_report
from standout.render.terminal import capture, make_console, render_terminal, report_width
from standout.render.text import truncate

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.mark.parametrize("width", [80, 60, 40, 100])
def test_no_line_is_wider_than_the_terminal(width: int) -> None:
    text = render_terminal(sample_report(hostile=True), width=width)
    assert max(len(line) for line in text.splitlines()) <= width


def test_plain_output_has_no_colour_codes() -> None:
    text = render_report(sample_report(), "terminal")
    assert ANSI.search(text) is None
    assert max(len(line) for line in text.splitlines()) <= 80


def test_colour_only_when_asked_and_never_with_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert ANSI.search(render_terminal(sample_report(), color=True))
    monkeypatch.setenv("NO_COLOR", "1")
    assert ANSI.search(render_terminal(sample_report(), color=True)) is None


def test_force_color_in_the_environment_does_not_colour_plain_output(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert ANSI.search(render_terminal(sample_report())) is None


def test_shows_header_areas_fixes_bullets_languages_and_failed_checks() -> None:
    text = render_terminal(sample_report())
    lines = text.splitlines()
    assert lines[0].startswith("Mateo Alvarez")
    assert "senior backend role" in lines[0]
    assert lines[1].startswith("Readiness  58 ")
    for heading in (
        "Area scores",
        "Top fixes",
        "Bullets needing work",
        "Top languages and frameworks",
        "Document checks that failed",
    ):
        assert heading in lines
    # Weakest area first, with its reason.
    first_area = lines[lines.index("Area scores") + 3]
    assert first_area.startswith("Security") and "Missing: encryption" in first_area
    # The first fix names its line and quotes it.
    assert "1. Rewrite the bullet as an owned outcome with a figure.  +4.2" in text
    assert "line 10 · Productivity and results" in text
    assert "“Responsible for the billing service and its PostgreSQL database.”" in text
    # Bullets: the weakest first, with issue and suggested pattern.
    bullets = lines[lines.index("Bullets needing work") + 1]
    assert bullets.startswith("line 13 Leveraged synergies")
    assert 'weak phrase "helped with"' in text
    assert "try: Took <N> on-call shifts a month" in text
    assert "Python  2.9 years in dated roles, 5 years declared" in text
    assert "✗ high   Line 13 has characters" in text
    # Passed checks are not listed.
    assert "An email address is given." not in text


def test_long_resume_lines_are_truncated_with_an_ellipsis() -> None:
    text = render_terminal(sample_report())
    assert "“Leveraged synergies across teams to drive best-in-class innovation in our m…" in text


def test_report_width_caps_wide_terminals_and_keeps_narrow_ones() -> None:
    assert report_width(200) == 100
    assert report_width(72) == 72
    assert report_width(5) == 40


def test_capture_strips_trailing_spaces() -> None:
    assert capture("hello   ") == "hello\n"


def test_make_console_writes_to_its_buffer() -> None:
    console = make_console(width=40)
    console.print(truncate("x" * 100, 40))
    assert console.width == 40


def test_terminal_output_is_deterministic() -> None:
    assert render_terminal(sample_report()) == render_terminal(sample_report())


def test_an_empty_report_still_renders_in_every_format() -> None:
    from dataclasses import replace

    from standout.render import REPORT_FORMATS, render_report

    report = sample_report()
    empty = replace(
        report,
        bullets=(),
        top_fixes=(),
        top_languages=(),
        document_checks=tuple(c for c in report.document_checks if c.passed),
    )
    for output_format in REPORT_FORMATS:
        assert "Mateo Alvarez" in render_report(empty, output_format)
    text = render_terminal(empty)
    assert "Top fixes" not in text and "Bullets needing work" not in text
    assert "All 2 document checks passed." in text


def test_unknown_format_is_a_coded_error() -> None:
    from standout.errors import UnknownRenderFormatError
    from standout.render import render_report

    with pytest.raises(UnknownRenderFormatError, match=r"\[E180\] Can't render a report as 'pdf'"):
        render_report(sample_report(), "pdf")


def test_report_width_follows_columns_and_defaults_to_80_off_a_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    monkeypatch.delenv("COLUMNS", raising=False)
    assert report_width(stream=io.StringIO()) == 80
    monkeypatch.setenv("COLUMNS", "64")
    assert report_width(stream=io.StringIO()) == 64


def test_wants_color_only_on_a_terminal_without_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from standout.render.terminal import wants_color

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    assert wants_color(Tty()) is True
    assert wants_color(io.StringIO()) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert wants_color(Tty()) is False
