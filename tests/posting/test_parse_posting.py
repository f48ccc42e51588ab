"""parse_posting on the shapes postings come in: glued paragraphs, inline headings, inputs (#5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from standout.errors import EmptyPostingError
from standout.model.posting import DegreeLevel, Importance, PartKind, Seniority
from standout.posting import parse_posting
from standout.read import read

POSTINGS = Path(__file__).parent.parent / "fixtures" / "postings"

# The shape job boards export: one paragraph, headings and sentences glued together.
GLUED = (
    "Our client builds freight software in Denver.Responsibilities:Build REST services in "
    "Java and Spring BootSupport the on-call rotation. Required Qualifications:Bachelor's "
    "degree (preferably in Computer Engineering) and a minimum of 6 years of applicable "
    "experience.Minimum 3 years with Kafka.Experience with Docker and KubernetesStrong SQL "
    "skills PREFERRED QUALIFICATIONS • Terraform • Familiarity with Grafana • AWS experience "
    "is a plus. With more than 40 years of experience, our client has earned a reputation."
)


def _importance(posting, skill_id: str) -> str | None:  # type: ignore[no-untyped-def]
    requirement = posting.requirement(skill_id)
    return requirement.importance.value if requirement else None


def test_a_glued_paragraph_is_cut_at_its_seams() -> None:
    posting = parse_posting(GLUED.encode(), filename="posting.txt", title="Senior Java Engineer")
    kinds = [part.kind for part in posting.parts]
    assert kinds == [
        PartKind.INTRO,
        PartKind.RESPONSIBILITIES,
        PartKind.REQUIREMENTS,
        PartKind.NICE_TO_HAVE,
    ]
    musts = {"java", "kafka", "docker", "kubernetes", "sql"}
    assert {skill for skill in musts if _importance(posting, skill) == "must"} == musts
    for skill in ("terraform", "grafana", "aws"):
        assert _importance(posting, skill) == "nice", skill
    assert posting.requirement("kafka").years == 3  # type: ignore[union-attr]
    assert posting.years is not None and posting.years.minimum == 6  # not the company's 40
    assert posting.degree is not None and posting.degree.importance is Importance.MUST
    assert posting.seniority is Seniority.SENIOR


def test_a_preferred_degree_is_a_nice_to_have() -> None:
    posting = parse_posting(
        b"Requirements\n- Python\n- A BS in Computer Science or a related field is preferred\n",
        filename="p.txt",
    )
    assert posting.degree is not None
    assert (posting.degree.level, posting.degree.importance) == (
        DegreeLevel.BACHELOR,
        Importance.NICE,
    )


def test_every_skill_of_each_part_has_its_offsets() -> None:
    posting = parse_posting(POSTINGS / "java-spring-senior.txt")
    text = posting.document.text
    for part in posting.parts:
        for mention in part.mentions:
            assert part.start <= mention.start < part.end
            assert text[mention.start : mention.end] == mention.text
    requirements = next(p for p in posting.parts if p.kind is PartKind.REQUIREMENTS)
    assert requirements.heading == "Requirements"
    assert {"java", "kafka", "junit"} <= {m.skill_id for m in requirements.mentions}


def test_responsibilities_are_kept_with_their_lines() -> None:
    posting = parse_posting(POSTINGS / "java-spring-senior.txt")
    assert len(posting.responsibilities) == 4
    first = posting.responsibilities[0]
    assert first.text.startswith("Design and build REST APIs")
    assert posting.document.line(first.line).text.endswith(first.text)


def test_inputs_path_bytes_and_document_agree() -> None:
    path = POSTINGS / "python-django-mid.md"
    from_path = parse_posting(path)
    from_bytes = parse_posting(path.read_bytes(), filename="job.md")
    from_document = parse_posting(read(path))
    expected = [(r.skill_id, r.importance) for r in from_path.requirements]
    assert [(r.skill_id, r.importance) for r in from_bytes.requirements] == expected
    assert [(r.skill_id, r.importance) for r in from_document.requirements] == expected


def test_title_argument_wins_and_its_skills_are_must_haves() -> None:
    posting = parse_posting(
        b"We build things.\nNice to have: Go and Kafka\n", filename="p.txt", title="Go Engineer"
    )
    assert posting.title == "Go Engineer"
    assert _importance(posting, "go") == "must"
    assert _importance(posting, "kafka") == "nice"


def test_html_posting_reads_its_headings() -> None:
    posting = parse_posting(POSTINGS / "node-junior.html")
    assert [p.kind for p in posting.parts][1:4] == [
        PartKind.RESPONSIBILITIES,
        PartKind.REQUIREMENTS,
        PartKind.NICE_TO_HAVE,
    ]
    assert posting.title == "Junior Backend Developer (Node.js)"


@pytest.mark.parametrize("data", [b"", b"   \n\t\n"])
def test_empty_posting_is_e200(data: bytes) -> None:
    with pytest.raises(EmptyPostingError, match=r"^\[E200\] The posting"):
        parse_posting(data, filename="posting.txt")


def test_key_terms_are_not_skills_or_filler() -> None:
    posting = parse_posting(POSTINGS / "engineering-manager.txt")
    terms = [t.text for t in posting.terms]
    assert terms, "the posting has a vocabulary"
    skill_names = {r.name.lower() for r in posting.requirements}
    assert not skill_names & set(terms)
    assert not {"experience", "years", "strong", "requirements"} & set(terms)
