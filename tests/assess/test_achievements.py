"""The achievement check of one bullet (#4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from standout.assess import check_bullet
from standout.model.report import ImpactKind

LABELLED = Path(__file__).parents[1] / "fixtures" / "bullets" / "labelled.jsonl"


def _labelled() -> list[dict[str, object]]:
    with LABELLED.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_labelled_set_is_large_and_balanced() -> None:
    rows = _labelled()
    positives = sum(1 for row in rows if row["has_outcome"])
    assert len(rows) >= 150
    assert 0.3 <= positives / len(rows) <= 0.7


def test_outcome_accuracy_on_labelled_bullets_is_at_least_95_percent() -> None:
    rows = _labelled()
    wrong = [
        row["text"]
        for row in rows
        if check_bullet(str(row["text"])).has_outcome != row["has_outcome"]
    ]
    accuracy = 1 - len(wrong) / len(rows)
    assert accuracy >= 0.95, wrong


def test_impact_kinds_found_for_most_labelled_outcomes() -> None:
    expected = found = 0
    for row in _labelled():
        impacts = row.get("impacts") or []
        assert isinstance(impacts, list)
        check = check_bullet(str(row["text"]))
        for kind in impacts:
            expected += 1
            found += ImpactKind(kind) in check.impacts
    assert expected >= 80
    assert found / expected >= 0.85


@pytest.mark.parametrize(
    ("text", "has_outcome"),
    [
        ("Maintained 99.9% uptime for the booking API", True),
        ("Released v2.0 of the mobile backend", False),
        ("Upgraded every service to Python 3.11", False),
        ("Led a team of 5 engineers on the ledger rewrite", False),
        ("Joined in 2019 as the second engineer", False),
        ("Improved performance significantly", False),
        ("Handled 10k RPS at peak", True),
        ("Saved ~$40k/yr in hosting", True),
        ("Reduced build time from 20 to 6 minutes", True),
        ("Managed 3 direct reports", False),
        ("Provided 24/7 support for the payments gateway", False),
        ("Upgraded Django from 1.11 to 3.2", False),
        ("Cut AWS costs by half", True),
        ("Hired 4 engineers for the platform team", True),
        # A count that ends the sentence is still a count.
        ("Built the lending API used by 120,000 customers.", True),
        ("Served 3 million users.", True),
        # How often, before and after.
        ("Replaced hand-run releases with a pipeline, from monthly to weekly deployments", True),
        ("Moved releases from quarterly to on-demand.", True),
        ("Set up CI, so a deploy went from half a day to 12 minutes.", True),
        ("Ran the release from Monday to Friday", False),
    ],
)
def test_tricky_figures(text: str, has_outcome: bool) -> None:
    assert check_bullet(text).has_outcome is has_outcome


def test_outcomes_name_the_figures_found() -> None:
    check = check_bullet("Cut p99 latency from 480 ms to 120 ms and saved $18k per month")
    assert check.outcomes == ("from 480 ms to 120 ms", "$18k")
    assert check.impacts == (ImpactKind.SPEED, ImpactKind.COST)


def test_strong_verb_bullet_with_outcome_scores_full_marks() -> None:
    check = check_bullet(
        "Reduced p99 latency of the checkout API from 480 ms to 120 ms with a Redis cache",
        line=12,
        role_index=0,
    )
    assert check.line == 12 and check.role_index == 0 and check.project_index is None
    assert check.verb == "reduced" and check.strong_verb
    assert check.has_outcome and check.length_ok
    assert check.weak_phrases == () and check.buzzwords == ()
    assert check.score == 100
    assert check.suggestion is None


def test_weak_opening_loses_the_verb_points_and_gets_a_suggestion() -> None:
    check = check_bullet("Responsible for maintaining the REST API of the billing system")
    assert check.weak_phrases == ("responsible for",)
    assert not check.strong_verb
    assert not check.has_outcome
    # no outcome (0) + weak opening (0) + length 10 words (15) + weak phrase (0) + no buzzword (10)
    assert check.score == 25
    assert check.suggestion is not None and "requests/s" in check.suggestion


def test_buzzwords_are_reported() -> None:
    check = check_bullet(
        "Results-driven team player and rockstar developer who ships fast code daily"
    )
    assert set(check.buzzwords) == {"results-driven", "team player", "rockstar"}
    assert check.verb is None


def test_length_bounds() -> None:
    assert not check_bullet("Built APIs").length_ok
    assert check_bullet("Built the orders API in Go for the checkout team").length_ok
    assert not check_bullet(" ".join(["word"] * 36)).length_ok


@pytest.mark.parametrize(
    ("text", "expected_word"),
    [
        ("Migrated the monolith to Kubernetes", "zero downtime"),
        ("Wrote integration tests for the ledger", "coverage"),
        ("Built the GitHub Actions pipeline for deploys", "deploys"),
        ("Designed the Postgres schema for invoices", "query time"),
        ("Worked with the team on various things", "number"),
    ],
)
def test_rewrite_pattern_fits_what_the_bullet_describes(text: str, expected_word: str) -> None:
    suggestion = check_bullet(text).suggestion
    assert suggestion is not None and expected_word in suggestion


def test_adverb_before_the_verb_is_skipped() -> None:
    assert check_bullet("Successfully migrated 3 databases to Aurora").verb == "migrated"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Mentor two junior engineers and run the weekly code review", "mentor"),
        ("Designs and builds the payments API in Go", "designs"),
        ("Leading the move of the monolith to services", "leading"),
        ("Optimising slow queries on the orders database", "optimising"),
        ("Debugging production incidents with the SRE team", "debugging"),
    ],
)
def test_a_present_tense_verb_counts_like_its_past(text: str, verb: str) -> None:
    """The current role is often written in the present tense."""
    check = check_bullet(text)
    assert check.verb == verb and check.strong_verb


def test_present_forms_of_plain_verbs_stay_plain() -> None:
    check = check_bullet("Maintain the billing service and its dashboards")
    assert check.verb == "maintain" and not check.strong_verb


def test_a_noun_that_only_looks_like_a_verb_stem_is_not_a_verb() -> None:
    assert check_bullet("Us and them: a talk on team boundaries").verb is None
