"""Dates as people write them on resumes: "Jan 2020 – Present", "2019-2021", "03/2018 to date".

The finder works in two steps so that one regex stays readable: find every single date
("point") in the text, then join a point with a following point or a "present" word when
only a separator lies between them. Years are limited to 1950-2049 so that "4000 requests"
or "2,048 cores" never look like dates.

Dates with a day ("7 Dec 2006", "Dec 7, 2006", "07.12.2006", "2006-12-07") are read to the
month: a resume's dates are compared by month, and the day carries no weight. In an
all-numeric date the month is the number that can be one; when both can ("12/07/2006"),
a slash is read month first, as in the United States, and a dot or a dash day first, as in
most other places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from standout.model.resume import DatePrecision, PartialDate

# The dates a resume's "present" may stand for: years are read from 1950 on, and a date far
# ahead would turn every "to present" into decades of experience. The command line and the
# service refuse a reference date outside these bounds.
EARLIEST_REFERENCE_DATE = date(1950, 1, 1)
REFERENCE_DAYS_AHEAD = 366

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# Seasons map to the month they start in; winter is taken as the December it starts in.
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}

# "Augest" is a misspelling frequent enough in scraped resumes to read as August.
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust|est)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_MM = r"(?:0?[1-9]|1[0-2])"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"

# One date. Alternatives are tried in order, the most specific first.
_POINT_BODY = (
    # 7 Dec 2006, 06th June 2017, 7-Dec-2006
    rf"(?P<dday>{_DAY})[\s.-]*(?P<dmname>{_MONTH_NAME})\.?[\s,.'-]*(?P<dmyear>{_YEAR})"
    rf"|(?P<mdname>{_MONTH_NAME})\.?\s*{_DAY},?\s+(?P<mdyear>{_YEAR})"  # Dec 7, 2006
    # 07.12.2006, 12/07/2006: which number is the month is settled in _point
    rf"|(?P<first>\d{{1,2}})(?P<nsep>[/.-])(?P<second>\d{{1,2}})(?P=nsep)(?P<fyear>{_YEAR})"
    rf"|(?P<ymd_year>{_YEAR})(?P<ysep>[/.-])(?P<ymd_month>{_MM})(?P=ysep){_DAY}(?![\d])"  # ISO
    rf"|(?P<mname>{_MONTH_NAME})\.?'?,?\s*'?(?P<myear>{_YEAR})"  # Jan 2020, Sept' 2017, Mar. 2019
    rf"|(?P<season>spring|summer|fall|autumn|winter)\s+(?P<syear>{_YEAR})"  # Spring 2019
    rf"|(?P<nmonth>{_MM})\s*[/.-]\s*(?P<nyear>{_YEAR})"  # 03/2018, 3.2018
    rf"|(?P<iyear>{_YEAR})\s*[./-]\s*(?P<imonth>0[1-9]|1[0-2])(?![\d])"  # 2020.03, 2020-03
    rf"|(?P<year>{_YEAR})"  # 2021
)
# What may not follow a date: more of a word or number ("2019th", "2019%"); "to" glued on
# by a careless export ("July2013to June2014") may.
_NOT_AFTER = r"(?![%+]|(?!to\s)\w)"
_POINT = re.compile(rf"(?<![\w/.$€£-])(?:{_POINT_BODY}){_NOT_AFTER}", re.IGNORECASE)
# Where a date may start, not inside a word: a digit, or the first two letters of a month
# or a season ("ſ" is what IGNORECASE also reads as "s"). The leading character class lets
# the regex engine skip to candidates; _POINT itself, with its thirty groups, cost several
# thousand instructions at each word of a line.
_POINT_START = re.compile(
    r"[\dADFJMNOSWadfjmnosw\u017f](?<![\w/.$€£-].)"
    r"(?:(?<=\d)|(?i:(?<=j)[au]|(?<=f)[ea]|(?<=m)a|(?<=a)[pu]|(?<=s)[epu]|(?<=o)c|(?<=n)o"
    r"|(?<=d)e|(?<=w)i))"
)

# "present" in the words people use for it; "date" only after "to"/"till".
_PRESENT = (
    r"(?:present|current(?:ly)?|now|today|ongoing|continuing|date|till\s+now|"
    r"(?:to|till|until)\s+(?:till\s+)?(?:date|now|present))"
)
_SEPARATOR = r"\s*(?:[-–—~→−]+|to|till|until|through|thru)\s*(?:(?:to|till)\s+)?"
_END = re.compile(
    rf"{_SEPARATOR}(?:(?P<present>{_PRESENT})\b|(?:{_POINT_BODY})(?![\w%+])|(?P<open>$))",
    re.IGNORECASE,
)
# "2016-17": a two-digit end year, written tight against the start year.
_SHORT_END = re.compile(r"[-–/](?P<yy>\d{2})(?![\w%+])")
# A month without a year before a full date: "Mar - Oct 2020".
_BARE_MONTH_BEFORE = re.compile(
    rf"(?<![\w])(?P<mname>{_MONTH_NAME})\.?{_SEPARATOR}$", re.IGNORECASE
)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_SINCE = re.compile(r"\b(?:since|from|starting)\s*$", re.IGNORECASE)
_ONWARDS = re.compile(r"\s*(?:onwards?|on\s+wards)\b", re.IGNORECASE)


@dataclass(slots=True)  # not frozen: cheaper to create (see Segment)
class FoundDates:
    """A date range found in a piece of text; offsets are relative to that text."""

    start: PartialDate | None
    end: PartialDate | None
    current: bool
    begin: int  # offset of the first character of the written range
    finish: int  # offset just past its last character
    single: bool = False  # one date only ("2021"): start and end are the same


def _day_first_month(first: int, second: int, separator: str) -> int | None:
    """The month of an all-numeric date ("07.12.2006", "12/07/2006"), or None if invalid."""
    if first > 31 or second > 31:
        return None
    if first > 12:
        return second if second <= 12 else None
    if second > 12:
        return first
    return first if separator == "/" else second


def _point(match: re.Match[str]) -> PartialDate | None:
    # The last group to close names the alternative that matched: one look-up instead of
    # asking for up to nine groups in turn.
    last = match.lastgroup
    group = match.group
    if last == "year":
        return PartialDate(int(group("year")), 1, DatePrecision.YEAR)
    if last == "myear":
        month = _MONTHS[group("mname")[:3].lower()]
        return PartialDate(int(group("myear")), month, DatePrecision.MONTH)
    if last == "dmyear":
        return PartialDate(int(group("dmyear")), _MONTHS[group("dmname")[:3].lower()])
    if last == "mdyear":
        return PartialDate(int(group("mdyear")), _MONTHS[group("mdname")[:3].lower()])
    if last == "fyear":
        numeric = _day_first_month(int(group("first")), int(group("second")), group("nsep"))
        return None if numeric is None else PartialDate(int(group("fyear")), numeric)
    if last == "ymd_month":
        return PartialDate(int(group("ymd_year")), int(group("ymd_month")))
    if last == "syear":
        month = _SEASONS[group("season").lower()]
        return PartialDate(int(group("syear")), month, DatePrecision.SEASON)
    if last == "nyear":
        return PartialDate(int(group("nyear")), int(group("nmonth")))
    if last == "imonth":
        return PartialDate(int(group("iyear")), int(group("imonth")))
    return None


def _range_from(text: str, match: re.Match[str]) -> FoundDates | None:
    start = _point(match)
    if start is None:
        return None
    begin = match.start()
    if start.precision is DatePrecision.MONTH and begin:
        window = max(0, begin - 16)
        bare = _BARE_MONTH_BEFORE.search(text[window:begin])
        if bare is not None:
            # "Mar - Oct 2020": a month without a year shares the year of the date after it.
            month = _MONTHS[bare.group("mname")[:3].lower()]
            first = PartialDate(start.year, month)
            return FoundDates(first, start, False, window + bare.start(), match.end())
    found = _join(text, start, begin, match)
    if found.single and (match.group("fyear") or match.group("ymd_year")):
        return None  # alone, "20/07/1995" is a birth date or a deadline, not a role's dates
    return found


def _join(text: str, start: PartialDate, begin: int, match: re.Match[str]) -> FoundDates:
    after = match.end()
    tail = _END.match(text, after)
    if tail is not None:
        if tail.group("present") or tail.group("open") is not None:
            return FoundDates(start, None, True, begin, tail.end())
        end = _point(tail)
        if end is not None and (end.year, end.month) != (start.year, start.month):
            return FoundDates(start, end, False, begin, tail.end())
    short = _SHORT_END.match(text, after)
    if short is not None and start.precision is DatePrecision.YEAR:
        end_year = start.year // 100 * 100 + int(short.group("yy"))
        if end_year > start.year:
            end_date = PartialDate(end_year, 1, DatePrecision.YEAR)
            return FoundDates(start, end_date, False, begin, short.end())
    since = _SINCE.search(text, 0, begin)
    if since is not None:
        return FoundDates(start, None, True, since.start(), after)
    onwards = _ONWARDS.match(text, after)
    if onwards is not None:
        return FoundDates(start, None, True, begin, onwards.end())
    return FoundDates(start, start, False, begin, after, single=True)


def find_dates(text: str) -> FoundDates | None:
    """The date range written in ``text``: the first true range, else the first single date."""
    if _YEAR_DIGITS.search(text) is None:
        return None  # every date has a four-digit year: a cheap test that settles most lines
    first_single: FoundDates | None = None
    for match in _points(text):
        found = _range_from(text, match)
        if found is None:
            continue
        if not found.single:
            return found
        if first_single is None:
            first_single = found
    return first_single


def has_date(text: str) -> bool:
    return _YEAR_DIGITS.search(text) is not None and next(_points(text), None) is not None


def _points(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_POINT.finditer(text)``, trying _POINT only where a date may start."""
    position = 0
    while (start := _POINT_START.search(text, position)) is not None:
        match = _POINT.match(text, start.start())
        if match is None:
            position = start.start() + 1
        else:
            yield match
            position = match.end()
