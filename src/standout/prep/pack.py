"""``prepare``: the interview-preparation pack of one report (and, optionally, a posting)."""

from __future__ import annotations

from standout.errors import PrepInputError
from standout.model.match import Match
from standout.model.posting import Posting
from standout.model.prep import (
    PREP_SCHEMA_VERSION,
    EvidenceRef,
    PickReason,
    PrepPack,
    PrepQuestion,
    QuestionKind,
    StarOutline,
)
from standout.model.report import Report
from standout.prep.bank import QuestionBank, load_bank
from standout.prep.checklist import soft_skill_checklist
from standout.prep.evidence import EvidenceIndex
from standout.prep.gaps import gap_questions
from standout.prep.select import Candidate, Pick, candidate_of, must_haves, pick_questions
from standout.prep.star import star_outlines
from standout.prep.talking_points import talking_points
from standout.render.text import format_years


def prepare(
    report: Report,
    *,
    match: Match | None = None,
    posting: Posting | None = None,
    limit: int | None = None,
) -> PrepPack:
    """The interview-preparation pack for the candidate behind ``report``.

    With a ``posting`` (or a ``match`` already made against one) the pack adds a question on
    each must-have and an honest answer outline for each must-have the resume lacks.
    ``limit`` caps the number of questions (must-haves first, then every area in turn).
    """
    if not isinstance(report, Report):
        raise PrepInputError(
            f"prepare() needs a Report, not {type(report).__name__}.",
            hint="Analyse the resume first: standout.prepare(standout.analyze(path)).",
        )
    if limit is not None and (not isinstance(limit, int) or limit < 1):
        raise PrepInputError(
            f"limit must be a whole number of questions, 1 or more (got {limit!r}).",
            hint="Leave it out to get every question that fits.",
        )
    if match is not None and not isinstance(match, Match):
        raise PrepInputError(
            f"match must be a Match, not {type(match).__name__}.",
            hint="Make one with standout.match(report, posting), or pass posting= instead.",
        )
    if match is None and posting is not None:
        if not isinstance(posting, Posting):
            raise PrepInputError(
                f"posting must be a Posting, not {type(posting).__name__}.",
                hint="Parse it first: standout.parse_posting(path).",
            )
        from standout.match import match as match_resume

        match = match_resume(report, posting)
    bank = load_bank()
    index = EvidenceIndex(report)
    candidate = candidate_of(report)
    musts = must_haves(match)
    with_story = {
        criterion.criterion_id
        for area in report.areas
        for criterion in area.criteria
        if index.criteria_lines((criterion.criterion_id,))
    }
    picks = pick_questions(bank, candidate, musts, has_evidence=with_story, limit=limit)
    outlines = star_outlines(report, index, bank)
    star_by_line = {outline.line: outline for outline in outlines}
    questions = tuple(
        _question(pick, report, index, bank, candidate, star_by_line) for pick in picks
    )
    contact_name = report.resume.contact.name
    return PrepPack(
        schema_version=PREP_SCHEMA_VERSION,
        role=report.role,
        resume_source=report.resume.document.source,
        candidate=contact_name,
        reference_date=report.resume.reference_date.isoformat(),
        posting_title=match.posting_title if match is not None else None,
        posting_source=match.posting_source if match is not None else None,
        match_score=match.score if match is not None else None,
        questions=questions,
        talking_points=talking_points(report, index),
        star_outlines=outlines,
        gaps=gap_questions(report, index, musts),
        soft_skills=soft_skill_checklist(report, index, bank),
        bank_size=len(bank),
    )


def _question(
    pick: Pick,
    report: Report,
    index: EvidenceIndex,
    bank: QuestionBank,
    candidate: Candidate,
    star_by_line: dict[int, StarOutline],
) -> PrepQuestion:
    question = pick.question
    evidence = _evidence(pick, index, candidate)
    story_prompt = None
    if not evidence:
        if pick.reason is PickReason.AREA or not pick.skills:
            story_prompt = bank.story_prompts[question.area]
        else:
            story_prompt = bank.skill_story_prompt.replace("{skill}", _skill_name(pick, candidate))
    star = None
    if question.kind is QuestionKind.BEHAVIOURAL:
        star = next((star_by_line[e.line] for e in evidence if e.line in star_by_line), None)
    return PrepQuestion(
        id=pick.id,
        text=pick.text,
        area=question.area,
        kind=question.kind,
        guidance=question.guidance,
        reason=pick.reason,
        why=_why(pick, report, candidate),
        skills=pick.skills,
        evidence=evidence,
        story_prompt=story_prompt,
        star=star,
        posting_line=pick.must.posting_line if pick.must is not None else None,
    )


def _evidence(pick: Pick, index: EvidenceIndex, candidate: Candidate) -> tuple[EvidenceRef, ...]:
    question = pick.question
    skill_lines = [line for skill in pick.skills for line in index.skill_lines(skill)]
    if pick.must is not None:
        skill_lines += [line for line in pick.must.resume_lines if index.is_story(line)]
    criteria_lines = index.criteria_lines(question.criteria)
    if pick.reason is not PickReason.AREA:
        # a question on a skill is answered by that skill's work, criteria only as support
        return index.best(skill_lines, criteria_lines if skill_lines else ())
    area_lines = index.area_lines(question.area) if not question.criteria else []
    return index.best(skill_lines, criteria_lines, area_lines)


def _skill_name(pick: Pick, candidate: Candidate) -> str:
    if pick.must is not None and pick.skills == (pick.must.skill_id,):
        return pick.must.name
    skill = candidate.skills.get(pick.skills[0])
    if skill is not None:
        return skill.name
    from standout.skills.taxonomy import load_taxonomy

    known = load_taxonomy().skills.get(pick.skills[0])
    return known.name if known is not None else pick.skills[0]


def _why(pick: Pick, report: Report, candidate: Candidate) -> str:
    if pick.reason is PickReason.MUST_HAVE and pick.must is not None:
        must = pick.must
        shown = (
            "your resume doesn't show it yet"
            if must.missing
            else "your resume only lists it"
            if must.listed_only
            else "your resume shows it in use"
        )
        return f"The posting requires {must.label} (posting line {must.posting_line}); {shown}."
    if pick.reason is PickReason.TOP_LANGUAGE:
        skill = candidate.skills.get(pick.skills[0])
        name = _skill_name(pick, candidate)
        years = skill.years_of_use if skill is not None else None
        detail = f" ({format_years(years)} in dated roles)" if years is not None else ""
        return f"{name} is one of your top languages or frameworks{detail}."
    if pick.reason is PickReason.STACK:
        skill = candidate.skills.get(pick.skills[0])
        name = _skill_name(pick, candidate)
        if skill is not None and skill.applied:
            return f"You show {name} in use; expect to be asked how deep that goes."
        return f"You list {name}; an interviewer may test how well you know it."
    title = report.area(pick.question.area).title
    if pick.question.kind is QuestionKind.SYSTEM_DESIGN:
        return f"A system-design question for a {report.role.value} role."
    if pick.skills:
        names = ", ".join(_name_of(s, candidate) for s in pick.skills)
        return f"A question of the {title} area on what you show ({names})."
    return f"A common question of the {title} area."


def _name_of(skill_id: str, candidate: Candidate) -> str:
    skill = candidate.skills.get(skill_id)
    return skill.name if skill is not None else skill_id
