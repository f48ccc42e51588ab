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


DAY_CASES = [
    # Regression (#2): dates with a day broke the role ("7" as title, "to 20 March 2007" as
    # employer). They are read to the month.
    ("7 Dec 2006 to 20 March 2007", month(2006, 12), month(2007, 3), "7 Dec 2006 to 20 March 2007"),
    (
        "Dec 7, 2006 - March 20, 2007",
        month(2006, 12),
        month(2007, 3),
        "Dec 7, 2006 - March 20, 2007",
    ),
    ("07.12.2006 – 20.03.2007", month(2006, 12), month(2007, 3), "07.12.2006 – 20.03.2007"),
    ("2006-12-07 to 2007-03-20", month(2006, 12), month(2007, 3), "2006-12-07 to 2007-03-20"),
    # A slash reads month first when both numbers could be the month ...
    ("12/07/2006 - 03/20/2007", month(2006, 12), month(2007, 3), "12/07/2006 - 03/20/2007"),
    # ... and the only valid reading otherwise; a dot reads day first.
    ("25/12/2006 - 03/04/2007", month(2006, 12), month(2007, 3), "25/12/2006 - 03/04/2007"),
    ("01.02.2015 - 31.01.2016", month(2015, 2), month(2016, 1), "01.02.2015 - 31.01.2016"),
    (
        "06th June 2017 to 20th Aug 2018.",
        month(2017, 6),
        month(2018, 8),
        "06th June 2017 to 20th Aug 2018",
    ),
    (
        "1st Sept 2011 to 6thMay 2012",
        month(2011, 9),
        month(2012, 5),
        "1st Sept 2011 to 6thMay 2012",
    ),
    ("7-Dec-2006 to present", month(2006, 12), None, "7-Dec-2006 to present"),
    (
        "Period: 7 Dec 2006 to 20 March 2007",
        month(2006, 12),
        month(2007, 3),
        "7 Dec 2006 to 20 March 2007",
    ),
    ("July2013to June2014", month(2013, 7), month(2014, 6), "July2013to June2014"),
]


@pytest.mark.parametrize(
    ("text", "start", "end", "written"), DAY_CASES, ids=[c[0] for c in DAY_CASES]
)
def test_dates_with_a_day_are_read_to_the_month_issue_2(
    text: str, start: PartialDate, end: PartialDate | None, written: str
) -> None:
    found = find_dates(text)
    assert found is not None
    assert (found.start, found.end, found.current) == (start, end, end is None)
    assert text[found.begin : found.finish] == written


@pytest.mark.parametrize("text", ["13/13/2006 - 14/14/2007", "DOB: 1995-07-20", "v1.2.2019"])
def test_impossible_or_lone_numeric_dates_are_not_role_dates_issue_2(text: str) -> None:
    assert find_dates(text) is None


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
