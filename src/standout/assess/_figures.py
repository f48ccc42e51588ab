"""The grammar of measurable figures in a bullet (see ``achievements`` for the rules).

Candidates start at a number standing on its own, a currency sign, or a figure word the
bullet lexicon found ("doubled", "hundreds of", "zero downtime", "three", "from"). Each
candidate is matched at its position only (anchored regexes: cheap) and then checked
against its context: versions, years, settings, team sizes and durations are not results.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_NUM = r"(?>\d{1,3}(?:,\d{3})+|\d+)(?>\.\d+)?"  # atomic: no backtracking into digits
SPELLED_NUMBERS = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "thirty", "forty", "fifty", "hundred",
)  # fmt: skip
_QTY = rf"(?>{_NUM}|{'|'.join(SPELLED_NUMBERS)})"
_MAGNITUDE = r"(?:k|m|mm|b|bn|million|billion|thousand)"
_SHORT_TIME = r"(?:ms|µs|μs|us|ns|milliseconds?|microseconds?|nanoseconds?|s|secs?|seconds?)"
_LONG_TIME = r"(?:min|mins|minutes?|h|hrs?|hours?|days?|weeks?|wks?|months?|years?)"
_SLASH_PERIOD = r"(?:s|sec|second|min|minute|h|hr|hour|day|d|week|wk|month|mo|quarter|q|year|yr)"

# The words that may follow a number, by the kind of figure they make.
_PERCENT_WORDS = frozenset({"percent", "pp", "percentage"})
_MAGNITUDES = frozenset({"k", "m", "mm", "b", "bn", "million", "billion", "thousand"})
_DATA_UNITS = frozenset({"kb", "mb", "gb", "tb", "pb", "kib", "mib", "gib", "tib", "pib"})
_SHORT_UNITS = frozenset(
    {"ms", "µs", "μs", "us", "ns", "millisecond", "milliseconds", "microsecond",
     "microseconds", "nanosecond", "nanoseconds", "s", "sec", "secs", "second", "seconds"}
)  # fmt: skip
_LONG_UNITS = frozenset(
    {"min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours", "day", "days",
     "week", "weeks", "wk", "wks", "month", "months", "year", "years"}
)  # fmt: skip
_RATE_UNITS = frozenset({"rps", "qps", "tps", "rpm", "req/s", "reqs/s", "ops/s"})
_CURRENCY_WORDS = frozenset({"usd", "eur", "gbp", "dollars", "euros", "pounds"})
_COMPARATIVES = frozenset(
    {"faster", "more", "fewer", "less", "higher", "lower", "quicker", "smaller", "larger",
     "cheaper", "bigger"}
)  # fmt: skip
_PERIODS = frozenset(
    {"second", "sec", "minute", "min", "hour", "day", "week", "month", "quarter", "year",
     "release", "sprint", "deploy", "batch", "run"}
)  # fmt: skip
_SLASH_PERIODS = frozenset(
    {"s", "sec", "second", "min", "minute", "h", "hr", "hour", "day", "d", "week", "wk",
     "month", "mo", "quarter", "q", "year", "yr"}
)  # fmt: skip
_RATE_SEPARATORS = frozenset({"per", "a", "an", "each", "every"})
_RATING_WORDS = frozenset({"rating", "score", "stars", "csat", "satisfaction"})

# The two long patterns are compiled on first use, not at import (a few ms at start-up).
_AT_CURRENCY = rf"[$€£¥]\s?{_NUM}(?:\s?{_MAGNITUDE}\b)?(?:\s?/\s?{_SLASH_PERIOD}\b)?"
# How often something happens: "from monthly to weekly deployments" is a measured change.
_FREQUENCY = r"(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually)"
_FROM_TO = (
    rf"from\s+(?:~|about\s+|around\s+|roughly\s+|over\s+)?(?:[$€£]\s?)?"
    rf"(?:{_QTY}|hours|days|weeks|months|minutes|seconds|{_FREQUENCY}"
    r"|(?:half\s+)?an?\s+(?:hour|day|week|month|quarter))\b"
    rf"[^,;]{{0,30}}?\s+to\s+(?:~|about\s+|around\s+|under\s+|below\s+|less than\s+"
    rf"|just\s+|only\s+)?(?:(?P<to_frequency>{_FREQUENCY}|on[- ]demand)\b|(?:[$€£]\s?)?{_QTY}"
    rf"(?P<to_unit>\s?(?:%|{_SHORT_TIME}\b|{_LONG_TIME}\b|{_MAGNITUDE}\b"
    r"|kb\b|mb\b|gb\b|tb\b|x\b))?)"
)
_NUMBERS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_EMBEDDING = frozenset(".:/-_")  # "v2.0", "1:1", "HTTP/2", "SHA-256"
_CURRENCIES = frozenset("$€£¥")

# Lexicon kinds that are a figure by themselves.
SELF_CONTAINED = frozenset({"multiplier", "word_quantity", "zero", "money"})
# Words that are figures by themselves, or that start one ("quantity", "from").
FIGURE_WORDS: tuple[tuple[str, str], ...] = (
    *((w, "multiplier") for w in (
        "doubled", "doubling", "tripled", "tripling", "quadrupled", "halved", "halving",
        "twofold", "two-fold", "threefold", "three-fold", "tenfold", "ten-fold", "in half",
        "by half", "by two thirds", "by two-thirds", "by one third", "by a third",
        "by a quarter", "by three quarters", "by three-quarters")),
    *((w, "word_quantity") for w in (
        "dozens of", "hundreds of", "thousands of", "millions of", "billions of")),
    *((f"{z} {what}", "zero") for z in ("zero", "no", "without", "without any")
      for what in ("downtime", "data loss", "data-loss", "incidents", "outages", "defects",
                   "regressions", "findings")),
    *((f"zero-{what}", "zero") for what in ("downtime", "defect", "incident")),
    *((f"{n} nines", "zero") for n in ("three", "four", "five", "six")),
    *((f"{n} figures", "money") for n in ("five", "six", "seven", "eight")),
    *((f"{n}-figure", "money") for n in ("five", "six", "seven", "eight")),
    *((w, "quantity") for w in SPELLED_NUMBERS),
    ("a few", "quantity"),
    ("several", "quantity"),
    ("from", "from"),
)  # fmt: skip

# A number right after one of these is a name or a rank, not a count ("Fortune 500").
_NAME_BEFORE_NUMBER = frozenset(
    {"fortune", "top", "tier", "level", "series", "phase", "version", "v", "iso", "type",
     "class", "grade", "gen", "step", "round", "chapter", "sprint", "article", "section",
     "rule", "rank", "no", "number", "sev", "p", "layer", "stage", "release"}
)  # fmt: skip
_FILLERS = frozenset({"a", "an", "the", "my", "our", "over", "about", "around", "~", "some"})
_BOUNDS = frozenset({"within", "under", "below", "sub", "than"})
_SAVINGS = frozenset({"saved", "saving", "saves", "save", "freed", "freeing"})
_AFTER_DURATION = (
    " early",
    " ahead",
    " faster",
    " sooner",
    " earlier",
    " less",
    " quicker",
    " of manual",
)
_PUNCTUATION = "()[]{}\"'“”‘’,;:+"


@cache
def _pattern(source: str) -> re.Pattern[str]:
    return re.compile(source, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class CountRules:
    """Which counted nouns are results, and which preceding words make a count mere scope."""

    nouns: frozenset[str]  # singular and irregular plural forms: "service", "queries"
    scope_words: frozenset[str]  # one or two words: "led", "team of", "responsible for"


def compile_count_rules(nouns: list[str], scope_words: list[str]) -> CountRules:
    return CountRules(
        frozenset(n.lower() for n in nouns), frozenset(w.lower() for w in scope_words)
    )


def find_figures(
    text: str, word_anchors: list[tuple[int, int, str]], has_change: bool, rules: CountRules
) -> list[str]:
    """The measurable figures ``text`` states, in order of appearance."""
    anchors = word_anchors[:]
    for match in _NUMBERS.finditer(text):
        start = match.start()
        before = text[start - 1] if start else " "
        if before in _CURRENCIES:
            anchors.append((start - 1, -1, "currency"))
        elif before == " " and start > 1 and text[start - 2] in _CURRENCIES:
            anchors.append((start - 2, -1, "currency"))
        elif not (before.isalnum() or before in _EMBEDDING):
            anchors.append((start, match.end(), "number"))
    if not anchors:
        return []
    anchors.sort()
    figures: list[str] = []
    covered = -1
    for start, word_end, kind in anchors:
        if start < covered:
            continue
        if kind in SELF_CONTAINED:
            end: int | None = word_end
        else:
            end = _figure_end(text, start, word_end, kind, has_change, rules)
        if end is not None and "limit" not in text[max(0, start - 30) : start].lower():
            # "limit" just before it makes it a setting
            figures.append(text[start:end].strip().rstrip(",;:.)"))
            covered = end
    return figures


def _words_before(text: str, start: int) -> list[str]:
    words = [w.strip(_PUNCTUATION) for w in text[max(0, start - 40) : start].lower().split()]
    while words and words[-1] in _FILLERS:
        words.pop()
    return words


def _figure_end(
    text: str, start: int, number_end: int, kind: str, has_change: bool, rules: CountRules
) -> int | None:
    """Where the figure starting at ``start`` ends, or None when it is not an outcome.

    ``number_end`` is where the number (or the spelled quantity) itself ends.
    """
    if kind == "currency":
        match = _pattern(_AT_CURRENCY).match(text, start)
        return match.end() if match else None
    if kind == "from":
        match = _pattern(_FROM_TO).match(text, start)
        if match and (has_change or match.group("to_unit") or match.group("to_frequency")):
            return match.end()
        return None
    figure = text[start:number_end]
    kind_end = _classify(text, number_end, rules.nouns)
    if kind_end is not None:
        figure_kind, figure_end = kind_end
        if figure_kind == "percent" and text[
            figure_end : figure_end + 9
        ].lower().lstrip().startswith("remote"):
            return None  # "100% remote" is a working arrangement
        if figure_kind in {"data", "short_time"} and not has_change:
            before = _words_before(text, start)
            if before and before[-1] in {"to", "at"}:
                return None  # "heap to 8 GB", "timeouts at 30 s": a setting
        if figure_kind == "long_time" and not _duration_is_outcome(
            text, start, figure_end, has_change
        ):
            return None
        if figure_kind == "count":
            if len(figure) == 4 and figure.isdigit() and 1950 <= int(figure) <= 2039:
                return None  # a year
            if _is_scope(text, start, rules) or _follows_a_name(text, start):
                return None
        return figure_end
    return None


def _classify(text: str, end: int, nouns: frozenset[str]) -> tuple[str, int] | None:
    """What the words right after a number make of it, and where that figure ends."""
    following = text[end : end + 1]
    if following == "%":
        return "percent", end + 1
    if following in {"x", "×", "X"} and not text[end + 1 : end + 2].isalnum():
        return "multiplier", end + 1
    if following in {"-", "/", ":", "."} and text[end + 1 : end + 2].isalnum():
        return _rating(text, end) if following == "/" else None  # "9-month", "1:1", "24/7"
    if following == "+":
        end += 1
    tokens = text[end : end + 80].split(maxsplit=5)[:5]
    if not tokens:
        return None
    # A full stop too: the noun that ends a sentence is still the noun ("120,000 users.").
    words = [token.lower().strip(_PUNCTUATION).rstrip(".!?") for token in tokens]
    word = words[0]
    kind: str | None = None
    index = 0  # the word the figure ends with
    head, _, per = word.partition("/")
    if word in _PERCENT_WORDS or (word == "per" and words[1:2] == ["cent"]):
        kind = "percent"
    elif word in _MAGNITUDES or (head in _MAGNITUDES and per in _SLASH_PERIODS):
        kind = "magnitude"
    elif head in _DATA_UNITS:
        kind = "data"
    elif word in _RATE_UNITS or (per and (per in _SLASH_PERIODS or per.startswith("sec"))):
        kind = "rate"  # "4,000 rps", "1.2M messages/day", "5 TB/day"
    elif word in _SHORT_UNITS:
        kind = "short_time"
    elif word in _CURRENCY_WORDS:
        kind = "money"
    elif word == "times" and words[1:2] and words[1] in _COMPARATIVES:
        kind, index = "multiplier", 1
    else:
        for position, separator in enumerate(words[:4]):
            if separator in _RATE_SEPARATORS and position + 1 < len(words):
                period = words[position + 1]
                if period in _PERIODS or period.rstrip("s") in _PERIODS:
                    kind, index = "rate", position + 1  # "25,000 orders per hour"
                    break
        if kind is None and word in _LONG_UNITS:
            kind = "long_time"
        if kind is None:  # up to two words between: "22 legacy cron servers"
            for position, candidate in enumerate(words[:3]):
                if candidate in nouns or _singular(candidate) in nouns:
                    kind, index = "count", position
                    break
                if tokens[position][-1:] in {",", ";", ":", "."}:
                    break
    if kind is None:
        return None
    position = end
    for token in tokens[: index + 1]:
        position = text.find(token, position) + len(token)
    return kind, position


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("ses") or word.endswith("xes"):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def _rating(text: str, end: int) -> tuple[str, int] | None:
    """'4.8/5 average rating' is a figure; '24/7' is not."""
    tokens = text[end + 1 : end + 40].split(maxsplit=3)
    if tokens and tokens[0] in {"5", "10"}:
        if any(t.lower().strip(_PUNCTUATION) in _RATING_WORDS for t in tokens[1:3]):
            return "rating", end + 1 + len(tokens[0])
    return None


def _duration_is_outcome(text: str, start: int, end: int, has_change: bool) -> bool:
    """A duration is a result only as a bound, a saving or a change ("to 2 hours")."""
    before = _words_before(text, start)
    last = before[-1] if before else ""
    if last in _BOUNDS or last in _SAVINGS or (has_change and last in {"to", "by"}):
        return True
    return text[end : end + 12].lower().startswith(_AFTER_DURATION)


def _is_scope(text: str, start: int, rules: CountRules) -> bool:
    """'led 5 engineers', 'team of 5', 'owned 6 services': the size of what one had."""
    before = _words_before(text, start)
    if not before:
        return False
    if before[-1] in rules.scope_words:
        return True
    return len(before) > 1 and f"{before[-2]} {before[-1]}" in rules.scope_words


def _follows_a_name(text: str, start: int) -> bool:
    """'Spark 3 jobs', 'Ubuntu 20.04 servers', 'Fortune 500': a name right before the number."""
    segment = text[max(0, start - 30) : start]
    words = segment.split()
    if not words:
        return False
    token = words[-1].strip(_PUNCTUATION)
    if token.lower() in _NAME_BEFORE_NUMBER:
        return True
    if start - len(segment) == 0 and len(words) == 1:
        return False  # the bullet's first word is its verb: "Hired 6 engineers"
    return token[:1].isupper()
