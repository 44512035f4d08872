"""Reading a document: the size cap, the non-blocking open, decoding and cleaning.

Everything here works on bytes and files; nothing here knows a review's shape. The parsers and
the sidecar reader both start from these functions, so this module imports no other module of
`reeltui.parse`.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from reeltui.text import NotText, clean, decode

__all__ = [
    "MAX_BYTES",
    "NotAReview",
    "cut_at_char_boundary",
    "decode_document",
    "describe_size",
    "read_capped",
]

#: A review is a few thousand words (a long one, with its saved page around it, a few hundred
#: KB); past this many bytes the rest of a file is not read. The cap also bounds the time a
#: crafted file can cost: the parsers are linear, and about a second per MiB in the worst case.
MAX_BYTES = 1024 * 1024
#: The least `read_capped` asks for at once.
_STEP = 64 * 1024


class NotAReview(ValueError):
    """A file that cannot be read as a review; the message is one sentence for the user."""


def read_capped(path: Path, limit: int) -> tuple[bytes, int, float]:
    """Up to `limit + 1` bytes of a regular file, with its size and mtime.

    The file is opened without blocking, so a named pipe put where a review was expected cannot
    hang the caller; anything but a regular file raises `NotAReview`. OS errors propagate.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotAReview("it is not a regular file (a pipe, a device or a socket)")
        # Read by the size the file has, not by the cap: a buffer of the cap's size for every
        # file of a scan cost more than the reading (a file that grew meanwhile is read on).
        left, step = limit + 1, info.st_size + 1
        parts: list[bytes] = []
        while left > 0 and (part := os.read(fd, min(left, step))):
            parts.append(part)
            left -= len(part)
            step = _STEP
    finally:
        os.close(fd)
    data = parts[0] if len(parts) == 1 else b"".join(parts)
    return data, info.st_size, info.st_mtime


def decode_document(data: bytes) -> tuple[str, list[str]]:
    """A document's bytes as clean text, with notes about its encoding (as problems).

    Raises `NotAReview` for an empty file, binary data, and a file with no text left once
    control characters and escape sequences are removed.
    """
    if not data.strip():
        raise NotAReview("the file is empty")
    try:
        decoded = decode(data)
    except NotText as exc:
        raise NotAReview(str(exc)) from None
    text = decoded.text.replace("\t", " ") if decoded.plain else clean(decoded.text)
    if not text.strip():
        if decoded.text.strip():
            raise NotAReview(
                "the file holds no text once its control characters and escape sequences "
                "are removed"
            )
        raise NotAReview("the file holds only white space")
    return text, list(decoded.notes)


def cut_at_char_boundary(data: bytes) -> bytes:
    """Drop a character cut in half at the end of a truncated read.

    UTF-16 and UTF-32 (known by their byte order mark) are cut to whole code units, and a
    UTF-16 surrogate pair is not split; otherwise a UTF-8 sequence cut short is dropped.
    """
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return data[: len(data) - len(data) % 4]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = data[: len(data) - len(data) % 2]
        last = data[-2:] if data.startswith(b"\xfe\xff") else data[-2:][::-1]
        if len(last) == 2 and 0xD8 <= last[0] <= 0xDB:  # a high surrogate without its pair
            data = data[:-2]
        return data
    for back in range(1, min(4, len(data)) + 1):
        byte = data[-back]
        if byte < 0x80:
            return data
        if byte >= 0xC0:
            needed = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
            return data if back >= needed else data[:-back]
    return data


def describe_size(n: int) -> str:
    """A byte count for people: "30.0 MiB", "2.0 KiB", "12 bytes"."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MiB"
    if n >= 1024:
        return f"{n / 1024:.1f} KiB"
    return f"{n} bytes"
