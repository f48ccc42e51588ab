"""Second QA pass on posting parsing (#5): slash pairs, clause-bound cues, learn-later lists,
degrees in technical words and years whose "experience" comes late."""

from __future__ import annotations

from pathlib import Path

import pytest

from standout.model.posting import DegreeLevel, Importance, Posting
from standout.posting import parse_posting
from standout.posting._levels import find_degree

POSTING = Path(__file__).parent.parent / "fixtures" / "postings" / "platform-engineer-qa2.txt"


@pytest.fixture(scope="module")
def posting() -> Posting:
    return parse_posting(POSTING)


def _asked(posting: Posting) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {r.skill_id: (r.importance.value, r.alternatives) for r in posting.requirements}


@pytest.mark.parametrize(
    ("skill", "importance", "alternatives"),
    [
        # a slash pair where one implies the other is no choice; the comma items stand alone
        ("java", "must", ()),
        ("jakarta-ee", "must", ()),
        ("spring", "must", ()),
        ("hibernate", "must", ()),
        # only the slash pair is a choice
        ("aws", "must", ("gcp",)),
        ("gcp", "must", ("aws",)),
        ("docker", "must", ()),
        ("kubernetes", "must", ()),
        ("terraform", "must", ()),
        ("sql", "must", ("nosql",)),
        ("nosql", "must", ("sql",)),
        ("kafka", "must", ()),
        ("go", "must", ()),
    ],
)
def test_only_the_slash_pair_of_a_comma_list_is_a_choice(
    posting: Posting, skill: str, importance: str, alternatives: tuple[str, ...]
) -> None:
    assert _asked(posting)[skill] == (importance, alternatives)


def test_a_preferred_clause_after_a_must_softens_only_its_own_skills(posting: Posting) -> None:
    asked = _asked(posting)
    assert asked["virtualization"][0] == "must"
    assert asked["vmware"][0] == "must"
    assert asked["linux"][0] == "nice"


def test_skills_offered_to_learn_are_no_must_have_choice(posting: Posting) -> None:
    asked = _asked(posting)
    for skill in ("scala", "play", "ember"):
        assert asked[skill] == ("nice", ())


def test_multi_master_replication_is_no_masters_degree(posting: Posting) -> None:
    assert posting.degree is not None
    assert posting.degree.level is DegreeLevel.BACHELOR
    assert posting.degree.importance is Importance.NICE


def test_years_with_experience_named_after_a_slashed_phrase(posting: Posting) -> None:
    assert posting.years is not None
    assert (posting.years.minimum, posting.years.maximum) == (3.0, 6.0)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Experience implementing multi-master replication", None),
        ("Certified Scrum Master, PMP", None),
        ("Master Data Management (MDM) experience", None),
        ("Masters in Computer Science", DegreeLevel.MASTER),
        ("Master of Science or PhD", DegreeLevel.MASTER),
        ("Master / PhD in CS", DegreeLevel.MASTER),
    ],
)
def test_master_is_a_degree_only_where_it_names_one(text: str, level: DegreeLevel | None) -> None:
    found = find_degree(text)
    assert (found.level if found else None) is level


def test_requirements_as_a_duty_asks_for_nothing() -> None:
    posting = parse_posting(b"Must have Java.\nThis role involves developing requirements in Jira.")
    jira = next(r for r in posting.requirements if r.skill_id == "jira")
    assert jira.from_context
