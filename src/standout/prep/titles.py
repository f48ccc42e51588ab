"""The framework's title of each area ("Database and cache design"), for every prep output."""

from __future__ import annotations

from functools import cache

from standout.model.skills import Area


@cache
def area_titles() -> dict[Area, str]:
    from standout.assess.framework import load_framework

    titles = {definition.area: definition.title for definition in load_framework().areas}
    return {area: titles.get(area, area.value.replace("_", " ").capitalize()) for area in Area}


def area_title(area: Area) -> str:
    return area_titles()[area]
