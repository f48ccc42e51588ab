"""Structured logs: one JSON object per line on standard error, each with its request ID."""

from __future__ import annotations

import json
import logging
import re
import sys
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

request_id_var: ContextVar[str] = ContextVar("standout_request_id", default="")

_CLIENT_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
# Terminal escape sequences (colours, cursor moves): noise in a JSON log line.
_ANSI_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|[@-Z\\-_])")
# Attributes every LogRecord has; anything else was passed through ``extra=`` and is logged.
_STANDARD_ATTRIBUTES = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message",
    "asctime",
    "taskName",
    "color_message",  # uvicorn's copy of the message with terminal colours
}


def _plain(value: Any) -> Any:
    """``value`` without terminal escape sequences, when it is text that has some."""
    if isinstance(value, str) and "\x1b" in value:
        return _ANSI_ESCAPE.sub("", value)
    return value


def new_request_id(offered: str | None) -> str:
    """Keep a caller's request ID when it is safe to echo, else make one."""
    if offered and _CLIENT_REQUEST_ID.fullmatch(offered):
        return offered
    return uuid.uuid4().hex


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": _plain(record.getMessage()),
        }
        request_id = request_id_var.get()
        if request_id:
            entry["request_id"] = request_id
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRIBUTES and not key.startswith("_"):
                entry[key] = _plain(value)
        if record.exc_info:
            entry["exception"] = _plain(self.formatException(record.exc_info))
        return json.dumps(entry, default=str, ensure_ascii=False)


def configure_logging(level: str) -> None:
    """Send the service's and uvicorn's logs through one JSON handler."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    for name in ("standout", "uvicorn", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(level.upper())
        logger.propagate = False
    # Our middleware logs every request with its route and request ID; uvicorn's own
    # access log would repeat it without them.
    logging.getLogger("uvicorn.access").disabled = True
