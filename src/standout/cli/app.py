"""The Typer application. Each command lives in its own module and imports the core lazily."""

from __future__ import annotations

import sys
from importlib import import_module
from typing import NoReturn

import typer

# Typer 0.28 carries its own copy of Click (pyproject pins it); its usage errors live here.
from typer._click import exceptions as click_errors

from standout import __version__
from standout.errors import InvalidOptionError, StandoutError

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


# Commands whose module is not named after them; any other command lives in its namesake.
_MODULE_OF_COMMAND = {"db": "serve", "users": "serve", "rank": "match", "practice": "prep"}


def _register(argv: list[str] | None = None) -> None:
    """Import the command modules: only the one that runs, when ``argv`` names it.

    A command runs the same with or without the others registered, and importing all of
    them costs a fair share of the start time. Anything else (no command, an option first,
    an unknown name, ``standout --help``) needs every command, so all are imported.
    """
    if argv:
        module = _MODULE_OF_COMMAND.get(argv[0], argv[0])
        if module in COMMAND_MODULES:
            import_module(f"standout.cli.{module}")
            return
    for name in COMMAND_MODULES:
        import_module(f"standout.cli.{name}")


def _fail(text: str, status: int) -> NoReturn:
    """One red line on standard error (red only on a terminal), then exit."""
    from rich.text import Text

    from standout.cli.common import console

    # soft_wrap: one line however long the message, never wrapped at the width.
    console(stderr=True).print(Text(text, style="red"), soft_wrap=True)
    sys.exit(status)


def main() -> None:
    _register(sys.argv[1:])
    try:
        status = app(prog_name="standout", standalone_mode=False)
    except StandoutError as error:
        _fail(str(error), 1)
    except click_errors.NoArgsIsHelpError as error:  # plain `standout`: the help is the answer
        sys.stdout.write(error.format_message() + "\n")
        sys.exit(0)
    except click_errors.UsageError as error:  # a bad option or argument value, a missing argument
        command = error.ctx.command_path if error.ctx is not None else "standout"
        usage = InvalidOptionError(
            error.format_message().rstrip(".") + ".",
            hint=f"Run '{command} --help' to see the options.",
        )
        _fail(str(usage), 2)
    except (typer.Abort, KeyboardInterrupt):
        sys.stderr.write("Interrupted.\n")
        sys.exit(130)
    except click_errors.ClickException as error:
        _fail(error.format_message(), error.exit_code)
    sys.exit(status if isinstance(status, int) else 0)
