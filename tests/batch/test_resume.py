"""Rerunning a batch (#8): earlier error rows are retried unless kept."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

import pytest
from tests.batch.corpus import CORRUPT, write_corpus
from tests.batch.running import run
from typer.testing import CliRunner

import standout.cli.batch  # noqa: F401  (registers the command)
from standout.batch.outputs import read_rows
from standout.cli.app import app

FORMATS = ("jsonl", "csv", "parquet")
GOOD = 6


def rows_of(out: Path) -> list[dict[str, Any]]:
    if out.suffix == ".jsonl":
        return read_rows(out)
    if out.suffix == ".csv":
        with out.open(newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))
    pq = pytest.importorskip("pyarrow.parquet")
    rows: list[dict[str, Any]] = pq.read_table(out).to_pylist()
    return rows


def statuses(out: Path) -> dict[str, str]:
    """key -> status, after checking that no key has two rows."""
    rows = rows_of(out)
    keys = [row["key"] for row in rows]
    assert len(keys) == len(set(keys)), "a key has two rows"
    return {Path(row["key"]).name: row["status"] for row in rows}


def hidden_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.fixture
def small(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "resumes", good=GOOD)


def fix_empty_file(folder: Path) -> None:
    """What E001's message asks for: give the empty file its resume."""
    (folder / "empty.txt").write_text((folder / "resume-000.txt").read_text(encoding="utf-8"))


@pytest.fixture(params=FORMATS)
def first_run(request: pytest.FixtureRequest, small: Path, tmp_path: Path) -> Path:
    """An output of each format holding the small corpus, whose empty file is then fixed."""
    if request.param == "parquet":
        pytest.importorskip("pyarrow")
    out = tmp_path / "out" / f"results.{request.param}"
    out.parent.mkdir()
    first = run([small], out, workers=1)
    assert (first.ok, first.errors) == (GOOD, len(CORRUPT))
    fix_empty_file(small)
    return out


def test_rerun_retries_inputs_whose_row_is_an_error_and_keeps_finished_rows(
    small: Path, first_run: Path
) -> None:
    out = first_run
    again = run([small], out, workers=1)
    assert (again.skipped, again.retried) == (GOOD, len(CORRUPT))
    assert (again.ok, again.errors) == (1, len(CORRUPT) - 1)  # the fixed one, the rest still bad
    after = statuses(out)
    assert len(after) == GOOD + len(CORRUPT)
    assert after["empty.txt"] == "ok"
    assert sorted(k for k, s in after.items() if s == "error") == sorted(
        set(CORRUPT) - {"empty.txt"}
    )
    assert hidden_files(out.parent) == []  # no rewrite, partial or journal file left behind


def test_keep_errors_skips_inputs_that_already_have_an_error_row(
    small: Path, first_run: Path
) -> None:
    out = first_run
    before = rows_of(out)
    again = run([small], out, workers=1, keep_errors=True)
    assert (again.processed, again.skipped, again.retried) == (0, GOOD + len(CORRUPT), 0)
    assert rows_of(out) == before
    assert statuses(out)["empty.txt"] == "error"


def test_dask_part_files_drop_their_error_rows_on_a_retrying_rerun(
    small: Path, tmp_path: Path
) -> None:
    from standout.batch.dask_engine import _resume_parts

    out_dir = tmp_path / "parts"
    out_dir.mkdir()
    run([small], out_dir / "part-1-0.jsonl", workers=1)
    untouched = out_dir / "part-1-1.jsonl"
    untouched.write_text('{"key": "x", "status": "ok"}\n{"key": "torn')
    part = out_dir / "part-1-0.jsonl"
    kept = _resume_parts(out_dir, keep_errors=True)
    assert len(kept.done(keep_errors=True)) == GOOD + len(CORRUPT) + 1
    assert len(statuses(part)) == GOOD + len(CORRUPT)  # keeping errors rewrites nothing
    retrying = _resume_parts(out_dir, keep_errors=False)
    assert retrying.retrying(keep_errors=False) == len(CORRUPT)
    assert retrying.done(keep_errors=False) == {r["key"] for r in read_rows(part)} | {"x"}
    assert set(statuses(part).values()) == {"ok"} and len(statuses(part)) == GOOD
    assert untouched.read_text().endswith('"torn')  # a part without error rows is left alone
    assert hidden_files(out_dir) == []


ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_cli_retries_earlier_errors_and_keep_errors_skips_them(
    small: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    runner = CliRunner()
    help_text = ANSI.sub("", runner.invoke(app, ["batch", "--help"]).stdout)
    assert "--keep-errors" in help_text
    out = tmp_path / "results.jsonl"
    args = ["batch", str(small), "--out", str(out), "--workers", "1"]
    assert runner.invoke(app, args, catch_exceptions=False).exit_code == 0
    fix_empty_file(small)
    kept = runner.invoke(app, [*args, "--keep-errors"], catch_exceptions=False)
    assert kept.exit_code == 0 and "Retrying" not in kept.stderr
    assert statuses(out)["empty.txt"] == "error"
    retried = runner.invoke(app, args, catch_exceptions=False)
    assert retried.exit_code == 0
    assert f"Retrying {len(CORRUPT)} input(s)" in retried.stderr
    assert re.search(r"earlier errors retried\s*│\s*5", retried.stderr)
    assert statuses(out)["empty.txt"] == "ok"
