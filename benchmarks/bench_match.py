"""Posting match: how fast a match is, how fast a pile of resumes is ranked, how postings parse.

* Median CPU time of one match, resume and posting already parsed (target 2 ms): with the
  resume's skills extracted (``match(resume, posting, skills=...)``) and with the resume
  already indexed (``match_evidence``, what ranking many postings reuses).
* Ranking 1,000 generated resumes against one posting on one core, text in: read, parse,
  extract and match each (target 300 resumes/s).
* Posting parse accuracy on the hand-labelled fixture postings (``gold.json``): micro
  precision and recall of (skill, must/nice) pairs (floors 0.90, asserted in
  ``tests/posting/test_gold.py``).
* With the shared data: how many of the real postings parse with at least one requirement,
  with years of experience, with a level; skills per posting (min / median / p90 / max),
  and the parse time per posting.

Times are CPU time of the calling thread: on a shared machine wall time measures the
neighbours.
"""

from __future__ import annotations

import json
import random
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.common import Row
from benchmarks.synthetic import synthetic_resume

ROOT = Path(__file__).resolve().parents[1]
POSTING = ROOT / "tests" / "fixtures" / "postings" / "java-spring-senior.txt"
RESUME = ROOT / "tests" / "fixtures" / "postings" / "resumes" / "strong-java.md"
REFERENCE = date(2024, 6, 1)
RANKED = 1000


def _median_cpu_ms(fn: Callable[[], object], *, repeat: int = 300, warmup: int = 20) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.thread_time()
        fn()
        times.append(time.thread_time() - start)
    return statistics.median(times) * 1000


def _match_rows() -> list[Row]:
    from standout.match import match, match_evidence
    from standout.match.core import index_resume
    from standout.parse import parse
    from standout.posting import parse_posting
    from standout.read import read
    from standout.skills import extract

    posting = parse_posting(POSTING)
    resume = parse(read(RESUME), reference_date=REFERENCE)
    skills = extract(resume)
    evidence = index_resume(resume, skills)
    return [
        Row(
            "match",
            "match one resume-posting pair, both parsed (ms, median CPU)",
            _median_cpu_ms(lambda: match(resume, posting, skills=skills)),
            "ms",
            "<= 2 ms",
        ),
        Row(
            "match",
            "match an indexed resume against a posting (ms, median CPU)",
            _median_cpu_ms(lambda: match_evidence(evidence, posting)),
            "ms",
        ),
        Row(
            "match",
            "parse the fixture posting (ms, median CPU)",
            _median_cpu_ms(lambda: parse_posting(POSTING), repeat=50, warmup=3),
            "ms",
        ),
    ]


def _ranking_rows() -> list[Row]:
    from standout.match.core import index_resume, score_only
    from standout.parse import parse
    from standout.posting import parse_posting
    from standout.read import read

    posting = parse_posting(POSTING)
    rng = random.Random(5)
    texts = [synthetic_resume(rng, index).encode() for index in range(RANKED)]
    words = statistics.mean(len(text.split()) for text in texts)
    # Warm the taxonomy, the matcher and the regex caches, as a long-running ranking would.
    # Ranking keeps the score and the must-haves, as ``rank_resumes`` does (``score_only``).
    for text in texts[:20]:
        score_only(index_resume(parse(read(text, filename="r.txt"))), posting)
    start = time.thread_time()
    scores = []
    for text in texts:
        resume = parse(read(text, filename="resume.txt"), reference_date=REFERENCE)
        scores.append(score_only(index_resume(resume), posting).raw_score)
    elapsed = time.thread_time() - start
    scores.sort(reverse=True)
    return [
        Row(
            "match",
            f"rank {RANKED} generated resumes (~{words:.0f} words), text in, 1 core",
            RANKED / elapsed,
            "resumes/s",
            ">= 300/s",
        ),
        Row(
            "match",
            "  score spread of that ranking (best / median / worst)",
            f"{scores[0]:.0f} / {statistics.median(scores):.0f} / {scores[-1]:.0f}",
            "points",
        ),
    ]


def _accuracy_rows() -> list[Row]:
    from standout.posting import parse_posting

    folder = POSTING.parent
    gold = {
        name: value
        for name, value in json.loads((folder / "gold.json").read_text()).items()
        if not name.startswith("_")
    }
    hits = found = expected = 0
    for name, labels in gold.items():
        posting = parse_posting(folder / name)
        got = {(r.skill_id, r.importance.value) for r in posting.requirements}
        want = {(s, "must") for s in labels["must"]} | {(s, "nice") for s in labels["nice"]}
        hits += len(got & want)
        found += len(got)
        expected += len(want)
    return [
        Row(
            "match",
            f"posting parse precision / recall, {len(gold)} labelled postings",
            f"{hits / found:.3f} / {hits / expected:.3f}",
            "",
            ">= 0.90 each",
        )
    ]


def _shared_rows(shared: Path) -> list[Row]:
    from standout.posting import parse_posting

    path = shared / "postings" / "dice_postings.jsonl"
    if not path.is_file():
        return [Row("match", "real postings: not found", f"{path}", "")]
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    skills_per_posting: list[int] = []
    musts: list[int] = []
    with_skills = with_anything = with_headings = with_years = with_level = 0
    times: list[float] = []
    for record in records:
        start = time.thread_time()
        posting = parse_posting(
            record["text"].encode("utf-8"), filename="posting.txt", title=record.get("title")
        )
        times.append(time.thread_time() - start)
        count = len(posting.requirements)
        skills_per_posting.append(count)
        musts.append(len(posting.must_haves))
        with_skills += count > 0
        with_anything += bool(count or posting.years or posting.degree)
        with_headings += any(part.heading for part in posting.parts)
        with_years += posting.years is not None
        with_level += posting.seniority is not None
    skills_per_posting.sort()
    p90 = skills_per_posting[int(0.9 * (len(skills_per_posting) - 1))]
    total = len(records)
    return [
        Row(
            "match",
            f"real postings with >= 1 skill requirement (of {total})",
            with_skills,
            "postings",
        ),
        Row(
            "match",
            f"real postings with any requirement: skill, years or degree (of {total})",
            with_anything,
            "postings",
        ),
        Row(
            "match",
            f"real postings where a heading was recognised (of {total})",
            with_headings,
            "postings",
        ),
        Row(
            "match",
            f"real postings with overall years of experience found (of {total})",
            with_years,
            "postings",
        ),
        Row("match", f"real postings with a level (of {total})", with_level, "postings"),
        Row(
            "match",
            "skills per real posting: min / median / p90 / max",
            f"{skills_per_posting[0]} / {statistics.median(skills_per_posting):g} / {p90} / "
            f"{skills_per_posting[-1]}",
            "skills",
        ),
        Row("match", "must-haves per real posting (median)", statistics.median(musts), "skills"),
        Row(
            "match",
            "parse one real posting (ms, median CPU)",
            statistics.median(times) * 1000,
            "ms",
        ),
    ]


def run(shared: Path | None) -> list[Row]:
    rows = _match_rows() + _ranking_rows() + _accuracy_rows()
    if shared is not None:
        rows += _shared_rows(shared)
    return rows
