"""Rendering results: terminal, JSON, Markdown and standalone HTML.

``render_report(report, format)`` is the one entry point for the positioning report. Each
format lives in its own module and is imported only when asked for, so that the JSON output
never pays for Rich or Jinja.

Building blocks for other outputs (the match and prep results use them too):

- ``standout.render.text``: ``truncate``, ``score_bar``, ``score_level``, ``format_years``,
  ``line_ref``: the wording and bars every format shares.
- ``standout.render.styled``: Rich-free styled lines (``line``, ``wrap``, ``labelled``,
  ``columns``, ``paint``) for terminal output that must start fast.
- ``standout.render.terminal``: ``report_width`` and ``wants_color`` (width and colour
  for stdout, ``NO_COLOR`` respected), ``score_segments``; and, importing Rich only when
  called, ``make_console``, ``capture``, ``score_text``.
- ``standout.render.markdown``: ``markdown_table``, ``escape_markdown``.
- ``standout.render.html``: ``render_page(template, **context)`` over a Jinja environment
  whose ``base.html.j2`` (inline CSS, print styles, no external requests) other templates
  extend; ``standout.render.svg.horizontal_bar_chart`` draws labelled, accessible charts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from standout.errors import UnknownRenderFormatError

if TYPE_CHECKING:
    from standout.model.report import Report

REPORT_FORMATS = ("terminal", "json", "markdown", "html")


def render_report(report: Report, format: str) -> str:
    """The report as text in ``format``: "terminal" (plain, 80 columns), "json",
    "markdown" or "html"."""
    if format == "json":
        from standout.render.json import report_to_json

        return report_to_json(report)
    if format == "terminal":
        from standout.render.terminal import render_terminal

        return render_terminal(report)
    if format == "markdown":
        from standout.render.markdown import render_markdown

        return render_markdown(report)
    if format == "html":
        from standout.render.html import render_html

        return render_html(report)
    raise UnknownRenderFormatError(
        f"Can't render a report as '{format}'.",
        hint="Choose one of: " + ", ".join(REPORT_FORMATS) + ".",
    )


__all__ = ["REPORT_FORMATS", "render_report"]
