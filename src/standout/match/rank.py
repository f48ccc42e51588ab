"""Ranking: several postings against one resume, or a folder of resumes against one posting.

A resume that cannot be read or parsed becomes a row with its error code; it never stops
the ranking (a hiring team's folder always holds a broken file or two).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from standout.errors import InputNotFoundError, NoResumesFoundError, StandoutError
from standout.match.core import ScoreOnly, index_resume, match_evidence, score_only
from standout.match.evidence import ResumeEvidence
from standout.model.match import (
    PostingRanking,
    PostingRow,
    ResumeRanking,
    ResumeRow,
)
from standout.model.posting import Posting, Seniority

RESUME_EXTENSIONS = frozenset(
    {".pdf", ".docx", ".md", ".markdown", ".txt", ".text", ".html", ".htm", ".json"}
)
_REASONS = 3  # matched and missing must-haves shown per row
_SKIPPED_NAMED = 3  # skipped files named in the note; the rest are counted


def load_evidence(
    source: str | os.PathLike[str], *, reference_date: date | None = None
) -> ResumeEvidence:
    """Read, parse and index one resume file for matching."""
    from standout.parse import parse
    from standout.read import read

    return index_resume(parse(read(source), reference_date=reference_date))


def rank_postings(
    evidence: ResumeEvidence,
    postings: Sequence[Posting],
    *,
    candidate: Seniority | None = None,
) -> PostingRanking:
    """Postings ordered by how well the resume fits them, best first."""
    matches = [match_evidence(evidence, posting, candidate=candidate) for posting in postings]
    order = sorted(
        range(len(postings)), key=lambda i: (-matches[i].raw_score, postings[i].document.source)
    )
    rows = tuple(
        PostingRow(
            rank=position,
            source=postings[i].document.source,
            title=postings[i].title,
            score=matches[i].score,
            missing_must=tuple(m.label for m in matches[i].missing_must),
            match=matches[i],
        )
        for position, i in enumerate(order, start=1)
    )
    return PostingRanking(evidence.resume.document.source, rows)


@dataclass(frozen=True, slots=True)
class ResumeFolder:
    """A folder's resume files, and the files left out because no resume has their
    extension (a photo, an archive): those are reported, never dropped unseen."""

    resumes: tuple[Path, ...]
    skipped: tuple[Path, ...]


def scan_resumes(folder: str | os.PathLike[str]) -> ResumeFolder:
    """Every file under ``folder`` (recursively, hidden ones left out), sorted, split into
    resumes by extension and the files skipped."""
    root = Path(folder)
    if root.is_file():
        raise InputNotFoundError(
            f"'{root}' is a file; rank reads a folder of resumes.",
            hint="Give the folder that holds the resumes, or use `standout match RESUME "
            "POSTING` for one resume.",
        )
    if not root.is_dir():
        raise InputNotFoundError(
            f"Can't find the folder '{root}'.", hint="Give the folder that holds the resumes."
        )
    files = sorted(
        path
        for path in root.rglob("*")
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(root).parts)
    )
    resumes = tuple(path for path in files if path.suffix.lower() in RESUME_EXTENSIONS)
    skipped = tuple(path for path in files if path.suffix.lower() not in RESUME_EXTENSIONS)
    if not resumes:
        raise NoResumesFoundError(
            f"No resumes found in '{root}'."
            + (f" {skipped_note(root, skipped)}" if skipped else ""),
            hint="Put PDF, DOCX, Markdown, text, HTML or JSON Resume files in it "
            "(subfolders count).",
        )
    return ResumeFolder(resumes, skipped)


def collect_resumes(folder: str | os.PathLike[str]) -> list[Path]:
    """Every resume file under ``folder`` (recursively, hidden files skipped), sorted."""
    return list(scan_resumes(folder).resumes)


def skipped_note(folder: str | os.PathLike[str], skipped: Sequence[Path]) -> str:
    """One line naming the first few skipped files (relative to ``folder``) and counting all."""
    names = [path.relative_to(folder).as_posix() for path in skipped[:_SKIPPED_NAMED]]
    end = "…" if len(skipped) > _SKIPPED_NAMED else "."
    files = "file that is not a resume" if len(skipped) == 1 else "files that are not resumes"
    return f"Skipped {len(skipped)} {files} (by extension): {', '.join(names)}{end}"


def _row(source: str, result: ScoreOnly, name: str | None) -> ResumeRow:
    return ResumeRow(
        rank=None,
        source=source,
        score=result.score,
        matched_must=result.shown_must[:_REASONS],
        missing_must=result.missing_must[:_REASONS],
        name=name,
    )


def _failed(source: str, error: StandoutError) -> ResumeRow:
    return ResumeRow(
        rank=None,
        source=source,
        score=None,
        matched_must=(),
        missing_must=(),
        error_code=error.code,
        error=str(error),
    )


def rank_resumes(
    posting: Posting,
    sources: Iterable[str | os.PathLike[str]],
    *,
    reference_date: date | None = None,
) -> ResumeRanking:
    """Resumes ordered by how well they fit ``posting``, best first, failures last."""
    scored: list[tuple[float, ResumeRow]] = []
    failed: list[ResumeRow] = []
    for source in sources:
        name = os.fspath(source)
        try:
            evidence = load_evidence(source, reference_date=reference_date)
        except StandoutError as error:
            failed.append(_failed(name, error))
            continue
        result = score_only(evidence, posting)
        scored.append((result.raw_score, _row(name, result, evidence.resume.contact.name)))
    scored.sort(key=lambda item: (-item[0], item[1].source))
    rows = [
        ResumeRow(
            rank=position,
            source=row.source,
            score=row.score,
            matched_must=row.matched_must,
            missing_must=row.missing_must,
            name=row.name,
        )
        for position, (_, row) in enumerate(scored, start=1)
    ]
    return ResumeRanking(
        posting_source=posting.document.source,
        posting_title=posting.title,
        rows=(*rows, *sorted(failed, key=lambda r: r.source)),
        failed=len(failed),
    )
