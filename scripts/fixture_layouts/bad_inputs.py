"""Inputs that ``read`` must refuse with a coded error, never a traceback."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from make_fixtures import FIXED_TIME

_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" '
    b'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    b'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_PACKAGE_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
_W = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _zip(path: Path, parts: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, payload in parts.items():
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, payload)


def _scanned_pdf(path: Path) -> None:
    """A page that is only a picture of text, like a scan without OCR."""
    picture = Image.new("L", (600, 200), 255)
    draw = ImageDraw.Draw(picture)
    draw.text((20, 20), "Jordan Example - Backend Engineer", fill=0)
    draw.text((20, 60), "Experience: 2019 - Present, Example Corp", fill=0)
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.drawImage(ImageReader(picture), 50, 500, width=500, height=166)
    canvas.rect(50, 480, 500, 4, fill=1)
    canvas.showPage()
    canvas.save()


def _encrypted_pdf(path: Path) -> None:
    encryption = StandardEncryption("open-sesame", ownerPassword="owner-secret", strength=128)
    canvas = Canvas(str(path), pagesize=A4, invariant=1, encrypt=encryption)
    canvas.setFont("Helvetica", 11)
    canvas.drawString(72, 760, "Riley Example — Backend Engineer")
    canvas.showPage()
    canvas.save()


def _zip_bomb_docx(path: Path) -> None:
    """A DOCX whose document.xml inflates to 40 MB from about 40 KB of deflated spaces."""
    body = b" " * (40 * 1024 * 1024)
    document = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="'
        + _W
        + b'"><w:body><w:p><w:r><w:t>'
        + body
        + b"</w:t></w:r></w:p></w:body></w:document>"
    )
    _zip(
        path,
        {
            "[Content_Types].xml": _CONTENT_TYPES,
            "_rels/.rels": _PACKAGE_RELS,
            "word/document.xml": document,
        },
    )


def write_bad_inputs(bad: Path, resumes: Path) -> list[Path]:
    """Write every bad input into ``bad``; returns their paths."""
    (bad / "empty.txt").write_bytes(b"")
    (bad / "whitespace.txt").write_bytes(b"  \n\t\n   \r\n")
    _scanned_pdf(bad / "scanned.pdf")
    _encrypted_pdf(bad / "encrypted.pdf")
    pdf = (resumes / "single_column.pdf").read_bytes()
    (bad / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    (bad / "not_really.pdf").write_bytes(b"%PDF-1.7\n" + b"this is not a PDF body\n" * 20)
    docx = (resumes / "standard.docx").read_bytes()
    (bad / "corrupt.docx").write_bytes(docx[: len(docx) // 2])
    _zip(
        bad / "no_body.docx", {"[Content_Types].xml": _CONTENT_TYPES, "_rels/.rels": _PACKAGE_RELS}
    )
    _zip_bomb_docx(bad / "zip_bomb.docx")
    (bad / "garbage.bin").write_bytes(random.Random(2).randbytes(4096))
    picture = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(picture, format="PNG")
    (bad / "photo.png").write_bytes(picture.getvalue())
    (bad / "legacy.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    (bad / "invalid.json").write_text('{"basics": {"name": "Broken Example",', encoding="utf-8")
    (bad / "not_resume.json").write_text(
        '{"name": "left-pad", "version": "1.3.0", "dependencies": {}}\n', encoding="utf-8"
    )
    (bad / "wrong_types.json").write_text(
        '{"basics": {"name": "Casey Example"}, "work": "Acme Corp, 2019-2023"}\n', encoding="utf-8"
    )
    return sorted(bad.iterdir())
