"""The Typer application. Each command lives in its own module and imports the core lazily."""

from __future__ import annotations

import sys
from importlib import import_module

import typer

from standout import __version__
from standout.errors import StandoutError

app = typer.Typer(
    name="standout",
    help="Position yourself as the ideal backend candidate: analyse a resume, match it "
    "against a posting and prepare for the interview, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

# Each module registers its commands on ``app`` when imported.
COMMAND_MODULES = ("parse", "analyze", "extract", "skills", "serve", "batch", "match", "prep")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"standout {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """standout command line."""


def _register() -> None:
    for name in COMMAND_MODULES:
        import_module(f"standout.cli.{name}")


def main() -> None:
    _register()
    try:
        app()
    except StandoutError as error:
        from rich.text import Text

        from standout.cli.common import console

        # soft_wrap: one line however long the message, never wrapped at the width.
        console(stderr=True).print(Text(str(error), style="red"), soft_wrap=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted.\n")
        sys.exit(130)
