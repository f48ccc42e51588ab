"""Inputs of a batch: files, folders (recursive), JSONL/CSV files of texts, zip archives.

An input is described, not loaded: a path, a zip member or one record's text. Files are
read on the worker that analyses them, so the parent never holds more than a window of
inputs in memory. Every input has a stable ``key``, which is how a rerun knows it is done.
"""

from __future__ import annotations

import csv
import json
import sys
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from standout.errors import BatchInputError

# Formats the reader understands, by extension; other files in a folder are skipped.
RESUME_SUFFIXES = frozenset(
    {".pdf", ".docx", ".md", ".markdown", ".txt", ".text", ".html", ".htm", ".json"}
)
TEXT_FIELDS = ("text", "resume", "content", "body")
ID_FIELDS = ("id", "key", "name", "filename")


@dataclass(frozen=True, slots=True)
class BatchInput:
    """One resume to analyse. Exactly one of ``path``, ``member`` or ``text`` says where it is."""

    key: str  # stable identity: the path, "archive.zip!member" or "file.jsonl#id"
    filename: str  # a name for format detection and reports
    path: str | None = None  # a file on disk
    archive: str | None = None  # with ``member``: a file inside a zip archive
    member: str | None = None
    text: str | None = None  # a record's text from a JSONL or CSV file


def iter_inputs(sources: Iterable[str | Path]) -> Iterator[BatchInput]:
    """Every resume the given sources hold, in a stable order."""
    for source in sources:
        path = Path(source)
        if not path.exists():
            raise BatchInputError(
                f"Can't find the batch input '{path}'.",
                hint="Give files, folders, .jsonl/.csv files of texts or .zip archives that exist.",
            )
        if path.is_dir():
            yield from _iter_folder(path)
        else:
            yield from _iter_file(path)


def _iter_folder(folder: Path) -> Iterator[BatchInput]:
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.name.startswith("."):
            continue
        suffix = path.suffix.lower()
        if suffix == ".zip":
            yield from _iter_zip(path)
        elif suffix in RESUME_SUFFIXES:
            yield BatchInput(key=str(path), filename=path.name, path=str(path))


def _iter_file(path: Path) -> Iterator[BatchInput]:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _iter_jsonl(path)
    elif suffix == ".csv":
        yield from _iter_csv(path)
    elif suffix == ".zip":
        yield from _iter_zip(path)
    else:
        # Any other single file is one resume; an unreadable one becomes an error row.
        yield BatchInput(key=str(path), filename=path.name, path=str(path))


def _record_input(path: Path, number: int, record: dict[str, object]) -> BatchInput:
    text = next((record[f] for f in TEXT_FIELDS if isinstance(record.get(f), str)), None)
    if text is None:
        raise BatchInputError(
            f"Record {number} of '{path}' has no text field.",
            hint=f"Give each record one of the fields {', '.join(TEXT_FIELDS)}.",
        )
    ident = next((str(record[f]) for f in ID_FIELDS if record.get(f) not in (None, "")), None)
    key = f"{path}#{ident}" if ident is not None else f"{path}#{number}"
    name = ident if ident is not None else f"{path.stem}-{number}"
    return BatchInput(key=key, filename=f"{name}.txt", text=str(text))


def _iter_jsonl(path: Path) -> Iterator[BatchInput]:
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                raise BatchInputError(
                    f"Line {number} of '{path}' is not valid JSON.",
                    hint="Each line of a .jsonl input must be one JSON object with a 'text' field.",
                ) from None
            if not isinstance(record, dict):
                raise BatchInputError(
                    f"Line {number} of '{path}' is not a JSON object.",
                    hint="Each line of a .jsonl input must be one JSON object with a 'text' field.",
                )
            yield _record_input(path, number, record)


def _iter_csv(path: Path) -> Iterator[BatchInput]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # resumes are longer than csv's default
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or not set(reader.fieldnames) & set(TEXT_FIELDS):
            raise BatchInputError(
                f"'{path}' has no text column.",
                hint=f"Name the column holding each resume one of: {', '.join(TEXT_FIELDS)}.",
            )
        for number, row in enumerate(reader, start=1):
            yield _record_input(path, number, dict(row))


def _iter_zip(path: Path) -> Iterator[BatchInput]:
    try:
        with zipfile.ZipFile(path) as archive:
            names = sorted(
                info.filename
                for info in archive.infolist()
                if not info.is_dir()
                and Path(info.filename).suffix.lower() in RESUME_SUFFIXES
                and not Path(info.filename).name.startswith(".")
                and "__MACOSX" not in info.filename
            )
    except (zipfile.BadZipFile, OSError) as exc:
        raise BatchInputError(
            f"Can't open the archive '{path}': {exc}.",
            hint="Check that it is a complete .zip file.",
        ) from None
    for name in names:
        yield BatchInput(
            key=f"{path}!{name}", filename=Path(name).name, archive=str(path), member=name
        )


def count_inputs(sources: Iterable[str | Path]) -> int:
    """How many inputs the sources hold, without reading any resume (for progress and ETA)."""
    total = 0
    for source in sources:
        path = Path(source)
        suffix = path.suffix.lower()
        if path.is_file() and suffix == ".jsonl":
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        elif path.is_file() and suffix == ".csv":
            total += sum(1 for _ in _iter_csv(path))
        else:
            total += sum(1 for _ in iter_inputs([path]))
    return total
