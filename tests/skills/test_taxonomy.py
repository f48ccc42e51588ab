"""Integrity of the shipped skills taxonomy and behaviour of its loader (issue #3)."""

from __future__ import annotations

import re
from collections import defaultdict
from types import MappingProxyType

import pytest

import standout.skills.taxonomy as taxonomy_module
from standout.errors import DataFileError
from standout.model.skills import Area
from standout.skills.taxonomy import CONTEXT_RULES, Skill, Taxonomy, load_taxonomy

CATEGORY_IDS = {
    "language", "web_framework", "library", "frontend", "database_relational",
    "database_nosql", "database_inmemory", "search", "data_processing", "api",
    "cloud_provider", "cloud_service", "container", "orchestration", "ci_cd", "iac",
    "config_mgmt", "testing", "version_control", "observability", "messaging", "security",
    "practice", "architecture", "os", "build_tool", "tool", "ml", "mobile",
}  # fmt: skip


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


def test_has_at_least_a_thousand_skills(taxonomy: Taxonomy) -> None:
    assert len(taxonomy.skills) >= 1000


def test_ids_are_unique_stable_slugs(taxonomy: Taxonomy) -> None:
    for skill_id, skill in taxonomy.skills.items():
        assert skill.id == skill_id
        assert re.fullmatch(r"[a-z0-9][a-z0-9\-]*", skill_id), skill_id
    raw_ids = [record["id"] for record in taxonomy_module.load_json("taxonomy.json")["skills"]]
    assert len(raw_ids) == len(set(raw_ids))


def test_categories_are_exactly_the_agreed_ones(taxonomy: Taxonomy) -> None:
    assert set(taxonomy.categories) == CATEGORY_IDS
    assert all(label.strip() for label in taxonomy.categories.values())
    for skill in taxonomy.skills.values():
        assert skill.category in taxonomy.categories, skill.id


def test_every_category_is_used(taxonomy: Taxonomy) -> None:
    used = {skill.category for skill in taxonomy.skills.values()}
    assert used == CATEGORY_IDS


def test_every_area_is_a_guide_area(taxonomy: Taxonomy) -> None:
    areas = {area.value for area in Area}
    for skill in taxonomy.skills.values():
        assert skill.area in areas, skill.id


def test_every_implied_skill_exists_and_is_not_itself(taxonomy: Taxonomy) -> None:
    for skill in taxonomy.skills.values():
        for implied in skill.implies:
            assert implied in taxonomy.skills, f"{skill.id} implies unknown {implied}"
            assert implied != skill.id


def test_implications_have_no_cycles(taxonomy: Taxonomy) -> None:
    for skill in taxonomy.skills.values():
        for implied in skill.implies:
            assert skill.id not in taxonomy.implied(implied), skill.id


def test_context_rules_are_known(taxonomy: Taxonomy) -> None:
    for skill in taxonomy.skills.values():
        assert skill.context <= CONTEXT_RULES, skill.id


def test_no_empty_or_padded_names_and_aliases(taxonomy: Taxonomy) -> None:
    for skill in taxonomy.skills.values():
        for form in skill.surface_forms:
            assert form and form == form.strip(), skill.id
            assert "  " not in form, (skill.id, form)


def test_aliases_do_not_repeat_the_name_or_each_other(taxonomy: Taxonomy) -> None:
    for skill in taxonomy.skills.values():
        # Case variants are only worth listing where the casing decides the match.
        def key(form: str, s: Skill = skill) -> str:
            return form if "case_sensitive" in s.context else form.lower()

        keys = [key(form) for form in skill.surface_forms]
        assert len(keys) == len(set(keys)), skill.id


def test_shared_aliases_are_declared_ambiguous(taxonomy: Taxonomy) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for skill in taxonomy.skills.values():
        for form in skill.surface_forms:
            owners[form.lower()].add(skill.id)
    shared = {form: ids for form, ids in owners.items() if len(ids) > 1}
    for form, ids in shared.items():
        assert set(taxonomy.ambiguous_aliases.get(form, ())) == ids, form
    for form, ids in taxonomy.ambiguous_aliases.items():
        assert owners[form] == set(ids), form


CHECKLIST = {
    # the guide's technical expertise checklist, surface form -> skill id
    "Python": "python", "Java": "java", "C#": "csharp", "Ruby": "ruby", "PHP": "php",
    "JavaScript": "javascript", "Django": "django", "Rails": "rails", "Spring": "spring",
    "MySQL": "mysql", "PostgreSQL": "postgresql", "MongoDB": "mongodb", "Redis": "redis",
    "REST": "rest", "GraphQL": "graphql", "AWS": "aws", "Azure": "azure",
    "Google Cloud": "gcp", "Docker": "docker", "Kubernetes": "kubernetes",
    "Selenium": "selenium", "JUnit": "junit", "Git": "git", "SVN": "svn",
    "Kibana": "kibana", "Grafana": "grafana", "New Relic": "new-relic",
    # services and practices the guide names
    "EC2": "aws-ec2", "Lambda": "aws-lambda", "App Service": "azure-app-service",
    "indexing": "indexing", "caching": "caching", "sharding": "sharding",
    "rate limiting": "rate-limiting", "API versioning": "api-versioning",
}  # fmt: skip


@pytest.mark.parametrize(("form", "skill_id"), sorted(CHECKLIST.items()))
def test_guide_checklist_is_covered(taxonomy: Taxonomy, form: str, skill_id: str) -> None:
    assert taxonomy.surface_forms()[form.lower()][0] == skill_id


SPELLINGS = {
    "postgres": "postgresql", "psql": "postgresql", "k8s": "kubernetes", "golang": "go",
    "nodejs": "nodejs", "node.js": "nodejs", "node js": "nodejs", "csharp": "csharp",
    "c sharp": "csharp", "dotnet": "dotnet", ".net core": "dotnet", "gcp": "gcp",
    "google cloud platform": "gcp", "elastic search": "elasticsearch",
    "elasticsearch": "elasticsearch", "ci/cd": "ci-cd", "cicd": "ci-cd",
    "asp.net core": "asp-net-core", "c++": "cpp", "f#": "fsharp", "ms sql": "sql-server",
    "amazon dynamodb": "aws-dynamodb", "aws sqs": "aws-sqs", "azure ad": "azure-entra-id",
    "cosmos db": "azure-cosmos-db", "gke": "gcp-gke", "bigquery": "gcp-bigquery",
    "spring boot": "spring-boot", "ror": "rails", "mongo": "mongodb",
}  # fmt: skip


@pytest.mark.parametrize(("form", "skill_id"), sorted(SPELLINGS.items()))
def test_spelling_variants_resolve(taxonomy: Taxonomy, form: str, skill_id: str) -> None:
    assert taxonomy.surface_forms()[form] == (skill_id,)


AMBIGUOUS_NAMES = (
    "go", "rust", "swift", "spring", "rails", "c", "r", "express", "flask", "chef",
    "puppet", "salt", "ember", "meteor", "elm", "dart", "julia", "crystal", "hack",
    "scheme", "ms-access", "excel",
)  # fmt: skip


@pytest.mark.parametrize("skill_id", AMBIGUOUS_NAMES)
def test_names_that_are_also_words_carry_a_context_rule(taxonomy: Taxonomy, skill_id: str) -> None:
    assert taxonomy.get(skill_id).context, skill_id


def test_single_letter_languages_are_list_only_and_case_sensitive(taxonomy: Taxonomy) -> None:
    for skill_id in ("c", "r"):
        assert taxonomy.get(skill_id).context == {"case_sensitive", "list_only"}


def test_go_is_matched_only_as_written(taxonomy: Taxonomy) -> None:
    go = taxonomy.get("go")
    assert "case_sensitive" in go.context
    assert "go" not in go.surface_forms  # the verb
    assert {"Go", "Golang", "golang"} <= set(go.surface_forms)


@pytest.mark.parametrize(("provider", "minimum"), [("aws", 60), ("azure", 30), ("gcp", 30)])
def test_cloud_provider_services(taxonomy: Taxonomy, provider: str, minimum: int) -> None:
    services = [s for s in taxonomy.skills.values() if s.id.startswith(f"{provider}-")]
    assert len(services) >= minimum
    for service in services:
        assert provider in service.implies, service.id


def test_implied_closure_is_transitive(taxonomy: Taxonomy) -> None:
    assert taxonomy.implied("aws-eks") >= {"aws", "kubernetes"}
    assert taxonomy.implied("spring-boot") >= {"spring", "java"}
    assert taxonomy.implied("django-rest-framework") >= {"django", "python", "rest"}
    assert "python" in taxonomy.implied("django")
    assert taxonomy.implied("python") == frozenset()
    assert "spring-boot" not in taxonomy.implied("spring-boot")


def test_relations_named_in_the_issue(taxonomy: Taxonomy) -> None:
    expected = {
        "django": "python", "rails": "ruby", "laravel": "php", "nestjs": "typescript",
        "asp-net-core": "dotnet", "postgresql": "sql", "pytest": "python", "junit": "java",
        "helm": "kubernetes", "aws-lambda": "serverless",
    }  # fmt: skip
    for skill_id, implied in expected.items():
        assert implied in taxonomy.implied(skill_id), skill_id
    assert "javascript" not in taxonomy.implied("typescript")


def test_get_unknown_skill_raises_key_error(taxonomy: Taxonomy) -> None:
    with pytest.raises(KeyError):
        taxonomy.get("no-such-skill")


def test_surface_forms_returns_a_copy(taxonomy: Taxonomy) -> None:
    forms = taxonomy.surface_forms()
    forms["postgres"] = ("mysql",)
    assert taxonomy.surface_forms()["postgres"] == ("postgresql",)


def test_load_is_cached() -> None:
    assert load_taxonomy() is load_taxonomy()


def test_malformed_data_raises_data_file_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(taxonomy_module, "load_json", lambda name: {"skills": [{"id": "x"}]})
    load_taxonomy.cache_clear()
    try:
        with pytest.raises(DataFileError, match="taxonomy.json"):
            load_taxonomy()
    finally:
        load_taxonomy.cache_clear()


def test_small_taxonomy_can_be_built_by_hand() -> None:
    skill = Skill("a", "A", "language", "languages_frameworks", (), ("b",), frozenset())
    other = Skill("b", "B", "language", "languages_frameworks", ("bee",), (), frozenset())
    small = Taxonomy(
        version=1,
        skills=MappingProxyType({"a": skill, "b": other}),
        categories=MappingProxyType({"language": "Programming language"}),
        ambiguous_aliases=MappingProxyType({}),
    )
    assert small.implied("a") == {"b"}
    assert small.surface_forms() == {"a": ("a",), "b": ("b",), "bee": ("b",)}


def test_committed_json_is_built_from_the_curated_lists(taxonomy: Taxonomy) -> None:
    """Editing a curated list without rebuilding the JSON fails here (issue #3)."""
    import sys
    from pathlib import Path

    scripts = Path(__file__).resolve().parents[2] / "scripts"
    before = set(sys.modules)
    sys.path.insert(0, str(scripts))
    try:
        import build_taxonomy

        seeds = {seed.id: seed for seed in build_taxonomy.load_seeds()}
    finally:
        sys.path.remove(str(scripts))
        for name in set(sys.modules) - before:  # the curated modules have generic names
            if str(scripts) in str(getattr(sys.modules[name], "__file__", "")):
                del sys.modules[name]
    assert set(seeds) == set(taxonomy.skills)
    for skill_id, seed in seeds.items():
        skill = taxonomy.get(skill_id)
        assert (skill.name, skill.category, skill.area) == (seed.name, seed.category, seed.area)
        assert skill.implies == seed.implies and skill.context == set(seed.context), skill_id
        built = {form.lower() for form in skill.aliases}
        assert {alias.lower() for alias in seed.aliases} - {skill.name.lower()} <= built, skill_id
