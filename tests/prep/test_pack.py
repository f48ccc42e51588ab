"""What ``prepare`` puts in the pack, from fixture resumes and a posting (#6)."""

from __future__ import annotations

import pytest
from prep_inputs import GO_RESUME, analyse

import standout
from standout.errors import PrepInputError
from standout.model.posting import Posting
from standout.model.prep import PickReason, QuestionKind
from standout.model.report import Report, TargetRole
from standout.model.skills import Area
from standout.prep.bank import load_bank

PYTHON_FAMILY = {"python", "django", "django-rest-framework", "flask", "fastapi", "asyncio"}


def test_a_go_kubernetes_resume_gets_go_and_kubernetes_questions_and_no_django(
    go_report: Report,
) -> None:
    pack = standout.prepare(go_report)
    skills = {skill for q in pack.questions for skill in q.skills}
    assert {"go", "kubernetes"} <= skills
    assert any(q.id.startswith("go.") for q in pack.questions)
    assert any(q.id.startswith("kubernetes.") for q in pack.questions)
    for question in pack.questions:
        assert not PYTHON_FAMILY & set(question.skills), question.id
        assert "django" not in question.text.lower(), question.id
        assert "python" not in question.text.lower(), question.id


def test_the_four_talking_points_are_asked_for_the_top_language(go_report: Report) -> None:
    ids = {q.id for q in standout.prepare(go_report).questions}
    assert {"lang.projects:go", "lang.features:go", "lang.years:go", "lang.optimisations:go"} <= ids
    question = standout.prepare(go_report).question("lang.projects:go")
    assert question.text == (
        "What kinds of projects have you built with Go, and what was your own part in them?"
    )
    assert question.reason is PickReason.TOP_LANGUAGE


def test_evidence_names_the_role_dates_and_line(go_report: Report) -> None:
    question = standout.prepare(go_report).question("lang.optimisations:go")
    first = question.evidence[0]
    assert first.has_outcome
    assert first.context == "Backend Engineer, Freightly (Mar 2021 – Present)"
    assert go_report.resume.document.line(first.line).text == first.text
    assert question.story_prompt is None


def test_a_question_without_a_story_says_what_story_to_prepare(go_report: Report) -> None:
    pack = standout.prepare(go_report)
    listed = [q for q in pack.questions if q.reason is PickReason.STACK and not q.evidence]
    assert listed, "Redis, Docker and AWS are only listed: their questions have no story"
    for question in listed:
        assert question.story_prompt is not None
        assert "Nothing in your resume shows" in question.story_prompt
    assert pack.without_story == tuple(q for q in pack.questions if not q.evidence)


def test_skills_list_lines_are_never_offered_as_stories(go_report: Report) -> None:
    skills_lines = {
        n
        for s in go_report.resume.sections
        if s.kind.value == "skills"
        for n in range(s.first_line, s.last_line + 1)
    }
    for question in standout.prepare(go_report).questions:
        assert not {e.line for e in question.evidence} & skills_lines, question.id


def test_a_quantified_bullet_becomes_a_star_outline_with_its_figure(go_report: Report) -> None:
    pack = standout.prepare(go_report)
    outline = next(o for o in pack.star_outlines if "80%" in o.bullet)
    assert outline.action == "Introduced readiness probes and pod disruption budgets"
    assert outline.result == "Failed deploys fell by 80%"
    assert outline.figures == ("80%",)
    assert Area.RESULTS in outline.areas
    assert outline.context == "Backend Engineer, Freightly (Mar 2021 – Present)"
    prompts = load_bank().star_prompt(outline.impacts[0])
    assert outline.situation == f"Where: {outline.context}. {prompts.situation}"
    assert outline.task == prompts.task
    deploy = next(o for o in pack.star_outlines if "deploy time" in o.bullet)
    assert deploy.result == "Cutting deploy time from 40 minutes to 6 minutes"


def test_bullets_without_a_figure_get_no_star_outline(go_report: Report) -> None:
    lines = {o.line for o in standout.prepare(go_report).star_outlines}
    measured = {b.line for b in go_report.bullets if b.has_outcome}
    assert lines == measured


def test_behavioural_questions_point_at_their_star_outline(go_report: Report) -> None:
    pack = standout.prepare(go_report)
    linked = [q for q in pack.questions if q.star is not None]
    assert linked
    for question in linked:
        assert question.kind is QuestionKind.BEHAVIOURAL
        assert question.star.line in {e.line for e in question.evidence}


def test_a_junior_gets_no_staff_level_system_design(junior_report: Report) -> None:
    pack = standout.prepare(junior_report)
    bank = load_bank()
    designs = [q for q in pack.questions if q.kind is QuestionKind.SYSTEM_DESIGN]
    assert [q.id for q in designs] == ["design.own-project"]
    for question in pack.questions:
        if ":" not in question.id:  # bank questions (templates carry ":<skill>")
            assert TargetRole.JUNIOR in bank.get(question.id).seniorities, question.id


def test_a_staff_candidate_gets_staff_level_design_questions() -> None:
    pack = standout.prepare(analyse(GO_RESUME, "staff"))
    designs = [q.id for q in pack.questions if q.kind is QuestionKind.SYSTEM_DESIGN]
    assert len(designs) == 3
    assert "design.own-project" not in designs
    assert all(load_bank().get(d).seniorities <= {TargetRole.SENIOR, TargetRole.STAFF}
               or TargetRole.MID in load_bank().get(d).seniorities for d in designs)  # fmt: skip


def test_a_missing_must_have_produces_a_gap_question(
    go_report: Report, platform_posting: Posting
) -> None:
    pack = standout.prepare(go_report, posting=platform_posting)
    assert pack.posting_title == "Senior Backend Engineer, Platform"
    assert pack.match_score is not None
    gap = next(g for g in pack.gaps if g.skill_id == "grpc")
    assert gap.id == "gap:grpc"
    assert "gRPC" in gap.question
    assert gap.answer_outline[0].startswith("Say plainly that you haven't worked with gRPC")
    assert any("learn gRPC now" in step for step in gap.answer_outline)
    assert gap.posting_line == platform_posting.requirement("grpc").statement.line


def test_each_must_have_the_resume_shows_gets_a_question(
    go_report: Report, platform_posting: Posting
) -> None:
    pack = standout.prepare(go_report, posting=platform_posting)
    asked = {s for q in pack.questions if q.reason is PickReason.MUST_HAVE for s in q.skills}
    gaps = {g.skill_id for g in pack.gaps}
    for requirement in platform_posting.must_haves:
        assert requirement.skill_id in asked | gaps, requirement.skill_id
    go_question = next(
        q for q in pack.questions if q.reason is PickReason.MUST_HAVE and "go" in q.skills
    )
    assert go_question.posting_line == platform_posting.requirement("go").statement.line
    assert "The posting requires Go" in go_question.why


def test_a_gap_names_related_experience_from_the_same_category(
    junior_report: Report,
) -> None:
    posting = standout.parse_posting(
        b"Backend Developer\n\nRequirements\n- Experience with MySQL\n- Python\n",
        filename="p.txt",
    )
    pack = standout.prepare(junior_report, posting=posting)
    gap = next(g for g in pack.gaps if g.skill_id == "mysql")
    related = {r.skill_id: r for r in gap.related}
    assert "postgresql" in related
    assert related["postgresql"].relation == "same category: Relational database"
    assert related["postgresql"].line is not None


def test_a_match_made_beforehand_gives_the_same_pack(
    go_report: Report, platform_posting: Posting
) -> None:
    made = standout.match(go_report, platform_posting)
    assert standout.prepare(go_report, match=made) == standout.prepare(
        go_report, posting=platform_posting
    )


def test_talking_points_cards_use_computed_years_and_resume_projects(go_report: Report) -> None:
    card = standout.prepare(go_report).talking_points[0]
    assert card.skill_id == "go"
    assert card.years_of_use == go_report.skills.get("go").years_of_use
    assert card.years_note.startswith(f"{card.years_of_use:g} years from your dated roles")
    assert [p.context for p in card.projects] == [
        "Backend Engineer, Freightly (Mar 2021 – Present)",
        "Software Engineer, Paylane (Jun 2018 – Feb 2021)",
    ]
    assert card.optimisations and all(ref.has_outcome for ref in card.optimisations)
    assert "goroutines" in card.features


def test_the_soft_skill_checklist_covers_the_guides_areas(go_report: Report) -> None:
    checks = standout.prepare(go_report).soft_skills
    assert [c.area for c in checks] == [
        Area.COMMUNICATION, Area.PASSION, Area.PROBLEM_SOLVING, Area.RESULTS, Area.LEARNING,
        Area.CULTURE_FIT,
    ]  # fmt: skip
    learning = next(c for c in checks if c.area is Area.LEARNING)
    mentoring = next(i for i in learning.items if i.criterion_id == "learning.mentoring")
    assert mentoring.satisfied > 0
    assert "Mentored two junior engineers" in mentoring.evidence[0].text


def test_limit_keeps_must_haves_and_spreads_over_areas(
    go_report: Report, platform_posting: Posting
) -> None:
    pack = standout.prepare(go_report, posting=platform_posting, limit=12)
    assert len(pack.questions) == 12
    musts = [q for q in pack.questions if q.reason is PickReason.MUST_HAVE]
    full = standout.prepare(go_report, posting=platform_posting)
    assert len(musts) == sum(1 for q in full.questions if q.reason is PickReason.MUST_HAVE)
    assert len({q.area for q in pack.questions}) >= 8


def test_the_pack_is_the_same_every_time(go_report: Report) -> None:
    assert standout.prepare(go_report) == standout.prepare(go_report)
    ids = [q.id for q in standout.prepare(go_report).questions]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"limit": 0}, "limit"), ({"match": "x"}, "Match"), ({"posting": 3}, "Posting")],
)
def test_bad_arguments_are_coded_errors(go_report: Report, kwargs: dict, message: str) -> None:
    with pytest.raises(PrepInputError, match=message) as error:
        standout.prepare(go_report, **kwargs)
    assert error.value.code == "E251"


def test_prepare_needs_a_report() -> None:
    with pytest.raises(PrepInputError, match="analyze"):
        standout.prepare("resume.md")  # type: ignore[arg-type]
