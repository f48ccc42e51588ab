"""The JSON report: versioned, stable key order, no full text, every field documented (#4)."""

from __future__ import annotations

import json
from pathlib import Path

from sample_report import sample_report
from tests.schema_doc import DOC_ROW, key_paths, siblings_by_parent

from standout.model.report import REPORT_SCHEMA_VERSION
from standout.render import render_report
from standout.render.json import report_to_dict, report_to_json

SCHEMA_DOC = Path(__file__).parents[2] / "docs" / "report-schema.md"


def _documented() -> list[str]:
    return DOC_ROW.findall(SCHEMA_DOC.read_text(encoding="utf-8"))


def test_schema_version_comes_first() -> None:
    data = report_to_dict(sample_report())
    assert next(iter(data)) == "schema_version"
    assert data["schema_version"] == REPORT_SCHEMA_VERSION


def test_every_json_field_is_documented_and_every_documented_field_exists() -> None:
    produced = set(key_paths(report_to_dict(sample_report())))
    documented = _documented()
    assert len(documented) == len(set(documented)), "a field is documented twice"
    assert produced - set(documented) == set(), "fields missing from docs/report-schema.md"
    assert set(documented) - produced == set(), "documented fields the JSON doesn't have"


def test_keys_come_in_the_documented_order() -> None:
    produced = siblings_by_parent(key_paths(report_to_dict(sample_report())))
    assert produced == siblings_by_parent(_documented())


def test_json_is_plain_values_and_round_trips() -> None:
    data = report_to_dict(sample_report())
    text = report_to_json(sample_report())
    assert json.loads(text) == data
    assert json.loads(json.dumps(data)) == data
    # StrEnum members would compare equal to strings; the dict must hold plain str.
    assert type(data["role"]) is str
    assert type(data["areas"][0]["area"]) is str
    assert type(data["resume"]["sections"][0]["kind"]) is str


def test_resume_travels_as_structure_not_full_text() -> None:
    report = sample_report()
    data = report_to_dict(report)
    assert report.resume.document.text not in json.dumps(data, ensure_ascii=False)
    role = data["resume"]["roles"][0]
    assert role["dates"] == {
        "text": "Jun 2021 – Present",
        "start": {"year": 2021, "month": 6, "precision": "month"},
        "end": None,
        "current": True,
        "months": 36,  # June 2021 to May 2024, both included
        "line": 8,
    }
    assert role["bullets"][1] == {
        "text": "Responsible for the billing service and its PostgreSQL database.",
        "line": 10,
    }
    assert data["resume"]["contact"]["links"][0] == {
        "kind": "github",
        "url": "github.com/mateo-alvarez",
        "line": 3,
    }
    java = next(s for s in data["skills"] if s["skill_id"] == "java")
    assert java["evidence"][0] == {
        "line": 16,
        "place": "role_bullet",
        "text": "Spring Boot",
        "role_index": 1,
        "project_index": None,
        "implied_by": "spring_boot",
    }
    assert data["document"] == {
        "source": "resumes/mateo-alvarez.md",
        "format": "markdown",
        "pages": 1,
        "lines": 30,
        "words": report.resume.document.word_count,
    }


def test_render_report_json_matches_report_to_json() -> None:
    report = sample_report()
    assert render_report(report, "json") == report_to_json(report)


def test_the_written_out_parts_match_the_generic_walk() -> None:
    """``report_to_dict`` writes each part out for speed (#7); a field added to a model
    class must not be left out of the JSON: each part equals the generic dataclass walk."""
    from standout.render.serialize import to_jsonable

    report = sample_report()
    data = report_to_dict(report)
    for key in ("areas", "bullets", "document_checks", "top_languages", "top_fixes"):
        assert data[key] == to_jsonable(getattr(report, key)), key
    assert data["resume"]["sections"] == to_jsonable(report.resume.sections)
