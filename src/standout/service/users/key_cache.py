"""A short-lived cache of API-key look-ups, so that most requests need no query to know
whose key signs them.

An entry lives a few seconds (``STANDOUT_KEY_CACHE_SECONDS``). Revoking a key, changing an
account's privacy setting or deleting an account drops the entries concerned at once in
this process and, with Redis, in every other worker and from the admin CLI: the change is
published on a channel every worker listens to. Without Redis, other processes see the
change when their entry expires.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from standout.service.db import detached
from standout.service.users.models import Account, ApiKey

if TYPE_CHECKING:
    import redis

logger = logging.getLogger("standout.service.keys")

CHANNEL = "key-changes"  # after the Redis prefix
_LISTEN_TIMEOUT_SECONDS = 1.0
_RETRY_SECONDS = 5.0


@dataclass(frozen=True, slots=True)
class KeyGrant:
    """What an active API key grants: its account, as it was when looked up."""

    key_id: str
    key_hash: str
    account_id: str
    email: str
    created_at: datetime
    keep_resume_text: bool

    @classmethod
    def of(cls, account: Account, key: ApiKey) -> KeyGrant:
        return cls(
            key.id,
            key.key_hash,
            account.id,
            account.email,
            account.created_at,
            account.keep_resume_text,
        )

    def account(self) -> Account:
        """The account as a detached object: readable, in no session, made without a query.

        Service functions that change an account write it with an UPDATE statement, so it
        needs no session; attaching it would open a transaction for nothing.
        """
        return detached(
            Account,
            {
                "id": self.account_id,
                "email": self.email,
                "created_at": self.created_at,
                "keep_resume_text": self.keep_resume_text,
            },
        )


class KeyCache:
    """Grants by key digest for ``ttl_seconds`` (0 keeps nothing), at most ``max_entries``."""

    def __init__(
        self,
        ttl_seconds: float,
        *,
        max_entries: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._ttl = ttl_seconds
        self._max_entries = max_entries
        self._clock = clock
        self._grants: dict[str, tuple[float, KeyGrant]] = {}  # digest -> (expiry, grant)
        self._lock = threading.Lock()
        self._publish: Callable[[str], None] | None = None

    def publish_changes_with(self, publish: Callable[[str], None]) -> None:
        """Also tell other processes what ``forget_*`` drops (through Redis)."""
        self._publish = publish

    def get(self, key_hash: str) -> KeyGrant | None:
        found = self._grants.get(key_hash)
        if found is None:
            return None
        expiry, grant = found
        if self._clock() >= expiry:
            with self._lock:
                self._grants.pop(key_hash, None)
            return None
        return grant

    def put(self, grant: KeyGrant) -> None:
        if self._ttl <= 0:
            return
        now = self._clock()
        with self._lock:
            if len(self._grants) >= self._max_entries:
                self._grants = {
                    digest: entry for digest, entry in self._grants.items() if entry[0] > now
                }
                if len(self._grants) >= self._max_entries:
                    self._grants.clear()
            self._grants[grant.key_hash] = (now + self._ttl, grant)

    def forget_key(self, key_hash: str) -> None:
        """Drop a revoked key, here and (with Redis) in every other process."""
        self.apply(f"key:{key_hash}")
        if self._publish is not None:
            self._publish(f"key:{key_hash}")

    def forget_account(self, account_id: str) -> None:
        """Drop every key of a changed or deleted account, here and in other processes."""
        self.apply(f"account:{account_id}")
        if self._publish is not None:
            self._publish(f"account:{account_id}")

    def apply(self, change: str) -> None:
        """Drop what a change message (``key:<digest>`` or ``account:<id>``) concerns."""
        kind, _, value = change.partition(":")
        with self._lock:
            if kind == "key":
                self._grants.pop(value, None)
            elif kind == "account":
                self._grants = {
                    digest: entry
                    for digest, entry in self._grants.items()
                    if entry[1].account_id != value
                }

    def clear(self) -> None:
        with self._lock:
            self._grants.clear()


class RedisKeyChanges:
    """Publishes key changes on a Redis channel and applies those of other processes.

    A background thread listens. When Redis goes away the cache is emptied (changes may be
    missed meanwhile) and the thread tries again every few seconds.
    """

    def __init__(self, client: redis.Redis[bytes], cache: KeyCache, *, prefix: str) -> None:
        self._client = client
        self._cache = cache
        self._channel = prefix + CHANNEL
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None
        cache.publish_changes_with(self.publish)

    def start(self) -> None:
        """Listen in a background thread (again, after ``close``: an app can restart)."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stopped.clear()
        self._thread = threading.Thread(
            target=self._listen, name="standout-key-changes", daemon=True
        )
        self._thread.start()

    def publish(self, change: str) -> None:
        from redis import RedisError

        try:
            self._client.publish(self._channel, change)
        except RedisError as exc:
            logger.warning("could not publish a key change (%s): %s", change, exc)

    def _listen(self) -> None:
        from redis import RedisError

        while not self._stopped.is_set():
            pubsub = self._client.pubsub(ignore_subscribe_messages=True)
            try:
                pubsub.subscribe(self._channel)
                self._cache.clear()  # whatever changed before we listened
                while not self._stopped.is_set():
                    message = pubsub.get_message(timeout=_LISTEN_TIMEOUT_SECONDS)
                    if message is not None and isinstance(message.get("data"), bytes):
                        self._cache.apply(message["data"].decode("utf-8", "replace"))
            except RedisError as exc:
                self._cache.clear()
                logger.warning("not hearing key changes from redis; retrying: %s", exc)
                self._stopped.wait(_RETRY_SECONDS)
            finally:
                pubsub.close()

    def close(self) -> None:
        self._stopped.set()
        if self._thread is not None:
            self._thread.join(timeout=_LISTEN_TIMEOUT_SECONDS * 3)
            self._thread = None


def announce_key_change(redis_url: str | None, prefix: str, change: str) -> None:
    """Tell running workers about a change made from the admin CLI (when Redis is set)."""
    if not redis_url:
        return
    import redis

    client = redis.Redis.from_url(redis_url, socket_timeout=1.0, socket_connect_timeout=1.0)
    try:
        client.publish(prefix + CHANNEL, change)
    except redis.RedisError as exc:
        logger.warning("could not tell the workers about %s: %s", change, exc)
    finally:
        client.close()
