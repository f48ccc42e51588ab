"""A small circuit breaker around Redis: after a failure, leave it alone for a while.

Without it, every request during a Redis outage would wait for a failed connection.
The cache then misses and the rate limits let requests through (both logged).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

logger = logging.getLogger("standout.service.redis")

PAUSE_SECONDS = 10.0


class RedisGuard:
    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._paused_until = 0.0

    def call(self, action: Callable[[], T], fallback: T, what: str) -> T:
        """``action()``, or ``fallback`` when Redis failed just now or fails this time."""
        from redis import RedisError

        if self._clock() < self._paused_until:
            return fallback
        try:
            return action()
        except RedisError as exc:
            self._paused_until = self._clock() + PAUSE_SECONDS
            logger.warning(
                "redis %s failed; going without it for %.0f s: %s", what, PAUSE_SECONDS, exc
            )
            return fallback
