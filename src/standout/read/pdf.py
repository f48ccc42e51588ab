"""PDF through pypdfium2: errors, pages, headings; runs come from ``pdf_runs`` and their
reading order from ``pdf_layout``."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

from standout.errors import (
    CorruptPdfError,
    EncryptedPdfError,
    InputTooLargeError,
    ScannedPdfError,
)
from standout.model.document import Document, InputFormat, LineKind
from standout.read.limits import PDF_MAX_PAGES
from standout.read.pdf_layout import PageLine, page_lines
from standout.read.pdf_runs import page_runs
from standout.read.text import Entry

# pdfium is not thread-safe; the service may read uploads from several threads.
_PDFIUM_LOCK = threading.Lock()
_HEADING_SIZE_RATIO = 1.25


def _open(data: bytes, source: str) -> Any:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code in (raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY):
            raise EncryptedPdfError(
                f"Can't read PDF '{source}': it is encrypted with a password.",
                hint="Save or export an unencrypted copy and try again.",
            ) from None
        if b"%%EOF" not in data[-1024:]:
            raise _corrupt(source, "it is cut short (truncated) or damaged") from None
        raise _corrupt(source, "it is damaged or not really a PDF") from None


def _corrupt(source: str, what: str) -> CorruptPdfError:
    return CorruptPdfError(
        f"Can't read PDF '{source}': {what}.",
        hint="Export the PDF again from the original document (or give the DOCX) and try again.",
    )


def _page(document: Any, number: int, raw: Any) -> list[PageLine]:
    page = document[number]
    try:
        textpage = page.get_textpage()
        try:
            return page_lines(page_runs(textpage, raw), page.get_width())
        finally:
            textpage.close()
    finally:
        page.close()


def _extract(data: bytes, source: str) -> list[list[PageLine]]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    document = _open(data, source)
    try:
        page_count = len(document)
        if page_count == 0:
            raise _corrupt(source, "it has no pages")
        if page_count > PDF_MAX_PAGES:
            raise InputTooLargeError(
                f"'{source}' has {page_count} pages; a resume has a handful.",
                hint=f"Give a resume of at most {PDF_MAX_PAGES} pages.",
            )
        pages = []
        for number in range(page_count):
            try:
                pages.append(_page(document, number, raw))
            except pdfium.PdfiumError:
                raise _corrupt(source, f"page {number + 1} is damaged") from None
        return pages
    finally:
        document.close()


def _body_size(pages: list[list[PageLine]]) -> float:
    sizes: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _entries(pages: list[list[PageLine]]) -> list[Entry]:
    """Lines with headings marked: clearly larger than body text, or short bold capitals."""
    body = _body_size(pages)
    large = sorted(
        {round(line.size, 1) for lines in pages for line in lines if _is_large(line, body)},
        reverse=True,
    )
    entries: list[Entry] = []
    for number, lines in enumerate(pages, start=1):
        for line in lines:
            kind, level = line.kind, line.level
            if kind is LineKind.TEXT and _is_large(line, body):
                kind, level = LineKind.HEADING, large.index(round(line.size, 1)) + 1
            elif kind is LineKind.TEXT and line.bold and _is_caps_title(line.text):
                kind, level = LineKind.HEADING, len(large) + 1
            entries.append(
                (line.text, kind, min(level, 6) if kind is LineKind.HEADING else level, number)
            )
    return entries


def _is_large(line: PageLine, body: float) -> bool:
    return body > 0 and line.size >= body * _HEADING_SIZE_RATIO and len(line.text) <= 80


def _is_caps_title(text: str) -> bool:
    return text.isupper() and len(text.split()) <= 4 and sum(c.isalpha() for c in text) >= 3


def _drop_running_lines(pages: list[list[PageLine]]) -> None:
    """Drop a running header or footer (the same line at the top or foot of several
    pages) after its first appearance."""
    if len(pages) < 2:
        return
    edges: Counter[str] = Counter()
    for lines in pages:
        edges.update({line.text for line in lines[:2] + lines[-2:]})
    running = {text for text, count in edges.items() if count > 1}
    if not running:
        return
    seen: set[str] = set()
    for number, lines in enumerate(pages):
        edge_lines = {id(line) for line in lines[:2] + lines[-2:]}
        kept = []
        for line in lines:
            if id(line) in edge_lines and line.text in running:
                if line.text in seen:
                    continue
                seen.add(line.text)
            kept.append(line)
        pages[number] = kept


def _scanned(source: str, what: str) -> ScannedPdfError:
    return ScannedPdfError(
        f"PDF '{source}' {what}.",
        hint="Export a text PDF from the original document (or give the DOCX) and try again.",
    )


def read_pdf(data: bytes, source: str) -> Document:
    with _PDFIUM_LOCK:
        pages = _extract(data, source)
    truncated = b"%%EOF" not in data[-1024:]
    _drop_running_lines(pages)
    entries = _entries(pages)
    if not entries:
        if truncated:
            raise _corrupt(source, "it is cut short (truncated)")
        raise _scanned(source, "has no text layer: it looks like a scanned image")
    if truncated:
        raise _corrupt(source, "it is cut short (truncated), so some of it would be missing")
    document = Document.from_lines(source, InputFormat.PDF, entries, pages=len(pages))
    visible = len(document.text) - document.text.count(" ") - document.text.count("\n")
    if sum(map(str.isalpha, document.text)) < 0.3 * visible:  # map: no Python loop per char
        # Fonts without a Unicode map give runs of symbols instead of words.
        raise _scanned(source, "has a text layer that can't be decoded into words")
    return document
