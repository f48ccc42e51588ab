"""``standout batch``: analyse many resumes, streaming one row per resume to a file."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from standout.cli.app import app
from standout.cli.common import REFERENCE_DATE_HELP, console, examples, parse_reference_date
from standout.errors import InvalidOptionError
from standout.model.roles import TargetRole

if TYPE_CHECKING:
    from standout.batch.runner import BatchSummary

PLAIN_PROGRESS_SECONDS = 5.0


@app.command(
    "batch",
    epilog=examples(
        "standout batch resumes/ --out results.jsonl",
        "standout batch resumes/ --job job.md --workers 4 --out results.csv",
    ),
)
def batch_command(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            metavar="INPUT...",
            help="Resume files, folders (searched recursively), .jsonl/.csv files with a "
            "'text' field per record, or .zip archives of resumes.",
            show_default=False,
        ),
    ],
    job: Annotated[
        Path | None,
        typer.Option(
            "--job",
            "-j",
            help="Also match every resume against this job posting.",
            show_default=False,
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Results file: .jsonl, .csv or .parquet (a folder with --engine dask). "
            "Rerunning with the same --out skips the results it already holds and retries its "
            "error rows. Default: JSONL on stdout.",
            show_default=False,
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            "-w",
            min=1,
            help="Processes to use (default: every core).",
            show_default=False,
        ),
    ] = None,
    role: Annotated[
        TargetRole, typer.Option("--role", "-r", help="The role the resumes aim for.")
    ] = TargetRole.MID,
    reference_date: Annotated[
        str | None,
        typer.Option(
            "--reference-date", metavar="YYYY-MM-DD", help=REFERENCE_DATE_HELP, show_default=False
        ),
    ] = None,
    engine: Annotated[
        str, typer.Option("--engine", help="local (this machine's cores) or dask (a cluster).")
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="With --engine dask: the scheduler address, such as "
            "tcp://10.0.0.5:8786 (default: a local cluster).",
            show_default=False,
        ),
    ] = None,
    keep_errors: Annotated[
        bool,
        typer.Option(
            "--keep-errors",
            help="On a rerun, keep the error rows already in --out and skip their inputs "
            "instead of retrying them.",
        ),
    ] = False,
) -> None:
    """Analyse resumes by the thousand, one result row each; bad files become error rows."""
    from standout._cpus import usable_cpus
    from standout.batch.rows import BatchOptions

    posting = job.read_bytes() if job is not None and job.is_file() else None
    if job is not None and posting is None:
        raise InvalidOptionError(f"Can't find the posting '{job}'.", hint="Check the --job path.")
    options = BatchOptions(
        role=role.value,
        reference_date=parse_reference_date(reference_date),
        posting=posting,
        posting_filename=job.name if job is not None else None,
    )
    if job is not None:  # a bad posting should stop the batch before it starts, once
        from standout.posting import parse_posting

        parse_posting(posting or b"", filename=job.name)
    started = time.perf_counter()
    if engine == "dask":
        if out is None:
            raise InvalidOptionError(
                "--engine dask needs --out FOLDER.", hint="Add --out results/."
            )
        from standout.batch.dask_engine import run_dask

        summary = run_dask(inputs, out, options, scheduler=scheduler, keep_errors=keep_errors)
    elif engine == "local":
        summary = _run_local(inputs, out, options, workers or usable_cpus(), keep_errors)
    else:
        raise InvalidOptionError(f"Unknown engine '{engine}'.", hint="Use --engine local or dask.")
    _print_summary(summary, time.perf_counter() - started, out)


def _run_local(
    inputs: list[Path], out: Path | None, options: object, workers: int, keep_errors: bool
) -> BatchSummary:
    from standout.batch.inputs import count_inputs, iter_inputs
    from standout.batch.outputs import open_output
    from standout.batch.rows import BatchOptions
    from standout.batch.runner import run_local

    assert isinstance(options, BatchOptions)
    total = count_inputs(inputs)
    opened = open_output(out, keep_errors=keep_errors)
    if opened.retrying:
        sys.stderr.write(
            f"Retrying {opened.retrying} input(s) whose earlier row in '{out}' is an error "
            "(--keep-errors skips them instead).\n"
        )
    progress = _Progress(total, skipped=len(opened.done))
    try:
        summary = run_local(
            iter_inputs(inputs),
            opened.writer,
            options,
            done=opened.done,
            retried=opened.retrying,
            workers=workers,
            on_progress=progress.update,
        )
    except KeyboardInterrupt:
        progress.stop()
        where = f"'{out}'" if out else "the output"
        sys.stderr.write(
            f"Interrupted: every finished row is in {where}. "
            "Run the same command again to resume where it stopped.\n"
        )
        raise typer.Exit(130) from None
    progress.stop()
    return summary


class _Progress:
    """A Rich bar with rate and time left on a terminal, else a plain line every few seconds."""

    def __init__(self, total: int, *, skipped: int) -> None:
        self._todo = max(0, total - skipped)
        self._started = time.perf_counter()
        self._last_line = self._started
        self._bar = None
        self._task = None
        if sys.stderr.isatty():
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TaskProgressColumn,
                TextColumn,
                TimeRemainingColumn,
            )

            self._bar = Progress(
                TextColumn("analysing"),
                BarColumn(),
                MofNCompleteColumn(),
                TaskProgressColumn(),
                TextColumn("{task.fields[rate]}/s"),
                TimeRemainingColumn(),
                console=console(stderr=True),
                transient=True,
            )
            self._task = self._bar.add_task("batch", total=self._todo, rate="0")
            self._bar.start()

    def update(self, summary: BatchSummary) -> None:
        now = time.perf_counter()
        rate = summary.processed / max(now - self._started, 1e-9)
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, completed=summary.processed, rate=f"{rate:.0f}")
        elif now - self._last_line >= PLAIN_PROGRESS_SECONDS:
            self._last_line = now
            left = (self._todo - summary.processed) / rate if rate else 0.0
            sys.stderr.write(
                f"{summary.processed}/{self._todo} done, {summary.errors} errors, "
                f"{rate:.0f}/s, about {left:.0f} s left\n"
            )
            sys.stderr.flush()

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def _print_summary(summary: BatchSummary, seconds: float, out: Path | None) -> None:
    from rich.table import Table

    table = Table(title="Batch summary", show_header=True, header_style="bold")
    table.add_column("what")
    table.add_column("value", justify="right")
    table.add_row("analysed", str(summary.ok))
    table.add_row("errors", str(summary.errors))
    table.add_row("skipped (already in output)", str(summary.skipped))
    if summary.retried:
        table.add_row("earlier errors retried", str(summary.retried))
    table.add_row("time", f"{seconds:.1f} s")
    rate = summary.processed / seconds if seconds > 0 else 0.0
    table.add_row("rate", f"{rate:.0f} resumes/s")
    for code, count in sorted(summary.errors_by_code.items()):
        table.add_row(f"  error {code}", str(count))
    for label, scores in (("readiness", summary.readiness), ("match", summary.match_scores)):
        for stat, value in summary.distribution(scores).items():
            table.add_row(f"{label} {stat}", f"{value:g}")
    if out is not None:
        table.add_row("results", str(out))
    console(stderr=True).print(table)
