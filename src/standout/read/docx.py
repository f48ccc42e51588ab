"""DOCX: paragraphs, list items, tables, text boxes, headers and footers, in document order.

Parsed with zipfile and ElementTree (python-docx is far slower and is only used to
generate test fixtures). Header text comes first and footer text last, because contact
details often live there.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from standout.model.document import Document, InputFormat, LineKind
from standout.read.bullets import split_bullet
from standout.read.docx_package import Package, Relationship, Style, corrupt
from standout.read.text import Entry, squeeze

_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?$", re.I)
_LINE_BREAK = "\n"
_STYLE_REF = re.compile(rb'<w:pStyle w:val="([^"]+)"')


class _Walker:
    """Turns WordprocessingML block content into entries."""

    def __init__(
        self, w: str, styles: dict[str, Style], links: dict[str, Relationship], rendered: bool
    ) -> None:
        self.w = w
        self.styles = styles
        self.links = links
        self.page = 1
        # Word records where pages broke when it last laid the document out; use those
        # when present, else count explicit page breaks.
        self.page_tag = f"{w}lastRenderedPageBreak" if rendered else None
        t = {name: f"{w}{name}" for name in ("p", "tbl", "tr", "tc", "sdt", "sdtContent")}
        self.tags = t
        self.containers = {t["sdt"], t["sdtContent"], f"{w}customXml", f"{w}ins", f"{w}smartTag"}
        self.skipped = {
            f"{w}{name}" for name in ("pPr", "rPr", "delText", "instrText", "del", "moveFrom")
        } | {f"{_MC}Fallback", f"{w}tblPr", f"{w}tblGrid", f"{w}trPr", f"{w}tcPr", f"{w}sectPr"}

    # ------------------------------------------------------------------ blocks
    def blocks(self, container: Element, out: list[Entry]) -> None:
        for child in container:
            tag = child.tag
            if tag == self.tags["p"]:
                self.paragraph(child, out)
            elif tag == self.tags["tbl"]:
                self.table(child, out)
            elif tag in self.containers or tag == f"{_MC}AlternateContent":
                self.blocks(self._choice(child), out)

    def _choice(self, element: Element) -> Element:
        if element.tag == f"{_MC}AlternateContent":
            choice = element.find(f"{_MC}Choice")
            return choice if choice is not None else element
        return element

    def _children(self, element: Element, tag: str) -> list[Element]:
        """Direct children with ``tag``, looking through content controls that wrap them."""
        found = []
        for child in element:
            if child.tag == tag:
                found.append(child)
            elif child.tag in self.containers:
                found.extend(self._children(child, tag))
        return found

    def table(self, table: Element, out: list[Entry]) -> None:
        """Rows of one-line cells are table rows; rows of rich cells are page layout."""
        for row in self._children(table, self.tags["tr"]):
            cells: list[list[Entry]] = []
            for cell in self._children(row, self.tags["tc"]):
                cell_entries: list[Entry] = []
                self.blocks(cell, cell_entries)
                cells.append(cell_entries)
            rich = any(
                len(entries) > 1 or any(kind is not LineKind.TEXT for _, kind, _, _ in entries)
                for entries in cells
            )
            if rich:
                for entries in cells:
                    out.extend(entries)
            elif texts := [entries[0][0] for entries in cells if entries]:
                out.append((" | ".join(texts), LineKind.TABLE_ROW, 0, self.page))

    # -------------------------------------------------------------- paragraphs
    def paragraph(self, paragraph: Element, out: list[Entry]) -> None:
        kind, level = self._paragraph_kind(paragraph)
        page = self.page
        pieces: list[str] = []
        boxes: list[Entry] = []
        self._runs(paragraph, pieces, boxes)
        lines = [squeeze(line) for line in "".join(pieces).split(_LINE_BREAK)]
        lines = [line for line in lines if line]
        if kind is LineKind.BULLET and lines:
            lines = [" ".join(lines)]
        for index, line in enumerate(lines):
            line_kind, line_level = (kind, level) if index == 0 else (LineKind.TEXT, 0)
            if line_kind is LineKind.TEXT and (bullet := split_bullet(line)) is not None:
                line, line_kind, line_level = bullet[0], LineKind.BULLET, 0
            out.append((line, line_kind, line_level, page))
        out.extend(boxes)

    def _paragraph_kind(self, paragraph: Element) -> tuple[LineKind, int]:
        w = self.w
        properties = paragraph.find(f"{w}pPr")
        if properties is None:
            return LineKind.TEXT, 0
        style_el = properties.find(f"{w}pStyle")
        style = self.styles.get(style_el.get(f"{w}val", "")) if style_el is not None else None
        outline = properties.find(f"{w}outlineLvl")
        if style is not None and style.heading_level is not None:
            return LineKind.HEADING, min(style.heading_level, 6)
        if outline is not None and (value := outline.get(f"{w}val", "")).isdigit():
            if int(value) < 6:
                return LineKind.HEADING, int(value) + 1
        numbering = properties.find(f"{w}numPr")
        if numbering is not None:
            num_id = numbering.find(f"{w}numId")
            if num_id is None or num_id.get(f"{w}val") != "0":
                ilvl = numbering.find(f"{w}ilvl")
                value = ilvl.get(f"{w}val", "0") if ilvl is not None else "0"
                return LineKind.BULLET, int(value) if value.isdigit() else 0
        if style is not None and style.list_level is not None:
            return LineKind.BULLET, style.list_level
        return LineKind.TEXT, 0

    def _runs(self, element: Element, pieces: list[str], boxes: list[Entry]) -> None:
        """Collect a paragraph's text; text boxes inside it become their own entries."""
        w = self.w
        for child in element:
            tag = child.tag
            if tag in self.skipped:
                continue
            if tag == f"{w}t":
                pieces.append(child.text or "")
            elif tag in (f"{w}tab", f"{w}ptab"):
                pieces.append(" ")
            elif tag in (f"{w}br", f"{w}cr"):
                if child.get(f"{w}type") == "page" and self.page_tag is None:
                    self.page += 1
                pieces.append(_LINE_BREAK)
            elif tag == self.page_tag:
                self.page += 1
            elif tag == f"{w}noBreakHyphen":
                pieces.append("-")
            elif tag == f"{w}txbxContent":
                self.blocks(child, boxes)
            elif tag == f"{w}hyperlink":
                start = len(pieces)
                self._runs(child, pieces, boxes)
                self._link_target(child, pieces, start)
            else:
                self._runs(self._choice(child), pieces, boxes)

    def _link_target(self, link: Element, pieces: list[str], start: int) -> None:
        """Show an external link's URL after its text, so profile links are not lost."""
        rel = self.links.get(link.get(_R_ID, ""))
        if rel is None or not rel.external:
            return
        target = rel.target.removeprefix("mailto:")
        text = "".join(pieces[start:])
        plain = target.removeprefix("https://").removeprefix("http://").removeprefix("www.")
        if target not in text and plain.rstrip("/") not in text:
            pieces.append(f" ({target})")


def _namespace(root: Element) -> str:
    return root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""


def _side_parts(links: dict[str, Relationship], kind: str) -> list[str]:
    return sorted({rel.target for rel in links.values() if rel.kind == kind and not rel.external})


def read_docx(data: bytes, source: str) -> Document:
    package = Package(data, source)
    main = package.main_part
    if not package.has(main):
        raise corrupt(source, "it has no document body (word/document.xml is missing)")
    root = package.xml(main)
    w = _namespace(root)
    body = root.find(f"{w}body")
    if body is None:
        raise corrupt(source, "its main part has no body")
    links = package.part_relationships(main)
    sides = {
        kind: [part for part in _side_parts(links, kind) if package.has(part)]
        for kind in ("header", "footer")
    }
    payloads = [package.read(main)] + [
        package.read(part) for part in sides["header"] + sides["footer"]
    ]
    used_styles = {match.decode() for payload in payloads for match in _STYLE_REF.findall(payload)}
    # Writers other than Word may use another prefix than "w:"; then read every style.
    unlisted = not used_styles and any(b"pStyle" in payload for payload in payloads)
    styles = package.styles(w, None if unlisted else used_styles)
    walker = _Walker(w, styles, links, b"lastRenderedPageBreak" in payloads[0])
    entries: list[Entry] = []
    walker.blocks(body, entries)
    side_entries: dict[str, list[Entry]] = {"header": [], "footer": []}
    for kind, parts in sides.items():
        for part in parts:
            side = _Walker(w, styles, package.part_relationships(part), False)
            side.blocks(package.xml(part), side_entries[kind])
    pages = walker.page
    seen: set[str] = set()
    ordered = _unique(side_entries["header"], seen, page=1)
    ordered.extend(entries)
    ordered.extend(_unique(side_entries["footer"], seen, page=pages))
    return Document.from_lines(source, InputFormat.DOCX, ordered, pages=pages)


def _unique(entries: list[Entry], seen: set[str], *, page: int) -> list[Entry]:
    """Header and footer lines once each (first-page and default ones often repeat), no
    page numbers."""
    kept = []
    for text, kind, level, _page in entries:
        if text not in seen and not _PAGE_NUMBER.match(text):
            seen.add(text)
            kept.append((text, kind, level, page))
    return kept
