"""The answers file of a practice session: Markdown the user owns, and the session's only state.

Each recorded answer starts with an HTML comment naming its question
(``<!-- standout-question: go.context -->``): a rerun skips the questions whose comment is
in the file, so deleting an answer (with its comment) asks it again. An answer stopped
with Ctrl-C is kept as a draft (``<!-- standout-draft: ... -->``), which does not count as
answered. Every change re-reads the file and rewrites it atomically, so edits the user made
meanwhile are kept and a crash never leaves half a file.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from standout._io import check_writable, write_atomic
from standout.errors import PracticeFileError
from standout.prep.feedback import AnswerFeedback

MARKER = "<!-- standout-practice: v1 -->"
_QUESTION = re.compile(r"<!--\s*standout-question:\s*(\S+?)\s*-->")
_HTML_COMMENT = re.compile(r"<!--")


class AnswersFile:
    """The practice file at ``path``; created on the first answer if it doesn't exist."""

    def __init__(self, path: Path, *, title: str) -> None:
        self.path = path
        self.title = title
        self._check(self._read())
        check_writable(path)  # before the first question, not after the first answer

    def _read(self) -> str:
        if self.path.is_dir():
            raise PracticeFileError(
                f"The answers file '{self.path}' is a folder.",
                hint="Give a file path with --answers, such as answers.md.",
            )
        try:
            return self.path.read_text(encoding="utf-8") if self.path.exists() else ""
        except (OSError, UnicodeDecodeError) as exc:
            raise PracticeFileError(
                f"Can't read the answers file '{self.path}' ({exc}).",
                hint="Check the path and its permissions, or choose another with --answers.",
            ) from None

    def _check(self, text: str) -> None:
        if text.strip() and MARKER not in text:
            raise PracticeFileError(
                f"'{self.path}' exists and isn't a standout practice file, so it is left alone.",
                hint="Choose another file with --answers, or move this one away.",
            )

    def answered(self) -> frozenset[str]:
        """The ids of the questions answered in the file, as it is now."""
        return frozenset(_QUESTION.findall(self._read()))

    def record(
        self,
        question_id: str,
        question: str,
        heading: str,
        answer: str,
        feedback: AnswerFeedback | None,
        *,
        draft: bool = False,
    ) -> None:
        """Append an answer (or a draft) and its feedback, atomically."""
        text = self._read()
        self._check(text)
        if not text.strip():
            text = self._header()
        kind = "standout-draft" if draft else "standout-question"
        label = "draft, not finished" if draft else "answered"
        lines = [
            "",
            f"<!-- {kind}: {question_id} -->",
            f"## {_one_line(question)}",
            "",
            f"*{heading} · {label} {date.today().isoformat()}*",
            "",
            _HTML_COMMENT.sub("&lt;!--", answer.strip()),
            "",
        ]
        if feedback is not None:
            lines += ["**Feedback**", ""]
            lines += [f"- {message}" for message in feedback.messages]
            lines.append("")
        write_atomic(self.path, text.rstrip("\n") + "\n" + "\n".join(lines))

    def _header(self) -> str:
        return (
            f"# Interview practice: {_one_line(self.title)}\n\n"
            f"{MARKER}\n"
            "Answers recorded by `standout practice`. This file is yours: edit the answers as "
            "you like. Each answer starts with a `standout-question` comment; keep it and a "
            "rerun skips that question, delete the answer with its comment to be asked again.\n"
        )


def _one_line(text: str) -> str:
    return " ".join(text.split())
