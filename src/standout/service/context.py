"""What one running app holds: settings, database, cache, rate limiter and metrics.

``create_app`` builds one ``ServiceContext`` and stores it on ``app.state.context``; routes
reach it through the dependencies in ``deps.py``. Nothing here is global, so tests can run
several apps side by side.
"""

from __future__ import annotations

import hmac
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from standout.service.cache import MemoryCache, RedisCache, ResultCache
from standout.service.db import Database
from standout.service.limits import MemoryRateLimiter, NoLimit, RateLimiter, RedisRateLimiter
from standout.service.metrics import Metrics
from standout.service.settings import Settings
from standout.service.submissions import MemorySubmissions, RedisSubmissions, Submissions
from standout.service.users.key_cache import KeyCache, RedisKeyChanges

if TYPE_CHECKING:
    import redis

logger = logging.getLogger("standout.service")


@dataclass
class ServiceContext:
    settings: Settings
    database: Database
    cache: ResultCache
    limiter: RateLimiter
    metrics: Metrics | None
    keys: KeyCache
    redis_client: redis.Redis[bytes] | None = None
    key_changes: RedisKeyChanges | None = None
    submissions: Submissions = field(default_factory=MemorySubmissions)
    _secret: bytes = field(default=b"", repr=False)

    @classmethod
    def build(cls, settings: Settings) -> ServiceContext:
        client = None
        key_changes = None
        keys = KeyCache(settings.key_cache_seconds)
        submissions: Submissions = MemorySubmissions()
        cache: ResultCache = MemoryCache(settings.cache_max_entries)
        limiter: RateLimiter = (
            MemoryRateLimiter(settings.rate_limit_per_minute)
            if settings.rate_limit_per_minute
            else NoLimit()
        )
        if settings.redis_url:
            import redis

            client = redis.Redis.from_url(
                settings.redis_url, socket_timeout=1.0, socket_connect_timeout=1.0
            )
            cache = RedisCache(
                client, ttl_seconds=settings.cache_ttl_seconds, prefix=settings.redis_prefix
            )
            if settings.rate_limit_per_minute:
                limiter = RedisRateLimiter(
                    client, settings.rate_limit_per_minute, prefix=settings.redis_prefix
                )
            key_changes = RedisKeyChanges(client, keys, prefix=settings.redis_prefix)
            submissions = RedisSubmissions(client, prefix=settings.redis_prefix)
        return cls(
            settings=settings,
            database=Database(settings.database_url),
            cache=cache,
            limiter=limiter,
            metrics=Metrics() if settings.metrics_enabled else None,
            keys=keys,
            redis_client=client,
            key_changes=key_changes,
            submissions=submissions,
            _secret=settings.secret_key.get_secret_value().encode("utf-8"),
        )

    def sign(self, value: str) -> str:
        """An HMAC of ``value`` under the secret key (for CSRF tokens)."""
        return hmac.new(self._secret, value.encode("utf-8"), "sha256").hexdigest()

    def start(self) -> None:
        """Start listening for key changes made by other processes (with Redis)."""
        if self.key_changes is not None:
            self.key_changes.start()

    def close(self) -> None:
        if self.key_changes is not None:
            self.key_changes.close()
        self.cache.close()
        self.limiter.close()
        self.database.dispose()
