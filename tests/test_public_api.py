"""The public API is exactly what __all__ names (STYLE 1)."""

from __future__ import annotations

import standout


def test_all_names_resolve() -> None:
    for name in standout.__all__:
        assert getattr(standout, name) is not None


def test_nothing_public_by_accident() -> None:
    public = {name for name in dir(standout) if not name.startswith("_")}
    assert public == {name for name in standout.__all__ if not name.startswith("_")}
