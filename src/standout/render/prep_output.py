"""Rendering a prep pack: ``render_prep(pack, format)``, each format imported on demand.

Formats: "terminal" (plain text at 80 columns), "json" (versioned schema), "markdown" and
"html" (one standalone page).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from standout.errors import UnknownRenderFormatError

if TYPE_CHECKING:
    from standout.model.prep import PrepPack

PREP_FORMATS = ("terminal", "json", "markdown", "html")


def render_prep(pack: PrepPack, format: str) -> str:
    if format == "json":
        from standout.render.prep_json import prep_to_json

        return prep_to_json(pack)
    if format == "terminal":
        from standout.render.prep_terminal import render_prep_terminal

        return render_prep_terminal(pack)
    if format == "markdown":
        from standout.render.prep_markdown import render_prep_markdown

        return render_prep_markdown(pack)
    if format == "html":
        from standout.render.prep_html import render_prep_html

        return render_prep_html(pack)
    raise UnknownRenderFormatError(
        f"Can't render a prep pack as '{format}'.",
        hint="Choose one of: " + ", ".join(PREP_FORMATS) + ".",
    )
