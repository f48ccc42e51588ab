"""The Dask engine (#8) on a real LocalCluster gives the same rows as the local engine, and
resumes: finished keys are skipped, error rows retried unless kept."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from tests.batch.corpus import write_corpus

from standout.batch import BatchOptions, iter_inputs, open_writer, run_local
from standout.batch.outputs import read_rows

distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.slow

OPTIONS = BatchOptions(reference_date=date(2026, 6, 1))


def test_dask_run_matches_local_run_and_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from standout.batch import dask_engine
    from standout.batch.dask_engine import run_dask

    # Every run starts "in the same second", as two quick runs do.
    monkeypatch.setattr(dask_engine, "time", SimpleNamespace(strftime=lambda _: "20260601000000"))

    folder = write_corpus(tmp_path / "resumes", good=40)
    records = tmp_path / "records.jsonl"
    records.write_text(
        "".join(
            json.dumps({"id": f"r{i}", "text": (folder / f"resume-{i:03d}.txt").read_text()}) + "\n"
            for i in range(10)
        )
    )
    local_out = tmp_path / "local.jsonl"
    writer, done = open_writer(local_out)
    run_local(iter_inputs([folder, records]), writer, OPTIONS, done=done, workers=1)
    local = {r["key"]: r for r in read_rows(local_out)}

    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    try:
        out_dir = tmp_path / "dask-results"
        summary = run_dask(
            [folder, records],
            out_dir,
            OPTIONS,
            scheduler=cluster.scheduler_address,
            partition_size=8,
        )
        parts = sorted(out_dir.glob("part-*.jsonl"))
        assert len(parts) > 1  # written partitioned, by several tasks
        remote = {r["key"]: r for part in parts for r in read_rows(part)}
        assert remote == local
        assert summary.ok == 50 and summary.errors == 5
        again = run_dask(
            [folder, records],
            out_dir,
            OPTIONS,
            scheduler=cluster.scheduler_address,
            keep_errors=True,
        )
        assert again.processed == 0 and again.skipped == 55
        # The second run must not write over the first's part files.
        rows = [r for part in sorted(out_dir.glob("part-*.jsonl")) for r in read_rows(part)]
        assert {r["key"]: r for r in rows} == local
        # A rerun retries the error rows (one file has been fixed) and keeps each key once.
        (folder / "empty.txt").write_text((folder / "resume-000.txt").read_text())
        retried = run_dask([folder, records], out_dir, OPTIONS, scheduler=cluster.scheduler_address)
        assert (retried.skipped, retried.retried, retried.ok, retried.errors) == (50, 5, 1, 4)
        rows = [r for part in sorted(out_dir.glob("part-*.jsonl")) for r in read_rows(part)]
        assert len(rows) == len({r["key"] for r in rows}) == 55
        fixed = next(r for r in rows if r["key"].endswith("empty.txt"))
        assert fixed["status"] == "ok"
    finally:
        cluster.close()
