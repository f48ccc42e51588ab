"""The result cache and the rate limiter, in-process and in Redis (#7)."""

from __future__ import annotations

import uuid

import pytest
from service_helpers import REDIS_URL

from standout.errors import RateLimitedError
from standout.service.cache import MemoryCache, RedisCache, content_key
from standout.service.limits import MemoryRateLimiter, RedisRateLimiter


def test_content_key_depends_on_content_and_parameters() -> None:
    base = content_key("report", b"resume", "mid")
    assert base == content_key("report", b"resume", "mid")
    assert base != content_key("report", b"resume!", "mid")
    assert base != content_key("report", b"resume", "senior")


def test_memory_cache_evicts_least_recently_used() -> None:
    cache = MemoryCache(2)
    cache.set("a", b"1")
    cache.set("b", b"2")
    assert cache.get("a") == b"1"  # a is now the most recent
    cache.set("c", b"3")
    assert cache.get("b") is None
    assert (cache.get("a"), cache.get("c")) == (b"1", b"3")


def test_memory_cache_of_size_zero_keeps_nothing() -> None:
    cache = MemoryCache(0)
    cache.set("a", b"1")
    assert cache.get("a") is None


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_memory_limiter_counts_per_window() -> None:
    clock = Clock(60 * 20_000 + 20.0)  # 20 s into a window
    limiter = MemoryRateLimiter(2, clock=clock)
    limiter.hit("k")
    limiter.hit("k")
    with pytest.raises(RateLimitedError) as caught:
        limiter.hit("k")
    assert caught.value.retry_after == 40
    limiter.hit("other")  # its own budget
    clock.now += 40  # the next window
    limiter.hit("k")


@pytest.mark.redis
@pytest.mark.skipif(not REDIS_URL, reason="STANDOUT_TEST_REDIS_URL is not set")
class TestRedis:
    @pytest.fixture
    def client(self):  # type: ignore[no-untyped-def]
        import redis

        assert REDIS_URL is not None
        client = redis.Redis.from_url(REDIS_URL)
        prefix = f"standout-test-{uuid.uuid4().hex[:8]}:"
        yield client, prefix
        keys = list(client.scan_iter(match=f"{prefix}*"))
        if keys:
            client.delete(*keys)
        client.close()

    def test_cache_round_trip_with_ttl(self, client) -> None:  # type: ignore[no-untyped-def]
        redis_client, prefix = client
        cache = RedisCache(redis_client, ttl_seconds=60, prefix=prefix)
        assert cache.get("k") is None
        cache.set("k", b"value")
        assert cache.get("k") == b"value"
        assert 0 < redis_client.ttl(f"{prefix}cache:k") <= 60

    def test_limiter_shares_one_budget(self, client) -> None:  # type: ignore[no-untyped-def]
        redis_client, prefix = client
        clock = Clock(60 * 30_000 + 10.0)  # 10 s into a window
        first = RedisRateLimiter(redis_client, 2, prefix=prefix, clock=clock)
        second = RedisRateLimiter(redis_client, 2, prefix=prefix, clock=clock)  # another worker
        first.hit("k")
        second.hit("k")
        with pytest.raises(RateLimitedError) as caught:
            first.hit("k")
        assert caught.value.retry_after == 50


def test_redis_outage_degrades_instead_of_failing() -> None:
    import redis

    dead = redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.2, retry=None)
    cache = RedisCache(dead, ttl_seconds=60)
    cache.set("k", b"v")
    assert cache.get("k") is None
    RedisRateLimiter(dead, 1).hit("k")  # fails open: no exception
