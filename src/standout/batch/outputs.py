"""Streaming result writers (JSONL, CSV, Parquet) that can resume an earlier run.

Each writer appends rows as they finish, so memory stays flat and an interrupted run leaves
a valid file of every row finished so far: JSONL and CSV rows are flushed one whole line at
a time (a torn last line from a hard kill is cut off on resume); Parquet is written to a
partial file and renamed into place when it closes, which the runner does on Ctrl-C too.
Opening an existing output returns the keys it already holds, and the run skips them.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol, TextIO

from standout.errors import BatchOutputError
from standout.model.skills import Area

AREAS = tuple(area.value for area in Area)
COLUMNS = (
    ("key", "string"),
    ("source", "string"),
    ("status", "string"),
    ("name", "string"),
    ("role", "string"),
    ("readiness", "int"),
    *((f"area_{area}", "int") for area in AREAS),
    ("skills", "string"),
    ("skills_count", "int"),
    ("roles", "int"),
    ("words", "int"),
    ("pages", "int"),
    ("failed_checks", "string"),
    ("top_fix", "string"),
    ("match_score", "int"),
    ("match_missing_must", "string"),
    ("error_code", "string"),
    ("error_message", "string"),
)
COLUMN_NAMES = tuple(name for name, _ in COLUMNS)
PARQUET_ROW_GROUP = 1000


class RowWriter(Protocol):
    def write(self, row: dict[str, Any]) -> None: ...

    def close(self) -> None: ...


def flatten(row: dict[str, Any]) -> dict[str, Any]:
    """A row as flat columns for CSV and Parquet; lists are joined with '; '."""
    areas = row.get("areas") or {}
    match = row.get("match") or {}
    error = row.get("error") or {}
    flat: dict[str, Any] = {
        "key": row["key"],
        "source": row.get("source"),
        "status": row.get("status"),
        "name": row.get("name"),
        "role": row.get("role"),
        "readiness": row.get("readiness"),
        **{f"area_{area}": areas.get(area) for area in AREAS},
        "skills": "; ".join(row.get("skills") or []) or None,
        "skills_count": row.get("skills_count"),
        "roles": row.get("roles"),
        "words": row.get("words"),
        "pages": row.get("pages"),
        "failed_checks": "; ".join(row.get("failed_checks") or []) or None,
        "top_fix": row.get("top_fix"),
        "match_score": match.get("score"),
        "match_missing_must": "; ".join(match.get("missing_must") or []) or None,
        "error_code": error.get("code"),
        "error_message": error.get("message"),
    }
    # One record per line keeps CSV resumable: no value may hold a line break.
    return {k: " ".join(v.split()) if isinstance(v, str) else v for k, v in flat.items()}


def _cut_torn_tail(path: Path) -> None:
    """Drop a last line that a hard kill left without its newline."""
    with path.open("rb+") as handle:
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        if size == 0:
            return
        handle.seek(size - 1)
        if handle.read(1) == b"\n":
            return
        block = min(size, 1 << 20)
        while True:
            handle.seek(size - block)
            chunk = handle.read(block)
            cut = chunk.rfind(b"\n")
            if cut >= 0 or block == size:
                handle.truncate(size - block + cut + 1 if cut >= 0 else 0)
                return
            block = min(size, block * 2)


class JsonlWriter:
    def __init__(self, handle: TextIO, *, owned: bool) -> None:
        self._handle = handle
        self._owned = owned

    def write(self, row: dict[str, Any]) -> None:
        self._handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        self._handle.flush()

    def close(self) -> None:
        if self._owned:
            self._handle.close()
        else:
            self._handle.flush()


def _jsonl_keys(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            try:
                yield json.loads(line)["key"]
            except (ValueError, KeyError, TypeError):
                raise BatchOutputError(
                    f"Line {number} of the existing output '{path}' is not a batch result.",
                    hint="Choose another --out, or delete the file to start over.",
                ) from None


class CsvWriter:
    def __init__(self, handle: TextIO, *, write_header: bool) -> None:
        self._handle = handle
        self._writer = csv.DictWriter(handle, fieldnames=COLUMN_NAMES, lineterminator="\n")
        if write_header:
            self._writer.writeheader()
            handle.flush()

    def write(self, row: dict[str, Any]) -> None:
        self._writer.writerow(flatten(row))
        self._handle.flush()

    def close(self) -> None:
        self._handle.close()


def _csv_keys(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames is None or "key" not in reader.fieldnames:
            raise BatchOutputError(
                f"The existing output '{path}' is not a batch results CSV.",
                hint="Choose another --out, or delete the file to start over.",
            )
        for row in reader:
            yield row["key"]


class ParquetWriter:
    """Row groups of PARQUET_ROW_GROUP rows into a partial file, renamed into place on close."""

    def __init__(self, path: Path, previous: Path | None) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {"string": pa.string(), "int": pa.int64()}
        self._schema = pa.schema([(name, types[kind]) for name, kind in COLUMNS])
        self._target = path
        self._partial = path.with_name(f".{path.name}.partial")
        self._writer = pq.ParquetWriter(str(self._partial), self._schema)
        self._buffer: list[dict[str, Any]] = []
        if previous is not None:  # carry over what the earlier run finished
            for batch in pq.ParquetFile(str(previous)).iter_batches(batch_size=PARQUET_ROW_GROUP):
                self._writer.write_table(pa.Table.from_batches([batch]).cast(self._schema))

    def write(self, row: dict[str, Any]) -> None:
        self._buffer.append(flatten(row))
        if len(self._buffer) >= PARQUET_ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._buffer:
            self._writer.write_table(pa.Table.from_pylist(self._buffer, schema=self._schema))
            self._buffer = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
        os.replace(self._partial, self._target)


def _parquet_keys(path: Path) -> Iterator[str]:
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(str(path), columns=["key"])
    except Exception as exc:  # noqa: BLE001 - pyarrow raises many kinds for a broken file
        raise BatchOutputError(
            f"The existing output '{path}' is not a readable Parquet file ({exc}).",
            hint="Choose another --out, or delete the file to start over.",
        ) from None
    yield from table.column("key").to_pylist()


def open_writer(out: Path | None) -> tuple[RowWriter, set[str]]:
    """A writer for ``out`` (JSONL on standard output when None) and the keys it already has."""
    if out is None:
        return JsonlWriter(sys.stdout, owned=False), set()
    suffix = out.suffix.lower()
    if suffix not in (".jsonl", ".csv", ".parquet"):
        raise BatchOutputError(
            f"Can't write batch results to '{out}': unknown output format '{suffix or out.name}'.",
            hint="Name the output .jsonl, .csv or .parquet.",
        )
    if not out.parent.is_dir():
        raise BatchOutputError(
            f"Can't write batch results to '{out}': the folder '{out.parent}' does not exist.",
            hint="Create the folder first, or choose another --out.",
        )
    try:
        exists = out.exists() and out.stat().st_size > 0
        if suffix == ".parquet":
            done = set(_parquet_keys(out)) if exists else set()
            return ParquetWriter(out, out if exists else None), done
        if exists:
            _cut_torn_tail(out)
        if suffix == ".jsonl":
            done = set(_jsonl_keys(out)) if exists else set()
            return JsonlWriter(out.open("a", encoding="utf-8"), owned=True), done
        done = set(_csv_keys(out)) if exists else set()
        handle = out.open("a", encoding="utf-8", newline="")
        return CsvWriter(handle, write_header=not exists), done
    except OSError as exc:
        raise BatchOutputError(
            f"Can't write batch results to '{out}': {exc.strerror}.",
            hint="Choose a folder you can write to.",
        ) from None


def read_rows(path: Path) -> list[dict[str, Any]]:
    """Every row of a JSONL output (used by tests and the summary of a resumed run)."""
    text = path.read_text(encoding="utf-8")
    return [json.loads(line) for line in io.StringIO(text) if line.strip()]
