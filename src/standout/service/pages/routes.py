"""The server-rendered web page. It works without JavaScript: plain forms and links.

Every page finds its account through the session cookie and sends anonymous visitors to
the sign-in page; every form carries a CSRF token.
"""

from __future__ import annotations

from fastapi import APIRouter

from standout.service.pages import auth, matching, prep, reports

router = APIRouter(include_in_schema=False)
router.include_router(auth.router)
router.include_router(reports.router)
router.include_router(matching.router)
router.include_router(prep.router)
