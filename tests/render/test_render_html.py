"""The standalone HTML report: one file, no external requests, escaped, accessible (#4)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from sample_report import sample_report

from standout.render.html import html_environment, render_html, safe_href
from standout.render.svg import Bar, horizontal_bar_chart


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.headings: list[int] = []
        self.text_by_tag: dict[str, list[str]] = {}
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1] == tag:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._open:
            self.text_by_tag.setdefault(self._open[-1], []).append(data)


def _parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


@pytest.fixture(scope="module")
def hostile_html() -> str:
    return render_html(sample_report(hostile=True))


def test_no_external_resources(hostile_html: str) -> None:
    resume_links = {"https://github.com/mateo-alvarez", "https://www.linkedin.com/in/mateoalvarez"}
    parsed = _parse(hostile_html)
    for tag, attrs in parsed.tags:
        assert tag not in {"script", "link", "iframe", "img", "object", "embed", "base"}
        assert "src" not in attrs
        for name, value in attrs.items():
            assert not name.startswith("on"), f"event handler on <{tag}>"
            if name == "href":
                assert tag == "a" and value in resume_links
            else:
                assert "http://" not in (value or "") and "https://" not in (value or "")
    # Outside the resume's own anchors, no address appears anywhere: not in CSS, not in SVG.
    stripped = re.sub(r'<a href="[^"]*">[^<]*</a>', "", hostile_html)
    assert "http://" not in stripped and "https://" not in stripped
    assert "@import" not in hostile_html and "url(" not in hostile_html


def test_all_resume_text_is_escaped(hostile_html: str) -> None:
    assert "<script" not in hostile_html
    assert "<b>" not in hostile_html
    assert "&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;" in hostile_html
    assert "&lt;b&gt;fast&lt;/b&gt;" in hostile_html
    assert "javascript:" not in re.findall(r'href="([^"]*)"', hostile_html)
    assert 'href="javascript' not in hostile_html


def test_accessible_structure() -> None:
    html = render_html(sample_report())
    parsed = _parse(html)
    assert parsed.tags[0] == ("html", {"lang": "en"})
    assert parsed.headings[0] == 1 and parsed.headings.count(1) == 1
    for previous, current in zip(parsed.headings, parsed.headings[1:], strict=False):
        assert current <= previous + 1, "a heading level is skipped"
    headers = [attrs for tag, attrs in parsed.tags if tag == "th"]
    assert headers and all(attrs.get("scope") == "col" for attrs in headers)
    charts = [attrs for tag, attrs in parsed.tags if tag == "svg"]
    assert [svg["aria-labelledby"] for svg in charts] == [
        "readiness-title readiness-desc",
        "area-scores-title area-scores-desc",
    ]
    assert all(svg["role"] == "img" for svg in charts)
    assert "Readiness 58 out of 100" in parsed.text_by_tag["title"]
    assert "Area scores, out of 100" in parsed.text_by_tag["title"]
    assert "Security: 0 of 100" in parsed.text_by_tag["title"]


def test_prints_well() -> None:
    html = render_html(sample_report())
    assert "@media print" in html
    assert "break-inside: avoid" in html


def test_content_matches_the_other_formats() -> None:
    html = render_html(sample_report())
    assert "<h1>Resume positioning: Mateo Alvarez</h1>" in html
    assert '<span class="score fair">58/100</span>' in html
    assert '<tr><td>Security</td><td class="num score poor">0</td>' in html
    assert "“Responsible for the billing service and its PostgreSQL database.”" in html
    assert '<h2 id="checks">Document checks that failed</h2>' in html
    assert "There is a gap of 2 months between Apr 2021 and Jun 2021." in html


def test_chart_bars_scale_with_the_score() -> None:
    chart = str(horizontal_bar_chart([Bar("A", 50), Bar("B <b>", 100)], title="T", bar_width=200))
    widths = re.findall(
        r'<rect x="\d+" y="\d+" width="([\d.]+)" height="18" rx="3" fill="#(?!e6e8eb)', chart
    )
    assert widths == ["100.0", "200.0"]
    assert "B &lt;b&gt;" in chart
    assert chart.count("<title") == 3  # the chart and each bar


def test_safe_href() -> None:
    assert safe_href("github.com/me") == "https://github.com/me"
    assert safe_href("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_href("javascript:alert(1)") is None
    assert safe_href("data:text/html,hi") is None
    assert safe_href('https://x.org/"onmouseover=') is None


def test_other_templates_can_extend_the_base_layout() -> None:
    template = html_environment().from_string(
        '{% extends "base.html.j2" %}{% block title %}Match{% endblock %}'
        "{% block content %}<h1>{{ name }}</h1>{{ bar_chart([Bar('Fit', 80)], title='Fit') }}"
        "{% endblock %}"
    )
    html = template.render(name="<i>x</i>")
    assert "<title>Match</title>" in html
    assert "<h1>&lt;i&gt;x&lt;/i&gt;</h1>" in html
    assert "@media print" in html and "<svg" in html


def _contrast_with_white(hex_colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    return 1.05 / (luminance + 0.05)


def test_text_colours_meet_wcag_aa_contrast_on_white() -> None:
    from standout.render.html import TEMPLATES
    from standout.render.svg import LEVEL_COLOURS, TEXT_COLOUR

    css = (TEMPLATES / "base.css").read_text(encoding="utf-8")
    text_colours = dict(re.findall(r"--(text|muted|good|fair|poor|accent): (#[0-9a-f]{6});", css))
    assert set(text_colours) == {"text", "muted", "good", "fair", "poor", "accent"}
    for colour in [*text_colours.values(), *LEVEL_COLOURS.values(), TEXT_COLOUR]:
        assert _contrast_with_white(colour) >= 4.5, colour
