"""standout: position yourself as the ideal backend candidate.

The public API is what ``__all__`` names; everything else is private. Heavy modules load
on first use so that ``import standout`` stays fast.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "StandoutError",
    "__version__",
    "analyze",
    "match",
    "parse",
    "parse_posting",
    "prepare",
    "read",
]

if TYPE_CHECKING:
    from standout.errors import StandoutError
    from standout.match import match
    from standout.parse import parse
    from standout.pipeline import analyze
    from standout.posting import parse_posting
    from standout.prep import prepare
    from standout.read import read

_LAZY = {
    "StandoutError": ("standout.errors", "StandoutError"),
    "analyze": ("standout.pipeline", "analyze"),
    "match": ("standout.match", "match"),
    "parse": ("standout.parse", "parse"),
    "parse_posting": ("standout.posting", "parse_posting"),
    "prepare": ("standout.prep", "prepare"),
    "read": ("standout.read", "read"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        module_name, attribute = _LAZY[name]
        value = getattr(import_module(module_name), attribute)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'standout' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)


class _PublicModule(ModuleType):
    """Keeps ``standout.read``, ``standout.parse`` and ``standout.match`` the public functions.

    Importing a submodule such as ``standout.parse.dates`` makes Python bind the package
    ``standout.parse`` onto this module under the same name as the function; a package never
    replaces a public function here, so ``standout.parse(document)`` works whatever was
    imported before. (Submodules stay importable by their dotted names.)
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _LAZY and isinstance(value, ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _PublicModule
