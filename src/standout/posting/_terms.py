"""The posting's own vocabulary: frequent words and phrases that are not taxonomy skills.

Plain counting, no language model: the text is cut into runs of words at punctuation and
stopwords, every 1-3 word n-gram of a run is counted (outside skill mentions), and phrases
win over their single words when they are as frequent. Terms used in the posting's
requirements and responsibilities count double, the boilerplate (benefits, about us) not at all.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from standout.model.posting import KeyTerm

_STOPWORDS = frozenset(
    """
    a about above across after again against all also am an and any are as at be been before
    being below between both but by can could did do does doing down during each either etc
    every few for from further had has have having he her here hers him his how i if in into is
    it its itself just least less may me might more most must my no nor not now of off on once
    only or other our ours out over own per same shall she should so some such than that the
    their theirs them then there these they this those through to too under until up upon us
    very via was we were what when where which while who whom why will with within without
    would you your yours yourself e.g i.e eg ie well new like using use used including etc.
    able ability across along among around based best better build building built candidate
    candidates company day days degree desired environment environments equivalent excellent
    experience experienced expert familiarity field great good help highly ideal ideally job
    join key knowledge least level looking make minimum must nice one plus position preferred
    proven related relevant required requirement requirements responsibilities responsible
    role skill skills solid strong team teams understanding work working world year years
    years' opportunity opportunities apply applicants applicant including include includes
    etc within plus bonus want need needs get take part across ensure provide support people
    high closely other others multiple various wide range similar hands hands-on demonstrated
    demonstrable two three four five six seven eight nine ten first within across full time
    successful success passionate passion love enjoy things thing way ways lot lots
    engineer engineers engineering developer developers development software service services
    backend back-end code codebase product products customer customers user users system
    systems application applications tools tool technology technologies end part parts
    month months week weeks today daily hours per junior senior principal staff lead manager
    intern currently several regular various inc llc ltd corp corporation extremely rapidly
    different complex internal external global large small major minor highest higher
    lower quickly directly fast-paced dynamic exciting innovative unique talented motivated
    self-motivated detail-oriented cutting-edge cutting edge next-generation
    """.split()
)
# Verbs postings are written with; a term may not start or end with one ("keep p99 latency").
_VERBS = frozenset(
    """
    add adopt analyze apply assist bring build collaborate coach communicate contribute create
    debug define deliver deploy design develop document drive enable ensure fix follow grow
    guide handle help hire implement improve keep know lead learn maintain manage mentor
    migrate monitor move own pair partner plan present provide raise reduce remove review run
    scale serve set share ship solve support take test track troubleshoot tune turn understand
    use work write writes wrote written designs builds owns runs leads keeps makes helps uses
    works improves shape decide join joins stay stays call calls book books turn
    """.split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*[A-Za-z0-9]|[A-Za-z]")
_BREAK = re.compile(r"[.,;:!?()\[\]{}\"“”•|/]|\s[-–—]\s")
_MAX_TERMS = 15
# Two words glued when the posting lost its line breaks ("functionsStrong").
_SEAM = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2,})")


def _runs(text: str, blocked: Sequence[tuple[int, int]]) -> Iterable[list[str]]:
    """Runs of content words between punctuation, stopwords and skill mentions."""
    cursor = 0
    pieces: list[str] = []
    for start, end in sorted(blocked):
        if start >= cursor:
            pieces.append(text[cursor:start])
            cursor = end
    pieces.append(text[cursor:])
    for piece in pieces:
        for chunk in _BREAK.split(_SEAM.sub(" ", piece)):
            run: list[str] = []
            for match in _WORD.finditer(chunk):
                written = match.group()
                word = written.lower().replace("’", "'")
                if word in _STOPWORDS or len(word) < 3 or word.endswith("'s"):
                    if run:
                        yield run
                    run = []
                else:
                    # A word in capitals keeps them: names such as "ACME CORP" are dropped
                    # later when they never appear otherwise.
                    run.append(written if written.isupper() else word)
            if run:
                yield run


def key_terms(
    weighted_texts: Sequence[tuple[str, int, Sequence[tuple[int, int]]]],
) -> tuple[KeyTerm, ...]:
    """The posting's most frequent non-skill terms from ``(text, weight, skill_spans)``."""
    counts: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    not_only_capitals: set[str] = set()
    for text, weight, blocked in weighted_texts:
        if weight <= 0:
            continue
        for run in _runs(text, blocked):
            for size in (1, 2, 3):
                for index in range(len(run) - size + 1):
                    written = run[index : index + size]
                    gram = " ".join(written).lower()
                    counts[gram] += weight
                    seen[gram] += 1
                    if not all(word.isupper() for word in written):
                        not_only_capitals.add(gram)
    scored: list[tuple[float, str]] = []
    for gram, score in counts.items():
        size = gram.count(" ") + 1
        words = gram.split(" ")
        if words[0] in _VERBS or words[-1] in _VERBS or gram not in not_only_capitals:
            continue
        if seen[gram] < 2 and size == 1:
            continue
        if seen[gram] < 2 and (size > 2 or score < 2):
            continue
        scored.append((score * (1 + 0.5 * (size - 1)), gram))
    scored.sort(key=lambda item: (-item[0], item[1]))
    chosen: list[str] = []
    for _, gram in scored:
        # A phrase hides its words and a longer phrase that adds nothing hides the shorter.
        if any(gram in kept.split(" ") or f" {gram} " in f" {kept} " for kept in chosen):
            continue
        if any(f" {kept} " in f" {gram} " and seen[gram] < seen[kept] for kept in chosen):
            continue
        chosen = [kept for kept in chosen if f" {kept} " not in f" {gram} "]
        chosen.append(gram)
        if len(chosen) >= _MAX_TERMS:
            break
    return tuple(KeyTerm(gram, seen[gram]) for gram in chosen)
