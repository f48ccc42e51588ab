"""Text in, skill mentions out: the matcher's candidates judged by the context rules.

Works on any text (a resume's ``Document.text``, a job posting, one bullet). Offsets in
the returned mentions index the given text. The default extractor is built from the
shipped taxonomy on first use and cached for the life of the process.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import cache

from standout.model.skills import Mention
from standout.skills.context import (
    FALSE_FRIENDS,
    Neighbourhood,
    Rule,
    accept,
    plausible,
    rule_for,
)
from standout.skills.matcher import Candidate, SurfaceMatcher
from standout.skills.taxonomy import Taxonomy, load_taxonomy

_MAX_ROUNDS = 4  # accepted ambiguous names can vouch for others ("Go and Rust")


class Extractor:
    """Extracts mentions of one taxonomy's skills; build once, call many times."""

    __slots__ = ("_casings", "_matcher", "_rules", "_strict_forms", "taxonomy")

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        forms = taxonomy.surface_forms()
        self._matcher = SurfaceMatcher(forms)
        self._rules: dict[str, Rule] = {
            skill.id: rule_for(skill.context) for skill in taxonomy.skills.values()
        }
        casings: dict[tuple[str, str], set[str]] = {}
        for skill in taxonomy.skills.values():
            for written in skill.surface_forms:
                casings.setdefault((skill.id, written.lower()), set()).add(written)
        self._casings = {key: frozenset(value) for key, value in casings.items()}
        self._strict_forms = frozenset(
            form
            for form, skill_ids in forms.items()
            if form in FALSE_FRIENDS or any(self._rules[i].strict for i in skill_ids)
        )

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
        near = Neighbourhood(text)
        chosen: dict[Candidate, tuple[str, ...]] = {}
        pending: list[Candidate] = []
        for candidate in candidates:
            if candidate.form in self._strict_forms:
                pending.append(candidate)
            else:
                chosen[candidate] = candidate.skill_ids
        near.add_anchors([(c.start, c.end) for c in chosen])
        if pending:
            list_starts = [start for start, _ in list_spans]
            self._judge(pending, chosen, near, list_context, list_spans, list_starts)
        return self._build(text, chosen)

    def _judge(
        self,
        pending: list[Candidate],
        chosen: dict[Candidate, tuple[str, ...]],
        near: Neighbourhood,
        list_context: bool,
        list_spans: Sequence[tuple[int, int]],
        list_starts: list[int],
    ) -> None:
        for _ in range(_MAX_ROUNDS):
            still: list[Candidate] = []
            for candidate in pending:
                in_list = list_context or _inside(candidate.start, list_spans, list_starts)
                ids = self._readings(candidate, near, list_context=in_list)
                if ids:
                    chosen[candidate] = ids
                    near.add_anchor(candidate.start, candidate.end)
                else:
                    still.append(candidate)
            if len(still) == len(pending):
                break
            pending = still
        self._vouch(pending, chosen, near)

    def _vouch(
        self,
        pending: list[Candidate],
        chosen: dict[Candidate, tuple[str, ...]],
        near: Neighbourhood,
    ) -> None:
        """Accept plausible ambiguous names that stand enumerated together ("Go and Rust")."""
        maybe: dict[Candidate, tuple[str, ...]] = {}
        for candidate in pending:
            ids = self._readings(candidate, near, list_context=False, vouching=True)
            if ids:
                maybe[candidate] = ids
        if len(maybe) < 2:
            return
        near.add_anchors([(c.start, c.end) for c in maybe])
        for candidate, ids in maybe.items():
            if near.enumerated(candidate.start, candidate.end):
                chosen[candidate] = ids

    def _readings(
        self,
        candidate: Candidate,
        near: Neighbourhood,
        *,
        list_context: bool,
        vouching: bool = False,
    ) -> tuple[str, ...]:
        """The skills this occurrence may mean once the context rules have had their say."""
        readings = []
        for skill_id in candidate.skill_ids:
            rule = self._rules[skill_id]
            casings = self._casings.get((skill_id, candidate.form), frozenset())
            if vouching:
                ok = plausible(rule, casings, candidate, near)
            else:
                ok = accept(rule, casings, candidate, near, list_context=list_context)
            if ok:
                readings.append(skill_id)
        return tuple(readings)

    def _build(self, text: str, chosen: dict[Candidate, tuple[str, ...]]) -> list[Mention]:
        skills = self.taxonomy.skills
        present = {ids[0] for ids in chosen.values() if len(ids) == 1}
        mentions: list[Mention] = []
        for candidate in sorted(chosen, key=lambda c: c.start):
            ids = chosen[candidate]
            skill_id = ids[0] if len(ids) == 1 else self._disambiguate(ids, present)
            skill = skills[skill_id]
            mentions.append(
                Mention(
                    skill_id=skill.id,
                    name=skill.name,
                    category=skill.category,
                    text=text[candidate.start : candidate.end],
                    start=candidate.start,
                    end=candidate.end,
                )
            )
        return mentions

    def _disambiguate(self, skill_ids: tuple[str, ...], present: set[str]) -> str:
        """The reading of an alias shared by several skills that fits the other mentions.

        A reading scores one point for every other skill in the text it implies or that
        implies it, or that shares its category; ties go to the taxonomy's first reading.
        """
        taxonomy = self.taxonomy
        best, best_score = skill_ids[0], -1
        for skill_id in skill_ids:
            implied = taxonomy.implied(skill_id)
            category = taxonomy.skills[skill_id].category
            score = sum(
                1
                for other in present
                if other in implied
                or skill_id in taxonomy.implied(other)
                or taxonomy.skills[other].category == category
            )
            if score > best_score:
                best, best_score = skill_id, score
        return best


def _inside(position: int, spans: Sequence[tuple[int, int]], starts: list[int]) -> bool:
    index = bisect_right(starts, position) - 1
    return index >= 0 and position < spans[index][1]


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
