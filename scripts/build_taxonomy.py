"""Build ``src/standout/data/taxonomy.json`` from the curated seed lists and public sources.

    python scripts/build_taxonomy.py --sources ../shared/data/taxonomy-sources \\
        --out src/standout/data/taxonomy.json [--report]

The curated lists in ``scripts/taxonomy_curated/`` decide which skills exist, their
category, area, implied skills and context rules. The sources only confirm and enrich:

- GitHub Linguist (``linguist_languages.yml``, MIT): aliases of programming languages.
- Stack Overflow (``so_Tags.csv``, ``so_TagSynonyms.csv``, CC BY-SA 4.0): confirms a skill
  has a tag and adds the tag synonyms a person would write in a resume.
- O*NET technology skills (``onet_technology_skills.csv``, CC BY 4.0): confirms product
  names and adds vendor-prefixed spellings ("Microsoft SQL Server", "Oracle Java").

The output is deterministic: same inputs, byte-identical file. ``--report`` prints every
alias a source added, for review; anything wrong goes into ``taxonomy_curated/rejects.py``.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "taxonomy_curated"))

from _seed import Seed  # noqa: E402
from categories import CATEGORIES, VALID_AREAS  # noqa: E402
from rejects import (  # noqa: E402
    AMBIGUOUS_ALIASES,
    LINGUIST_REJECTED,
    ONET_VENDORS,
    SO_REJECTED,
)

CURATED_DIR = Path(__file__).parent / "taxonomy_curated"
VALID_CONTEXT = {"case_sensitive", "tech_context", "list_only", "tech_nearby", "needs_parent"}
# Words a tag synonym may add to a skill's own words and still be a spelling of it.
SO_FILLER_WORDS = {"framework", "language", "lang", "js", "dot", "net", "db", "server"}
VERSION_LIKE = re.compile(r"\d+(\.\d+)+|-\d")
DISTINCTIVE = re.compile(r"\s|[^\w]")


@dataclass
class Draft:
    """A skill being built: the seed plus what the sources add."""

    seed: Seed
    aliases: list[str]
    sources: set[str] = field(default_factory=lambda: {"curated"})

    def forms(self) -> set[str]:
        return {self.seed.name.lower(), *(a.lower() for a in self.aliases)}


def load_seeds() -> list[Seed]:
    seeds: list[Seed] = []
    for path in sorted(CURATED_DIR.glob("*.py")):
        if path.stem.startswith("_") or path.stem in {"categories", "rejects"}:
            continue
        module = importlib.import_module(path.stem)
        seeds.extend(module.SKILLS)
    return seeds


def load_so(sources: Path) -> tuple[dict[str, int], dict[str, list[str]]]:
    with (sources / "so_Tags.csv").open(encoding="utf-8", newline="") as handle:
        counts = {row["TagName"]: int(row["Count"] or 0) for row in csv.DictReader(handle)}
    synonyms: dict[str, list[str]] = defaultdict(list)
    with (sources / "so_TagSynonyms.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            synonyms[row["TargetTagName"]].append(row["SourceTagName"])
    return counts, synonyms


def load_linguist(sources: Path) -> dict[str, list[str]]:
    import yaml  # a dev-time dependency of this script only

    with (sources / "linguist_languages.yml").open(encoding="utf-8") as handle:
        languages = yaml.safe_load(handle)
    return {
        name.lower(): [str(a) for a in entry.get("aliases", [])]
        for name, entry in languages.items()
        if entry.get("type") == "programming"
    }


def load_onet(sources: Path) -> set[str]:
    with (sources / "onet_technology_skills.csv").open(encoding="utf-8", newline="") as handle:
        return {row["Example"].strip() for row in csv.DictReader(handle)}


def words(text: str) -> set[str]:
    return set(re.split(r"[\s\-/]+", text.lower())) - {""}


class Builder:
    def __init__(self, seeds: list[Seed]) -> None:
        self.drafts = {s.id: Draft(s, list(s.aliases)) for s in seeds}
        if len(self.drafts) != len(seeds):
            dupes = [k for k, n in Counter(s.id for s in seeds).items() if n > 1]
            raise SystemExit(f"duplicate skill ids in curated lists: {dupes}")
        self.added: list[tuple[str, str, str]] = []  # (source, skill id, alias)

    def owners(self) -> dict[str, set[str]]:
        owners: dict[str, set[str]] = defaultdict(set)
        for draft in self.drafts.values():
            for form in draft.forms():
                owners[form].add(draft.seed.id)
        return owners

    def _add_alias(
        self, draft: Draft, alias: str, source: str, owners: dict[str, set[str]]
    ) -> None:
        key = alias.lower()
        if key in draft.forms():
            return
        if owners.get(key, set()) - {draft.seed.id}:
            return  # another skill claims it; a source never creates an ambiguity
        draft.aliases.append(alias)
        owners[key].add(draft.seed.id)
        self.added.append((source, draft.seed.id, alias))

    def apply_linguist(self, linguist: dict[str, list[str]]) -> None:
        owners = self.owners()
        for draft in self.drafts.values():
            if draft.seed.category != "language":
                continue
            entry = next((linguist[f] for f in sorted(draft.forms()) if f in linguist), None)
            if entry is None:
                continue
            draft.sources.add("linguist")
            for alias in entry:
                if len(alias) >= 3 and alias.lower() not in LINGUIST_REJECTED:
                    self._add_alias(draft, alias, "linguist", owners)

    def apply_stackoverflow(self, counts: dict[str, int], synonyms: dict[str, list[str]]) -> None:
        owners = self.owners()
        for draft in self.drafts.values():
            seed = draft.seed
            candidates = [*seed.so_tags, seed.id, seed.name.lower().replace(" ", "-")]
            tag = next((t for t in candidates if t in counts), None)
            if tag is None:
                continue
            draft.sources.add("stackoverflow")
            own_words = set().union(*(words(f) for f in draft.forms())) | words(tag)
            for synonym in sorted(synonyms.get(tag, [])):
                alias = synonym.replace("-", " ")
                if synonym in SO_REJECTED or synonym.startswith(".") or len(synonym) < 3:
                    continue
                if VERSION_LIKE.search(synonym):
                    continue
                if "-" in synonym and not words(alias) <= own_words | SO_FILLER_WORDS:
                    continue
                self._add_alias(draft, alias, "stackoverflow", owners)

    def add_casings(self) -> None:
        """Give case-sensitive skills the usual casings of their distinctive spellings.

        A case-sensitive skill matches only spellings written exactly as listed. Only its
        bare word ("Go", "Storm") is risky in other casings; a spelling with a space, digit
        or symbol ("SOAP web services", "Ember.js") is safe lowercased or title-cased too.
        """
        for draft in self.drafts.values():
            if "case_sensitive" not in draft.seed.context:
                continue
            extra: list[str] = []
            for form in (draft.seed.name, *draft.aliases):
                if DISTINCTIVE.search(form):
                    extra.extend((form.lower(), _title_words(form)))
            draft.aliases.extend(extra)

    def apply_onet(self, examples: set[str]) -> None:
        owners = self.owners()
        by_form: dict[str, list[Draft]] = defaultdict(list)
        for draft in self.drafts.values():
            for form in draft.forms():
                by_form[form].append(draft)
        for example in sorted(examples):
            lowered = example.lower()
            for draft in by_form.get(lowered, []):
                draft.sources.add("onet")
            for vendor in ONET_VENDORS:
                prefix = vendor.lower() + " "
                if not lowered.startswith(prefix):
                    continue
                product = lowered[len(prefix) :]
                for draft in by_form.get(product, []):
                    draft.sources.add("onet")
                    # A short product acronym after a vendor is too often someone
                    # else's product ("SAP DMS" is not AWS DMS).
                    if product == draft.seed.name.lower() or len(product) >= 5:
                        self._add_alias(draft, example, "onet", owners)


def _title_words(text: str) -> str:
    """Capitalise the lowercase words only: "SOAP web services" -> "SOAP Web Services"."""
    return " ".join(w[:1].upper() + w[1:] if w.islower() else w for w in text.split(" "))


def check(drafts: dict[str, Draft]) -> list[str]:
    problems: list[str] = []
    owners: dict[str, set[str]] = defaultdict(set)
    for draft in drafts.values():
        seed = draft.seed
        if seed.category not in CATEGORIES:
            problems.append(f"{seed.id}: unknown category {seed.category}")
        if seed.area not in VALID_AREAS:
            problems.append(f"{seed.id}: unknown area {seed.area}")
        problems.extend(f"{seed.id}: implies unknown {i}" for i in seed.implies if i not in drafts)
        problems.extend(
            f"{seed.id}: bad context {c}" for c in seed.context if c not in VALID_CONTEXT
        )
        if not re.fullmatch(r"[a-z0-9][a-z0-9\-]*", seed.id):
            problems.append(f"{seed.id}: id is not a lowercase slug")
        for form in draft.forms():
            owners[form].add(seed.id)
    for form, ids in sorted(owners.items()):
        declared = set(AMBIGUOUS_ALIASES.get(form, ()))
        if len(ids) > 1 and declared != ids:
            problems.append(f"alias {form!r} claimed by {sorted(ids)}; declare it in rejects.py")
    for form, ids in AMBIGUOUS_ALIASES.items():
        if set(ids) != owners.get(form, set()):
            problems.append(
                f"declared ambiguous {form!r} -> {ids} but owners are {owners.get(form)}"
            )
    return problems


def render(drafts: dict[str, Draft]) -> dict[str, object]:
    skills = []
    for skill_id in sorted(drafts):
        draft = drafts[skill_id]
        seed = draft.seed
        skills.append(
            {
                "id": seed.id,
                "name": seed.name,
                "category": seed.category,
                "area": seed.area,
                "aliases": _unique(draft.aliases, seed),
                "implies": list(seed.implies),
                "context": sorted(seed.context),
                "sources": sorted(draft.sources, key=SOURCE_ORDER.index),
            }
        )
    return {
        "version": 1,
        "categories": dict(CATEGORIES),
        "skills": skills,
        "ambiguous_aliases": {k: list(v) for k, v in sorted(AMBIGUOUS_ALIASES.items())},
    }


SOURCE_ORDER = ["linguist", "stackoverflow", "onet", "curated"]


def _unique(aliases: Iterable[str], seed: Seed) -> list[str]:
    """Aliases without repeats; case variants only where the casing itself matters."""

    def key(text: str) -> str:
        return text if "case_sensitive" in seed.context else text.lower()

    seen = {key(seed.name)}
    result = []
    for alias in aliases:
        if key(alias) not in seen:
            seen.add(key(alias))
            result.append(alias)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=Path, required=True, help="taxonomy-sources directory")
    parser.add_argument("--out", type=Path, required=True, help="taxonomy.json to write")
    parser.add_argument("--report", action="store_true", help="print every alias a source added")
    args = parser.parse_args(argv)

    builder = Builder(load_seeds())
    builder.apply_linguist(load_linguist(args.sources))
    builder.apply_stackoverflow(*load_so(args.sources))
    builder.apply_onet(load_onet(args.sources))
    builder.add_casings()
    problems = check(builder.drafts)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    data = render(builder.drafts)
    text = json.dumps(data, ensure_ascii=False, indent=None, separators=(",", ":"))
    # One skill per line keeps diffs of the committed file readable.
    text = text.replace('},{"id"', '},\n{"id"')
    args.out.write_text(text + "\n", encoding="utf-8")

    if args.report:
        for source, skill_id, alias in builder.added:
            print(f"{source:13} {skill_id:30} {alias}")
    by_source = Counter(s for d in builder.drafts.values() for s in d.sources)
    by_category = Counter(d.seed.category for d in builder.drafts.values())
    added = Counter(source for source, _, _ in builder.added)
    print(f"skills: {len(builder.drafts)}", file=sys.stderr)
    print(f"skills confirmed per source: {dict(sorted(by_source.items()))}", file=sys.stderr)
    print(f"aliases added per source: {dict(sorted(added.items()))}", file=sys.stderr)
    print(f"skills per category: {dict(sorted(by_category.items()))}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
