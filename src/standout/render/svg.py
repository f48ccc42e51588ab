"""Inline SVG charts for the HTML outputs: no scripts, no fonts, readable by screen readers.

The chart is a labelled horizontal bar chart; each bar carries a ``<title>`` so that its
value is announced and shown on hover, and the whole chart has a title and description.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from standout.render.text import ScoreLevel, score_level, truncate

# Colours with at least 4.5:1 contrast on white, so labels and bars stay legible in print.
LEVEL_COLOURS = {ScoreLevel.GOOD: "#1a7f37", ScoreLevel.FAIR: "#8a5a00", ScoreLevel.POOR: "#c21f2c"}
TRACK_COLOUR = "#e6e8eb"
TEXT_COLOUR = "#1f2328"


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float


def horizontal_bar_chart(
    bars: Sequence[Bar],
    *,
    title: str,
    description: str = "",
    maximum: float = 100,
    chart_id: str = "chart",
    label_width: int = 280,
    bar_width: int = 320,
    row_height: int = 26,
) -> Markup:
    """An SVG bar chart, one labelled row per bar, coloured by score level."""
    value_width = 48
    width = label_width + bar_width + value_width
    height = row_height * len(bars) + 8
    title_id, desc_id = f"{chart_id}-title", f"{chart_id}-desc"
    parts = [
        f'<svg class="chart" role="img" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'aria-labelledby="{title_id} {desc_id}" font-family="inherit" font-size="13">',
        f'<title id="{title_id}">{escape(title)}</title>',
        f'<desc id="{desc_id}">{escape(description or title)}</desc>',
    ]
    label_chars = label_width // 7  # about 7 px a character at 13 px
    for index, bar in enumerate(bars):
        y = 4 + index * row_height
        share = min(max(bar.value / maximum, 0.0), 1.0) if maximum > 0 else 0.0
        filled = round(share * bar_width, 1)
        colour = LEVEL_COLOURS[score_level(share * 100)]
        middle = y + row_height / 2
        value = f"{bar.value:g}"
        parts.append(
            f'<g class="bar"><title>{escape(bar.label)}: {value} of {maximum:g}</title>'
            f'<text x="{label_width - 8}" y="{middle}" text-anchor="end" '
            f'dominant-baseline="middle" fill="{TEXT_COLOUR}">'
            f"{escape(truncate(bar.label, label_chars))}</text>"
            f'<rect x="{label_width}" y="{y + 4}" width="{bar_width}" '
            f'height="{row_height - 8}" rx="3" fill="{TRACK_COLOUR}"/>'
            f'<rect x="{label_width}" y="{y + 4}" width="{filled}" '
            f'height="{row_height - 8}" rx="3" fill="{colour}"/>'
            f'<text x="{label_width + bar_width + 8}" y="{middle}" '
            f'dominant-baseline="middle" fill="{TEXT_COLOUR}">{value}</text></g>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
