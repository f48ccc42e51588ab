"""Postings whose bullets lost their line breaks: either-or groups and terms per item (#5)."""

from __future__ import annotations

from standout.posting import parse_posting
from standout.posting._terms import key_terms

# The shape a job board leaves: bullets glued to the word before their dash.
GLUED_BULLETS = (
    "Java Developer\n"
    "Overview:The application serves as a middle tier, backed by a relational database "
    "(Oracle, SQL Server, MySQL) via JDBC. Required Skills:- Core Java with experience "
    "creating JDBC interfaces to relational Databases- Multithreading (basic experience)- "
    "Able to develop and work on a Linux, AIX, or a Unix derived OS - SQL- Socket level "
    "messaging (basic experience) Preferred Skills:- Experience with some type of version "
    "control tool, preferably a DVCS- Socket level messaging Non-Technical Requirements:- "
    "Must be able to pass background checks\n"
)


def _group(posting, skill_id: str) -> set[str]:  # type: ignore[no-untyped-def]
    requirement = posting.requirement(skill_id)
    assert requirement is not None
    return {requirement.skill_id, *requirement.alternatives}


def test_a_derived_os_list_is_one_either_or_requirement() -> None:
    posting = parse_posting(GLUED_BULLETS.encode(), filename="posting.txt")
    assert _group(posting, "linux") == {"linux", "aix", "unix"}
    assert _group(posting, "aix") == {"linux", "aix", "unix"}
    assert posting.requirement("linux").importance.value == "must"


def test_a_bracketed_list_after_its_general_skill_is_one_choice() -> None:
    posting = parse_posting(GLUED_BULLETS.encode(), filename="posting.txt")
    assert {"oracle-database", "sql-server", "mysql"} <= _group(posting, "oracle-database")
    # Asked for on its own elsewhere, the general skill stays a requirement of its own.
    assert posting.requirement("rdbms").importance.value == "must"


def test_bullets_glued_to_their_dash_are_separate_units() -> None:
    posting = parse_posting(GLUED_BULLETS.encode(), filename="posting.txt")
    assert posting.requirement("multithreading").statement.text == (
        "Multithreading (basic experience)"
    )


def test_terms_never_join_words_of_two_list_items() -> None:
    posting = parse_posting(GLUED_BULLETS.encode(), filename="posting.txt")
    terms = {term.text.lower() for term in posting.terms}
    assert "dvcs socket" not in terms
    assert "messaging non-technical" not in terms


def test_a_dash_after_a_word_ends_the_phrase() -> None:
    texts = [("preferably a DVCS- Trading systems", 2, ())] * 2
    assert [term.text for term in key_terms(texts)] == ["trading systems"]


def test_perks_under_a_glued_what_is_in_it_for_you_heading_are_no_terms() -> None:
    text = (
        "Support Technician\n"
        "Requirements:- Experience with Windows and Active Directory in a school or "
        "educational facilityWhat's In It for You- Competitive Salary- Spacious Indoor and "
        "Outdoor Dining Areas- Cookout Fridays- Flexible Hours\n"
    )
    posting = parse_posting(text.encode(), filename="posting.txt")
    terms = {term.text.lower() for term in posting.terms}
    assert not terms & {"cookout fridays", "outdoor dining", "spacious indoor"}
    assert "benefits" in {part.kind.value for part in posting.parts}
