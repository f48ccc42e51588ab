"""``standout extract`` and ``standout skills``: output shapes, offsets, formats, errors (#3)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import standout.cli.extract  # noqa: F401  (registers the command)
import standout.cli.skills  # noqa: F401  (registers the command)
from standout.cli.app import app

RESUME = Path(__file__).parents[1] / "fixtures" / "skills" / "senior_backend.txt"
KEYS = ["skill_id", "name", "category", "text", "start", "end", "line"]


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    return CliRunner()


def _records(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines()]


def test_extract_stdin_prints_one_object_per_mention(runner: CliRunner) -> None:
    text = "Go, Kubernetes and C++ in production; the go-live was on time."
    result = runner.invoke(app, ["extract", "-"], input=text, catch_exceptions=False)
    assert result.exit_code == 0
    records = _records(result.stdout)
    assert [list(r) for r in records] == [KEYS] * 3
    assert [(r["skill_id"], r["text"], r["start"], r["end"]) for r in records] == [
        ("go", "Go", 0, 2),
        ("kubernetes", "Kubernetes", 4, 14),
        ("cpp", "C++", 19, 22),
    ]
    assert records[2]["name"] == "C++" and records[2]["category"] == "language"


def test_extract_file_offsets_index_the_file_text(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", str(RESUME)], catch_exceptions=False)
    assert result.exit_code == 0
    records = _records(result.stdout)
    text = RESUME.read_bytes().decode("utf-8")
    assert len(records) > 50
    for record in records:
        assert text[record["start"] : record["end"]] == record["text"]  # type: ignore[misc]
    assert "maya.okafor" not in {r["text"] for r in records}
    ids = {r["skill_id"] for r in records}
    assert {"go", "java", "spring-boot", "aws-eks", "postgresql", "redis"} <= ids
    assert "github" not in {r["skill_id"] for r in records if r["start"] < 120}  # header links


def test_extract_skills_list_flag(runner: CliRunner) -> None:
    plain = runner.invoke(app, ["extract", "-"], input="Chef", catch_exceptions=False)
    listed = runner.invoke(
        app, ["extract", "-", "--skills-list"], input="Chef", catch_exceptions=False
    )
    assert plain.stdout == ""
    assert [r["skill_id"] for r in _records(listed.stdout)] == ["chef"]


def test_skills_text_table_fits_80_columns(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["skills", str(RESUME), "--reference-date", "2024-06-01"], catch_exceptions=False
    )
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["skill", "category", "use", "years", "declared", "where"]
    assert max(len(line) for line in lines) <= 80
    go = next(line for line in lines if line.startswith("Go "))
    assert go.split()[2:5] == ["applied", "3.5", "6"]
    assert go.endswith("summary L8; bullet")  # the where column wraps onto the next line
    assert any(line.startswith("Datadog ") and " listed " in line for line in lines)


def test_skills_json_lists_evidence_and_both_years(runner: CliRunner) -> None:
    result = runner.invoke(
        app,
        ["skills", str(RESUME), "--format", "json", "--reference-date", "2024-06-01"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    skills = json.loads(result.stdout)
    by_id = {s["skill_id"]: s for s in skills}
    java = by_id["java"]
    assert (java["applied"], java["years_of_use"], java["declared_years"]) == (True, 3.8, 5.0)
    assert java["area"] == "languages_frameworks"
    first = java["evidence"][0]
    assert (first["line"], first["place"], first["implied_by"]) == (8, "summary", None)
    assert first["mention"]["text"] == "Java"
    assert by_id["datadog"]["applied"] is False
    assert skills[0]["applied"] is True and skills[-1]["applied"] is False


def test_skills_help_describes_the_table(runner: CliRunner) -> None:
    result = runner.invoke(app, ["skills", "--help"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "applied in a role or project, or only listed" in result.stdout
    assert "--reference-date" in result.stdout


def test_missing_file_is_one_coded_line() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "standout", "extract", "no-such-file.txt"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 1
    assert completed.stdout == ""
    assert completed.stderr.startswith("[E040] Can't find 'no-such-file.txt'.")
    assert "Traceback" not in completed.stderr


FIXTURE_RESUMES = Path(__file__).parents[1] / "fixtures" / "resumes"


def test_extract_offsets_index_a_text_file_as_given_issue_3(runner: CliRunner) -> None:
    path = FIXTURE_RESUMES / "plain_classic.txt"
    text = path.read_bytes().decode("utf-8")
    result = runner.invoke(app, ["extract", str(path)], catch_exceptions=False)
    records = _records(result.stdout)
    assert any(r["text"] == "Python" for r in records)
    assert [text[r["start"] : r["end"]] for r in records] == [r["text"] for r in records]
    lines = text.split("\n")
    assert all(r["text"] in lines[r["line"] - 1] for r in records)  # type: ignore[operator]


def test_extract_gives_markdown_mentions_the_file_line_issue_3(runner: CliRunner) -> None:
    path = FIXTURE_RESUMES / "markdown_senior.md"
    lines = path.read_text(encoding="utf-8").split("\n")
    result = runner.invoke(app, ["extract", str(path)], catch_exceptions=False)
    records = _records(result.stdout)
    assert len(records) > 5
    for record in records:
        line = lines[int(record["line"]) - 1]  # type: ignore[call-overload]
        assert str(record["text"]).lower() in line.lower(), (record, line)
