"""Structured JSON logs carrying the request ID (#7)."""

from __future__ import annotations

import json
import logging

import pytest

from standout.service.logging import (
    JsonFormatter,
    configure_logging,
    new_request_id,
    request_id_var,
)


def test_log_lines_are_json_with_request_id_and_extras() -> None:
    record = logging.LogRecord("standout.x", logging.INFO, __file__, 1, "hello %s", ("you",), None)
    record.status = 201
    token = request_id_var.set("abc123")
    try:
        line = JsonFormatter().format(record)
    finally:
        request_id_var.reset(token)
    entry = json.loads(line)
    assert entry["message"] == "hello you"
    assert entry["request_id"] == "abc123"
    assert entry["status"] == 201 and entry["level"] == "info"


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_every_request_is_logged_with_its_route_and_id(client, alice) -> None:  # type: ignore[no-untyped-def]
    # The service's loggers don't propagate (one JSON handler), so listen on them directly.
    logger = logging.getLogger("standout.service.access")
    level, collect = logger.level, Collect()
    logger.addHandler(collect)
    logger.setLevel(logging.INFO)
    try:
        response = client.get("/api/v1/account", headers=alice.headers)
    finally:
        logger.removeHandler(collect)
        logger.setLevel(level)
    [record] = collect.records
    assert record.route == "/api/v1/account"  # type: ignore[attr-defined]
    assert record.status == 200  # type: ignore[attr-defined]
    assert record.account_id == alice.account_id  # type: ignore[attr-defined]
    entry = json.loads(JsonFormatter().format(record))
    assert entry["route"] == "/api/v1/account"
    assert response.headers["x-request-id"]


@pytest.mark.parametrize("offered", [None, "", "has space", "x" * 65, "ok\u00e9"])
def test_unsafe_request_ids_are_replaced(offered: str | None) -> None:
    made = new_request_id(offered)
    assert made != offered and len(made) == 32


def test_uvicorns_coloured_copy_is_left_out() -> None:
    record = logging.LogRecord("uvicorn.error", logging.INFO, __file__, 1, "Started", None, None)
    record.color_message = "\x1b[36mStarted\x1b[0m"
    assert "color_message" not in json.loads(JsonFormatter().format(record))


def test_terminal_colours_never_reach_the_json_lines() -> None:
    """Regression (#7): uvicorn's colour codes showed up in the server's JSON logs."""
    record = logging.LogRecord(
        "uvicorn.error", logging.INFO, __file__, 1, "Started on \x1b[1m%s\x1b[0m", ("x",), None
    )
    record.path = "\x1b[32m/healthz\x1b[0m"
    line = JsonFormatter().format(record)
    assert "\x1b" not in line and "\\u001b" not in line
    entry = json.loads(line)
    assert entry["message"] == "Started on x" and entry["path"] == "/healthz"


def test_uvicorns_own_start_up_lines_are_plain_json(capsys: pytest.CaptureFixture[str]) -> None:
    """uvicorn logs its start-up with a coloured copy in ``color_message``; the handler
    that ``configure_logging`` installs writes one plain JSON object instead (#7)."""
    touched = [logging.getLogger(name) for name in ("standout", "uvicorn", "uvicorn.error")]
    saved = [(each.handlers[:], each.level, each.propagate) for each in touched]
    logger = touched[-1]
    try:
        configure_logging("INFO")
        # What uvicorn.Server.startup logs, word for word.
        logger.info(
            "Uvicorn running on %s://%s:%d (Press CTRL+C to quit)",
            "http",
            "127.0.0.1",
            8000,
            extra={"color_message": "Uvicorn running on \x1b[1m%s://%s:%d\x1b[0m"},
        )
    finally:
        for each, (handlers, level, propagate) in zip(touched, saved, strict=True):
            each.handlers[:], each.level, each.propagate = handlers, level, propagate
    [line] = capsys.readouterr().err.splitlines()
    entry = json.loads(line)
    assert entry["message"] == "Uvicorn running on http://127.0.0.1:8000 (Press CTRL+C to quit)"
    assert "color_message" not in entry and "\\u001b" not in line
