"""The README's examples say what they return and its command table names each command's
options: check both against the code, so the README can't drift from it (STYLE 9)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from standout.cli.app import _register, app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLE_RESUME = "examples/backend-resume.md"
EXAMPLE_POSTING = "tests/fixtures/postings/python-django-mid.md"

# `name = call(...)  # -> TypeName (...)`: the comment promises the type of the result.
_RETURNS = re.compile(r"^(\w+) = .*#.*?-> (\w+)", re.MULTILINE)
# `extract_mentions("...")  # Name, Name, Name`: the comment lists the skills found.
_MENTIONS = re.compile(r'^extract_mentions\((".*?")\)\s+# (.+)$', re.MULTILINE)
_OPTION = re.compile(r"--[a-z][a-z-]*")


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)


def _on_bundled_files(block: str) -> str:
    """The examples name a user's own files; point them at the bundled ones."""
    code = re.sub(r'"cv\.(pdf|md|txt|docx)"', f'"{EXAMPLE_RESUME}"', block)
    return code.replace('"job.md"', f'"{EXAMPLE_POSTING}"')


def _command_rows() -> list[tuple[str, set[str]]]:
    """Each row of the README's command table: the command's name and the options shown."""
    rows = []
    for cell in re.findall(r"^\| `(standout [^`]+)` \|", README, flags=re.MULTILINE):
        name = cell.split()[1]
        rows.append((name, set(_OPTION.findall(cell)) - {"--help"}))
    return rows


def _help_text(name: str) -> str:
    """The help of a command and, for a group (`db`, `users`), of each of its subcommands."""
    _register()
    command = typer.main.get_command(app).commands[name]  # type: ignore[attr-defined]
    paths = [[name]] + [[name, sub] for sub in getattr(command, "commands", {})]
    texts = []
    for path in paths:
        result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "200"})
        assert result.exit_code == 0, (path, result.output)
        texts.append(result.output)
    return "\n".join(texts)


def test_readme_has_python_examples_and_a_command_table() -> None:
    assert _python_blocks(), "README has no Python example"
    assert len(_command_rows()) >= 10, "README's command table is missing"


@pytest.mark.parametrize("index", range(len(_python_blocks())))
def test_readme_python_example_returns_what_its_comments_say(
    index: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    block = _python_blocks()[index]
    namespace: dict[str, object] = {}
    exec(compile(_on_bundled_files(block), "README.md", "exec"), namespace)  # noqa: S102
    for variable, type_name in _RETURNS.findall(block):
        assert type(namespace[variable]).__name__ == type_name, (variable, type_name)
    for text, names in _MENTIONS.findall(block):
        extract_mentions = namespace["extract_mentions"]
        found = [mention.name for mention in extract_mentions(eval(text))]  # type: ignore[operator]  # noqa: S307
        assert found == [name.strip() for name in names.split(",")]


@pytest.mark.parametrize(
    ("name", "options"), _command_rows(), ids=[name for name, _ in _command_rows()]
)
def test_readme_command_options_exist(name: str, options: set[str]) -> None:
    shown = set(_OPTION.findall(_help_text(name)))
    assert options <= shown, f"standout {name} --help lacks {sorted(options - shown)}"
