"""Typed service settings, read from ``STANDOUT_*`` environment variables and ``.env``.

Every setting has a help string: ``standout serve --help`` and docs/service.md list them.
Nothing is read at import time; ``Settings()`` reads the environment when called, and
tests build ``Settings(...)`` directly.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from standout.errors import InsecureSettingsError, InvalidSettingsError

# The placeholder secret: fine on a laptop, refused anywhere else.
DEVELOPMENT_SECRET = "development-only-secret-change-me"


class Environment(StrEnum):
    DEVELOPMENT = "development"
    PRODUCTION = "production"


def default_database_path() -> Path:
    """Where the zero-configuration SQLite database lives: the user's data directory."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("standout", appauthor=False)) / "standout.sqlite3"


def default_database_url() -> str:
    return f"sqlite:///{default_database_path()}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="STANDOUT_",
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,  # STANDOUT_X= (as compose writes unset values) means unset
        extra="ignore",
    )

    host: str = Field(
        default="127.0.0.1",
        description="Address `standout serve` listens on when --host is not given; 0.0.0.0 "
        "accepts other machines (as in a container).",
    )
    port: int = Field(
        default=8000,
        ge=1,
        le=65535,
        description="Port `standout serve` listens on when --port is not given.",
    )
    workers: int = Field(
        default=0,
        ge=0,
        description="Worker processes of `standout serve` when --workers is not given; 0: one "
        "per usable CPU when STANDOUT_REDIS_URL is set, else 1.",
    )
    environment: Environment = Field(
        default=Environment.DEVELOPMENT,
        description="'development' (the default, for a laptop) or 'production'. Production "
        "refuses the placeholder secret key and sends cookies only over HTTPS.",
    )
    database_url: str = Field(
        default_factory=default_database_url,
        description="SQLAlchemy URL of the database. Defaults to SQLite in the user's data "
        "directory; use postgresql+psycopg://user:password@host/db in deployment.",
    )
    redis_url: str | None = Field(
        default=None,
        description="Redis URL (redis://host:6379/0). When set, the result cache and the "
        "rate limits live in Redis and are shared by every worker; otherwise in-process.",
    )
    redis_prefix: str = Field(
        default="standout:",
        description="Prefix of every Redis key standout writes, to share one Redis safely.",
    )
    secret_key: SecretStr = Field(
        default=SecretStr(DEVELOPMENT_SECRET),
        description="Secret used to sign CSRF tokens. Required outside development: "
        "generate one with `python -c 'import secrets; print(secrets.token_urlsafe(32))'`.",
    )
    open_signup: bool = Field(
        default=False,
        description="Let anyone create an account from the web page or POST /api/v1/accounts. "
        "Off by default: accounts are made with `standout users create EMAIL`.",
    )
    max_upload_bytes: int = Field(
        default=5 * 1024 * 1024,
        gt=0,
        description="Largest resume or posting accepted, in bytes; bigger uploads get 413.",
    )
    rate_limit_per_minute: int = Field(
        default=120,
        ge=0,
        description="Requests each API key (or web session) may make per minute; 0 turns "
        "rate limiting off. Over the limit: 429 with Retry-After.",
    )
    retention_days: int | None = Field(
        default=None,
        gt=0,
        description="Delete analyses, postings and everything derived from them after this "
        "many days (checked at start-up and hourly, or by `standout db purge`). Unset keeps "
        "data until its owner deletes it.",
    )
    cache_max_entries: int = Field(
        default=2048,
        ge=0,
        description="Size of the in-process result cache (used without Redis); 0 turns it off.",
    )
    cache_ttl_seconds: int = Field(
        default=7 * 24 * 3600,
        gt=0,
        description="How long a cached analysis stays in Redis, in seconds.",
    )
    key_cache_seconds: float = Field(
        default=5.0,
        ge=0,
        le=300,
        description="How long a worker remembers whose an API key is, sparing a database "
        "query per request; 0 turns it off. Revoking a key takes effect at once in the "
        "worker that revoked it and, with Redis, in every worker; otherwise within this time.",
    )
    session_days: int = Field(
        default=14, gt=0, description="How long a web sign-in lasts, in days."
    )
    log_level: str = Field(
        default="INFO", description="Lowest level of the JSON log lines written to standard error."
    )
    metrics_enabled: bool = Field(default=True, description="Serve Prometheus metrics at /metrics.")

    @property
    def development(self) -> bool:
        return self.environment is Environment.DEVELOPMENT

    @property
    def uses_default_database(self) -> bool:
        return self.database_url == default_database_url()

    def check_secure(self) -> None:
        """Refuse placeholder secrets outside development (STYLE 6)."""
        if self.development:
            return
        secret = self.secret_key.get_secret_value()
        if secret == DEVELOPMENT_SECRET or len(secret) < 16:
            raise InsecureSettingsError(
                "STANDOUT_SECRET_KEY is the development placeholder (or shorter than 16 "
                "characters) while STANDOUT_ENVIRONMENT is 'production'.",
                hint="Set STANDOUT_SECRET_KEY to a long random value, e.g. the output of "
                "`python -c 'import secrets; print(secrets.token_urlsafe(32))'`.",
            )


def load_settings() -> Settings:
    """Settings from the environment and ``.env``, or one clear error naming what is wrong."""
    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"STANDOUT_{'_'.join(str(p) for p in error['loc']).upper()}: {error['msg']}"
            for error in exc.errors()
        )
        raise InvalidSettingsError(
            f"A setting is not valid: {problems}.",
            hint="Fix the variable (docs/service.md lists every setting) and start again.",
        ) from None
