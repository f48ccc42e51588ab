"""Rerunning a batch (#8): earlier error rows are retried unless kept, and a Parquet run
killed with SIGKILL resumes from its journal instead of starting over."""

from __future__ import annotations

import csv
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from tests.batch.corpus import CORRUPT, write_corpus
from tests.batch.running import run
from typer.testing import CliRunner

import standout.cli.batch  # noqa: F401  (registers the command)
from standout.batch.outputs import OpenedOutput, open_output, read_rows
from standout.cli.app import app

FORMATS = ("jsonl", "csv", "parquet")
GOOD = 6
KILL_CORPUS = 800  # far more than the run reaches before it is stopped
KILL_AFTER = 40  # journaled rows before the signal


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


def journal_of(out: Path) -> Path:
    return out.with_name(f".{out.name}.journal.jsonl")


def complete_lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def start_and_stop(folder: Path, out: Path, stop: signal.Signals) -> subprocess.Popen[bytes]:
    """Start a real `standout batch` and send it ``stop`` once its journal holds KILL_AFTER rows."""
    command = [sys.executable, "-m", "standout", "batch", str(folder), "--out", str(out)]
    command += ["--workers", "1", "--reference-date", "2026-06-01"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # A guard against hanging, not a timing assertion: the run needs a second or two.
        deadline = time.monotonic() + 300
        while complete_lines(journal_of(out)) < KILL_AFTER and time.monotonic() < deadline:
            assert process.poll() is None, "the run ended before it could be stopped"
            time.sleep(0.01)
        assert complete_lines(journal_of(out)) >= KILL_AFTER, "the journal never filled"
        process.send_signal(stop)
        process.wait(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return process


@pytest.mark.slow
def test_parquet_run_killed_with_sigkill_resumes_from_its_journal(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    folder = write_corpus(tmp_path / "resumes", good=KILL_CORPUS, corrupt=False)
    out = tmp_path / "out" / "results.parquet"
    out.parent.mkdir()
    killed = start_and_stop(folder, out, signal.SIGKILL)
    assert killed.returncode == -signal.SIGKILL
    assert not out.exists()  # the Parquet file was never closed: only the journal tells
    recovered = complete_lines(journal_of(out))
    assert KILL_AFTER <= recovered < KILL_CORPUS
    summary = run([folder], out, workers=2)
    assert summary.skipped == recovered and summary.processed == KILL_CORPUS - recovered
    after = statuses(out)  # a valid file, every key exactly once
    assert len(after) == KILL_CORPUS and set(after.values()) == {"ok"}
    assert hidden_files(out.parent) == []


@pytest.mark.slow
def test_parquet_run_stopped_with_ctrl_c_is_closed_in_place(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    folder = write_corpus(tmp_path / "resumes", good=KILL_CORPUS, corrupt=False)
    out = tmp_path / "out" / "results.parquet"
    out.parent.mkdir()
    stopped = start_and_stop(folder, out, signal.SIGINT)
    assert stopped.returncode == 130
    finished = len(statuses(out))
    assert KILL_AFTER <= finished < KILL_CORPUS
    assert hidden_files(out.parent) == []  # renamed into place, journal deleted
    summary = run([folder], out, workers=1)
    assert summary.skipped == finished and summary.processed == KILL_CORPUS - finished
    assert len(statuses(out)) == KILL_CORPUS


def row(key: str, status: str = "ok") -> dict[str, Any]:
    if status == "ok":
        return {"key": key, "source": key, "status": "ok", "readiness": 50}
    return {"key": key, "source": key, "status": "error", "error": {"code": "E001", "message": "x"}}


def run_then_kill(out: Path, rows: list[dict[str, Any]], *, renamed: bool = False) -> OpenedOutput:
    """Write ``rows`` into ``out`` and leave what a SIGKILL leaves: the journal beside the
    earlier file (before the rename) or beside the new one (after it, before the deletion)."""
    previous = out.read_bytes() if out.exists() else None
    opened = open_output(out)
    for one in rows:
        opened.writer.write(one)
    journal = journal_of(out).read_bytes()
    opened.writer.close()
    if not renamed:
        out.unlink()
        if previous is not None:
            out.write_bytes(previous)
    journal_of(out).write_bytes(journal)
    return opened


def close_and_read(opened: OpenedOutput, out: Path) -> dict[str, str]:
    opened.writer.close()
    return statuses(out)


def test_journal_left_beside_a_finished_file_adds_no_duplicate_rows(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    out = tmp_path / "results.parquet"
    run_then_kill(out, [row("a"), row("b"), row("c")], renamed=True)
    again = open_output(out)
    assert again.done == {"a", "b", "c"}
    assert close_and_read(again, out) == {"a": "ok", "b": "ok", "c": "ok"}


def test_journal_is_kept_until_closed_so_a_second_kill_loses_nothing(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    out = tmp_path / "results.parquet"
    assert run_then_kill(out, [row("a"), row("b")]).done == set()
    with journal_of(out).open("a") as journal:
        journal.write('{"key": "to')  # torn mid-row
    assert run_then_kill(out, [row("c")]).done == {"a", "b"}
    last = open_output(out)
    assert last.done == {"a", "b", "c"}
    assert close_and_read(last, out) == {"a": "ok", "b": "ok", "c": "ok"}


def test_a_newer_journaled_row_replaces_the_error_row_of_the_previous_file(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    out = tmp_path / "results.parquet"
    first = open_output(out)
    first.writer.write(row("a", "error"))
    first.writer.write(row("b"))
    assert close_and_read(first, out) == {"a": "error", "b": "ok"}
    retry = run_then_kill(out, [row("a")])  # killed before the rename: old file + journal
    assert (retry.done, retry.retrying) == ({"b"}, 1)
    again = open_output(out, keep_errors=True)  # even keeping errors, the newer row wins
    assert (again.done, again.retrying) == ({"a", "b"}, 0)
    assert close_and_read(again, out) == {"a": "ok", "b": "ok"}


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
