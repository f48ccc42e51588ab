"""A specific skill satisfies the general one a posting asks for (#5).

A posting that asks for "relational database systems" must be satisfied by a resume that
shows PostgreSQL or Oracle: the taxonomy says every relational engine implies the general
skill, every NoSQL store implies NoSQL, every broker message queues, and so on.
"""

from __future__ import annotations

import pytest
from match_inputs import evidence_of

from standout.match import match_evidence
from standout.model.match import EvidenceLevel
from standout.posting import parse_posting
from standout.skills.taxonomy import load_taxonomy

UMBRELLAS = {
    "rdbms": ["postgresql", "mysql", "oracle-database", "sql-server", "mariadb", "aws-rds"],
    "nosql": ["mongodb", "cassandra", "aws-dynamodb", "azure-cosmos-db", "neo4j", "redis"],
    "message-queues": ["kafka", "rabbitmq", "activemq", "aws-sqs", "azure-service-bus"],
    "cloud-computing": ["aws", "azure", "gcp", "aws-lambda"],
    "containers": ["docker", "podman", "kubernetes", "aws-eks"],
    "ci-cd": ["jenkins", "github-actions", "gitlab-ci", "circleci"],
    "orm": ["hibernate", "jpa", "sqlalchemy", "entity-framework", "activerecord"],
    "unit-testing": ["junit", "pytest", "jest", "testng", "mocha", "mockito"],
    "sql": ["postgresql", "oracle-database"],
    "version-control": ["git", "github"],
    "full-text-search": ["elasticsearch", "solr"],
}


@pytest.mark.parametrize(("general", "specifics"), sorted(UMBRELLAS.items()))
def test_every_specific_skill_implies_its_general_skill(general: str, specifics: list[str]) -> None:
    taxonomy = load_taxonomy()
    for skill_id in specifics:
        assert general in taxonomy.implied(skill_id), f"{skill_id} should imply {general}"


def test_umbrellas_do_not_imply_their_members() -> None:
    taxonomy = load_taxonomy()
    assert "postgresql" not in taxonomy.implied("rdbms")
    assert "kafka" not in taxonomy.implied("message-queues")
    assert "rdbms" not in taxonomy.implied("mongodb")
    assert "nosql" not in taxonomy.implied("postgresql")


_POSTING = b"""Lead Java Engineer

Qualifications
- 5+ years of programming experience in Java.
- A solid background in relational database systems.
- Experience with NoSQL stores and message brokers.
"""

_DBA = """# Dana Okafor

## Experience

### Database Engineer, Northwind Health \u2014 Mar 2017 \u2013 Present

- Tuned Oracle and PostgreSQL schemas behind the claims service written in Java
- Moved the audit trail to MongoDB and fed it from RabbitMQ

## Skills

Java, Oracle, PostgreSQL, MongoDB, RabbitMQ
"""


def test_specific_databases_satisfy_the_relational_must_have() -> None:
    """Regression (#5): every resume, DBAs included, missed "Relational databases"."""
    posting = parse_posting(_POSTING, filename="lead-java.txt")
    asked = {r.skill_id for r in posting.must_haves}
    assert {"java", "rdbms", "nosql", "message-queues"} <= asked
    result = match_evidence(evidence_of(_DBA), posting)
    by_id = {r.skill_id: r for r in result.requirements}
    for general, source in (
        ("rdbms", {"oracle-database", "postgresql"}),
        ("nosql", {"mongodb"}),
        ("message-queues", {"rabbitmq"}),
    ):
        requirement = by_id[general]
        assert requirement.level is EvidenceLevel.APPLIED_DATED, general
        assert requirement.implied
        assert requirement.matched_skill_id in source
        assert requirement.credit == pytest.approx(0.9)
    assert result.missing_must == ()


_WEB_POSTING = b"""Web Developer

Requirements
- 3+ years of web development experience.
- Experience with Python.
"""

_DJANGO = """# Ravi Kumar

## Experience

### Python Developer, Acme Ltd \u2014 Jan 2019 \u2013 Present

- Built the customer portal in Django with HTML and CSS templates
- Wrote the orders service in Python

## Skills

Python, Django, HTML, CSS
"""


def test_a_web_framework_satisfies_web_development() -> None:
    """QA: a Django developer was told "you haven't worked with web development yet"."""
    posting = parse_posting(_WEB_POSTING, filename="web.txt")
    assert "web-development" in {r.skill_id for r in posting.must_haves}
    result = match_evidence(evidence_of(_DJANGO), posting)
    requirement = next(r for r in result.requirements if r.skill_id == "web-development")
    assert requirement.level is EvidenceLevel.APPLIED_DATED and requirement.implied
    assert requirement.matched_skill_id in {"django", "html", "css"}
    assert "web-development" not in {r.skill_id for r in result.missing_must}
