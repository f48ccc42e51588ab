"""Words that tell how a name is used, shared by the context rules and the false friends.

Both ``context`` (is this name used technically?) and ``false_friends`` (is it an ordinary
word here?) look at the word after a name and ask whether it is a technical cue or the
object of a verb; the vocabulary lives here so that neither module imports the other.
"""

from __future__ import annotations

import re

_WORD_AFTER = re.compile(r"[ \t\-]*([A-Za-z0-9][\w'.]*)")

# Words that follow a verb, not a name: "Express your ideas", "Make our backend".
OBJECT_WORDS = frozenset(
    "your you yourself our us my me their them his her its it the a an this that these"
    " those every each all some any more".split()
)

# Words that, right before or after an ambiguous name, show it is used technically.
TECH_CUES = frozenset(
    """api apis app apps application applications backend back-end frontend service services
    microservice microservices server servers code codebase language languages framework
    frameworks library libraries lib sdk runtime compiler developer developers development
    engineer engineers programming programmer stack cli module modules package packages
    script scripts scripting web cluster clusters deployment deployments cookbook cookbooks
    recipes manifests playbooks states formulas pillars binary binaries goroutines crate
    crates cargo gem gems macros spreadsheet spreadsheets workbooks vba database databases
    queries orm controllers mvc plugin plugins endpoints components jobs workers apps
    tooling lang core boot cloud sql prototype prototypes project projects test tests testing
    build builds upgrade migration dashboard dashboards""".split()
)


def word_after(text: str, end: int) -> str:
    match = _WORD_AFTER.match(text, end)
    return match.group(1).rstrip(".") if match else ""
