"""``standout analyze``: formats, --out, --fail-under, --reference-date and errors (#4)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import standout.cli.analyze  # noqa: F401  (registers the command)
from standout.cli.app import app

RESUME = Path(__file__).parents[1] / "fixtures" / "golden" / "inputs" / "senior-platform.md"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    return CliRunner()


def _analyze(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(
        app,
        ["analyze", str(RESUME), "--reference-date", "2024-05-01", *args],
        catch_exceptions=False,
    )
    return result.exit_code, result.stdout, result.stderr


def test_terminal_report_is_plain_and_fits_80_columns_when_piped(runner: CliRunner) -> None:
    code, out, _ = _analyze(runner, "--role", "senior")
    assert code == 0
    assert out.startswith("Ingrid Halvorsen  ·  target: senior backend role\nReadiness ")
    assert ANSI.search(out) is None
    assert max(len(line) for line in out.splitlines()) <= 80
    for heading in ("Area scores", "Top fixes"):
        assert heading in out.splitlines()


def test_json_format_is_the_documented_schema(runner: CliRunner) -> None:
    code, out, _ = _analyze(runner, "--format", "json", "--role", "staff")
    assert code == 0
    data = json.loads(out)
    assert list(data)[:4] == ["schema_version", "role", "readiness", "reference_date"]
    assert data["role"] == "staff"
    assert data["reference_date"] == "2024-05-01"
    assert data["resume"]["contact"]["name"] == "Ingrid Halvorsen"


def test_out_writes_the_file_and_says_so(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "reports" / "report.html"
    target.parent.mkdir()
    code, out, err = _analyze(runner, "--format", "html", "--out", str(target))
    assert code == 0
    assert out == ""
    assert f"Wrote {target}" in err.replace("\n", "")
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Ingrid Halvorsen" in html
    assert [p.name for p in target.parent.iterdir()] == ["report.html"]  # no temporary left


def test_out_into_a_missing_folder_is_a_coded_error_and_creates_nothing(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Regression (#4): --out used to create missing folders silently."""
    import subprocess
    import sys

    target = tmp_path / "missing" / "report.html"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "standout",
            "analyze",
            str(RESUME),
            "--format",
            "html",
            "--out",
            str(target),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("[E082]") and "does not exist" in result.stderr
    assert "Traceback" not in result.stderr
    assert not target.parent.exists()


def test_out_naming_a_folder_says_so(runner: CliRunner, tmp_path: Path) -> None:
    """It used to blame free disk space and permissions."""
    result = runner.invoke(app, ["analyze", str(RESUME), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert "is a folder" in str(result.exception) and "[E082]" in str(result.exception)
    assert list(tmp_path.iterdir()) == []


def test_terminal_format_to_a_file_is_plain_text(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    code, _, _ = _analyze(runner, "--out", str(target))
    assert code == 0
    text = target.read_text(encoding="utf-8")
    assert ANSI.search(text) is None and max(map(len, text.splitlines())) <= 80


def test_fail_under_exits_1_with_a_clear_line(runner: CliRunner) -> None:
    code, out, _ = _analyze(runner, "--format", "json")
    readiness = json.loads(out)["readiness"]
    code, out, err = _analyze(runner, "--format", "json", "--fail-under", str(readiness + 1))
    assert code == 1
    assert json.loads(out)["readiness"] == readiness  # the report is still printed
    assert err == f"Readiness {readiness} is under --fail-under {readiness + 1}: failing.\n"
    code, _, err = _analyze(runner, "--format", "json", "--fail-under", str(readiness))
    assert code == 0 and err == ""


def test_reference_date_changes_years_and_a_bad_date_is_an_error(runner: CliRunner) -> None:
    later = runner.invoke(
        app, ["analyze", str(RESUME), "-f", "json", "--reference-date", "2026-05-01"]
    )
    earlier = runner.invoke(
        app, ["analyze", str(RESUME), "-f", "json", "--reference-date", "2024-05-01"]
    )
    current = json.loads(later.stdout)["resume"]["roles"][0]["dates"]["months"]
    assert current == json.loads(earlier.stdout)["resume"]["roles"][0]["dates"]["months"] + 24
    bad = runner.invoke(app, ["analyze", str(RESUME), "--reference-date", "May 2024"])
    assert bad.exit_code == 1
    assert "[E081] --reference-date 'May 2024' is not a date." in str(bad.exception)


def test_errors_are_one_red_line_and_exit_1_from_the_shell(tmp_path: Path) -> None:
    missing = tmp_path / "nope.md"
    result = subprocess.run(
        [sys.executable, "-m", "standout", "analyze", str(missing)],
        capture_output=True,
        text=True,
        env={"NO_COLOR": "1", "PATH": ""},
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("[E040] ")


def test_help_documents_every_option(runner: CliRunner) -> None:
    result = runner.invoke(app, ["analyze", "--help"])
    assert result.exit_code == 0
    for option in ("--role", "--format", "--out", "--fail-under", "--reference-date"):
        assert option in result.stdout


@pytest.mark.parametrize("when", ["0001-01-01", "1949-12-31", "9999-12-31"])
def test_a_reference_date_out_of_range_is_refused(runner: CliRunner, when: str) -> None:
    """The service refuses the same dates (E330); years before 1950 are never read."""
    result = runner.invoke(app, ["analyze", str(RESUME), "--reference-date", when])
    assert result.exit_code == 1
    assert "[E081]" in str(result.exception) and "out of range" in str(result.exception)
