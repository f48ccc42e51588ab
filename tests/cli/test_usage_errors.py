"""Bad option values are one coded line, not Click's usage block (regression, #4)."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "standout", *args], capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("analyze", "cv.md", "--role", "wizard"), "'wizard' is not one of"),
        (("analyze", "cv.md", "--format", "pdf"), "'pdf' is not one of"),
        (("analyze",), "Missing argument 'RESUME'"),
        (("nosuch",), "No such command 'nosuch'"),
    ],
)
def test_usage_errors_are_one_coded_line(args: tuple[str, ...], says: str) -> None:
    result = _run(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("[E081] ") and says in lines[0]
    assert "--help" in lines[0]


def test_no_arguments_prints_the_help() -> None:
    result = _run()
    assert result.returncode == 0
    assert result.stdout.startswith("Usage: standout") and "analyze" in result.stdout
