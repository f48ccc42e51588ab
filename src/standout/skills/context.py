"""Decide, from the words around it, whether an ambiguous skill name means the skill.

Many technology names are also English words or people's names: "Go live", "rust
removal", "swift delivery", "Spring 2019", "guard rails", "excel at", "access control",
"Julia from finance", "Grade: C". The taxonomy marks such skills with context rules
(``Skill.context``); this module gives the rules their meaning. A mention is judged in
this order, and the first rule that decides wins:

1. ``case_sensitive``: the text must be written exactly as one of the skill's spellings in
   the taxonomy ("Go", "Golang"; never "go"), else it is rejected. Distinctive spellings
   (see 5) match in any casing ("SOAP web services" for "soap web services"). An
   all-capitals spelling ("GO") is kept only when enumerated with another skill ("GO,
   Docker") or inside a skills list.
2. Inside a skills list (the caller says so: a skills section) every remaining mention is
   accepted: nobody lists "go" as a verb.
3. False friends: set phrases in which the name is an ordinary word are rejected in prose
   ("go live", "go-to", "no-go", "swift delivery", "Spring semester", a season followed
   by a year, "guard rails", "express delivery", "head chef", "Salt Lake", "Elm Street",
   "hack day", "pricing scheme", "access control", "excel at", "Julia Chen", a version
   after a letter: "QTP V 9.2", a company: "HCL Comnet", a verb: "Devise and implement").
   This applies to every skill whose name has a false-friend entry, flagged or not. The
   table and its checks live in ``standout.skills.false_friends``.
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
7. ``tech_nearby`` (generic practice words such as "monitoring", "migrations", "CI",
   "KMS", written lowercase as often as not): a prose mention needs another accepted
   skill nearby ("trial monitoring committee" is no skill).
8. ``tech_context`` in prose: a capitalised mention needs another skill nearby, a
   technical cue word right beside it ("Rust services", "Chef cookbooks", "Swift 5"), or
   a lead-in word ("written in Rust", "using Chef", "knowledge of Go", "3 years of Go"),
   or it stands alone in a list item ("- Go", "Go (a little)", "Go for writing
   operators"): postings ask for one skill per item. A lowercase mention is weaker
   evidence and needs a skill nearby *and* a cue or lead-in, unless a word only
   technology uses follows it ("spark jobs", "hive queries"). A capitalised name that
   opens a sentence as a verb with its object ("Express your ideas") is rejected.

"Nearby" means within ``NEARBY_CHARS`` characters *and* in the same sentence and line:
"Deployed on AWS." says nothing about "Managed a Chef team." on the next line.

Mentions of skills without rules are always accepted (their names are not words).
Two rules are not decided here but by the extractor once all mentions are known:
``needs_parent`` (a library's bare name, "Serde", "Cargo", counts only when the text
also shows a skill it implies, such as Rust: "regex Serde" in a Hive job is Hive's SerDe)
and the proper-name check of ``false_friends.in_proper_name``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from standout.skills._words import OBJECT_WORDS, TECH_CUES, word_after
from standout.skills.false_friends import FALSE_FRIENDS, in_proper_name, is_false_friend
from standout.skills.matcher import Candidate

CASE_SENSITIVE = "case_sensitive"
TECH_CONTEXT = "tech_context"
LIST_ONLY = "list_only"
TECH_NEARBY = "tech_nearby"
NEEDS_PARENT = "needs_parent"

NEARBY_CHARS = 120  # about one bullet's worth of text on either side

# What may stand between two enumerated skills ("from C to Rust" counts as one). The
# left-hand side is matched on the reversed text, so its words are spelled backwards.
_SEPARATORS_AFTER = re.compile(
    r"(?:[ \t,/|;&()+:·•]+|(?:and|or|as well as|to|vs|versus)\b)*", re.IGNORECASE
)
_SEPARATORS_BEFORE = re.compile(
    r"(?:[ \t,/|;&()+:·•]+|(?:dna|ro|sa llew sa|ot|sv|susrev)\b)*", re.IGNORECASE
)
_WORD_BEFORE_REVERSED = re.compile(r"[ \t\-]*([\w']*[A-Za-z0-9])")  # matched backwards
# A line break, or a full stop, "!" or "?" before a space, but not the stop of an initial
# or an abbreviation's letter ("e.g. Go", "U.S. teams").
_SENTENCE_END = re.compile(r"\n|(?<![.\s]\w)[.!?](?=\s)")
# What precedes the first word of a sentence: its start, a line break, a sentence's end or
# a label's colon, then spaces and bullet marks. Searched for right before a name.
_SENTENCE_OPENING = re.compile(r"(?:^|[\n.!?:])[\s*\-–—•·▪●➢]*\Z")
# A list item's start: a line break, then a bullet mark (kept as group 1) and spaces.
_ITEM_OPENING = re.compile(r"(?:^|\n)[ \t]*([*\-–—•·▪●➢☞✓✔►][ \t]*)?\Z")
# What may follow a name that is its item's subject: a note in brackets, a colon, "for".
_ITEM_REST = re.compile(r"\s*(?:\(|:|[-–—]\s|for\s+(?!(?:it|this|that|me|us|you|them)\b))")
_KNOWLEDGE_OF = re.compile(
    r"\b(?:knowledge|years?|experience|understanding|command|mastery|proficiency|"
    r"familiarity|expertise|fluency)\s+of\s+\Z",
    re.IGNORECASE,
)
_VERSION = re.compile(r"v?\d+(?:\.\d+)*(?:\.x)?$")
_LIST_LABEL = re.compile(r"\s*[\w &/+()\-]+")  # "Tools & Technologies" before a colon
_LIST_MARKS = ",|;•·"
_LIST_SPLIT = re.compile(r"\s*[,|;•·]\s*")
_TECH_SUFFIXES = ("lang", "js", "db", "stack", "sql", "ql")
_PLAIN_LEAD_INS = frozenset({"in", "using", "with"})
_LETTER_LEAD_INS = _PLAIN_LEAD_INS | {"of", "to"}  # "a bit of R", "moved hot loops to C"
_LEAD_INS = _PLAIN_LEAD_INS | frozenset(
    "via on advanced proficient expert experienced fluent skilled familiar".split()
)

# Words after a lowercase name that only technology uses ("spark jobs", "hive queries"),
# unlike "code" or "web": enough on their own for a lowercase mention.
_LOWERCASE_CUES = frozenset(
    "jobs job streaming sql queries cluster clusters dataframes dataframe rdd rdds executors"
    " topics partitions".split()
)


@dataclass(frozen=True, slots=True)
class Rule:
    """The compiled context rule of one skill."""

    case_sensitive: bool
    tech_context: bool
    list_only: bool
    tech_nearby: bool = False
    needs_parent: bool = False


@cache
def rule_for(context: frozenset[str]) -> Rule:
    """The rule of a skill's context flags (shared: there are only a few sets)."""
    return Rule(
        case_sensitive=CASE_SENSITIVE in context,
        tech_context=TECH_CONTEXT in context,
        list_only=LIST_ONLY in context,
        tech_nearby=TECH_NEARBY in context,
        needs_parent=NEEDS_PARENT in context,
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
        """Another accepted skill within ``NEARBY_CHARS`` of this span, in its sentence.

        The window stops at a line break or a sentence's end: "Built APIs in Java." says
        nothing about "Express your ideas clearly." on the next line.
        """
        low, high = sentence_window(self.text, start, end)
        return self.anchor_within(low, high, start)

    def separated_neighbours(self, start: int, end: int) -> tuple[int, int]:
        """Where the words before and after a span begin and end, across list separators.

        A skill ending at the first offset or starting at the second is enumerated with
        the span ("C, C++ and Python").
        """
        skipped = _SEPARATORS_BEFORE.match(self.reversed_text(), len(self.text) - start)
        left = start - (skipped.end() - skipped.start()) if skipped else start
        following = _SEPARATORS_AFTER.match(self.text, end)
        return left, following.end() if following else end

    def enumerated(self, start: int, end: int, left: int, right: int) -> bool:
        """An accepted skill ends at ``left`` or starts at ``right`` (other than this span)."""
        if left != end and left in self._anchor_ends:
            return True
        return right != start and self.has_anchor_at(right)

    def list_line(self, start: int, end: int) -> tuple[int, int] | None:
        """The bounds of the span's line when it is shaped like a list ("Tools: a, b, c")."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if line_end < 0:
            line_end = len(text)
        shaped = self._list_lines.get(line_start)
        if shaped is None:
            shaped = looks_like_list(text[line_start:line_end])
            self._list_lines[line_start] = shaped
        return (line_start, line_end) if shaped else None

    def anchor_within(self, low: int, high: int, other_than: int) -> bool:
        """An accepted skill starts in ``[low, high)``, other than the one at ``other_than``."""
        starts = self._anchor_starts
        index = bisect_left(starts, low)
        while index < len(starts) and starts[index] < high:
            if starts[index] != other_than:
                return True
            index += 1
        return False

    def reversed_text(self) -> str:
        """The text backwards, for matching what stands before a position."""
        if not self._reversed:
            self._reversed = self.text[::-1]
        return self._reversed

    def has_anchor_at(self, position: int) -> bool:
        starts = self._anchor_starts
        index = bisect_left(starts, position)
        return index < len(starts) and starts[index] == position


def sentence_window(text: str, start: int, end: int) -> tuple[int, int]:
    """Up to ``NEARBY_CHARS`` on either side of a span, cut at its sentence's bounds."""
    low = max(start - NEARBY_CHARS, 0)
    high = end + NEARBY_CHARS + 1
    for boundary in _SENTENCE_END.finditer(text, low, start):
        low = boundary.end()
    following = _SENTENCE_END.search(text, end, high)
    return low, following.start() if following else high


def looks_like_list(line: str) -> bool:
    """A line of short items separated by commas, pipes or bullets, optionally labelled."""
    if sum(line.count(mark) for mark in _LIST_MARKS) < 2:  # fewer than three items
        return False
    colon = line.find(":", 0, 41)
    labelled = colon > 0 and _LIST_LABEL.fullmatch(line, 0, colon) is not None
    body = line[colon + 1 :] if labelled else line
    items = [item for item in _LIST_SPLIT.split(body.strip()) if item]
    if len(items) < 3:
        return False
    return all(len(item.split()) <= 5 for item in items)


@dataclass(frozen=True, slots=True)
class Pending:
    """A mention the words around it could not decide: it waits for a neighbour.

    It is accepted when enumerated with an accepted skill (one ends at ``left`` or
    starts at ``right``) or when its line is shaped like a list and holds one; with
    ``nearby_is_enough``, any accepted skill nearby will do. ``plausible`` mentions may
    vouch for each other when nothing else decides them.
    """

    nearby_is_enough: bool
    plausible: bool
    left: int
    right: int


def prejudge(
    rule: Rule,
    casings: frozenset[str],
    candidate: Candidate,
    near: Neighbourhood,
    *,
    list_context: bool,
) -> bool | Pending:
    """Decide what the words around a mention decide (see module doc); the rest waits.

    What the text fixes is decided once; what depends on the accepted skills, which
    grow as ambiguous names are accepted, is tried now and again later by ``settle``.
    """
    start, end, form, _ = candidate  # unpacked: a named tuple's fields are slow attributes
    text = near.text
    matched = text[start:end]
    # An all-capitals spelling ("GO" in "Experience with GO, Docker") is no casing of the
    # name, but may stand in a list of skills: it then needs one enumerated beside it.
    shouted = False
    if rule.case_sensitive and matched not in casings and not distinctive(form):
        if len(matched) < 2 or not matched.isupper():
            return False
        shouted = True
    after = word_after(text, end)
    if in_proper_name(text, start, end, after):
        return False
    if list_context:
        return True
    before = word_before(near, start).lower()
    friend = FALSE_FRIENDS.get(form)
    if friend is not None and is_false_friend(friend, end, before, after, near):
        return False
    if distinctive(form) and not (rule.tech_nearby and " " not in form):  # "X-ray" needs tech
        return True
    lowercase = matched.islower()
    if shouted:
        left, right = near.separated_neighbours(start, end)
        pending = Pending(False, False, left, right)
        return settle(pending, candidate, near) or pending
    if rule.list_only:
        nearby_is_enough = before in _LETTER_LEAD_INS
    elif rule.tech_nearby and not rule.tech_context:
        nearby_is_enough = True
    elif not rule.tech_context:
        return True
    else:
        cue = after.lower() in TECH_CUES or bool(_VERSION.match(after)) or before in TECH_CUES
        lead_in = before in _LEAD_INS or (before == "of" and _knowledge_of(text, start))
        if not lowercase and (cue or lead_in or alone_in_item(text, start, end)):
            return True
        if lowercase and after.lower() in _LOWERCASE_CUES:
            return True
        if not lowercase and opens_prose(text, start, end, after):
            return False
        nearby_is_enough = not lowercase or cue or lead_in
    left, right = near.separated_neighbours(start, end)
    # Generic words ("CI", "monitoring") never vouch for each other: only real skills do.
    plausible = (rule.case_sensitive or not lowercase) and not rule.tech_nearby
    pending = Pending(nearby_is_enough, plausible, left, right)
    return settle(pending, candidate, near) or pending


def settle(pending: Pending, candidate: Candidate, near: Neighbourhood) -> bool:
    """Whether the skills accepted so far vouch for a waiting mention."""
    start, end, _, _ = candidate
    if near.enumerated(start, end, pending.left, pending.right):
        return True
    line = near.list_line(start, end)
    if line is not None and near.anchor_within(line[0], line[1], start):
        return True
    return pending.nearby_is_enough and near.skill_nearby(start, end)


@cache
def distinctive(form: str) -> bool:
    """A spelling that is no English word: several tokens ("ANSI C"), digits or symbols
    ("C99", "Express.js"), or a name glued to a tech suffix ("Golang", "SaltStack")."""
    if len(form) <= 2:  # "H2" is also the second half of a year
        return False
    if not form.isalpha():
        return True
    return form.endswith(_TECH_SUFFIXES) and form not in FALSE_FRIENDS


def _knowledge_of(text: str, start: int) -> bool:
    """'Knowledge of Rust', '3 years of Go': what the posting or resume asks of a skill."""
    return _KNOWLEDGE_OF.search(text, max(start - 40, 0), start) is not None


def alone_in_item(text: str, start: int, end: int) -> bool:
    """A capitalised name that is a list item by itself ("- Go", "☞ Go (a little)", "* Rust:
    services and tooling", "Go for writing operators"): a list of one name per line.
    Readers of Markdown, HTML and DOCX lists keep an item's text without its mark."""
    opening = _ITEM_OPENING.search(text, max(start - 12, 0), start)
    if opening is None:
        return False
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]
    if not rest.strip():  # the name alone needs its mark: a lone "Chef" may be a job title
        return opening.group(1) is not None
    return _ITEM_REST.match(rest) is not None


def opens_prose(text: str, start: int, end: int, after: str) -> bool:
    """A name that opens a sentence as a verb with its object ("Express your ideas", "Make
    our backend resilient"): its capital comes from the sentence, not from the name.

    Only a determiner or pronoun after it tells the verb: "Salt was used by the previous
    team" opens with the tool, and "Chef automation" with its noun.
    """
    if text[end : end + 1] != " " or after not in OBJECT_WORDS:
        return False
    opening = _SENTENCE_OPENING.search(text, max(start - 40, 0), start)
    return opening is not None and opening.end() == start


def word_before(near: Neighbourhood, start: int) -> str:
    """The word just before ``start`` (across spaces and hyphens), read on the reversed text
    so that the cost does not grow with the distance to the line's start."""
    reversed_text = near.reversed_text()
    match = _WORD_BEFORE_REVERSED.match(reversed_text, len(reversed_text) - start)
    return match.group(1)[::-1] if match else ""
