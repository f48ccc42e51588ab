"""False friends: set phrases in which a skill's name is an ordinary word or another name.

"go live", "swift delivery", "Spring 2019", "guard rails", "head chef", "Salt Lake", "Elm
Street", "access control", "excel at", "Julia Chen", "QTP V 9.2", "HCL Comnet", "Devise and
implement", "SNS College": the table below lists, per lowercased name, the words that make
it ordinary, and ``is_false_friend`` and ``in_proper_name`` apply them. The context rules
(``standout.skills.context``) consult them before anything that could accept a mention in
prose; the extractor also reads the table to know which names need the strict matching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from standout.skills._words import OBJECT_WORDS, TECH_CUES, word_after

if TYPE_CHECKING:
    from standout.skills.context import Neighbourhood

_YEAR = re.compile(r"(?:19|20)\d\d\b")

# The names of places where a capitalised name may stand: "Elm Street", "Salt Lake".
_PLACE_WORDS = frozenset(
    "street st avenue ave road rd lane drive dr court ct boulevard blvd grove park way"
    " lake city county valley".split()
)


# Last words of organisation names: a capitalised ambiguous name right before one, or one
# capitalised word before one, is part of the name ("SNS College", "Phoenix Microsystems",
# "Go Ayur System"), not a skill.
_ORGANISATION_WORDS = frozenset(
    """college colleges university school institute academy foundation society trust
    hospital bank microsystems system technologies solutions consultancy
    consulting consultants infotech infosystems softech enterprises industries inc ltd
    llc llp pvt plc gmbh corp corporation limited company group""".split()
)
_CAPITALISED_WORD = re.compile(r" ([A-Z][\w&'.]*)")


@dataclass(frozen=True, slots=True)
class FalseFriend:
    """Words beside a name that make it an ordinary word (compared lowercased)."""

    before: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()
    year_after: bool = False  # "Spring 2019" is a season
    name_after: bool = False  # "Julia Chen": a capitalised word after is a surname
    number_before: bool = False  # "a 96 node cluster" counts nodes
    number_after: bool = False  # "QTP V 9.2": the letter opens the tool's version
    verb: bool = False  # "Devise and implement", "Devise a plan": the verb, not the gem


def _friend(
    before: str = "",
    after: str = "",
    *,
    year_after: bool = False,
    name_after: bool = False,
    number_before: bool = False,
    number_after: bool = False,
    verb: bool = False,
) -> FalseFriend:
    return FalseFriend(
        frozenset(before.split()),
        frozenset(after.split()),
        year_after,
        name_after,
        number_before,
        number_after,
        verb,
    )


FALSE_FRIENDS: dict[str, FalseFriend] = {
    "go": _friend(
        "let lets no",
        "live to ahead back beyond through far above out over into onto get deep public"
        " wrong home away forward along off down up green fast big no viral hand extra"
        " further the a an",
    ),
    "rust": _friend("", "belt proof proofing resistant removal colored coloured stain"),
    "swift": _friend(
        "",
        "delivery response resolution turnaround action feedback execution adoption"
        " recovery onboarding decision decisions progress change changes fix fixes growth"
        " rollout transition completion reply replies payment payments code codes message"
        " messages network transfer transfers",
    ),
    "spring": _friend(
        "this last next early late during since until by in",
        "semester term quarter break internship session season cleaning festival fair career"
        " hiring recruiting cohort class graduation intern interns",
        year_after=True,
    ),
    "rails": _friend("guard safety hand train side"),
    "express": _friend(
        "american fedex orient dhl",
        "delivery shipping lane mail interest written consent checkout entry train post"
        " purpose permission line bus scripts mail",
    ),
    "flask": _friend("erlenmeyer lab vacuum volumetric conical"),
    "chef": _friend("head sous pastry executive line private celebrity master", "de"),
    "puppet": _friend("sock hand", "show shows theatre theater government regime state"),
    "salt": _friend("sea rock epsom table", "water lake marsh mine pepper"),
    "meteor": _friend("", "shower showers strike crater"),
    "elm": _friend("", "tree trees"),
    "dart": _friend("", "board boards throwing game"),
    "julia": _friend(
        "with by from thanks told asked mentored coached helped manager colleague dr ms"
        " mrs miss mr dear met",
        name_after=True,
    ),
    "crystal": _friend("", "clear ball palace", name_after=True),
    "ruby": _friend("", "", name_after=True),
    "hack": _friend(
        "growth life quick", "day days week weeks night nights together fest a around on"
    ),
    "scheme": _friend(
        "naming pricing color colour url uri authentication auth versioning encoding"
        " numbering sharding partitioning classification incentive bonus compensation"
        " pension retirement insurance database the a this that our new ponzi service",
        "of for to that which",
    ),
    "access": _friend(
        "based data database remote network privileged admin user read write public private"
        " early open direct gain gained granted provide provided restrict restricted limited"
        " privilege api ssh vpn secure secured controlled unauthorized concurrent random"
        " fast file role-based",
        "control controls management token tokens key keys rights right level levels"
        " pattern patterns log logs policy policies to for point points list lists request"
        " requests review reviews layer time times the restrictions permissions card cards"
        " via across from on",
    ),
    "excel": _friend("", "at in as under within"),
    # "node, zone and region failures", "worker node", "a 96 node cluster"
    "node": _friend(
        "worker master control each per every single one two three multiple leaf root"
        " kubernetes k8s child parent graph tree edge compute storage",
        "zone zones failure failures pool pools group groups count counts affinity"
        " selector selectors port ports exporter drain drains outage outages",
        number_before=True,
    ),
    "nodes": _friend(number_before=True),
    "play": _friend(
        "",
        "store console station role roles a an the key pivotal important major vital"
        " central part games",
    ),
    # "Make changes", "Make it sync": the verb, not the build tool
    "make": _friend(
        "",
        "it sure changes change the a an use decisions decision sense better more improvements"
        " recommendations suggestions sure progress way room time calls",
    ),
    "migrations": _friend(
        "cloud aws azure gcp platform platforms system systems server servers legacy"
        " infrastructure application applications app apps data-center datacenter tenant"
        " customer customers workload workloads vm",
    ),
    "v": _friend(number_after=True),
    # "HCL Comnet", "HCL Infosystems": the company, not HashiCorp's language
    "hcl": _friend(name_after=True),
    "devise": _friend("", "ways way methods strategies solutions plans plan", verb=True),
    "monitoring": _friend("trial patient safety clinical health site compliance", "committee"),
}


def is_false_friend(
    friend: FalseFriend, end: int, before: str, after: str, near: Neighbourhood
) -> bool:
    """Whether the words around a name make it the ordinary word (see ``FalseFriend``)."""
    text = near.text
    after_lower = after.lower()
    if after_lower in friend.after or after_lower in _PLACE_WORDS and after[:1].isupper():
        return True
    if friend.year_after and _YEAR.match(after):
        return True
    if friend.number_before and before.isdigit():
        return True
    if friend.number_after and after[:1].isdigit():
        return True
    if friend.verb and _opens_a_verb_phrase(text, end, after_lower):
        return True
    if friend.name_after and _is_name(text, end, after) and not near.has_anchor_at(end + 1):
        return True
    if end < len(text) and text[end] == "/" and text[end + 1 : end + 3].lower() == "no":
        return True  # "Go/No-Go"
    return bool(before) and before in friend.before


def _opens_a_verb_phrase(text: str, end: int, after: str) -> bool:
    """A determiner or a lowercase verb joined by "and"/"or" follows ("Devise a plan",
    "Devise and implement"): a list of tools would go on with another name."""
    if after in OBJECT_WORDS:
        return True
    if after not in ("and", "or"):
        return False
    following = word_after(text, text.find(after, end) + len(after))
    return following[:1].islower()


def in_proper_name(text: str, start: int, end: int, after: str) -> bool:
    """A capitalised name that begins an organisation's name ("SNS College", "Phoenix
    Microsystems", "Go Ayur System"): the organisation word follows it or the next word."""
    if not text[start].isupper() or not after[:1].isupper():
        return False
    if after.lower() in _ORGANISATION_WORDS:
        return True
    if after.lower() in TECH_CUES:
        return False
    following = _CAPITALISED_WORD.match(text, text.find(after, end) + len(after))
    return following is not None and following.group(1).lower() in _ORGANISATION_WORDS


def _is_name(text: str, end: int, after: str) -> bool:
    """A capitalised word right after (a surname), or a possessive ("Julia's team")."""
    if text[end : end + 2] in ("'s", "\u2019s"):
        return True
    gap = text[end : end + 1]
    return (
        gap == " "
        and after[:1].isupper()
        and after[1:2].islower()
        and after.lower() not in TECH_CUES
    )
