"""Every table of the service, imported in one place so that the metadata is complete."""

from __future__ import annotations

from standout.service.analyses.models import Analysis, Rendering, StoredReport
from standout.service.db import Base
from standout.service.matches.models import MatchRecord
from standout.service.postings.models import PostingRecord
from standout.service.prep.models import PrepPackRecord
from standout.service.users.models import Account, ApiKey, WebSession

__all__ = [
    "Account",
    "Analysis",
    "ApiKey",
    "Base",
    "MatchRecord",
    "PostingRecord",
    "PrepPackRecord",
    "Rendering",
    "StoredReport",
    "WebSession",
]
