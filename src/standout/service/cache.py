"""The result cache: identical resumes are analysed once.

Keys are content hashes (plus whatever else changes the result: target role, reference
date); values are the serialised report. Redis when ``STANDOUT_REDIS_URL`` is set, so that
every worker shares it; a bounded in-process LRU otherwise.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Protocol

from standout.service.redis_guard import RedisGuard

if TYPE_CHECKING:
    import redis


class ResultCache(Protocol):
    def get(self, key: str) -> bytes | None: ...

    def set(self, key: str, value: bytes) -> None: ...

    def close(self) -> None: ...


def content_key(kind: str, content: bytes, *parts: str) -> str:
    """A cache key from the content's SHA-256 and the parameters that change the result."""
    digest = hashlib.sha256(content).hexdigest()
    return ":".join((kind, digest, *parts))


class MemoryCache:
    """A thread-safe LRU of at most ``max_entries`` values (0 caches nothing)."""

    def __init__(self, max_entries: int) -> None:
        self._max_entries = max_entries
        self._entries: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> bytes | None:
        with self._lock:
            value = self._entries.get(key)
            if value is not None:
                self._entries.move_to_end(key)
            return value

    def set(self, key: str, value: bytes) -> None:
        if self._max_entries <= 0:
            return
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self._max_entries:
                self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)

    def close(self) -> None:
        self._entries.clear()


class RedisCache:
    """Values under ``prefix`` with a time to live, shared by every worker."""

    def __init__(
        self, client: redis.Redis[bytes], *, ttl_seconds: int, prefix: str = "standout:"
    ) -> None:
        self._client = client
        self._ttl = ttl_seconds
        self._prefix = prefix + "cache:"
        self._guard = RedisGuard()  # a cache outage costs speed, never a failed request

    def get(self, key: str) -> bytes | None:
        value = self._guard.call(lambda: self._client.get(self._prefix + key), None, "cache read")
        return value if isinstance(value, bytes) else None

    def set(self, key: str, value: bytes) -> None:
        self._guard.call(
            lambda: self._client.set(self._prefix + key, value, ex=self._ttl), None, "cache write"
        )

    def close(self) -> None:
        self._client.close()
