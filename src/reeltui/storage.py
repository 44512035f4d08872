"""Files that must survive a crash: atomic replacement, an exclusive lock, and OS errors in words.

`write_atomic` writes a temporary file beside the target, flushes and fsyncs it, renames it
over the target with `os.replace` and fsyncs the folder, so a reader sees the old file or the
new one, never half of one. `exclusive_lock` holds a POSIX `flock` on a lock file beside the
data (so reeltui runs on Linux, macOS and the BSDs, not on Windows). `os_reason` turns an
`OSError` into the few words a sentence for the user needs.
"""

from __future__ import annotations

import errno
import fcntl
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

__all__ = [
    "LockTimeout",
    "aside_name",
    "exclusive_lock",
    "fsync_folder",
    "os_reason",
    "remove_leftovers",
    "write_atomic",
]

#: Temporary files are named `.NAME.<random>.tmp` beside the file they replace.
_TEMP_SUFFIX = ".tmp"


class LockTimeout(TimeoutError):
    """Another process held the lock for longer than the caller would wait."""


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable; file systems that cannot do this are let be."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        return
    try:
        with suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def write_atomic(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Replace `path` with `data` whole: temporary file, flush, fsync, rename, fsync the folder.

    `mode` sets the new file's permissions (by default those of a private temporary file,
    0o600). Raises `OSError` when the folder cannot be written; the temporary file is removed.
    """
    fd, temp = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=_TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if mode is not None:
                os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp)
        raise
    fsync_folder(path.parent)


def remove_leftovers(path: Path) -> None:
    """Delete the temporary files of writers of `path` that died before their rename.

    Only safe while holding the lock that every writer of `path` takes.
    """
    prefix = _temp_prefix(path)
    with suppress(OSError), os.scandir(path.parent) as entries:
        for entry in entries:
            if entry.name.startswith(prefix) and entry.name.endswith(_TEMP_SUFFIX):
                with suppress(OSError):
                    os.unlink(entry.path)


def aside_name(path: Path, when: datetime) -> Path:
    """A free name beside `path` for keeping a broken copy: `NAME.broken-<UTC time>[-N]`."""
    stamp = when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    n = 2
    while os.path.lexists(target):
        target = path.with_name(f"{path.name}.broken-{stamp}-{n}")
        n += 1
    return target


@contextmanager
def exclusive_lock(lock_path: Path, timeout: float) -> Iterator[None]:
    """Hold an exclusive `flock` on `lock_path` (created if need be) for the `with` block.

    Waits up to `timeout` seconds for another holder, then raises `LockTimeout`. Raises
    `OSError` when the lock file can be neither created nor opened.
    """
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        try:
            fd = os.open(lock_path, os.O_RDONLY | os.O_CLOEXEC)
        except OSError:
            raise exc from None
    try:
        deadline = time.monotonic() + timeout
        delay = 0.0005
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockTimeout(lock_path) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.01)
        yield
    finally:
        os.close(fd)


_REASONS = {
    errno.EROFS: "the file system is read-only",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOTDIR: "a part of the path is not a folder",
}


def os_reason(exc: OSError, *, missing: str | None = None) -> str:
    """Why an OS call failed, in a few words for the middle of a sentence.

    The system's words are put in lower case; an error raised with a message of its own keeps
    it as it is. `missing` is what a file or folder that does not exist means where the caller
    stands ("it has been deleted or moved" for a file being read); by default the system's words.
    """
    if isinstance(exc, FileNotFoundError) and missing is not None:
        return missing
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    if exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__
