"""The Dask engine: the same job on a cluster, with the same core function on every worker.

Files, folders and archives are listed here and handed to the cluster in partitions; JSONL
files are read and partitioned by Dask itself (``dask.bag.read_text`` with a block size),
so the client never holds their text. Each partition's rows are written by the workers as
``part-<run>-<n>.jsonl`` files in the output folder, which must be reachable by every worker
(a shared file system, or any fsspec URL such as ``s3://bucket/results``). Records of a
JSONL file are keyed by their ``id`` field when they have one, else by a hash of their text.
A rerun into the same folder skips every key its part files already hold as a result; the
error rows are taken out of their parts and those inputs redone, unless errors are kept.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from collections.abc import Sequence
from importlib import import_module
from pathlib import Path
from typing import Any

from standout.batch.inputs import ID_FIELDS, TEXT_FIELDS, BatchInput, iter_inputs
from standout.batch.outputs import Existing, jsonl_key_status, rewrite_lines
from standout.batch.rows import BatchOptions, process_chunk
from standout.batch.runner import BatchSummary
from standout.errors import BatchInputError, BatchOutputError, DaskUnavailableError

PARTITION_SIZE = 64
JSONL_BLOCK_SIZE = "16MiB"


def _record(path: str, line: str) -> BatchInput | None:
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if not isinstance(record, dict):
        return None
    text = next((record[f] for f in TEXT_FIELDS if isinstance(record.get(f), str)), None)
    if text is None:
        return None
    ident = next((str(record[f]) for f in ID_FIELDS if record.get(f) not in (None, "")), None)
    if ident is None:
        ident = "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    return BatchInput(key=f"{path}#{ident}", filename=f"{ident}.txt", text=text)


def _part_row(line: str) -> tuple[str, str | None] | None:
    try:
        return jsonl_key_status(line)
    except (ValueError, KeyError, TypeError):
        return None  # a torn line of an interrupted part: redo that input


def _ok_line(line: str) -> bool:
    row = _part_row(line)
    return row is not None and row[1] != "error"


def _resume_parts(out_dir: Path, *, keep_errors: bool) -> Existing:
    """What the part files hold, each part with error rows rewritten without them.

    Taking the error rows out (unless ``keep_errors``) lets the run redo their inputs
    without any key ending up twice.
    """
    found: list[tuple[str, str | None]] = []
    for part in sorted(out_dir.glob("part-*.jsonl")):
        with part.open(encoding="utf-8", newline="\n") as handle:
            rows = [row for row in map(_part_row, handle) if row is not None]
        found += rows
        if not keep_errors and any(status == "error" for _, status in rows):
            rewrite_lines(part, _ok_line)
    return Existing.of(found)


def _summary_fields(row: dict[str, Any]) -> dict[str, Any]:
    """What the summary needs of a row, so that the client never pulls whole rows."""
    keep = ("status", "readiness", "match", "error")
    return {k: row[k] for k in keep if k in row}


def _partition(
    items: list[BatchInput], options: BatchOptions, done: frozenset[str]
) -> list[dict[str, Any]]:
    return process_chunk([item for item in items if item.key not in done], options)


def run_dask(
    sources: Sequence[str | Path],
    out_dir: Path,
    options: BatchOptions,
    *,
    scheduler: str | None = None,
    partition_size: int = PARTITION_SIZE,
    keep_errors: bool = False,
) -> BatchSummary:
    """Run the batch on a Dask cluster (``scheduler`` address, or a local cluster when None).

    Inputs whose earlier row is an error are redone unless ``keep_errors`` is set.
    """
    try:  # typed as Any: dask ships no type information
        db: Any = import_module("dask.bag")
        distributed: Any = import_module("distributed")
    except ImportError:
        raise DaskUnavailableError(
            "The Dask engine needs dask and distributed, which are not installed.",
            hint="Install them with: pip install 'standout[dask]'",
        ) from None
    if out_dir.suffix:
        raise BatchOutputError(
            f"The Dask engine writes a folder of part files, and '{out_dir}' looks like a file.",
            hint="Give --out a folder name, such as results/.",
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    existing = _resume_parts(out_dir, keep_errors=keep_errors)
    done = frozenset(existing.done(keep_errors=keep_errors))
    jsonl = [str(Path(s)) for s in sources if Path(s).suffix.lower() == ".jsonl"]
    others = [s for s in sources if Path(s).suffix.lower() != ".jsonl"]
    for source in jsonl:
        if not Path(source).is_file():
            raise BatchInputError(f"Can't find the batch input '{source}'.", hint="Check the path.")

    cluster = None
    if scheduler:
        client = distributed.Client(scheduler)
    else:
        cluster = distributed.LocalCluster(processes=True)
        client = distributed.Client(cluster)
    try:
        bags = []
        listed = list(iter_inputs(others))
        if listed:
            bags.append(db.from_sequence(listed, partition_size=partition_size))
        for source in jsonl:
            lines = db.read_text(source, blocksize=JSONL_BLOCK_SIZE)
            bags.append(lines.map(lambda line, path=source: _record(path, line)).filter(None))
        if not bags:
            return BatchSummary()
        rows = db.concat(bags).map_partitions(_partition, options, done).persist()
        # The time orders the parts; the random tail keeps two runs started within the same
        # second from writing the same part names, which would replace the first run's rows.
        run = f"{time.strftime('%Y%m%d%H%M%S')}-{secrets.token_hex(4)}"
        rows.map(lambda row: json.dumps(row, ensure_ascii=False)).to_textfiles(
            str(out_dir / f"part-{run}-*.jsonl")
        )
        summary = BatchSummary(
            skipped=len(done), retried=existing.retrying(keep_errors=keep_errors)
        )
        for row in rows.map(_summary_fields).compute():
            summary.add(row)
        return summary
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
