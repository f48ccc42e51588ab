"""The positioning framework, loaded once from ``data/framework.json`` and compiled.

Each area of the backend candidate guide has criteria; each criterion names the signals
that satisfy it (skills by category or id, phrases, sections, links, bullets with
outcomes), how much evidence earns full credit (``need``) and its weight per target role.
All phrases of all criteria are compiled into one Aho-Corasick matcher, so a resume is
scanned once for every criterion.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

from standout.assess._phrases import PhraseMatcher
from standout.data import load_json
from standout.errors import DataFileError
from standout.model.report import ImpactKind, Severity, TargetRole
from standout.model.resume import LinkKind, SectionKind
from standout.model.skills import Area

RoleNumbers = Mapping[TargetRole, float]
PhraseTag = tuple[str, str]  # (criterion key, phrase group)
TARGETS = frozenset(
    {"listed_skill", "recent_role", "weak_bullet", "skills_section", "projects", "header"}
)


@dataclass(frozen=True, slots=True)
class Criterion:
    area: Area
    id: str
    key: str  # "<area>.<id>", unique across the framework
    description: str
    weights: RoleNumbers
    needs: RoleNumbers
    count_by_group: bool  # distinct phrase groups count, not distinct lines
    listed_credit: float
    # In the framework's order, never a set's: which of two tied skills the advice names
    # must not depend on the interpreter's hash seed.
    skill_categories: tuple[str, ...]
    skill_ids: tuple[str, ...]
    skill_prefixes: tuple[str, ...]  # "aws-": every AWS service, whatever its category
    skill_exclude: frozenset[str]  # skills of those categories that don't count (SQL, YAML)
    years: RoleNumbers | None
    has_phrases: bool
    sections: tuple[SectionKind, ...]
    links: tuple[LinkKind, ...]
    bullet_outcome: bool
    bullet_impacts: frozenset[ImpactKind]
    bullet_share: RoleNumbers | None
    require_outcome: bool
    target: str
    advice: str
    advice_partial: str


@dataclass(frozen=True, slots=True)
class AreaDefinition:
    area: Area
    title: str
    description: str
    criteria: tuple[Criterion, ...]


@dataclass(frozen=True, slots=True)
class Framework:
    version: str
    areas: tuple[AreaDefinition, ...]
    area_weights: Mapping[TargetRole, Mapping[Area, float]]
    listed_credit: float
    claimed_credit: float
    penalties: Mapping[Severity, float]
    max_penalty: float
    phrases: PhraseMatcher[PhraseTag]
    language_features: Mapping[str, str]
    top_languages: Mapping[str, Any]
    document: Mapping[str, Any]

    def area(self, area: Area) -> AreaDefinition:
        for definition in self.areas:
            if definition.area is area:
                return definition
        raise KeyError(area)


def _bad(detail: str) -> DataFileError:
    return DataFileError(
        f"The framework data shipped with standout is inconsistent: {detail}.",
        hint="Reinstall the package; if it persists, report it as a bug.",
    )


def _per_role(value: Any, what: str) -> RoleNumbers:
    """A number for every target role, from one number or a {role: number} object."""
    if isinstance(value, int | float):
        return MappingProxyType({role: float(value) for role in TargetRole})
    if isinstance(value, dict) and set(value) == {role.value for role in TargetRole}:
        return MappingProxyType({TargetRole(k): float(v) for k, v in value.items()})
    raise _bad(f"{what} must be a number or name every target role")


def _criterion(
    area: Area, raw: dict[str, Any], listed_credit: float, not_main: frozenset[str]
) -> Criterion:
    key = f"{area.value}.{raw['id']}"
    signals: dict[str, Any] = raw["signals"]
    target = raw.get("target", "recent_role")
    if target not in TARGETS:
        raise _bad(f"criterion {key} has an unknown target '{target}'")
    try:
        sections = tuple(SectionKind(s) for s in signals.get("sections", ()))
        links = tuple(LinkKind(k) for k in signals.get("links", ()))
        impacts = frozenset(ImpactKind(k) for k in signals.get("bullet_impacts", ()))
    except ValueError as exc:
        raise _bad(f"criterion {key}: {exc}") from exc
    return Criterion(
        area=area,
        id=raw["id"],
        key=key,
        description=raw["description"],
        weights=_per_role(raw.get("weight", 1), f"{key} weight"),
        needs=_per_role(raw.get("need", 1), f"{key} need"),
        count_by_group=raw.get("count_by") == "group",
        listed_credit=float(raw.get("listed_credit", listed_credit)),
        skill_categories=tuple(dict.fromkeys(signals.get("skill_categories", ()))),
        skill_ids=tuple(dict.fromkeys(signals.get("skill_ids", ()))),
        skill_prefixes=tuple(signals.get("skill_id_prefixes", ())),
        skill_exclude=not_main if signals.get("main_languages_only") else frozenset(),
        years=_per_role(signals["years"], f"{key} years") if "years" in signals else None,
        has_phrases=bool(signals.get("phrases")),
        sections=sections,
        links=links,
        bullet_outcome=bool(signals.get("bullet_outcome")),
        bullet_impacts=impacts,
        bullet_share=(
            _per_role(signals["bullet_share"], f"{key} bullet_share")
            if "bullet_share" in signals
            else None
        ),
        require_outcome=bool(signals.get("require_outcome")),
        target=target,
        advice=raw["advice"],
        advice_partial=raw.get("advice_partial", ""),
    )


def _phrase_entries(area: Area, raw: dict[str, Any]) -> list[tuple[str, PhraseTag]]:
    key = f"{area.value}.{raw['id']}"
    phrases = raw["signals"].get("phrases", ())
    groups: dict[str, list[str]] = phrases if isinstance(phrases, dict) else {"": list(phrases)}
    return [(phrase, (key, group)) for group, words in groups.items() for phrase in words]


@cache
def load_framework() -> Framework:
    """The compiled framework; loaded on first use and kept for the process."""
    data = load_json("framework.json")
    scoring = data["scoring"]
    listed_credit = float(scoring["listed_credit"])
    not_main = frozenset(data["top_languages"]["exclude"])
    areas: list[AreaDefinition] = []
    entries: list[tuple[str, PhraseTag]] = []
    for raw_area in data["areas"]:
        try:
            area = Area(raw_area["id"])
        except ValueError as exc:
            raise _bad(str(exc)) from exc
        criteria = tuple(_criterion(area, c, listed_credit, not_main) for c in raw_area["criteria"])
        for raw in raw_area["criteria"]:
            entries += _phrase_entries(area, raw)
        for role in TargetRole:
            if sum(c.weights[role] for c in criteria) <= 0:
                raise _bad(f"area {area.value} has no criterion that counts for {role.value}")
        areas.append(AreaDefinition(area, raw_area["title"], raw_area["description"], criteria))
    if [a.area for a in areas] != list(Area):
        raise _bad("the areas must be exactly the Area values, in their order")
    keys = [c.key for a in areas for c in a.criteria]
    if len(keys) != len(set(keys)):
        raise _bad("two criteria share an id within one area")
    weights = data["role_area_weights"]
    area_weights = MappingProxyType(
        {
            role: MappingProxyType({a: float(weights[role.value][a.value]) for a in Area})
            for role in TargetRole
        }
    )
    return Framework(
        version=str(data["version"]),
        areas=tuple(areas),
        area_weights=area_weights,
        listed_credit=listed_credit,
        claimed_credit=float(scoring["claimed_credit"]),
        penalties=MappingProxyType(
            {Severity(k): float(v) for k, v in scoring["penalties"].items()}
        ),
        max_penalty=float(scoring["max_penalty"]),
        phrases=PhraseMatcher(entries),
        language_features=MappingProxyType(dict(data["language_features"])),
        top_languages=MappingProxyType(dict(data["top_languages"])),
        document=MappingProxyType(dict(data["document"])),
    )
