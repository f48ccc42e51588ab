"""The web page's Jinja environment: templates under ``pages/templates``, escaped always."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from standout.service.pages.charts import readiness_chart

TEMPLATES = Path(__file__).parent / "templates"

AREA_LEVELS = ((70, "good"), (40, "fair"), (0, "poor"))


def level(score: float) -> str:
    """good / fair / poor: the CSS class and the words beside a score (never colour alone)."""
    for floor, name in AREA_LEVELS:
        if score >= floor:
            return name
    return "poor"


@lru_cache(maxsize=1)
def environment() -> Environment:
    from standout.render.svg import Bar, horizontal_bar_chart

    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["level"] = level
    env.globals.update(bar_chart=horizontal_bar_chart, Bar=Bar, readiness_chart=readiness_chart)
    return env


def render(template: str, /, **context: Any) -> str:
    context.setdefault("account", None)
    context.setdefault("csrf", "")
    context.setdefault("open_signup", False)
    context.setdefault("error", None)
    return environment().get_template(template).render(**context)


def render_error_page(error: dict[str, Any], status: int) -> str:
    return render("error.html", title=f"Error {status}", error=error, status=status)
