"""Immediate feedback on the structure of a practice answer, as plain sentences.

The checks are deliberately simple and explainable: a *situation* is a sentence that sets
the scene (when, where, the team or system, what was wrong); an *action* is something the
speaker did, in the first person ("I built", "I decided"); a *result* is how it ended
("as a result", "cut", "fell", "so that"); a *figure* is a measurable outcome as the
bullet check finds them (percentages, durations, counts, money, from X to Y); the
*length* suits a spoken answer of one to three minutes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from standout.model.prep import QuestionKind

# A spoken answer runs about 130 words a minute.
SHORT_BELOW = {QuestionKind.BEHAVIOURAL: 60, QuestionKind.TECHNICAL: 40}
LONG_ABOVE = 400
WORDS_PER_MINUTE = 130

_SITUATION = re.compile(
    r"\b(?:when|while|at the time|back in|last (?:year|month|quarter)|in my (?:last|previous|"
    r"current|first) (?:role|job|team|company)|we had|there (?:was|were)|our (?:team|system|"
    r"service|customers?|users?|platform|api|database|product)|the (?:team|system|service|"
    r"company|project|client|customer|platform) (?:was|were|had|needed)|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_IRREGULAR = (
    "built|wrote|led|made|set|ran|took|chose|drove|found|began|brought|did|got|put|rewrote|"
    "split|cut|kept|gave|thought|sought|spoke|taught|caught|won|met|held|shipped|fixed|"
    "moved|tried|dug|read|sat|paired|stepped|owned|broke|rolled"
)
_I_ACTION = re.compile(
    rf"\bI(?:\s+(?:then|first|also|quickly|personally|finally|eventually))?\s+(?:\w+ed|{_IRREGULAR})\b"
)
_I_PLAN = re.compile(r"\bI(?:'d| would| will|'ll)\s+\w+", re.IGNORECASE)
_WE_ACTION = re.compile(rf"\bwe\s+(?:\w+ed|{_IRREGULAR})\b", re.IGNORECASE)
_RESULT = re.compile(
    r"\b(?:as a result|result(?:ed|s)?|so that|in the end|ended up|outcome|impact|led to|"
    r"which (?:meant|cut|reduced|saved|improved|let|allowed)|reduc\w*|cut(?:s|ting)?|"
    r"sav(?:ed|es|ing)|improv\w*|increas\w*|decreas\w*|lower(?:ed|ing)|halv\w*|doubl\w*|"
    r"fell|dropped|rose|grew|faster|fewer|went from|down to|no longer|since then|afterwards)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class AnswerFeedback:
    word_count: int
    situation: bool
    action: bool
    action_is_team: bool  # only "we" did things
    result: bool
    figures: tuple[str, ...]
    messages: tuple[str, ...]  # plain sentences, one per check

    @property
    def complete(self) -> bool:
        return self.situation and self.action and self.result and bool(self.figures)


def answer_feedback(text: str, kind: QuestionKind) -> AnswerFeedback:
    from standout.assess import check_bullet

    clean = " ".join(text.split())
    words = len(clean.split())
    situation = bool(_SITUATION.search(clean))
    action = bool(_I_ACTION.search(clean)) or (
        kind is not QuestionKind.BEHAVIOURAL and bool(_I_PLAN.search(clean))
    )
    team = not action and bool(_WE_ACTION.search(clean))
    figures = check_bullet(clean).outcomes if clean else ()
    # A before-and-after figure ("from 800 ms to 120 ms") says how it turned out by itself.
    result = bool(_RESULT.search(clean)) or any(f.lower().startswith("from ") for f in figures)
    messages = [
        _situation_message(situation, kind),
        _action_message(action, team),
        "Result: you say how it turned out."
        if result
        else "Result: missing. End with what changed because of your work.",
        f"Figure: you give a measurable result ({', '.join(figures[:3])})."
        if figures
        else "Figure: none yet. Add one number that shows the result: time, errors, users "
        "or money, before and after.",
        _length_message(words, kind),
    ]
    return AnswerFeedback(words, situation, action, team, result, figures, tuple(messages))


def _situation_message(situation: bool, kind: QuestionKind) -> str:
    if situation:
        return "Situation: you set the scene."
    if kind is QuestionKind.BEHAVIOURAL:
        return "Situation: missing. Start with where you were, when, and what was at stake."
    return "Context: missing. Anchor the answer in a system you worked on and when."


def _action_message(action: bool, team: bool) -> str:
    if action:
        return "Action: you say what you did yourself."
    if team:
        return 'Action: you say what "we" did. Name the part you did yourself, with "I".'
    return 'Action: missing. Say what you did, in the first person ("I measured...", "I built...").'


def _length_message(words: int, kind: QuestionKind) -> str:
    minutes = words / WORDS_PER_MINUTE
    spoken = "under a minute" if minutes < 1 else f"about {minutes:.1f} minutes spoken"
    short = SHORT_BELOW.get(kind, SHORT_BELOW[QuestionKind.TECHNICAL])
    if words < short:
        return (
            f"Length: {words} words, {spoken}; on the short side. Aim for 150 to 300 words "
            "around one concrete example."
        )
    if words > LONG_ABOVE:
        return (
            f"Length: {words} words, {spoken}; too long to hold attention. Keep the example "
            "and the result, and cut the rest."
        )
    return f"Length: {words} words, {spoken}; a good length for a spoken answer."
