"""Reports and postings the prep tests share, analysed once per session."""

from __future__ import annotations

import pytest
from prep_inputs import GO_RESUME, JUNIOR_RESUME, POSTING, analyse

import standout
from standout.model.posting import Posting
from standout.model.report import Report


@pytest.fixture(scope="session")
def go_report() -> Report:
    return analyse(GO_RESUME)


@pytest.fixture(scope="session")
def junior_report() -> Report:
    return analyse(JUNIOR_RESUME, "junior")


@pytest.fixture(scope="session")
def platform_posting() -> Posting:
    return standout.parse_posting(POSTING)
