"""Submissions remembered so that a form sent twice acts once (#7)."""

from __future__ import annotations

import uuid

import pytest
from service_helpers import REDIS_URL

from standout.service.submissions import (
    PENDING,
    REMEMBER_SECONDS,
    MemorySubmissions,
    RedisSubmissions,
    Submissions,
)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def check_claims(first: Submissions, second: Submissions) -> None:
    """``second`` sees what ``first`` claims (the same store, or another worker's)."""
    key = uuid.uuid4().hex
    assert first.claim(key) is None
    assert second.claim(key) == PENDING
    first.record(key, "/analyses/a1")
    assert second.claim(key) == "/analyses/a1"
    other = uuid.uuid4().hex
    assert first.claim(other) is None
    first.release(other)
    assert second.claim(other) is None  # released: the next send claims it afresh


def test_memory_claims() -> None:
    submissions = MemorySubmissions()
    check_claims(submissions, submissions)


def test_memory_claims_are_forgotten_after_a_while() -> None:
    clock = Clock()
    submissions = MemorySubmissions(clock=clock)
    assert submissions.claim("form") is None
    submissions.record("form", "/analyses/a1")
    clock.now += REMEMBER_SECONDS + 1
    assert submissions.claim("form") is None


@pytest.mark.skipif(REDIS_URL is None, reason="STANDOUT_TEST_REDIS_URL is not set")
def test_redis_claims_are_shared_by_workers() -> None:
    import redis

    assert REDIS_URL is not None
    one, two = redis.Redis.from_url(REDIS_URL), redis.Redis.from_url(REDIS_URL)
    prefix = f"standout-test-{uuid.uuid4().hex}:"
    try:
        check_claims(RedisSubmissions(one, prefix=prefix), RedisSubmissions(two, prefix=prefix))
    finally:
        one.close()
        two.close()


def test_without_redis_nothing_is_held_back() -> None:
    import redis

    unreachable = redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.2, retry=None)
    submissions = RedisSubmissions(unreachable)
    assert submissions.claim("form") is None
    assert submissions.claim("form") is None
