"""Text in, skill mentions out: the matcher's candidates judged by the context rules.

Works on any text (a resume's ``Document.text``, a job posting, one bullet). Offsets in
the returned mentions index the given text. The default extractor is built from the
shipped taxonomy on first use and cached for the life of the process.

Names that are no English word ("Kubernetes", "PostgreSQL") are accepted as found and
become anchors; the ambiguous ones ("Go", "Chef", "C") are then judged against them by
the rules of ``standout.skills.context``, over a few rounds, since an accepted ambiguous
name can vouch for another ("Go and Rust").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import TypeVar

from standout.model.skills import Mention
from standout.skills._records import make_mention
from standout.skills.context import (
    Neighbourhood,
    Pending,
    Rule,
    distinctive,
    prejudge,
    rule_for,
    settle,
)
from standout.skills.false_friends import FALSE_FRIENDS
from standout.skills.matcher import Candidate, SurfaceMatcher
from standout.skills.taxonomy import Taxonomy, collector_paused, load_taxonomy

# A whitespace-delimited token that is a web or e-mail address: a scheme, "www.",
# "name@domain.tld", or a lowercase domain with a common top-level domain followed by a
# path ("github.com/jane"; not "Node.js/TypeScript" nor "ASP.NET/C#").
_LINK_TOKEN = re.compile(
    r"[(<\[]?(?:(?i:https?://|www\.)|[\w.+-]+@[\w-]+\.\w"
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|me|co|app|ai|edu|gov|info|biz"
    r"|tech|xyz|page|site|cloud|sh|us|uk|de|in|ca|eu)/)"
)
_SPACE = re.compile(r"\s")
_MAX_ROUNDS = 4
_FAR = 1 << 62  # sorts after any end offset
_NO_CASINGS: frozenset[str] = frozenset()
_NO_RULES = rule_for(frozenset())
_Value = TypeVar("_Value")

Readings = tuple[str, ...] | None  # the skills a candidate may mean; None while undecided


class _Table(dict[str, _Value]):
    """A table filled in on first look-up of each key: as cheap as a dict's subscript
    once filled, and never computing the entries nobody asks for."""

    __slots__ = ("_make",)

    def __init__(self, make: Callable[[str], _Value]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: str) -> _Value:
        value = self[key] = self._make(key)
        return value


class Extractor:
    """Extracts mentions of one taxonomy's skills; build once, call many times."""

    __slots__ = (
        "_casings",
        "_implied",
        "_info",
        "_matcher",
        "_needs_parent",
        "_rules",
        "_strict_forms",
        "shown_by",
        "taxonomy",
    )

    def __init__(self, taxonomy: Taxonomy) -> None:
        with collector_paused():  # the automaton alone holds tens of thousands of words
            self._build_tables(taxonomy)

    def _build_tables(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        forms = taxonomy.surface_forms()
        self._matcher = SurfaceMatcher(forms)
        # Only skills with context rules are ever judged or need casings: a few hundred of
        # the taxonomy's skills. The others' tables fill in as their mentions turn up.
        self._rules: dict[str, Rule] = {}
        casings: dict[tuple[str, str], set[str]] = {}
        maybe_strict = set(FALSE_FRIENDS).union(taxonomy.ambiguous_aliases)
        for skill in taxonomy.skills.values():
            if not skill.context:
                continue
            rule = self._rules[skill.id] = rule_for(skill.context)
            for written in skill.surface_forms:
                maybe_strict.add(written.lower())
                if rule.case_sensitive:
                    casings.setdefault((skill.id, written.lower()), set()).add(written)
        self._casings = {key: frozenset(value) for key, value in casings.items()}
        # A library's bare name counts only beside a skill it implies ("Serde" needs Rust).
        self._needs_parent = frozenset(
            skill_id for skill_id, rule in self._rules.items() if rule.needs_parent
        )
        # A form is judged when it is a false friend or any skill it may mean has rules.
        strict_ids = self._rules.keys()
        self._strict_forms = frozenset(
            form
            for form in maybe_strict
            if form in forms and (form in FALSE_FRIENDS or not strict_ids.isdisjoint(forms[form]))
        )
        self._info: Mapping[str, tuple[str, str, str]] = _Table(self._skill_info)
        self._implied: dict[str, tuple[str, ...]] = {}
        # Each skill id followed by the skills its mention also shows, sorted.
        self.shown_by: Mapping[str, tuple[str, ...]] = _Table(self._shown_by)

    def _skill_info(self, skill_id: str) -> tuple[str, str, str]:
        skill = self.taxonomy.skills[skill_id]
        return skill.id, skill.name, skill.category

    def _shown_by(self, skill_id: str) -> tuple[str, ...]:
        return (skill_id, *self.implied(skill_id))

    def implied(self, skill_id: str) -> tuple[str, ...]:
        """The skills a mention of ``skill_id`` also shows, sorted (cached)."""
        implied = self._implied.get(skill_id)
        if implied is None:
            implied = tuple(sorted(self.taxonomy.implied(skill_id)))
            self._implied[skill_id] = implied
        return implied

    def mentions(
        self,
        text: str,
        *,
        list_context: bool = False,
        list_spans: Sequence[tuple[int, int]] = (),
    ) -> list[Mention]:
        """Every skill mention in ``text``, in text order.

        ``list_context`` says the whole text is a skills list; ``list_spans`` (sorted,
        non-overlapping ``(start, end)`` offsets) say which parts of it are.
        """
        candidates = self._matcher.find(text)
        if not candidates:
            return []
        if "/" in text or "@" in text:
            candidates = _outside_links(text, candidates)
        # Candidates are unpacked, never read by field name: a named tuple's fields are
        # slow attributes, and this runs for every candidate of every text.
        strict = self._strict_forms
        readings: list[Readings] = []
        anchors: list[tuple[int, int]] = []
        for start, end, form, skill_ids in candidates:
            if form in strict:
                readings.append(None)
            else:
                readings.append(skill_ids)
                anchors.append((start, end))
        if len(anchors) < len(readings):
            near = Neighbourhood(text)
            near.add_anchors(anchors)
            self._judge(candidates, readings, list_context, list_spans, near)
        return self._build(text, candidates, readings)

    def _judge(
        self,
        candidates: list[Candidate],
        readings: list[Readings],
        list_context: bool,
        list_spans: Sequence[tuple[int, int]],
        near: Neighbourhood,
    ) -> None:
        """Decide the ambiguous candidates: first by their words, then by their neighbours."""
        waiting: dict[int, list[tuple[str, Pending]]] = {}
        rules, casings = self._rules, self._casings
        for index, readings_now in enumerate(readings):
            if readings_now is not None:
                continue
            candidate = candidates[index]
            start, end, form, skill_ids = candidate
            in_list = list_context or _inside(start, list_spans)
            accepted: list[str] = []
            pending: list[tuple[str, Pending]] = []
            for skill_id in skill_ids:
                verdict = prejudge(
                    rules.get(skill_id, _NO_RULES),
                    casings.get((skill_id, form), _NO_CASINGS),
                    candidate,
                    near,
                    list_context=in_list,
                )
                if verdict is True:
                    accepted.append(skill_id)
                elif verdict is not False:
                    pending.append((skill_id, verdict))
            if accepted:
                readings[index] = tuple(accepted)
                near.add_anchor(start, end)
            elif pending:
                waiting[index] = pending
        for _ in range(_MAX_ROUNDS):
            if not waiting or not self._settle_round(candidates, readings, waiting, near):
                break
        if len(waiting) > 1:
            self._vouch(candidates, readings, waiting, near)

    def _settle_round(
        self,
        candidates: list[Candidate],
        readings: list[Readings],
        waiting: dict[int, list[tuple[str, Pending]]],
        near: Neighbourhood,
    ) -> bool:
        """One pass over the waiting candidates; whether any was accepted."""
        settled = False
        for index, pending in list(waiting.items()):
            candidate = candidates[index]
            ids = tuple(skill_id for skill_id, p in pending if settle(p, candidate, near))
            if ids:
                readings[index] = ids
                near.add_anchor(candidate[0], candidate[1])
                del waiting[index]
                settled = True
        return settled

    def _vouch(
        self,
        candidates: list[Candidate],
        readings: list[Readings],
        waiting: dict[int, list[tuple[str, Pending]]],
        near: Neighbourhood,
    ) -> None:
        """Let the plausible leftovers vouch for each other ("Go and Rust").

        Neither name is accepted alone, but each is enumerated with the other: counted
        as skills, they settle each other.
        """
        plausible = {
            index: [(skill_id, p) for skill_id, p in pending if p.plausible]
            for index, pending in waiting.items()
        }
        plausible = {index: pending for index, pending in plausible.items() if pending}
        if len(plausible) < 2:
            return
        near.add_anchors([candidates[i][:2] for i in plausible])
        for index, pending in plausible.items():
            candidate = candidates[index]
            ids = tuple(skill_id for skill_id, p in pending if settle(p, candidate, near))
            if ids:
                readings[index] = ids

    def _build(
        self, text: str, candidates: list[Candidate], readings: list[Readings]
    ) -> list[Mention]:
        info = self._info
        needs_parent = self._needs_parent
        parents_needed = False
        present: set[str] | None = None
        mentions: list[Mention] = []
        for (start, end, _, _), ids in zip(candidates, readings, strict=True):
            if not ids:
                continue
            if len(ids) == 1:
                skill_id, name, category = info[ids[0]]
            else:
                if present is None:
                    present = {r[0] for r in readings if r and len(r) == 1}
                skill_id, name, category = info[self._disambiguate(ids, present)]
            if skill_id in needs_parent:
                parents_needed = True
            mentions.append(make_mention(skill_id, name, category, text[start:end], start, end))
        return self._with_parents(mentions) if parents_needed else mentions

    def _with_parents(self, mentions: list[Mention]) -> list[Mention]:
        """Drop the bare names of ``needs_parent`` skills whose implied skills the text
        does not show: "regex Serde" in a Hive job is Hive's SerDe, not Rust's Serde."""
        shown: set[str] = set()
        for mention in mentions:
            if mention.skill_id not in self._needs_parent:
                shown.add(mention.skill_id)
                shown.update(self.implied(mention.skill_id))
        return [
            m
            for m in mentions
            if m.skill_id not in self._needs_parent
            or distinctive(m.text.lower())
            or not shown.isdisjoint(self.taxonomy.get(m.skill_id).implies)
        ]

    def _disambiguate(self, skill_ids: tuple[str, ...], present: set[str]) -> str:
        """The reading of an alias shared by several skills that fits the other mentions.

        A reading scores one point for every other skill in the text it implies or that
        implies it, that shares its category, or that directly implies what it does
        (Lambda and API Gateway both imply AWS); ties go to the first reading declared.
        """
        taxonomy = self.taxonomy
        best, best_score = skill_ids[0], -1
        for skill_id in skill_ids:
            implied = taxonomy.implied(skill_id)
            category = taxonomy.skills[skill_id].category
            direct = frozenset(taxonomy.skills[skill_id].implies)
            score = sum(
                1
                for other in present
                if other in implied
                or skill_id in taxonomy.implied(other)
                or taxonomy.skills[other].category == category
                or not direct.isdisjoint(taxonomy.skills[other].implies)
            )
            if score > best_score:
                best, best_score = skill_id, score
        return best


def link_spans(text: str) -> list[tuple[int, int]]:
    """Where web and e-mail addresses stand: their tokens are not skill mentions."""
    spans: list[tuple[int, int]] = []
    for mark in "/@":
        index = text.find(mark)
        while index >= 0:
            start = max(text.rfind(" ", 0, index), text.rfind("\n", 0, index)) + 1
            space = _SPACE.search(text, index)
            end = space.start() if space else len(text)
            if _LINK_TOKEN.match(text, start, end):
                spans.append((start, end))
            index = text.find(mark, end)
    return sorted(set(spans))


def _outside_links(text: str, candidates: list[Candidate]) -> list[Candidate]:
    links = link_spans(text)
    if not links:
        return candidates
    kept = list(candidates)
    for start, end in reversed(links):
        first = bisect_left(kept, (start,))
        last = bisect_left(kept, (end,), first)
        del kept[first:last]
    return kept


def _inside(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    if not spans:
        return False
    index = bisect_right(spans, (position, _FAR)) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


@cache
def default_extractor() -> Extractor:
    """The extractor over the shipped taxonomy, built on first use."""
    return Extractor(load_taxonomy())


def extract_mentions(text: str, *, list_context: bool = False) -> list[Mention]:
    """Every taxonomy skill mentioned in ``text``, with character offsets into it.

    Set ``list_context`` when the whole text is a skills list (a skills section or one
    of its entries): ambiguous names such as "Go", "C" or "Chef" are then taken at their
    word. Works on resumes, job postings or any other text.
    """
    return default_extractor().mentions(text, list_context=list_context)
