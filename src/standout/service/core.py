"""The only module of the service that calls the core: analyse, parse, match, prepare, render.

Everything here is pure and synchronous; routes run it in a worker thread. Results are
turned into JSON here, once, and stored and served as that text.
"""

from __future__ import annotations

import functools
import gc
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from standout.errors import UnsupportedMediaTypeError

if TYPE_CHECKING:
    from standout.model.match import Match
    from standout.model.posting import Posting
    from standout.model.prep import PrepPack
    from standout.model.report import Report

# What the readers understand. Anything else is refused with 415 before it is read.
ACCEPTED_SUFFIXES = frozenset(
    {".pdf", ".docx", ".md", ".markdown", ".txt", ".text", ".html", ".htm", ".json"}
)
DOWNLOAD_FORMATS = {
    "html": ("text/html; charset=utf-8", "html"),
    "markdown": ("text/markdown; charset=utf-8", "md"),
    "json": ("application/json", "json"),
}


def clean_filename(name: str | None, default: str) -> str:
    """The file's base name, without path parts or control characters, at most 200 chars."""
    base = PurePosixPath((name or "").replace("\\", "/")).name
    base = "".join(ch for ch in base if ch.isprintable()).strip()
    return base[-200:] or default


# A posting is a document, never a JSON Resume.
POSTING_SUFFIXES = ACCEPTED_SUFFIXES - {".json"}


def check_suffix(filename: str, *, posting: bool = False) -> None:
    """Refuse (415) a file name whose extension standout doesn't read as a resume, or as a
    job posting when ``posting``: the message names which of the two it was."""
    suffix = PurePosixPath(filename).suffix.lower()
    accepted = POSTING_SUFFIXES if posting else ACCEPTED_SUFFIXES
    if suffix and suffix not in accepted:
        if posting:
            raise UnsupportedMediaTypeError(
                f"The posting '{filename}' is not in a format standout reads for postings.",
                hint="Upload the job posting as PDF, DOCX, Markdown, plain text or HTML, "
                "or paste its text.",
            )
        raise UnsupportedMediaTypeError(
            f"The resume '{filename}' is not in a format standout reads.",
            hint="Upload PDF, DOCX, Markdown, plain text, HTML or JSON Resume.",
        )


@dataclass(frozen=True, slots=True)
class ResumeInput:
    """A resume to analyse and everything that changes its report."""

    content: bytes
    filename: str
    role: str
    reference_date: date

    def cache_key(self) -> str:
        from standout import __version__
        from standout.service.cache import content_key

        suffix = PurePosixPath(self.filename).suffix.lower()
        return content_key(
            "report", self.content, __version__, self.role, self.reference_date.isoformat(), suffix
        )


class _ReportMemo:
    """The last few Report objects, so that a download, match or prep pack right after an
    analysis does not analyse the resume again."""

    def __init__(self, size: int = 16) -> None:
        self._size = size
        self._reports: OrderedDict[str, Report] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_compute(self, resume: ResumeInput) -> Report:
        key = resume.cache_key()
        with self._lock:
            report = self._reports.get(key)
            if report is not None:
                self._reports.move_to_end(key)
                return report
        report = _analyze(resume)
        with self._lock:
            self._reports[key] = report
            while len(self._reports) > self._size:
                self._reports.popitem(last=False)
        return report


def _analyze(resume: ResumeInput) -> Report:
    from standout import analyze

    return analyze(
        resume.content,
        role=resume.role,
        filename=resume.filename,
        reference_date=resume.reference_date,
    )


_memo = _ReportMemo()

_YOUNG_OBJECTS_BETWEEN_COLLECTIONS = 7_000
# How long a thread may keep the GIL while another waits for it (Python's default: 5 ms).
_GIL_SWITCH_SECONDS = 0.001


@functools.cache
def settle_process() -> None:
    """Load the core's data now, then move everything alive into the garbage collector's
    permanent generation (once per process, when the service starts).

    A server process holds a few hundred thousand long-lived objects (the frameworks, the
    taxonomy and its automaton, the framework). Each full collection walked all of them:
    ~200 ms with the GIL held, about once a hundred uncached analyses, which was most of
    their p99 and ~2 ms of CPU each on average. Frozen, they are skipped; what requests
    make is still collected as before.

    The youngest generation is collected after 7,000 new objects instead of 700: an
    analysis makes a few thousand that live until it ends, and at 700 the collector ran
    about twice an analysis, walking them (~1.2 ms of CPU an analysis; ~0.1 ms at 7,000).

    The event loop hands every request's work to a thread and takes the answer back: with
    Python's 5 ms switch interval it often waited that long for the GIL, behind an analysis
    or a commit. At 1 ms, on the load test at 8 clients, cached analyses went from
    720-760/s to 960-1,170/s and the uncached p99 from 93-136 ms to 68-95 ms.
    """
    from standout.pipeline import warm_up

    warm_up()
    gc.collect()
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(_YOUNG_OBJECTS_BETWEEN_COLLECTIONS, older, oldest)
    sys.setswitchinterval(_GIL_SWITCH_SECONDS)


def report_for(resume: ResumeInput) -> Report:
    return _memo.get_or_compute(resume)


def to_jsonable_bytes(value: Any) -> bytes:
    # orjson: a report is ~100 KB of JSON, and the standard library takes as long to
    # encode it as the core takes to analyse the resume.
    import orjson

    return orjson.dumps(value)


def report_json(report: Report) -> bytes:
    from standout.render.json import report_to_dict

    return to_jsonable_bytes(report_to_dict(report))


def download_headers(filename: str, format: str) -> tuple[str, dict[str, str]]:
    """The media type and headers of a report downloaded as ``format`` (a key of
    ``DOWNLOAD_FORMATS``), for the API and the web page alike."""
    media_type, extension = DOWNLOAD_FORMATS[format]
    return media_type, {"Content-Disposition": _report_attachment(filename, extension)}


def _report_attachment(filename: str, extension: str) -> str:
    """The Content-Disposition of a report download named after the resume: an ASCII
    ``filename`` for every client and, when the name isn't ASCII, the exact name in UTF-8
    as ``filename*`` (RFC 6266, RFC 5987), which browsers prefer."""
    from urllib.parse import quote

    stem = PurePosixPath(filename).stem.strip(". ") or "resume"
    name = f"{stem}-report.{extension}"
    fallback = "".join(c if c.isascii() and (c.isalnum() or c in "-_.") else "_" for c in name)
    header = f'attachment; filename="{fallback.lstrip(".") or "report"}"'
    if fallback != name:
        header += f"; filename*=UTF-8''{quote(name, safe='')}"
    return header


def without_contact(report: Report) -> Report:
    """``report`` with the resume's contact details (name, email, phone, location, links)
    left out, from the parsed resume and from the checks that quote them: what an account
    that keeps only reports has stored."""
    from dataclasses import replace

    from standout.model.resume import Contact

    checks = tuple(
        replace(check, message=_CONTACT_LEFT_OUT if check.passed else check.message)
        if check.check_id.startswith(("contact.", "links."))
        else check
        for check in report.document_checks
    )
    return replace(report, resume=replace(report.resume, contact=Contact()), document_checks=checks)


_CONTACT_LEFT_OUT = "Found; contact details are left out of the reports this account keeps."


def render_report(report: Report, format: str) -> str:
    from standout.render import render_report as render

    return render(report, format)


def parse_posting(content: bytes, filename: str, title: str | None = None) -> Posting:
    from standout.posting import parse_posting as parse

    return parse(content, filename=filename, title=title)


def match_report(report: Report, posting: Posting) -> Match:
    from standout.match import match

    return match(report, posting)


def match_json(result: Match) -> bytes:
    from standout.render.match_json import match_to_dict

    return to_jsonable_bytes(match_to_dict(result))


def prepare_pack(report: Report, posting: Posting | None) -> PrepPack:
    from standout.prep import prepare

    return prepare(report, posting=posting)


def prep_json(pack: PrepPack) -> bytes:
    from standout.render.prep_json import prep_to_dict

    return to_jsonable_bytes(prep_to_dict(pack))


def posting_json(posting: Posting) -> bytes:
    from standout.render.serialize import to_jsonable

    # The document is the posting's full text, stored beside; the rest is what was found.
    return to_jsonable_bytes(to_jsonable(posting, skip=frozenset({"document"})))
