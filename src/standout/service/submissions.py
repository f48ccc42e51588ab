"""Which form submissions were already received, so that sending one twice acts once (#7).

Every rendered form carries a fresh CSRF token (``pages/security.py``), so the token also
names one submission of that form. The first request with it ``claim``s it; a double
click or a resent form finds the claim and, once the first request has ``record``ed what
it made, is sent there instead of making it again. A failed submission is ``release``d so
that sending the form again tries again.

In memory for one process; in Redis (``SET NX``) when configured, so that two workers
receiving the same form agree. When Redis is unreachable a submission is never held
back: a duplicate then costs an extra analysis, not a failed request.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from standout.service.redis_guard import RedisGuard
from standout.service.threads import in_thread

if TYPE_CHECKING:
    import redis

# Marks a claim whose request is still running (a recorded result is a path, never this).
PENDING = "pending"
# How long a submission is remembered: longer than anyone waits to click again.
REMEMBER_SECONDS = 600


class Submissions(Protocol):
    def claim(self, key: str) -> str | None:
        """None when this call claimed ``key``; else what is there (PENDING or a result)."""
        ...

    def record(self, key: str, result: str) -> None: ...

    def release(self, key: str) -> None: ...


class MemorySubmissions:
    """Claims kept in this process for ``REMEMBER_SECONDS``."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[float, str]] = {}

    def claim(self, key: str) -> str | None:
        now = self._clock()
        with self._lock:
            for stale in [k for k, (until, _) in self._entries.items() if until <= now]:
                del self._entries[stale]
            if key in self._entries:
                return self._entries[key][1]
            self._entries[key] = (now + REMEMBER_SECONDS, PENDING)
            return None

    def record(self, key: str, result: str) -> None:
        with self._lock:
            self._entries[key] = (self._clock() + REMEMBER_SECONDS, result)

    def release(self, key: str) -> None:
        with self._lock:
            self._entries.pop(key, None)


class RedisSubmissions:
    """Claims shared by every worker, each expiring after ``REMEMBER_SECONDS``."""

    def __init__(self, client: redis.Redis[bytes], *, prefix: str = "standout:") -> None:
        self._client = client
        self._prefix = prefix + "submission:"
        self._guard = RedisGuard()

    def claim(self, key: str) -> str | None:
        name = self._prefix + key

        def claim_or_read() -> str | None:
            if self._client.set(name, PENDING, nx=True, ex=REMEMBER_SECONDS):
                return None
            value = self._client.get(name)
            # Gone between the two calls (released): the next send of the form claims it.
            return value.decode("utf-8") if isinstance(value, bytes) else PENDING

        return self._guard.call(claim_or_read, None, "submission claim")

    def record(self, key: str, result: str) -> None:
        self._guard.call(
            lambda: self._client.set(self._prefix + key, result, ex=REMEMBER_SECONDS),
            None,
            "submission record",
        )

    def release(self, key: str) -> None:
        self._guard.call(
            lambda: self._client.delete(self._prefix + key), None, "submission release"
        )


# How long a repeated submission waits for the first to finish before it gives up and is
# sent to the history, where the first one's result will appear.
WAIT_SECONDS = 60.0
POLL_SECONDS = 0.05


async def earlier_result(
    submissions: Submissions, key: str, *, wait_seconds: float = WAIT_SECONDS
) -> str | None:
    """None when this request is the first to send ``key`` (it now holds the claim);
    else the first one's result, waiting for it while that request runs ("" when it is
    still running after ``wait_seconds``)."""
    deadline = time.monotonic() + wait_seconds
    while True:
        found = await in_thread(submissions.claim, key)
        if found != PENDING:
            return found
        if time.monotonic() >= deadline:
            return ""
        await asyncio.sleep(POLL_SECONDS)
