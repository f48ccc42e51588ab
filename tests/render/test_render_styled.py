"""The Rich-free styled-text kit behind the terminal report (#4)."""

from __future__ import annotations

from standout.render.styled import Segment, columns, labelled, line, line_length, paint, wrap


def test_paint_plain_drops_styles_and_trailing_spaces() -> None:
    lines = [line(("Score", "bold"), "   "), line("a", (" b", "red"))]
    assert paint(lines, color=False) == "Score\na b\n"


def test_paint_in_colour_uses_ansi_codes() -> None:
    assert paint([line(("hi", "bold red"), " there")], color=True) == "\x1b[1;31mhi\x1b[0m there\n"


def test_wrap_cuts_after_max_lines_with_an_ellipsis() -> None:
    wrapped = wrap("one two three four five six seven", 10, max_lines=2)
    assert [line_length(x) for x in wrapped] == [len("one two"), 10]
    assert wrapped[-1][0].text.endswith("…")
    assert wrap("", 10) == [(Segment(""),)]


def test_labelled_indents_later_lines_under_the_first() -> None:
    body = [line("first"), line("second")]
    text = paint(labelled(line(("1.", "bold")), 3, body), color=False)
    assert text == "1.  first\n    second\n"


def test_columns_pad_every_column_but_the_last() -> None:
    cells = [[line("ab"), line("c")], [line("xyz")], [line("end")]]
    assert paint(columns(cells, (4, 3, 5)), color=False) == "ab    xyz  end\nc\n"
