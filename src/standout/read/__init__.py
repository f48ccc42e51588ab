"""read: bytes or a file into a ``Document`` (lines in reading order with layout hints).

Every format ends in the same shape: ``Line``s in reading order, headings and list items
marked where the format says so (list markers are removed from the text), table rows as
cells joined with `` | ``, and 1-based page numbers where the format has pages.

Plain text and Markdown keep one line for every line of the file (blank lines, and lines
spent on markup, as empty ``TEXT`` lines), so that ``Line.number`` is the line number the
user's editor shows. PDF, DOCX, HTML and JSON Resume have no such lines: they keep the
lines of content only.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from importlib import import_module

from standout._io import TOO_LARGE_HINT, read_input_bytes
from standout.errors import InputTooLargeError
from standout.model.document import Document, InputFormat
from standout.read.decode import decode_text, empty_input
from standout.read.detect import SUPPORTED, extension_format, sniff_binary, sniff_text
from standout.read.limits import DEFAULT_MAX_BYTES

__all__ = ["SUPPORTED", "read"]

# format -> (module, function); modules load on first use so that reading a text
# resume never imports pypdfium2 or the zip/XML machinery.
_BINARY_READERS = {
    InputFormat.PDF: ("standout.read.pdf", "read_pdf"),
    InputFormat.DOCX: ("standout.read.docx", "read_docx"),
}
_TEXT_READERS = {
    InputFormat.TEXT: ("standout.read.text", "read_text"),
    InputFormat.MARKDOWN: ("standout.read.markdown", "read_markdown"),
    InputFormat.HTML: ("standout.read.html", "read_html"),
    InputFormat.JSON_RESUME: ("standout.read.json_resume", "read_json_resume"),
}


def _reader(module: str, function: str) -> Callable[[object, str], Document]:
    reader: Callable[[object, str], Document] = getattr(import_module(module), function)
    return reader


def read(
    source: str | os.PathLike[str] | bytes,
    *,
    filename: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    format: InputFormat | None = None,
) -> Document:
    """Read a resume into a ``Document``.

    ``source`` is a path, or the file's bytes (``filename`` is then only a hint for the
    format and the name used in messages). The format is detected from the content;
    pass ``format`` to force one. Raises a ``ReadError`` subclass for empty, oversized,
    encrypted, scanned, corrupt, garbage or unsupported input.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        name = filename or "<bytes>"
        if len(data) > max_bytes:
            raise InputTooLargeError(
                f"'{name}' is {len(data) / 1_048_576:.1f} MB, "
                f"over the {max_bytes / 1_048_576:.0f} MB limit.",
                hint=TOO_LARGE_HINT,
            )
    else:
        data = read_input_bytes(source, max_bytes=max_bytes)
        name = os.fspath(source)
        filename = filename or name
    if not data.strip():
        raise empty_input(name)
    chosen = format or sniff_binary(data, filename, name)
    if chosen in _BINARY_READERS:
        return _reader(*_BINARY_READERS[chosen])(data, name)
    text = decode_text(data, name)
    chosen = chosen or sniff_text(text, filename)
    if chosen is InputFormat.TEXT and extension_format(filename) is InputFormat.JSON_RESUME:
        chosen = InputFormat.JSON_RESUME
    return _reader(*_TEXT_READERS[chosen])(text, name)
