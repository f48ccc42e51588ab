"""Shared helpers for benchmark modules."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Row:
    group: str  # e.g. "read", "parse", "skills"
    metric: str  # what was measured
    value: float | str
    unit: str = ""
    target: str = ""  # e.g. "<= 3 ms/page"; empty when there is none


def median_seconds(fn: Callable[[], object], *, repeat: int = 200, warmup: int = 5) -> float:
    """Median wall time of ``fn()`` in seconds over ``repeat`` runs."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
