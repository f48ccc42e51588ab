"""The prep pack in every output format (#6)."""

from __future__ import annotations

import json
import re

import pytest

import standout
from standout.errors import UnknownRenderFormatError
from standout.model.posting import Posting
from standout.model.prep import PrepPack
from standout.model.report import Report
from standout.render.prep_output import render_prep

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def pack(go_report: Report, platform_posting: Posting) -> PrepPack:
    return standout.prepare(go_report, posting=platform_posting)


def test_json_is_versioned_and_complete(pack: PrepPack) -> None:
    data = json.loads(render_prep(pack, "json"))
    assert data["schema_version"] == "1.0"
    assert data["role"] == "mid"
    assert data["counts"]["questions"] == len(pack.questions) == len(data["questions"])
    first = data["questions"][0]
    assert set(first) >= {"id", "text", "area", "kind", "guidance", "reason", "why", "evidence"}
    assert {g["skill_id"] for g in data["gaps"]} == {g.skill_id for g in pack.gaps}
    assert data["star_outlines"][0]["figures"]


def test_markdown_has_every_section_and_numbers_questions(pack: PrepPack) -> None:
    text = render_prep(pack, "markdown")
    assert text.startswith("# Interview preparation: Dana Okafor\n")
    for heading in (
        "## Talking points for your top languages and frameworks",
        "## For this posting",
        "### Must-haves your resume doesn't show",
        "## Questions",
        "## STAR outlines from your measured bullets",
        "## Soft-skill checklist",
    ):
        assert heading in text.splitlines()
    assert f"**Q{len(pack.questions)}. " in text
    assert "- No story yet." in text


def test_terminal_output_fits_80_columns_without_colour(pack: PrepPack) -> None:
    text = render_prep(pack, "terminal")
    assert ANSI.search(text) is None
    assert max(len(line) for line in text.splitlines()) <= 80
    assert text.startswith("Interview preparation: Dana Okafor")
    assert "Gap: gRPC" in text


def test_html_is_one_standalone_page_with_escaped_text(go_report: Report) -> None:
    pack = standout.prepare(go_report)
    html = render_prep(pack, "html")
    assert html.startswith("<!DOCTYPE html>")
    assert "<script" not in html and 'src="http' not in html and "@import" not in html
    assert 'id="q1"' in html
    assert "Interview preparation: Dana Okafor" in html


def test_resume_text_is_escaped_in_markdown_and_html(go_report: Report) -> None:
    pack = standout.prepare(go_report)
    question = pack.questions[0]
    evil = "<img src=x onerror=alert(1)> **bold** [link](javascript:x)"
    hacked = type(pack)(
        **{
            **{f: getattr(pack, f) for f in pack.__dataclass_fields__},
            "candidate": evil,
            "questions": (question,),
        }
    )
    assert "<img" not in render_prep(hacked, "html")
    markdown = render_prep(hacked, "markdown")
    assert "\\<img" in markdown and "\\*\\*bold\\*\\*" in markdown


def test_an_unknown_format_is_a_coded_error(pack: PrepPack) -> None:
    with pytest.raises(UnknownRenderFormatError, match="prep pack"):
        render_prep(pack, "pdf")


def test_the_match_score_comes_before_the_posting_path_so_truncation_keeps_it(
    pack: PrepPack,
) -> None:
    from dataclasses import replace

    from standout.render.prep_view import build_prep_view

    long_source = "/very/long/folder/" * 8 + "posting.txt"
    view = build_prep_view(replace(pack, posting_source=long_source))
    assert pack.match_score is not None and view.posting is not None
    assert view.posting.index("match ") < view.posting.index(long_source)
