"""Assess a parsed resume and its skills against the backend candidate framework.

``check_bullet`` is the achievement check of one bullet; ``assess`` (coming with the area
scoring) builds the whole positioning report.
"""

from __future__ import annotations

from standout.assess.achievements import check_bullet

__all__ = ["check_bullet"]
