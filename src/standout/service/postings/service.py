"""Postings: parse and store, list, get, delete."""

from __future__ import annotations

from sqlalchemy.orm import Session, undefer

from standout.model.posting import Posting
from standout.service import core
from standout.service.ownership import Source, delete_owned, get_owned, page_of_owned
from standout.service.postings.models import PostingRecord
from standout.service.schemas import printable
from standout.service.users.models import Account


def create_posting(
    *, session: Session, account: Account, content: bytes, filename: str, title: str | None
) -> tuple[PostingRecord, Posting]:
    posting = core.parse_posting(content, filename, title)
    record = PostingRecord(
        account_id=account.id,
        filename=filename,
        title=printable(posting.title or "")[:300] or None,
        must_have_count=len(posting.must_haves),
        nice_to_have_count=len(posting.nice_to_haves),
        source=content,
        posting_json=core.posting_json(posting).decode("utf-8"),
    )
    session.add(record)
    session.flush()
    return record, posting


def posting_source(posting_id: str) -> Source:
    """The posting as the source of a match or a pack (reported gone as ``get_posting`` does)."""
    return Source(PostingRecord, posting_id, "posting", "postings")


def get_posting(
    *, session: Session, account: Account, posting_id: str, with_source: bool = False
) -> PostingRecord:
    """The account's posting; ``with_source`` reads its text too, for ``parsed``."""
    options = (undefer(PostingRecord.source),) if with_source else ()
    return get_owned(
        session, PostingRecord, posting_id, account, noun="posting", listing="postings",
        options=options,
    )  # fmt: skip


def list_postings(
    *, session: Session, account: Account, limit: int, offset: int
) -> tuple[list[PostingRecord], int]:
    return page_of_owned(session, PostingRecord, account, limit=limit, offset=offset)


def delete_posting(*, session: Session, account: Account, posting_id: str) -> None:
    """Delete a posting and the matches and prep packs made with it."""
    delete_owned(session, PostingRecord, posting_id, account, noun="posting", listing="postings")


def parsed(record: PostingRecord) -> Posting:
    """The posting parsed again from its stored text (parsing is cheap; nothing is lost)."""
    return core.parse_posting(record.source, record.filename, record.title)
