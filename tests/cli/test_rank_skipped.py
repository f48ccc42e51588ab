"""``standout rank`` reports the files it skips as no resume format, never drops them
unseen (#5)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import standout.cli.match  # noqa: F401  (registers the commands)
from standout.cli.app import app
from standout.errors import NoResumesFoundError
from standout.match.rank import scan_resumes

FIXTURES = Path(__file__).parents[1] / "fixtures" / "postings"
JAVA = FIXTURES / "java-spring-senior.txt"
DATE = ("--reference-date", "2024-06-01")
NOTE = "Skipped 2 files that are not resumes (by extension): photo.png, sub/garbage.bin."


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    pile = tmp_path / "pile"
    (pile / "sub").mkdir(parents=True)
    shutil.copy(FIXTURES / "resumes" / "strong-java.md", pile / "strong-java.md")
    (pile / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 16)
    (pile / "sub" / "garbage.bin").write_bytes(b"\x00\x01\x02")
    (pile / ".DS_Store").write_bytes(b"\x00")  # hidden: left out, not reported
    return pile


def _rank(folder: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(
        app, ["rank", str(JAVA), str(folder), *args, *DATE], env={"NO_COLOR": "1"}
    )
    return result.exit_code, result.stdout, result.stderr


def test_scan_splits_resumes_from_skipped_files(folder: Path) -> None:
    found = scan_resumes(folder)
    assert found.resumes == (folder / "strong-java.md",)
    assert found.skipped == (folder / "photo.png", folder / "sub" / "garbage.bin")


def test_terminal_output_ends_with_the_skipped_files(folder: Path) -> None:
    code, out, _ = _rank(folder)
    assert code == 0
    assert out.rstrip().splitlines()[-1] == NOTE


def test_json_lists_the_skipped_files(folder: Path) -> None:
    code, out, _ = _rank(folder, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["skipped"] == [str(folder / "photo.png"), str(folder / "sub" / "garbage.bin")]
    assert [Path(row["source"]).name for row in data["resumes"]] == ["strong-java.md"]


def test_markdown_ends_with_the_note_and_html_gets_it_beside(folder: Path) -> None:
    code, out, _ = _rank(folder, "--format", "markdown")
    assert code == 0 and out.rstrip().endswith(NOTE)
    code, out, err = _rank(folder, "--format", "html")
    assert code == 0 and out.startswith("<!DOCTYPE html>")
    assert err.strip() == NOTE


def test_many_skipped_files_are_counted_and_the_first_named(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "resumes" / "strong-java.md", tmp_path / "cv.md")
    for name in ("a.png", "b.png", "c.zip", "d.exe"):
        (tmp_path / name).write_bytes(b"\x00")
    code, out, _ = _rank(tmp_path)
    assert code == 0
    assert out.rstrip().splitlines()[-1] == (
        "Skipped 4 files that are not resumes (by extension): a.png, b.png, c.zip…"
    )


def test_no_skipped_files_no_note_and_an_empty_list(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "resumes" / "strong-java.md", tmp_path / "cv.md")
    code, out, _ = _rank(tmp_path)
    assert code == 0 and "Skipped" not in out
    code, out, _ = _rank(tmp_path, "--format", "json")
    assert json.loads(out)["skipped"] == []


def test_a_folder_of_only_skipped_files_names_them(tmp_path: Path) -> None:
    (tmp_path / "photo.png").write_bytes(b"\x00")
    with pytest.raises(NoResumesFoundError) as caught:
        scan_resumes(tmp_path)
    assert "Skipped 1 file that is not a resume (by extension): photo.png." in str(caught.value)
