"""docs/service.md stays in step with the code: every setting and every service error code
is documented (STYLE 9)."""

from __future__ import annotations

from pathlib import Path

import standout.errors as errors
from standout.service.settings import Settings

DOC = (Path(__file__).parents[2] / "docs" / "service.md").read_text(encoding="utf-8")


def test_every_setting_is_documented() -> None:
    for name in Settings.model_fields:
        assert f"`STANDOUT_{name.upper()}`" in DOC, name


def test_every_service_error_code_is_documented() -> None:
    codes = {
        cls.code
        for cls in vars(errors).values()
        if isinstance(cls, type) and issubclass(cls, errors.ServiceError) and cls.code != "E000"
    }
    assert codes, "no service errors found"
    for code in sorted(codes):
        assert f"| {code} |" in DOC, code
