"""Robustness (#4): any bullet text and any resume-like text get a report, never a crash."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import standout
from standout.assess import check_bullet
from standout.errors import StandoutError

_WORDS = st.sampled_from(
    [
        "Reduced", "latency", "from", "to", "by", "40%", "3x", "$2M", "ms", "p99", "2019",
        "v2.0", "team", "of", "5", "engineers", "per", "day", "10k", "rps", "Python", "3.11",
        "—", "-", "/", "24/7", "zero", "downtime", "hundreds", "within", "minutes", "Led",
        "responsible", "for", "API", "Kubernetes", "•", "\u00a0", "Ã©", "\uf0b7", ":", ",",
    ]
)  # fmt: skip
_BULLETS = st.one_of(st.text(max_size=200), st.lists(_WORDS, max_size=30).map(" ".join))


@given(_BULLETS)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_check_bullet_never_fails(text: str) -> None:
    check = check_bullet(text, line=3)
    assert 0 <= check.score <= 100
    assert check.has_outcome == bool(check.outcomes)
    assert (check.suggestion is None) == check.has_outcome
    assert all(figure for figure in check.outcomes)


_LINES = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "EXPERIENCE", "Skills", "Education", "Projects", "Senior Engineer, Acme",
                "Jan 2020 - Present", "2018 – 2019", "ada@example.org", "github.com/ada",
                "Python, Go, PostgreSQL, Docker, AWS", "BSc Computer Science, 2015",
            ]
        ),
        _BULLETS.map(lambda text: f"- {text}"),
    ),
    min_size=1,
    max_size=40,
)  # fmt: skip


@given(_LINES, st.sampled_from(["junior", "mid", "senior", "staff"]))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_analyze_never_crashes(lines: list[str], role: str) -> None:
    text = "Ada Example\n" + "\n".join(lines)
    try:
        report = standout.analyze(
            text.encode("utf-8"), role=role, filename="cv.txt", reference_date=date(2024, 6, 1)
        )
    except StandoutError:
        return  # a coded error with advice is a valid answer to garbage
    assert 0 <= report.readiness <= 100
    assert all(0 <= area.score <= 100 for area in report.areas)
    assert len(report.top_fixes) <= 5
