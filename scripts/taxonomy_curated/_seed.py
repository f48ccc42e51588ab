"""The record type of the curated seed lists and the helpers that keep them short.

Each curated module defines ``SKILLS: list[Seed]``. Aliases, implies and context are
written as ``|``-separated strings so one skill fits on one line.
"""

from __future__ import annotations

from dataclasses import dataclass

# The guide area a category belongs to unless a seed says otherwise.
DEFAULT_AREA = {
    "language": "languages_frameworks",
    "web_framework": "languages_frameworks",
    "library": "languages_frameworks",
    "frontend": "languages_frameworks",
    "mobile": "languages_frameworks",
    "database_relational": "databases_caching",
    "database_nosql": "databases_caching",
    "database_inmemory": "databases_caching",
    "search": "databases_caching",
    "data_processing": "databases_caching",
    "api": "api_design",
    "cloud_provider": "cloud",
    "cloud_service": "cloud",
    "iac": "cloud",
    "container": "devops_sre",
    "orchestration": "devops_sre",
    "ci_cd": "devops_sre",
    "config_mgmt": "devops_sre",
    "observability": "devops_sre",
    "messaging": "technical_expertise",
    "security": "security",
    "testing": "code_quality",
    "practice": "technical_expertise",
    "architecture": "technical_expertise",
    "version_control": "technical_expertise",
    "os": "technical_expertise",
    "build_tool": "technical_expertise",
    "tool": "technical_expertise",
    "ml": "technical_expertise",
}


@dataclass(frozen=True, slots=True)
class Seed:
    id: str
    name: str
    category: str
    aliases: tuple[str, ...]
    implies: tuple[str, ...]
    context: tuple[str, ...]
    area: str
    # Stack Overflow tag names of this skill when they differ from the id (for counts
    # and synonyms); the id itself is always tried.
    so_tags: tuple[str, ...]


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


def seed(
    skill_id: str,
    name: str,
    category: str,
    aliases: str = "",
    implies: str = "",
    context: str = "",
    area: str = "",
    so: str = "",
) -> Seed:
    """One curated skill; ``area`` defaults to the category's area."""
    return Seed(
        id=skill_id,
        name=name,
        category=category,
        aliases=_split(aliases),
        implies=_split(implies),
        context=_split(context),
        area=area or DEFAULT_AREA[category],
        so_tags=_split(so),
    )


def provider_service(
    provider: str,
    prefixes: tuple[str, ...],
    slug: str,
    name: str,
    aliases: str = "",
    implies: str = "",
    context: str = "",
    category: str = "cloud_service",
    area: str = "",
    so: str = "",
) -> Seed:
    """A cloud provider's service: id ``<provider>-<slug>``, implies the provider.

    Resumes write services with and without the vendor prefix, so two alias markers
    expand: ``~SQS`` gives "SQS" and every prefixed form ("AWS SQS", "Amazon SQS");
    ``+Batch`` gives only the prefixed forms, for short names that are also words.
    """
    expanded: list[str] = []
    for alias in _split(aliases):
        marker, bare = alias[0], alias[1:].strip()
        if marker in "~+":
            if marker == "~":
                expanded.append(bare)
            expanded.extend(f"{prefix} {bare}" for prefix in prefixes)
        else:
            expanded.append(alias)
    return Seed(
        id=f"{provider}-{slug}",
        name=name,
        category=category,
        aliases=tuple(dict.fromkeys(a for a in expanded if a.lower() != name.lower())),
        implies=tuple(dict.fromkeys([provider, *_split(implies)])),
        context=_split(context),
        area=area or DEFAULT_AREA[category],
        so_tags=_split(so),
    )
