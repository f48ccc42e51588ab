"""One error tree for the whole product.

Every error carries a stable code and a message that says what went wrong and what to
do about it. The CLI prints ``str(error)`` as one line and exits with status 1; the
service maps ``http_status`` to the response in a single handler.

Code ranges by stage, so that codes stay stable as stages grow:
E001-E049 read, E050-E079 parse, E080-E099 general and configuration,
E100-E149 skills and taxonomy, E150-E199 assess and render, E200-E249 postings and
match, E250-E299 prep and practice, E300-E399 service, E400-E449 batch.
"""

from __future__ import annotations

from typing import Any, ClassVar


class StandoutError(Exception):
    """Base of every error standout raises on purpose."""

    code: ClassVar[str] = "E000"
    http_status: ClassVar[int] = 400

    def __init__(self, message: str, *, hint: str = "") -> None:
        self.message = message
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        return f"{text} {self.hint}" if self.hint else text

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "hint": self.hint}


# ---------------------------------------------------------------- read (E001-E049)
class ReadError(StandoutError):
    """The input could not be turned into a document."""

    http_status = 422


class EmptyInputError(ReadError):
    code = "E001"


class InputTooLargeError(ReadError):
    code = "E002"
    http_status = 413


class UnsupportedFormatError(ReadError):
    code = "E003"
    http_status = 415


class BinaryGarbageError(ReadError):
    code = "E004"
    http_status = 415


class EncryptedPdfError(ReadError):
    code = "E010"


class ScannedPdfError(ReadError):
    code = "E011"


class CorruptPdfError(ReadError):
    code = "E012"


class CorruptDocxError(ReadError):
    code = "E020"


class DocxTooLargeError(ReadError):
    """A DOCX whose parts expand beyond the limits: a zip bomb or an absurd document."""

    code = "E021"
    http_status = 413


class InvalidJsonResumeError(ReadError):
    code = "E030"


class UndecodableTextError(ReadError):
    code = "E031"


class InputNotFoundError(ReadError):
    code = "E040"
    http_status = 404


# ---------------------------------------------------------------- parse (E050-E079)
class ParseError(StandoutError):
    """The document was read but its structure could not be understood."""

    http_status = 422


class NoContentError(ParseError):
    code = "E050"


class ParseFailedError(ParseError):
    """A bug in the parser met an input it did not expect; the cause is chained."""

    code = "E051"
    http_status = 500


# ------------------------------------------------- general, configuration (E080-E099)
class ConfigurationError(StandoutError):
    code = "E080"
    http_status = 500


class InvalidOptionError(StandoutError):
    code = "E081"


class OutputWriteError(StandoutError):
    code = "E082"
    http_status = 500


class DataFileError(StandoutError):
    """A data file shipped in the package is missing or malformed: a packaging bug."""

    code = "E090"
    http_status = 500


# -------------------------------------------------- skills and taxonomy (E100-E149)


# ------------------------------------------------------ assess and render (E150-E199)
class AssessError(StandoutError):
    """A resume could not be assessed as asked (codes E150-E179)."""


class UnknownTargetRoleError(AssessError):
    code = "E150"


class AnalyzeSourceError(AssessError):
    """``analyze`` was given something that is neither a path, bytes nor a Document."""

    code = "E151"


class RenderError(StandoutError):
    """A result could not be turned into the requested output."""


class UnknownRenderFormatError(RenderError):
    code = "E180"


# ---------------------------------------------------- postings and match (E200-E249)
class MatchError(StandoutError):
    """A posting could not be read as one, or a match could not be made."""

    http_status = 422


class EmptyPostingError(MatchError):
    code = "E200"


class MatchInputError(MatchError):
    """``match`` was given something that is not a resume, a report or a posting."""

    code = "E201"
    http_status = 400


class PostingTooLongError(MatchError):
    """Longer than any job posting: probably a whole web page or the wrong file."""

    code = "E202"
    http_status = 413


class NoResumesFoundError(MatchError):
    code = "E210"
    http_status = 404


# ------------------------------------------------------ prep and practice (E250-E299)
class PrepError(StandoutError):
    """An interview-preparation pack or a practice session could not be made as asked."""


class QuestionBankError(PrepError):
    """The question bank shipped with the package is malformed: a packaging bug."""

    code = "E250"
    http_status = 500


class PrepInputError(PrepError):
    """``prepare`` was given something that is not a report, a match or a posting."""

    code = "E251"


class PracticeFileError(PrepError):
    """The answers file of a practice session can't be used."""

    code = "E260"


# ---------------------------------------------------------------- service (E300-E399)
class ServiceError(StandoutError):
    """Something the web service refuses or cannot do."""


class InvalidSettingsError(ServiceError):
    code = "E300"
    http_status = 500


class InsecureSettingsError(ServiceError):
    code = "E301"
    http_status = 500


class DatabaseNotMigratedError(ServiceError):
    code = "E302"
    http_status = 503


class DatabaseUnavailableError(ServiceError):
    code = "E303"
    http_status = 503


class ServiceStartError(ServiceError):
    """``standout serve`` can't listen on the address it was given."""

    code = "E304"
    http_status = 500


class UnknownRevisionError(ServiceError):
    """``standout db upgrade|downgrade`` was given a schema revision that doesn't exist."""

    code = "E305"
    http_status = 500


class AuthenticationRequiredError(ServiceError):
    code = "E310"
    http_status = 401


class InvalidCredentialsError(ServiceError):
    code = "E311"
    http_status = 401


class CsrfError(ServiceError):
    code = "E312"
    http_status = 403


class SignUpClosedError(ServiceError):
    code = "E313"
    http_status = 403


class AccountExistsError(ServiceError):
    code = "E314"
    http_status = 409


class AccountNotFoundError(ServiceError):
    code = "E315"
    http_status = 404


class ResourceNotFoundError(ServiceError):
    """Also what another account's resource looks like: its existence is not revealed."""

    code = "E320"
    http_status = 404


class MethodNotAllowedError(ServiceError):
    code = "E321"
    http_status = 405

    def __init__(self, message: str, *, hint: str = "", allow: str = "") -> None:
        super().__init__(message, hint=hint)
        self.allow = allow  # the methods the address does accept, for the Allow header


class InvalidRequestError(ServiceError):
    code = "E330"
    http_status = 422


class UploadTooLargeError(ServiceError):
    code = "E331"
    http_status = 413


class UnsupportedMediaTypeError(ServiceError):
    code = "E332"
    http_status = 415


class RateLimitedError(ServiceError):
    code = "E340"
    http_status = 429

    def __init__(self, message: str, *, hint: str = "", retry_after: int = 1) -> None:
        self.retry_after = retry_after
        super().__init__(message, hint=hint)


class ResumeNotKeptError(ServiceError):
    """The analysis kept only its report, so nothing new can be derived from the resume."""

    code = "E350"
    http_status = 409


class InternalServiceError(ServiceError):
    code = "E399"
    http_status = 500


# ------------------------------------------------------------------ batch (E400-E449)
class BatchError(StandoutError):
    """A batch could not start or go on as asked."""


class BatchInputError(BatchError):
    code = "E400"


class BatchOutputError(BatchError):
    code = "E401"


class DaskUnavailableError(BatchError):
    code = "E402"
    http_status = 500


class BatchItemFailedError(BatchError):
    """An unexpected failure on one input; recorded as an error row, never raised to the user."""

    code = "E449"
    http_status = 500
