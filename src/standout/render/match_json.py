"""Match results as JSON: a versioned schema (``schema_version``), floats rounded to 2 places.

Shapes: ``match_to_dict`` (one resume against one posting), ``posting_ranking_to_dict``
(several postings against one resume, each row with its full match) and
``resume_ranking_to_dict`` (a folder of resumes against one posting).
"""

from __future__ import annotations

import json
from typing import Any

from standout.model.match import MATCH_SCHEMA_VERSION, Match, PostingRanking, ResumeRanking
from standout.render.serialize import to_jsonable


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 2)
    if isinstance(value, dict):
        return {key: _rounded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_rounded(item) for item in value]
    return value


def match_to_dict(match: Match) -> dict[str, Any]:
    data: dict[str, Any] = _rounded(
        {
            "schema_version": match.schema_version,
            "score": match.score,
            "raw_score": match.raw_score,
            "posting": {"source": match.posting_source, "title": match.posting_title},
            "resume": {"source": match.resume_source},
            "breakdown": to_jsonable(match.breakdown),
            "requirements": to_jsonable(match.requirements),
            "missing_must": [m.skill_id for m in match.missing_must],
            "missing_nice": [m.skill_id for m in match.missing_nice],
            "listed_only": to_jsonable(match.listed_only),
            "years_gaps": to_jsonable(match.years_gaps),
            "missing_terms": to_jsonable(match.missing_terms),
            "seniority": to_jsonable(match.seniority),
            "degree": to_jsonable(match.degree),
            "advice": to_jsonable(match.advice),
            "warnings": list(match.warnings),
        }
    )
    return data


def posting_ranking_to_dict(ranking: PostingRanking) -> dict[str, Any]:
    return {
        "schema_version": MATCH_SCHEMA_VERSION,
        "resume": {"source": ranking.resume_source},
        "postings": [
            {
                "rank": row.rank,
                "source": row.source,
                "title": row.title,
                "score": row.score,
                "missing_must": list(row.missing_must),
                "match": match_to_dict(row.match),
            }
            for row in ranking.rows
        ],
    }


def resume_ranking_to_dict(ranking: ResumeRanking) -> dict[str, Any]:
    return {
        "schema_version": MATCH_SCHEMA_VERSION,
        "posting": {"source": ranking.posting_source, "title": ranking.posting_title},
        "failed": ranking.failed,
        "resumes": to_jsonable(ranking.rows),
    }


def to_json(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
