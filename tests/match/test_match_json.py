"""The match JSON: versioned, stable key order, every field documented (#5)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from match_inputs import POSTINGS, REFERENCE, RESUMES, evidence_of, resume_text
from tests.schema_doc import DOC_ROW, key_paths, siblings_by_parent

from standout.match import match_evidence
from standout.match.rank import rank_postings, rank_resumes
from standout.model.match import MATCH_SCHEMA_VERSION
from standout.posting import parse_posting
from standout.render.match import render_match
from standout.render.match_json import (
    match_to_dict,
    posting_ranking_to_dict,
    resume_ranking_to_dict,
)

SCHEMA_DOC = Path(__file__).parents[2] / "docs" / "match-schema.md"
_SHAPES = {
    "match": "One match",
    "postings": "Postings ranked for one resume",
    "resumes": "Resumes ranked for one posting",
}


def _documented(shape: str) -> list[str]:
    """The fields the doc's section for one shape lists (its ``###`` parts included)."""
    text = SCHEMA_DOC.read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.MULTILINE)
    section = next(s for s in sections if s.startswith(_SHAPES[shape]))
    return DOC_ROW.findall(section)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Full outputs of the three shapes, with every list filled at least once."""
    java = parse_posting(POSTINGS / "java-spring-senior.txt")
    go = parse_posting(POSTINGS / "go-staff.txt")
    evidence = evidence_of(resume_text("medium-java.md"))
    broken = tmp_path_factory.mktemp("pile") / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really a PDF")
    return {
        "match": match_to_dict(match_evidence(evidence, java)),
        "postings": posting_ranking_to_dict(rank_postings(evidence, [java, go])),
        "resumes": resume_ranking_to_dict(
            rank_resumes(java, [RESUMES / "strong-java.md", broken], reference_date=REFERENCE)
        ),
    }


def _produced(shape: str, data: dict[str, Any]) -> list[str]:
    # A ranked posting's full match is documented once, under "One match".
    return [p for p in key_paths(data) if not p.startswith("postings[].match.")]


@pytest.mark.parametrize("shape", sorted(_SHAPES))
def test_schema_version_comes_first(outputs: dict[str, dict[str, Any]], shape: str) -> None:
    data = outputs[shape]
    assert next(iter(data)) == "schema_version"
    assert data["schema_version"] == MATCH_SCHEMA_VERSION


def test_the_full_outputs_fill_every_list(outputs: dict[str, dict[str, Any]]) -> None:
    match = outputs["match"]
    for key in ("requirements", "listed_only", "years_gaps", "missing_terms", "advice"):
        assert match[key], key
    assert [row["rank"] for row in outputs["resumes"]["resumes"]] == [1, None]


@pytest.mark.parametrize("shape", sorted(_SHAPES))
def test_every_json_field_is_documented_and_every_documented_field_exists(
    outputs: dict[str, dict[str, Any]], shape: str
) -> None:
    """Regression (#5): the match JSON had a schema version but no documentation."""
    produced = set(_produced(shape, outputs[shape]))
    documented = _documented(shape)
    assert len(documented) == len(set(documented)), "a field is documented twice"
    assert produced - set(documented) == set(), "fields missing from docs/match-schema.md"
    assert set(documented) - produced == set(), "documented fields the JSON doesn't have"


@pytest.mark.parametrize("shape", sorted(_SHAPES))
def test_keys_come_in_the_documented_order(outputs: dict[str, dict[str, Any]], shape: str) -> None:
    produced = siblings_by_parent(_produced(shape, outputs[shape]))
    assert produced == siblings_by_parent(_documented(shape))


def test_a_ranked_posting_carries_a_full_match(outputs: dict[str, dict[str, Any]]) -> None:
    row = outputs["postings"]["postings"][0]
    assert list(row["match"]) == list(outputs["match"])


def test_json_is_plain_values_rounded_and_round_trips(outputs: dict[str, dict[str, Any]]) -> None:
    data = outputs["match"]
    assert json.loads(json.dumps(data)) == data
    assert type(data["requirements"][0]["importance"]) is str  # not a StrEnum member
    floats = [value for value in _leaves(data) if isinstance(value, float)]
    assert floats and all(round(value, 2) == value for value in floats)


def _leaves(value: Any) -> Iterator[Any]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item)
    else:
        yield value


def test_render_match_json_is_match_to_dict() -> None:
    java = parse_posting(POSTINGS / "java-spring-senior.txt")
    result = match_evidence(evidence_of(resume_text("medium-java.md")), java)
    assert json.loads(render_match(result, "json")) == match_to_dict(result)
