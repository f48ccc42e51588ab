"""Every bad input gets a coded error that names the file and says what to do (#2)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen.canvas import Canvas

from standout.errors import (
    BinaryGarbageError,
    CorruptDocxError,
    CorruptPdfError,
    DocxTooLargeError,
    EmptyInputError,
    EncryptedPdfError,
    InputNotFoundError,
    InputTooLargeError,
    InvalidJsonResumeError,
    ReadError,
    ScannedPdfError,
    UnsupportedFormatError,
)
from standout.model.document import InputFormat
from standout.read import read

BAD = Path(__file__).parents[1] / "fixtures" / "bad"
RESUMES = Path(__file__).parents[1] / "fixtures" / "resumes"

CASES = [
    ("empty.txt", EmptyInputError, "E001", ["is empty", "right file"]),
    ("whitespace.txt", EmptyInputError, "E001", ["is empty"]),
    ("garbage.bin", BinaryGarbageError, "E004", ["binary data", "PDF, DOCX"]),
    (
        "photo.png",
        UnsupportedFormatError,
        "E003",
        ["PNG image", "PDF, DOCX, Markdown, plain text, HTML and JSON Resume"],
    ),
    ("legacy.doc", UnsupportedFormatError, "E003", ["old Word (.doc)", "Save it as DOCX or PDF"]),
    ("encrypted.pdf", EncryptedPdfError, "E010", ["encrypted", "unencrypted copy"]),
    (
        "scanned.pdf",
        ScannedPdfError,
        "E011",
        ["no text layer", "scanned", "Export a text PDF", "DOCX"],
    ),
    ("truncated.pdf", CorruptPdfError, "E012", ["truncated", "Export the PDF again"]),
    ("not_really.pdf", CorruptPdfError, "E012", ["damaged", "Export the PDF again"]),
    ("corrupt.docx", CorruptDocxError, "E020", ["not a valid zip archive", "save it again"]),
    ("no_body.docx", CorruptDocxError, "E020", ["word/document.xml is missing"]),
    ("zip_bomb.docx", DocxTooLargeError, "E021", ["expands to 40 MB", "zip bomb"]),
    ("invalid.json", InvalidJsonResumeError, "E030", ["not valid JSON", "line 1"]),
    ("not_resume.json", InvalidJsonResumeError, "E030", ["not a JSON Resume", "'basics'"]),
    ("wrong_types.json", InvalidJsonResumeError, "E030", ["'work' should be a list"]),
]


@pytest.mark.parametrize(("name", "error", "code", "phrases"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_gets_its_coded_error(
    name: str, error: type[ReadError], code: str, phrases: list[str]
) -> None:
    path = BAD / name
    with pytest.raises(error) as caught:
        read(path)
    message = str(caught.value)
    assert message.startswith(f"[{code}] ")
    assert str(path) in message  # names the file
    assert caught.value.hint  # says what to do
    for phrase in phrases:
        assert phrase in message


@pytest.mark.parametrize(("name", "error", "code", "phrases"), CASES, ids=[c[0] for c in CASES])
def test_bad_bytes_name_the_given_file_name(
    name: str, error: type[ReadError], code: str, phrases: list[str]
) -> None:
    with pytest.raises(error) as caught:
        read((BAD / name).read_bytes(), filename=f"upload-{name}")
    assert f"'upload-{name}'" in str(caught.value)
    assert caught.value.code == code


def test_input_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"Jane Doe\n" * 200)
    with pytest.raises(InputTooLargeError, match=r"^\[E002\] .*big.txt.*over the 0 MB limit"):
        read(path, max_bytes=1000)
    with pytest.raises(InputTooLargeError, match=r"'cv.txt' is 0.0 MB"):
        read(b"x" * 1001, filename="cv.txt", max_bytes=1000)
    assert read(path, max_bytes=10_000).lines[0].text == "Jane Doe"


def test_the_size_hint_names_no_option_that_does_not_exist(tmp_path: Path) -> None:
    """It used to suggest --max-size, which no command has."""
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 2000)
    for source in (path, b"x" * 2000):
        with pytest.raises(InputTooLargeError) as caught:
            read(source, max_bytes=1000)
        assert caught.value.hint and "--" not in caught.value.hint


def test_an_empty_path_is_not_taken_for_the_current_folder() -> None:
    with pytest.raises(InputNotFoundError, match=r"^\[E040\] No file name was given"):
        read("")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputNotFoundError, match=r"^\[E040\] Can't find"):
        read(tmp_path / "nope.pdf")


def test_zip_that_is_not_a_word_document() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photos/cat.jpg", b"\xff\xd8\xff")
    with pytest.raises(UnsupportedFormatError, match="zip archive that is not a Word document"):
        read(buffer.getvalue(), filename="cv.zip")


def _docx_with(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, payload in parts.items():
            archive.writestr(name, payload)
    return buffer.getvalue()


def test_docx_with_absurd_number_of_parts() -> None:
    parts = {f"word/media/image{n}.png": b"" for n in range(2001)}
    parts["word/document.xml"] = b"<w:document/>"
    with pytest.raises(DocxTooLargeError, match="holds 2,002 parts"):
        read(_docx_with(parts), filename="cv.docx")


def test_docx_declaring_xml_entities_is_refused() -> None:
    document = b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>'
    with pytest.raises(CorruptDocxError, match="declares XML entities"):
        read(_docx_with({"word/document.xml": document}), filename="cv.docx")


def test_docx_with_malformed_xml() -> None:
    with pytest.raises(CorruptDocxError, match="not well-formed XML"):
        read(_docx_with({"word/document.xml": b"<w:document><w:body>"}), filename="cv.docx")


def test_pdf_encrypted_without_a_user_password_is_read() -> None:
    """Owner-only encryption (printing/copy restrictions) does not stop reading."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, encrypt=StandardEncryption("", ownerPassword="owner", canCopy=0))
    canvas.drawString(72, 720, "Jamie Example, Backend Engineer")
    canvas.showPage()
    canvas.save()
    document = read(buffer.getvalue(), filename="cv.pdf")
    assert document.format is InputFormat.PDF
    assert document.lines[0].text == "Jamie Example, Backend Engineer"


def test_pdf_with_too_many_pages() -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for number in range(51):
        canvas.drawString(72, 720, f"Page {number}")
        canvas.showPage()
    canvas.save()
    with pytest.raises(InputTooLargeError, match="has 51 pages"):
        read(buffer.getvalue(), filename="book.pdf")


def test_text_with_many_control_characters_is_garbage() -> None:
    with pytest.raises(BinaryGarbageError):
        read(bytes(range(1, 32)) * 30 + b"Jane Doe")


def test_unsupported_message_lists_every_supported_format() -> None:
    with pytest.raises(UnsupportedFormatError) as caught:
        read((BAD / "photo.png").read_bytes())
    for name in ("PDF", "DOCX", "Markdown", "plain text", "HTML", "JSON Resume"):
        assert name in str(caught.value)


def test_every_fixture_resume_reads_without_error() -> None:
    for path in sorted(RESUMES.iterdir()):
        if path.is_file():
            assert read(path).lines, path
