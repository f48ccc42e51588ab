"""Small I/O helpers shared by the faces: reading inputs and writing outputs safely."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from standout.errors import InputNotFoundError, InputTooLargeError, OutputWriteError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
# A resume's or a posting's text is a few kilobytes: a file over the limit is almost always
# scanned pages or not the document meant.
TOO_LARGE_HINT = (
    "Give a smaller file: export the document again without images, or check it is the right file."
)


def read_input_bytes(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file for analysis, refusing missing files and files over the size limit."""
    if not os.fspath(path):
        # Path("") is the current folder: say what really happened.
        raise InputNotFoundError("No file name was given.", hint="Give the path of a file.")
    file = Path(path)
    try:
        size = file.stat().st_size
    except FileNotFoundError:
        raise InputNotFoundError(
            f"Can't find '{file}'.", hint="Check the path and try again."
        ) from None
    except OSError as exc:
        raise InputNotFoundError(
            f"Can't open '{file}': {exc.strerror}.", hint="Check the path and its permissions."
        ) from None
    if file.is_dir():
        raise InputNotFoundError(
            f"'{file}' is a folder, not a file.", hint="Give the path of one file in it."
        )
    if size > max_bytes:
        raise InputTooLargeError(
            f"'{file}' is {size / 1_048_576:.1f} MB, "
            f"over the {max_bytes / 1_048_576:.0f} MB limit.",
            hint=TOO_LARGE_HINT,
        )
    try:
        return file.read_bytes()
    except OSError as exc:
        raise InputNotFoundError(
            f"Can't read '{file}': {exc.strerror}.", hint="Check the file's permissions."
        ) from None


def check_writable(path: str | os.PathLike[str]) -> None:
    """Fail now, not after the work, when ``path`` could not be written: its folder is
    missing or read-only. Creates nothing that stays."""
    fd, tmp_name = _temporary_beside(Path(path))
    os.close(fd)
    os.unlink(tmp_name)


def _temporary_beside(target: Path) -> tuple[int, str]:
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise OutputWriteError(
            f"Can't write '{target}': the folder '{directory}' does not exist.",
            hint="Create the folder first, or choose another path.",
        )
    try:
        return tempfile.mkstemp(prefix=f".{target.name}.", dir=directory)
    except OSError as exc:
        raise OutputWriteError(
            f"Can't write '{target}': {exc.strerror}.",
            hint="Choose a folder you can write to.",
        ) from None


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write a whole file or nothing: a temporary file beside it, then an atomic rename."""
    target = Path(path)
    if target.is_dir():
        raise OutputWriteError(
            f"Can't write '{target}': it is a folder.",
            hint="Give a file name, such as report.html, inside it or elsewhere.",
        )
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp_name = _temporary_beside(target)
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        os.chmod(tmp_name, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise OutputWriteError(
            f"Can't write '{target}': {exc.strerror}.",
            hint="Check free disk space and permissions.",
        ) from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
