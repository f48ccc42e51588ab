"""A generated corpus: 195 good resumes and 5 corrupt files, each corrupt in its own way."""

from __future__ import annotations

import random
from pathlib import Path

from benchmarks.synthetic import synthetic_resume

# file name -> (content, the error code it must produce)
CORRUPT = {
    "empty.txt": (b"", "E001"),
    "garbage.txt": (bytes(range(256)) * 8, "E004"),
    "truncated.pdf": (
        b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 ob",
        "E012",
    ),
    "broken.docx": (b"PK\x03\x04" + b"\x00" * 40 + b"not really a zip archive", "E020"),
    "broken.json": (b'{"basics": {"name": "Ann"}, "work": [', "E030"),
}
GOOD = 195


def write_corpus(folder: Path, *, good: int = GOOD, corrupt: bool = True) -> Path:
    rng = random.Random(7)
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(good):
        (folder / f"resume-{index:03d}.txt").write_text(
            synthetic_resume(rng, index), encoding="utf-8"
        )
    if corrupt:
        for name, (content, _) in CORRUPT.items():
            (folder / name).write_bytes(content)
    return folder
