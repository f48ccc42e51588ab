"""prep routes (wired once the core's prep stage lands)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(tags=["prep"])
