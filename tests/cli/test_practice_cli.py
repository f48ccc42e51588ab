"""``standout practice`` end to end through a pseudo-terminal (pexpect) (#6).

Three answers are given, the file is written, feedback is shown, the session is quit and
resumed at the fourth question; plain mode (asked for, or automatic with NO_COLOR) writes
no escape codes; Ctrl-C and Ctrl-D leave cleanly with the answers kept.
"""

from __future__ import annotations

import io
import os
import re
import sys
from datetime import date
from pathlib import Path

import pytest

import standout
from standout.prep.practice import PracticeItem, practice_items

pexpect = pytest.importorskip("pexpect")
pytestmark = pytest.mark.slow  # each test starts the command in a pseudo-terminal

RESUME = Path(__file__).parents[1] / "fixtures" / "prep" / "go_kubernetes.md"
LIMIT = 6
ESCAPE = re.compile(r"\x1b\[")
ANSWERS = (
    (
        "At Freightly in 2022 our deploys took 40 minutes and often failed.",
        "I moved 14 services to Kubernetes with Helm charts.",
        "As a result deploy time fell from 40 minutes to 6 minutes.",
    ),
    ("We used goroutines a lot.",),
    (
        "When I joined Paylane the nightly reconciliation was slow.",
        "I rewrote it as Go workers; it now processes 2 million rows in 20 minutes.",
    ),
)


@pytest.fixture(scope="module")
def items() -> list[PracticeItem]:
    report = standout.analyze(RESUME, reference_date=date(2024, 6, 1))
    return practice_items(standout.prepare(report, limit=LIMIT))


def _spawn(answers: Path, *extra: str, env: dict[str, str] | None = None) -> pexpect.spawn:
    environment = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "COLUMNS"}}
    environment.update({"TERM": "xterm-256color", **(env or {})})
    child = pexpect.spawn(
        sys.executable,
        ["-m", "standout", "practice", str(RESUME), "--answers", str(answers),
         "--reference-date", "2024-06-01", "--limit", str(LIMIT), *extra],
        env=environment,
        encoding="utf-8",
        timeout=30,
        dimensions=(50, 200),
    )  # fmt: skip
    child.logfile_read = io.StringIO()
    return child


def _answer(child: pexpect.spawn, lines: tuple[str, ...]) -> None:
    child.expect_exact("Your answer (end with an empty line):")
    for line in lines:
        child.sendline(line)
    child.sendline("")
    child.expect_exact("Feedback:")


def _output(child: pexpect.spawn) -> str:
    return child.logfile_read.getvalue().replace("\r\n", "\n")


def _finish(child: pexpect.spawn) -> int:
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus is not None
    return child.exitstatus


def test_three_answers_then_quit_and_resume_at_the_fourth(
    tmp_path: Path, items: list[PracticeItem]
) -> None:
    answers = tmp_path / "dana-practice.md"
    child = _spawn(answers)
    child.expect_exact(f"Question 1 of {LIMIT}")
    for lines in ANSWERS:
        _answer(child, lines)
    child.expect_exact(f"Question 4 of {LIMIT}")
    child.sendline("quit")
    assert _finish(child) == 0
    shown = _output(child)
    assert "Situation: you set the scene." in shown
    assert (
        "Figure: you give a measurable result (14 services, from 40 minutes to 6 minutes)." in shown
    )
    assert 'Action: you say what "we" did.' in shown  # the second answer says "we"
    assert "3 answers recorded this time; 3 questions left." in shown
    assert "Traceback" not in shown

    text = answers.read_text(encoding="utf-8")
    for item in items[:3]:
        assert f"<!-- standout-question: {item.id} -->" in text
    assert "I moved 14 services to Kubernetes with Helm charts." in text
    assert text.count("**Feedback**") == 3

    again = _spawn(answers)
    again.expect_exact(f"Question 1 of {LIMIT - 3}")
    again.expect_exact(items[3].text[:40])
    again.sendeof()  # Ctrl-D: leave cleanly
    assert _finish(again) == 0
    assert "Traceback" not in _output(again)
    assert answers.read_text(encoding="utf-8") == text  # all three answers kept


def test_plain_mode_writes_no_escape_codes_and_one_prompt_per_line(tmp_path: Path) -> None:
    child = _spawn(tmp_path / "plain.md", "--plain")
    _answer(child, ANSWERS[0])
    child.sendline("quit")
    assert _finish(child) == 0
    shown = _output(child)
    assert ESCAPE.search(shown) is None
    assert "\nYour answer (end with an empty line):\n" in shown
    assert "Situation: you set the scene." in shown


def test_plain_mode_is_automatic_with_no_color(tmp_path: Path) -> None:
    child = _spawn(tmp_path / "nocolor.md", env={"NO_COLOR": "1"})
    child.expect_exact("Your answer (end with an empty line):")
    child.sendline("skip")
    child.expect_exact("Skipped.")
    child.sendline("quit")
    assert _finish(child) == 0
    assert ESCAPE.search(_output(child)) is None


def test_ctrl_c_stops_without_a_traceback_and_keeps_answers(tmp_path: Path) -> None:
    answers = tmp_path / "interrupted.md"
    child = _spawn(answers)
    _answer(child, ANSWERS[2])
    child.expect_exact("Your answer (end with an empty line):")
    child.sendline("I started to say")
    child.expect_exact("I started to say")
    child.expect_exact("> ")  # the next line's prompt: the first line has been read
    child.sendintr()
    assert _finish(child) == 0
    shown = _output(child)
    assert "Traceback" not in shown and "KeyboardInterrupt" not in shown
    assert "kept as a draft" in shown
    text = answers.read_text(encoding="utf-8")
    assert "2 million rows in 20 minutes" in text
    assert "<!-- standout-draft: " in text and "I started to say" in text


def test_an_answers_path_in_a_missing_folder_fails_before_the_first_question(
    tmp_path: Path,
) -> None:
    """It used to take the first answer and only then fail to save it."""
    child = _spawn(tmp_path / "missing" / "answers.md")
    assert _finish(child) == 1
    shown = _output(child)
    assert "[E082]" in shown and "does not exist" in shown
    assert "Your answer" not in shown and "Traceback" not in shown
    assert not (tmp_path / "missing").exists()
