"""match: how well a resume fits a job posting, why, and what to change first.

``match(resume, posting)`` scores a resume 0-100 against a parsed posting with the formula
documented in ``standout.match.formula`` and ``docs/matching.md``: must-have skills weigh
three times a nice-to-have, a skill applied in a dated role counts more than one only
listed, implied skills count (Django shows Python), years are given partial credit, and the
level and degree fit add the rest. The result explains every component (``breakdown``),
lists what is missing and orders the advice by the points each change would add.
"""

from __future__ import annotations

from standout.match.core import index_resume, match, match_evidence

__all__ = ["index_resume", "match", "match_evidence"]
