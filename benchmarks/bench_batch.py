"""Batch throughput and memory (#8): resumes/s for text and PDF at 1 and 2 workers, and the
peak memory of a 10,000-resume run (parent and worker processes, measured in a subprocess).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Row
from benchmarks.synthetic import synthetic_resume

TEXT_RESUMES = 2000
PDF_RESUMES = 600  # ~3 s at one worker: long enough that start-up and the last chunk do not weigh
MEMORY_RESUMES = 10_000


def _throughput(folder: Path, workers: int, out: Path) -> float:
    from standout.batch import BatchOptions, iter_inputs, open_writer, run_local

    out.unlink(missing_ok=True)
    writer, done = open_writer(out)
    started = time.perf_counter()
    summary = run_local(iter_inputs([folder]), writer, BatchOptions(), done=done, workers=workers)
    return summary.processed / (time.perf_counter() - started)


def _write_pdfs(folder: Path, texts: list[str]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    for index, text in enumerate(texts):
        pdf = canvas.Canvas(str(folder / f"resume-{index:04d}.pdf"), pagesize=A4)
        y = 800
        for line in text.splitlines():
            if y < 40:
                pdf.showPage()
                y = 800
            pdf.setFont("Helvetica", 9)
            pdf.drawString(40, y, line[:120])
            y -= 12
        pdf.save()


_MEMORY_SCRIPT = """
import json, resource, sys
from pathlib import Path
from standout.batch import BatchOptions, iter_inputs, open_writer, run_local
writer, done = open_writer(Path(sys.argv[2]))
summary = run_local(iter_inputs([Path(sys.argv[1])]), writer, BatchOptions(), done=done, workers=2)
print(json.dumps({
    "processed": summary.processed,
    "parent_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
}))
"""


def run(shared: Path | None) -> list[Row]:
    rng = random.Random(11)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        texts = base / "texts"
        texts.mkdir()
        for index in range(TEXT_RESUMES):
            (texts / f"r{index:05d}.txt").write_text(synthetic_resume(rng, index), encoding="utf-8")
        one = _throughput(texts, 1, base / "o1.jsonl")
        two = _throughput(texts, 2, base / "o2.jsonl")
        rows += [
            Row("batch", f"text resumes/s, 1 worker ({TEXT_RESUMES} resumes)", one, "/s", ">= 300"),
            Row("batch", "text resumes/s, 2 workers", two, "/s", ">= 600"),
            Row("batch", "text scaling 1 -> 2 workers", two / one, "x", ">= 1.8"),
        ]
        pdfs = base / "pdfs"
        pdfs.mkdir()
        _write_pdfs(pdfs, [synthetic_resume(rng, i) for i in range(PDF_RESUMES)])
        one = _throughput(pdfs, 1, base / "p1.jsonl")
        two = _throughput(pdfs, 2, base / "p2.jsonl")
        rows += [
            Row("batch", f"PDF resumes/s, 1 worker ({PDF_RESUMES} resumes)", one, "/s", ""),
            Row("batch", "PDF resumes/s, 2 workers", two, "/s", ""),
            Row("batch", "PDF scaling 1 -> 2 workers", two / one, "x", ">= 1.8"),
        ]
        records = base / "records.jsonl"
        with records.open("w", encoding="utf-8") as handle:
            for index in range(MEMORY_RESUMES):
                handle.write(json.dumps({"id": index, "text": synthetic_resume(rng, index)}) + "\n")
        result = subprocess.run(
            [sys.executable, "-c", _MEMORY_SCRIPT, str(records), str(base / "m.jsonl")],
            capture_output=True,
            text=True,
            check=True,
        )
        memory = json.loads(result.stdout.strip().splitlines()[-1])
        rows += [
            Row(
                "batch",
                f"peak memory, parent, {memory['processed']:,} resumes",
                memory["parent_mb"],
                "MB",
                "<= 300",
            ),
            Row("batch", "peak memory, largest worker", memory["worker_mb"], "MB", "<= 300"),
        ]
    return rows
