"""Parsers: one module per document shape, each turning text into a `Review`.

`parse_file` reads a file (up to a size cap), decodes it, picks the parser by suffix and
applies a sidecar `NAME.toml` of corrections when one stands beside the document.
"""

from __future__ import annotations

import os
import stat
from dataclasses import replace
from pathlib import Path

from reeltui.model import Format, Review
from reeltui.text import NotText, clean, clean_line, decode

__all__ = [
    "MAX_BYTES",
    "SUFFIXES",
    "NotAReview",
    "parse_bytes",
    "parse_file",
    "read_capped",
    "relative_parts",
    "review_id",
]

#: A review is a few thousand words (a long one, with its saved page around it, a few hundred
#: KB); past this many bytes the rest of a file is not read. The cap also bounds the time a
#: crafted file can cost: the parsers are linear, and about a second per MiB in the worst case.
MAX_BYTES = 1024 * 1024

#: The suffixes reeltui reads as reviews, and the format each one is.
SUFFIXES: dict[str, Format] = {
    ".txt": Format.SCRAPED,
    ".text": Format.SCRAPED,
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".html": Format.HTML,
    ".htm": Format.HTML,
}


class NotAReview(ValueError):
    """A file that cannot be read as a review; the message is one sentence for the user."""


def review_id(path: Path, root: Path) -> str:
    """The stable id of a document: its path under the data folder, without suffix, slugged."""
    from reeltui.text import slug

    parts = relative_parts(path, root)
    parts[-1] = os.path.splitext(parts[-1])[0] or parts[-1]
    return "/".join(slug(part) or "_" for part in parts)


def relative_parts(path: Path, root: Path) -> list[str]:
    """The parts of `path` under `root` (just its name when it is elsewhere).

    String work, not `Path.relative_to`: a scan asks this of every file, and pathlib's parsing
    costs more than the rest of a cached start-up.
    """
    text, prefix = str(path), str(root).rstrip(os.sep) + os.sep
    if text.startswith(prefix) and len(text) > len(prefix):
        return text[len(prefix) :].split(os.sep)
    return [path.name]


def parse_file(path: Path, root: Path, review_id_: str | None = None) -> Review:
    """Read and parse one document. Raises `NotAReview` (one clear sentence) or `OSError`.

    At most `MAX_BYTES` are read; a larger file loads its start, with a problem saying so. Only
    regular files are read (a named pipe or a device is refused without blocking on it).
    """
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        what = clean_line(path.suffix) or "files without a suffix"
        raise NotAReview(f"{what} is not a review format")
    data, size, mtime = read_capped(path, MAX_BYTES)
    truncated = len(data) > MAX_BYTES
    extra: list[str] = []
    if truncated:
        data = _cut_at_char_boundary(data[:MAX_BYTES])
        extra.append(
            f"the file is {_size(size)}, too large for a review: only the first "
            f"{_size(MAX_BYTES)} were read"
        )
    rid = review_id_ if review_id_ is not None else review_id(path, root)
    review = parse_bytes(data, path=path, review_id=rid, fmt=fmt, extra_problems=extra)
    from reeltui.parse.sidecar import apply_sidecar

    review = apply_sidecar(review, path.with_suffix(".toml"))
    return replace(review, mtime=mtime)


def read_capped(path: Path, limit: int) -> tuple[bytes, int, float]:
    """Up to `limit + 1` bytes of a regular file, with its size and mtime.

    The file is opened without blocking, so a named pipe put where a review was expected cannot
    hang the caller; anything but a regular file raises `NotAReview`. OS errors propagate.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with open(fd, "rb", closefd=True) as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotAReview("it is not a regular file (a pipe, a device or a socket)")
        data = handle.read(limit + 1)
    return data, info.st_size, info.st_mtime


def parse_bytes(
    data: bytes,
    *,
    path: Path,
    review_id: str,
    fmt: Format = Format.SCRAPED,
    extra_problems: list[str] | None = None,
) -> Review:
    """Decode, clean and parse a document's bytes. Raises `NotAReview` for binary data, and for
    a file with no text left once control characters and escape sequences are removed."""
    if not data.strip():
        raise NotAReview("the file is empty")
    try:
        decoded = decode(data)
    except NotText as exc:
        raise NotAReview(str(exc)) from None
    problems = [*decoded.notes, *(extra_problems or [])]
    text = clean(decoded.text)
    if not text.strip():
        if decoded.text.strip():
            raise NotAReview(
                "the file holds no text once its control characters and escape sequences "
                "are removed"
            )
        raise NotAReview("the file holds only white space")
    if fmt is Format.MARKDOWN:
        from reeltui.parse.markdown import parse_markdown

        return parse_markdown(text, path=path, review_id=review_id, problems=problems)
    if fmt is Format.HTML:
        from reeltui.parse.html import parse_html

        return parse_html(text, path=path, review_id=review_id, problems=problems)
    from reeltui.parse.scraped import parse_scraped

    return parse_scraped(text, path=path, review_id=review_id, problems=problems)


def _cut_at_char_boundary(data: bytes) -> bytes:
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


def _size(n: int) -> str:
    """A byte count for people: "30.0 MB", "2 MiB"."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MiB"
    if n >= 1024:
        return f"{n / 1024:.1f} KiB"
    return f"{n} bytes"
