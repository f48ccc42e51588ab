"""Inputs for the match tests: the fixture folders and a helper to index a resume text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from standout.match.core import index_resume
from standout.match.evidence import ResumeEvidence
from standout.parse import parse
from standout.read import read

POSTINGS = Path(__file__).parent.parent / "fixtures" / "postings"
RESUMES = POSTINGS / "resumes"
REFERENCE = date(2024, 6, 1)


def evidence_of(text: str, name: str = "resume.md") -> ResumeEvidence:
    """Index a resume written in a test (Markdown)."""
    document = read(text.encode(), filename=name)
    return index_resume(parse(document, reference_date=REFERENCE))


def resume_text(name: str) -> str:
    return (RESUMES / name).read_text()
