"""Parsers: one module per document shape, each turning text into a `Review`.

`parse_file` reads a file (up to a size cap), decodes it, picks the parser by suffix and
applies a sidecar `NAME.toml` of corrections when one stands beside the document.
"""

from __future__ import annotations

import os
from pathlib import Path

from reeltui.model import Format, Review
from reeltui.text import NotText, decode

__all__ = [
    "MAX_BYTES",
    "SUFFIXES",
    "NotAReview",
    "parse_bytes",
    "parse_file",
    "review_id",
]

#: A review is a few thousand words; past this many bytes the rest of a file is not read.
MAX_BYTES = 2 * 1024 * 1024

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

    try:
        relative = path.relative_to(root)
    except ValueError:
        relative = Path(path.name)
    parts = [*relative.parts[:-1], relative.stem]
    return "/".join(slug(part) or "_" for part in parts)


def parse_file(path: Path, root: Path, review_id_: str | None = None) -> Review:
    """Read and parse one document. Raises `NotAReview` (one clear sentence) or `OSError`."""
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise NotAReview(f"{path.suffix or 'files without a suffix'} is not a review format")
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        data = handle.read(MAX_BYTES + 1)
        mtime = os.fstat(handle.fileno()).st_mtime
    truncated = len(data) > MAX_BYTES
    if truncated:
        data = _cut_at_char_boundary(data[:MAX_BYTES])
    extra: list[str] = []
    if truncated:
        extra.append(
            f"the file is {_size(size)}, too large for a review: only the first "
            f"{_size(MAX_BYTES)} were read"
        )
    rid = review_id_ if review_id_ is not None else review_id(path, root)
    review = parse_bytes(data, path=path, review_id=rid, fmt=fmt, extra_problems=extra)
    from dataclasses import replace

    from reeltui.parse.sidecar import apply_sidecar

    review = apply_sidecar(review, path.with_suffix(".toml"))
    return replace(review, mtime=mtime)


def parse_bytes(
    data: bytes,
    *,
    path: Path,
    review_id: str,
    fmt: Format = Format.SCRAPED,
    extra_problems: list[str] | None = None,
) -> Review:
    """Decode and parse a document's bytes. Raises `NotAReview` for binary data."""
    if not data.strip():
        raise NotAReview("the file is empty")
    try:
        decoded = decode(data)
    except NotText as exc:
        raise NotAReview(str(exc)) from None
    problems = [*decoded.notes, *(extra_problems or [])]
    if not decoded.text.strip():
        raise NotAReview("the file holds only white space")
    if fmt is Format.MARKDOWN:
        from reeltui.parse.markdown import parse_markdown

        return parse_markdown(decoded.text, path=path, review_id=review_id, problems=problems)
    if fmt is Format.HTML:
        from reeltui.parse.html import parse_html

        return parse_html(decoded.text, path=path, review_id=review_id, problems=problems)
    from reeltui.parse.scraped import parse_scraped

    return parse_scraped(decoded.text, path=path, review_id=review_id, problems=problems)


def _cut_at_char_boundary(data: bytes) -> bytes:
    """Drop a UTF-8 sequence cut in half at the end of a truncated read."""
    for back in range(1, min(4, len(data)) + 1):
        byte = data[-back]
        if byte < 0x80:
            return data
        if byte >= 0xC0:
            return data[:-back]
    return data


def _size(n: int) -> str:
    """A byte count for people: "30.0 MB", "2 MiB"."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MiB"
    if n >= 1024:
        return f"{n / 1024:.1f} KiB"
    return f"{n} bytes"
