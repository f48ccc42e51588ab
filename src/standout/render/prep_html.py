"""The prep pack as one standalone HTML page, on the shared base page (inline CSS, no scripts)."""

from __future__ import annotations

from standout.model.prep import PrepPack
from standout.render.html import render_page
from standout.render.prep_view import (
    KIND_LABELS,
    REASON_LABELS,
    build_prep_view,
    evidence_label,
    star_areas,
    star_label,
    years_label,
)


def render_prep_html(pack: PrepPack) -> str:
    return render_page(
        "prep.html.j2",
        pack=pack,
        view=build_prep_view(pack),
        kind_labels=KIND_LABELS,
        reason_labels=REASON_LABELS,
        evidence_label=evidence_label,
        star_label=star_label,
        star_areas=star_areas,
        years_label=years_label,
    )
