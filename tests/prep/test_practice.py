"""The practice session core and its answers file, driven by a scripted IO (#6)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

import standout
from standout.errors import PracticeFileError
from standout.model.prep import PrepPack
from standout.model.report import Report
from standout.prep.answers import MARKER, AnswersFile
from standout.prep.practice import Ending, Style, practice_items, run_practice

ANSWER = [
    "At Freightly in 2022 our deploys took 40 minutes.",
    "I moved our services to Kubernetes; as a result deploys fell to 6 minutes.",
    "",
]


class ScriptedIO:
    """Lines to type, one by one; what was shown is kept. ``None`` raises end of input and
    ``"^C"`` raises KeyboardInterrupt."""

    def __init__(self, lines: Iterable[str | None]) -> None:
        self.lines = list(lines)
        self.shown: list[tuple[str, Style]] = []

    def show(self, text: str, style: Style = Style.TEXT) -> None:
        self.shown.append((text, style))

    def read_line(self, prompt: str) -> str:
        if prompt:
            self.show(prompt)
        if not self.lines or self.lines[0] is None:
            raise EOFError
        line = self.lines.pop(0)
        if line == "^C":
            raise KeyboardInterrupt
        assert line is not None
        return line

    @property
    def text(self) -> str:
        return "\n".join(text for text, _ in self.shown)


@pytest.fixture
def pack(go_report: Report) -> PrepPack:
    return standout.prepare(go_report, limit=6)


def _file(tmp_path: Path) -> AnswersFile:
    return AnswersFile(tmp_path / "answers.md", title="Dana Okafor")


def test_answers_are_recorded_with_feedback_and_the_session_resumes(
    pack: PrepPack, tmp_path: Path
) -> None:
    items = practice_items(pack)
    answers = _file(tmp_path)
    io = ScriptedIO([*ANSWER, "skip", *ANSWER, "quit"])
    summary = run_practice(pack, answers, io)
    assert summary.ending is Ending.QUIT
    assert (summary.answered_now, summary.skipped) == (2, 1)
    assert f"Question 1 of {len(items)} · " in io.text
    assert "Situation: you set the scene." in io.text
    assert ("Result: you say how it turned out.", Style.GOOD) in io.shown
    text = answers.path.read_text(encoding="utf-8")
    assert text.startswith("# Interview practice: Dana Okafor\n\n" + MARKER)
    assert f"<!-- standout-question: {items[0].id} -->" in text
    assert f"<!-- standout-question: {items[2].id} -->" in text
    assert items[1].id not in text  # skipped: asked again next time
    assert "I moved our services to Kubernetes" in text
    assert "**Feedback**" in text
    assert answers.answered() == {items[0].id, items[2].id}

    again = ScriptedIO([None])
    resumed = run_practice(pack, answers, again)
    assert resumed.answered_before == 2
    assert f"Question 1 of {len(items) - 2} · " in again.text
    assert items[1].text in again.text  # the skipped one comes first now
    assert resumed.ending is Ending.END_OF_INPUT


def test_end_of_input_records_what_was_typed(pack: PrepPack, tmp_path: Path) -> None:
    answers = _file(tmp_path)
    summary = run_practice(pack, answers, ScriptedIO(["I built it and it cut costs by 30%.", None]))
    assert summary.ending is Ending.END_OF_INPUT
    assert summary.answered_now == 1
    assert "cut costs by 30%" in answers.path.read_text(encoding="utf-8")


def test_ctrl_c_keeps_the_answer_in_progress_as_a_draft(pack: PrepPack, tmp_path: Path) -> None:
    answers = _file(tmp_path)
    io = ScriptedIO([*ANSWER, "Half an answer", "^C"])
    summary = run_practice(pack, answers, io)
    assert summary.ending is Ending.INTERRUPTED
    text = answers.path.read_text(encoding="utf-8")
    second = practice_items(pack)[1].id
    assert f"<!-- standout-draft: {second} -->" in text
    assert "Half an answer" in text
    assert second not in answers.answered()  # a draft is asked again
    assert "kept as a draft" in io.text


def test_help_and_hint_show_text_and_ask_again(pack: PrepPack, tmp_path: Path) -> None:
    io = ScriptedIO(["help", "hint", "quit"])
    run_practice(pack, _file(tmp_path), io)
    assert "skip (next question)" in io.text
    assert "A strong answer: " + practice_items(pack)[0].guidance in io.text
    assert not (tmp_path / "answers.md").exists()  # nothing answered, nothing written


def test_an_empty_answer_is_not_recorded(pack: PrepPack, tmp_path: Path) -> None:
    io = ScriptedIO(["", "quit"])
    run_practice(pack, _file(tmp_path), io)
    assert "Type your answer, or skip, hint, help or quit." in io.text


def test_everything_answered_says_so(pack: PrepPack, tmp_path: Path) -> None:
    answers = _file(tmp_path)
    items = practice_items(pack)
    run_practice(pack, answers, ScriptedIO(ANSWER * len(items)))
    io = ScriptedIO([])
    summary = run_practice(pack, answers, io)
    assert summary.ending is Ending.FINISHED and summary.remaining == 0
    assert f"All {len(items)} questions are answered" in io.text


def test_user_edits_between_answers_are_kept(pack: PrepPack, tmp_path: Path) -> None:
    answers = _file(tmp_path)
    run_practice(pack, answers, ScriptedIO([*ANSWER, "quit"]))
    edited = answers.path.read_text(encoding="utf-8") + "\nMy own note.\n"
    answers.path.write_text(edited, encoding="utf-8")
    run_practice(pack, answers, ScriptedIO([*ANSWER, "quit"]))
    text = answers.path.read_text(encoding="utf-8")
    assert "My own note." in text
    assert len(answers.answered()) == 2


def test_a_file_that_is_not_a_practice_file_is_left_alone(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# My notes\n", encoding="utf-8")
    with pytest.raises(PracticeFileError, match="isn't a standout practice file") as error:
        AnswersFile(notes, title="x")
    assert error.value.code == "E260"
    assert notes.read_text(encoding="utf-8") == "# My notes\n"


def test_answer_text_cannot_forge_a_question_marker(pack: PrepPack, tmp_path: Path) -> None:
    answers = _file(tmp_path)
    forged = "<!-- standout-question: culture.why-us -->"
    run_practice(pack, answers, ScriptedIO([forged, "", "quit"]))
    assert answers.answered() == {practice_items(pack)[0].id}


def test_gap_questions_are_practised_after_the_pack_questions(
    go_report: Report, tmp_path: Path
) -> None:
    posting = standout.parse_posting(
        b"Backend Engineer\n\nRequirements\n- gRPC\n- Go\n", filename="p.txt"
    )
    pack = standout.prepare(go_report, posting=posting)
    items = practice_items(pack)
    assert items[-1].id == "gap:grpc"
    assert items[-1].heading == "Gap · gRPC"


def test_plain_mode_is_chosen_off_a_terminal_and_with_no_color(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io as text_io

    from standout.render.prep_practice import PlainPracticeIO, wants_plain

    class Tty(text_io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert not wants_plain(Tty(), Tty())
    assert wants_plain(text_io.StringIO(), Tty())  # input piped in
    monkeypatch.setenv("TERM", "dumb")
    assert wants_plain(Tty(), Tty())
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setenv("NO_COLOR", "1")
    assert wants_plain(Tty(), Tty())

    out = text_io.StringIO()
    plain = PlainPracticeIO(text_io.StringIO("first line\r\n"), out)
    assert plain.read_line("Your answer:") == "first line"
    with pytest.raises(EOFError):
        plain.read_line("")
    assert out.getvalue() == "Your answer:\n"
