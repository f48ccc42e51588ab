"""``standout match`` and ``standout rank``: formats, rankings, bad files and help (#5)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import standout.cli.match  # noqa: F401  (registers the commands)
from standout.cli.app import app

FIXTURES = Path(__file__).parents[1] / "fixtures" / "postings"
RESUMES = FIXTURES / "resumes"
JAVA = FIXTURES / "java-spring-senior.txt"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
DATE = ("--reference-date", "2024-06-01")


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    return CliRunner()


def _run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, *DATE], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_one_posting_prints_the_full_match(runner: CliRunner) -> None:
    code, out, _ = _run(runner, "match", str(RESUMES / "medium-java.md"), str(JAVA))
    assert code == 0
    assert out.startswith("Match: Senior Backend Engineer (Java)\nScore ")
    for heading in ("Score breakdown", "Must-haves missing", "What to change, most points first"):
        assert heading in out.splitlines()
    assert ANSI.search(out) is None
    assert max(len(line) for line in out.splitlines()) <= 80


def test_one_posting_as_json(runner: CliRunner) -> None:
    code, out, _ = _run(runner, "match", str(RESUMES / "medium-java.md"), str(JAVA), "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert list(data)[:3] == ["schema_version", "score", "raw_score"]
    assert data["posting"]["title"] == "Senior Backend Engineer (Java)"
    assert "kubernetes" in data["missing_must"]
    assert sum(c["points"] for c in data["breakdown"]) == pytest.approx(data["raw_score"], abs=0.05)


def test_several_postings_are_ranked_with_path_and_title(runner: CliRunner) -> None:
    postings = [
        str(FIXTURES / n) for n in ("go-staff.txt", "java-spring-senior.txt", "node-junior.html")
    ]
    code, out, _ = _run(runner, "match", str(RESUMES / "strong-java.md"), *postings, "-f", "json")
    assert code == 0
    rows = json.loads(out)["postings"]
    assert [row["rank"] for row in rows] == [1, 2, 3]
    assert rows[0]["title"] == "Senior Backend Engineer (Java)"
    assert rows[0]["source"].endswith("java-spring-senior.txt")
    assert rows[0]["score"] >= rows[1]["score"] >= rows[2]["score"]
    code, text, _ = _run(runner, "match", str(RESUMES / "strong-java.md"), *postings)
    assert code == 0 and "Staff Software" in text and "Senior Backend Engineer" in text


def test_role_sets_the_candidate_level(runner: CliRunner) -> None:
    args = ("match", str(RESUMES / "medium-java.md"), str(JAVA), "-f", "json")
    _, inferred, _ = _run(runner, *args)
    _, given, _ = _run(runner, *args, "--role", "senior")
    assert json.loads(inferred)["seniority"]["candidate"] == "mid"
    assert json.loads(given)["seniority"]["candidate"] == "senior"
    assert json.loads(given)["score"] > json.loads(inferred)["score"]


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_match_writes_markdown_and_html(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"match.{fmt}"
    code, out, err = _run(
        runner, "match", str(RESUMES / "medium-java.md"), str(JAVA), "-f", fmt, "-o", str(target)
    )
    assert code == 0 and out == ""
    text = target.read_text(encoding="utf-8")
    assert "Senior Backend Engineer (Java)" in text
    if fmt == "html":
        assert text.startswith("<!DOCTYPE html>") and "<script" not in text


def test_rank_orders_a_folder_and_keeps_bad_files_as_rows(
    runner: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "pile"
    (folder / "nested").mkdir(parents=True)
    for name in ("strong-java.md", "medium-java.md"):
        shutil.copy(RESUMES / name, folder / name)
    shutil.copy(RESUMES / "weak-frontend.md", folder / "nested" / "weak-frontend.md")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (folder / "notes.xyz").write_text("ignored: not a resume format")
    code, out, _ = _run(runner, "rank", str(JAVA), str(folder), "-f", "json")
    assert code == 0
    data = json.loads(out)
    ranked = [Path(r["source"]).name for r in data["resumes"] if r["rank"] is not None]
    assert ranked == ["strong-java.md", "medium-java.md", "weak-frontend.md"]
    assert data["failed"] == 1
    broken = data["resumes"][-1]
    assert broken["source"].endswith("broken.pdf") and broken["error_code"].startswith("E0")
    assert data["resumes"][0]["matched_must"][:1] == ["Java"]


def test_rank_top_and_terminal(runner: CliRunner) -> None:
    code, out, _ = _run(runner, "rank", str(JAVA), str(RESUMES), "--top", "2")
    assert code == 0
    assert out.startswith("Resumes ranked for Senior Backend Engineer (Java)")
    assert "Dana Okafor" in out and "Sam Reyes" in out and "Lee Park" not in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_rank_an_empty_folder_is_a_coded_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["rank", str(JAVA), str(tmp_path)])
    assert result.exit_code == 1
    assert str(result.exception).startswith("[E210] No resumes found")


def test_rank_given_a_file_says_it_wants_a_folder(runner: CliRunner) -> None:
    result = runner.invoke(app, ["rank", str(JAVA), str(RESUMES / "strong-java.md")])
    assert result.exit_code == 1
    assert "is a file" in str(result.exception) and "standout match" in str(result.exception)


def test_an_empty_posting_is_a_coded_error(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "posting.txt"
    empty.write_text("  \n")
    result = runner.invoke(app, ["match", str(RESUMES / "strong-java.md"), str(empty)])
    assert result.exit_code == 1
    assert str(result.exception).startswith("[E200] The posting")


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("match", ("--role", "--format", "--out", "--reference-date")),
        ("rank", ("--format", "--out", "--top", "--reference-date")),
    ],
)
def test_help_documents_every_option(
    runner: CliRunner, command: str, options: tuple[str, ...]
) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    for option in options:
        assert option in result.stdout


def test_rank_never_breaks_a_file_name(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression (#5): "rankdir/table_layout.↵docx" was broken mid-word over two lines."""
    folder = tmp_path / "rankdir"
    folder.mkdir()
    long_name = "a_resume_whose_file_name_is_far_too_long_for_its_column_in_the_table.md"
    for name in ("table_layout.md", long_name):
        # No name in the resume: the file name is all the row shows of it.
        text = (RESUMES / "medium-java.md").read_text(encoding="utf-8").split("\n", 1)[1]
        (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = _run(runner, "rank", str(JAVA), "rankdir")
    assert code == 0
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert any("rankdir/table_layout.md" in line for line in lines)
    cut = [line for line in lines if "rankdir/a_" in line]
    assert len(cut) == 1 and "…" in cut[0] and "table.md" in cut[0]
    assert not any(line.strip().startswith(("md", "table.md", "layout.md")) for line in lines)
