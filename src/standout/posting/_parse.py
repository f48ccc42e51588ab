"""Assembling a ``Posting`` from a document: parts, requirements, years, degree, terms."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from standout.errors import EmptyPostingError
from standout.model.document import Document
from standout.model.posting import (
    DegreeRequirement,
    Importance,
    PartKind,
    Posting,
    PostingPart,
    Requirement,
    Statement,
    YearsRequirement,
)
from standout.model.skills import Mention
from standout.posting import _cues, _headings, _levels, _terms, _years
from standout.posting._segment import Segmentation, Unit, segment

_IGNORED_PARTS = frozenset({PartKind.ABOUT, PartKind.BENEFITS})
# Parts where the posting asks for something: their words weigh double among its terms.
_ASKING_PARTS = frozenset({PartKind.REQUIREMENTS, PartKind.NICE_TO_HAVE, PartKind.RESPONSIBILITIES})
# A unit that is a bare list of technologies ("Python, Go, Kafka, PostgreSQL"), where
# ambiguous names such as "Go" or "C" can be taken at their word.
_LIST_ITEM = re.compile(r"^[\w.+#/ -]{1,30}$")
# Where two words were glued when a posting lost its line breaks ("applicationsQuickly").
_GLUE_SEAM = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2,})")
_RANK = {None: 0, Importance.NICE: 1, Importance.MUST: 2}


@dataclass(slots=True)
class _Asked:
    """What the posting says about one skill so far."""

    mention: Mention
    importance: Importance | None
    statement: Statement
    alternatives: tuple[str, ...]
    years: float | None = None
    statements: list[Statement] = field(default_factory=list)


def _extract(text: str, list_spans: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """Skill mentions, including those glued to the next word ("CassandraStrong")."""
    from standout.skills.extract import default_extractor

    extractor = default_extractor()
    found = extractor.mentions(text, list_spans=list_spans)
    seams = [m.start() for m in _GLUE_SEAM.finditer(text)]
    if not seams:
        return found
    # Extract again from a copy with a space at every seam, then map offsets back; a
    # mention that overlaps one of the first pass ("Java" in "JavaScript") is dropped.
    pieces = [text[a:b] for a, b in zip([0, *seams], [*seams, len(text)], strict=True)]
    spaced = " ".join(pieces)
    taken = [(m.start, m.end) for m in found]
    extra: list[Mention] = []
    for mention in extractor.mentions(spaced):
        start = mention.start - _inserted_before(seams, mention.start)
        end = mention.end - _inserted_before(seams, mention.end)
        if end - start != mention.end - mention.start:
            continue  # it spans a seam: not a name as written
        if any(a < end and start < b for a, b in taken):
            continue
        extra.append(replace(mention, text=text[start:end], start=start, end=end))
    return sorted([*found, *extra], key=lambda m: m.start)


def _inserted_before(seams: Sequence[int], spaced_offset: int) -> int:
    """How many seam spaces stand before an offset of the spaced copy."""
    count = 0
    for index, seam in enumerate(seams):
        if seam + index < spaced_offset:
            count += 1
        else:
            break
    return count


def _looks_like_list(text: str) -> bool:
    items = [item.strip() for item in re.split(r",|/|\band\b|\bor\b", text) if item.strip()]
    if ":" in text:
        items = [item.strip() for item in re.split(r",|/", text.split(":", 1)[1]) if item.strip()]
    return len(items) >= 3 and all(_LIST_ITEM.match(item) for item in items)


def _within(
    mentions: Sequence[Mention], starts: Sequence[int], start: int, end: int
) -> list[Mention]:
    index = bisect_left(starts, start)
    found: list[Mention] = []
    while index < len(mentions) and mentions[index].start < end:
        found.append(mentions[index])
        index += 1
    return found


def _statement(unit: Unit, mentions: Sequence[Mention]) -> Statement:
    return Statement(unit.text, unit.line, unit.start, unit.end, unit.part, tuple(mentions))


def _parts(
    document: Document, segmentation: Segmentation, mentions: Sequence[Mention], starts: list[int]
) -> tuple[PostingPart, ...]:
    parts: list[PostingPart] = []
    text_end = len(document.text)
    for index, part in enumerate(segmentation.parts):
        end = (
            segmentation.parts[index + 1].start if index + 1 < len(segmentation.parts) else text_end
        )
        last_line = document.line_at(max(part.start, end - 1)).number
        parts.append(
            PostingPart(
                part.kind,
                part.heading,
                part.start,
                end,
                part.first_line,
                last_line,
                tuple(_within(mentions, starts, part.start, end)),
            )
        )
    return tuple(parts)


def _title_line(document: Document, title: str | None) -> tuple[str | None, int | None]:
    """The posting's title, and the line it stands on when it comes from the document."""
    if title:
        return title.strip(), None
    for line in document.lines[:3]:
        text = line.text.strip(" #*_")
        if not text:
            continue
        if _TITLE_FIELD.match(text):
            break  # "Role: Java developerLocation: Boston": read the field below
        if _reads_as_title(text) and _headings.line_heading(text) is None:
            return text.rstrip(" :"), line.number
        break
    return _title_field(document)


# Words that make a line a sentence about the job rather than its name ("We are hiring!");
# in capitals they are names ("Director of IS").
_SENTENCE_WORDS = frozenset(
    "we we're our you you're your us is are was were will would looking seeking hiring "
    "join apply send contact".split()
)
# A line may end with an abbreviation's full stop and still be a name ("...Events Co.").
_ABBREVIATION_END = re.compile(r"\b(?:Co|Inc|Ltd|Corp|LLC|Sr|Jr|Mgr)\.$", re.IGNORECASE)


def _reads_as_title(text: str) -> bool:
    """Whether a first line names the job: short, and no sentence.

    Job boards' titles run long and shout ("Web Developer - JavaScript expert!",
    "PeopleSoft ELM Developer:", "SAP PP, MM or SD with MDG - Senior Manager (Technology
    Capability)"), so a longer line, a closing "!" or ":" is a title as long as it holds no
    sentence words; a full stop (other than an abbreviation's) or a question is a sentence.
    """
    words = len(text.split())
    if words > 16 or len(text) > 110:
        return False
    if text.endswith("?") or (text.endswith(".") and not _ABBREVIATION_END.search(text)):
        return False
    plain = words <= 10 and len(text) <= 90 and not text.endswith((":", "!"))
    return plain or not any(
        word.lower() in _SENTENCE_WORDS and not word.isupper()
        for word in re.findall(r"[A-Za-z']+", text)
    )


# "Title: Java ArchitectLocation: Denver": the field job boards put in the body, ending at
# the next field (glued or not), a dash, a sentence end or the line's end.
_TITLE_FIELD = re.compile(
    r"(?:\b(?:Job\s+|Position\s+)?Title|^(?:Role|Position))\s*:\s*"
    r"(?P<title>[A-Za-z][^:\n]{1,90}?)"
    r"(?=[A-Z][a-z]+\s*:|(?:Job|Work|Pay|Location|Duration|Salary|Description|Type|Rate|"
    r"Client|Start|Compensation|Department)\b|\s+[-–|]\s|(?<!Sr)(?<!Jr)\.(?:\s|$)|[;\n]|$)",
    re.MULTILINE,
)


def _title_field(document: Document) -> tuple[str | None, int | None]:
    found = _TITLE_FIELD.search(document.text, 0, 2000)
    if found is None:
        return None, None
    text = found.group("title").strip(" ,")
    if not text or len(text.split()) > 10:
        return None, None
    return text, document.line_at(found.start("title")).number


def build_posting(document: Document, *, title: str | None = None) -> Posting:
    """The posting a document holds; raises ``EmptyPostingError`` when it has no text."""
    if not document.text.strip():
        raise EmptyPostingError(
            f"The posting '{document.source}' has no text.",
            hint="Paste the job description's full text (requirements included) and try again.",
        )
    mentions = _extract(document.text)
    segmentation = segment(document, [(m.start, m.end) for m in mentions])
    list_spans = [(u.start, u.end) for u in segmentation.units if _looks_like_list(u.text)]
    if list_spans:
        mentions = _extract(document.text, list_spans)
    starts = [m.start for m in mentions]
    title_text, title_line = _title_line(document, title)

    from standout.skills.extract import default_extractor

    implied = default_extractor().implied
    structured = any(
        part.kind in (PartKind.REQUIREMENTS, PartKind.NICE_TO_HAVE) for part in segmentation.parts
    )
    asked: dict[str, _Asked] = {}
    overall: list[tuple[bool, _years.YearsHit, Unit]] = []
    degree: DegreeRequirement | None = None
    responsibilities: list[Statement] = []
    term_inputs: list[tuple[str, int, Sequence[tuple[int, int]]]] = []
    for unit in segmentation.units:
        unit_mentions = _within(mentions, starts, unit.start, unit.end)
        statement = _statement(unit, unit_mentions)
        spans = [(m.start - unit.start, m.end - unit.start) for m in unit_mentions]
        if unit.part is PartKind.RESPONSIBILITIES:
            responsibilities.append(statement)
        if unit.part in _IGNORED_PARTS:
            term_inputs.append((unit.text, 0, spans))
            continue
        base = _cues.default_importance(unit.part, unit.text, structured=structured)
        hits = _years.find_years(unit.text, unit.start, unit_mentions)
        if base is None and any(hit.overall or hit.skills for hit in hits):
            # "10 years of experience in software development" asks for something
            # wherever it stands: job-board postings often glue it to the duties.
            base = Importance.MUST
        # Legal notices say "required" too: outside the asking parts, a unit asks for
        # something when it asks for a skill.
        asking = unit.part in _ASKING_PARTS or (base is not None and bool(unit_mentions))
        term_inputs.append((unit.text, _terms.ASKING_WEIGHT if asking else 1, spans))
        to_learn = _cues.learning_covered(unit.text, unit.start, unit_mentions)
        nice = _cues.nice_covered(unit.text, unit.start, unit_mentions) | to_learn
        unit_is_nice = bool(nice) or _cues.has_nice_cue(unit.text)
        degree = _degree_of(unit, base, degree)
        groups = {
            index: group
            for group in _cues.either_groups(unit.text, unit.start, unit_mentions, implied)
            for index in group
            if index not in to_learn
        }
        years_of: dict[int, float] = {}
        for hit in hits:
            if (hit.overall or hit.skills) and (base is not None or unit_is_nice):
                # Years of one skill are years of experience too: the overall ask is at
                # least the largest figure.
                soft = base is Importance.NICE or _cues.nice_near(unit.text, hit.start, hit.end)
                overall.append((soft, hit, unit))
            for index in hit.skills:
                years_of[index] = max(years_of.get(index, 0.0), hit.minimum)
        teams = _cues.teams_named(unit.text, unit.start, unit_mentions)
        for index, mention in enumerate(unit_mentions):
            wanted = None if index in teams else Importance.NICE if index in nice else base
            alternatives = tuple(
                unit_mentions[i].skill_id
                for i in groups.get(index, ())
                if unit_mentions[i].skill_id != mention.skill_id
            )
            _note(asked, mention, wanted, statement, alternatives, years_of.get(index))
    _title_skills_are_musts(asked, title_text, title_line)

    requirements = _requirements(asked)
    years = _overall_years(overall)
    top_years = max((r.years or 0.0 for r in requirements), default=0.0)
    seniority, source = _levels.infer_seniority(
        title_text, document.text, years.minimum if years else (top_years or None)
    )
    warnings = _warnings(requirements, years, degree)
    return Posting(
        document=document,
        title=title_text,
        seniority=seniority,
        seniority_source=source,
        years=years,
        requirements=requirements,
        degree=degree,
        responsibilities=tuple(responsibilities),
        parts=_parts(document, segmentation, mentions, starts),
        terms=_terms.key_terms(term_inputs),
        warnings=warnings,
    )


def _degree_of(
    unit: Unit, base: Importance | None, current: DegreeRequirement | None
) -> DegreeRequirement | None:
    """The degree a unit asks for, when it beats the one found so far (a firm ask wins)."""
    found = _levels.find_degree(unit.text)
    if found is None or (current is not None and current.importance is Importance.MUST):
        return current
    soft = base is Importance.NICE or _cues.nice_near(unit.text, found.start, found.end, reach=80)
    if current is not None and soft:
        return current
    importance = Importance.NICE if soft else Importance.MUST
    return DegreeRequirement(
        found.level, found.fields, found.equivalent, importance, unit.text, unit.line
    )


def _title_skills_are_musts(
    asked: dict[str, _Asked], title: str | None, title_line: int | None
) -> None:
    """A skill in the job title ("Senior Go Engineer") is a must-have wherever else it stands."""
    if not title:
        return
    for mention in _extract(title):
        current = asked.get(mention.skill_id)
        if current is not None:
            current.importance = Importance.MUST
            continue
        statement = Statement(title, title_line or 0, 0, 0, PartKind.INTRO, (mention,))
        asked[mention.skill_id] = _Asked(mention, Importance.MUST, statement, (), None, [statement])


def _note(
    asked: dict[str, _Asked],
    mention: Mention,
    importance: Importance | None,
    statement: Statement,
    alternatives: tuple[str, ...],
    years: float | None,
) -> None:
    current = asked.get(mention.skill_id)
    if current is None:
        asked[mention.skill_id] = _Asked(
            mention, importance, statement, alternatives, years, [statement]
        )
        return
    current.statements.append(statement)
    if years is not None:
        current.years = max(current.years or 0.0, years)
    if _RANK[importance] > _RANK[current.importance] or (
        _RANK[importance] == _RANK[current.importance] and current.alternatives and not alternatives
    ):
        current.importance = importance
        current.statement = statement
        current.alternatives = alternatives


def _requirements(asked: dict[str, _Asked]) -> tuple[Requirement, ...]:
    """Requirements in posting order; skills only seen as context follow the posting's tone."""
    any_must = any(a.importance is Importance.MUST for a in asked.values())
    context_level = Importance.NICE if any_must else Importance.MUST
    requirements: list[Requirement] = []
    for skill_id, item in asked.items():
        importance = item.importance or context_level
        requirements.append(
            Requirement(
                skill_id=skill_id,
                name=item.mention.name,
                category=item.mention.category,
                importance=importance,
                years=item.years,
                statement=item.statement,
                alternatives=tuple(a for a in item.alternatives if a in asked),
                from_context=item.importance is None,
            )
        )
    return tuple(requirements)


def _overall_years(found: list[tuple[bool, _years.YearsHit, Unit]]) -> YearsRequirement | None:
    if not found:
        return None
    firm = [entry for entry in found if not entry[0]] or found
    _, hit, unit = max(firm, key=lambda entry: entry[1].minimum)
    return YearsRequirement(
        hit.minimum,
        hit.maximum,
        unit.text[hit.start : hit.end],
        unit.line,
        unit.start + hit.start,
        unit.start + hit.end,
    )


def _warnings(
    requirements: Sequence[Requirement],
    years: YearsRequirement | None,
    degree: DegreeRequirement | None,
) -> tuple[str, ...]:
    if not requirements and years is None and degree is None:
        return (
            "No requirements recognised in this posting: no skills, years of experience or "
            "degree. The match score rests on seniority alone; check that the whole job "
            "description was given.",
        )
    if not requirements:
        return ("The posting names no skills; the match rests on years, seniority and degree.",)
    return ()
