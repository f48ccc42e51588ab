"""The web service: a REST API, accounts, persistence and a server-rendered web page.

Build it with ``create_app(settings)``; run it with ``standout serve``. Nothing in the core
imports this package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from standout.service.app import create_app
    from standout.service.settings import Settings

__all__ = ["Settings", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from standout.service.app import create_app

        return create_app
    if name == "Settings":
        from standout.service.settings import Settings

        return Settings
    raise AttributeError(f"module 'standout.service' has no attribute {name!r}")
