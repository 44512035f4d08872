"""Finding names in text the way search finds them: ignoring case and accents.

`find_terms("Michael Peña stars", ["pena"])` gives the span of "Peña". Spans are offsets in the
original text, so a widget can style exactly the characters the reader sees. No Textual here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reeltui.text import fold

__all__ = ["find_terms"]


def _fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text, and for each folded character the index of its source character."""
    chars: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = " " if char.isspace() else (fold(char) if not char.isascii() else char.lower())
        for piece in folded:
            chars.append(piece)
            offsets.append(index)
    return "".join(chars), offsets


def find_terms(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Spans `(start, end)` of `text` where a term occurs as whole words, sorted, not overlapping.

    Matching folds case, accents, curly quotes and runs of white space, so "pena" finds "Peña"
    and "jose's" finds "Jose’s". Empty terms are ignored.
    """
    needles = sorted({fold(term) for term in terms if fold(term)}, key=len, reverse=True)
    if not needles or not text:
        return []
    folded, offsets = _fold_with_offsets(text)
    pattern = re.compile(
        r"(?<!\w)(?:"
        + "|".join(r"\s+".join(re.escape(word) for word in n.split()) for n in needles)
        + r")(?!\w)"
    )
    spans: list[tuple[int, int]] = []
    for match in pattern.finditer(folded):
        if match.end() == match.start():
            continue
        start = offsets[match.start()]
        end = offsets[match.end() - 1] + 1
        if spans and start < spans[-1][1]:
            continue
        spans.append((start, end))
    return spans
