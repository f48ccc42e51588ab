"""Feedback on the structure of a practice answer (#6)."""

from __future__ import annotations

import pytest

from standout.model.prep import QuestionKind
from standout.prep.feedback import answer_feedback

STAR_ANSWER = (
    "At Freightly in 2022 our deploys took 40 minutes and failed about once a week, which "
    "blocked the mobile launch. I moved the 14 services to Kubernetes with Helm charts and I "
    "added readiness probes so that broken pods never took traffic. As a result deploy time "
    "fell from 40 minutes to 6 minutes and failed deploys dropped by 80%."
)


def test_a_complete_star_answer_is_recognised() -> None:
    feedback = answer_feedback(STAR_ANSWER, QuestionKind.BEHAVIOURAL)
    assert feedback.situation and feedback.action and feedback.result
    assert "80%" in feedback.figures
    assert feedback.complete
    assert feedback.messages[0] == "Situation: you set the scene."
    assert feedback.messages[3].startswith("Figure: you give a measurable result (")
    assert feedback.word_count == len(STAR_ANSWER.split())


def test_a_team_answer_is_asked_for_the_speakers_own_part() -> None:
    feedback = answer_feedback("We migrated everything to Kafka.", QuestionKind.BEHAVIOURAL)
    assert not feedback.action and feedback.action_is_team
    assert feedback.messages[1] == (
        'Action: you say what "we" did. Name the part you did yourself, with "I".'
    )


def test_missing_parts_are_named_as_plain_sentences() -> None:
    feedback = answer_feedback("Kubernetes is a container orchestrator.", QuestionKind.BEHAVIOURAL)
    assert feedback.messages[:4] == (
        "Situation: missing. Start with where you were, when, and what was at stake.",
        'Action: missing. Say what you did, in the first person ("I measured...", "I built...").',
        "Result: missing. End with what changed because of your work.",
        "Figure: none yet. Add one number that shows the result: time, errors, users or money, "
        "before and after.",
    )
    assert feedback.messages[4].startswith("Length: 5 words, under a minute; on the short side.")


def test_a_technical_answer_may_say_what_the_speaker_would_do() -> None:
    feedback = answer_feedback("I would put a token bucket in Redis.", QuestionKind.TECHNICAL)
    assert feedback.action
    assert feedback.messages[0].startswith("Context: missing.")


def test_length_bands() -> None:
    good = answer_feedback(" ".join(["word"] * 200), QuestionKind.BEHAVIOURAL)
    assert (
        good.messages[-1]
        == "Length: 200 words, about 1.5 minutes spoken; a good length for a spoken answer."
    )
    long = answer_feedback(" ".join(["word"] * 450), QuestionKind.BEHAVIOURAL)
    assert "too long" in long.messages[-1]


def test_a_year_or_version_is_not_a_figure() -> None:
    feedback = answer_feedback("I upgraded us to Python 3.11 in 2023.", QuestionKind.TECHNICAL)
    assert feedback.figures == ()


@pytest.mark.parametrize(
    "ending",
    [
        "cutting p99 latency from 800 ms to 120 ms.",
        "which took p99 latency from 800 ms to 120 ms.",
        "halving the p99 latency of checkout.",
    ],
)
def test_a_result_given_as_a_clause_or_a_before_and_after_counts(ending: str) -> None:
    """QA: "...cutting p99 latency from 800 ms to 120 ms" got "Result: missing"."""
    text = (
        f"In 2023 our checkout API was slow at peak. I added a Redis cache in front of it, {ending}"
    )
    assert answer_feedback(text, QuestionKind.BEHAVIOURAL).result
