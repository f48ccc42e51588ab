"""The terminal tables of rankings keep each file name on one line (#5)."""

from __future__ import annotations

import pytest

from standout.model.match import ResumeRanking, ResumeRow
from standout.render.match_terminal import middle_truncate, render_resume_ranking_terminal

_LONG = "/home/recruiter/hiring/2024/backend-round-two/rankdir/table_layout.docx"


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("rankdir/table_layout.docx", 30, "rankdir/table_layout.docx"),
        ("rankdir/table_layout.docx", 25, "rankdir/table_layout.docx"),
        ("rankdir/table_layout.docx", 15, "rankdir…ut.docx"),
        ("rankdir/table_layout.docx", 1, "…"),
        ("rankdir/table_layout.docx", 0, ""),
    ],
)
def test_middle_truncate(text: str, width: int, expected: str) -> None:
    assert middle_truncate(text, width) == expected
    assert len(middle_truncate(text, width)) == min(len(text), width)


@pytest.mark.parametrize("width", [60, 80, 120])
def test_a_long_file_name_is_cut_in_the_middle_on_one_line(width: int) -> None:
    rows = (
        ResumeRow(1, _LONG, 88, ("Java",), ("Kubernetes",), name="Mateo Alvarez"),
        ResumeRow(2, "rankdir/table_layout.docx", 70, ("Java",), ()),
    )
    text = render_resume_ranking_terminal(ResumeRanking("p.txt", "Java", rows, 0), width=width)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= width
    shown = [line for line in lines if "/home/" in line]
    assert len(shown) == 1
    assert "table_layout.docx" in shown[0] or "…" in shown[0]
    assert shown[0].split()[0].endswith(".docx") or "…" in shown[0]
    assert not any(line.strip().startswith(("docx", "ayout.docx")) for line in lines)
