"""Rate limits: a fixed window of requests per minute for each API key or web session.

In Redis when ``STANDOUT_REDIS_URL`` is set (one budget across every worker), in-process
otherwise. Over the limit the request gets 429 with ``Retry-After``.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from standout.errors import RateLimitedError
from standout.service.redis_guard import RedisGuard

if TYPE_CHECKING:
    import redis

WINDOW_SECONDS = 60


class RateLimiter(Protocol):
    # True when ``hit`` waits on the network: async callers run it in a worker thread.
    blocking: bool

    def hit(self, subject: str) -> None:
        """Count one request for ``subject``; raise RateLimitedError over the limit."""

    def close(self) -> None: ...


def _refuse(limit: int, window_end: float, now: float) -> RateLimitedError:
    retry_after = max(1, math.ceil(window_end - now))
    return RateLimitedError(
        f"Too many requests: the limit is {limit} a minute.",
        hint=f"Wait {retry_after} s and try again.",
        retry_after=retry_after,
    )


class NoLimit:
    blocking = False

    def hit(self, subject: str) -> None:
        return None

    def close(self) -> None:
        return None


class MemoryRateLimiter:
    # Past this many subjects, counts from earlier windows are dropped.
    _PRUNE_AT = 10_000
    blocking = False

    def __init__(self, limit: int, *, clock: Callable[[], float] = time.time) -> None:
        self._limit = limit
        self._clock = clock
        self._counts: dict[str, tuple[int, int]] = {}  # subject -> (window, count)
        self._lock = threading.Lock()

    def hit(self, subject: str) -> None:
        now = self._clock()
        window = int(now // WINDOW_SECONDS)
        with self._lock:
            seen_window, count = self._counts.get(subject, (window, 0))
            count = count + 1 if seen_window == window else 1
            self._counts[subject] = (window, count)
            if len(self._counts) > self._PRUNE_AT:
                self._counts = {s: v for s, v in self._counts.items() if v[0] == window}
        if count > self._limit:
            raise _refuse(self._limit, (window + 1) * WINDOW_SECONDS, now)

    def close(self) -> None:
        self._counts.clear()


class RedisRateLimiter:
    blocking = True

    def __init__(
        self,
        client: redis.Redis[bytes],
        limit: int,
        *,
        prefix: str = "standout:",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._client = client
        self._limit = limit
        self._prefix = prefix + "limit:"
        self._clock = clock
        self._guard = RedisGuard()  # fails open: an outage must not lock everyone out

    def _count(self, key: str) -> int:
        pipe = self._client.pipeline(transaction=False)
        pipe.incr(key)
        pipe.expire(key, WINDOW_SECONDS * 2)
        return int(pipe.execute()[0])

    def hit(self, subject: str) -> None:
        now = self._clock()
        window = int(now // WINDOW_SECONDS)
        count = self._guard.call(
            lambda: self._count(f"{self._prefix}{subject}:{window}"), 0, "rate limit check"
        )
        if count > self._limit:
            raise _refuse(self._limit, (window + 1) * WINDOW_SECONDS, now)

    def close(self) -> None:
        self._client.close()
