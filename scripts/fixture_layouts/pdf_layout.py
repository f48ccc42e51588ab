"""PDF resumes drawn with reportlab: a single-column page and a two-column sidebar layout.

Text is placed line by line (no Platypus) so that the layout, and what a reader has to
untangle, is exactly what the code says: bullet glyphs drawn apart from their text,
dates right-aligned on the title line, and a sidebar whose lines share baselines with
the main column.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from make_fixtures import Resume, bullets_of, role_title

PAGE_WIDTH, PAGE_HEIGHT = A4
TOP, BOTTOM = PAGE_HEIGHT - 48, 48
REGULAR, BOLD, ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"

Draw = tuple[float, float, Callable[[Canvas], None]]  # (y, x, draw): sorted before drawing


class Flow:
    """A column of text that flows onto the next page when it is full."""

    def __init__(self, pages: list[list[Draw]], x: float, width: float, top: float = TOP):
        self.pages, self.x, self.width = pages, x, width
        self.page, self.y = 0, top

    def _draw(self, y: float, x: float, op: Callable[[Canvas], None]) -> None:
        while len(self.pages) <= self.page:
            self.pages.append([])
        self.pages[self.page].append((y, x, op))

    def new_page(self) -> None:
        self.page, self.y = self.page + 1, TOP

    def room(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.new_page()

    def space(self, height: float) -> None:
        self.y -= height

    def line(self, text: str, font: str = REGULAR, size: float = 10, x: float = 0.0) -> None:
        self.room(size * 1.3)
        self.y -= size * 1.3
        left, y = self.x + x, self.y
        self._draw(y, left, lambda c: (c.setFont(font, size), c.drawString(left, y, text)))

    def right(self, text: str, font: str = REGULAR, size: float = 10) -> None:
        """Right-aligned text on the baseline of the line just drawn."""
        right_edge, y = self.x + self.width, self.y
        self._draw(
            y, right_edge, lambda c: (c.setFont(font, size), c.drawRightString(right_edge, y, text))
        )

    def paragraph(self, text: str, font: str = REGULAR, size: float = 10, x: float = 0.0) -> None:
        for piece in simpleSplit(text, font, size, self.width - x):
            self.line(piece, font, size, x)

    def heading(self, text: str, size: float = 11) -> None:
        self.room(40)
        self.space(10)
        self.line(text.upper(), BOLD, size)
        left, y, width = self.x, self.y - 3, self.width
        self._draw(y, left, lambda c: (c.setLineWidth(0.5), c.line(left, y, left + width, y)))
        self.space(4)

    def bullet(self, text: str, level: int = 0, size: float = 10) -> None:
        indent = 12 + 12 * level
        pieces = simpleSplit(text, REGULAR, size, self.width - indent)
        self.room(size * 1.3 * len(pieces))
        glyph_x = self.x + indent - 10
        glyph = "•" if level == 0 else "–"
        for number, piece in enumerate(pieces):
            self.line(piece, REGULAR, size, indent)
            if number == 0:
                y = self.y
                self._draw(
                    y,
                    glyph_x,
                    lambda c, y=y: (c.setFont(REGULAR, size), c.drawString(glyph_x, y, glyph)),
                )


def render(pages: list[list[Draw]], path: Path, title: str) -> None:
    """Draw each page top to bottom, left to right, the way many exporters write a page:
    a sidebar line and a main-column line on the same baseline end up side by side in
    the content stream, which is what makes naive text extraction interleave columns."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setTitle(title)
    canvas.setAuthor(title.split(" — ")[0])
    for ops in pages:
        for _y, _x, op in sorted(ops, key=lambda item: (-round(item[0]), item[1])):
            op(canvas)
        canvas.showPage()
    canvas.save()


def _roles(flow: Flow, resume: Resume, *, dates_right: bool) -> None:
    for role in resume["experience"]:
        flow.room(60)
        flow.space(4)
        flow.line(role_title(role), BOLD, 10.5)
        if dates_right:
            flow.right(role["dates"], ITALIC, 10)
        else:
            flow.line(role["dates"], ITALIC, 9.5)
        for text, level in bullets_of(role):
            flow.bullet(text, level)


def single_column_pdf(resume: Resume, path: Path) -> None:
    pages: list[list[Draw]] = []
    flow = Flow(pages, 56, PAGE_WIDTH - 112)
    flow.line(resume["name"], BOLD, 20)
    flow.line(resume["headline"], REGULAR, 12)
    flow.line("  |  ".join(resume["contact"]), REGULAR, 8.5)
    flow.heading("Summary")
    flow.paragraph(resume["summary"])
    flow.heading("Experience")
    _roles(flow, resume, dates_right=True)
    flow.heading("Skills")
    for group, items in resume["skills"]:
        flow.paragraph(f"{group}: {items}")
    flow.heading("Education")
    for school in resume["education"]:
        flow.line(f"{school['degree']} — {school['school']}", BOLD, 10)
        flow.right(school["dates"], ITALIC, 10)
    render(pages, path, f"{resume['name']} — Resume")


def two_column_pdf(resume: Resume, path: Path) -> None:
    """A banner across the top, a sidebar on the left and the main column on the right."""
    pages: list[list[Draw]] = []
    banner = Flow(pages, 40, PAGE_WIDTH - 80)
    banner.line(resume["name"], BOLD, 22)
    banner.line(resume["headline"], REGULAR, 12)
    banner.space(8)
    side = Flow(pages, 40, 150, top=banner.y)
    main = Flow(pages, 230, PAGE_WIDTH - 270, top=banner.y)

    side.heading("Contact", 10)
    for item in resume["contact"]:
        side.line(item, REGULAR, 9)
    side.heading("Skills", 10)
    for group, items in resume["skills"]:
        side.line(group, BOLD, 9)
        side.paragraph(items, REGULAR, 9)
    side.heading("Education", 10)
    for school in resume["education"]:
        side.paragraph(school["degree"], BOLD, 9)
        side.paragraph(school["school"], REGULAR, 9)
        side.line(school["dates"], ITALIC, 9)
    side.heading("Certifications", 10)
    for certificate in resume["certifications"]:
        side.bullet(certificate, size=9)

    main.heading("Profile")
    main.paragraph(resume["summary"])
    main.heading("Experience")
    _roles(main, resume, dates_right=False)
    main.new_page()
    main.heading("Projects")
    for project in resume["projects"]:
        main.space(4)
        main.line(project["name"], BOLD, 10.5)
        main.paragraph(project["description"])
        for text in project["bullets"]:
            main.bullet(text)
    render(pages, path, f"{resume['name']} — Resume")
