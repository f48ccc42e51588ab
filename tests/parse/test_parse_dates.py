"""Date ranges in the forms people write on resumes (#2)."""

from __future__ import annotations

import pytest

from standout.model.resume import DatePrecision, PartialDate
from standout.parse.dates import find_dates

Y = DatePrecision.YEAR
S = DatePrecision.SEASON


def month(year: int, number: int) -> PartialDate:
    return PartialDate(year, number)


CASES = [
    # text, start, end, current, the written range
    ("Jan 2020 – Present", month(2020, 1), None, True, "Jan 2020 – Present"),
    ("January 2020 - Current", month(2020, 1), None, True, "January 2020 - Current"),
    ("2019–2021", PartialDate(2019, 1, Y), PartialDate(2021, 1, Y), False, "2019–2021"),
    ("03/2018 to date", month(2018, 3), None, True, "03/2018 to date"),
    ("Sept' 2017 to till date", month(2017, 9), None, True, "Sept' 2017 to till date"),
    ("2018 - now", PartialDate(2018, 1, Y), None, True, "2018 - now"),
    ("Spring 2019", PartialDate(2019, 3, S), PartialDate(2019, 3, S), False, "Spring 2019"),
    ("2020.03 - 2021.07", month(2020, 3), month(2021, 7), False, "2020.03 - 2021.07"),
    ("Mar. 2019 — Oct. 2020", month(2019, 3), month(2020, 10), False, "Mar. 2019 — Oct. 2020"),
    ("since 2019", PartialDate(2019, 1, Y), None, True, "since 2019"),
    ("2021", PartialDate(2021, 1, Y), PartialDate(2021, 1, Y), False, "2021"),
    ("Mar - Oct 2020", month(2020, 3), month(2020, 10), False, "Mar - Oct 2020"),
    ("2016-17", PartialDate(2016, 1, Y), PartialDate(2017, 1, Y), False, "2016-17"),
    ("12/2019 – 02/2021", month(2019, 12), month(2021, 2), False, "12/2019 – 02/2021"),
    (
        "Fall 2018 – Spring 2020",
        PartialDate(2018, 9, S),
        PartialDate(2020, 3, S),
        False,
        "Fall 2018 – Spring 2020",
    ),
    ("2019 onwards", PartialDate(2019, 1, Y), None, True, "2019 onwards"),
    ("Sept 2009- till date", month(2009, 9), None, True, "Sept 2009- till date"),
    ("February 2015 till present", month(2015, 2), None, True, "February 2015 till present"),
    ("Jan 2020 –", month(2020, 1), None, True, "Jan 2020 –"),
    ("August 2014 to May 2018", month(2014, 8), month(2018, 5), False, "August 2014 to May 2018"),
]


@pytest.mark.parametrize(
    ("text", "start", "end", "current", "written"), CASES, ids=[c[0] for c in CASES]
)
def test_date_forms(
    text: str, start: PartialDate, end: PartialDate | None, current: bool, written: str
) -> None:
    found = find_dates(text)
    assert found is not None
    assert (found.start, found.end, found.current) == (start, end, current)
    assert text[found.begin : found.finish] == written


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Senior Engineer — Acme, Berlin    Jan 2020 - Present", "Jan 2020 - Present"),
        ("Acme | Senior Engineer | 2019-2021", "2019-2021"),
        ("Platform Engineer, Skyline (2018 - now)", "2018 - now"),
        ("Pune From July 2018 till present", "July 2018 till present"),
    ],
)
def test_dates_inside_a_header_line(text: str, written: str) -> None:
    found = find_dates(text)
    assert found is not None
    assert text[found.begin : found.finish] == written


def test_a_range_is_preferred_over_an_earlier_single_year() -> None:
    found = find_dates("Joined in 2015 as intern; 2016 - 2019 engineer")
    assert found is not None
    assert (found.start, found.end) == (PartialDate(2016, 1, Y), PartialDate(2019, 1, Y))


@pytest.mark.parametrize(
    "text",
    [
        "handles 4000 requests per second",
        "2,048 cores",
        "raised coverage to 85%",
        "DOB: 20/07/1995",
        "Python 3.11 and Java 17",
        "",
    ],
)
def test_numbers_that_are_not_dates(text: str) -> None:
    assert find_dates(text) is None


def test_month_spans_of_ranges() -> None:
    from datetime import date

    from standout.model.resume import DateRange, TextSpan

    found = find_dates("Jan 2020 – Present")
    assert found is not None
    dates = DateRange(found.start, found.end, found.current, "", TextSpan(1, 0, 0))
    assert dates.months(date(2026, 6, 1)) == 78  # Jan 2020 .. Jun 2026, both ends counted
