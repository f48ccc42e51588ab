"""The practice session: the pack's questions one at a time, answers kept in a Markdown file.

The loop talks to the user only through a ``PracticeIO`` (show a line, read a line), so
that the terminal face decides colour and layout (``standout.render.prep_practice``) and
tests can drive it with plain lists. Typing an answer ends with an empty line; on the first
line of an answer ``skip``, ``hint``, ``help`` and ``quit`` are commands. End of input
(Ctrl-D) records what was typed and stops; Ctrl-C keeps what was typed as a draft and
stops. Every answer is written to the file as soon as it is given.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from standout.model.prep import PrepPack, QuestionKind
from standout.prep.answers import AnswersFile
from standout.prep.feedback import AnswerFeedback, answer_feedback
from standout.prep.titles import area_title


class Style(StrEnum):
    """What a line is, so the terminal can style it; plain mode ignores it."""

    TEXT = "text"
    TITLE = "title"  # "Question 3 of 40"
    QUESTION = "question"
    NOTE = "note"  # material, hints, help
    GOOD = "good"  # feedback that is satisfied
    ADVICE = "advice"  # feedback that asks for more


class PracticeIO(Protocol):
    def show(self, text: str, style: Style = Style.TEXT) -> None:
        """Print one line (or a paragraph) of output."""

    def read_line(self, prompt: str) -> str:
        """One line typed by the user, without its newline; EOFError at end of input."""


class Ending(StrEnum):
    FINISHED = "finished"  # every question answered or skipped
    QUIT = "quit"
    END_OF_INPUT = "end_of_input"
    INTERRUPTED = "interrupted"


@dataclass(frozen=True, slots=True)
class PracticeItem:
    id: str
    text: str
    heading: str  # "Technical · Go" for the file and the screen
    kind: QuestionKind
    guidance: str
    material: tuple[str, ...]  # "line 12: “Cut the reconciliation run…”"


@dataclass(frozen=True, slots=True)
class SessionSummary:
    ending: Ending
    answered_now: int
    skipped: int
    answered_before: int
    remaining: int


COMMANDS = ("skip", "hint", "help", "quit")
HELP = (
    "Type your answer over as many lines as you like and finish with an empty line.",
    "On the first line of an answer you can type: skip (next question), hint (what a "
    "strong answer covers), help (this text), quit (stop; your answers are saved).",
    "Ctrl-D ends the session and records what you typed; Ctrl-C stops and keeps what you "
    "typed as a draft. Run the command again with the same answers file to go on.",
)
PROMPT_FIRST = "Your answer (end with an empty line):"
PROMPT_MORE = ""


def practice_items(pack: PrepPack) -> list[PracticeItem]:
    """The questions of the pack, then its gap questions, in pack order."""
    items = [
        PracticeItem(
            id=q.id,
            text=q.text,
            heading=f"{q.kind.value.replace('_', ' ').capitalize()} · {area_title(q.area)}",
            kind=q.kind,
            guidance=q.guidance,
            material=tuple(f"line {e.line}: “{e.text}”" for e in q.evidence)
            or (f"No story yet. {q.story_prompt}",),
        )
        for q in pack.questions
    ]
    items += [
        PracticeItem(
            id=gap.id,
            text=gap.question,
            heading="Gap · " + gap.name,
            kind=QuestionKind.BEHAVIOURAL,
            guidance=" ".join(gap.answer_outline),
            material=tuple(f"{r.name}: {r.relation}" for r in gap.related),
        )
        for gap in pack.gaps
    ]
    return items


def run_practice(pack: PrepPack, answers: AnswersFile, io: PracticeIO) -> SessionSummary:
    items = practice_items(pack)
    done = answers.answered()
    pending = [item for item in items if item.id not in done]
    before = len(items) - len(pending)
    counts = {"answered": 0, "skipped": 0}
    if not pending:
        io.show(f"All {len(items)} questions are answered in {answers.path}.", Style.GOOD)
        return SessionSummary(Ending.FINISHED, 0, 0, before, 0)
    io.show(
        f"{len(pending)} questions to practise"
        + (f" ({before} answered before, skipped now)" if before else "")
        + f". Answers are saved to {answers.path} after each one.",
        Style.NOTE,
    )
    io.show("Finish an answer with an empty line. Type help for the commands.", Style.NOTE)
    for position, item in enumerate(pending, start=1):
        ending = _ask(item, position, len(pending), answers, io, counts)
        if ending is not None:
            return _summary(ending, counts, before, len(pending), answers, io)
    return _summary(Ending.FINISHED, counts, before, len(pending), answers, io)


def _ask(
    item: PracticeItem,
    position: int,
    total: int,
    answers: AnswersFile,
    io: PracticeIO,
    counts: dict[str, int],
) -> Ending | None:
    io.show("")
    io.show(f"Question {position} of {total} · {item.heading}", Style.TITLE)
    io.show(item.text, Style.QUESTION)
    for line in item.material:
        io.show("Your material: " + line, Style.NOTE)
    while True:
        lines: list[str] = []
        try:
            ended = _read_answer(io, lines)
        except KeyboardInterrupt:
            if any(line.strip() for line in lines):
                answers.record(item.id, item.text, item.heading, "\n".join(lines), None, draft=True)
            return Ending.INTERRUPTED
        first = lines[0].strip().lower() if len(lines) == 1 else ""
        if first in COMMANDS:
            if first == "quit":
                return Ending.QUIT
            if first == "skip":
                counts["skipped"] += 1
                io.show("Skipped.", Style.NOTE)
            else:
                for text in HELP if first == "help" else ("A strong answer: " + item.guidance,):
                    io.show(text, Style.NOTE)
            if ended:
                return Ending.END_OF_INPUT
            if first == "skip":
                return None
            continue
        answer = "\n".join(lines).strip()
        if not answer:
            if ended:
                return Ending.END_OF_INPUT
            io.show("Type your answer, or skip, hint, help or quit.", Style.NOTE)
            continue
        feedback = answer_feedback(answer, item.kind)
        answers.record(item.id, item.text, item.heading, answer, feedback)
        counts["answered"] += 1
        _show_feedback(feedback, io)
        return Ending.END_OF_INPUT if ended else None


def _read_answer(io: PracticeIO, lines: list[str]) -> bool:
    """Read lines into ``lines`` until an empty line; True when input ended instead.

    A command alone on the first line ends the answer at once.
    """
    while True:
        try:
            line = io.read_line(PROMPT_MORE if lines else PROMPT_FIRST)
        except EOFError:
            return True
        if not line.strip():
            return False
        lines.append(line.rstrip())
        if len(lines) == 1 and line.strip().lower() in COMMANDS:
            return False


def _show_feedback(feedback: AnswerFeedback, io: PracticeIO) -> None:
    io.show("Feedback:", Style.TITLE)
    satisfied = (
        feedback.situation,
        feedback.action,
        feedback.result,
        bool(feedback.figures),
        "good length" in feedback.messages[-1],
    )
    for message, good in zip(feedback.messages, satisfied, strict=True):
        io.show(message, Style.GOOD if good else Style.ADVICE)


def _summary(
    ending: Ending,
    counts: dict[str, int],
    before: int,
    pending: int,
    answers: AnswersFile,
    io: PracticeIO,
) -> SessionSummary:
    remaining = pending - counts["answered"]
    io.show("")
    if ending is Ending.INTERRUPTED:
        io.show("Stopped. What you were typing is kept as a draft in the file.", Style.NOTE)
    answered = counts["answered"]
    io.show(
        f"{answered} answer{'s' if answered != 1 else ''} recorded this time"
        + (f", {counts['skipped']} skipped" if counts["skipped"] else "")
        + f"; {remaining} question{'s' if remaining != 1 else ''} left.",
        Style.TEXT,
    )
    if answered or before:
        io.show(f"Your answers are in {answers.path}.", Style.TEXT)
    if remaining:
        io.show("Run the same command again to carry on where you stopped.", Style.NOTE)
    return SessionSummary(ending, answered, counts["skipped"], before, remaining)
