"""Fixture paths and helpers the prep tests share."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import standout
from standout.model.report import Report

FIXTURES = Path(__file__).parents[1] / "fixtures" / "prep"
REFERENCE = date(2024, 6, 1)
GO_RESUME = FIXTURES / "go_kubernetes.md"
JUNIOR_RESUME = FIXTURES / "junior_python.md"
POSTING = FIXTURES / "platform_posting.txt"


def analyse(path: Path, role: str = "mid") -> Report:
    return standout.analyze(path, role=role, reference_date=REFERENCE)
