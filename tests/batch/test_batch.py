"""Batch screening (#8): results, error rows, formats, resuming after an interruption."""

from __future__ import annotations

import csv
import gc
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from tests.batch.corpus import CORRUPT, GOOD
from tests.batch.running import run

from standout.batch import BatchOptions, iter_inputs, open_writer, run_local
from standout.batch.inputs import count_inputs
from standout.batch.outputs import read_rows
from standout.errors import BatchInputError, BatchOutputError


def test_200_resumes_with_5_corrupt_give_195_results_and_5_coded_error_rows(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "results.jsonl"
    summary = run([corpus], out)
    rows = read_rows(out)
    assert len(rows) == GOOD + len(CORRUPT) == 200
    ok = [r for r in rows if r["status"] == "ok"]
    errors = {Path(r["key"]).name: r["error"] for r in rows if r["status"] == "error"}
    assert len(ok) == 195
    assert {name: e["code"] for name, e in errors.items()} == {
        name: code for name, (_, code) in CORRUPT.items()
    }
    assert all(e["message"].startswith(f"[{e['code']}]") for e in errors.values())
    assert summary.ok == 195 and summary.errors == 5
    assert sum(summary.errors_by_code.values()) == 5
    assert all(0 <= r["readiness"] <= 100 and r["areas"] and r["skills"] for r in ok)
    assert len({r["key"] for r in rows}) == 200


def test_interrupted_run_keeps_a_valid_file_and_resumes_without_duplicates_or_losses(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "results.jsonl"
    with pytest.raises(KeyboardInterrupt):
        run([corpus], out, stop_after=60)
    first = read_rows(out)  # every line parses: the file is valid after Ctrl-C
    assert 60 <= len(first) < 200
    # A hard kill can tear the last line; the resume cuts it off and redoes that input.
    with out.open("a", encoding="utf-8") as handle:
        handle.write('{"key": "torn')
    summary = run([corpus], out)
    rows = read_rows(out)
    keys = [r["key"] for r in rows]
    assert len(keys) == len(set(keys)) == 200
    # Finished results are skipped; the earlier error rows are retried, not kept twice.
    finished = sum(r["status"] == "ok" for r in first)
    assert summary.skipped == finished and summary.retried == len(first) - finished
    assert summary.processed == 200 - finished


def test_same_results_with_one_and_two_workers(corpus: Path, tmp_path: Path) -> None:
    one = tmp_path / "one.jsonl"
    two = tmp_path / "two.jsonl"
    run([corpus], one, workers=1)
    run([corpus], two, workers=2)
    by_key = {r["key"]: r for r in read_rows(one)}
    assert by_key == {r["key"]: r for r in read_rows(two)}


def test_csv_output_resumes_and_flattens(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "results.csv"
    with pytest.raises(KeyboardInterrupt):
        run([corpus], out, stop_after=30)
    run([corpus], out)
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 200 and len({r["key"] for r in rows}) == 200
    good = next(r for r in rows if r["status"] == "ok")
    assert good["area_technical_expertise"].isdigit() and good["error_code"] == ""
    bad = next(r for r in rows if r["key"].endswith("empty.txt"))
    assert bad["error_code"] == "E001" and bad["readiness"] == ""


def test_parquet_output_is_valid_after_interruption_and_resumes(
    corpus: Path, tmp_path: Path
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "results.parquet"
    with pytest.raises(KeyboardInterrupt):
        run([corpus], out, stop_after=40)
    assert len(pq.read_table(out)) >= 40
    run([corpus], out)
    table = pq.read_table(out)
    keys = table.column("key").to_pylist()
    assert len(keys) == len(set(keys)) == 200
    assert not list(tmp_path.glob(".*.partial"))
    assert not list(tmp_path.glob(".*.journal.jsonl"))  # deleted once the file is in place


def test_jsonl_csv_and_zip_inputs(tmp_path: Path) -> None:
    texts = {
        "a1": "Ann Lee\nSKILLS\nPython, Django, PostgreSQL\n",
        "b2": "Bo Chan\nSKILLS\nGo, Redis\n",
    }
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in texts.items()))
    table = tmp_path / "in.csv"
    with table.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "text"])
        writer.writerows(texts.items())
    archive = tmp_path / "in.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for key, text in texts.items():
            zipped.writestr(f"cvs/{key}.txt", text)
        zipped.writestr("cvs/notes.bin", b"\x00\x01")  # not a resume format: not listed
    items = list(iter_inputs([jsonl, table, archive]))
    assert [i.key for i in items] == [
        f"{jsonl}#a1",
        f"{jsonl}#b2",
        f"{table}#a1",
        f"{table}#b2",
        f"{archive}!cvs/a1.txt",
        f"{archive}!cvs/b2.txt",
    ]
    assert count_inputs([jsonl, table, archive]) == 6
    out = tmp_path / "out.jsonl"
    run([jsonl, table, archive], out, workers=1)
    rows = read_rows(out)
    assert [r["status"] for r in rows] == ["ok"] * 6
    assert "Django" in rows[0]["skills"] and "Go" in rows[1]["skills"]


def test_bad_inputs_and_outputs_are_coded_errors(tmp_path: Path) -> None:
    with pytest.raises(BatchInputError) as missing:
        list(iter_inputs([tmp_path / "nope"]))
    assert missing.value.code == "E400"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\n')
    with pytest.raises(BatchInputError, match="no text field"):
        list(iter_inputs([bad]))
    with pytest.raises(BatchOutputError) as unknown:
        open_writer(tmp_path / "out.xlsx")
    assert unknown.value.code == "E401" and ".jsonl, .csv or .parquet" in str(unknown.value)
    with pytest.raises(BatchOutputError, match="does not exist"):
        open_writer(tmp_path / "missing" / "out.jsonl")
    assert not (tmp_path / "missing").exists()
    foreign = tmp_path / "foreign.jsonl"
    foreign.write_text("not json\n")
    with pytest.raises(BatchOutputError, match="not a batch result"):
        open_writer(foreign)


def test_match_columns_with_a_posting(corpus: Path, tmp_path: Path) -> None:
    posting = (
        b"Senior Backend Engineer\n\nRequirements\n- 5+ years of Python\n- Django and PostgreSQL\n"
        b"- Kubernetes\n\nNice to have\n- Kafka\n"
    )
    options = BatchOptions(
        reference_date=date(2026, 6, 1), posting=posting, posting_filename="job.txt"
    )
    out = tmp_path / "match.jsonl"
    writer, done = open_writer(out)
    sources = sorted(corpus.glob("resume-00*.txt"))[:5]
    summary = run_local(iter_inputs(sources), writer, options, done=done, workers=1)
    rows = read_rows(out)
    assert summary.ok == 5 and len(summary.match_scores) == 5
    assert all(0 <= r["match"]["score"] <= 100 for r in rows)
    assert all(isinstance(r["match"]["missing_must"], list) for r in rows)


def test_an_empty_posting_is_an_error_row_per_resume_with_two_workers(
    corpus: Path, tmp_path: Path
) -> None:
    # The parent warms up (and parses the posting) before forking: a bad posting must still
    # end up as each row's coded error, as with one worker, and leave the collector unfrozen.
    options = BatchOptions(
        reference_date=date(2026, 6, 1), posting=b"  \n", posting_filename="j.txt"
    )
    out = tmp_path / "bad-posting.jsonl"
    writer, done = open_writer(out)
    sources = sorted(corpus.glob("resume-00*.txt"))[:4]
    summary = run_local(iter_inputs(sources), writer, options, done=done, workers=2)
    rows = read_rows(out)
    assert summary.errors == 4 and summary.ok == 0
    assert {r["error"]["code"] for r in rows} == {"E200"}
    assert gc.get_freeze_count() == 0
