"""The prep pack as JSON: a versioned schema (``schema_version``), documented in docs/prep.md."""

from __future__ import annotations

import json
from typing import Any

from standout.model.prep import PrepPack
from standout.render.serialize import to_jsonable


def prep_to_dict(pack: PrepPack) -> dict[str, Any]:
    data: dict[str, Any] = to_jsonable(pack)
    data["counts"] = {
        "questions": len(pack.questions),
        "without_story": len(pack.without_story),
        "star_outlines": len(pack.star_outlines),
        "gaps": len(pack.gaps),
    }
    return data


def prep_to_json(pack: PrepPack) -> str:
    return json.dumps(prep_to_dict(pack), indent=2, ensure_ascii=False) + "\n"
