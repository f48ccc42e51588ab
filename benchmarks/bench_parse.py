"""Parsing speed and robustness: ms per resume, and how the real resumes fare.

Times are the median CPU time of repeated parses of an already-read document, so that
they measure ``parse`` alone. With the shared data, each of the real resumes'
texts is read as a plain-text file and parsed once: how many parse without an error, and
how many yield at least one role and at least one section.
"""

from __future__ import annotations

import json
import statistics
import time
from datetime import date
from pathlib import Path

from benchmarks.bench_read import median_seconds  # CPU time: steady on a shared machine
from benchmarks.common import Row

ROOT = Path(__file__).resolve().parents[1]
RESUMES = ROOT / "tests" / "fixtures" / "resumes"
REFERENCE = date(2026, 6, 1)
REPEAT = 200
TARGET = "<= 2 ms"


def _fixture_rows() -> list[Row]:
    from standout.parse import parse
    from standout.read import read

    timings: dict[str, float] = {}
    for path in sorted(p for p in RESUMES.iterdir() if p.is_file()):
        document = read(path)
        seconds = median_seconds(
            lambda d=document: parse(d, reference_date=REFERENCE), repeat=REPEAT
        )
        timings[path.name] = seconds * 1000
    slowest = max(timings, key=timings.__getitem__)
    return [
        Row(
            "parse",
            f"fixture resumes ({len(timings)}): median of per-resume medians",
            statistics.median(timings.values()),
            "ms/resume",
            TARGET,
        ),
        Row("parse", f"slowest fixture ({slowest})", timings[slowest], "ms/resume", TARGET),
    ]


def _shared_rows(shared: Path) -> list[Row]:
    from standout.errors import StandoutError
    from standout.model.resume import SectionKind
    from standout.parse import parse
    from standout.read import read

    source = shared / "resumes" / "kaggle_resumes.jsonl"
    if not source.exists():
        return [Row("parse", f"{source} not found: real-resume figures skipped", "-")]
    texts = [json.loads(line)["text"] for line in source.read_text(encoding="utf-8").splitlines()]
    parsed = structured = coded_errors = crashes = 0
    times: list[float] = []
    for text in texts:
        try:
            document = read(text.encode("utf-8"), filename="x.txt")
            start = time.thread_time()
            resume = parse(document, reference_date=REFERENCE)
            times.append(time.thread_time() - start)
        except StandoutError:
            coded_errors += 1
            continue
        except Exception:  # counted, not raised: the figure is how many crash
            crashes += 1
            continue
        parsed += 1
        has_section = any(s.kind is not SectionKind.HEADER for s in resume.sections)
        if resume.roles and has_section:
            structured += 1
    total = len(texts)
    median_ms = statistics.median(times) * 1000 if times else "-"
    return [
        Row(
            "parse", f"real resumes parsed without error (of {total})", str(parsed), "", f"{total}"
        ),
        Row("parse", "real resumes that raised an exception", str(crashes), "", "0"),
        Row("parse", "real resumes refused with a coded error", str(coded_errors), "", ""),
        Row("parse", "real resumes with >= 1 role and >= 1 section", str(structured), "", ""),
        Row("parse", "real resumes: median parse time", median_ms, "ms/resume", TARGET),
    ]


def run(shared: Path | None) -> list[Row]:
    rows = _fixture_rows()
    if shared is not None:
        rows.extend(_shared_rows(shared))
    return rows
