"""What the service does to its own process and objects for speed (#7): rows made without
the ORM constructor, and the garbage collector settled when the app starts."""

from __future__ import annotations

import gc
import sys
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import inspect

from standout.service.db import detached
from standout.service.users.models import Account


def test_a_detached_row_reads_like_one_loaded_and_detached() -> None:
    created = datetime(2024, 6, 1, tzinfo=UTC)
    account = detached(
        Account,
        {
            "id": "a" * 32,
            "email": "a@example.com",
            "created_at": created,
            "keep_resume_text": False,
        },
    )
    state = inspect(account)
    assert state.detached and not state.modified
    assert state.key == (Account, ("a" * 32,), None)
    assert (account.id, account.email, account.created_at, account.keep_resume_text) == (
        "a" * 32,
        "a@example.com",
        created,
        False,
    )


def test_the_started_app_has_frozen_its_long_lived_objects(client: TestClient) -> None:
    assert client.get("/healthz").status_code == 200
    assert gc.get_freeze_count() > 10_000
    assert gc.get_threshold()[0] == 7_000
    # the event loop gets the GIL back from request threads within 1 ms, not 5
    assert sys.getswitchinterval() == pytest.approx(0.001)
