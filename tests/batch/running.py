"""Running a batch in the tests as the CLI does: open the output, run, maybe stop early."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from standout.batch import BatchOptions, iter_inputs, run_local
from standout.batch.outputs import open_output

OPTIONS = BatchOptions(reference_date=date(2026, 6, 1))


def run(
    sources: list[Path],
    out: Path,
    *,
    workers: int = 2,
    stop_after: int | None = None,
    keep_errors: bool = False,
) -> Any:
    """Process ``sources`` into ``out``; raise KeyboardInterrupt after ``stop_after`` rows."""
    opened = open_output(out, keep_errors=keep_errors)

    def interrupt(summary: Any) -> None:
        if stop_after is not None and summary.processed >= stop_after:
            raise KeyboardInterrupt

    return run_local(
        iter_inputs(sources),
        opened.writer,
        OPTIONS,
        done=opened.done,
        retried=opened.retrying,
        workers=workers,
        on_progress=interrupt,
    )
