"""Interview preparation: how long ``prepare`` takes once a resume is analysed.

* Median CPU time of ``prepare(report)`` on the fixture resumes (target 10 ms), and with a
  posting whose match is already made (``prepare(report, match=...)``).
* Over 200 generated resumes of every stack: median and p90 of ``prepare`` alone, questions
  per pack and the share of questions with a story from the resume.
* With the shared data: the same over the real resumes (text in), as a robustness check:
  crashes must stay at zero.
* The first load of the question bank (JSON parse and validation), paid once per process.

Times are CPU time of the calling thread: on a shared machine wall time measures the
neighbours.
"""

from __future__ import annotations

import json
import random
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.common import Row
from benchmarks.synthetic import synthetic_resume

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
RESUMES = (
    FIXTURES / "prep" / "go_kubernetes.md",
    FIXTURES / "resumes" / "markdown_senior.md",
    FIXTURES / "resumes" / "junior_projects.md",
)
POSTING = FIXTURES / "prep" / "platform_posting.txt"
REFERENCE = date(2024, 6, 1)
GENERATED = 200


def _median_cpu_ms(fn: Callable[[], object], *, repeat: int = 200, warmup: int = 10) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.thread_time()
        fn()
        times.append(time.thread_time() - start)
    return statistics.median(times) * 1000


def _bank_load_ms() -> float:
    from standout.data import load_json
    from standout.prep.bank import build_bank

    raw = load_json("questions.json")
    start = time.thread_time()
    build_bank(raw)
    return (time.thread_time() - start) * 1000


def _fixture_rows() -> list[Row]:
    import standout

    reports = [standout.analyze(path, role="senior", reference_date=REFERENCE) for path in RESUMES]
    standout.prepare(reports[0])  # load the bank and taxonomy outside the timing
    median = statistics.median(
        _median_cpu_ms(lambda report=report: standout.prepare(report)) for report in reports
    )
    match = standout.match(reports[0], standout.parse_posting(POSTING))
    with_posting = _median_cpu_ms(lambda: standout.prepare(reports[0], match=match))
    return [
        Row("prep", "question bank: parse and validate once (ms, CPU)", _bank_load_ms(), "ms"),
        Row("prep", "prepare one pack after analyze, fixtures (ms, median CPU)", median, "ms",
            "<= 10 ms"),
        Row("prep", "prepare with a posting, match made (ms, median CPU)", with_posting, "ms",
            "<= 10 ms"),
    ]  # fmt: skip


def _pack_rows(label: str, texts: list[str]) -> list[Row]:
    import standout
    from standout.errors import StandoutError

    times: list[float] = []
    sizes: list[int] = []
    storied: list[float] = []
    crashes = 0
    for text in texts:
        try:
            report = standout.analyze(
                text.encode("utf-8"), filename="resume.txt", reference_date=REFERENCE
            )
        except StandoutError:
            continue
        start = time.thread_time()
        try:
            pack = standout.prepare(report)
        except Exception:  # a crash is a bug to count, not to hide
            crashes += 1
            continue
        times.append(time.thread_time() - start)
        sizes.append(len(pack.questions))
        storied.append(1 - len(pack.without_story) / max(1, len(pack.questions)))
    if not times:
        return [Row("prep", f"{label}: no resume could be analysed", "-")]
    ordered = sorted(times)
    return [
        Row("prep", f"{label} ({len(times)}): prepare, median (ms, CPU)",
            statistics.median(times) * 1000, "ms", "<= 10 ms"),
        Row("prep", f"{label}: prepare, p90 (ms, CPU)",
            ordered[int(0.9 * (len(ordered) - 1))] * 1000, "ms"),
        Row("prep", f"{label}: questions per pack, median", statistics.median(sizes), "questions"),
        Row("prep", f"{label}: share of questions with a story, median",
            statistics.median(storied), "share"),
        Row("prep", f"{label}: crashes in prepare", crashes, "resumes", "0"),
    ]  # fmt: skip


def run(shared: Path | None) -> list[Row]:
    rows = _fixture_rows()
    rng = random.Random(6)
    rows += _pack_rows("generated resumes", [synthetic_resume(rng, n) for n in range(GENERATED)])
    if shared is not None:
        source = shared / "resumes" / "kaggle_resumes.jsonl"
        if source.exists():
            lines = source.read_text(encoding="utf-8").splitlines()
            rows += _pack_rows("real resumes", [json.loads(line)["text"] for line in lines if line])
    return rows
