"""Running one command imports only its module, and that changes nothing it prints (#4)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

# With every command registered first, as `standout --help` does.
_ALL_REGISTERED = (
    "import sys; from standout.cli import app as cli; cli._register(); "
    "cli._register = lambda argv=None: None; sys.argv = ['standout', *sys.argv[1:]]; cli.main()"
)


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1"}
    return subprocess.run(command, capture_output=True, text=True, check=False, env=env)


@pytest.mark.parametrize("args", [("analyze", "--help"), ("rank", "--help"), ("users", "--help")])
def test_a_command_alone_prints_the_same_help_as_with_all_registered(
    args: tuple[str, ...],
) -> None:
    alone = _run(sys.executable, "-m", "standout", *args)
    together = _run(sys.executable, "-c", _ALL_REGISTERED, *args)
    assert alone.returncode == together.returncode == 0
    assert alone.stdout == together.stdout
    assert alone.stdout.startswith(f"Usage: standout {args[0]} ")


def test_only_the_named_command_module_is_imported() -> None:
    probe = (
        "import sys; from standout.cli.app import COMMAND_MODULES, _register; _register(['rank']); "
        "print(sorted(n for n in COMMAND_MODULES if f'standout.cli.{n}' in sys.modules))"
    )
    assert _run(sys.executable, "-c", probe).stdout.strip() == "['match']"


def test_an_unknown_command_still_gets_the_suggestion_from_all_commands() -> None:
    result = _run(sys.executable, "-m", "standout", "analyz")
    assert result.returncode == 2
    assert "No such command 'analyz'. Did you mean 'analyze'?" in result.stderr
