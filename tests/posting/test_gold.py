"""Posting parse accuracy on the hand-labelled postings (#5): floors, not targets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from standout.model.posting import Importance, Posting
from standout.posting import parse_posting

POSTINGS = Path(__file__).parent.parent / "fixtures" / "postings"
GOLD: dict[str, dict[str, object]] = {
    name: value
    for name, value in json.loads((POSTINGS / "gold.json").read_text()).items()
    if not name.startswith("_")
}
FLOOR = 0.90


@pytest.fixture(scope="module")
def parsed() -> dict[str, Posting]:
    return {name: parse_posting(POSTINGS / name) for name in GOLD}


def _pairs(posting: Posting) -> set[tuple[str, str]]:
    return {(r.skill_id, r.importance.value) for r in posting.requirements}


def _gold_pairs(gold: dict[str, object]) -> set[tuple[str, str]]:
    must = {(skill, Importance.MUST.value) for skill in gold["must"]}  # type: ignore[attr-defined]
    nice = {(skill, Importance.NICE.value) for skill in gold["nice"]}  # type: ignore[attr-defined]
    return must | nice


def test_at_least_ten_postings_of_every_kind() -> None:
    assert len(GOLD) >= 10
    suffixes = {Path(name).suffix for name in GOLD}
    assert {".txt", ".md", ".html"} <= suffixes
    levels = {gold["seniority"] for gold in GOLD.values()}
    assert {"intern", "junior", "mid", "senior", "staff", "principal", "lead", "manager"} <= levels


def test_requirements_precision_and_recall_floor(parsed: dict[str, Posting]) -> None:
    """Micro precision and recall of (skill, must/nice) over every posting."""
    true_positive = found = expected = 0
    for name, gold in GOLD.items():
        got, want = _pairs(parsed[name]), _gold_pairs(gold)
        true_positive += len(got & want)
        found += len(got)
        expected += len(want)
    precision, recall = true_positive / found, true_positive / expected
    assert precision >= FLOOR, f"precision {precision:.3f}"
    assert recall >= FLOOR, f"recall {recall:.3f}"


@pytest.mark.parametrize("importance", ["must", "nice"])
def test_each_importance_holds_the_floor(parsed: dict[str, Posting], importance: str) -> None:
    true_positive = found = expected = 0
    for name, gold in GOLD.items():
        got = {s for s, i in _pairs(parsed[name]) if i == importance}
        want = set(gold[importance])  # type: ignore[call-overload]
        true_positive += len(got & want)
        found += len(got)
        expected += len(want)
    assert true_positive / found >= FLOOR
    assert true_positive / expected >= FLOOR


def test_years_overall_and_per_skill(parsed: dict[str, Posting]) -> None:
    right = total = 0
    for name, gold in GOLD.items():
        posting = parsed[name]
        total += 1
        minimum = posting.years.minimum if posting.years else None
        maximum = posting.years.maximum if posting.years else None
        right += (minimum, maximum) == (gold["years"], gold["years_max"])
        for skill_id, years in gold["skill_years"].items():  # type: ignore[attr-defined]
            total += 1
            requirement = posting.requirement(skill_id)
            right += requirement is not None and requirement.years == years
    assert right / total >= FLOOR, f"{right}/{total}"


def test_seniority_degree_and_title(parsed: dict[str, Posting]) -> None:
    for name, gold in GOLD.items():
        posting = parsed[name]
        assert (posting.seniority.value if posting.seniority else None) == gold["seniority"], name
        assert (posting.degree.level.value if posting.degree else None) == gold["degree"], name
        assert posting.title == gold["title"], name
