"""Parquet output that survives a hard kill: a partial file renamed into place, and a journal.

A Parquet file can only be read once its footer is written, so rows go to a hidden partial
file that is renamed into place on close (which the runner does on Ctrl-C too). A SIGKILL or
a power cut leaves that partial file without a footer, unreadable; so every row is also
appended to a hidden JSONL journal beside the output, one flat row per line, flushed as it
comes like the JSONL writer, and the journal is deleted only after the rename.

Opening the output recovers the journal's complete lines (a torn last one is cut off) into
the new file, along with the previous file's rows, each key once: the journal's row wins,
being the newer, and a kill between the rename and the deletion leaves a row in both. The
recovered rows count as done. The journal is kept (and appended to) until this run closes,
so a second kill loses nothing either.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from standout.batch.outputs import COLUMNS, START_OVER_HINT, Existing, cut_torn_tail, flatten
from standout.errors import BatchOutputError

PARQUET_ROW_GROUP = 1000

# key -> (line number of its last complete row in the journal, that row's status)
JournalIndex = dict[str, tuple[int, str | None]]


def journal_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.journal.jsonl")


def _journal_row(line: str) -> dict[str, Any] | None:
    try:
        row = json.loads(line)
    except ValueError:
        return None  # not a row this writer wrote: its input is redone
    return row if isinstance(row, dict) and isinstance(row.get("key"), str) else None


def _index_journal(journal: Path) -> JournalIndex:
    latest: JournalIndex = {}
    with journal.open(encoding="utf-8", newline="\n") as handle:
        for number, line in enumerate(handle):
            row = _journal_row(line)
            if row is not None:
                latest[row["key"]] = (number, row.get("status"))
    return latest


def _parquet_statuses(path: Path) -> list[tuple[str, str | None]]:
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(str(path), columns=["key", "status"])
    except Exception as exc:  # noqa: BLE001 - pyarrow raises many kinds for a broken file
        raise BatchOutputError(
            f"The existing output '{path}' is not a readable Parquet file ({exc}).",
            hint=START_OVER_HINT,
        ) from None
    keys, statuses = table.column("key").to_pylist(), table.column("status").to_pylist()
    return list(zip(keys, statuses, strict=True))


class ParquetWriter:
    """Row groups of PARQUET_ROW_GROUP rows into a partial file, each row journaled first.

    ``done`` and ``retrying`` tell the run what the previous file and the journal already
    hold; error rows are left out of the new file (their inputs redone) unless
    ``keep_errors``.
    """

    def __init__(self, path: Path, *, keep_errors: bool = False) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {"string": pa.string(), "int": pa.int64()}
        self._schema = pa.schema([(name, types[kind]) for name, kind in COLUMNS])
        self._target = path
        self._partial = path.with_name(f".{path.name}.partial")
        self._journal_path = journal_path(path)
        previous = path if path.exists() and path.stat().st_size > 0 else None
        statuses = _parquet_statuses(previous) if previous is not None else []
        journaled: JournalIndex = {}
        if self._journal_path.exists():
            cut_torn_tail(self._journal_path)
            journaled = _index_journal(self._journal_path)
        existing = Existing.of(
            [(key, status) for key, status in statuses if key not in journaled]
            + [(key, status) for key, (_, status) in journaled.items()]
        )
        self.done = existing.done(keep_errors=keep_errors)
        self.retrying = existing.retrying(keep_errors=keep_errors)
        self._keep_errors = keep_errors
        self._writer = pq.ParquetWriter(str(self._partial), self._schema)
        self._buffer: list[dict[str, Any]] = []
        if previous is not None:
            self._carry_previous(previous, set(journaled))
        if journaled:
            self._carry_journal(journaled)
        self._journal = self._journal_path.open("a", encoding="utf-8")

    def _carry_previous(self, previous: Path, superseded: set[str]) -> None:
        """The earlier file's rows, less those the journal holds anew and (maybe) errors."""
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        newer = pa.array(sorted(superseded), type=pa.string())
        for batch in pq.ParquetFile(str(previous)).iter_batches(batch_size=PARQUET_ROW_GROUP):
            table = pa.Table.from_batches([batch]).cast(self._schema)
            keep = pc.invert(pc.is_in(table["key"], value_set=newer))
            if not self._keep_errors:
                keep = pc.and_(keep, pc.fill_null(pc.not_equal(table["status"], "error"), True))
            self._writer.write_table(table.filter(keep))

    def _carry_journal(self, journaled: JournalIndex) -> None:
        with self._journal_path.open(encoding="utf-8", newline="\n") as handle:
            for number, line in enumerate(handle):
                row = _journal_row(line)
                if row is None or journaled[row["key"]][0] != number:
                    continue  # not a row, or one a later line of the journal replaces
                if self._keep_errors or row.get("status") != "error":
                    self._append(row)

    def write(self, row: dict[str, Any]) -> None:
        flat = flatten(row)
        self._append(flat)  # first, so that a Ctrl-C between the two keeps every journaled row
        self._journal.write(json.dumps(flat, ensure_ascii=False) + "\n")
        self._journal.flush()

    def _append(self, flat: dict[str, Any]) -> None:
        self._buffer.append(flat)
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
        self._journal.close()
        self._journal_path.unlink(missing_ok=True)
