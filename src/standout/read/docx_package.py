"""The DOCX container: a zip archive read defensively, its relationships and styles.

Word documents are zip files, so a hostile one can declare parts that inflate to
gigabytes. Sizes and compression ratios are checked from the central directory before
anything is inflated, and every read is capped.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from functools import cached_property
from xml.etree import ElementTree

from standout.errors import CorruptDocxError, DocxTooLargeError
from standout.read import limits

_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_HEADING_NAME = re.compile(r"^heading\s*(\d)$")
_LIST_NAME = re.compile(r"^list (?:bullet|number)(?:\s*(\d))?$")
# Errors the zip and XML layers raise on damaged input.
_DAMAGE = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    zlib.error,
    struct.error,
)


@dataclass(frozen=True, slots=True)
class Relationship:
    kind: str  # the last segment of the relationship type: "header", "hyperlink"...
    target: str
    external: bool


@dataclass(frozen=True, slots=True)
class Style:
    """What a paragraph style means for reading: heading level and list level, if any."""

    heading_level: int | None = None
    list_level: int | None = None


def corrupt(source: str, what: str) -> CorruptDocxError:
    return CorruptDocxError(
        f"Can't read DOCX '{source}': {what}.",
        hint="Open it in Word or LibreOffice, save it again as .docx (or export a PDF), "
        "and try again.",
    )


def _too_large(source: str, what: str) -> DocxTooLargeError:
    return DocxTooLargeError(
        f"Refusing DOCX '{source}': {what}, far beyond any resume (a zip bomb?).",
        hint="Save the resume again from your word processor, or export it as PDF.",
    )


class Package:
    """Checked access to the parts of a DOCX archive."""

    def __init__(self, data: bytes, source: str) -> None:
        self.source = source
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except _DAMAGE as exc:
            raise corrupt(source, f"it is not a valid zip archive ({exc})") from None
        if len(infos) > limits.DOCX_MAX_ENTRIES:
            raise _too_large(source, f"it holds {len(infos):,} parts")
        if sum(info.file_size for info in infos) > limits.DOCX_MAX_TOTAL_BYTES:
            raise _too_large(source, "its parts expand to more than 64 MB")
        self._infos = {info.filename: info for info in infos}
        self._payloads: dict[str, bytes] = {}

    def has(self, name: str) -> bool:
        return name in self._infos

    def read(self, name: str) -> bytes:
        if name in self._payloads:
            return self._payloads[name]
        info = self._infos.get(name)
        if info is None:
            raise corrupt(self.source, f"the part '{name}' is missing")
        if info.file_size > limits.DOCX_MAX_PART_BYTES:
            raise _too_large(
                self.source, f"'{name}' expands to {info.file_size / 1_048_576:.0f} MB"
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if (
            info.file_size >= limits.DOCX_RATIO_CHECK_FROM_BYTES
            and ratio > limits.DOCX_MAX_COMPRESSION_RATIO
        ):
            raise _too_large(self.source, f"'{name}' is compressed {ratio:,.0f} to 1")
        try:
            with self._zip.open(info) as handle:
                payload = handle.read(limits.DOCX_MAX_PART_BYTES + 1)
        except _DAMAGE as exc:
            raise corrupt(self.source, f"the part '{name}' is damaged ({exc})") from None
        if len(payload) > limits.DOCX_MAX_PART_BYTES:
            raise _too_large(self.source, f"'{name}' expands beyond its declared size")
        self._payloads[name] = payload
        return payload

    def xml(self, name: str) -> ElementTree.Element:
        payload = self.read(name)
        # Word never writes a DTD; one here can only be an entity-expansion attack.
        if b"<!DOCTYPE" in payload[:4096] or b"<!ENTITY" in payload:
            raise corrupt(self.source, f"'{name}' declares XML entities, which Word never does")
        try:
            return ElementTree.fromstring(payload)
        except ElementTree.ParseError as exc:
            raise corrupt(self.source, f"'{name}' is not well-formed XML ({exc})") from None

    @cached_property
    def main_part(self) -> str:
        """The main document part, as the package relationships name it."""
        if self.has("_rels/.rels"):
            for rel in self.relationships("_rels/.rels").values():
                if rel.kind == "officeDocument" and not rel.external:
                    return rel.target.lstrip("/")
        return "word/document.xml"

    def relationships(self, rels_part: str) -> dict[str, Relationship]:
        if not self.has(rels_part):
            return {}
        base = rels_part.rsplit("_rels/", 1)[0]
        result = {}
        for rel in self.xml(rels_part).iter(f"{_REL_NS}Relationship"):
            target = rel.get("Target", "")
            external = rel.get("TargetMode") == "External"
            if not external and not target.startswith("/"):
                target = base + target
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            result[rel.get("Id", "")] = Relationship(kind, target.lstrip("/"), external)
        return result

    def part_relationships(self, part: str) -> dict[str, Relationship]:
        folder, _, name = part.rpartition("/")
        return self.relationships(f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels")

    def styles(self, w: str, wanted: set[str] | None) -> dict[str, Style]:
        """The paragraph styles ``wanted``, with heading and list meaning through basedOn.

        A styles part carries hundreds of styles (350 KB from Word's default template) and
        parsing it all costs more than the whole document; only the used ones are parsed.
        ``None`` means all of them (when the used ones could not be listed).
        """
        name = "word/styles.xml"
        if not self.has(name) or wanted == set():
            return {}
        if wanted is None:
            return self._all_styles(w)
        payload = self.read(name)
        raw: dict[str, _RawStyle] = {}
        queue = sorted(wanted)
        while queue:
            style_id = queue.pop()
            if style_id in raw:
                continue
            element = _style_element(payload, style_id, w)
            if element is None:
                return self._all_styles(w)
            raw[style_id] = _raw_style(element, w)
            if raw[style_id][1] is not None:
                queue.append(str(raw[style_id][1]))
        return {style_id: _resolve(style_id, raw) for style_id in wanted}

    def _all_styles(self, w: str) -> dict[str, Style]:
        raw: dict[str, _RawStyle] = {}
        for style in self.xml("word/styles.xml").iter(f"{w}style"):
            style_id = style.get(f"{w}styleId")
            if style_id is not None:
                raw[style_id] = _raw_style(style, w)
        return {style_id: _resolve(style_id, raw) for style_id in raw}


# name (lower case), basedOn, outline level, list level
_RawStyle = tuple[str, str | None, int | None, int | None]


def _style_element(payload: bytes, style_id: str, w: str) -> ElementTree.Element | None:
    """Parse one ``<w:style>`` cut out of the styles part; None when that is not possible."""
    key = f'w:styleId="{style_id}"'.encode()
    at = payload.find(key)
    if at < 0:
        # A missing style is as good as the default one; anything odd falls back.
        return ElementTree.Element("missing") if b"<w:style " in payload else None
    start = payload.rfind(b"<w:style ", 0, at)
    end = payload.find(b"</w:style>", at)
    if start < 0 or end < 0:
        return None
    namespace = w.strip("{}").encode()
    snippet = b'<r xmlns:w="' + namespace + b'">' + payload[start : end + 10] + b"</r>"
    try:
        return ElementTree.fromstring(snippet)[0]
    except (ElementTree.ParseError, IndexError):
        return None


def _raw_style(style: ElementTree.Element, w: str) -> _RawStyle:
    name_el = style.find(f"{w}name")
    based_on = style.find(f"{w}basedOn")
    outline = style.find(f"{w}pPr/{w}outlineLvl")
    num_pr = style.find(f"{w}pPr/{w}numPr")
    list_level = None
    if num_pr is not None:
        ilvl = num_pr.find(f"{w}ilvl")
        list_level = _int(ilvl.get(f"{w}val") if ilvl is not None else "0")
    return (
        (name_el.get(f"{w}val", "") if name_el is not None else "").lower(),
        based_on.get(f"{w}val") if based_on is not None else None,
        _int(outline.get(f"{w}val")) if outline is not None else None,
        list_level,
    )


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _resolve(style_id: str, raw: dict[str, _RawStyle]) -> Style:
    heading: int | None = None
    listing: int | None = None
    seen: set[str] = set()
    current: str | None = style_id
    while current is not None and current in raw and current not in seen:
        seen.add(current)
        name, based_on, outline, list_level = raw[current]
        if heading is None:
            if name == "title":
                heading = 1
            elif match := _HEADING_NAME.match(name):
                heading = int(match.group(1))
            elif outline is not None and 0 <= outline < 6:
                heading = outline + 1
        if listing is None:
            if match := _LIST_NAME.match(name):
                listing = int(match.group(1)) - 1 if match.group(1) else 0
            elif list_level is not None:
                listing = list_level
        current = based_on
    return Style(heading, listing)
