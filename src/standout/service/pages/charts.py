"""The page's two charts, drawn so that their words stay readable on a phone.

Text is HTML, never SVG text: an SVG scaled down to a phone's width scales its text down
with it (to about 8 px). The areas chart is all HTML (a list of bars); the readiness
chart draws only its lines and points in SVG, stretched to any width, with the axis
labels beside it in HTML. Each point carries a ``<title>`` (announced by screen readers,
shown on hover); the history page prints the same figures in a table below it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from markupsafe import Markup, escape

# The plot's own units: x from 0 to 1000 (stretched to the width), y is the readiness.
PLOT_WIDTH = 1000
TICKS = (100, 75, 50, 25, 0)
LINE_COLOUR = "#0b5cad"  # 6.4:1 on white
GRID_COLOUR = "#d0d7de"


def _clamp(score: float) -> float:
    return min(max(score, 0), 100)


def time_labels(first: datetime, last: datetime) -> tuple[str, str]:
    """Labels for the two ends of the time axis: times when both are on one day (two
    equal dates say nothing), the year once when both are in one year."""
    if first.date() == last.date():
        return f"{first:%d %b %Y, %H:%M}", f"{last:%H:%M}"
    if first.year == last.year:
        return f"{first:%d %b}", f"{last:%d %b %Y}"
    return f"{first:%d %b %Y}", f"{last:%d %b %Y}"


def readiness_chart(points: Sequence[tuple[datetime, int]], *, title: str) -> Markup:
    """A line chart of readiness (0-100) for analyses in time order."""
    step = PLOT_WIDTH / max(len(points) - 1, 1)
    coordinates = [
        (index * step if len(points) > 1 else PLOT_WIDTH / 2, 100 - _clamp(readiness))
        for index, (_, readiness) in enumerate(points)
    ]
    stretch = 'vector-effect="non-scaling-stroke"'  # lines and dots keep their size
    parts = [
        '<figure class="trend"><div class="trend-plot"><div class="trend-y" aria-hidden="true">',
        *(f'<span style="top:{100 - tick}%">{tick}</span>' for tick in TICKS),
        f'</div><svg role="img" aria-labelledby="history-title history-desc" '
        f'viewBox="0 0 {PLOT_WIDTH} 100" preserveAspectRatio="none">',
        f'<title id="history-title">{escape(title)}</title>',
        f'<desc id="history-desc">{len(points)} analyses; readiness from 0 to 100.</desc>',
        *(
            f'<line x1="0" x2="{PLOT_WIDTH}" y1="{100 - tick}" y2="{100 - tick}" '
            f'stroke="{GRID_COLOUR}" {stretch}/>'
            for tick in TICKS
        ),
    ]
    if len(coordinates) > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coordinates)
        parts.append(
            f'<polyline points="{path}" fill="none" stroke="{LINE_COLOUR}" '
            f'stroke-width="2" {stretch}/>'
        )
    for (when, readiness), (x, y) in zip(points, coordinates, strict=True):
        label = f"{when:%d %b %Y %H:%M}: readiness {readiness}"
        # A zero-length line with round caps: a dot that stays round when stretched.
        parts.append(
            f'<line class="dot" x1="{x:.1f}" x2="{x:.1f}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="{LINE_COLOUR}" stroke-width="8" stroke-linecap="round" {stretch}>'
            f"<title>{escape(label)}</title></line>"
        )
    parts.append('</svg></div><div class="trend-x" aria-hidden="true">')
    if points:
        first, last = time_labels(points[0][0], points[-1][0])
        parts.append(f"<span>{first}</span>" + (f"<span>{last}</span>" if len(points) > 1 else ""))
    parts.append("</div></figure>")
    return Markup("".join(parts))


def area_chart(areas: Sequence[tuple[str, float, str]], *, title: str, chart_id: str) -> Markup:
    """One bar per (name, score 0-100, level) as an HTML list: the names wrap and keep
    the page's text size, and the bars stack under them on a narrow screen."""
    parts = [
        f'<figure class="bars" id="{chart_id}">'
        f'<figcaption id="{chart_id}-title">{escape(title)}</figcaption>'
        f'<ul aria-labelledby="{chart_id}-title">'
    ]
    for name, score, level in areas:
        parts.append(
            f'<li><span class="bar-name">{escape(name)}</span>'
            f'<span class="bar-track" aria-hidden="true"><span class="bar-fill {level}" '
            f'style="width:{_clamp(score):g}%"></span></span>'
            f'<span class="bar-value">{score:g}<span class="visually-hidden"> ({level})</span>'
            f"</span></li>"
        )
    parts.append("</ul></figure>")
    return Markup("".join(parts))
