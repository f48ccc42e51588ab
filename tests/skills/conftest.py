"""Fixtures for the skills tests: a small taxonomy and an extractor over it."""

from __future__ import annotations

import pytest
from resume_factory import make_taxonomy

from standout.skills.extract import Extractor
from standout.skills.taxonomy import Taxonomy


@pytest.fixture(scope="session")
def tiny_taxonomy() -> Taxonomy:
    return make_taxonomy()


@pytest.fixture(scope="session")
def tiny() -> Extractor:
    return Extractor(make_taxonomy())
