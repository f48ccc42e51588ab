"""Streaming result writers (JSONL, CSV, Parquet) that can resume an earlier run.

Each writer appends rows as they finish, so memory stays flat and an interrupted run leaves
a valid file of every row finished so far: JSONL and CSV rows are flushed one whole line at
a time (a torn last line from a hard kill is cut off on resume); Parquet is written to a
partial file renamed into place when it closes, with every row also journaled as it comes
(see ``standout.batch.parquet``). Opening an existing output returns the keys it already
holds, and the run skips them. Error rows are not final by default: their inputs may have
been fixed since, so they are taken out of the output and their inputs redone, unless the
caller asks to keep them.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
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
START_OVER_HINT = "Choose another --out, or delete the file to start over."

# One line of a text output -> (key, status); raises ValueError/KeyError/etc. when it is not a row.
LineParser = Callable[[str], tuple[str, str | None]]


class RowWriter(Protocol):
    def write(self, row: dict[str, Any]) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class OpenedOutput:
    """A writer, the keys the run must skip, and how many earlier error rows are redone."""

    writer: RowWriter
    done: set[str]
    retrying: int = 0


@dataclass(frozen=True, slots=True)
class Existing:
    """The keys an existing output holds, split by whether their row is an error."""

    ok: set[str]
    failed: set[str]  # keys whose only row is an error row

    @classmethod
    def of(cls, rows: Iterable[tuple[str, str | None]]) -> Existing:
        ok: set[str] = set()
        failed: set[str] = set()
        for key, status in rows:
            (failed if status == "error" else ok).add(key)
        return cls(ok, failed - ok)

    def done(self, *, keep_errors: bool) -> set[str]:
        return self.ok | self.failed if keep_errors else self.ok

    def retrying(self, *, keep_errors: bool) -> int:
        return 0 if keep_errors else len(self.failed)


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


def cut_torn_tail(path: Path) -> None:
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


def rewrite_lines(path: Path, keep: Callable[[str], bool], *, header: bool = False) -> None:
    """Rewrite ``path`` with only the lines ``keep`` accepts (and its header line), atomically.

    The new text goes to a hidden file in the same folder, which replaces the old one only
    once it is complete and on disk: a kill at any point leaves either file whole.
    """
    temp = path.with_name(f".{path.name}.rewrite")
    try:
        with (
            path.open(encoding="utf-8", newline="\n") as source,
            temp.open("w", encoding="utf-8", newline="\n") as target,
        ):
            if header:
                target.write(next(source, ""))
            target.writelines(line for line in source if keep(line))
            target.flush()
            os.fsync(target.fileno())
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def jsonl_key_status(line: str) -> tuple[str, str | None]:
    """The key and status of one JSONL row (raises ValueError, KeyError or TypeError if none)."""
    row = json.loads(line)
    return str(row["key"]), row.get("status")


def _csv_parser(path: Path) -> LineParser:
    with path.open(encoding="utf-8", newline="\n") as handle:
        names = next(csv.reader([handle.readline()]), [])
    if "key" not in names or "status" not in names:
        raise BatchOutputError(
            f"The existing output '{path}' is not a batch results CSV.", hint=START_OVER_HINT
        )
    key_at, status_at = names.index("key"), names.index("status")

    def parse(line: str) -> tuple[str, str | None]:
        values = next(csv.reader([line]))  # one record per line: flatten() keeps it so
        return values[key_at], values[status_at]

    return parse


def _scan_lines(path: Path, parse: LineParser, *, header: bool) -> Existing:
    """The keys of a text output; a line that is not a row stops the run (not our file)."""

    def rows() -> Iterable[tuple[str, str | None]]:
        with path.open(encoding="utf-8", newline="\n") as handle:
            for number, line in enumerate(handle, start=1):
                if header and number == 1:
                    continue
                try:
                    yield parse(line)
                except (ValueError, KeyError, TypeError, IndexError):
                    raise BatchOutputError(
                        f"Line {number} of the existing output '{path}' is not a batch result.",
                        hint=START_OVER_HINT,
                    ) from None

    return Existing.of(rows())


def _resume_text(path: Path, parse: LineParser, *, header: bool, keep_errors: bool) -> Existing:
    """Scan a JSONL or CSV output; unless keeping errors, rewrite it without its error rows."""
    existing = _scan_lines(path, parse, header=header)
    if existing.failed and not keep_errors:
        rewrite_lines(path, lambda line: parse(line)[1] != "error", header=header)
    return existing


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


def _open_text(out: Path, *, as_csv: bool, keep_errors: bool) -> OpenedOutput:
    existing = Existing(set(), set())
    if out.exists():
        cut_torn_tail(out)
    exists = out.exists() and out.stat().st_size > 0
    if exists:
        parse = _csv_parser(out) if as_csv else jsonl_key_status
        existing = _resume_text(out, parse, header=as_csv, keep_errors=keep_errors)
    handle = out.open("a", encoding="utf-8", newline="" if as_csv else None)
    writer: RowWriter = (
        CsvWriter(handle, write_header=not exists) if as_csv else JsonlWriter(handle, owned=True)
    )
    return OpenedOutput(
        writer, existing.done(keep_errors=keep_errors), existing.retrying(keep_errors=keep_errors)
    )


def open_output(out: Path | None, *, keep_errors: bool = False) -> OpenedOutput:
    """A writer for ``out`` (JSONL on standard output when None) and what it already holds.

    Inputs whose earlier row is an error are redone (their rows taken out of the output
    first, so that no key ends up twice) unless ``keep_errors`` is set.
    """
    if out is None:
        return OpenedOutput(JsonlWriter(sys.stdout, owned=False), set())
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
        if suffix == ".parquet":
            from standout.batch.parquet import ParquetWriter

            parquet = ParquetWriter(out, keep_errors=keep_errors)
            return OpenedOutput(parquet, parquet.done, parquet.retrying)
        return _open_text(out, as_csv=suffix == ".csv", keep_errors=keep_errors)
    except OSError as exc:
        raise BatchOutputError(
            f"Can't write batch results to '{out}': {exc.strerror}.",
            hint="Choose a folder you can write to.",
        ) from None


def open_writer(out: Path | None, *, keep_errors: bool = False) -> tuple[RowWriter, set[str]]:
    """A writer for ``out`` and the keys to skip (see :func:`open_output`)."""
    opened = open_output(out, keep_errors=keep_errors)
    return opened.writer, opened.done


def read_rows(path: Path) -> list[dict[str, Any]]:
    """Every row of a JSONL output (used by tests and the summary of a resumed run)."""
    text = path.read_text(encoding="utf-8")
    return [json.loads(line) for line in io.StringIO(text) if line.strip()]
