"""The achievement check of one bullet: outcome, impact, verb, weak phrases, length.

A bullet *has an outcome* when it states a measurable result. What counts:

* percentages ("40%", "4 percentage points"), multipliers ("3x", "10×", "doubled",
  "in half", "10 times faster"), nines of availability ("99.99% uptime", "five nines");
* money ("$2M", "€40k", "six figures"), data sizes ("8 TB"), magnitudes ("1.2M", "10k");
* rates ("4,000 rps", "1.2M messages/day", "15 engineer-hours per week");
* latencies ("p99 35 ms", "2.3 s"); longer durations only as a change or a bound
  ("saved 3 weeks", "to under 5 minutes", "within 5 minutes", "two weeks early");
* before and after ("from 20 to 6 minutes") when a change verb or a unit makes it a
  measurement — "upgraded Django from 1.11 to 3.2" is a version change, not an outcome;
* counts of things affected or delivered ("40 microservices", "300 unit tests",
  "used by 200 engineers", "hundreds of hours"), and "zero downtime".

What does not count: versions ("v2.0", "Python 3.11", "Java 8", "HTTP/2", "OAuth 2.0"),
years ("2019"), names with numbers ("ISO 27001", "SOC 2", "OWASP Top 10", "Fortune 500",
"P1", "Tier 1"), "24/7", hyphenated adjectives ("a 9-month migration", "30-second health
checks"), configured limits ("rate limiting at 100 requests per minute"), and the size of a
team one leads, manages, mentors or belongs to ("team of 5", "managed 3 direct reports",
"mentored 4 developers"): a team size is context, not a result. A hiring count ("hired 6
engineers") and people served ("used by 200 engineers") are results.

Score (0-100) = 45 for an outcome + 20 for a strong leading verb (10 for a plain one, 0 for
none or a weak opening) + 15 for a length of 8-35 words + 10 without weak phrases + 10
without buzzwords.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from standout.assess._figures import FIGURE_WORDS, CountRules, compile_count_rules, find_figures
from standout.assess._phrases import PhraseMatcher, lower_same_length
from standout.data import load_json
from standout.model._build import constructor
from standout.model.report import BulletCheck, ImpactKind

_IMPACT_ORDER = tuple((kind.value, kind) for kind in ImpactKind)
_OPENING_NOUNS = frozenset({"responsible", "involved", "duties", "tasked", "exposure", "familiar"})
_WORD_STRIP = "()[]{}\"'“”‘’,;:.!?-–—•*"
_CURRENCY = re.compile("[$€£¥]")
_bullet_check = constructor(BulletCheck)


@dataclass(slots=True)
class _Meaning:
    """Everything one lexicon phrase means for the bullet check, merged at load time so
    that a hit costs a handful of attribute reads."""

    figure: str | None = None  # a figure word's kind ("multiplier", "quantity", "from"…)
    change: bool = False  # a change word: "reduced", "grew"…
    impacts: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    weak: str | None = None
    buzz: str | None = None


@dataclass(frozen=True, slots=True)
class _Rules:
    min_words: int
    max_words: int
    points: dict[str, int]
    strong_verbs: frozenset[str]
    neutral_verbs: frozenset[str]
    verb_forms: dict[str, str]  # "mentor", "builds", "designing" -> "mentored", "built", ...
    lexicon: PhraseMatcher[_Meaning]
    topic_order: tuple[str, ...]
    topic_patterns: dict[str, str]
    counts: CountRules


@cache
def _rules() -> _Rules:
    data = load_json("framework.json")["achievements"]
    meanings: dict[str, _Meaning] = {}

    def meaning(phrase: str) -> _Meaning:
        return meanings.setdefault(phrase.strip().lower(), _Meaning())

    for phrase in data["weak_phrases"]:
        meaning(phrase).weak = phrase
    for phrase in data["buzzwords"]:
        meaning(phrase).buzz = phrase
    for phrase in data["change_words"]:
        meaning(phrase).change = True
    for phrase, kind in FIGURE_WORDS:
        meaning(phrase).figure = kind
    for kind, words in data["impact_keywords"].items():
        ImpactKind(kind)  # fail loudly on a typo in the data
        for word in words:
            meaning(word).impacts |= {kind}
    topic_order = []
    topic_patterns = {}
    for topic in data["rewrite_patterns"]:
        topic_order.append(topic["topic"])
        topic_patterns[topic["topic"]] = topic["pattern"]
        for word in topic["keywords"]:
            meaning(word).topics |= {topic["topic"]}
    return _Rules(
        min_words=int(data["length"]["min_words"]),
        max_words=int(data["length"]["max_words"]),
        points={k: int(v) for k, v in data["score_points"].items()},
        strong_verbs=frozenset(data["strong_verbs"]),
        neutral_verbs=frozenset(data["neutral_verbs"]),
        verb_forms=verb_forms([*data["strong_verbs"], *data["neutral_verbs"]]),
        lexicon=PhraseMatcher(meanings.items()),
        topic_order=tuple(topic_order),
        topic_patterns=topic_patterns,
        counts=compile_count_rules(data["count_nouns"], data["scope_words"]),
    )


def check_bullet(
    text: str,
    *,
    line: int = 0,
    role_index: int | None = None,
    project_index: int | None = None,
) -> BulletCheck:
    """The achievement check of one bullet (see the module docstring for the rules)."""
    rules = _rules()
    tokens = text.split()
    clean = " ".join(tokens)
    lowered = lower_same_length(clean)
    weak: list[str] = []
    buzz: list[str] = []
    impact_tags: set[str] = set()
    topics: set[str] = set()
    anchors: list[tuple[int, int, str]] = []
    has_change = False
    weak_at_start = False
    for start, end, _phrase, (found,) in rules.lexicon.find(lowered):
        if found.figure is not None:
            anchors.append((start, end, found.figure))
        if found.change:
            has_change = True
        if found.impacts:
            impact_tags |= found.impacts
        if found.topics:
            topics |= found.topics
        if found.weak is not None and found.weak not in weak:
            weak.append(found.weak)
            weak_at_start = weak_at_start or start == 0
        if found.buzz is not None and found.buzz not in buzz:
            buzz.append(found.buzz)
    if len(weak) > 1:  # "helped" inside "helped with" is one weak phrase, not two
        weak = [w for w in weak if not any(w != other and w in other for other in weak)]
    outcomes = tuple(find_figures(clean, anchors, has_change, rules.counts))
    has_outcome = bool(outcomes)
    impacts: tuple[ImpactKind, ...] = ()
    if has_outcome:
        # money that is not revenue is a cost or a saving
        if "revenue" not in impact_tags and _CURRENCY.search("".join(outcomes)):
            impact_tags.add("cost")
        impacts = tuple([k for v, k in _IMPACT_ORDER if v in impact_tags])
    verb = _leading_verb(lowered, rules)
    past = rules.verb_forms.get(verb, verb) if verb is not None else None
    strong = past is not None and past in rules.strong_verbs and not weak_at_start
    plain = verb is not None and not strong and not weak_at_start
    words = len(tokens)  # the words of ``clean``, which only has single spaces
    length_ok = rules.min_words <= words <= rules.max_words
    points = rules.points
    score = (
        (points["outcome"] if has_outcome else 0)
        + (points["strong_verb"] if strong else points["neutral_verb"] if plain else 0)
        + (points["length"] if length_ok else 0)
        + (0 if weak else points["no_weak_phrase"])
        + (0 if buzz else points["no_buzzword"])
    )
    suggestion = None
    if not has_outcome:
        topic = next((t for t in rules.topic_order if t in topics), rules.topic_order[-1])
        suggestion = rules.topic_patterns[topic]
    return _bullet_check(  # BulletCheck's fields, in order
        line,
        clean,
        role_index,
        project_index,
        has_outcome,
        outcomes,
        impacts,
        verb,
        strong,
        tuple(weak),
        tuple(buzz),
        words,
        length_ok,
        min(100, score),
        suggestion,
    )


def _leading_verb(lowered: str, rules: _Rules) -> str | None:
    """The bullet's first word when it is a verb, skipping adverbs like 'successfully'."""
    for token in lowered.split(maxsplit=3)[:3]:
        word = token.strip(_WORD_STRIP)
        if not word:
            continue
        if word.endswith("ly") and word not in rules.strong_verbs:
            continue
        if word in rules.strong_verbs or word in rules.neutral_verbs or word in _OPENING_NOUNS:
            return word
        if word in rules.verb_forms:  # the present tense of a current role: "Mentor two..."
            return word
        if word.endswith("ed") and len(word) > 4 and word.isalpha():
            return word
        return None
    return None


# Past forms whose other forms are not the regular ones.
_IRREGULAR = {
    "brought": "bring", "built": "build", "cut": "cut", "dealt": "deal", "did": "do",
    "drove": "drive", "got": "get", "grew": "grow", "led": "lead", "made": "make",
    "ran": "run", "rebuilt": "rebuild", "rewrote": "rewrite", "set": "set", "shrank": "shrink",
    "sped": "speed", "took": "take", "won": "win", "wrote": "write",
}  # fmt: skip
# Never a verb's present form here: "used" must not make "us" one, nor "was" a "wa".
_NOT_VERB_FORMS = frozenset({"us", "wa", "wer", "built-in"})


def verb_forms(past_verbs: list[str]) -> dict[str, str]:
    """The present, third-person and -ing forms of each past-tense verb, mapped to it.

    Resumes write the current role in the present ("Mentor two engineers", "Designs and
    builds the payments API", "Leading the migration"): the same verbs as "mentored",
    "designed", "led". Regular forms are derived from the spelling; a wrong guess such
    as "designe" never occurs in a resume, so it does no harm.
    """
    forms: dict[str, str] = {}
    for past in past_verbs:
        for base in _bases(past):
            if len(base) < 3 or base in _NOT_VERB_FORMS:
                continue
            for form in (base, _third_person(base), _present_participle(base)):
                forms.setdefault(form, past)
    for past in past_verbs:
        forms.pop(past, None)  # a past form stays itself ("set", "cut", "read")
    return forms


def _bases(past: str) -> tuple[str, ...]:
    if past in _IRREGULAR:
        return (_IRREGULAR[past],)
    if not past.endswith("ed"):
        return ()
    stem = past[:-2]
    if past.endswith("ied"):
        return (past[:-3] + "y",)  # unified -> unify
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeioulsz":
        return (stem[:-1],)  # shipped -> ship, debugged -> debug
    return (stem, past[:-1])  # designed -> design, automated -> automate


def _third_person(base: str) -> str:
    if base.endswith(("s", "x", "z", "sh", "ch", "o")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def _present_participle(base: str) -> str:
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return base[:-1] + "ing"
    if base in {"ship", "cut", "set", "run", "win", "debug", "plan", "drop", "trim", "scan"}:
        return base + base[-1] + "ing"
    return base + "ing"
