"""Parquet output: rows go to a hidden partial file that is renamed into place on close.

A Parquet file can only be read once its footer is written, so the file being written is
kept out of the way until it is complete; the runner closes it on Ctrl-C too. A rerun
carries the previous file's rows over into the new one.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from standout.batch.outputs import COLUMNS, START_OVER_HINT, Existing, flatten
from standout.errors import BatchOutputError

PARQUET_ROW_GROUP = 1000


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
    """Row groups of PARQUET_ROW_GROUP rows into a partial file, renamed into place on close.

    ``done`` and ``retrying`` tell the run what the previous file already holds; its error
    rows are left out of the new file (their inputs redone) unless ``keep_errors``.
    """

    def __init__(self, path: Path, *, keep_errors: bool = False) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {"string": pa.string(), "int": pa.int64()}
        self._schema = pa.schema([(name, types[kind]) for name, kind in COLUMNS])
        self._target = path
        self._partial = path.with_name(f".{path.name}.partial")
        previous = path if path.exists() and path.stat().st_size > 0 else None
        existing = Existing.of(_parquet_statuses(previous) if previous is not None else [])
        self.done = existing.done(keep_errors=keep_errors)
        self.retrying = existing.retrying(keep_errors=keep_errors)
        self._keep_errors = keep_errors
        self._writer = pq.ParquetWriter(str(self._partial), self._schema)
        self._buffer: list[dict[str, Any]] = []
        if previous is not None:
            self._carry_previous(previous)

    def _carry_previous(self, previous: Path) -> None:
        """The earlier file's rows, less its error rows unless they are kept."""
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(str(previous)).iter_batches(batch_size=PARQUET_ROW_GROUP):
            table = pa.Table.from_batches([batch]).cast(self._schema)
            if not self._keep_errors:
                table = table.filter(pc.fill_null(pc.not_equal(table["status"], "error"), True))
            self._writer.write_table(table)

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
