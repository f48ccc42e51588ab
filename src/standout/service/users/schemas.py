"""What the account routes accept and return."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from standout.service.schemas import CleanText, Out


class AccountOut(Out):
    id: str
    email: str
    created_at: datetime
    keep_resume_text: bool = Field(
        description="False keeps only reports: uploaded resumes are not stored."
    )


class AccountUpdate(BaseModel):
    keep_resume_text: bool


class SignUp(BaseModel):
    email: CleanText = Field(max_length=320, examples=["ada@example.com"])


class KeyCreate(BaseModel):
    name: CleanText = Field(default="", max_length=100, description="A label to tell keys apart.")


class ApiKeyOut(Out):
    id: str
    name: str
    prefix: str = Field(description="The key's first characters, to recognise it.")
    created_at: datetime
    revoked_at: datetime | None


class NewApiKeyOut(ApiKeyOut):
    secret: str = Field(description="The key itself. Shown this once; store it safely.")


class SignUpOut(BaseModel):
    account: AccountOut
    api_key: NewApiKeyOut
