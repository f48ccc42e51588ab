"""The readiness-over-time chart of the history page: inline SVG, no script.

Each point carries a ``<title>`` (announced by screen readers, shown on hover); the page
prints the same figures in a table beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from markupsafe import Markup, escape

WIDTH, HEIGHT = 640, 240
LEFT, RIGHT, TOP, BOTTOM = 40, 16, 16, 36
LINE_COLOUR = "#0b5cad"  # 6.4:1 on white
GRID_COLOUR = "#d0d7de"
TEXT_COLOUR = "#1f2328"


def readiness_chart(points: Sequence[tuple[datetime, int]], *, title: str) -> Markup:
    """A line chart of readiness (0-100) for analyses in time order."""
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    parts = [
        f'<svg class="chart" role="img" aria-labelledby="history-title history-desc" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" font-size="12">',
        f'<title id="history-title">{escape(title)}</title>',
        f'<desc id="history-desc">{len(points)} analyses; readiness from 0 to 100.</desc>',
    ]
    for tick in (0, 25, 50, 75, 100):
        y = TOP + plot_h * (1 - tick / 100)
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="{GRID_COLOUR}"/><text x="{LEFT - 6}" y="{y:.1f}" text-anchor="end" '
            f'dominant-baseline="middle" fill="{TEXT_COLOUR}">{tick}</text>'
        )
    step = plot_w / max(len(points) - 1, 1)
    coordinates = []
    for index, (_, readiness) in enumerate(points):
        x = LEFT + (index * step if len(points) > 1 else plot_w / 2)
        y = TOP + plot_h * (1 - min(max(readiness, 0), 100) / 100)
        coordinates.append((x, y))
    if len(coordinates) > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coordinates)
        parts.append(
            f'<polyline points="{path}" fill="none" stroke="{LINE_COLOUR}" stroke-width="2"/>'
        )
    for (when, readiness), (x, y) in zip(points, coordinates, strict=True):
        label = f"{when:%d %b %Y %H:%M}: readiness {readiness}"
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{LINE_COLOUR}">'
            f"<title>{escape(label)}</title></circle>"
        )
    if points:
        # First date under the first point, last under the last, anchored to stay inside.
        ends = [(points[0][0], coordinates[0][0], "start")]
        if len(points) > 1:
            ends.append((points[-1][0], coordinates[-1][0], "end"))
        for when, x, anchor in ends:
            parts.append(
                f'<text x="{x:.1f}" y="{HEIGHT - 12}" text-anchor="{anchor}" '
                f'fill="{TEXT_COLOUR}">{when:%d %b}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))
