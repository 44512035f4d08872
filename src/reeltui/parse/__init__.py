"""Parsers: one module per document shape, each turning text into a `Review`.

`parse_file` reads a file (up to a size cap), decodes it, picks the parser by suffix and
applies a sidecar `NAME.toml` of corrections when one stands beside the document.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from reeltui.model import Format, Review
from reeltui.parse.reading import (
    MAX_BYTES,
    NotAReview,
    cut_at_char_boundary,
    decode_document,
    describe_size,
    read_capped,
)
from reeltui.parse.sidecar import apply_sidecar
from reeltui.text import clean_line, slug

__all__ = [
    "MAX_BYTES",
    "SUFFIXES",
    "NotAReview",
    "id_of_parts",
    "parse_bytes",
    "parse_file",
    "read_capped",
    "relative_parts",
    "review_id",
]

#: The suffixes reeltui reads as reviews, and the format each one is.
SUFFIXES: dict[str, Format] = {
    ".txt": Format.SCRAPED,
    ".text": Format.SCRAPED,
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".html": Format.HTML,
    ".htm": Format.HTML,
}

# The old private name, kept for callers that cut a read themselves.
_cut_at_char_boundary = cut_at_char_boundary


def review_id(path: Path, root: Path) -> str:
    """The stable id of a document: its path under the data folder, without suffix, slugged."""
    return id_of_parts(relative_parts(path, root))


def id_of_parts(parts: list[str]) -> str:
    """`review_id` of a document from the parts of its path under the data folder (a scan has
    them as strings already: no `Path` is made for each of its files)."""
    last = os.path.splitext(parts[-1])[0] or parts[-1]
    return "/".join(slug(part) or "_" for part in [*parts[:-1], last])


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
        data = cut_at_char_boundary(data[:MAX_BYTES])
        extra.append(
            f"the file is {describe_size(size)}, too large for a review: only the first "
            f"{describe_size(MAX_BYTES)} were read"
        )
    rid = review_id_ if review_id_ is not None else review_id(path, root)
    review = parse_bytes(data, path=path, review_id=rid, fmt=fmt, extra_problems=extra)
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
    """Decode, clean and parse a document's bytes. Raises `NotAReview` for binary data, and for
    a file with no text left once control characters and escape sequences are removed."""
    # The extractors are imported when the first document is parsed: a start-up that finds
    # every review in the catalog never needs them.
    from reeltui.parse import html, markdown, scraped

    text, notes = decode_document(data)
    problems = [*notes, *(extra_problems or [])]
    if fmt is Format.MARKDOWN:
        return markdown.parse_markdown(text, path=path, review_id=review_id, problems=problems)
    if fmt is Format.HTML:
        return html.parse_html(text, path=path, review_id=review_id, problems=problems)
    return scraped.parse_scraped(
        text, path=path, review_id=review_id, problems=problems, cleaned=True
    )
