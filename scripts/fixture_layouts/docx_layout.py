"""DOCX resumes written with python-docx: a standard styled document and a table layout.

The standard one uses Word's own styles (Title, Heading 1, List Bullet, List Bullet 2)
and real hyperlinks; the table layout puts a sidebar and the main column in the two
cells of one table, with the contact line in the page header and a page number field in
the footer, the way many Word templates do.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from make_fixtures import Resume, bullets_of, normalise_zip

FIXED = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def _new_document(resume: Resume) -> docx.document.Document:
    document = docx.Document()
    properties = document.core_properties
    properties.author = properties.last_modified_by = resume["name"]
    properties.title = f"{resume['name']} — Resume"
    properties.created = properties.modified = FIXED
    properties.revision = 1
    return document


def _hyperlink(paragraph: Paragraph, text: str, url: str) -> None:
    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def _role(paragraph: Paragraph, role: Resume, *, tab_dates: bool) -> None:
    paragraph.add_run(role["title"]).bold = True
    paragraph.add_run(f" — {role['employer']}, {role['location']}")
    if tab_dates:
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
        paragraph.add_run("\t" + role["dates"]).italic = True


def _save(document: docx.document.Document, path: Path) -> None:
    document.save(str(path))
    normalise_zip(path)


def standard_docx(resume: Resume, path: Path) -> None:
    document = _new_document(resume)
    document.add_heading(resume["name"], 0)
    document.add_paragraph(resume["headline"])
    contact = document.add_paragraph(" | ".join(resume["contact"][:3]) + " | ")
    site, github = resume["contact"][3], resume["contact"][4]
    _hyperlink(contact, site.removeprefix("https://"), site)
    contact.add_run(" | ")
    _hyperlink(contact, "GitHub", github)

    document.add_heading("Summary", 1)
    document.add_paragraph(resume["summary"])
    document.add_heading("Experience", 1)
    for role in resume["experience"]:
        _role(document.add_paragraph(), role, tab_dates=True)
        for text, level in bullets_of(role):
            document.add_paragraph(text, style="List Bullet 2" if level else "List Bullet")
    document.add_heading("Skills", 1)
    for group, items in resume["skills"]:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{group}: ").bold = True
        paragraph.add_run(items)
    document.add_heading("Education", 1)
    for school in resume["education"]:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{school['degree']}, {school['school']}").bold = True
        paragraph.add_run(f"\t{school['dates']}")
    document.add_heading("Certifications", 1)
    for certificate in resume["certifications"]:
        document.add_paragraph(certificate, style="List Bullet")
    _save(document, path)


def _page_number_footer(paragraph: Paragraph) -> None:
    paragraph.add_run("Page ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def table_layout_docx(resume: Resume, path: Path) -> None:
    document = _new_document(resume)
    section = document.sections[0]
    section.header.paragraphs[0].text = " | ".join(resume["contact"])
    _page_number_footer(section.footer.paragraphs[0])

    layout = document.add_table(rows=1, cols=2)
    layout.autofit = False
    side, main = layout.rows[0].cells
    side.width, main.width = Cm(6), Cm(11)

    name = side.paragraphs[0].add_run(resume["name"])
    name.bold, name.font.size = True, Pt(18)
    side.add_paragraph(resume["headline"])
    side.add_paragraph("Skills", style="Heading 2")
    skills = side.add_table(rows=0, cols=2)
    for group, items in resume["skills"]:
        cells = skills.add_row().cells
        cells[0].text, cells[1].text = group, items
    side.add_paragraph("Education", style="Heading 2")
    for school in resume["education"]:
        side.add_paragraph(school["degree"]).runs[0].bold = True
        side.add_paragraph(school["school"])
        side.add_paragraph(school["dates"])
    side.add_paragraph("Languages", style="Heading 2")
    for language in resume["languages"]:
        side.add_paragraph(language, style="List Bullet")

    main.paragraphs[0].text = "Profile"
    main.paragraphs[0].style = document.styles["Heading 2"]
    main.add_paragraph(resume["summary"])
    main.add_paragraph("Experience", style="Heading 2")
    for role in resume["experience"]:
        _role(main.add_paragraph(), role, tab_dates=False)
        main.add_paragraph(role["dates"]).runs[0].italic = True
        for text, _level in bullets_of(role):
            main.add_paragraph(text, style="List Bullet")
    _save(document, path)
