"""Limits that keep ``read`` safe on hostile or absurd inputs.

The numbers are far beyond any real resume, so they only ever stop a zip bomb, a
generated monster or a file that is not a resume at all.
"""

from __future__ import annotations

from standout._io import DEFAULT_MAX_BYTES

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DOCX_MAX_COMPRESSION_RATIO",
    "DOCX_MAX_ENTRIES",
    "DOCX_MAX_PART_BYTES",
    "DOCX_MAX_TOTAL_BYTES",
    "GARBAGE_CONTROL_RATIO",
    "PDF_MAX_PAGES",
    "SNIFF_BYTES",
]

# A DOCX is a zip archive: limit what its parts may expand to before we inflate them.
DOCX_MAX_PART_BYTES = 20 * 1024 * 1024
DOCX_MAX_TOTAL_BYTES = 64 * 1024 * 1024
DOCX_MAX_ENTRIES = 2_000
# Real XML parts compress 5-20x; a part that claims hundreds of times its packed size
# and is big enough to matter is a bomb.
DOCX_MAX_COMPRESSION_RATIO = 200
DOCX_RATIO_CHECK_FROM_BYTES = 1024 * 1024

# A resume is a few pages; reading hundreds of pages is wasted time or an attack.
PDF_MAX_PAGES = 50

# Share of control characters above which decoded "text" is really binary data.
GARBAGE_CONTROL_RATIO = 0.05

# How much of the start of the input format detection looks at.
SNIFF_BYTES = 4096
