"""An HTML portfolio page: header, navigation, project cards, a skills table, a footer,
and the style and script blocks a reader must skip."""

from __future__ import annotations

from html import escape
from pathlib import Path

from make_fixtures import Resume, bullets_of, role_title

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{name} · Portfolio</title>
  <style>
    body {{ font-family: system-ui, sans-serif; max-width: 48rem; margin: auto; }}
    .card {{ border: 1px solid #ddd; padding: 1rem; }}
  </style>
</head>
<body>
<nav><a href="#projects">Projects</a> <a href="#experience">Experience</a></nav>
<header>
  <h1>{name}</h1>
  <p class="headline">{headline}</p>
  <p class="contact">{contact}</p>
</header>
<main>
<section id="about"><h2>About</h2><p>{summary}</p></section>
<section id="projects"><h2>Projects</h2>
{projects}
</section>
<section id="experience"><h2>Experience</h2>
{experience}
</section>
<section id="skills"><h2>Skills</h2>
<table>
{skills}
</table>
</section>
<section id="education"><h2>Education</h2>
<dl>
{education}
</dl>
</section>
</main>
<footer><p>&copy; 2024 {name}</p></footer>
<script>
  document.querySelectorAll(".card").forEach((c) => c.classList.add("ready"));
</script>
</body>
</html>
"""


def _link(item: str) -> str:
    if "@" in item:
        return f'<a href="mailto:{escape(item)}">{escape(item)}</a>'
    if item.startswith("https://github.com/"):
        return f'<a href="{escape(item)}">GitHub</a>'
    if item.startswith("https://"):
        return f'<a href="{escape(item)}">Website</a>'
    return f"<span>{escape(item)}</span>"


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def portfolio_html(resume: Resume, path: Path) -> None:
    projects = "\n".join(
        f'<article class="card"><h3>{escape(p["name"])}</h3>'
        f'<p>{escape(p["description"])} (<a href="{escape(p["url"])}">source code</a>)</p>'
        f"{_list(p['bullets'])}</article>"
        for p in resume["projects"]
    )
    experience = "\n".join(
        f"<article><h3>{escape(role_title(role))}</h3>"
        f'<p class="dates">{escape(role["dates"])}</p>'
        f"{_list([text for text, _ in bullets_of(role)])}</article>"
        for role in resume["experience"]
    )
    skills = "\n".join(
        f"<tr><th>{escape(group)}</th><td>{escape(items)}</td></tr>"
        for group, items in resume["skills"]
    )
    education = "\n".join(
        f"<dt>{escape(school['degree'])}</dt>"
        f"<dd>{escape(school['school'])}, {escape(school['dates'])}</dd>"
        for school in resume["education"]
    )
    page = _PAGE.format(
        name=escape(resume["name"]),
        headline=escape(resume["headline"]),
        contact=" · ".join(_link(item) for item in resume["contact"]),
        summary=escape(resume["summary"]),
        projects=projects,
        experience=experience,
        skills=skills,
        education=education,
    )
    path.write_text(page, encoding="utf-8")
