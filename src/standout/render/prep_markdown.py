"""The prep pack as Markdown: the candidate's own study sheet. Resume text is escaped."""

from __future__ import annotations

from standout.model.prep import (
    CheckStatus,
    EvidenceRef,
    GapQuestion,
    PrepPack,
    PrepQuestion,
    SoftSkillCheck,
    StarOutline,
    TalkingPointsCard,
)
from standout.render.markdown import escape_markdown as esc
from standout.render.markdown import markdown_table
from standout.render.prep_view import (
    NO_STORY,
    NumberedQuestion,
    PrepView,
    build_prep_view,
    evidence_label,
    question_tags,
    star_areas,
    star_label,
    years_label,
)

STATUS_MARKS = {
    CheckStatus.SHOWN: "shown",
    CheckStatus.PARTLY: "partly",
    CheckStatus.MISSING: "missing",
}


def render_prep_markdown(pack: PrepPack) -> str:
    view = build_prep_view(pack)
    blocks = [f"# Interview preparation: {esc(view.name)}", _summary(view)]
    if pack.talking_points:
        blocks.append("## Talking points for your top languages and frameworks")
        blocks += [_card(card) for card in pack.talking_points]
    if view.posting is not None:
        blocks.append("## For this posting")
        blocks.append("### Questions on its must-haves")
        blocks.append(
            "\n".join(f"- Q{n.number}. {esc(n.question.text)}" for n in view.must_have)
            or "The posting's must-haves are all covered by the gap questions below."
        )
        if pack.gaps:
            blocks.append("### Must-haves your resume doesn't show")
            blocks += [_gap(gap) for gap in pack.gaps]
    blocks.append("## Questions")
    for group in view.groups:
        blocks.append(f"### {esc(group.title)}")
        blocks += [_question(item) for item in group.questions]
    if pack.star_outlines:
        blocks.append("## STAR outlines from your measured bullets")
        blocks += [_star(outline) for outline in pack.star_outlines]
    blocks.append("## Soft-skill checklist")
    blocks.append(_checklist_table(pack.soft_skills))
    blocks += [_check(check) for check in pack.soft_skills]
    return "\n\n".join(blocks) + "\n"


def _summary(view: PrepView) -> str:
    lines = [
        f"Target: **{view.role}** backend role · {view.summary} · resume `{view.source}` · "
        f"reference date {view.reference_date}"
    ]
    if view.posting is not None:
        lines.append(f"Posting: {esc(view.posting)}")
    return "  \n".join(lines)


def _ref(ref: EvidenceRef) -> str:
    figures = f" (figures: {esc(', '.join(ref.figures))})" if ref.figures else ""
    return f"{esc(evidence_label(ref))}: “{esc(ref.text)}”{figures}"


def _question(item: NumberedQuestion) -> str:
    question: PrepQuestion = item.question
    lines = [
        f"**Q{item.number}. {esc(question.text)}**  ",
        f"*{question_tags(question)}* · {esc(question.why)}",
        "",
    ]
    if question.evidence:
        lines.append("- Your material:")
        lines += [f"  - {_ref(ref)}" for ref in question.evidence]
    else:
        lines.append(f"- {NO_STORY} {esc(question.story_prompt or '')}")
    if question.star is not None:
        lines.append(f"- STAR outline: see {esc(star_label(question.star))}.")
    lines.append(f"- A strong answer: {esc(question.guidance)}")
    return "\n".join(lines)


def _card(card: TalkingPointsCard) -> str:
    lines = [f"### {esc(card.name)} — {years_label(card.years_of_use, card.declared_years)}", ""]
    lines.append(f"- **Projects:** {esc(card.projects_note)}")
    lines += [f"  - {_ref(ref)}" for ref in card.projects]
    lines.append(f"- **Features:** {esc(card.features)}")
    lines.append(f"- **Years:** {esc(card.years_note)}")
    lines.append(f"- **Optimisations:** {esc(card.optimisations_note)}")
    lines += [f"  - {_ref(ref)}" for ref in card.optimisations]
    return "\n".join(lines)


def _gap(gap: GapQuestion) -> str:
    lines = [
        f"#### {esc(gap.name)} (posting line {gap.posting_line})",
        "",
        f"> {esc(gap.question)}",
        "",
    ]
    if gap.related:
        closest = "; ".join(
            f"{esc(r.name)} ({esc(r.relation)}{f', line {r.line}' if r.line else ''})"
            for r in gap.related
        )
        lines += [f"Closest in your resume: {closest}.", ""]
    lines += [f"{n}. {esc(step)}" for n, step in enumerate(gap.answer_outline, start=1)]
    return "\n".join(lines)


def _star(outline: StarOutline) -> str:
    return "\n".join(
        [
            f"### {esc(star_label(outline))}",
            "",
            f"“{esc(outline.bullet)}”  ",
            f"*Answers questions on: {star_areas(outline)}*",
            "",
            f"- **Situation:** {esc(outline.situation)}",
            f"- **Task:** {esc(outline.task)}",
            f"- **Action:** {esc(outline.action)}",
            f"- **Result:** {esc(outline.result)}",
        ]
    )


def _checklist_table(checks: tuple[SoftSkillCheck, ...]) -> str:
    return markdown_table(
        ("Area", "Evidence", "Score"),
        ((esc(c.title), STATUS_MARKS[c.status], str(c.score)) for c in checks),
        align=("left", "left", "right"),
    )


def _check(check: SoftSkillCheck) -> str:
    lines = [f"### {esc(check.title)}: {STATUS_MARKS[check.status]}", ""]
    for item in check.items:
        mark = "x" if item.satisfied > 0 else " "
        where = "; ".join(f"line {e.line}: “{esc(e.text)}”" for e in item.evidence)
        lines.append(f"- [{mark}] {esc(item.description)}" + (f" — {where}" if where else ""))
    if check.status is not CheckStatus.SHOWN:
        lines += ["", f"To prepare: {esc(check.prompt)}"]
    return "\n".join(lines)
