"""``standout parse``: text and JSON output, reference date and one-line errors (#2)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import standout.cli.parse  # noqa: F401  (registers the command)
from standout.cli.app import app

FIXTURES = Path(__file__).parents[1] / "fixtures" / "resumes"
RESUME = FIXTURES / "markdown_senior.md"


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.delenv("COLUMNS", raising=False)
    return CliRunner()


def test_text_summary(runner: CliRunner) -> None:
    result = runner.invoke(app, ["parse", str(RESUME), "--reference-date", "2026-06-01"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Tomasz Wierzbicki"
    assert "  email         tomasz.wierzbicki@example.org" in lines
    assert '  experience     "Work Experience"                  lines 14-60' in lines
    assert "Roles (8)" in lines
    assert (
        "  Staff Backend Engineer — Ledgerline, Kraków (Feb 2022 – present)  lines 14-20" in lines
    )
    first_bullet = lines.index(
        "      17  Own the architecture of the settlement platform: 22 Go services"
    )
    assert lines[first_bullet + 1] == "          processing 9 million transfers a day."
    assert "  Languages: Go (7 years), Java (12 years), Python, SQL" in lines
    assert "  MSc Computer Science — Gdańsk University of Technology (2005 – 2010)" in lines
    project = lines.index(
        "  pg-partman-helper [open source]  github.com/twierzbicki/pg-partman-helper"
    )
    assert lines[project + 1] == "      lines 64-65"


def test_text_summary_wraps_to_the_terminal_width_issue_2(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression (#2): bullet lines reached 110 columns whatever the terminal's width."""
    args = ["parse", str(RESUME), "--reference-date", "2026-06-01"]
    for columns in (None, "60", "120"):
        if columns is None:
            monkeypatch.delenv("COLUMNS", raising=False)  # not a terminal: 80 columns
        else:
            monkeypatch.setenv("COLUMNS", columns)
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        width = int(columns or 80)
        lines = result.stdout.splitlines()
        assert max(len(line) for line in lines) <= width
        bullets = [n for n, line in enumerate(lines) if line.startswith("      17  ")]
        assert len(bullets) == 1
        after = lines[bullets[0] + 1]
        if width < 110:  # the bullet wraps, its rest hangs under its text
            assert after.startswith(" " * 10) and after[10] != " "
        else:
            assert lines[bullets[0]].endswith("9 million transfers a day.")


def test_json_output(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["parse", str(RESUME), "--format", "json", "--reference-date", "2026-06-01"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == [
        "document",
        "reference_date",
        "contact",
        "sections",
        "roles",
        "projects",
        "skills",
        "education",
        "certifications",
    ]
    assert data["document"] == {
        "source": str(RESUME),
        "format": "markdown",
        "pages": 1,
        "line_count": 85,
    }
    assert data["reference_date"] == "2026-06-01"
    role = data["roles"][0]
    assert role["title"] == "Staff Backend Engineer"
    assert role["dates"]["current"] is True
    assert role["dates"]["start"] == {"year": 2022, "month": 2, "precision": "month"}
    assert role["bullets"][0]["span"]["line"] == 17
    assert data["skills"][0] == {
        "name": "Go",
        "group": "Languages",
        "declared_months": 84,
        "span": data["skills"][0]["span"],
    }


def test_bad_reference_date_is_a_coded_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["parse", str(RESUME), "--reference-date", "June"])
    assert result.exit_code != 0
    assert "[E081] --reference-date 'June' is not a date." in str(result.exception)


def test_errors_are_one_red_line_and_exit_status_1(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    missing = tmp_path / "missing.md"
    for path, code in ((missing, "[E040]"), (empty, "[E001]")):
        done = subprocess.run(
            [sys.executable, "-m", "standout", "parse", str(path)],
            capture_output=True,
            text=True,
            env={"NO_COLOR": "1", "PATH": ""},
            check=False,
        )
        assert done.returncode == 1
        assert done.stdout == ""
        assert done.stderr.startswith(code)
        assert "Traceback" not in done.stderr


def test_help_text() -> None:
    result = CliRunner().invoke(app, ["parse", "--help"])
    assert result.exit_code == 0
    assert "Print what standout understood in a resume" in result.stdout
    assert "--reference-date" in result.stdout
