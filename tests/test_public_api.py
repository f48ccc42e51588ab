"""The public API is exactly what __all__ names (STYLE 1)."""

from __future__ import annotations

import standout


def test_all_names_resolve() -> None:
    for name in standout.__all__:
        assert getattr(standout, name) is not None


def test_nothing_public_by_accident() -> None:
    public = {name for name in dir(standout) if not name.startswith("_")}
    assert public == {name for name in standout.__all__ if not name.startswith("_")}


def test_public_functions_survive_submodule_imports() -> None:
    """Regression (#5): importing standout.parse.dates bound the package over the function."""
    import importlib

    for module in ("standout.parse.dates", "standout.read.text", "standout.match.core"):
        importlib.import_module(module)
    document = standout.read(b"Ann Lee\nSKILLS\nPython, Django\n", filename="cv.txt")
    resume = standout.parse(document)
    assert resume.contact.name == "Ann Lee"
    assert callable(standout.match) and not isinstance(standout.match, type(standout))
