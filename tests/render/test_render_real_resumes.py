"""Every output format of every fixture resume keeps its promises (#4): terminal lines fit
80 columns without colour codes, JSON fields are all documented, HTML loads nothing."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from test_render_json import _documented
from tests.schema_doc import key_paths

import standout
from standout.render import render_report

FIXTURES = Path(__file__).parents[1] / "fixtures"
RESUMES = sorted(
    path
    for folder in (FIXTURES / "resumes", FIXTURES / "golden" / "inputs")
    for path in folder.glob("*.*")
    if path.is_file()
)


@pytest.fixture(scope="module")
def documented() -> set[str]:
    return set(_documented())


@pytest.mark.parametrize("resume", RESUMES, ids=lambda p: p.name)
def test_every_format_keeps_its_promises(resume: Path, documented: set[str]) -> None:
    report = standout.analyze(resume, role="senior", reference_date=date(2024, 5, 1))
    terminal = render_report(report, "terminal")
    assert max(len(line) for line in terminal.splitlines()) <= 80
    assert "\x1b[" not in terminal
    data = json.loads(render_report(report, "json"))
    assert set(key_paths(data)) <= documented
    html = render_report(report, "html")
    assert not re.search(r"\bsrc=|<script|<link|@import|url\(", html)
    markdown = render_report(report, "markdown")
    assert markdown.startswith("# Resume positioning: ")
