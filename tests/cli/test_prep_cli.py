"""``standout prep``: formats, --job, --out, --limit, help and docs (#6)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import standout.cli.prep  # noqa: F401  (registers the commands)
from standout.cli.app import app

ROOT = Path(__file__).parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "prep"
RESUME = FIXTURES / "go_kubernetes.md"
POSTING = FIXTURES / "platform_posting.txt"
DATE = ("--reference-date", "2024-06-01")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    return CliRunner()


def _prep(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["prep", str(RESUME), *DATE, *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_terminal_pack_is_plain_and_fits_80_columns_when_piped(runner: CliRunner) -> None:
    code, out, _ = _prep(runner)
    assert code == 0
    assert out.startswith("Interview preparation: Dana Okafor  ·  target: mid backend role\n")
    assert "Talking points for your top languages" in out.splitlines()
    assert ANSI.search(out) is None
    assert max(len(line.rstrip()) for line in out.splitlines()) <= 80


def test_json_with_a_posting_has_gaps_and_must_have_questions(runner: CliRunner) -> None:
    code, out, _ = _prep(runner, "--job", str(POSTING), "--format", "json", "--role", "senior")
    assert code == 0
    data = json.loads(out)
    assert data["role"] == "senior"
    assert data["posting_title"] == "Senior Backend Engineer, Platform"
    assert [g["skill_id"] for g in data["gaps"]] == ["grpc"]
    assert any(q["reason"] == "must_have" for q in data["questions"])


def test_limit_caps_the_questions(runner: CliRunner) -> None:
    code, out, _ = _prep(runner, "-f", "json", "--limit", "5")
    assert code == 0
    assert len(json.loads(out)["questions"]) == 5


def test_out_writes_markdown_atomically(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "pack.md"
    code, out, err = _prep(runner, "-f", "markdown", "-o", str(target))
    assert code == 0 and out == ""
    assert f"Wrote {target}" in err
    assert target.read_text(encoding="utf-8").startswith("# Interview preparation: Dana Okafor")
    assert [p.name for p in tmp_path.iterdir()] == ["pack.md"]


def test_html_output(runner: CliRunner) -> None:
    code, out, _ = _prep(runner, "-f", "html")
    assert code == 0
    assert out.startswith("<!DOCTYPE html>")


def test_a_bad_reference_date_is_one_coded_line(runner: CliRunner) -> None:
    result = runner.invoke(app, ["prep", str(RESUME), "--reference-date", "June"])
    assert result.exit_code != 0
    assert "[E081]" in str(result.exception)


@pytest.mark.parametrize("command", ["prep", "practice"])
def test_every_command_has_help_and_a_readme_row(runner: CliRunner, command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "--job" in result.stdout and "--role" in result.stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"| `standout {command} RESUME" in readme
    assert (ROOT / "docs" / "prep.md").is_file()
