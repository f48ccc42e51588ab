"""Matches and prep packs on the web page (wired when the core's stages land)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from standout.service import core
from standout.service.analyses.models import Analysis
from standout.service.users.models import Account


def matching() -> bool:
    return False


def posting_from(form: Any) -> tuple[bytes, str] | None:
    return None


def match_new_posting(
    *,
    session: Session,
    account: Account,
    analysis: Analysis,
    resume: core.ResumeInput,
    posting: tuple[bytes, str],
) -> str:
    raise NotImplementedError


def derived(*, session: Session, account: Account, analysis: Analysis) -> dict[str, Any]:
    return {"matching": False, "preparing": False, "matches": [], "packs": []}
