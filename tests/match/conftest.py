"""Fixtures for the match tests: the fixture postings, parsed once."""

from __future__ import annotations

import pytest
from match_inputs import POSTINGS

from standout.model.posting import Posting
from standout.posting import parse_posting


@pytest.fixture(scope="session")
def java_posting() -> Posting:
    return parse_posting(POSTINGS / "java-spring-senior.txt")


@pytest.fixture(scope="session")
def django_posting() -> Posting:
    return parse_posting(POSTINGS / "python-django-mid.md")
