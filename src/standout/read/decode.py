"""Bytes to text for the text-based formats: encoding detection and garbage checks."""

from __future__ import annotations

import codecs
import re

from standout.errors import BinaryGarbageError, EmptyInputError, UndecodableTextError
from standout.read.limits import GARBAGE_CONTROL_RATIO

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls except tab, newline, carriage return and form feed, plus DEL and C1.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# The characters Windows-1252 puts at bytes 0x80-0x9F, and a UTF-8 sequence as they show
# after a wrong decode: a lead byte (Â-ô) and one to three continuation bytes.
_CP1252_BYTES = {
    bytes([b]).decode("cp1252"): b
    for b in range(0x80, 0xA0)
    if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
_CONTINUATION = "".join(sorted({chr(b) for b in range(0x80, 0xC0)} | set(_CP1252_BYTES)))
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{re.escape(_CONTINUATION)}]{{1,3}}")
# Non-letters a Western resume uses: dashes, quotes, bullets, currency, marks.
_WESTERN_PUNCTUATION = frozenset("–—‘’‚“”„•…€·°©®™£§«»×¶† \u00a0")
# Characters Windows code pages leave behind that carry no text, and what replaces them.
# Replaced one by one only when present: str.translate with a table takes a slow path on
# any non-ASCII text (about 1.5 ms for a 700-word resume, against microseconds here).
_INVISIBLE = (("\ufeff", ""), ("\u200b", ""), ("\u00ad", ""), ("\u00a0", " "))


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM shows NULs in every other byte."""
    sample = data[:2048]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        encoding = "utf-16-le"
    elif even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _detect(data: bytes, source: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                break
    if 0 in data:
        # Text never holds NUL bytes, except UTF-16 saved without its byte-order mark.
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise _garbage(source)
        return utf16
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    western = _plausible_cp1252(data)
    if western is not None:
        return western
    # charset-normalizer is slow to import; only rarer legacy encodings pay for it.
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    encoding = best.encoding if best is not None else "cp1252"
    try:
        return data.decode(encoding, errors="replace")
    except LookupError:
        raise UndecodableTextError(
            f"Can't work out the text encoding of '{source}'.",
            hint="Save the file as UTF-8 text and try again.",
        ) from None


def _plausible_cp1252(data: bytes) -> str | None:
    """Windows-1252 text, if the bytes read naturally that way.

    Most legacy-encoded resumes are Western European, and statistical detectors often
    mistake short Western texts for Baltic or DOS code pages. Windows-1252 is accepted
    when accented letters are a minority (Cyrillic or Greek text decoded this way turns
    into nothing but accented letters) and no symbol sits inside a word (Polish "Ł"
    decoded this way becomes "£ukasz").
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = sum(1 for char in text if char.isalpha())
    accented = 0
    for index, char in enumerate(text):
        if char.isascii():
            continue
        if char.isalpha():
            accented += 1
        elif char not in _WESTERN_PUNCTUATION:
            neighbours = text[max(index - 1, 0) : index + 2]
            if sum(1 for n in neighbours if n.isalpha()) >= 1:
                return None
    return text if accented <= 0.3 * max(letters, 1) else None


def _without_invisible(text: str) -> str:
    for char, replacement in _INVISIBLE:
        if char in text:
            text = text.replace(char, replacement)
    return text


def _garbage(source: str) -> BinaryGarbageError:
    return BinaryGarbageError(
        f"'{source}' looks like binary data, not a document's text.",
        hint="Give a PDF, DOCX, Markdown, plain text, HTML or JSON Resume file.",
    )


def decode_text(data: bytes, source: str) -> str:
    """Decode text in whatever common encoding it uses, refusing binary data and emptiness.

    Line endings become ``\\n``; form feeds stay (they mark page breaks).
    """
    text = _repair_mojibake(_detect(data, source))
    controls = len(_CONTROL.findall(text[:65536]))
    if controls and controls > GARBAGE_CONTROL_RATIO * min(len(text), 65536):
        raise _garbage(source)
    if text.count("\ufffd") > 0.2 * max(len(text), 1):
        raise _garbage(source)
    if controls or len(text) > 65536:  # else findall has seen the whole text: none to drop
        text = _CONTROL.sub("", text)
    text = _without_invisible(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise empty_input(source)
    return text


def _legacy_byte(char: str) -> int:
    """The byte a Windows-1252 or Latin-1 decoder turned into ``char`` (256 if none)."""
    code = ord(char)
    return code if code < 256 else _CP1252_BYTES.get(char, 256)


def _undo(match: re.Match[str]) -> str:
    codes = [_legacy_byte(char) for char in match.group()]
    if max(codes) > 255:
        return match.group()
    try:
        return bytes(codes).decode("utf-8")
    except UnicodeDecodeError:
        return match.group()


def _repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was once decoded as Windows-1252 or Latin-1 ("â€¢" or "â\x80¢" for
    "•", "Ã±" for "ñ"), sequence by sequence, so one stray character does not stop it."""
    if "\u00e2" not in text and "\u00c3" not in text and "\u00c2" not in text:
        return text
    return _MOJIBAKE.sub(_undo, text)


def empty_input(source: str) -> EmptyInputError:
    return EmptyInputError(
        f"'{source}' is empty: there is no text to read.",
        hint="Check that you picked the right file and that it was saved with its content.",
    )
