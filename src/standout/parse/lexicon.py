"""Word lists the parser decides with: section names, job-title words, degree words.

They are small and fixed, so they live here as code-level constants (compiled once at
import, a few microseconds) rather than as package data.
"""

from __future__ import annotations

import re

from standout.model.resume import SectionKind

# Section names, normalised: lower case, "&" and "/" read as "and", punctuation dropped.
# A name here is recognised on a line of its own in any letter case.
_SECTION_NAMES_BY_KIND = {
    SectionKind.HEADER: "contact | contact details | contact information | contact info",
    SectionKind.SUMMARY: (
        "summary | professional summary | career summary | executive summary | profile | about | "
        "professional profile | career profile | personal profile | about me | objective | "
        "career objective | objectives | personal statement | overview | introduction | "
        "summary of qualifications | professional overview"
    ),
    SectionKind.EXPERIENCE: (
        "experience | work experience | professional experience | employment | employment "
        "history | work history | professional history | career history | relevant experience "
        "| experience details | company details | professional background | positions held | "
        "industry experience | technical experience | internships | internship experience | "
        "work experience details | professional experience details | employment details | "
        "experiences | work experiences | experience and employment"
    ),
    SectionKind.PROJECTS: (
        "projects | personal projects | side projects | selected projects | key projects | "
        "academic projects | project experience | project details | notable projects | "
        "projects undertaken | project work | portfolio | personal and side projects | "
        "project | professional projects"
    ),
    SectionKind.SKILLS: (
        "skills | technical skills | core competencies | competencies | tech stack | "
        "technical expertise | skill set | skillset | skill sets | key skills | it skills | "
        "computer skills | software skills | technical skill | skill details | tools and "
        "technologies | technologies and tools | languages and technologies | technical "
        "proficiencies | areas of expertise | core skills | professional skills | technical "
        "strengths | technological skills | computer knowledge | technicalskills | personal "
        "skills | soft skills | key competencies | skills and tools | skills and technologies "
        "| skills summary | technical summary | technical competencies | programming skills | "
        "skills and expertise | skills and competencies | technical knowledge | technologies "
        "| expertise | tools"
    ),
    SectionKind.EDUCATION: (
        "education | education and training | academic background | academics | academic "
        "qualifications | educational qualifications | education details | educational "
        "background | academic details | qualifications | educational qualification | "
        "academic qualification | education and certifications | studies | training"
    ),
    SectionKind.CERTIFICATIONS: (
        "certifications | certificates | certification | licenses | licences | licenses and "
        "certifications | certifications and licenses | credentials | courses | courses and "
        "certifications | certifications and courses | certifications and training | training "
        "and certifications | professional certifications | professional development"
    ),
    SectionKind.PUBLICATIONS: (
        "publications | talks | speaking | presentations | conference talks | papers | talks "
        "and publications | publications and talks | writing | speaking engagements | "
        "articles | patents | publications and presentations"
    ),
    SectionKind.OPEN_SOURCE: (
        "open source | opensource | open source contributions | oss | open source projects | "
        "open source work | contributions"
    ),
    SectionKind.VOLUNTEERING: (
        "volunteering | volunteer experience | volunteer work | volunteer | community | "
        "community involvement | volunteer activities | community work | volunteering and "
        "community"
    ),
    SectionKind.AWARDS: (
        "awards | honors | honours | awards and honors | awards and honours | honors and "
        "awards | achievements | recognition | awards and achievements | accomplishments | "
        "key achievements"
    ),
    SectionKind.OTHER: (
        "interests | hobbies | hobbies and interests | languages | spoken languages | "
        "language skills | references | personal details | personal information | additional "
        "information | activities | extracurricular activities | extra curricular activities "
        "| memberships | affiliations | strengths | declaration | other | miscellaneous | "
        "additional"
    ),
}
SECTION_NAMES: dict[str, SectionKind] = {
    name.strip(): kind
    for kind, names in _SECTION_NAMES_BY_KIND.items()
    for name in names.split("|")
}

# First words of the names (and of "my ...", "... details" forms): most lines of a resume
# start with none of them and need no closer look.
FIRST_WORDS = frozenset({name.split()[0] for name in SECTION_NAMES} | {"my"})

# Names that are also ordinary words inside a section ("Tools", "Languages" within
# Skills): recognised on their own line only when styled as a heading.
WEAK_SECTION_NAMES = frozenset(
    (
        "languages tools technologies training community contributions expertise strengths "
        "writing other additional activities project courses studies overview introduction "
        "portfolio recognition about"
    ).split()
)

_NOT_LETTERS = re.compile(r"[^a-z ]+")
_SPACES = re.compile(r" {2,}")


def normalise_heading(text: str) -> str:
    """``"Education & Training:"`` -> ``"education and training"``."""
    lowered = text.lower()
    if (
        lowered.isascii()
        and lowered.replace(" ", "").isalpha()
        and "  " not in lowered
        and lowered[0] != " "
        and lowered[-1] != " "
    ):
        return lowered  # already plain words: the common case, without the substitutions
    lowered = lowered.replace("&", " and ").replace("/", " and ").replace("+", " and ")
    lowered = lowered.replace("-", " ")
    return _SPACES.sub(" ", _NOT_LETTERS.sub("", lowered)).strip()


# Words that make a phrase a job title ("Senior Backend Engineer", "Head of Platform").
_TITLE_WORDS = frozenset(
    (
        "engineer engineers developer developers dev architect architects lead leader manager "
        "intern internship consultant sre analyst administrator admin programmer scientist "
        "head director cto cio ceo coo vp founder cofounder owner specialist officer associate "
        "assistant technician designer tester qa devops dba researcher fellow trainee "
        "apprentice contractor freelance freelancer principal coordinator executive supervisor "
        "expert professor lecturer teacher tutor instructor president partner maintainer "
        "contributor volunteer mentor organizer organiser representative member technologist "
        "evangelist advocate staff chief"
    ).split()
)
_WORD = re.compile(r"[a-z]+")


def has_title_word(text: str) -> bool:
    """Whether ``text`` holds a job-title word; a set lookup, faster than a big regex."""
    return not _TITLE_WORDS.isdisjoint(_WORD.findall(text.lower()))


# Words of skill, topic and heading phrases ("Software Development", "ITIL Management",
# "Computer Proficiency") that no personal name is made of; common surnames are left out.
NOT_NAME_WORDS = frozenset(
    (
        "software development testing test tests management automation automated "
        "programming engineering design analysis analytics data science sciences computer "
        "computers computing proficiency knowledge skills skill systems system network "
        "networks networking web cloud technology technologies technical database databases "
        "services service solutions learning machine application applications operations "
        "support security quality assurance business marketing finance accounting project "
        "projects product products process processes training certification certifications "
        "certified professional experience experiences summary objective objectives profile "
        "career resume curriculum vitae details information languages language tools "
        "framework frameworks platform platforms interest interests hobbies achievements "
        "awards education academic academics qualification qualifications responsibilities "
        "responsibility strengths competencies expertise areas ability abilities mistakes "
        "excellent basics advanced intermediate windows linux java python javascript sql html "
        "css oracle sap itil agile scrum microsoft office excel communication teamwork "
        "leadership declaration references personal contact phone email address domain "
        "environment client role roles duration period company university college school "
        "institute pvt ltd limited"
    ).split()
)
# Lower-case words a personal name may hold: "Jan van der Berg", "Ana de la Cruz".
NAME_PARTICLES = frozenset(
    "van von der den de del della di da das dos du la le bin binti ibn al el y e ten ter zu".split()
)


# Legal suffixes that end a company name: "Acme, Inc." is one name, not name + place.
COMPANY_SUFFIX = re.compile(
    r"^(?:inc|llc|ltd|limited|gmbh|ag|sa|s\.a|sas|bv|b\.v|nv|plc|corp|corporation|co|"
    r"company|pvt\.?\s*ltd|pty\.?\s*ltd|oy|ab|as|aps|kg|se|srl|s\.r\.l|spa|s\.p\.a)\.?$",
    re.IGNORECASE,
)
# Words that only a company name carries (not "Software" or "Systems": titles have those):
# \b(?:inc|llc|ltd|gmbh|ag|corp|corporation|plc|pvt|limited|technologies|labs|ventures|
# bank|sarl|s\.a)\b\.? in any case. Written to start with a character class of the first
# letters (and "İ", "ı" and "ſ", which IGNORECASE reads as "i" and "s"), which the regex
# engine skips to: tried at every position, the plain form cost 15,000 instructions for a
# short title. Only whether it matches counts.
COMPANY_WORDS = re.compile(
    r"[iIİılLgGaAcCpPtTvVbBsSſ](?<!\w.)"
    r"(?i:(?<=i)nc|(?<=l)(?:lc|td|imited|abs)|(?<=g)mbh|(?<=a)g|(?<=c)orp(?:oration)?"
    r"|(?<=p)(?:lc|vt)|(?<=t)echnologies|(?<=v)entures|(?<=b)ank|(?<=s)(?:arl|\.a))\b"
)
# Kinds of employment that are neither a place nor a company.
EMPLOYMENT_TYPES = re.compile(
    r"^(?:full[- ]?time|part[- ]?time|contract|contractor|freelance|internship|temporary|"
    r"permanent|self[- ]employed|hybrid|on[- ]?site)$",
    re.IGNORECASE,
)
