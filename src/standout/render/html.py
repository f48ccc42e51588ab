"""Standalone HTML: one file, inline CSS and SVG, no scripts, nothing loaded from the network.

``render_page(template, **context)`` renders any template of ``standout/render/templates``;
templates extend ``base.html.j2`` (inline styles, print styles, footer) and fill its
``title`` and ``content`` blocks. The environment escapes every value, so resume text can
never become markup, and offers these filters and globals to every template:

- filters: ``score_level`` (good/fair/poor, also the CSS class), ``line_ref``, ``lines_ref``,
  ``years``, ``gain``, ``bar`` (a text bar), ``truncate_text``, ``safe_href`` (an http(s)
  address or None, so that a resume can't smuggle ``javascript:`` links),
  ``unique_evidence`` (evidence items once per line and text);
- globals: ``bar_chart(bars, title=..., description=...)`` and ``Bar(label, value)``
  (``standout.render.svg``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from standout.model.report import Report
from standout.render.svg import Bar, horizontal_bar_chart
from standout.render.text import (
    format_gain,
    format_years,
    line_ref,
    lines_ref,
    score_bar,
    score_level,
    truncate,
)
from standout.render.view import build_view, unique_evidence

TEMPLATES = Path(__file__).parent / "templates"
_WEB_ADDRESS = re.compile(r"^(?:https?://)?[A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,}(?:[/?#]\S*)?$")


def safe_href(url: str) -> str | None:
    """An address fit for ``href``: http(s) only, ``https://`` added when the resume left
    the scheme out ("github.com/me"); None for anything else (``javascript:``, ``data:``)."""
    candidate = url.strip()
    if not _WEB_ADDRESS.match(candidate) or any(c in candidate for c in "<>\"'`"):
        return None
    if candidate.lower().startswith(("http://", "https://")):
        return candidate
    return "https://" + candidate


@lru_cache(maxsize=1)
def html_environment() -> Environment:
    """The Jinja environment of every HTML output (built once, templates cached)."""
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters.update(
        score_level=lambda score: score_level(score).value,
        line_ref=line_ref,
        lines_ref=lines_ref,
        years=format_years,
        gain=format_gain,
        bar=score_bar,
        truncate_text=truncate,
        safe_href=safe_href,
        unique_evidence=unique_evidence,
    )
    environment.globals.update(bar_chart=horizontal_bar_chart, Bar=Bar)
    return environment


def render_page(template: str, /, **context: Any) -> str:
    """Render ``template`` (a file name under ``templates/``) with ``context``."""
    return html_environment().get_template(template).render(**context)


def render_html(report: Report) -> str:
    view = build_view(report)
    chart = horizontal_bar_chart(
        [Bar(row.title, row.score) for row in view.areas],
        title="Area scores, out of 100",
        description="; ".join(f"{row.title} {row.score}" for row in view.areas),
        chart_id="area-scores",
    )
    readiness = horizontal_bar_chart(
        [Bar("Readiness", view.readiness)],
        title=f"Readiness {view.readiness} out of 100",
        chart_id="readiness",
        label_width=100,
    )
    return render_page("report.html.j2", view=view, chart=chart, readiness_chart=readiness)
