"""The web page's Jinja environment: templates under ``pages/templates``, escaped always."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from standout.service.pages.charts import area_chart, readiness_chart

TEMPLATES = Path(__file__).parent / "templates"

AREA_LEVELS = ((70, "good"), (40, "fair"), (0, "poor"))
SHORT_NAME = 40  # characters of a file name shown in lists; the title attribute has all

# A page's errors are read by someone in a browser: a hint written for API clients
# ("List yours with GET /api/v1/analyses.") becomes one about the pages.
_WEB_HINTS = {
    404: "It may have been deleted. Your analyses, matches and preparation packs are "
    "all reachable from the History page.",
}
_WEB_HINT = "Go back to the page you came from and try again."


def level(score: float) -> str:
    """good / fair / poor: the CSS class and the words beside a score (never colour alone)."""
    for floor, name in AREA_LEVELS:
        if score >= floor:
            return name
    return "poor"


def short_name(name: str, limit: int = SHORT_NAME) -> str:
    """A long file name cut in the middle, keeping its start and its suffix."""
    if len(name) <= limit:
        return name
    tail = limit // 3
    return f"{name[: limit - tail - 1]}…{name[-tail:]}"


def for_web(error: dict[str, Any], status: int) -> dict[str, Any]:
    """The error's fields with a hint that points to pages rather than to the API."""
    hint = str(error.get("hint") or "")
    if "/api/" in hint or "/docs" in hint:
        return {**error, "hint": _WEB_HINTS.get(status, _WEB_HINT)}
    return error


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["level"] = level
    env.filters["short_name"] = short_name
    env.globals.update(area_chart=area_chart, readiness_chart=readiness_chart)
    return env


def render(template: str, /, **context: Any) -> str:
    context.setdefault("account", None)
    context.setdefault("csrf", "")
    context.setdefault("open_signup", False)
    context.setdefault("error", None)
    context.setdefault("typed", {})  # what a form shown again had in it
    return environment().get_template(template).render(**context)


def render_error_page(error: dict[str, Any], status: int) -> str:
    return render(
        "error.html", title=f"Error {status}", error=for_web(error, status), status=status
    )
