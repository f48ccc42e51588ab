"""Regenerate the binary and HTML fixture resumes, and the bad inputs, from their sources.

Sources are JSON files in ``tests/fixtures/resumes/src/`` (the content of invented
resumes); this script lays each one out as the format and layout its file name says.
The layouts live in ``scripts/fixture_layouts/``. Output is deterministic: regenerating
without changing a source changes no bytes.

    python scripts/make_fixtures.py            # write everything
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESUMES = ROOT / "tests" / "fixtures" / "resumes"
SOURCES = RESUMES / "src"
BAD = ROOT / "tests" / "fixtures" / "bad"
FIXED_TIME = (2024, 1, 1, 0, 0, 0)

Resume = dict[str, Any]


def load(name: str) -> Resume:
    data: Resume = json.loads((SOURCES / f"{name}.json").read_text(encoding="utf-8"))
    return data


def bullets_of(role: Resume) -> list[tuple[str, int]]:
    """Bullets as (text, level); a source bullet is a string or [text, level]."""
    return [(b, 0) if isinstance(b, str) else (str(b[0]), int(b[1])) for b in role["bullets"]]


def role_title(role: Resume) -> str:
    return f"{role['title']} — {role['employer']}, {role['location']}"


def normalise_zip(path: Path) -> None:
    """Rewrite a zip with fixed timestamps and order, so DOCX output is reproducible."""
    with zipfile.ZipFile(path) as source:
        parts = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, payload in parts:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, payload)


def main() -> None:
    from fixture_layouts.bad_inputs import write_bad_inputs
    from fixture_layouts.docx_layout import standard_docx, table_layout_docx
    from fixture_layouts.html_layout import portfolio_html
    from fixture_layouts.pdf_layout import single_column_pdf, two_column_pdf

    RESUMES.mkdir(parents=True, exist_ok=True)
    BAD.mkdir(parents=True, exist_ok=True)
    layouts = {
        "single_column.pdf": single_column_pdf,
        "two_column.pdf": two_column_pdf,
        "standard.docx": standard_docx,
        "table_layout.docx": table_layout_docx,
        "portfolio.html": portfolio_html,
    }
    for name, layout in layouts.items():
        layout(load(name.rsplit(".", 1)[0]), RESUMES / name)
        print(f"{(RESUMES / name).relative_to(ROOT)}  {(RESUMES / name).stat().st_size:,} bytes")
    for path in write_bad_inputs(BAD, RESUMES):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
