"""Extraction accuracy on the hand-labelled set: precision and recall floors (#3).

The gold of ``tests/fixtures/skills/labelled.json`` was written by reading each line as a
backend hiring expert would, not from the extractor's output. ``benchmarks/bench_skills.py``
prints the same figures with F1.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from standout.skills import extract_mentions
from standout.skills.taxonomy import load_taxonomy

LABELLED = Path(__file__).parents[1] / "fixtures" / "skills" / "labelled.json"
FLOOR = 0.90


@pytest.fixture(scope="module")
def items() -> list[dict[str, Any]]:
    data = json.loads(LABELLED.read_text(encoding="utf-8"))
    return [item for resume in data["resumes"] for item in resume["items"]]


def predicted(item: dict[str, Any]) -> set[str]:
    mentions = extract_mentions(item["text"], list_context=item["kind"] == "skills")
    return {m.skill_id for m in mentions}


def test_the_set_covers_at_least_25_resumes_and_many_tricky_lines() -> None:
    data = json.loads(LABELLED.read_text(encoding="utf-8"))
    assert len(data["resumes"]) >= 25
    stacks = {resume["stack"] for resume in data["resumes"]}
    assert len(stacks) >= 20
    negatives = [i for r in data["resumes"] for i in r["items"] if i.get("negatives")]
    assert len(negatives) >= 25


def test_gold_and_negatives_name_taxonomy_skills(items: list[dict[str, Any]]) -> None:
    known = load_taxonomy().skills
    unknown = {s for item in items for s in item["gold"] + item.get("negatives", [])} - set(known)
    assert unknown == set()


def test_micro_precision_and_recall_floor(items: list[dict[str, Any]]) -> None:
    true_positives = false_positives = false_negatives = 0
    for item in items:
        found, gold = predicted(item), set(item["gold"])
        true_positives += len(found & gold)
        false_positives += len(found - gold)
        false_negatives += len(gold - found)
    precision = true_positives / (true_positives + false_positives)
    recall = true_positives / (true_positives + false_negatives)
    assert (precision >= FLOOR, recall >= FLOOR) == (True, True), (precision, recall)


def test_no_explicit_negative_is_extracted(items: list[dict[str, Any]]) -> None:
    wrong = [
        (item["text"], sorted(predicted(item) & set(item["negatives"])))
        for item in items
        if item.get("negatives") and predicted(item) & set(item["negatives"])
    ]
    assert wrong == []
