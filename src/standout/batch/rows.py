"""The work of one batch item, the same on every engine: read, analyse, match, make a row.

A row is a plain dict ready for JSON: ``status`` is "ok" with the figures, or "error" with
an ``error`` object holding the code and message. Nothing an input does can stop a batch:
a coded error becomes an error row, and so does an unexpected one (code E449), so that a
bug shows up in the results instead of killing thousands of analyses.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from standout._io import DEFAULT_MAX_BYTES, TOO_LARGE_HINT, read_input_bytes
from standout.batch.inputs import BatchInput
from standout.errors import BatchItemFailedError, InputTooLargeError, ReadError, StandoutError

if TYPE_CHECKING:
    from standout.model.posting import Posting
    from standout.model.report import Report

TOP_SKILLS = 15


@dataclass(frozen=True, slots=True)
class BatchOptions:
    role: str = "mid"
    reference_date: date | None = None
    posting: bytes | None = None  # the job posting's bytes, parsed once per worker
    posting_filename: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


_POSTINGS: dict[tuple[bytes, str | None], Posting] = {}


def posting_for(options: BatchOptions) -> Posting | None:
    if options.posting is None:
        return None
    cache_key = (options.posting, options.posting_filename)
    posting = _POSTINGS.get(cache_key)
    if posting is None:
        from standout.posting import parse_posting

        posting = parse_posting(options.posting, filename=options.posting_filename)
        _POSTINGS.clear()  # one posting per batch: keep at most one parsed
        _POSTINGS[cache_key] = posting
    return posting


def load_bytes(item: BatchInput, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The input's content, with the same size limit as a single analysis."""
    if item.text is not None:
        return item.text.encode("utf-8")
    if item.path is not None:
        return read_input_bytes(item.path, max_bytes=max_bytes)
    assert item.archive is not None and item.member is not None
    try:
        with zipfile.ZipFile(item.archive) as archive:
            info = archive.getinfo(item.member)
            if info.file_size > max_bytes:
                raise InputTooLargeError(
                    f"'{item.key}' is {info.file_size / 1_048_576:.1f} MB unpacked, "
                    "over the limit.",
                    hint=TOO_LARGE_HINT,
                )
            with archive.open(info) as handle:
                return handle.read(max_bytes + 1)
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise ReadError(
            f"Can't read '{item.key}' from its archive: {exc}.",
            hint="Check that the archive is complete.",
        ) from None


def report_row(item: BatchInput, report: Report) -> dict[str, Any]:
    resume = report.resume
    failed_checks = [c.check_id for c in report.document_checks if not c.passed]
    return {
        "key": item.key,
        "source": item.filename,
        "status": "ok",
        "name": resume.contact.name,
        "role": report.role.value,
        "readiness": report.readiness,
        "areas": {a.area.value: a.score for a in report.areas},
        "skills": [s.name for s in report.skills.skills[:TOP_SKILLS]],
        "skills_count": len(report.skills.skills),
        "roles": len(resume.roles),
        "words": resume.document.word_count,
        "pages": resume.document.pages,
        "failed_checks": failed_checks,
        "top_fix": report.top_fixes[0].text if report.top_fixes else None,
    }


def error_row(item: BatchInput, error: StandoutError) -> dict[str, Any]:
    return {
        "key": item.key,
        "source": item.filename,
        "status": "error",
        "error": {"code": error.code, "message": str(error)},
    }


def process_input(item: BatchInput, options: BatchOptions) -> dict[str, Any]:
    """Analyse one input (and match it against the posting) into one row."""
    from standout.pipeline import analyze

    try:
        data = load_bytes(item, max_bytes=options.max_bytes)
        report = analyze(
            data,
            role=options.role,
            filename=item.filename,
            reference_date=options.reference_date,
        )
        row = report_row(item, report)
        posting = posting_for(options)
        if posting is not None:
            from standout.match import match

            result = match(report, posting)
            row["match"] = {
                "score": result.score,
                "posting": result.posting_title,
                "missing_must": [r.name for r in result.missing_must],
            }
        return row
    except StandoutError as error:
        return error_row(item, error)
    except Exception as exc:  # noqa: BLE001 - a bug on one input must not stop the batch
        failure = BatchItemFailedError(
            f"Unexpected failure on '{item.key}': {type(exc).__name__}: {exc}.",
            hint="This is a bug in standout; please report it with the input if you can share it.",
        )
        return error_row(item, failure)


def process_chunk(items: list[BatchInput], options: BatchOptions) -> list[dict[str, Any]]:
    """Several items in one task, so that inter-process traffic stays small."""
    return [process_input(item, options) for item in items]
