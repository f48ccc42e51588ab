"""prep: the interview-preparation pack, personal to the resume (and the posting).

``prepare(report, match=..., posting=..., limit=...)`` picks questions from the bank shipped
in ``standout/data/questions.json`` (``bank``) that fit the candidate's stack, level and
posting (``select``), ties each to the resume lines that answer it or says what story to
prepare (``evidence``), drafts STAR outlines from quantified bullets (``star``), builds
talking-points cards for the top languages (``talking_points``), turns missing must-haves
into honest gap questions (``gaps``) and lists the soft-skill evidence (``checklist``).
``practice`` runs the interactive practice session on a pack.
"""

from __future__ import annotations

from standout.prep.pack import prepare

__all__ = ["prepare"]
