"""The posting's own vocabulary: domain phrases, not job-ad filler (#5).

Regression: "Posting terms your resume never uses" listed "allocate resources",
"provides", "members", "tasks" and "internet" for a Lead Java Engineer posting.
"""

from __future__ import annotations

from datetime import date

import pytest

from standout.data import load_json
from standout.match import index_resume, match_evidence
from standout.model.posting import Posting
from standout.parse import parse
from standout.posting import parse_posting
from standout.posting._terms import MAX_TERMS, key_terms
from standout.read import read

_POSTING = b"""Lead Java Engineer

Our payments group builds the card platform behind 40 banks. Payment processing runs on
Java services; you will allocate resources and assign tasks to team members, and the team
provides support for the corporate internet and intranet.

Responsibilities
- Lead the payment processing services through the chargeback and dispute lifecycle.
- Work with team members to determine work tasks and allocate resources.
- Provides guidance on settlement reconciliation for the card network.

Requirements
- 5+ years of Java.
- Experience with chargeback handling and fraud scoring.
- Strong understanding of internet technologies.

We are an equal opportunity employer: all qualified applicants receive consideration for
employment without regard to race, color, religion or national origin. Please submit your
resume and cover letter.
"""


@pytest.fixture(scope="module")
def posting() -> Posting:
    return parse_posting(_POSTING, filename="lead-java.txt")


def test_domain_phrases_are_the_terms(posting: Posting) -> None:
    terms = {t.text: t.count for t in posting.terms}
    assert terms["payment processing"] == 2  # in the intro and the duties
    for phrase in ("settlement reconciliation", "chargeback handling", "fraud scoring"):
        assert phrase in terms, phrase  # once, but where the posting asks for something


def test_job_ad_filler_never_is_a_term(posting: Posting) -> None:
    """Regression (#5): the filler the QA report quoted."""
    words = " | ".join(t.text for t in posting.terms)
    for filler in ("allocate", "resources", "provides", "members", "tasks", "internet"):
        assert filler not in words, filler
    # The legal notice and how to apply are small print.
    for small_print in ("national origin", "qualified applicants", "cover letter"):
        assert small_print not in words


def test_a_phrase_seen_once_outside_the_asks_is_not_a_term(posting: Posting) -> None:
    assert "card platform" not in {t.text for t in posting.terms}  # intro, once


def test_terms_are_phrases_of_two_or_three_words() -> None:
    text = "Claims adjudication and claims adjudication rules; adjudication again. " * 3
    terms = key_terms([(text, 2, [])])
    # "adjudication" alone is no term; "claims adjudication rules" adds nothing to the
    # phrase inside it, used twice as often.
    assert [(t.text, t.count) for t in terms] == [
        ("claims adjudication", 6),
        ("adjudication rules", 3),
    ]
    three = key_terms([("Open banking gateway. Open banking gateway.", 1, [])])
    assert [t.text for t in three] == ["open banking gateway"]


def test_at_most_max_terms_and_plural_forms_merge() -> None:
    units = [
        (f"ledger entry{n} and ledger entries{n} and ledger entry{n}", 2, []) for n in range(40)
    ]
    terms = key_terms([(f"alpha{n} beta{n}", 2, []) for n in range(40)] + units)
    assert len(terms) == MAX_TERMS
    merged = key_terms([("cloud solution here. cloud solutions there.", 1, [])])
    assert [(t.text, t.count) for t in merged] == [("cloud solution", 2)]


def test_the_match_lists_at_most_ten_missing_terms(posting: Posting) -> None:
    resume = "# Ana\n\n## Experience\n\n### Engineer, Cardco \u2014 2019 \u2013 2024\n\n- Built fraud scoring in Java\n"
    parsed = parse(read(resume.encode(), filename="ana.md"), reference_date=date(2024, 6, 1))
    result = match_evidence(index_resume(parsed), posting)
    missing = [t.text for t in result.missing_terms]
    assert len(missing) <= 10
    assert "payment processing" in missing
    assert "fraud scoring" not in missing  # the resume uses it


def test_the_stop_list_is_data() -> None:
    data = load_json("posting_terms.json")
    assert {"function_words", "job_ad_words", "generic_words", "verbs", "adjectives"} <= set(data)
    assert {"members", "tasks", "internet", "provides"} <= set(data["job_ad_words"])
    assert "allocate" in data["verbs"]
