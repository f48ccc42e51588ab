"""The local engine: every core of this machine, a bounded window of work in flight.

Items go to worker processes in small chunks; at most ``workers * 4`` chunks are in flight,
so the parent's memory does not grow with the input. Rows are written the moment their
chunk finishes. Ctrl-C stops handing out work, closes the writer (so the output holds every
finished row and is valid) and re-raises, so that the caller can say how to resume.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import signal
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from standout.batch.inputs import BatchInput
from standout.batch.outputs import RowWriter
from standout.batch.rows import BatchOptions, posting_for, process_chunk, process_input
from standout.errors import StandoutError

CHUNK_SIZE = 8
WINDOW_PER_WORKER = 4

ProgressCallback = Callable[["BatchSummary"], None]


@dataclass(slots=True)
class BatchSummary:
    """Counts and score distribution of a run, updated as rows arrive."""

    skipped: int = 0  # already in the output from an earlier run
    retried: int = 0  # inputs whose earlier row was an error, redone by this run
    ok: int = 0
    errors: int = 0
    errors_by_code: Counter[str] = field(default_factory=Counter)
    readiness: list[int] = field(default_factory=list)
    match_scores: list[int] = field(default_factory=list)

    @property
    def processed(self) -> int:
        return self.ok + self.errors

    def add(self, row: dict[str, Any]) -> None:
        if row.get("status") == "ok":
            self.ok += 1
            self.readiness.append(int(row["readiness"]))
            if "match" in row:
                self.match_scores.append(int(row["match"]["score"]))
        else:
            self.errors += 1
            self.errors_by_code[str(row["error"]["code"])] += 1

    @staticmethod
    def distribution(scores: list[int]) -> dict[str, float]:
        """min, quartiles, max and mean of a list of 0-100 scores (empty when there are none)."""
        if not scores:
            return {}
        ordered = sorted(scores)
        if len(ordered) > 1:
            q1, median, q3 = statistics.quantiles(ordered, n=4, method="inclusive")
        else:
            q1 = median = q3 = float(ordered[0])
        return {
            "min": float(ordered[0]),
            "p25": q1,
            "median": median,
            "p75": q3,
            "max": float(ordered[-1]),
            "mean": round(statistics.fmean(ordered), 1),
        }


def _pending(
    items: Iterable[BatchInput], done: set[str], summary: BatchSummary
) -> Iterator[BatchInput]:
    for item in items:
        if item.key in done:
            summary.skipped += 1
            continue
        yield item


def _warm_before_fork(options: BatchOptions) -> None:
    """Load the data files, compile the patterns and parse the posting once, in the parent.

    Forked workers then start with all of it in memory they share, instead of each paying
    the same start-up. Freezing the collector keeps those inherited objects out of the
    workers' garbage collections, which would otherwise touch (and copy) their pages.
    Under "spawn" or "forkserver" the workers start from scratch and this would be wasted.
    """
    if not _forks():
        return
    from standout.pipeline import warm_up

    warm_up()
    with contextlib.suppress(StandoutError):  # a bad posting is each row's error, as in one worker
        posting_for(options)
    gc.collect()
    gc.freeze()


def _forks() -> bool:
    """Whether the pool will fork (asked without fixing the start method for the caller)."""
    method = multiprocessing.get_start_method(allow_none=True)
    if method is None:  # the default: "fork" on Linux before Python 3.14
        return sys.platform == "linux" and sys.version_info < (3, 14)
    return method == "fork"


def _ignore_sigint() -> None:
    # The parent handles Ctrl-C and shuts the pool down; workers must not die mid-row.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run_local(
    items: Iterable[BatchInput],
    writer: RowWriter,
    options: BatchOptions,
    *,
    done: set[str] | None = None,
    retried: int = 0,
    workers: int = 1,
    on_progress: ProgressCallback | None = None,
) -> BatchSummary:
    """Process every item not in ``done``, writing one row each; close the writer at the end.

    ``retried`` is how many of the items the output held as errors (for the summary).
    """
    summary = BatchSummary(retried=retried)
    pending = _pending(items, done or set(), summary)

    def record(row: dict[str, Any]) -> None:
        writer.write(row)
        summary.add(row)
        if on_progress is not None:
            on_progress(summary)

    try:
        if workers <= 1:
            for item in pending:
                record(process_input(item, options))
        else:
            _run_pool(pending, options, workers, record)
    finally:
        writer.close()
    return summary


def _run_pool(
    pending: Iterator[BatchInput],
    options: BatchOptions,
    workers: int,
    record: Callable[[dict[str, Any]], None],
) -> None:
    _warm_before_fork(options)
    try:
        _drain(pending, options, workers, record)
    finally:
        gc.unfreeze()


def _drain(
    pending: Iterator[BatchInput],
    options: BatchOptions,
    workers: int,
    record: Callable[[dict[str, Any]], None],
) -> None:
    executor = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_sigint)
    in_flight: set[Future[list[dict[str, Any]]]] = set()
    window = workers * WINDOW_PER_WORKER
    try:
        while True:
            while len(in_flight) < window:
                chunk = list(islice(pending, CHUNK_SIZE))
                if not chunk:
                    break
                in_flight.add(executor.submit(process_chunk, chunk, options))
            if not in_flight:
                break
            finished, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in finished:
                for row in future.result():
                    record(row)
    except BaseException:
        executor.shutdown(wait=False, cancel_futures=True)
        raise
    executor.shutdown(wait=True)
