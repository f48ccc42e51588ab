"""``standout extract`` on empty standard input: a coded error, as for an empty file (#4)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def _extract(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "standout", "extract", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("stdin", ["", "\n", "  \n\t\n"], ids=["nothing", "newline", "blanks"])
def test_empty_stdin_is_e001_like_an_empty_file(tmp_path: Path, stdin: str) -> None:
    result = _extract("-", stdin=stdin)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("[E001] ") and "Standard input is empty" in lines[0]

    empty = tmp_path / "empty.txt"
    empty.write_text(stdin, encoding="utf-8")
    from_file = _extract(str(empty))
    assert from_file.returncode == result.returncode
    assert from_file.stderr.startswith("[E001] ")


def test_text_without_skills_is_no_error() -> None:
    result = _extract("-", stdin="We met on a sunny afternoon.\n")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
