"""The default number of worker processes follows the CPUs the process may use (#7, #8)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import standout._cpus as cpus


@pytest.fixture
def cgroup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake cgroup tree; no file at all is 'no limit known'."""
    monkeypatch.setattr(cpus, "CGROUP_V2_MAX", tmp_path / "cpu.max")
    monkeypatch.setattr(cpus, "CGROUP_V1_QUOTA", tmp_path / "cpu" / "cpu.cfs_quota_us")
    monkeypatch.setattr(cpus, "CGROUP_V1_PERIOD", tmp_path / "cpu" / "cpu.cfs_period_us")
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(8)), raising=False)
    return tmp_path


def test_without_a_cgroup_limit_every_cpu_of_the_affinity_counts(cgroup: Path) -> None:
    assert cpus.cgroup_cpu_quota() is None
    assert cpus.usable_cpus() == 8


def test_cgroup_v2_unlimited(cgroup: Path) -> None:
    (cgroup / "cpu.max").write_text("max 100000\n")
    assert cpus.usable_cpus() == 8


def test_cgroup_v2_quota_rounds_up(cgroup: Path) -> None:
    """docker run --cpus 1.5: two workers, not eight taking turns on 1.5 CPUs."""
    (cgroup / "cpu.max").write_text("150000 100000\n")
    assert cpus.cgroup_cpu_quota() == 1.5
    assert cpus.usable_cpus() == 2


def test_cgroup_v1_quota(cgroup: Path) -> None:
    (cgroup / "cpu").mkdir()
    (cgroup / "cpu" / "cpu.cfs_quota_us").write_text("100000\n")
    (cgroup / "cpu" / "cpu.cfs_period_us").write_text("100000\n")
    assert cpus.usable_cpus() == 1


def test_cgroup_v1_unlimited_quota_is_minus_one(cgroup: Path) -> None:
    (cgroup / "cpu").mkdir()
    (cgroup / "cpu" / "cpu.cfs_quota_us").write_text("-1\n")
    (cgroup / "cpu" / "cpu.cfs_period_us").write_text("100000\n")
    assert cpus.usable_cpus() == 8


def test_a_quota_above_the_affinity_does_not_add_cpus(cgroup: Path) -> None:
    (cgroup / "cpu.max").write_text("1600000 100000\n")
    assert cpus.usable_cpus() == 8


def test_affinity_limits_too(cgroup: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """taskset / docker run --cpuset-cpus 0."""
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert cpus.usable_cpus() == 1


def test_garbage_in_the_cgroup_file_means_no_limit(cgroup: Path) -> None:
    (cgroup / "cpu.max").write_text("lots of cpus\n")
    assert cpus.usable_cpus() == 8
