"""Every main command's --help ends with real command lines to copy (#4)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from standout.cli.app import _register, app

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = (
    "parse",
    "analyze",
    "skills",
    "extract",
    "match",
    "rank",
    "prep",
    "practice",
    "batch",
    "serve",
)
_OPTION = re.compile(r"--[a-z][a-z-]*")


def _help(name: str) -> str:
    _register()
    result = CliRunner().invoke(app, [name, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


def _examples(help_text: str) -> list[str]:
    _, _, tail = help_text.partition("Examples:")
    return [line.strip() for line in tail.splitlines() if line.strip()]


@pytest.mark.parametrize("name", COMMANDS)
def test_help_shows_examples_of_the_command_with_its_own_options(name: str) -> None:
    help_text = _help(name)
    assert "Examples:" in help_text
    lines = _examples(help_text)
    assert 2 <= len(lines) <= 3, lines
    for line in lines:
        assert line.startswith(f"standout {name}"), line
        options = set(_OPTION.findall(line))
        assert options <= set(_OPTION.findall(help_text.partition("Examples:")[0])), line


def test_examples_on_the_bundled_resume_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """The examples that need only the bundled resume (no output file) work as printed."""
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NO_COLOR", "1")
    ran = 0
    for name in ("parse", "skills", "extract", "analyze"):
        for line in _examples(_help(name)):
            args = shlex.split(line)[1:]
            if "--out" in args or not all(
                arg.startswith("-")
                or arg in {name, "json", "text", "senior"}
                or arg.startswith("examples/")
                for arg in args
            ):
                continue
            result = CliRunner().invoke(app, args)
            assert result.exit_code == 0, (line, result.output)
            assert result.output.strip(), line
            ran += 1
    assert ran >= 5
