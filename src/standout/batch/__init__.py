"""batch: analyse resumes by the thousand, streaming results to a file as they finish.

``iter_inputs`` turns files, folders, JSONL/CSV files of texts and zip archives into
lightweight :class:`BatchInput` items (paths and names, not contents, so that memory stays
flat); ``process_input`` is the one function that runs on a worker, local or remote: it
reads one input and calls the core (``analyze``, and ``match`` with a posting); the local
runner (``run_local``) spreads items over processes and the Dask engine (``run_dask``) over
a cluster. Writers stream rows to JSONL, CSV or Parquet and know which inputs an existing
output already holds, so that a rerun resumes where the last one stopped.
"""

from __future__ import annotations

from standout.batch.inputs import BatchInput, iter_inputs
from standout.batch.outputs import open_writer
from standout.batch.rows import BatchOptions, process_input
from standout.batch.runner import BatchSummary, run_local

__all__ = [
    "BatchInput",
    "BatchOptions",
    "BatchSummary",
    "iter_inputs",
    "open_writer",
    "process_input",
    "run_local",
]
