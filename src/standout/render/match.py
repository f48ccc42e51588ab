"""Rendering match results: one entry point per result, each format imported on demand.

``render_match`` (one resume, one posting), ``render_posting_ranking`` (several postings
against one resume) and ``render_resume_ranking`` (resumes against one posting) take a
format: "terminal" (plain text, 80 columns), "json", "markdown" or "html".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from standout.errors import UnknownRenderFormatError

if TYPE_CHECKING:
    from standout.model.match import Match, PostingRanking, ResumeRanking

MATCH_FORMATS = ("terminal", "json", "markdown", "html")


def _unknown(format: str) -> UnknownRenderFormatError:
    return UnknownRenderFormatError(
        f"Can't render a match as '{format}'.",
        hint="Choose one of: " + ", ".join(MATCH_FORMATS) + ".",
    )


def render_match(match: Match, format: str) -> str:
    if format == "json":
        from standout.render.match_json import match_to_dict, to_json

        return to_json(match_to_dict(match))
    if format == "terminal":
        from standout.render.match_terminal import render_match_terminal

        return render_match_terminal(match)
    if format == "markdown":
        from standout.render.match_markdown import render_match_markdown

        return render_match_markdown(match)
    if format == "html":
        from standout.render.match_html import render_match_html

        return render_match_html(match)
    raise _unknown(format)


def render_posting_ranking(ranking: PostingRanking, format: str) -> str:
    if format == "json":
        from standout.render.match_json import posting_ranking_to_dict, to_json

        return to_json(posting_ranking_to_dict(ranking))
    if format == "terminal":
        from standout.render.match_terminal import render_posting_ranking_terminal

        return render_posting_ranking_terminal(ranking)
    if format == "markdown":
        from standout.render.match_markdown import render_posting_ranking_markdown

        return render_posting_ranking_markdown(ranking)
    if format == "html":
        from standout.render.match_html import render_posting_ranking_html

        return render_posting_ranking_html(ranking)
    raise _unknown(format)


def render_resume_ranking(ranking: ResumeRanking, format: str) -> str:
    if format == "json":
        from standout.render.match_json import resume_ranking_to_dict, to_json

        return to_json(resume_ranking_to_dict(ranking))
    if format == "terminal":
        from standout.render.match_terminal import render_resume_ranking_terminal

        return render_resume_ranking_terminal(ranking)
    if format == "markdown":
        from standout.render.match_markdown import render_resume_ranking_markdown

        return render_resume_ranking_markdown(ranking)
    if format == "html":
        from standout.render.match_html import render_resume_ranking_html

        return render_resume_ranking_html(ranking)
    raise _unknown(format)
