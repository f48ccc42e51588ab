"""How many CPUs this process may really use: the default number of worker processes.

``os.cpu_count()`` counts the machine's CPUs. In a container limited to one CPU of a
64-core host it still says 64, and a worker per "core" would start 64 processes taking
turns on one CPU. What the process may use is the smaller of its CPU affinity (a cpuset,
``taskset``, ``docker run --cpuset-cpus``) and its cgroup's CPU quota (``docker run
--cpus``, a Kubernetes CPU limit), rounded up.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

# cgroup v2 keeps the quota in one file ("max 100000" or "150000 100000"); v1 in two.
CGROUP_V2_MAX = Path("/sys/fs/cgroup/cpu.max")
CGROUP_V1_QUOTA = Path("/sys/fs/cgroup/cpu/cpu.cfs_quota_us")
CGROUP_V1_PERIOD = Path("/sys/fs/cgroup/cpu/cpu.cfs_period_us")


def usable_cpus() -> int:
    """CPUs this process may run on at once, at least 1."""
    if hasattr(os, "sched_getaffinity"):
        cpus = len(os.sched_getaffinity(0))
    else:  # pragma: no cover - macOS and Windows have no affinity call
        cpus = os.cpu_count() or 1
    quota = cgroup_cpu_quota()
    if quota is not None:
        cpus = min(cpus, math.ceil(quota))
    return max(1, cpus)


def cgroup_cpu_quota() -> float | None:
    """The cgroup's CPU limit in CPUs (1.5 for ``--cpus 1.5``), or None when unlimited or
    unknown."""
    try:
        fields = CGROUP_V2_MAX.read_text(encoding="ascii").split()
    except OSError:
        return _cgroup_v1_quota()
    if len(fields) != 2 or fields[0] == "max":
        return None
    return _ratio(fields[0], fields[1])


def _cgroup_v1_quota() -> float | None:
    try:
        quota = CGROUP_V1_QUOTA.read_text(encoding="ascii").strip()
        period = CGROUP_V1_PERIOD.read_text(encoding="ascii").strip()
    except OSError:
        return None
    return _ratio(quota, period)  # a quota of -1 means unlimited


def _ratio(quota: str, period: str) -> float | None:
    try:
        quota_us, period_us = int(quota), int(period)
    except ValueError:
        return None
    if quota_us <= 0 or period_us <= 0:
        return None
    return quota_us / period_us
