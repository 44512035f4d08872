"""Finding names in text the way search finds them: ignoring case and accents.

`find_terms("Michael Peña stars", ["pena"])` gives the span of "Peña". Spans are offsets in the
original text, so a widget can style exactly the characters the reader sees, and a person's
page can tell which sentences name them. `name_terms` gives the words that stand for a person
in a review: every spelling of the name, and the surname alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reeltui.text import fold

__all__ = ["find_terms", "name_terms", "names_any", "surname", "terms_pattern"]


def surname(name: str) -> str | None:
    """The last word of a name when it can stand for the person alone ("Peña" of "Michael
    Peña"); None for a one-word name or a short last word ("Jr", "Li")."""
    words = name.split()
    if len(words) > 1 and len(words[-1]) >= 3:
        return words[-1]
    return None


def name_terms(
    name: str, spellings: Iterable[str] = (), *, surnames: bool = True
) -> tuple[str, ...]:
    """The words that mark a person in a review: each spelling of the name, then (with
    `surnames`) each surname alone, since reviews often say "Peña" once the full name is given."""
    names: dict[str, None] = {}
    written = (name, *spellings)
    for spelling in written:
        names.setdefault(spelling, None)
    if surnames:
        for spelling in written:
            last = surname(spelling)
            if last is not None:
                names.setdefault(last, None)
    return tuple(names)


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


def terms_pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern finding any of `terms` as whole words in folded text (`text.fold`), longest
    first; None when no term has a word. Made once, it serves many texts (`find_terms`,
    `names_any`)."""
    needles = sorted({folded for term in terms if (folded := fold(term))}, key=len, reverse=True)
    if not needles:
        return None
    return re.compile(
        r"(?<!\w)(?:"
        + "|".join(r"\s+".join(re.escape(word) for word in n.split()) for n in needles)
        + r")(?!\w)"
    )


def names_any(text: str, pattern: re.Pattern[str] | None) -> bool:
    """Whether `text` holds one of the terms of `pattern` (quicker than `find_terms`, which
    also says where)."""
    return pattern is not None and pattern.search(fold(text)) is not None


def find_terms(text: str, terms: Iterable[str] | re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Spans `(start, end)` of `text` where a term occurs as whole words, sorted, not overlapping.

    Matching folds case, accents, curly quotes and runs of white space, so "pena" finds "Peña"
    and "jose's" finds "Jose’s". Empty terms are ignored. `terms` may be a `terms_pattern`
    made beforehand.
    """
    pattern = terms if isinstance(terms, re.Pattern) or terms is None else terms_pattern(terms)
    if pattern is None or not text:
        return []
    folded, offsets = _fold_with_offsets(text)
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
