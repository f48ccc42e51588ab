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
