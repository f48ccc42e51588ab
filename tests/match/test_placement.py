"""Where the advice says to show a skill: the role on the same stack first (#5).

Regression: for a Lead Java Engineer posting, Jakarta EE, JSF, Spring and Struts were all
advised "under 'Backend Developer, Finlo' next to Django", while the candidate's Java role
was only chosen for Hibernate.
"""

from __future__ import annotations

import pytest
from match_inputs import evidence_of

from standout.match import match_evidence
from standout.match.placement import best_role
from standout.model.match import AdviceKind
from standout.posting import parse_posting

_RESUME = """# Noor Haddad

## Experience

### Backend Developer, Finlo \u2014 Feb 2022 \u2013 Present

- Built the lending API in Python with Django, Django REST Framework and Flask
- Moved the background jobs to Celery and FastAPI workers

### Software Engineer, Datacraft \u2014 Jan 2018 \u2013 Jan 2022

- Maintained a claims portal in Java
- Wrote reports against PostgreSQL

### Support Engineer, Helpwise \u2014 Jun 2016 \u2013 Dec 2017

- Answered customer tickets about the Java desktop client

## Skills

Python, Django, Java, PostgreSQL, Kafka
"""

_POSTING = b"""Lead Java Engineer

Requirements
- 5+ years of Java and Jakarta EE.
- Experience with JSF, Spring, Struts and Hibernate.
- RabbitMQ or another message broker.
"""

FINLO, DATACRAFT = "Backend Developer, Finlo", "Software Engineer, Datacraft"


@pytest.mark.parametrize(
    ("skill_id", "role", "beside"),
    [
        ("jakarta-ee", DATACRAFT, "Java"),  # Jakarta EE implies Java
        ("jsf", DATACRAFT, "Java"),
        ("spring", DATACRAFT, "Java"),
        ("struts", DATACRAFT, "Java"),
        ("hibernate", DATACRAFT, "Java"),
        ("spring-boot", DATACRAFT, "Java"),
        ("sqlalchemy", FINLO, "Django"),  # a Python library goes beside the Python work
        ("rabbitmq", FINLO, "Celery"),  # no stack in common: the same category (messaging)
    ],
)
def test_a_skill_goes_to_the_role_on_its_stack(skill_id: str, role: str, beside: str) -> None:
    placement = best_role(evidence_of(_RESUME), skill_id)
    assert placement.role == role
    assert beside in placement.related


def test_the_most_recent_of_two_roles_on_the_stack_wins() -> None:
    """Datacraft (2018-2022) and Helpwise (2016-2017) both show Java: the recent one."""
    evidence = evidence_of(_RESUME)
    placement = best_role(evidence, "jsf")
    assert placement.role == DATACRAFT
    assert placement.role_index == 1
    assert placement.line == evidence.resume.roles[1].first_line


def test_the_match_advice_names_the_java_role_for_java_frameworks() -> None:
    result = match_evidence(evidence_of(_RESUME), parse_posting(_POSTING, filename="lead.txt"))
    advised = {
        advice.skill_id: advice.text
        for advice in result.advice
        if advice.kind is AdviceKind.ADD_SKILL and advice.skill_id
    }
    for skill_id in ("jakarta-ee", "jsf", "spring", "struts", "hibernate"):
        assert f'under "{DATACRAFT}"' in advised[skill_id], skill_id
        assert "next to Java" in advised[skill_id]
        assert "Django" not in advised[skill_id]


_WINDOWS_RESUME = """# Ravi Menon

## Experience

### Java Developer, Inouvelle \u2014 Feb 2021 \u2013 Present

- Built the billing services in Java with Hibernate on Windows servers
- Wrote the release notes for each version

## Skills

Java, Hibernate, Windows
"""


def test_a_skill_of_another_category_is_placed_without_a_neighbour() -> None:
    """Regression: "System design ... next to Windows" (an OS is no neighbour of design)."""
    placement = best_role(evidence_of(_WINDOWS_RESUME), "system-design")
    assert placement.role == "Java Developer, Inouvelle"
    assert placement.related == ()
    assert "Java" in best_role(evidence_of(_WINDOWS_RESUME), "jdbc").related
