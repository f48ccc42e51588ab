"""Docs are tested (STYLE 9): every command has help text and a README entry, and the
README's Python examples run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

from standout.cli.app import COMMAND_MODULES, _register, app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> dict[str, object]:
    _register()
    group = typer.main.get_command(app)
    return dict(group.commands)  # type: ignore[attr-defined]


def test_every_command_module_registers_commands() -> None:
    assert len(_commands()) >= len(COMMAND_MODULES)


@pytest.mark.parametrize("name", sorted(_commands()))
def test_command_has_help_and_a_readme_row(name: str) -> None:
    command = _commands()[name]
    assert (command.help or "").strip(), f"standout {name} has no help text"  # type: ignore[attr-defined]
    assert f"`standout {name}" in README, f"README has no entry for standout {name}"


def test_readme_starts_with_the_two_commands_a_new_user_needs() -> None:
    head = README.split("\n## ", 1)[0]
    assert "make run" in head and "make test" in head


def test_readme_python_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)
    assert blocks, "README has no Python example"
    monkeypatch.chdir(ROOT)
    for block in blocks:
        # The examples name a user's own files; run them on the bundled example instead.
        code = re.sub(r'"cv\.(pdf|md|txt|docx)"', '"examples/backend-resume.md"', block)
        code = code.replace('"job.md"', '"tests/fixtures/postings/python-django-mid.md"')
        exec(compile(code, "README.md", "exec"), {})  # noqa: S102 - the README's own examples
