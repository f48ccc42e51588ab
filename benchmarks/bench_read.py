"""Reading speed: ms/page for PDF, ms/document for DOCX, text, Markdown, HTML, JSON Resume.

Times are the median CPU time of repeated reads (see ``median_seconds``).

Fixture files are always measured. With the shared data, the real resumes' text is also
read as plain text, and a few are laid out as multi-page PDFs in memory (never written
to the repository) to time PDF reading on denser, real-world text.
"""

from __future__ import annotations

import io
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import Row

REPEAT = 60

ROOT = Path(__file__).resolve().parents[1]
RESUMES = ROOT / "tests" / "fixtures" / "resumes"
PDF_TARGET = "<= 3 ms/page"
DOCX_TARGET = "<= 10 ms"


def median_seconds(fn: Callable[[], object], *, repeat: int = REPEAT, warmup: int = 3) -> float:
    """Median CPU time of ``fn()``: on a shared machine, wall time mostly measures the
    other processes; on an idle one the two agree (reading is single-threaded)."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.thread_time()
        fn()
        times.append(time.thread_time() - start)
    return statistics.median(times)


def _pdf_from_text(text: str) -> bytes:
    """A plain A4 PDF of ``text`` (Helvetica 10 pt), as a text resume exported to PDF."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    y = A4[1] - 50
    for paragraph in text.splitlines():
        for line in simpleSplit(paragraph.strip(), "Helvetica", 10, A4[0] - 100) or [""]:
            if y < 50:
                canvas.showPage()
                y = A4[1] - 50
            canvas.setFont("Helvetica", 10)
            canvas.drawString(50, y, line)
            y -= 13
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _per_page_ms(data: bytes) -> tuple[float, int]:
    from standout.read import read

    pages = read(data).pages
    return median_seconds(lambda: read(data), repeat=REPEAT) * 1000 / pages, pages


def _shared_resumes(shared: Path) -> list[str]:
    path = shared / "resumes" / "kaggle_resumes.jsonl"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def _shared_rows(shared: Path) -> list[Row]:
    from standout.errors import StandoutError
    from standout.read import read

    texts = _shared_resumes(shared)
    if not texts:
        return []
    payloads = [text.encode("utf-8") for text in texts]
    failures = 0
    for payload in payloads:
        try:
            read(payload)
        except StandoutError:
            failures += 1
    timings = [median_seconds(lambda p=p: read(p), repeat=15, warmup=2) for p in payloads]
    rows = [
        Row(
            "read",
            f"text, {len(texts)} shared resumes: median CPU ms per document",
            statistics.median(timings) * 1000,
            "ms",
        ),
        Row("read", "text, shared resumes: read errors", f"{failures} of {len(texts)}", "", "0"),
    ]
    longest = sorted(texts, key=len)[-8:]  # the densest, multi-page when laid out
    per_page = []
    pages = 0
    for text in longest:
        ms, count = _per_page_ms(_pdf_from_text(text))
        per_page.append(ms)
        pages += count
    rows.append(
        Row(
            "read",
            f"PDF, {len(longest)} shared resumes laid out ({pages} pages): median CPU ms/page",
            statistics.median(per_page),
            "ms/page",
            PDF_TARGET,
        )
    )
    return rows


def run(shared: Path | None) -> list[Row]:
    from standout.read import read

    rows = []
    for name in ("single_column.pdf", "two_column.pdf"):
        ms, pages = _per_page_ms((RESUMES / name).read_bytes())
        rows.append(
            Row("read", f"PDF {name} ({pages} p): median CPU ms/page", ms, "ms/page", PDF_TARGET)
        )
    for name, target in (
        ("standard.docx", DOCX_TARGET),
        ("table_layout.docx", DOCX_TARGET),
        ("portfolio.html", ""),
    ):
        data = (RESUMES / name).read_bytes()
        seconds = median_seconds(lambda d=data: read(d), repeat=REPEAT)
        rows.append(
            Row("read", f"{name}: median CPU ms per document", seconds * 1000, "ms", target)
        )
    for pattern, label in (("*.txt", "text"), ("*.md", "Markdown"), ("*.json", "JSON Resume")):
        files = sorted(RESUMES.glob(pattern))
        if not files:
            continue
        payloads = [path.read_bytes() for path in files]
        timings = [median_seconds(lambda d=data: read(d), repeat=REPEAT) for data in payloads]
        rows.append(
            Row(
                "read",
                f"{label}, {len(files)} fixtures: median CPU ms per document",
                statistics.median(timings) * 1000,
                "ms",
            )
        )
    if shared is not None:
        rows.extend(_shared_rows(shared))
    return rows
