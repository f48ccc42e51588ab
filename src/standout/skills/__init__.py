"""Skills: the taxonomy, extraction of skill mentions from text, and a resume's evidence.

``extract_mentions(text)`` finds taxonomy skills in any text (resumes, postings);
``extract(resume)`` builds the resume's ``SkillProfile``: every skill with where it appears,
whether it is applied in a role or project, and its years of use; ``years_conflict(skill)``
says when those years far exceed what the resume itself declares.
"""

from __future__ import annotations

from standout.skills.evidence import extract, years_conflict
from standout.skills.extract import extract_mentions

__all__ = ["extract", "extract_mentions", "years_conflict"]
