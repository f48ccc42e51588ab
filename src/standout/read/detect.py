"""Which format an input is, from its content first and its file name second."""

from __future__ import annotations

import re

from standout.errors import UnsupportedFormatError
from standout.model.document import InputFormat
from standout.read.limits import SNIFF_BYTES

SUPPORTED = "PDF, DOCX, Markdown, plain text, HTML and JSON Resume"

_EXTENSIONS = {
    ".pdf": InputFormat.PDF,
    ".docx": InputFormat.DOCX,
    ".md": InputFormat.MARKDOWN,
    ".markdown": InputFormat.MARKDOWN,
    ".txt": InputFormat.TEXT,
    ".text": InputFormat.TEXT,
    ".html": InputFormat.HTML,
    ".htm": InputFormat.HTML,
    ".xhtml": InputFormat.HTML,
    ".json": InputFormat.JSON_RESUME,
}

# Formats we recognise but do not read, with what to do instead.
_FOREIGN: tuple[tuple[bytes, str, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word (.doc) file", "Save it as DOCX or PDF"),
    (b"{\\rtf", "an RTF file", "Save it as DOCX or PDF"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "Give the resume itself as PDF or DOCX"),
    (b"\xff\xd8\xff", "a JPEG image", "Give the resume itself as PDF or DOCX"),
    (b"GIF87a", "a GIF image", "Give the resume itself as PDF or DOCX"),
    (b"GIF89a", "a GIF image", "Give the resume itself as PDF or DOCX"),
    (b"II*\x00", "a TIFF image", "Give the resume itself as PDF or DOCX"),
    (b"MM\x00*", "a TIFF image", "Give the resume itself as PDF or DOCX"),
    (b"\x1f\x8b", "a gzip archive", "Unpack it and give the resume inside"),
    (b"Rar!", "a RAR archive", "Unpack it and give the resume inside"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "Unpack it and give the resume inside"),
    (b"\x7fELF", "a program", "Give a resume file instead"),
    (b"MZ", "a Windows program", "Give a resume file instead"),
)

_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|body|meta|title|div|section|article|main|header|h[1-6]|p|ul|table)\b",
    re.I | re.S,
)
_HTML_TAGS = re.compile(rb"</(?:p|div|li|h[1-6]|td|tr|span|section|body|html|ul)>", re.I)
_JSON_RESUME_KEYS = frozenset(
    {
        "basics",
        "work",
        "education",
        "skills",
        "projects",
        "volunteer",
        "awards",
        "certificates",
        "publications",
        "languages",
        "interests",
        "references",
        "meta",
    }
)
# What only Markdown shows: a # heading, a === or --- underline, **bold**, a [link](url),
# a | table | row. Each pattern comes with text that every match of it holds, so that a
# resume without that text is not scanned at all (one regex of all five, tried at every
# position, took a fifth of the time to read a text resume).
_MARKDOWN_HINTS = (
    ("#", re.compile(r"^ {0,3}#{1,6}\s+\S", re.M)),
    ("=", re.compile(r"^ {0,3}=+\s*$", re.M)),
    ("---", re.compile(r"^ {0,3}-{3,}\s*$", re.M)),
    ("**", re.compile(r"\*\*\S[^*\n]*\*\*")),
    ("](", re.compile(r"\[[^\]\n]+\]\([^)\n]+\)")),
    ("|", re.compile(r"^\s*\|.*\|\s*$", re.M)),
)


def extension_format(filename: str | None) -> InputFormat | None:
    if not filename:
        return None
    dot = filename.rfind(".")
    return _EXTENSIONS.get(filename[dot:].lower()) if dot >= 0 else None


def sniff_binary(data: bytes, filename: str | None, source: str) -> InputFormat | None:
    """PDF or DOCX from magic bytes; refuses known foreign binaries; None for text."""
    head = data[:SNIFF_BYTES]
    if b"%PDF-" in head[:1024]:
        return InputFormat.PDF
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        if b"word/document.xml" in data or extension_format(filename) is InputFormat.DOCX:
            return InputFormat.DOCX
        raise unsupported(source, "a zip archive that is not a Word document")
    for magic, what, advice in _FOREIGN:
        if head.startswith(magic):
            raise unsupported(source, what, advice)
    return None


def sniff_text(text: str, filename: str | None) -> InputFormat:
    """JSON Resume, HTML, Markdown or plain text from decoded content."""
    stripped = text.lstrip()
    if stripped.startswith("{"):
        return InputFormat.JSON_RESUME
    hinted = extension_format(filename)
    head = stripped[:SNIFF_BYTES].encode("utf-8", "replace")
    if _HTML_START.match(head):
        return InputFormat.HTML
    if hinted is InputFormat.HTML and _HTML_TAGS.search(head):
        return InputFormat.HTML
    if hinted is InputFormat.MARKDOWN:
        return InputFormat.MARKDOWN
    if _looks_like_markdown(text[:65536]):
        return InputFormat.MARKDOWN
    return InputFormat.TEXT


def _looks_like_markdown(text: str) -> bool:
    return any(held in text and pattern.search(text) for held, pattern in _MARKDOWN_HINTS)


def looks_like_json_resume(value: object) -> bool:
    return isinstance(value, dict) and not _JSON_RESUME_KEYS.isdisjoint(value)


def unsupported(source: str, what: str, advice: str = "") -> UnsupportedFormatError:
    advice = advice or "Save the resume in one of those formats"
    return UnsupportedFormatError(
        f"'{source}' is {what}, which standout can't read. It reads {SUPPORTED}.",
        hint=f"{advice} and try again.",
    )
