"""Typed settings: environment prefix, defaults, help strings, refused secrets (#7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from standout.errors import InsecureSettingsError, InvalidSettingsError
from standout.service import Settings, create_app
from standout.service.settings import DEVELOPMENT_SECRET, default_database_path, load_settings


def test_settings_come_from_standout_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANDOUT_MAX_UPLOAD_BYTES", "1234")
    monkeypatch.setenv("STANDOUT_OPEN_SIGNUP", "true")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.max_upload_bytes == 1234 and settings.open_signup is True


def test_the_default_database_is_sqlite_in_the_user_data_directory() -> None:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.database_url == f"sqlite:///{default_database_path()}"
    assert default_database_path().parent.name == "standout"
    assert settings.uses_default_database


def test_every_setting_has_help() -> None:
    for name, field in Settings.model_fields.items():
        assert field.description and len(field.description) > 20, name


def test_production_refuses_the_placeholder_secret(tmp_path: Path) -> None:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, environment="production", database_url=f"sqlite:///{tmp_path}/x.db"
    )
    with pytest.raises(InsecureSettingsError) as caught:
        create_app(settings)
    assert caught.value.code == "E301" and "STANDOUT_SECRET_KEY" in str(caught.value)


def test_production_accepts_a_real_secret(tmp_path: Path) -> None:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        environment="production",
        secret_key="a-long-random-value-" + "x" * 20,
        database_url=f"sqlite:///{tmp_path}/x.db",
    )
    settings.check_secure()
    assert settings.secret_key.get_secret_value() != DEVELOPMENT_SECRET


def test_empty_variables_count_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANDOUT_RETENTION_DAYS", "")
    monkeypatch.setenv("STANDOUT_REDIS_URL", "")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.retention_days is None and settings.redis_url is None


def test_an_invalid_variable_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANDOUT_RATE_LIMIT_PER_MINUTE", "lots")
    with pytest.raises(InvalidSettingsError) as caught:
        load_settings()
    assert caught.value.code == "E300"
    assert "STANDOUT_RATE_LIMIT_PER_MINUTE" in caught.value.message
