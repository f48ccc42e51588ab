"""Regressions from QA's reading of real resumes and postings (#3): both sides of each rule."""

from __future__ import annotations

import pytest

from standout.skills import extract_mentions
from standout.skills.extract import default_extractor


def ids(text: str) -> list[str]:
    return [m.skill_id for m in extract_mentions(text)]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Support Engineer at HCL-Comnet, later on Terraform and AWS", "hcl"),
        ("Owned SWB-EBS_Support on AWS with Terraform", "aws-ebs"),
        ("Renamed the python_helpers module", "python"),
    ],
)
def test_a_name_glued_into_an_identifier_is_no_mention_issue_3(text: str, absent: str) -> None:
    assert absent not in ids(text)


def test_hyphenated_prose_still_counts_issue_3() -> None:
    assert ids("Kafka-based pipeline on AWS-hosted Spark") == ["kafka", "aws", "spark"]


def test_a_library_needs_the_language_it_implies_issue_3() -> None:
    assert "serde" not in ids("Hive tables with Pig, regex Serde and UDFs")
    assert ids("Rust services using Serde and Tokio") == ["rust", "serde", "tokio"]


@pytest.mark.parametrize(
    "text",
    ["SNS College of Technology", "Phoenix Microsystems Pvt Ltd", "Go Ayur System, Python"],
)
def test_a_name_that_begins_an_organisation_is_no_skill_issue_3(text: str) -> None:
    assert set(ids(text)) <= {"python"}


def test_generic_words_need_another_skill_nearby_issue_3() -> None:
    assert ids("Member of the trial monitoring committee; the X-ray clinic CI logo") == []
    assert ids("Set up CI and monitoring with Jenkins and Prometheus") == [
        "continuous-integration",
        "monitoring",
        "jenkins",
        "prometheus",
    ]


def test_shared_aws_names_follow_the_other_skills_issue_3() -> None:
    assert ids("API Gateway and IAM with Lambda") == ["aws-api-gateway", "aws-iam", "aws-lambda"]
    assert ids("API Gateway and IAM with Kong and Keycloak") == [
        "api-gateways",
        "iam",
        "kong",
        "keycloak",
    ]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Built APIs in Java.\nExpress your ideas clearly.", "express"),
        ("Deployed on AWS.\nManaged a Chef team in the kitchen.", "chef"),
        ("Deployed on AWS. Managed a Chef team in the kitchen.", "chef"),
        (
            "Database Used: MySQL.\nSynopsis: Go Ayurveda Panchakarma center is one of most"
            " traditionally well established providers",
            "go",
        ),
    ],
)
def test_context_from_another_sentence_licenses_nothing_issue_3(text: str, absent: str) -> None:
    assert absent not in ids(text)


def test_context_in_the_same_sentence_still_licenses_issue_3() -> None:
    assert "chef" in ids("Deployed on AWS and managed Chef for Terraform hosts.")
    assert "express" in ids("REST APIs with Node and Express")
    assert "go" in ids("Languages: Python, Go")


def test_a_name_opening_a_sentence_as_a_verb_is_no_skill_issue_3() -> None:
    assert "express" not in ids("Express your ideas in Java and Python.")
    assert "express" not in ids("Shipped Java services.\n• Express our plans to Python users")
    # Opening a sentence with a noun after it is still the tool.
    assert "express" in ids("Express middleware for JWT authentication")
    assert "salt" in ids("Salt was used by the previous team; I moved the hosts to Ansible.")


def test_a_skills_list_still_takes_ambiguous_names_at_their_word_issue_3() -> None:
    assert [m.skill_id for m in extract_mentions("Go", list_context=True)] == ["go"]
    assert "express" in [
        m.skill_id for m in extract_mentions("Express your ideas", list_context=True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Knowledge of Rust is a plus", "rust"),
        ("with at least 3 years of Go in production", "go"),
        ("* Knowledge of Angular", "angular"),
        ("- Go for writing operators and tools", "go"),
        ("Go for writing operators and tools", "go"),  # a Markdown item, its mark read off
        ("☞ Go (a little)", "go"),
        ("- Chef", "chef"),
    ],
)
def test_a_name_asked_for_or_alone_in_its_list_item_is_a_skill_issue_3(
    text: str, expected: str
) -> None:
    """Postings ask for one skill per item; a sentence boundary must not lose them."""
    assert expected in ids(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Go for it!", "go"),
        ("Head of Chef hiring", "chef"),
        ("- Express your ideas clearly.", "express"),
    ],
)
def test_ordinary_words_at_an_items_start_stay_words_issue_3(text: str, absent: str) -> None:
    assert absent not in ids(text)


def test_a_lone_name_without_a_list_mark_may_be_a_job_title_issue_3() -> None:
    assert "chef" not in ids("Chef\nThe Harbour Kitchen, 2019-2021")


@pytest.mark.parametrize(
    "text",
    [
        "Environment: Hadoop 2.x, HDFS, Yarn, Hive, Sqoop, HBase",
        "Tuned YARN on a 96 node Hadoop cluster",
    ],
)
def test_yarn_beside_hadoop_is_its_resource_manager_issue_3(text: str) -> None:
    found = ids(text)
    assert "hadoop-yarn" in found
    assert not {"yarn", "nodejs", "javascript"} & set(found)
    assert "javascript" not in default_extractor().implied("hadoop-yarn")


def test_yarn_beside_javascript_tools_is_the_package_manager_issue_3() -> None:
    assert ids("Built with Yarn, npm and webpack") == ["yarn", "npm", "webpack"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Ran the Operations Support Systems (OSS) for telecom on Linux", "open-source"),
        ("OSS Ids/Developer Keys for SAP ABAP", "open-source"),
        ("Environment: Windows, Linux, SQL, Rational Robot V2002 and QTP V 9.2.", "v"),
        ("Tools: QTP V 9.2", "v"),
        ("Coordinated with ISPs like Airtel, Sify & HCL Comnet for all WAN issues", "hcl"),
        ("Exported schemas with datapump and Data Pump", "oracle-sql-developer"),
        ("Tuned PostgreSQL performance Devise and implement key constraints", "devise"),
        ("Reviewed SQL code * Devise or modify processes", "devise"),
    ],
)
def test_words_and_other_names_are_no_skill_issue_3(text: str, absent: str) -> None:
    assert absent not in ids(text)


def test_the_names_still_count_where_they_mean_the_skill_issue_3() -> None:
    assert "open-source" in ids("Made OSS contributions to the Django project")
    assert "v" in ids("Languages: C, V, Zig and Rust")
    assert "hcl" in ids("Terraform modules in HCL for AWS")
    assert "oracle-database" in ids("Nightly exports with datapump")
    assert "devise" in ids("Rails app with Devise and Pundit on PostgreSQL")


@pytest.mark.parametrize(
    ("skill_id", "implied"),
    [
        ("spring-mvc", "mvc"),
        ("asp-net-mvc", "mvc"),
        ("asp-net-mvc", "asp-net"),
        ("struts", "mvc"),
        ("rails", "mvc"),
    ],
)
def test_mvc_frameworks_imply_the_pattern_issue_3(skill_id: str, implied: str) -> None:
    assert implied in default_extractor().implied(skill_id)
    assert "mvc" not in default_extractor().implied("django")


def test_asp_net_mvc_is_its_own_skill_issue_3() -> None:
    assert ids("Web apps in ASP.NET MVC") == ["asp-net-mvc"]


def test_all_capitals_go_counts_beside_other_skills_issue_3() -> None:
    assert ids("Experience with GO, Docker, Kubernetes") == ["go", "docker", "kubernetes"]
    assert "go" in [m.skill_id for m in extract_mentions("GO", list_context=True)]
    assert "go" not in ids("WE GO FAST")
    assert "go" not in ids("GO LIVE, Docker")


def test_lowercase_spark_counts_before_a_tech_word_issue_3() -> None:
    assert ids("Developing spark Jobs for various business rules.") == ["spark"]
    assert "spark" not in ids("Ideas that spark interest in the team")


@pytest.mark.parametrize("text", ["Loaded files with SQL*Loader", "Scripts run in SQL*Plus"])
def test_oracle_client_tools_are_the_database_not_the_ide_issue_3(text: str) -> None:
    assert ids(text) == ["oracle-database"]


def test_the_sql_developer_ide_is_still_its_own_skill_issue_3() -> None:
    assert ids("Queries written in Oracle SQL Developer") == ["oracle-sql-developer"]
