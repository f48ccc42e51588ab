"""matches routes (wired once the core's matches stage lands)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(tags=["matches"])
