"""How much a posting insists on each skill of a unit: must, nice, or only context.

The part a unit sits in gives the default (under "Requirements" a skill is a must-have,
under "Bonus points" a nice-to-have, under "Responsibilities" context). Phrasing then
adjusts it per skill: "Kafka is a plus" or "ideally Go" makes those skills nice-to-haves
even under "Requirements"; in a posting without headings, requirement phrasing ("must",
"experience with", "knowledge of") makes a sentence's skills must-haves.

A "nice" phrase covers only the skills it speaks about: a trailing cue ("X and Y a plus")
covers the list of skills just before it, a leading cue ("ideally X or Y") the skills after
it up to the end of its clause, a parenthesised cue ("Go (preferred)") the item it closes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from standout.model.posting import Importance, PartKind
from standout.model.skills import Mention

_NICE = re.compile(
    r"\b(?:(?:is|are|would\s+be|will\s+be|as)\s+)?(?:an?\s+(?:big\s+|huge\s+|strong\s+|definite\s+|"
    r"major\s+|nice\s+|real\s+|added\s+)?(?:plus|bonus|advantage|asset)|(?:highly\s+|strongly\s+)?"
    r"(?:preferred|desired|desirable|preferable|preferably)|nice[\s-]to[\s-]haves?|good[\s-]to[\s-]have|"
    r"would\s+be\s+(?:great|nice|ideal|helpful|beneficial|a\s+plus)|helpful|beneficial|"
    r"not\s+required|not\s+a\s+must|optional(?:ly)?|ideally|bonus(?:\s+points)?|extra\s+(?:points|credit)|"
    r"even\s+better|pluses|plus(?=\s*[:)])|(?<=[(,]\s)plus|(?<=\()plus|^plus\b)",
    re.IGNORECASE,
)
# Phrasing that offers a skill to learn on the job ("eager to learn Scala").
_LEARNING = re.compile(
    r"\b(?:interest(?:ed)?\s+in|eager(?:ness)?\s+to|willing(?:ness)?\s+to|keen\s+to|"
    r"desire\s+to|opportunit(?:y|ies)\s+to|chance\s+to|get\s+to|you(?:'|’)?ll|will)\s+"
    r"(?:learn(?:ing)?|pick(?:ing)?\s+up)\b",
    re.IGNORECASE,
)
# What stands before a team's name ("co-ordinating with QA", "partner with the SRE team").
_TEAM_LEAD = re.compile(
    r"\b(?:co-?ordinat\w*|collaborat\w*|liais\w*|partner\w*|interfac\w*|work\w*\s+closely)"
    r"\s+(?:closely\s+)?with\s+(?:the\s+|our\s+)?$",
    re.IGNORECASE,
)
_STRONG_MUST = re.compile(
    r"\b(?:must|required|requirements?(?=\s*[:\-–])|mandatory|essential|need\s+to\s+have|should\s+have|"
    r"at\s+least|minimum|you\s+have|you\s+bring|you'll\s+need|you\s+need|"
    r"should\s+(?:be|have|know))\b",
    re.IGNORECASE,
)
# Phrasing that shows a sentence asks for a skill ("experience with", "strong Go").
_ASKING = re.compile(
    r"\b(?:experience\s+(?:with|in|using|building|developing|of)|experienced|knowledge\s+of|"
    r"understanding\s+of|proficien\w*|expert\w*|skilled|skills?\s+in|familiar\w*|background\s+in|"
    r"fluen\w+|hands[\s-]on|strong|solid|deep|years?|degree|ability\s+to|"
    r"competen\w+|command\s+of|comfortable|working\s+knowledge|track\s+record|exposure\s+to)\b",
    re.IGNORECASE,
)
# Softer phrasing that asks only where the posting has no requirement headings: with them,
# "we are looking for a lead engineer to move us to Azure" is the story, not the list.
_ASKING_LOOSELY = re.compile(
    r"\b(?:looking\s+for|ideal\s+candidate|candidates?\s+(?:should|will|with)|"
    r"qualifications?)\b",
    re.IGNORECASE,
)
# Phrasing that states a qualification, not a duty, even under "Responsibilities": postings
# without requirement headings often run their qualifications on under the duties.
_QUALIFICATION = re.compile(
    r"\b(?:experience\s+(?:with|in|using|of)|knowledge\s+of|understanding\s+of|"
    r"proficien\w*\s+(?:in|with)|familiar\w*\s+with|background\s+in|expertise\s+in)\b",
    re.IGNORECASE,
)
_CLAUSE_AND = re.compile(r"\band\b(?!/)", re.IGNORECASE)
_HARD_BOUNDARY = re.compile(r"[.;:!?]\s|\bbut\b|\bwhile\b|\bwhereas\b")
# What may stand between two skills of one list ("Java, Kotlin or Scala", "AWS/GCP").
# An article may follow the conjunction: "Linux, AIX, or a Unix derived OS".
_LIST_GLUE = re.compile(
    r"^(?:[\s,/&()+]|\band/or\b|\band\b|\bor\b|\betc\.?|\ban?\b|\bthe\b)*$", re.IGNORECASE
)
_EITHER_GLUE = re.compile(r"/|\bor\b", re.IGNORECASE)
_WORD_OR = re.compile(r"\bor\b", re.IGNORECASE)
_AND_GLUE = re.compile(r"&|\band\b", re.IGNORECASE)
_EXAMPLES_LEAD = re.compile(
    r"(?:such\s+as|e\.g\.?|for\s+example|for\s+instance|like|one\s+of|any\s+of|one\s+or\s+more\s+of|"
    r"either|ex\.|i\.e\.?)[\s:(]*(?:the\s+following[\s:]*)?$",
    re.IGNORECASE,
)


_UMBRELLA_JOIN = "such as"  # the glue noted for an umbrella joined to its examples
_UMBRELLA_GLUE = re.compile(
    r"^\s*[,(:]?\s*(?:such\s+as|e\.g\.?|for\s+example|like|i\.e\.?)[\s:,]*$", re.IGNORECASE
)


def default_importance(part: PartKind, text: str, *, structured: bool) -> Importance | None:
    """What the unit's part and phrasing make of its skills before any "nice" cue.

    ``structured``: the posting has requirement headings, so that outside them only strong
    words ("must", "required") ask for something; otherwise any asking phrase does.
    """
    if part is PartKind.REQUIREMENTS:
        return Importance.MUST
    if part is PartKind.NICE_TO_HAVE:
        return Importance.NICE
    if part in (PartKind.ABOUT, PartKind.BENEFITS):
        return None
    if _STRONG_MUST.search(text):
        return Importance.MUST
    if part is not PartKind.RESPONSIBILITIES and (
        _ASKING.search(text) or (not structured and _ASKING_LOOSELY.search(text))
    ):
        return Importance.MUST
    if not structured and _QUALIFICATION.search(text):
        return Importance.MUST
    return None  # context: the stack the job works with


def _bare_item(item: str, mentions: Sequence[Mention], offset: int) -> bool:
    """A comma-separated item that is nothing but skills and list glue ("and SSL")."""
    rest = item
    for mention in reversed(mentions):
        start, end = mention.start - offset, mention.end - offset
        if 0 <= start and end <= len(item):
            rest = rest[:start] + " " + rest[end:]
    leftover = re.findall(r"[A-Za-z]+", rest)
    return len([w for w in leftover if w.lower() not in {"and", "or", "etc"}]) <= 1


def _ends_with_skill(item: str, mentions: Sequence[Mention], offset: int) -> bool:
    tail = item.rstrip(" ,")
    return any(m.end - offset == len(tail) for m in mentions)


def nice_covered(text: str, base: int, mentions: Sequence[Mention]) -> set[int]:
    """Indexes of ``mentions`` (offsets relative to the document) a "nice" cue covers."""
    covered: set[int] = set()
    for cue in _NICE.finditer(text):
        start, end = cue.start(), cue.end()
        clause_start = 0
        for boundary in _HARD_BOUNDARY.finditer(text, 0, start):
            clause_start = boundary.end()
        asked_first = False  # a must-have phrase opens the clause: its first item is asked
        for must in _STRONG_MUST.finditer(text, clause_start, start):
            clause_start = must.end()
            asked_first = True
            # "Must have VMware and Linux experience is preferred": the must-have phrase
            # ends where "and" opens the clause the cue speaks of.
            joins = list(_CLAUSE_AND.finditer(text, clause_start, start))
            if joins:
                clause_start = joins[-1].end()
        clause_end = len(text)
        following = _HARD_BOUNDARY.search(text, end)
        if following is not None:
            clause_end = following.start()
        next_must = _STRONG_MUST.search(text, end, clause_end)
        if next_must is not None:
            clause_end = next_must.start()
        local = [(i, m.start - base, m.end - base) for i, m in enumerate(mentions)]
        before = [(i, s, e) for i, s, e in local if clause_start <= s and e <= start]
        after = [(i, s, e) for i, s, e in local if end <= s and e <= clause_end]
        parenthesised = text[max(0, start - 2) : start].strip().endswith("(")
        if parenthesised:
            item_start = max(text.rfind(",", clause_start, start), clause_start - 1) + 1
            covered.update(i for i, s, _ in before if s >= item_start)
        elif before and not (after and cue.group().lower().startswith(("ideally", "bonus"))):
            covered.update(
                _trailing_list(
                    text, clause_start, start, before, mentions, base, asked_first=asked_first
                )
            )
        else:
            covered.update(i for i, _, _ in after)
    return covered


def _trailing_list(
    text: str,
    clause_start: int,
    cue_start: int,
    before: list[tuple[int, int, int]],
    mentions: Sequence[Mention],
    base: int,
    *,
    asked_first: bool = False,
) -> set[int]:
    """The skills of the comma-separated list that ends where a trailing cue begins.

    With ``asked_first`` the clause's first item is what its must-have phrase asks for
    ("Must have Python, Kafka preferred"): the cue reaches back to it only when it is the
    cue's own item ("Must have Linux experience preferred").
    """
    cuts = [clause_start - 1, *(m.start() for m in re.finditer(",", text[:cue_start]))]
    cuts = [c for c in cuts if c >= clause_start - 1]
    items = [
        (cuts[k] + 1, cuts[k + 1] if k + 1 < len(cuts) else cue_start) for k in range(len(cuts))
    ]
    covered: set[int] = set()
    for position, (item_start, item_end) in enumerate(reversed(items)):
        inside = [i for i, s, e in before if item_start <= s and e <= item_end]
        item_mentions = [mentions[i] for i in inside]
        if position == 0:
            covered.update(inside)
            if not inside:
                break
            continue
        if asked_first and item_start == clause_start:
            break
        item = text[item_start:item_end]
        if inside and _bare_item(item, item_mentions, base + item_start):
            covered.update(inside)
            continue
        if inside and _ends_with_skill(item, item_mentions, base + item_start):
            covered.update(inside)  # the list's lead-in: "Working knowledge of Routers"
        break
    return covered


def _no_implications(skill_id: str) -> Collection[str]:
    return ()


def either_groups(
    text: str,
    base: int,
    mentions: Sequence[Mention],
    implied: Callable[[str], Collection[str]] = _no_implications,
) -> list[tuple[int, ...]]:
    """Runs of ``mentions`` any one of which satisfies the posting ("AWS, GCP or Azure").

    ``implied`` gives the skills a skill shows (the taxonomy's implications): a general
    skill followed by a bracketed list of its kind ("a relational database (Oracle, SQL
    Server, MySQL)") is a choice, while a pair where one needs the other ("Java/JDBC") is
    not. An "and" inside a run ends a choice: "Java, Spring and Kafka or RabbitMQ" asks for
    Java, Spring and one of Kafka or RabbitMQ.
    """
    groups: list[tuple[int, ...]] = []
    run: list[int] = []
    glues: list[str] = []  # glues[k] stands between run[k] and run[k + 1]

    def close() -> None:
        if len(run) > 1:
            groups.extend(_choices(text, base, mentions, run, glues, implied))

    for index, mention in enumerate(mentions):
        if run:
            previous = mentions[run[-1]]
            glue = text[previous.end - base : mention.start - base]
            if mention.start >= previous.end and _LIST_GLUE.match(glue):
                run.append(index)
                glues.append(glue)
                continue
            if mention.start >= previous.end and _UMBRELLA_GLUE.match(glue):
                # "a relational database such as PostgreSQL or MySQL": the umbrella joins.
                run.append(index)
                glues.append(_UMBRELLA_JOIN)
                continue
            close()
        run = [index]
        glues = []
    close()
    return groups


def _choices(
    text: str,
    base: int,
    mentions: Sequence[Mention],
    run: Sequence[int],
    glues: Sequence[str],
    implied: Callable[[str], Collection[str]],
) -> list[tuple[int, ...]]:
    """The either-or groups of one run of listed skills."""
    lead_end = mentions[run[0]].start - base
    if _UMBRELLA_JOIN in glues or _EXAMPLES_LEAD.search(text[max(0, lead_end - 40) : lead_end]):
        # "one of Go, Rust and Zig", "a scripting language such as Perl": examples,
        # whatever joins them.
        return [tuple(run)]
    umbrella = mentions[run[0]].skill_id
    if glues[0].strip().startswith("(") and all(
        umbrella in implied(mentions[i].skill_id) for i in run[1:]
    ):
        return [tuple(run)]  # "relational database (Oracle, SQL Server, MySQL)"
    choices: list[tuple[int, ...]] = []
    piece = [run[0]]
    piece_glues: list[str] = []
    for index, glue in zip(run[1:], glues, strict=True):
        if _AND_GLUE.search(glue) and not _EITHER_GLUE.search(glue):
            choices.extend(_piece_choices(piece, piece_glues, mentions, implied))
            piece, piece_glues = [index], []
            continue
        piece.append(index)
        piece_glues.append(glue)
    choices.extend(_piece_choices(piece, piece_glues, mentions, implied))
    return choices


def _piece_choices(
    piece: Sequence[int],
    glues: Sequence[str],
    mentions: Sequence[Mention],
    implied: Callable[[str], Collection[str]],
) -> list[tuple[int, ...]]:
    """The choices of a stretch of a run no "and" cuts.

    An "or" makes the whole stretch a choice ("AWS, GCP or Azure"), and so does a list of
    slashed stacks ("NodeJS/Express, Python/Django"). Otherwise a slash joins only the
    names it stands between: "AWS/GCP, Docker, Kubernetes" asks for one of AWS or GCP, and
    for Docker and Kubernetes each.
    """
    if any(_WORD_OR.search(glue) for glue in glues):
        return _choice(piece, mentions, implied)
    items: list[list[int]] = [[piece[0]]]
    for index, glue in zip(piece[1:], glues, strict=True):
        if "/" in glue and "," not in glue:
            items[-1].append(index)
        else:
            items.append([index])
    if len(items) > 1 and all(len(item) > 1 for item in items):
        return _choice(piece, mentions, implied)
    return [choice for item in items for choice in _choice(item, mentions, implied)]


def _choice(
    piece: Sequence[int],
    mentions: Sequence[Mention],
    implied: Callable[[str], Collection[str]],
) -> list[tuple[int, ...]]:
    if len(piece) < 2:
        return []
    if len(piece) == 2:
        first, second = (mentions[i].skill_id for i in piece)
        if first in implied(second) or second in implied(first):
            return []  # "Java/JDBC": one needs the other, both are asked for
    return [tuple(piece)]


def learning_covered(text: str, base: int, mentions: Sequence[Mention]) -> set[int]:
    """Indexes of ``mentions`` the job offers to teach rather than asks for.

    "Be interested in learning technologies like Scala and EmberJS" names what the hire
    may pick up on the job: at most nice-to-haves, never a choice the resume must meet.
    The cue covers the skills after it, to the end of its clause.
    """
    covered: set[int] = set()
    for cue in _LEARNING.finditer(text):
        following = _HARD_BOUNDARY.search(text, cue.end())
        clause_end = following.start() if following is not None else len(text)
        covered.update(
            index
            for index, mention in enumerate(mentions)
            if cue.end() <= mention.start - base and mention.end - base <= clause_end
        )
    return covered


def teams_named(text: str, base: int, mentions: Sequence[Mention]) -> set[int]:
    """Indexes of ``mentions`` that name a team the job works with, not a skill it asks for:
    "co-ordinating with QA", "collaborate closely with DevOps"."""
    return {
        index
        for index, mention in enumerate(mentions)
        if _TEAM_LEAD.search(text, max(0, mention.start - base - 60), mention.start - base)
    }


def has_nice_cue(text: str) -> bool:
    """Whether the unit softens what it asks for anywhere ("preferred", "a plus")."""
    return _NICE.search(text) is not None


def nice_near(text: str, start: int, end: int, *, reach: int = 30) -> bool:
    """Whether a "nice" cue softens the stretch ``start:end`` ("5+ years preferred"): a cue
    within ``reach`` characters of it, in the same clause."""
    for cue in _NICE.finditer(text, max(0, start - reach), min(len(text), end + reach)):
        between = text[min(end, cue.start()) : max(start, cue.end())]
        if not _HARD_BOUNDARY.search(between) and "(" not in between:
            return True
    return False
