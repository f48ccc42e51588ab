"""Taxonomy load time: parsing the shipped JSON into typed skills, cold, as on first use."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.common import Row, median_seconds

if TYPE_CHECKING:
    from standout.skills.taxonomy import Taxonomy


def _cold_load() -> Taxonomy:
    from standout.data import load_json
    from standout.skills.taxonomy import load_taxonomy

    load_json.cache_clear()
    load_taxonomy.cache_clear()
    return load_taxonomy()


def _first_use() -> dict[str, tuple[str, ...]]:
    """Load plus what the extractor asks for at once: every surface form."""
    return _cold_load().surface_forms()


def _cpu_seconds(fn: Callable[[], object], repeat: int = 100) -> float:
    """Median CPU time of ``fn()``: steadier than wall time on a busy machine."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


def _closure_seconds(repeat: int = 20) -> float:
    """Median time to compute every skill's implied closure on a freshly loaded taxonomy."""
    times = []
    for _ in range(repeat):
        taxonomy = _cold_load()
        start = time.perf_counter()
        for skill_id in taxonomy.skills:
            taxonomy.implied(skill_id)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(shared: Path | None) -> list[Row]:
    from standout.skills.taxonomy import load_taxonomy

    taxonomy = _cold_load()
    load = median_seconds(_cold_load, repeat=100)
    load_cpu = _cpu_seconds(_cold_load)
    first_use = median_seconds(_first_use, repeat=100)
    closures = _closure_seconds()
    load_taxonomy.cache_clear()  # leave the process as it found it: loaded lazily on use
    skills = len(taxonomy.skills)
    forms = len(taxonomy.surface_forms())
    return [
        Row("skills", f"taxonomy load, cold ({skills} skills)", load * 1e3, "ms", "<= 50 ms"),
        Row("skills", "taxonomy load, cold, CPU time", load_cpu * 1e3, "ms", "<= 50 ms"),
        Row("skills", f"taxonomy load + surface forms ({forms} forms)", first_use * 1e3, "ms"),
        Row(
            "skills",
            "implied closures of all skills (each computed on first use)",
            closures * 1e3,
            "ms",
        ),
    ]
