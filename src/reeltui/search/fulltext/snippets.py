"""Snippets of a section around the words a query matched, with the matched words' places.

Cut in Python from the stored text: FTS5's own `snippet()` would run the query again for each
hit. Matching ignores case and accents, one character for one, so every offset found in the
folded text is an offset in the original.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Protocol

from reeltui.text import fold

__all__ = ["Highlighted", "first_words", "highlighter", "snippet"]

_SNIPPET_TOKENS = 24
_SNIPPET_CHARS = 160
_LEAD_CHARS = 40


class Highlighted(Protocol):
    """What a snippet needs of a query: the pattern that finds its words (None: no words)."""

    @property
    def pattern(self) -> re.Pattern[str] | None: ...


def _accent_table() -> dict[int, str]:
    """A `str.translate` table taking accented Latin letters to their plain letter, one for one
    (so offsets in the translated text are offsets in the original)."""
    table: dict[int, str] = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        folded = fold(chr(code))
        if len(folded) == 1 and folded.isascii() and folded.isalnum():
            table[code] = folded
    return table


_ACCENT_TABLE = _accent_table()
#: Line and paragraph breaks inside a section, shown as spaces in a snippet.
_FLAT = str.maketrans({"\n": " ", "\u2029": " "})
_ACCENTED = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")


def highlighter(terms: Collection[str]) -> re.Pattern[str] | None:
    """A pattern finding the query's (folded) words in text as whole words, case ignored."""
    alternatives = [re.escape(t) for t in sorted(terms, key=lambda t: (-len(t), t))]
    if not alternatives:
        return None
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


def snippet(text: str, query: Highlighted) -> tuple[str, tuple[tuple[int, int], ...]] | None:
    """About `_SNIPPET_CHARS` characters of `text` around its densest run of matches.

    The excerpt starts a little before the first match of the run, on a word boundary, with
    "…" where the text was cut. Spans are the matched words' places in the snippet. None when
    no word of the query is found in `text`.
    """
    if not text or query.pattern is None:
        return None
    haystack = text.translate(_ACCENT_TABLE) if _ACCENTED.search(text) else text
    found = [m.span() for m in query.pattern.finditer(haystack)]
    if not found:
        return None
    words = [text[a:b].casefold() for a, b in found]
    best, best_score, ahead = 0, (0, 0), 0
    for index, (start, _) in enumerate(found):
        ahead = max(ahead, index)
        while ahead + 1 < len(found) and found[ahead + 1][1] <= start + _SNIPPET_CHARS:
            ahead += 1
        score = (len(set(words[index : ahead + 1])), ahead - index + 1)
        if score > best_score:
            best, best_score = index, score
    first = found[best][0]
    begin = max(0, first - _LEAD_CHARS)
    if begin > 0:
        space = text.find(" ", begin, first)
        begin = space + 1 if space >= 0 else first
    finish = min(len(text), max(begin + _SNIPPET_CHARS, found[best][1]))
    if finish < len(text):
        space = text.rfind(" ", found[best][1], finish)
        finish = space if space >= 0 else finish
    lead = "…" if begin > 0 else ""
    tail = "…" if finish < len(text) else ""
    shift = len(lead) - begin
    spans = tuple((a + shift, b + shift) for a, b in found if a >= begin and b <= finish)
    return lead + text[begin:finish].translate(_FLAT) + tail, spans


def first_words(text: str) -> str:
    """The first words of a text, for a hit whose matched words cannot be pointed at."""
    words = text.split()
    clipped = " ".join(words[:_SNIPPET_TOKENS])
    return clipped + ("…" if len(words) > _SNIPPET_TOKENS else "")
