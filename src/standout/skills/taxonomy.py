"""The backend skills taxonomy: canonical skills, their spellings and what they imply.

The table itself is data (``standout/data/taxonomy.json``, built by
``scripts/build_taxonomy.py``); this module only gives it types. Nothing is read at import
time: ``load_taxonomy()`` parses the file on first use and caches the result, and the
transitive ``implied`` closures are computed per skill on demand.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Any, cast

from standout.data import load_json
from standout.errors import DataFileError
from standout.model._build import constructor

CONTEXT_RULES = frozenset(
    {"case_sensitive", "tech_context", "list_only", "tech_nearby", "needs_parent"}
)
"""Rules an ambiguous skill name can carry; the extractor gives them their meaning.

- ``case_sensitive``: match only the exact casings of the name and aliases ("Go", not "go").
- ``tech_context``: accept a prose mention only near other technology; always in a skills list.
- ``list_only``: accept only inside a skills list or an enumeration of technologies.
- ``tech_nearby``: accept a prose mention only with another skill nearby (generic words
  such as "monitoring", "migrations", "CI").
- ``needs_parent``: accept a non-distinctive spelling only when the text also shows a
  skill this one implies ("Serde" needs Rust, "Vapor" needs Swift).
"""


@dataclass(frozen=True, slots=True)
class Skill:
    """One canonical skill of the taxonomy."""

    id: str
    name: str
    category: str
    area: str
    aliases: tuple[str, ...]
    implies: tuple[str, ...]
    context: frozenset[str]

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """The name followed by every alias, as written in the data."""
        return (self.name, *self.aliases)


@dataclass(slots=True)
class Taxonomy:
    """Every skill by id, with category labels and declared ambiguous aliases."""

    version: int
    skills: Mapping[str, Skill]
    categories: Mapping[str, str]
    ambiguous_aliases: Mapping[str, tuple[str, ...]]
    _closures: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _surface_forms: dict[str, tuple[str, ...]] | None = field(default=None, repr=False)

    def __repr__(self) -> str:
        return f"Taxonomy(version={self.version}, skills={len(self.skills)})"

    def get(self, skill_id: str) -> Skill:
        """The skill with this id; ``KeyError`` when the taxonomy has none."""
        return self.skills[skill_id]

    def surface_forms(self) -> dict[str, tuple[str, ...]]:
        """Every lowercased name and alias mapped to the ids of the skills that claim it."""
        if self._surface_forms is None:
            forms: dict[str, tuple[str, ...]] = {}
            for skill in self.skills.values():
                skill_id = skill.id
                for form in (skill.name, *skill.aliases):
                    lowered = form.lower()
                    owners = forms.get(lowered)
                    if owners is None:
                        forms[lowered] = (skill_id,)
                    elif skill_id not in owners:  # rare: most forms have one owner
                        forms[lowered] = (*owners, skill_id)
            # A declared ambiguous alias lists its most likely meaning first: the
            # extractor's tie-break.
            for form, declared in self.ambiguous_aliases.items():
                if declared and form in forms:
                    forms[form] = declared
            self._surface_forms = forms
        return dict(self._surface_forms)

    def implied(self, skill_id: str) -> frozenset[str]:
        """Every skill evidence for ``skill_id`` also shows (transitively), not itself."""
        closure = self._closures.get(skill_id)
        if closure is None:
            closure = self._close(skill_id)
            self._closures[skill_id] = closure
        return closure

    def _close(self, skill_id: str) -> frozenset[str]:
        seen: set[str] = set()
        pending = list(self.get(skill_id).implies)
        while pending:
            current = pending.pop()
            if current in seen or current == skill_id:
                continue
            seen.add(current)
            pending.extend(self.skills[current].implies)
        return frozenset(seen)


_make_skill = cast(
    Callable[[str, str, str, str, tuple[str, ...], tuple[str, ...], frozenset[str]], Skill],
    constructor(Skill),
)


def _skill_from_record(
    record: Mapping[str, Any], contexts: dict[tuple[str, ...], frozenset[str]]
) -> Skill:
    # Positional arguments and plain indexing: this runs once per skill on every load.
    context_key = tuple(record["context"])
    context = contexts.get(context_key)
    if context is None:  # few distinct rule sets: share one frozenset per set
        context = contexts[context_key] = frozenset(context_key)
    return _make_skill(
        record["id"],
        record["name"],
        record["category"],
        record["area"],
        tuple(record["aliases"]),
        tuple(record["implies"]),
        context,
    )


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector while building tables of tens of thousands of small
    objects, none of them cyclic: it would walk them over and over for nothing."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


@cache
def load_taxonomy() -> Taxonomy:
    """The taxonomy shipped with the package, parsed once per process."""
    with collector_paused():  # saves a third of the load time
        return _build(load_json("taxonomy.json"))


def _build(raw: Any) -> Taxonomy:
    try:
        contexts: dict[tuple[str, ...], frozenset[str]] = {}
        skills = {record["id"]: _skill_from_record(record, contexts) for record in raw["skills"]}
        ambiguous = {alias: tuple(ids) for alias, ids in raw.get("ambiguous_aliases", {}).items()}
        return Taxonomy(
            version=int(raw["version"]),
            skills=MappingProxyType(skills),
            categories=MappingProxyType(dict(raw["categories"])),
            ambiguous_aliases=MappingProxyType(ambiguous),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DataFileError(
            f"The data file 'taxonomy.json' shipped with standout is malformed ({exc!r}).",
            hint="Reinstall the package; if it persists, report it as a bug.",
        ) from exc
