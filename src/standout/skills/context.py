"""Decide, from the words around it, whether an ambiguous skill name means the skill.

Many technology names are also English words or people's names: "Go live", "rust
removal", "swift delivery", "Spring 2019", "guard rails", "excel at", "access control",
"Julia from finance", "Grade: C". The taxonomy marks such skills with context rules
(``Skill.context``); this module gives the rules their meaning. A mention is judged in
this order, and the first rule that decides wins:

1. ``case_sensitive``: the text must be written exactly as one of the skill's spellings in
   the taxonomy ("Go", "Golang"; never "go"), else it is rejected. Distinctive spellings
   (see 5) match in any casing ("SOAP web services" for "soap web services").
2. Inside a skills list (the caller says so: a skills section) every remaining mention is
   accepted: nobody lists "go" as a verb.
3. False friends: set phrases in which the name is an ordinary word are rejected in prose
   ("go live", "go-to", "no-go", "swift delivery", "Spring semester", a season followed
   by a year, "guard rails", "express delivery", "head chef", "Salt Lake", "Elm Street",
   "hack day", "pricing scheme", "access control", "excel at", "Julia Chen"). This
   applies to every skill whose name has a false-friend entry, flagged or not.
4. Enumerations: a mention adjacent to another accepted skill, separated only by commas,
   slashes, pipes, "and", "or", "to", "vs", "&" or spaces ("C, C++ and Python", "Node and
   Express", "from C to Rust", "Python Flask"), or standing in a list-shaped line that
   names another skill ("Tools: Chef, Terraform, Vault"), is accepted. Ambiguous names
   left over vouch for each other when all are plausible ("Go and Rust").
5. Distinctive spellings are no English words and are accepted: several tokens ("ANSI
   C"), digits or symbols ("Express.js", "C99"), a tech suffix ("Golang", "SaltStack").
6. ``list_only``: anything not accepted by 2, 4 or 5 is rejected ("Section C", "R&D"),
   unless it follows "in", "using", "with", "of" or "to" and another skill is nearby
   ("routines written in C for the Python bindings", "Python and a bit of R").
7. ``tech_context`` in prose: a capitalised mention needs another skill within
   ``NEARBY_CHARS`` characters, a technical cue word right beside it ("Rust services",
   "Chef cookbooks", "Swift 5"), or a lead-in word ("written in Rust", "using Chef"). A
   lowercase mention is weaker evidence and needs a skill nearby *and* a cue or lead-in.

Mentions of skills without rules are always accepted (their names are not words).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from standout.skills.matcher import Candidate

CASE_SENSITIVE = "case_sensitive"
TECH_CONTEXT = "tech_context"
LIST_ONLY = "list_only"

NEARBY_CHARS = 120  # about one bullet's worth of text on either side

# What may stand between two enumerated skills ("from C to Rust" counts as one). The
# left-hand side is matched on the reversed text, so its words are spelled backwards.
_SEPARATORS_AFTER = re.compile(
    r"(?:[ \t,/|;&()+:·•]+|(?:and|or|as well as|to|vs|versus)\b)*", re.IGNORECASE
)
_SEPARATORS_BEFORE = re.compile(
    r"(?:[ \t,/|;&()+:·•]+|(?:dna|ro|sa llew sa|ot|sv|susrev)\b)*", re.IGNORECASE
)
_WORD_AFTER = re.compile(r"[ \t\-]*([A-Za-z0-9][\w'.]*)")
_WORD_BEFORE = re.compile(r"([A-Za-z0-9][\w']*)[ \t\-]*$")
_YEAR = re.compile(r"(?:19|20)\d\d\b")
_VERSION = re.compile(r"v?\d+(?:\.\d+)*(?:\.x)?$")
_LIST_LABEL = re.compile(r"^\s*[\w &/+()\-]{1,40}:\s*")
_LIST_SPLIT = re.compile(r"\s*[,|;•·]\s*")
_TECH_SUFFIXES = ("lang", "js", "db", "stack", "sql", "ql")
_PLAIN_LEAD_INS = frozenset({"in", "using", "with"})
_LETTER_LEAD_INS = _PLAIN_LEAD_INS | {"of", "to"}  # "a bit of R", "moved hot loops to C"
_LEAD_INS = _PLAIN_LEAD_INS | frozenset(
    "via on advanced proficient expert experienced fluent skilled familiar".split()
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
    build builds upgrade migration""".split()
)

# The names of places where a capitalised name may stand: "Elm Street", "Salt Lake".
_PLACE_WORDS = frozenset(
    "street st avenue ave road rd lane drive dr court ct boulevard blvd grove park way"
    " lake city county valley".split()
)


@dataclass(frozen=True, slots=True)
class FalseFriend:
    """Words beside a name that make it an ordinary word (compared lowercased)."""

    before: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()
    year_after: bool = False  # "Spring 2019" is a season
    name_after: bool = False  # "Julia Chen": a capitalised word after is a surname


def _friend(
    before: str = "", after: str = "", *, year_after: bool = False, name_after: bool = False
) -> FalseFriend:
    return FalseFriend(frozenset(before.split()), frozenset(after.split()), year_after, name_after)


FALSE_FRIENDS: dict[str, FalseFriend] = {
    "go": _friend(
        "let lets no",
        "live to ahead back beyond through far above out over into onto get deep public"
        " wrong home away forward along off down up green fast big no viral hand extra"
        " further the a an",
    ),
    "rust": _friend("", "belt proof proofing resistant removal colored coloured stain"),
    "swift": _friend(
        "",
        "delivery response resolution turnaround action feedback execution adoption"
        " recovery onboarding decision decisions progress change changes fix fixes growth"
        " rollout transition completion reply replies payment payments code codes message"
        " messages network transfer transfers",
    ),
    "spring": _friend(
        "this last next early late during since until by in",
        "semester term quarter break internship session season cleaning festival fair career"
        " hiring recruiting cohort class graduation intern interns",
        year_after=True,
    ),
    "rails": _friend("guard safety hand train side"),
    "express": _friend(
        "american fedex orient",
        "delivery shipping lane mail interest written consent checkout entry train post"
        " purpose permission line bus scripts mail",
    ),
    "flask": _friend("erlenmeyer lab vacuum volumetric conical"),
    "chef": _friend("head sous pastry executive line private celebrity master", "de"),
    "puppet": _friend("sock hand", "show shows theatre theater government regime state"),
    "salt": _friend("sea rock epsom table", "water lake marsh mine pepper"),
    "meteor": _friend("", "shower showers strike crater"),
    "elm": _friend("", "tree trees"),
    "dart": _friend("", "board boards throwing game"),
    "julia": _friend(
        "with by from thanks told asked mentored coached helped manager colleague dr ms"
        " mrs miss mr dear met",
        name_after=True,
    ),
    "crystal": _friend("", "clear ball palace", name_after=True),
    "ruby": _friend("", "", name_after=True),
    "hack": _friend(
        "growth life quick", "day days week weeks night nights together fest a around on"
    ),
    "scheme": _friend(
        "naming pricing color colour url uri authentication auth versioning encoding"
        " numbering sharding partitioning classification incentive bonus compensation"
        " pension retirement insurance database the a this that our new ponzi",
        "of for to that which",
    ),
    "access": _friend(
        "based data database remote network privileged admin user read write public private"
        " early open direct gain gained granted provide provided restrict restricted limited"
        " privilege api ssh vpn secure secured controlled unauthorized concurrent random"
        " fast file role-based",
        "control controls management token tokens key keys rights right level levels"
        " pattern patterns log logs policy policies to for point points list lists request"
        " requests review reviews layer time times the restrictions permissions card cards"
        " via across from on",
    ),
    "excel": _friend("", "at in as under within"),
}


@dataclass(frozen=True, slots=True)
class Rule:
    """The compiled context rule of one skill."""

    case_sensitive: bool
    tech_context: bool
    list_only: bool

    @property
    def strict(self) -> bool:
        return self.case_sensitive or self.tech_context or self.list_only


def rule_for(context: frozenset[str]) -> Rule:
    return Rule(
        case_sensitive=CASE_SENSITIVE in context,
        tech_context=TECH_CONTEXT in context,
        list_only=LIST_ONLY in context,
    )


class Neighbourhood:
    """What surrounds the mentions of one text: the accepted skills and list-shaped lines."""

    __slots__ = ("_anchor_ends", "_anchor_starts", "_list_lines", "_reversed", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._anchor_starts: list[int] = []
        self._anchor_ends: dict[int, int] = {}  # end -> start
        self._list_lines: dict[int, bool] = {}
        self._reversed = ""

    def add_anchor(self, start: int, end: int) -> None:
        index = bisect_left(self._anchor_starts, start)
        self._anchor_starts.insert(index, start)
        self._anchor_ends[end] = start

    def add_anchors(self, spans: Sequence[tuple[int, int]]) -> None:
        for start, end in spans:
            self._anchor_ends[end] = start
        self._anchor_starts.extend(start for start, _ in spans)
        self._anchor_starts.sort()

    def skill_nearby(self, start: int, end: int) -> bool:
        """Another accepted skill within ``NEARBY_CHARS`` of this span."""
        starts = self._anchor_starts
        index = bisect_left(starts, start - NEARBY_CHARS)
        while index < len(starts) and starts[index] <= end + NEARBY_CHARS:
            if starts[index] != start:
                return True
            index += 1
        return False

    def enumerated(self, start: int, end: int) -> bool:
        """Adjacent to another accepted skill with only list separators between."""
        text = self.text
        if not self._reversed:
            self._reversed = text[::-1]
        size = len(text)
        skipped = _SEPARATORS_BEFORE.match(self._reversed, size - start)
        left = start - (skipped.end() - skipped.start()) if skipped else start
        if left in self._anchor_ends and left != end:
            return True
        following = _SEPARATORS_AFTER.match(text, end)
        right = following.end() if following else end
        return right != start and self.has_anchor_at(right)

    def in_list_line(self, start: int, end: int) -> bool:
        """The line is shaped like a list ("Tools: a, b, c") and names another skill."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if line_end < 0:
            line_end = len(text)
        shaped = self._list_lines.get(line_start)
        if shaped is None:
            shaped = looks_like_list(text[line_start:line_end])
            self._list_lines[line_start] = shaped
        if not shaped:
            return False
        starts = self._anchor_starts
        index = bisect_left(starts, line_start)
        while index < len(starts) and starts[index] < line_end:
            if starts[index] != start:
                return True
            index += 1
        return False

    def has_anchor_at(self, position: int) -> bool:
        starts = self._anchor_starts
        index = bisect_left(starts, position)
        return index < len(starts) and starts[index] == position


def looks_like_list(line: str) -> bool:
    """A line of short items separated by commas, pipes or bullets, optionally labelled."""
    body = _LIST_LABEL.sub("", line, count=1)
    items = [item for item in _LIST_SPLIT.split(body) if item]
    if len(items) < 3:
        return False
    return all(len(item.split()) <= 5 for item in items)


def accept(
    rule: Rule,
    casings: frozenset[str],
    candidate: Candidate,
    near: Neighbourhood,
    *,
    list_context: bool,
) -> bool:
    """Whether this occurrence of an ambiguous name means the skill (see module doc)."""
    form, start, end = candidate.form, candidate.start, candidate.end
    matched = near.text[start:end]
    if rule.case_sensitive and matched not in casings and not distinctive(form):
        return False
    if list_context:
        return True
    text = near.text
    friend = FALSE_FRIENDS.get(form)
    if friend is not None and _is_false_friend(friend, start, end, near):
        return False
    if near.enumerated(start, end) or near.in_list_line(start, end):
        return True
    if distinctive(form):
        return True
    before = word_before(text, start).lower()
    if rule.list_only:
        return before in _LETTER_LEAD_INS and near.skill_nearby(start, end)
    if not rule.tech_context:
        return True
    after = word_after(text, end)
    cue = after.lower() in TECH_CUES or bool(_VERSION.match(after)) or before in TECH_CUES
    lead_in = before in _LEAD_INS
    nearby = near.skill_nearby(start, end)
    if matched.islower():
        return nearby and (cue or lead_in)
    return nearby or cue or lead_in


def plausible(
    rule: Rule, casings: frozenset[str], candidate: Candidate, near: Neighbourhood
) -> bool:
    """Could mean the skill if a neighbour vouches for it: right casing, no false friend.

    Two ambiguous names enumerated together ("Go and Rust") vouch for each other.
    """
    form, start, end = candidate.form, candidate.start, candidate.end
    matched = near.text[start:end]
    if rule.case_sensitive and matched not in casings and not distinctive(form):
        return False
    if matched.islower() and not rule.case_sensitive:
        return False
    friend = FALSE_FRIENDS.get(form)
    return friend is None or not _is_false_friend(friend, start, end, near)


def distinctive(form: str) -> bool:
    """A spelling that is no English word: several tokens ("ANSI C"), digits or symbols
    ("C99", "Express.js"), or a name glued to a tech suffix ("Golang", "SaltStack")."""
    if len(form) <= 2:  # "H2" is also the second half of a year
        return False
    if not form.isalpha():
        return True
    return form.endswith(_TECH_SUFFIXES) and form not in FALSE_FRIENDS


def word_after(text: str, end: int) -> str:
    match = _WORD_AFTER.match(text, end)
    return match.group(1).rstrip(".") if match else ""


def word_before(text: str, start: int) -> str:
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return match.group(1) if match else ""


def _is_false_friend(friend: FalseFriend, start: int, end: int, near: Neighbourhood) -> bool:
    text = near.text
    after = word_after(text, end)
    after_lower = after.lower()
    if after_lower in friend.after or after_lower in _PLACE_WORDS and after[:1].isupper():
        return True
    if friend.year_after and _YEAR.match(after):
        return True
    if friend.name_after and _is_name(text, end, after) and not near.has_anchor_at(end + 1):
        return True
    if end < len(text) and text[end] == "/" and text[end + 1 : end + 3].lower() == "no":
        return True  # "Go/No-Go"
    before = word_before(text, start).lower()
    return bool(before) and before in friend.before


def _is_name(text: str, end: int, after: str) -> bool:
    """A capitalised word right after (a surname), or a possessive ("Julia's team")."""
    if text[end : end + 2] in ("'s", "\u2019s"):
        return True
    gap = text[end : end + 1]
    return (
        gap == " "
        and after[:1].isupper()
        and after[1:2].islower()
        and after.lower() not in TECH_CUES
    )
